# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_from_avatar_body_voice_type import (
    CreateVideoFromAvatarBodyVoiceType,
    check_create_video_from_avatar_body_voice_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoFromAvatarBodyVoice")


@_attrs_define
class CreateVideoFromAvatarBodyVoice:
    """
    Attributes:
        type_ (CreateVideoFromAvatarBodyVoiceType):  Example: script.
        voice_id (str):  Example: en-US-ChristopherNeural.
        script (str | Unset):  Example: Hi, welcome to JoggAI and create longer videos with Talking Avatars in minutes!.
        audio_url (str | Unset):  Example: https://res.jogg.ai/audio.mp3.
    """

    type_: CreateVideoFromAvatarBodyVoiceType
    voice_id: str
    script: str | Unset = UNSET
    audio_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        voice_id = self.voice_id

        script = self.script

        audio_url = self.audio_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "voice_id": voice_id,
            }
        )
        if script is not UNSET:
            field_dict["script"] = script
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = check_create_video_from_avatar_body_voice_type(d.pop("type"))

        voice_id = d.pop("voice_id")

        script = d.pop("script", UNSET)

        audio_url = d.pop("audio_url", UNSET)

        create_video_from_avatar_body_voice = cls(
            type_=type_,
            voice_id=voice_id,
            script=script,
            audio_url=audio_url,
        )

        create_video_from_avatar_body_voice.additional_properties = d
        return create_video_from_avatar_body_voice

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
