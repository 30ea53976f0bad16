# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_template_video_response_200_data_type_0_data_type_0 import (
        GetTemplateVideoResponse200DataType0DataType0,
    )


T = TypeVar("T", bound="GetTemplateVideoResponse200DataType0")


@_attrs_define
class GetTemplateVideoResponse200DataType0:
    """
    Attributes:
        video_id (None | str | Unset):  Example: video_123456789.
        status (int | None | str | Unset):
        created_at (int | None | Unset):  Example: 1640995200.
        completed_at (int | None | Unset):  Example: 1640995500.
        data (GetTemplateVideoResponse200DataType0DataType0 | None | Unset):
    """

    video_id: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    completed_at: int | None | Unset = UNSET
    data: GetTemplateVideoResponse200DataType0DataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_template_video_response_200_data_type_0_data_type_0 import (
            GetTemplateVideoResponse200DataType0DataType0,  # noqa: PLC0415
        )

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        completed_at: int | None | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        else:
            completed_at = self.completed_at

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GetTemplateVideoResponse200DataType0DataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_template_video_response_200_data_type_0_data_type_0 import (
            GetTemplateVideoResponse200DataType0DataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        video_id: None | str | Unset = d.pop("video_id", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        completed_at: int | None | Unset = d.pop("completed_at", UNSET)

        def _parse_data(
            data: object,
        ) -> GetTemplateVideoResponse200DataType0DataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GetTemplateVideoResponse200DataType0DataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetTemplateVideoResponse200DataType0DataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        get_template_video_response_200_data_type_0 = cls(
            video_id=video_id,
            status=status,
            created_at=created_at,
            completed_at=completed_at,
            data=data,
        )

        get_template_video_response_200_data_type_0.additional_properties = d
        return get_template_video_response_200_data_type_0

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
