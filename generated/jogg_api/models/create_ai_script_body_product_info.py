# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_ai_script_body_product_info_source_type import (
    CreateAiScriptBodyProductInfoSourceType,
    check_create_ai_script_body_product_info_source_type,
)

if TYPE_CHECKING:
    from ..models.create_ai_script_body_product_info_data import (
        CreateAiScriptBodyProductInfoData,
    )


T = TypeVar("T", bound="CreateAiScriptBodyProductInfo")


@_attrs_define
class CreateAiScriptBodyProductInfo:
    """
    Attributes:
        source_type (CreateAiScriptBodyProductInfoSourceType):  Example: id.
        data (CreateAiScriptBodyProductInfoData):
    """

    source_type: CreateAiScriptBodyProductInfoSourceType
    data: CreateAiScriptBodyProductInfoData
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_type: str = self.source_type

        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_type": source_type,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_ai_script_body_product_info_data import (
            CreateAiScriptBodyProductInfoData,  # noqa: PLC0415
        )

        d = dict(src_dict)
        source_type = check_create_ai_script_body_product_info_source_type(d.pop("source_type"))

        data = CreateAiScriptBodyProductInfoData.from_dict(d.pop("data"))

        create_ai_script_body_product_info = cls(
            source_type=source_type,
            data=data,
        )

        create_ai_script_body_product_info.additional_properties = d
        return create_ai_script_body_product_info

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
