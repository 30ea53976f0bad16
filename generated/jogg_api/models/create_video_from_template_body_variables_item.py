# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_from_template_body_variables_item_type import (
    CreateVideoFromTemplateBodyVariablesItemType,
    check_create_video_from_template_body_variables_item_type,
)

if TYPE_CHECKING:
    from ..models.create_video_from_template_body_variables_item_properties import (
        CreateVideoFromTemplateBodyVariablesItemProperties,
    )


T = TypeVar("T", bound="CreateVideoFromTemplateBodyVariablesItem")


@_attrs_define
class CreateVideoFromTemplateBodyVariablesItem:
    """
    Attributes:
        type_ (CreateVideoFromTemplateBodyVariablesItemType):
        name (str):
        properties (CreateVideoFromTemplateBodyVariablesItemProperties):
    """

    type_: CreateVideoFromTemplateBodyVariablesItemType
    name: str
    properties: CreateVideoFromTemplateBodyVariablesItemProperties
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str = self.type_

        name = self.name

        properties = self.properties.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "name": name,
                "properties": properties,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_video_from_template_body_variables_item_properties import (
            CreateVideoFromTemplateBodyVariablesItemProperties,  # noqa: PLC0415
        )

        d = dict(src_dict)
        type_ = check_create_video_from_template_body_variables_item_type(d.pop("type"))

        name = d.pop("name")

        properties = CreateVideoFromTemplateBodyVariablesItemProperties.from_dict(
            d.pop("properties")
        )

        create_video_from_template_body_variables_item = cls(
            type_=type_,
            name=name,
            properties=properties,
        )

        create_video_from_template_body_variables_item.additional_properties = d
        return create_video_from_template_body_variables_item

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
