# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetProductVideoResponse200DataType0")


@_attrs_define
class GetProductVideoResponse200DataType0:
    """
    Attributes:
        title (None | str | Unset):  Example: My Product Video.
        video_url (None | str | Unset):  Example: https://example.com/video.mp4.
        cover_url (None | str | Unset):  Example: https://example.com/cover.jpg.
        status (int | None | str | Unset):
        created_at (int | None | Unset):  Example: 1640995200.
        deducted_credit (float | None | Unset):  Example: 10.5.
    """

    title: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    deducted_credit: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

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

        deducted_credit: float | None | Unset
        if isinstance(self.deducted_credit, Unset):
            deducted_credit = UNSET
        else:
            deducted_credit = self.deducted_credit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deducted_credit is not UNSET:
            field_dict["deducted_credit"] = deducted_credit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        title: None | str | Unset = d.pop("title", UNSET)

        video_url: None | str | Unset = d.pop("video_url", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        deducted_credit: float | None | Unset = d.pop("deducted_credit", UNSET)

        get_product_video_response_200_data_type_0 = cls(
            title=title,
            video_url=video_url,
            cover_url=cover_url,
            status=status,
            created_at=created_at,
            deducted_credit=deducted_credit,
        )

        get_product_video_response_200_data_type_0.additional_properties = d
        return get_product_video_response_200_data_type_0

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
