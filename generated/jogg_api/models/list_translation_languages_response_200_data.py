# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTranslationLanguagesResponse200Data")


@_attrs_define
class ListTranslationLanguagesResponse200Data:
    """
    Attributes:
        languages (list[None | str] | Unset):  Example: ['spanish', 'french', 'german', 'japanese'].
    """

    languages: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        languages: list[None | str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = []
            for languages_item_data in self.languages:
                languages_item: None | str
                languages_item = languages_item_data
                languages.append(languages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if languages is not UNSET:
            field_dict["languages"] = languages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _languages = d.pop("languages", UNSET)
        languages: list[None | str] | Unset = UNSET
        if _languages is not UNSET:
            languages = []
            for languages_item_data in _languages:

                def _parse_languages_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                languages_item = _parse_languages_item(languages_item_data)

                languages.append(languages_item)

        list_translation_languages_response_200_data = cls(
            languages=languages,
        )

        list_translation_languages_response_200_data.additional_properties = d
        return list_translation_languages_response_200_data

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
