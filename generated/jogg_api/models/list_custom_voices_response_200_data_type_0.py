# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_custom_voices_response_200_data_type_0_voices_type_0_item import (
        ListCustomVoicesResponse200DataType0VoicesType0Item,
    )


T = TypeVar("T", bound="ListCustomVoicesResponse200DataType0")


@_attrs_define
class ListCustomVoicesResponse200DataType0:
    """
    Attributes:
        total (int | None | Unset):  Example: 5.
        voices (list[ListCustomVoicesResponse200DataType0VoicesType0Item] | None | Unset):
    """

    total: int | None | Unset = UNSET
    voices: list[ListCustomVoicesResponse200DataType0VoicesType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        voices: list[dict[str, Any]] | None | Unset
        if isinstance(self.voices, Unset):
            voices = UNSET
        elif isinstance(self.voices, list):
            voices = []
            for voices_type_0_item_data in self.voices:
                voices_type_0_item = voices_type_0_item_data.to_dict()
                voices.append(voices_type_0_item)

        else:
            voices = self.voices

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
        from ..models.list_custom_voices_response_200_data_type_0_voices_type_0_item import (
            ListCustomVoicesResponse200DataType0VoicesType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        total: int | None | Unset = d.pop("total", UNSET)

        def _parse_voices(
            data: object,
        ) -> list[ListCustomVoicesResponse200DataType0VoicesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                voices_type_0 = []
                _voices_type_0 = data
                for voices_type_0_item_data in _voices_type_0:
                    voices_type_0_item = (
                        ListCustomVoicesResponse200DataType0VoicesType0Item.from_dict(
                            voices_type_0_item_data
                        )
                    )

                    voices_type_0.append(voices_type_0_item)

                return voices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListCustomVoicesResponse200DataType0VoicesType0Item] | None | Unset, data
            )

        voices = _parse_voices(d.pop("voices", UNSET))

        list_custom_voices_response_200_data_type_0 = cls(
            total=total,
            voices=voices,
        )

        list_custom_voices_response_200_data_type_0.additional_properties = d
        return list_custom_voices_response_200_data_type_0

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
