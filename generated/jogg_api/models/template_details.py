# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.template_details_variables_item import TemplateDetailsVariablesItem


T = TypeVar("T", bound="TemplateDetails")


@_attrs_define
class TemplateDetails:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        cover_url (str | Unset):
        preview_url (str | Unset):
        aspect_ratio (int | Unset):
        variables (list[TemplateDetailsVariablesItem] | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    preview_url: str | Unset = UNSET
    aspect_ratio: int | Unset = UNSET
    variables: list[TemplateDetailsVariablesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        cover_url = self.cover_url

        preview_url = self.preview_url

        aspect_ratio = self.aspect_ratio

        variables: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.variables, Unset):
            variables = []
            for variables_item_data in self.variables:
                variables_item = variables_item_data.to_dict()
                variables.append(variables_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if preview_url is not UNSET:
            field_dict["preview_url"] = preview_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if variables is not UNSET:
            field_dict["variables"] = variables

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.template_details_variables_item import (
            TemplateDetailsVariablesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        preview_url = d.pop("preview_url", UNSET)

        aspect_ratio = d.pop("aspect_ratio", UNSET)

        _variables = d.pop("variables", UNSET)
        variables: list[TemplateDetailsVariablesItem] | Unset = UNSET
        if _variables is not UNSET:
            variables = []
            for variables_item_data in _variables:
                variables_item = TemplateDetailsVariablesItem.from_dict(variables_item_data)

                variables.append(variables_item)

        template_details = cls(
            id=id,
            name=name,
            cover_url=cover_url,
            preview_url=preview_url,
            aspect_ratio=aspect_ratio,
            variables=variables,
        )

        template_details.additional_properties = d
        return template_details

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
