# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetLipSyncVideoResponse200DataType0DataType0")


@_attrs_define
class GetLipSyncVideoResponse200DataType0DataType0:
    """
    Attributes:
        result_url (None | str | Unset):  Example: https://res.jogg.ai/lipsync-result.mp4.
        cover_url (None | str | Unset):  Example: https://res.jogg.ai/lipsync-cover.jpg.
        duration_seconds (float | None | Unset):  Example: 12.5.
    """

    result_url: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    duration_seconds: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        result_url: None | str | Unset
        if isinstance(self.result_url, Unset):
            result_url = UNSET
        else:
            result_url = self.result_url

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if result_url is not UNSET:
            field_dict["result_url"] = result_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        result_url: None | str | Unset = d.pop("result_url", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        duration_seconds: float | None | Unset = d.pop("duration_seconds", UNSET)

        get_lip_sync_video_response_200_data_type_0_data_type_0 = cls(
            result_url=result_url,
            cover_url=cover_url,
            duration_seconds=duration_seconds,
        )

        get_lip_sync_video_response_200_data_type_0_data_type_0.additional_properties = d
        return get_lip_sync_video_response_200_data_type_0_data_type_0

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
