# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoTranslationResponse200DataType0")


@_attrs_define
class CreateVideoTranslationResponse200DataType0:
    """
    Attributes:
        video_translate_id (None | str | Unset):  Example: vt_123456.
    """

    video_translate_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_translate_id: None | str | Unset
        if isinstance(self.video_translate_id, Unset):
            video_translate_id = UNSET
        else:
            video_translate_id = self.video_translate_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_translate_id is not UNSET:
            field_dict["video_translate_id"] = video_translate_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_translate_id: None | str | Unset = d.pop("video_translate_id", UNSET)

        create_video_translation_response_200_data_type_0 = cls(
            video_translate_id=video_translate_id,
        )

        create_video_translation_response_200_data_type_0.additional_properties = d
        return create_video_translation_response_200_data_type_0

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
