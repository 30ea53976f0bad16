# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.custom_avatar_info_status import (
    CustomAvatarInfoStatus,
    check_custom_avatar_info_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomAvatarInfo")


@_attrs_define
class CustomAvatarInfo:
    """
    Attributes:
        avatar_id (int | Unset):  Example: 123.
        name (str | Unset):  Example: My Custom Avatar.
        cover_url (str | Unset):
        status (CustomAvatarInfoStatus | Unset):
        created_at (int | Unset):
    """

    avatar_id: int | Unset = UNSET
    name: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    status: CustomAvatarInfoStatus | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id = self.avatar_id

        name = self.name

        cover_url = self.cover_url

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if name is not UNSET:
            field_dict["name"] = name
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id = d.pop("avatar_id", UNSET)

        name = d.pop("name", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        _status = d.pop("status", UNSET)
        status: CustomAvatarInfoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_custom_avatar_info_status(_status)

        created_at = d.pop("created_at", UNSET)

        custom_avatar_info = cls(
            avatar_id=avatar_id,
            name=name,
            cover_url=cover_url,
            status=status,
            created_at=created_at,
        )

        custom_avatar_info.additional_properties = d
        return custom_avatar_info

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
