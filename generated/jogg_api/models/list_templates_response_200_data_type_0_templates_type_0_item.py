# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTemplatesResponse200DataType0TemplatesType0Item")


@_attrs_define
class ListTemplatesResponse200DataType0TemplatesType0Item:
    """
    Attributes:
        id (int | None | Unset):  Example: 123.
        name (None | str | Unset):  Example: Product Showcase.
        cover_url (None | str | Unset):  Example: https://res.jogg.ai/template-cover.jpg.
        preview_url (None | str | Unset):  Example: https://res.jogg.ai/template-preview.mp4.
        aspect_ratio (int | None | Unset):  Example: 1.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    aspect_ratio: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        aspect_ratio: int | None | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        preview_url: None | str | Unset = d.pop("preview_url", UNSET)

        aspect_ratio: int | None | Unset = d.pop("aspect_ratio", UNSET)

        list_templates_response_200_data_type_0_templates_type_0_item = cls(
            id=id,
            name=name,
            cover_url=cover_url,
            preview_url=preview_url,
            aspect_ratio=aspect_ratio,
        )

        list_templates_response_200_data_type_0_templates_type_0_item.additional_properties = d
        return list_templates_response_200_data_type_0_templates_type_0_item

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
