# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAiScriptResponse200DataDataGeneratedScriptsItem")


@_attrs_define
class GetAiScriptResponse200DataDataGeneratedScriptsItem:
    """
    Attributes:
        script_style (None | str | Unset):  Example: Storytime.
        script_paragraphs (list[None | str] | Unset):  Example: ['Ever tried drinking water while running?', 'The Owala
            FreeSip makes it effortless...'].
    """

    script_style: None | str | Unset = UNSET
    script_paragraphs: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_style: None | str | Unset
        if isinstance(self.script_style, Unset):
            script_style = UNSET
        else:
            script_style = self.script_style

        script_paragraphs: list[None | str] | Unset = UNSET
        if not isinstance(self.script_paragraphs, Unset):
            script_paragraphs = []
            for script_paragraphs_item_data in self.script_paragraphs:
                script_paragraphs_item: None | str
                script_paragraphs_item = script_paragraphs_item_data
                script_paragraphs.append(script_paragraphs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if script_style is not UNSET:
            field_dict["script_style"] = script_style
        if script_paragraphs is not UNSET:
            field_dict["script_paragraphs"] = script_paragraphs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_script_style(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        script_style = _parse_script_style(d.pop("script_style", UNSET))

        _script_paragraphs = d.pop("script_paragraphs", UNSET)
        script_paragraphs: list[None | str] | Unset = UNSET
        if _script_paragraphs is not UNSET:
            script_paragraphs = []
            for script_paragraphs_item_data in _script_paragraphs:

                def _parse_script_paragraphs_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                script_paragraphs_item = _parse_script_paragraphs_item(script_paragraphs_item_data)

                script_paragraphs.append(script_paragraphs_item)

        get_ai_script_response_200_data_data_generated_scripts_item = cls(
            script_style=script_style,
            script_paragraphs=script_paragraphs,
        )

        get_ai_script_response_200_data_data_generated_scripts_item.additional_properties = d
        return get_ai_script_response_200_data_data_generated_scripts_item

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
