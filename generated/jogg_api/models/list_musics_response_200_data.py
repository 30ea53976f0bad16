# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.music_info import MusicInfo
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListMusicsResponse200Data")


@_attrs_define
class ListMusicsResponse200Data:
    """
    Attributes:
        music (list[MusicInfo] | Unset):
        pagination (Pagination | Unset):
    """

    music: list[MusicInfo] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.music, Unset):
            music = []
            for music_item_data in self.music:
                music_item = music_item_data.to_dict()
                music.append(music_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if music is not UNSET:
            field_dict["music"] = music
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.music_info import MusicInfo  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)
        _music = d.pop("music", UNSET)
        music: list[MusicInfo] | Unset = UNSET
        if _music is not UNSET:
            music = []
            for music_item_data in _music:
                music_item = MusicInfo.from_dict(music_item_data)

                music.append(music_item)

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        list_musics_response_200_data = cls(
            music=music,
            pagination=pagination,
        )

        list_musics_response_200_data.additional_properties = d
        return list_musics_response_200_data

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
