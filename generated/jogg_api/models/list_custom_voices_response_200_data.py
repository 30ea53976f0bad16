# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_custom_voices_response_200_data_voices_item import (
        ListCustomVoicesResponse200DataVoicesItem,
    )


T = TypeVar("T", bound="ListCustomVoicesResponse200Data")


@_attrs_define
class ListCustomVoicesResponse200Data:
    """
    Attributes:
        total (int | None | Unset):  Example: 5.
        voices (list[ListCustomVoicesResponse200DataVoicesItem] | Unset):
    """

    total: int | None | Unset = UNSET
    voices: list[ListCustomVoicesResponse200DataVoicesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        voices: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.voices, Unset):
            voices = []
            for voices_item_data in self.voices:
                voices_item = voices_item_data.to_dict()
                voices.append(voices_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if voices is not UNSET:
            field_dict["voices"] = voices

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_custom_voices_response_200_data_voices_item import (
            ListCustomVoicesResponse200DataVoicesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_total(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        _voices = d.pop("voices", UNSET)
        voices: list[ListCustomVoicesResponse200DataVoicesItem] | Unset = UNSET
        if _voices is not UNSET:
            voices = []
            for voices_item_data in _voices:
                voices_item = ListCustomVoicesResponse200DataVoicesItem.from_dict(voices_item_data)

                voices.append(voices_item)

        list_custom_voices_response_200_data = cls(
            total=total,
            voices=voices,
        )

        list_custom_voices_response_200_data.additional_properties = d
        return list_custom_voices_response_200_data

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
