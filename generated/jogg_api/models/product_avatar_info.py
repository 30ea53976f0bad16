# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductAvatarInfo")


@_attrs_define
class ProductAvatarInfo:
    """
    Attributes:
        avatar_id (int | Unset):
        name (str | Unset):
        cover_url (str | Unset):
        preview_url (str | Unset):
        aspect_ratio (int | Unset):
    """

    avatar_id: int | Unset = UNSET
    name: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    preview_url: str | Unset = UNSET
    aspect_ratio: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id = self.avatar_id

        name = self.name

        cover_url = self.cover_url

        preview_url = self.preview_url

        aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
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
        avatar_id = d.pop("avatar_id", UNSET)

        name = d.pop("name", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        preview_url = d.pop("preview_url", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        product_avatar_info = cls(
            avatar_id=avatar_id,
            name=name,
            cover_url=cover_url,
            preview_url=preview_url,
            aspect_ratio=aspect_ratio,
        )

        product_avatar_info.additional_properties = d
        return product_avatar_info

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
