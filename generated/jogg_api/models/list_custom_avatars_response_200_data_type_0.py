# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_custom_avatars_response_200_data_type_0_avatars_type_0_item import (
        ListCustomAvatarsResponse200DataType0AvatarsType0Item,
    )


T = TypeVar("T", bound="ListCustomAvatarsResponse200DataType0")


@_attrs_define
class ListCustomAvatarsResponse200DataType0:
    """
    Attributes:
        avatars (list[ListCustomAvatarsResponse200DataType0AvatarsType0Item] | None | Unset):
    """

    avatars: list[ListCustomAvatarsResponse200DataType0AvatarsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatars: list[dict[str, Any]] | None | Unset
        if isinstance(self.avatars, Unset):
            avatars = UNSET
        elif isinstance(self.avatars, list):
            avatars = []
            for avatars_type_0_item_data in self.avatars:
                avatars_type_0_item = avatars_type_0_item_data.to_dict()
                avatars.append(avatars_type_0_item)

        else:
            avatars = self.avatars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatars is not UNSET:
            field_dict["avatars"] = avatars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_custom_avatars_response_200_data_type_0_avatars_type_0_item import (
            ListCustomAvatarsResponse200DataType0AvatarsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_avatars(
            data: object,
        ) -> list[ListCustomAvatarsResponse200DataType0AvatarsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                avatars_type_0 = []
                _avatars_type_0 = data
                for avatars_type_0_item_data in _avatars_type_0:
                    avatars_type_0_item = (
                        ListCustomAvatarsResponse200DataType0AvatarsType0Item.from_dict(
                            avatars_type_0_item_data
                        )
                    )

                    avatars_type_0.append(avatars_type_0_item)

                return avatars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListCustomAvatarsResponse200DataType0AvatarsType0Item] | None | Unset, data
            )

        avatars = _parse_avatars(d.pop("avatars", UNSET))

        list_custom_avatars_response_200_data_type_0 = cls(
            avatars=avatars,
        )

        list_custom_avatars_response_200_data_type_0.additional_properties = d
        return list_custom_avatars_response_200_data_type_0

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
