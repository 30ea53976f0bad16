# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_custom_avatars_response_200_data_avatars_item import (
        ListCustomAvatarsResponse200DataAvatarsItem,
    )


T = TypeVar("T", bound="ListCustomAvatarsResponse200Data")


@_attrs_define
class ListCustomAvatarsResponse200Data:
    """
    Attributes:
        avatars (list[ListCustomAvatarsResponse200DataAvatarsItem] | Unset):
    """

    avatars: list[ListCustomAvatarsResponse200DataAvatarsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.avatars, Unset):
            avatars = []
            for avatars_item_data in self.avatars:
                avatars_item = avatars_item_data.to_dict()
                avatars.append(avatars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatars is not UNSET:
            field_dict["avatars"] = avatars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_custom_avatars_response_200_data_avatars_item import (
            ListCustomAvatarsResponse200DataAvatarsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _avatars = d.pop("avatars", UNSET)
        avatars: list[ListCustomAvatarsResponse200DataAvatarsItem] | Unset = UNSET
        if _avatars is not UNSET:
            avatars = []
            for avatars_item_data in _avatars:
                avatars_item = ListCustomAvatarsResponse200DataAvatarsItem.from_dict(
                    avatars_item_data
                )

                avatars.append(avatars_item)

        list_custom_avatars_response_200_data = cls(
            avatars=avatars,
        )

        list_custom_avatars_response_200_data.additional_properties = d
        return list_custom_avatars_response_200_data

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
