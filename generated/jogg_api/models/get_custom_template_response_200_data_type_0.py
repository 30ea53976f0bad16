# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_custom_template_response_200_data_type_0_variables_type_0_item import (
        GetCustomTemplateResponse200DataType0VariablesType0Item,
    )


T = TypeVar("T", bound="GetCustomTemplateResponse200DataType0")


@_attrs_define
class GetCustomTemplateResponse200DataType0:
    """
    Attributes:
        template_id (int | None | Unset):  Example: 123.
        name (None | str | Unset):  Example: My Template.
        cover_url (None | str | Unset):  Example: https://example.com/cover.jpg.
        preview_url (None | str | Unset):  Example: https://example.com/preview.mp4.
        aspect_ratio (int | None | Unset):  Example: 0.
        variables (list[GetCustomTemplateResponse200DataType0VariablesType0Item] | None | Unset):
    """

    template_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    preview_url: None | str | Unset = UNSET
    aspect_ratio: int | None | Unset = UNSET
    variables: list[GetCustomTemplateResponse200DataType0VariablesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        template_id: int | None | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        preview_url: None | str | Unset
        if isinstance(self.preview_url, Unset):
            preview_url = UNSET
        else:
            preview_url = self.preview_url

        aspect_ratio: int | None | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        variables: list[dict[str, Any]] | None | Unset
        if isinstance(self.variables, Unset):
            variables = UNSET
        elif isinstance(self.variables, list):
            variables = []
            for variables_type_0_item_data in self.variables:
                variables_type_0_item = variables_type_0_item_data.to_dict()
                variables.append(variables_type_0_item)

        else:
            variables = self.variables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
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
        from ..models.get_custom_template_response_200_data_type_0_variables_type_0_item import (
            GetCustomTemplateResponse200DataType0VariablesType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        template_id: int | None | Unset = d.pop("template_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        preview_url: None | str | Unset = d.pop("preview_url", UNSET)

        aspect_ratio: int | None | Unset = d.pop("aspect_ratio", UNSET)

        def _parse_variables(
            data: object,
        ) -> list[GetCustomTemplateResponse200DataType0VariablesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                variables_type_0 = []
                _variables_type_0 = data
                for variables_type_0_item_data in _variables_type_0:
                    variables_type_0_item = (
                        GetCustomTemplateResponse200DataType0VariablesType0Item.from_dict(
                            variables_type_0_item_data
                        )
                    )

                    variables_type_0.append(variables_type_0_item)

                return variables_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetCustomTemplateResponse200DataType0VariablesType0Item] | None | Unset, data
            )

        variables = _parse_variables(d.pop("variables", UNSET))

        get_custom_template_response_200_data_type_0 = cls(
            template_id=template_id,
            name=name,
            cover_url=cover_url,
            preview_url=preview_url,
            aspect_ratio=aspect_ratio,
            variables=variables,
        )

        get_custom_template_response_200_data_type_0.additional_properties = d
        return get_custom_template_response_200_data_type_0

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
