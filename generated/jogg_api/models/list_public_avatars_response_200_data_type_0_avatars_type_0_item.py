# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPublicAvatarsResponse200DataType0AvatarsType0Item")


@_attrs_define
class ListPublicAvatarsResponse200DataType0AvatarsType0Item:
    """
    Attributes:
        id (int | None | Unset):  Example: 123.
        name (None | str | Unset):  Example: Professional Female.
        video_url (None | str | Unset):  Example: https://example.com/video.mp4.
        cover_url (None | str | Unset):  Example: https://example.com/cover.jpg.
        aspect_ratio (int | None | Unset):  Example: 1.
        style (None | str | Unset):  Example: professional.
        gender (None | str | Unset):  Example: female.
        age (None | str | Unset):  Example: adult.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    aspect_ratio: int | None | Unset = UNSET
    style: None | str | Unset = UNSET
    gender: None | str | Unset = UNSET
    age: None | str | Unset = UNSET
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

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        aspect_ratio: int | None | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        style: None | str | Unset
        if isinstance(self.style, Unset):
            style = UNSET
        else:
            style = self.style

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        age: None | str | Unset
        if isinstance(self.age, Unset):
            age = UNSET
        else:
            age = self.age

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        video_url: None | str | Unset = d.pop("video_url", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        aspect_ratio: int | None | Unset = d.pop("aspect_ratio", UNSET)

        style: None | str | Unset = d.pop("style", UNSET)

        gender: None | str | Unset = d.pop("gender", UNSET)

        age: None | str | Unset = d.pop("age", UNSET)

        list_public_avatars_response_200_data_type_0_avatars_type_0_item = cls(
            id=id,
            name=name,
            video_url=video_url,
            cover_url=cover_url,
            aspect_ratio=aspect_ratio,
            style=style,
            gender=gender,
            age=age,
        )

        list_public_avatars_response_200_data_type_0_avatars_type_0_item.additional_properties = d
        return list_public_avatars_response_200_data_type_0_avatars_type_0_item

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
