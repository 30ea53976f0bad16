# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_from_avatar_body_avatar_avatar_type import (
    CreateVideoFromAvatarBodyAvatarAvatarType,
    check_create_video_from_avatar_body_avatar_avatar_type,
)

T = TypeVar("T", bound="CreateVideoFromAvatarBodyAvatar")


@_attrs_define
class CreateVideoFromAvatarBodyAvatar:
    """
    Attributes:
        avatar_type (CreateVideoFromAvatarBodyAvatarAvatarType):  Example: 0.
        avatar_id (int):  Example: 81.
    """

    avatar_type: CreateVideoFromAvatarBodyAvatarAvatarType
    avatar_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_type: int = self.avatar_type

        avatar_id = self.avatar_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatar_type": avatar_type,
                "avatar_id": avatar_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_type = check_create_video_from_avatar_body_avatar_avatar_type(d.pop("avatar_type"))

        avatar_id = d.pop("avatar_id")

        create_video_from_avatar_body_avatar = cls(
            avatar_type=avatar_type,
            avatar_id=avatar_id,
        )

        create_video_from_avatar_body_avatar.additional_properties = d
        return create_video_from_avatar_body_avatar

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
