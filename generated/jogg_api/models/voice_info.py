# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_info_age import VoiceInfoAge, check_voice_info_age
from ..models.voice_info_gender import VoiceInfoGender, check_voice_info_gender
from ..types import UNSET, Unset

T = TypeVar("T", bound="VoiceInfo")


@_attrs_define
class VoiceInfo:
    """
    Attributes:
        voice_id (str | Unset):  Example: en-US-ChristopherNeural.
        name (str | Unset):  Example: Christopher.
        language (str | Unset):  Example: english.
        gender (VoiceInfoGender | Unset):
        age (VoiceInfoAge | Unset):
        audition_url (str | Unset):  Example: https://res.jogg.ai/voice-sample.mp3.
        use_case (str | Unset):  Example: narrative_story.
    """

    voice_id: str | Unset = UNSET
    name: str | Unset = UNSET
    language: str | Unset = UNSET
    gender: VoiceInfoGender | Unset = UNSET
    age: VoiceInfoAge | Unset = UNSET
    audition_url: str | Unset = UNSET
    use_case: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        voice_id = self.voice_id

        name = self.name

        language = self.language

        gender: str | Unset = UNSET
        if not isinstance(self.gender, Unset):
            gender = self.gender

        age: str | Unset = UNSET
        if not isinstance(self.age, Unset):
            age = self.age

        audition_url = self.audition_url

        use_case = self.use_case

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if name is not UNSET:
            field_dict["name"] = name
        if language is not UNSET:
            field_dict["language"] = language
        if gender is not UNSET:
            field_dict["gender"] = gender
        if age is not UNSET:
            field_dict["age"] = age
        if audition_url is not UNSET:
            field_dict["audition_url"] = audition_url
        if use_case is not UNSET:
            field_dict["use_case"] = use_case

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        voice_id = d.pop("voice_id", UNSET)

        name = d.pop("name", UNSET)

        language = d.pop("language", UNSET)

        _gender = d.pop("gender", UNSET)
        gender: VoiceInfoGender | Unset
        if isinstance(_gender, Unset):
            gender = UNSET
        else:
            gender = check_voice_info_gender(_gender)

        _age = d.pop("age", UNSET)
        age: VoiceInfoAge | Unset
        if isinstance(_age, Unset):
            age = UNSET
        else:
            age = check_voice_info_age(_age)

        audition_url = d.pop("audition_url", UNSET)

        use_case = d.pop("use_case", UNSET)

        voice_info = cls(
            voice_id=voice_id,
            name=name,
            language=language,
            gender=gender,
            age=age,
            audition_url=audition_url,
            use_case=use_case,
        )

        voice_info.additional_properties = d
        return voice_info

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
