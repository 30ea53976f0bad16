# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_details_status import VideoDetailsStatus, check_video_details_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoDetails")


@_attrs_define
class VideoDetails:
    """
    Attributes:
        id (str | Unset):  Example: video_123456.
        title (str | Unset):  Example: Product Demo Video.
        status (VideoDetailsStatus | Unset):  Example: completed.
        video_url (str | Unset):  Example: https://res.jogg.ai/video.mp4.
        cover_url (str | Unset):  Example: https://res.jogg.ai/cover.jpg.
        duration (int | Unset):  Example: 30.
        created_at (int | Unset):  Example: 1732806631.
    """

    id: str | Unset = UNSET
    title: str | Unset = UNSET
    status: VideoDetailsStatus | Unset = UNSET
    video_url: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    duration: int | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        video_url = self.video_url

        cover_url = self.cover_url

        duration = self.duration

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if duration is not UNSET:
            field_dict["duration"] = duration
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        title = d.pop("title", UNSET)

        _status = d.pop("status", UNSET)
        status: VideoDetailsStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_video_details_status(_status)

        video_url = d.pop("video_url", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        duration = d.pop("duration", UNSET)

        created_at = d.pop("created_at", UNSET)

        video_details = cls(
            id=id,
            title=title,
            status=status,
            video_url=video_url,
            cover_url=cover_url,
            duration=duration,
            created_at=created_at,
        )

        video_details.additional_properties = d
        return video_details

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
