# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MusicInfo")


@_attrs_define
class MusicInfo:
    """
    Attributes:
        id (int | None | Unset):  Example: 1.
        name (None | str | Unset):  Example: Upbeat Background.
        music_url (None | str | Unset):  Example: https://res.jogg.ai/music/example.mp3.
        duration (int | None | Unset):  Example: 120.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    music_url: None | str | Unset = UNSET
    duration: int | None | Unset = UNSET
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

        music_url: None | str | Unset
        if isinstance(self.music_url, Unset):
            music_url = UNSET
        else:
            music_url = self.music_url

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if music_url is not UNSET:
            field_dict["music_url"] = music_url
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        music_url: None | str | Unset = d.pop("music_url", UNSET)

        duration: int | None | Unset = d.pop("duration", UNSET)

        music_info = cls(
            id=id,
            name=name,
            music_url=music_url,
            duration=duration,
        )

        music_info.additional_properties = d
        return music_info

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
