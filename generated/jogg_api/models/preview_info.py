# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.preview_info_status import PreviewInfoStatus, check_preview_info_status
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewInfo")


@_attrs_define
class PreviewInfo:
    """
    Attributes:
        preview_id (str | Unset):
        video_url (str | Unset):
        cover_url (str | Unset):
        visual_style (str | Unset):
        status (PreviewInfoStatus | Unset):
        created_at (int | Unset):
    """

    preview_id: str | Unset = UNSET
    video_url: str | Unset = UNSET
    cover_url: str | Unset = UNSET
    visual_style: str | Unset = UNSET
    status: PreviewInfoStatus | Unset = UNSET
    created_at: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        preview_id = self.preview_id

        video_url = self.video_url

        cover_url = self.cover_url

        visual_style = self.visual_style

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if preview_id is not UNSET:
            field_dict["preview_id"] = preview_id
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if visual_style is not UNSET:
            field_dict["visual_style"] = visual_style
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        preview_id = d.pop("preview_id", UNSET)

        video_url = d.pop("video_url", UNSET)

        cover_url = d.pop("cover_url", UNSET)

        visual_style = d.pop("visual_style", UNSET)

        _status = d.pop("status", UNSET)
        status: PreviewInfoStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_preview_info_status(_status)

        created_at = d.pop("created_at", UNSET)

        preview_info = cls(
            preview_id=preview_id,
            video_url=video_url,
            cover_url=cover_url,
            visual_style=visual_style,
            status=status,
            created_at=created_at,
        )

        preview_info.additional_properties = d
        return preview_info

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
