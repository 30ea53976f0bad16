# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAvatarVideoResponse200DataType0")


@_attrs_define
class GetAvatarVideoResponse200DataType0:
    """
    Attributes:
        video_id (None | str | Unset):  Example: video_123456.
        status (int | None | str | Unset):
        video_url (None | str | Unset):  Example: https://example.com/videos/video_123456.mp4.
        cover_url (None | str | Unset):  Example: https://example.com/covers/video_123456.jpg.
        created_at (int | None | Unset):  Example: 1640995200.
    """

    video_id: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

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

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if status is not UNSET:
            field_dict["status"] = status
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_id: None | str | Unset = d.pop("video_id", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        video_url: None | str | Unset = d.pop("video_url", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        get_avatar_video_response_200_data_type_0 = cls(
            video_id=video_id,
            status=status,
            video_url=video_url,
            cover_url=cover_url,
            created_at=created_at,
        )

        get_avatar_video_response_200_data_type_0.additional_properties = d
        return get_avatar_video_response_200_data_type_0

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
