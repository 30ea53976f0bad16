# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_lip_sync_video_body_playback_type import (
    CreateLipSyncVideoBodyPlaybackType,
    check_create_lip_sync_video_body_playback_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateLipSyncVideoBody")


@_attrs_define
class CreateLipSyncVideoBody:
    """
    Attributes:
        video_url (str):  Example: https://res.jogg.ai/source-video.mp4.
        audio_url (str):  Example: https://res.jogg.ai/source-audio.wav.
        playback_type (CreateLipSyncVideoBodyPlaybackType | Unset):  Default: 'normal'. Example: normal.
    """

    video_url: str
    audio_url: str
    playback_type: CreateLipSyncVideoBodyPlaybackType | Unset = "normal"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        audio_url = self.audio_url

        playback_type: str | Unset = UNSET
        if not isinstance(self.playback_type, Unset):
            playback_type = self.playback_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
                "audio_url": audio_url,
            }
        )
        if playback_type is not UNSET:
            field_dict["playback_type"] = playback_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        audio_url = d.pop("audio_url")

        _playback_type = d.pop("playback_type", UNSET)
        playback_type: CreateLipSyncVideoBodyPlaybackType | Unset
        if isinstance(_playback_type, Unset):
            playback_type = UNSET
        else:
            playback_type = check_create_lip_sync_video_body_playback_type(_playback_type)

        create_lip_sync_video_body = cls(
            video_url=video_url,
            audio_url=audio_url,
            playback_type=playback_type,
        )

        create_lip_sync_video_body.additional_properties = d
        return create_lip_sync_video_body

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
