# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoTranslationBody")


@_attrs_define
class CreateVideoTranslationBody:
    """
    Attributes:
        video_url (str):  Example: https://res.jogg.ai/video.mp4.
        output_language (str):  Example: spanish.
        title (str | Unset):  Example: Translated Video Title.
        translate_audio_only (bool | Unset):  Example: False.
        output_voice (str | Unset):  Example: es-ES-ElviraNeural.
        add_subtitles (bool | Unset):  Example: True.
        enable_dynamic_duration (bool | Unset):  Example: False.
        callback_url (str | Unset):  Example: https://example.com/callback.
    """

    video_url: str
    output_language: str
    title: str | Unset = UNSET
    translate_audio_only: bool | Unset = UNSET
    output_voice: str | Unset = UNSET
    add_subtitles: bool | Unset = UNSET
    enable_dynamic_duration: bool | Unset = UNSET
    callback_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_url = self.video_url

        output_language = self.output_language

        title = self.title

        translate_audio_only = self.translate_audio_only

        output_voice = self.output_voice

        add_subtitles = self.add_subtitles

        enable_dynamic_duration = self.enable_dynamic_duration

        callback_url = self.callback_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "video_url": video_url,
                "output_language": output_language,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if translate_audio_only is not UNSET:
            field_dict["translate_audio_only"] = translate_audio_only
        if output_voice is not UNSET:
            field_dict["output_voice"] = output_voice
        if add_subtitles is not UNSET:
            field_dict["add_subtitles"] = add_subtitles
        if enable_dynamic_duration is not UNSET:
            field_dict["enable_dynamic_duration"] = enable_dynamic_duration
        if callback_url is not UNSET:
            field_dict["callback_url"] = callback_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_url = d.pop("video_url")

        output_language = d.pop("output_language")

        title = d.pop("title", UNSET)

        translate_audio_only = d.pop("translate_audio_only", UNSET)

        output_voice = d.pop("output_voice", UNSET)

        add_subtitles = d.pop("add_subtitles", UNSET)

        enable_dynamic_duration = d.pop("enable_dynamic_duration", UNSET)

        callback_url = d.pop("callback_url", UNSET)

        create_video_translation_body = cls(
            video_url=video_url,
            output_language=output_language,
            title=title,
            translate_audio_only=translate_audio_only,
            output_voice=output_voice,
            add_subtitles=add_subtitles,
            enable_dynamic_duration=enable_dynamic_duration,
            callback_url=callback_url,
        )

        create_video_translation_body.additional_properties = d
        return create_video_translation_body

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
