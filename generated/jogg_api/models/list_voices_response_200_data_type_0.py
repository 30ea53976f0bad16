# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_voices_response_200_data_type_0_voices_type_0_item import (
        ListVoicesResponse200DataType0VoicesType0Item,
    )


T = TypeVar("T", bound="ListVoicesResponse200DataType0")


@_attrs_define
class ListVoicesResponse200DataType0:
    """
    Attributes:
        voices (list[ListVoicesResponse200DataType0VoicesType0Item] | None | Unset):
        has_more (bool | None | Unset):  Example: True.
    """

    voices: list[ListVoicesResponse200DataType0VoicesType0Item] | None | Unset = UNSET
    has_more: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if voices is not UNSET:
            field_dict["voices"] = voices
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_voices_response_200_data_type_0_voices_type_0_item import (
            ListVoicesResponse200DataType0VoicesType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_voices(
            data: object,
        ) -> list[ListVoicesResponse200DataType0VoicesType0Item] | None | Unset:
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
                    voices_type_0_item = ListVoicesResponse200DataType0VoicesType0Item.from_dict(
                        voices_type_0_item_data
                    )

                    voices_type_0.append(voices_type_0_item)

                return voices_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ListVoicesResponse200DataType0VoicesType0Item] | None | Unset, data)

        voices = _parse_voices(d.pop("voices", UNSET))

        has_more: bool | None | Unset = d.pop("has_more", UNSET)

        list_voices_response_200_data_type_0 = cls(
            voices=voices,
            has_more=has_more,
        )

        list_voices_response_200_data_type_0.additional_properties = d
        return list_voices_response_200_data_type_0

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
