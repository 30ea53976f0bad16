# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetRemainingQuotaResponse200DataType0")


@_attrs_define
class GetRemainingQuotaResponse200DataType0:
    """
    Attributes:
        remaining_quota (float | None | Unset):  Example: 1000.0.
    """

    remaining_quota: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        remaining_quota: float | None | Unset
        if isinstance(self.remaining_quota, Unset):
            remaining_quota = UNSET
        else:
            remaining_quota = self.remaining_quota

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if remaining_quota is not UNSET:
            field_dict["remaining_quota"] = remaining_quota

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        remaining_quota: float | None | Unset = d.pop("remaining_quota", UNSET)

        get_remaining_quota_response_200_data_type_0 = cls(
            remaining_quota=remaining_quota,
        )

        get_remaining_quota_response_200_data_type_0.additional_properties = d
        return get_remaining_quota_response_200_data_type_0

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
