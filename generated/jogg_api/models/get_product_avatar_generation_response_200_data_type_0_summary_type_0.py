# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProductAvatarGenerationResponse200DataType0SummaryType0")


@_attrs_define
class GetProductAvatarGenerationResponse200DataType0SummaryType0:
    """
    Attributes:
        total (int | None | Unset):  Example: 4.
        pending (int | None | Unset):  Example: 1.
        processing (int | None | Unset):  Example: 1.
        completed (int | None | Unset):  Example: 1.
        failed (int | None | Unset):  Example: 1.
    """

    total: int | None | Unset = UNSET
    pending: int | None | Unset = UNSET
    processing: int | None | Unset = UNSET
    completed: int | None | Unset = UNSET
    failed: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        pending: int | None | Unset
        if isinstance(self.pending, Unset):
            pending = UNSET
        else:
            pending = self.pending

        processing: int | None | Unset
        if isinstance(self.processing, Unset):
            processing = UNSET
        else:
            processing = self.processing

        completed: int | None | Unset
        if isinstance(self.completed, Unset):
            completed = UNSET
        else:
            completed = self.completed

        failed: int | None | Unset
        if isinstance(self.failed, Unset):
            failed = UNSET
        else:
            failed = self.failed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if pending is not UNSET:
            field_dict["pending"] = pending
        if processing is not UNSET:
            field_dict["processing"] = processing
        if completed is not UNSET:
            field_dict["completed"] = completed
        if failed is not UNSET:
            field_dict["failed"] = failed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        total: int | None | Unset = d.pop("total", UNSET)

        pending: int | None | Unset = d.pop("pending", UNSET)

        processing: int | None | Unset = d.pop("processing", UNSET)

        completed: int | None | Unset = d.pop("completed", UNSET)

        failed: int | None | Unset = d.pop("failed", UNSET)

        get_product_avatar_generation_response_200_data_type_0_summary_type_0 = cls(
            total=total,
            pending=pending,
            processing=processing,
            completed=completed,
            failed=failed,
        )

        get_product_avatar_generation_response_200_data_type_0_summary_type_0.additional_properties = d
        return get_product_avatar_generation_response_200_data_type_0_summary_type_0

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
