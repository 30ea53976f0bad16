# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.music_info import MusicInfo
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListMusicsResponse200DataType0")


@_attrs_define
class ListMusicsResponse200DataType0:
    """
    Attributes:
        music (list[MusicInfo] | None | Unset):
        pagination (Pagination | Unset):
    """

    music: list[MusicInfo] | None | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        music: list[dict[str, Any]] | None | Unset
        if isinstance(self.music, Unset):
            music = UNSET
        elif isinstance(self.music, list):
            music = []
            for music_type_0_item_data in self.music:
                music_type_0_item = music_type_0_item_data.to_dict()
                music.append(music_type_0_item)

        else:
            music = self.music

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

        def _parse_music(data: object) -> list[MusicInfo] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                music_type_0 = []
                _music_type_0 = data
                for music_type_0_item_data in _music_type_0:
                    music_type_0_item = MusicInfo.from_dict(music_type_0_item_data)

                    music_type_0.append(music_type_0_item)

                return music_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MusicInfo] | None | Unset, data)

        music = _parse_music(d.pop("music", UNSET))

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        list_musics_response_200_data_type_0 = cls(
            music=music,
            pagination=pagination,
        )

        list_musics_response_200_data_type_0.additional_properties = d
        return list_musics_response_200_data_type_0

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
