# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.generate_product_avatar_images_body_avatar_source_avatar_type import (
    GenerateProductAvatarImagesBodyAvatarSourceAvatarType,
    check_generate_product_avatar_images_body_avatar_source_avatar_type,
)
from ..models.generate_product_avatar_images_body_avatar_source_type import (
    GenerateProductAvatarImagesBodyAvatarSourceType,
    check_generate_product_avatar_images_body_avatar_source_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateProductAvatarImagesBodyAvatarSource")


@_attrs_define
class GenerateProductAvatarImagesBodyAvatarSource:
    """
    Attributes:
        type_ (GenerateProductAvatarImagesBodyAvatarSourceType):  Example: id.
        value (str | Unset):
        avatar_id (int | Unset):
        avatar_type (GenerateProductAvatarImagesBodyAvatarSourceAvatarType | Unset):
    """

    type_: GenerateProductAvatarImagesBodyAvatarSourceType
    value: str | Unset = UNSET
    avatar_id: int | Unset = UNSET
    avatar_type: GenerateProductAvatarImagesBodyAvatarSourceAvatarType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        value = self.value

        avatar_id = self.avatar_id

        avatar_type: str | Unset = UNSET
        if not isinstance(self.avatar_type, Unset):
            avatar_type = self.avatar_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if value is not UNSET:
            field_dict["value"] = value
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if avatar_type is not UNSET:
            field_dict["avatar_type"] = avatar_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_generate_product_avatar_images_body_avatar_source_type(d.pop("type"))

        value = d.pop("value", UNSET)

        avatar_id = d.pop("avatar_id", UNSET)

        _avatar_type = d.pop("avatar_type", UNSET)
        avatar_type: GenerateProductAvatarImagesBodyAvatarSourceAvatarType | Unset
        if isinstance(_avatar_type, Unset):
            avatar_type = UNSET
        else:
            avatar_type = check_generate_product_avatar_images_body_avatar_source_avatar_type(
                _avatar_type
            )

        generate_product_avatar_images_body_avatar_source = cls(
            type_=type_,
            value=value,
            avatar_id=avatar_id,
            avatar_type=avatar_type,
        )

        generate_product_avatar_images_body_avatar_source.additional_properties = d
        return generate_product_avatar_images_body_avatar_source

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
