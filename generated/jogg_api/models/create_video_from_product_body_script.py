# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_from_product_body_script_style import (
    CreateVideoFromProductBodyScriptStyle,
    check_create_video_from_product_body_script_style,
)

T = TypeVar("T", bound="CreateVideoFromProductBodyScript")


@_attrs_define
class CreateVideoFromProductBodyScript:
    """
    Attributes:
        style (CreateVideoFromProductBodyScriptStyle):  Example: Storytime.
        language (str):  Example: english.
    """

    style: CreateVideoFromProductBodyScriptStyle
    language: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        style: str = self.style

        language = self.language

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "style": style,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        style = check_create_video_from_product_body_script_style(d.pop("style"))

        language = d.pop("language")

        create_video_from_product_body_script = cls(
            style=style,
            language=language,
        )

        create_video_from_product_body_script.additional_properties = d
        return create_video_from_product_body_script

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
