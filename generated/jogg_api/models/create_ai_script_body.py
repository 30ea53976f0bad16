# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_ai_script_body_language import (
    CreateAiScriptBodyLanguage,
    check_create_ai_script_body_language,
)
from ..models.create_ai_script_body_script_style import (
    CreateAiScriptBodyScriptStyle,
    check_create_ai_script_body_script_style,
)
from ..models.create_ai_script_body_video_length_seconds import (
    CreateAiScriptBodyVideoLengthSeconds,
    check_create_ai_script_body_video_length_seconds,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_ai_script_body_product_info import CreateAiScriptBodyProductInfo


T = TypeVar("T", bound="CreateAiScriptBody")


@_attrs_define
class CreateAiScriptBody:
    """
    Attributes:
        language (CreateAiScriptBodyLanguage):  Example: english.
        video_length_seconds (CreateAiScriptBodyVideoLengthSeconds):  Example: 30.
        script_style (CreateAiScriptBodyScriptStyle):  Example: Storytime.
        product_info (CreateAiScriptBodyProductInfo):
        target_audience (str | Unset):  Example: Fitness enthusiasts and outdoor adventurers.
    """

    language: CreateAiScriptBodyLanguage
    video_length_seconds: CreateAiScriptBodyVideoLengthSeconds
    script_style: CreateAiScriptBodyScriptStyle
    product_info: CreateAiScriptBodyProductInfo
    target_audience: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        language: str = self.language

        video_length_seconds: str = self.video_length_seconds

        script_style: str = self.script_style

        product_info = self.product_info.to_dict()

        target_audience = self.target_audience

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "language": language,
                "video_length_seconds": video_length_seconds,
                "script_style": script_style,
                "product_info": product_info,
            }
        )
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_ai_script_body_product_info import (
            CreateAiScriptBodyProductInfo,  # noqa: PLC0415
        )

        d = dict(src_dict)
        language = check_create_ai_script_body_language(d.pop("language"))

        video_length_seconds = check_create_ai_script_body_video_length_seconds(
            d.pop("video_length_seconds")
        )

        script_style = check_create_ai_script_body_script_style(d.pop("script_style"))

        product_info = CreateAiScriptBodyProductInfo.from_dict(d.pop("product_info"))

        target_audience = d.pop("target_audience", UNSET)

        create_ai_script_body = cls(
            language=language,
            video_length_seconds=video_length_seconds,
            script_style=script_style,
            product_info=product_info,
            target_audience=target_audience,
        )

        create_ai_script_body.additional_properties = d
        return create_ai_script_body

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
