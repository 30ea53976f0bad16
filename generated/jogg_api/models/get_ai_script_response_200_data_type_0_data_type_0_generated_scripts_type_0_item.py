# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item")


@_attrs_define
class GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item:
    """
    Attributes:
        script_style (None | str | Unset):  Example: Storytime.
        script_paragraphs (list[str] | None | Unset):  Example: ['Ever tried drinking water while running?', 'The Owala
            FreeSip makes it effortless...'].
    """

    script_style: None | str | Unset = UNSET
    script_paragraphs: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        script_style: None | str | Unset
        if isinstance(self.script_style, Unset):
            script_style = UNSET
        else:
            script_style = self.script_style

        script_paragraphs: list[str] | None | Unset
        if isinstance(self.script_paragraphs, Unset):
            script_paragraphs = UNSET
        elif isinstance(self.script_paragraphs, list):
            script_paragraphs = self.script_paragraphs

        else:
            script_paragraphs = self.script_paragraphs

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
        script_style: None | str | Unset = d.pop("script_style", UNSET)

        def _parse_script_paragraphs(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                script_paragraphs_type_0 = cast(list[str], data)

                return script_paragraphs_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        script_paragraphs = _parse_script_paragraphs(d.pop("script_paragraphs", UNSET))

        get_ai_script_response_200_data_type_0_data_type_0_generated_scripts_type_0_item = cls(
            script_style=script_style,
            script_paragraphs=script_paragraphs,
        )

        get_ai_script_response_200_data_type_0_data_type_0_generated_scripts_type_0_item.additional_properties = d
        return get_ai_script_response_200_data_type_0_data_type_0_generated_scripts_type_0_item

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
