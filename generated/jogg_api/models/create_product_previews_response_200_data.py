# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_product_previews_response_200_data_previews_item import (
        CreateProductPreviewsResponse200DataPreviewsItem,
    )


T = TypeVar("T", bound="CreateProductPreviewsResponse200Data")


@_attrs_define
class CreateProductPreviewsResponse200Data:
    """
    Attributes:
        previews (list[CreateProductPreviewsResponse200DataPreviewsItem] | Unset):
    """

    previews: list[CreateProductPreviewsResponse200DataPreviewsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previews: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.previews, Unset):
            previews = []
            for previews_item_data in self.previews:
                previews_item = previews_item_data.to_dict()
                previews.append(previews_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if previews is not UNSET:
            field_dict["previews"] = previews

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_product_previews_response_200_data_previews_item import (
            CreateProductPreviewsResponse200DataPreviewsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _previews = d.pop("previews", UNSET)
        previews: list[CreateProductPreviewsResponse200DataPreviewsItem] | Unset = UNSET
        if _previews is not UNSET:
            previews = []
            for previews_item_data in _previews:
                previews_item = CreateProductPreviewsResponse200DataPreviewsItem.from_dict(
                    previews_item_data
                )

                previews.append(previews_item)

        create_product_previews_response_200_data = cls(
            previews=previews,
        )

        create_product_previews_response_200_data.additional_properties = d
        return create_product_previews_response_200_data

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
