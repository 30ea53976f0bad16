# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_from_product_body_avatar_type import (
    CreateVideoFromProductBodyAvatarType,
    check_create_video_from_product_body_avatar_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoFromProductBodyAvatar")


@_attrs_define
class CreateVideoFromProductBodyAvatar:
    """
    Attributes:
        id (int):  Example: 1.
        type_ (CreateVideoFromProductBodyAvatarType | Unset):  Example: 0.
    """

    id: int
    type_: CreateVideoFromProductBodyAvatarType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        _type_ = d.pop("type", UNSET)
        type_: CreateVideoFromProductBodyAvatarType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_create_video_from_product_body_avatar_type(_type_)

        create_video_from_product_body_avatar = cls(
            id=id,
            type_=type_,
        )

        create_video_from_product_body_avatar.additional_properties = d
        return create_video_from_product_body_avatar

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
