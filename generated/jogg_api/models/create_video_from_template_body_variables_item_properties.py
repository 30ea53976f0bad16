# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoFromTemplateBodyVariablesItemProperties")


@_attrs_define
class CreateVideoFromTemplateBodyVariablesItemProperties:
    """
    Attributes:
        content (str | Unset):  Example: Product description text.
        url (str | Unset):  Example: https://res.jogg.ai/media/image.jpg.
        asset_id (int | Unset):  Example: 12345.
    """

    content: str | Unset = UNSET
    url: str | Unset = UNSET
    asset_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        url = self.url

        asset_id = self.asset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if content is not UNSET:
            field_dict["content"] = content
        if url is not UNSET:
            field_dict["url"] = url
        if asset_id is not UNSET:
            field_dict["asset_id"] = asset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content", UNSET)

        url = d.pop("url", UNSET)

        asset_id = d.pop("asset_id", UNSET)

        create_video_from_template_body_variables_item_properties = cls(
            content=content,
            url=url,
            asset_id=asset_id,
        )

        create_video_from_template_body_variables_item_properties.additional_properties = d
        return create_video_from_template_body_variables_item_properties

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
