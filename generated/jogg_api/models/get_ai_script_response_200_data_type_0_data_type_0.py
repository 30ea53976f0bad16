# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_ai_script_response_200_data_type_0_data_type_0_generated_scripts_type_0_item import (
        GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item,
    )


T = TypeVar("T", bound="GetAiScriptResponse200DataType0DataType0")


@_attrs_define
class GetAiScriptResponse200DataType0DataType0:
    """
    Attributes:
        generated_scripts (list[GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item] | None | Unset):
    """

    generated_scripts: (
        list[GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generated_scripts: list[dict[str, Any]] | None | Unset
        if isinstance(self.generated_scripts, Unset):
            generated_scripts = UNSET
        elif isinstance(self.generated_scripts, list):
            generated_scripts = []
            for generated_scripts_type_0_item_data in self.generated_scripts:
                generated_scripts_type_0_item = generated_scripts_type_0_item_data.to_dict()
                generated_scripts.append(generated_scripts_type_0_item)

        else:
            generated_scripts = self.generated_scripts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generated_scripts is not UNSET:
            field_dict["generated_scripts"] = generated_scripts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_ai_script_response_200_data_type_0_data_type_0_generated_scripts_type_0_item import (
            GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_generated_scripts(
            data: object,
        ) -> list[GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                generated_scripts_type_0 = []
                _generated_scripts_type_0 = data
                for generated_scripts_type_0_item_data in _generated_scripts_type_0:
                    generated_scripts_type_0_item = (
                        GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item.from_dict(
                            generated_scripts_type_0_item_data
                        )
                    )

                    generated_scripts_type_0.append(generated_scripts_type_0_item)

                return generated_scripts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item]
                | None
                | Unset,
                data,
            )

        generated_scripts = _parse_generated_scripts(d.pop("generated_scripts", UNSET))

        get_ai_script_response_200_data_type_0_data_type_0 = cls(
            generated_scripts=generated_scripts,
        )

        get_ai_script_response_200_data_type_0_data_type_0.additional_properties = d
        return get_ai_script_response_200_data_type_0_data_type_0

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
