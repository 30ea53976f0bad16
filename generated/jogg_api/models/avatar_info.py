# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.avatar_info_age import AvatarInfoAge, check_avatar_info_age
from ..models.avatar_info_aspect_ratio import (
    AvatarInfoAspectRatio,
    check_avatar_info_aspect_ratio,
)
from ..models.avatar_info_gender import AvatarInfoGender, check_avatar_info_gender
from ..models.avatar_info_style import AvatarInfoStyle, check_avatar_info_style
from ..types import UNSET, Unset

T = TypeVar("T", bound="AvatarInfo")


@_attrs_define
class AvatarInfo:
    """
    Attributes:
        avatar_id (int | Unset):  Example: 81.
        name (str | Unset):  Example: Amanda outdoors.
        cover_url (str | Unset):  Example: https://res.jogg.ai/avatar-cover.png.
        aspect_ratio (AvatarInfoAspectRatio | Unset):
        style (AvatarInfoStyle | Unset):
        gender (AvatarInfoGender | Unset):
        age (AvatarInfoAge | Unset):
        scene (str | Unset):
        ethnicity (str | Unset):
    """

    avatar_id: int | Unset = UNSET
    name: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    aspect_ratio: AvatarInfoAspectRatio | Unset = UNSET
    style: AvatarInfoStyle | Unset = UNSET
    gender: AvatarInfoGender | Unset = UNSET
    age: AvatarInfoAge | Unset = UNSET
    scene: str | Unset = UNSET
    ethnicity: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id = self.avatar_id

        name = self.name

        cover_url = self.cover_url

        aspect_ratio: int | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        style: str | Unset = UNSET
        if not isinstance(self.style, Unset):
            style = self.style

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        age: str | Unset = UNSET
        if not isinstance(self.age, Unset):
            age = self.age

        scene = self.scene

        ethnicity = self.ethnicity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if name is not UNSET:
            field_dict["name"] = name
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if style is not UNSET:
            field_dict["style"] = style
        if gender is not UNSET:
            field_dict["gender"] = gender
        if age is not UNSET:
            field_dict["age"] = age
        if scene is not UNSET:
            field_dict["scene"] = scene
        if ethnicity is not UNSET:
            field_dict["ethnicity"] = ethnicity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id = d.pop("avatar_id", UNSET)

        name = d.pop("name", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AvatarInfoAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_avatar_info_aspect_ratio(_aspect_ratio)

        _style = d.pop("style", UNSET)
        style: AvatarInfoStyle | Unset
        if isinstance(_style, Unset):
            style = UNSET
        else:
            style = check_avatar_info_style(_style)

        _gender = d.pop("gender", UNSET)
        gender: AvatarInfoGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_avatar_info_gender(_gender)

        _age = d.pop("age", UNSET)
        age: AvatarInfoAge | Unset
        if isinstance(_age, Unset):
            age = UNSET
        else:
            age = check_avatar_info_age(_age)

        scene = d.pop("scene", UNSET)

        ethnicity = d.pop("ethnicity", UNSET)

        avatar_info = cls(
            avatar_id=avatar_id,
            name=name,
            cover_url=cover_url,
            aspect_ratio=aspect_ratio,
            style=style,
            gender=gender,
            age=age,
            scene=scene,
            ethnicity=ethnicity,
        )

        avatar_info.additional_properties = d
        return avatar_info

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
