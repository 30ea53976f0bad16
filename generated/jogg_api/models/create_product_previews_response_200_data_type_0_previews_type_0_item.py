# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateProductPreviewsResponse200DataType0PreviewsType0Item")


@_attrs_define
class CreateProductPreviewsResponse200DataType0PreviewsType0Item:
    """
    Attributes:
        visual_style (None | str | Unset):  Example: Simple Product Switch.
        preview_id (None | str | Unset):  Example: preview_456.
        err_msg (None | str | Unset):  Example: Generation failed due to invalid parameters.
    """

    visual_style: None | str | Unset = UNSET
    preview_id: None | str | Unset = UNSET
    err_msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visual_style: None | str | Unset
        if isinstance(self.visual_style, Unset):
            visual_style = UNSET
        else:
            visual_style = self.visual_style

        preview_id: None | str | Unset
        if isinstance(self.preview_id, Unset):
            preview_id = UNSET
        else:
            preview_id = self.preview_id

        err_msg: None | str | Unset
        if isinstance(self.err_msg, Unset):
            err_msg = UNSET
        else:
            err_msg = self.err_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visual_style is not UNSET:
            field_dict["visual_style"] = visual_style
        if preview_id is not UNSET:
            field_dict["preview_id"] = preview_id
        if err_msg is not UNSET:
            field_dict["err_msg"] = err_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        visual_style: None | str | Unset = d.pop("visual_style", UNSET)

        preview_id: None | str | Unset = d.pop("preview_id", UNSET)

        err_msg: None | str | Unset = d.pop("err_msg", UNSET)

        create_product_previews_response_200_data_type_0_previews_type_0_item = cls(
            visual_style=visual_style,
            preview_id=preview_id,
            err_msg=err_msg,
        )

        create_product_previews_response_200_data_type_0_previews_type_0_item.additional_properties = d
        return create_product_previews_response_200_data_type_0_previews_type_0_item

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
