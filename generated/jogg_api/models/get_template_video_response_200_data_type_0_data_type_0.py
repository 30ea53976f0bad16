# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetTemplateVideoResponse200DataType0DataType0")


@_attrs_define
class GetTemplateVideoResponse200DataType0DataType0:
    """
    Attributes:
        video_name (None | str | Unset):  Example: My Template Video.
        url (None | str | Unset):  Example: https://example.com/video.mp4.
        cover_url (None | str | Unset):  Example: https://example.com/cover.jpg.
        duration_seconds (float | None | Unset):  Example: 30.5.
        deducted_credit (float | None | Unset):  Example: 10.5.
    """

    video_name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    duration_seconds: float | None | Unset = UNSET
    deducted_credit: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_name: None | str | Unset
        if isinstance(self.video_name, Unset):
            video_name = UNSET
        else:
            video_name = self.video_name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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

        deducted_credit: float | None | Unset
        if isinstance(self.deducted_credit, Unset):
            deducted_credit = UNSET
        else:
            deducted_credit = self.deducted_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if url is not UNSET:
            field_dict["url"] = url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if deducted_credit is not UNSET:
            field_dict["deducted_credit"] = deducted_credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_name: None | str | Unset = d.pop("video_name", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        duration_seconds: float | None | Unset = d.pop("duration_seconds", UNSET)

        deducted_credit: float | None | Unset = d.pop("deducted_credit", UNSET)

        get_template_video_response_200_data_type_0_data_type_0 = cls(
            video_name=video_name,
            url=url,
            cover_url=cover_url,
            duration_seconds=duration_seconds,
            deducted_credit=deducted_credit,
        )

        get_template_video_response_200_data_type_0_data_type_0.additional_properties = d
        return get_template_video_response_200_data_type_0_data_type_0

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
