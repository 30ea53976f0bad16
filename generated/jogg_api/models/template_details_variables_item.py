# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.template_details_variables_item_type import (
    TemplateDetailsVariablesItemType,
    check_template_details_variables_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="TemplateDetailsVariablesItem")


@_attrs_define
class TemplateDetailsVariablesItem:
    """
    Attributes:
        name (str | Unset):
        type_ (TemplateDetailsVariablesItemType | Unset):
        required (bool | Unset):
    """

    name: str | Unset = UNSET
    type_: TemplateDetailsVariablesItemType | Unset = UNSET
    required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        required = self.required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if required is not UNSET:
            field_dict["required"] = required

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _type_ = d.pop("type", UNSET)
        type_: TemplateDetailsVariablesItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_template_details_variables_item_type(_type_)

        required = d.pop("required", UNSET)

        template_details_variables_item = cls(
            name=name,
            type_=type_,
            required=required,
        )

        template_details_variables_item.additional_properties = d
        return template_details_variables_item

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
