# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCustomVoicesResponse200DataType0VoicesType0Item")


@_attrs_define
class ListCustomVoicesResponse200DataType0VoicesType0Item:
    """
    Attributes:
        name (None | str | Unset):  Example: My Custom Voice.
        voice_id (None | str | Unset):  Example: custom_123.
        audio_url (None | str | Unset):  Example: https://res.jogg.ai/voice-sample.mp3.
        language (None | str | Unset):  Example: english.
    """

    name: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    audio_url: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        audio_url: None | str | Unset
        if isinstance(self.audio_url, Unset):
            audio_url = UNSET
        else:
            audio_url = self.audio_url

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if audio_url is not UNSET:
            field_dict["audio_url"] = audio_url
        if language is not UNSET:
            field_dict["language"] = language

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name: None | str | Unset = d.pop("name", UNSET)

        voice_id: None | str | Unset = d.pop("voice_id", UNSET)

        audio_url: None | str | Unset = d.pop("audio_url", UNSET)

        language: None | str | Unset = d.pop("language", UNSET)

        list_custom_voices_response_200_data_type_0_voices_type_0_item = cls(
            name=name,
            voice_id=voice_id,
            audio_url=audio_url,
            language=language,
        )

        list_custom_voices_response_200_data_type_0_voices_type_0_item.additional_properties = d
        return list_custom_voices_response_200_data_type_0_voices_type_0_item

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
