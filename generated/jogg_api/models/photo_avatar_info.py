# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.photo_avatar_info_status import (
    PhotoAvatarInfoStatus,
    check_photo_avatar_info_status,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="PhotoAvatarInfo")


@_attrs_define
class PhotoAvatarInfo:
    """
    Attributes:
        avatar_id (int | Unset):
        name (str | Unset):
        cover_url (str | Unset):
        status (PhotoAvatarInfoStatus | Unset):
        fail_msg (str | Unset):
    """

    avatar_id: int | Unset = UNSET
    name: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    status: PhotoAvatarInfoStatus | Unset = UNSET
    fail_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id = self.avatar_id

        name = self.name

        cover_url = self.cover_url

        status: int | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        fail_msg = self.fail_msg

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
        if fail_msg is not UNSET:
            field_dict["fail_msg"] = fail_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id = d.pop("avatar_id", UNSET)

        name = d.pop("name", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        _status = d.pop("status", UNSET)
        status: PhotoAvatarInfoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_photo_avatar_info_status(_status)

        fail_msg = d.pop("fail_msg", UNSET)

        photo_avatar_info = cls(
            avatar_id=avatar_id,
            name=name,
            cover_url=cover_url,
            status=status,
            fail_msg=fail_msg,
        )

        photo_avatar_info.additional_properties = d
        return photo_avatar_info

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
