# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.update_product_body_media_item_type import (
    UpdateProductBodyMediaItemType,
    check_update_product_body_media_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateProductBodyMediaItem")


@_attrs_define
class UpdateProductBodyMediaItem:
    """
    Attributes:
        type_ (UpdateProductBodyMediaItemType | Unset):
        name (str | Unset):
        url (str | Unset):
        description (str | Unset):
    """

    type_: UpdateProductBodyMediaItemType | Unset = UNSET
    name: str | Unset = UNSET
    url: str | Unset = UNSET
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: int | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_

        name = self.name

        url = self.url

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: UpdateProductBodyMediaItemType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = check_update_product_body_media_item_type(_type_)

        name = d.pop("name", UNSET)

        url = d.pop("url", UNSET)

        description = d.pop("description", UNSET)

        update_product_body_media_item = cls(
            type_=type_,
            name=name,
            url=url,
            description=description,
        )

        update_product_body_media_item.additional_properties = d
        return update_product_body_media_item

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
