# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_template_videos_response_200_data_type_0_data_type_0_item_error_type_0 import (
        ListTemplateVideosResponse200DataType0DataType0ItemErrorType0,
    )


T = TypeVar("T", bound="ListTemplateVideosResponse200DataType0DataType0Item")


@_attrs_define
class ListTemplateVideosResponse200DataType0DataType0Item:
    """
    Attributes:
        video_id (None | str | Unset):  Example: video_123456.
        video_name (None | str | Unset):  Example: My Template Video.
        status (int | None | str | Unset):
        created_at (int | None | Unset):  Example: 1732806631.
        cover_url (None | str | Unset):  Example: https://res.jogg.ai/cover.jpg.
        url (None | str | Unset):  Example: https://res.jogg.ai/video.mp4.
        duration_seconds (float | None | Unset):  Example: 30.5.
        error (ListTemplateVideosResponse200DataType0DataType0ItemErrorType0 | None | Unset):
    """

    video_id: None | str | Unset = UNSET
    video_name: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    duration_seconds: float | None | Unset = UNSET
    error: ListTemplateVideosResponse200DataType0DataType0ItemErrorType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_template_videos_response_200_data_type_0_data_type_0_item_error_type_0 import (
            ListTemplateVideosResponse200DataType0DataType0ItemErrorType0,  # noqa: PLC0415
        )

        video_id: None | str | Unset
        if isinstance(self.video_id, Unset):
            video_id = UNSET
        else:
            video_id = self.video_id

        video_name: None | str | Unset
        if isinstance(self.video_name, Unset):
            video_name = UNSET
        else:
            video_name = self.video_name

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

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        duration_seconds: float | None | Unset
        if isinstance(self.duration_seconds, Unset):
            duration_seconds = UNSET
        else:
            duration_seconds = self.duration_seconds

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ListTemplateVideosResponse200DataType0DataType0ItemErrorType0):
            error = self.error.to_dict()
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if video_name is not UNSET:
            field_dict["video_name"] = video_name
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if url is not UNSET:
            field_dict["url"] = url
        if duration_seconds is not UNSET:
            field_dict["duration_seconds"] = duration_seconds
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_template_videos_response_200_data_type_0_data_type_0_item_error_type_0 import (
            ListTemplateVideosResponse200DataType0DataType0ItemErrorType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        video_id: None | str | Unset = d.pop("video_id", UNSET)

        video_name: None | str | Unset = d.pop("video_name", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        duration_seconds: float | None | Unset = d.pop("duration_seconds", UNSET)

        def _parse_error(
            data: object,
        ) -> ListTemplateVideosResponse200DataType0DataType0ItemErrorType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                error_type_0 = (
                    ListTemplateVideosResponse200DataType0DataType0ItemErrorType0.from_dict(data)
                )

                return error_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                ListTemplateVideosResponse200DataType0DataType0ItemErrorType0 | None | Unset, data
            )

        error = _parse_error(d.pop("error", UNSET))

        list_template_videos_response_200_data_type_0_data_type_0_item = cls(
            video_id=video_id,
            video_name=video_name,
            status=status,
            created_at=created_at,
            cover_url=cover_url,
            url=url,
            duration_seconds=duration_seconds,
            error=error,
        )

        list_template_videos_response_200_data_type_0_data_type_0_item.additional_properties = d
        return list_template_videos_response_200_data_type_0_data_type_0_item

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
