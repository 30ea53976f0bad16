# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_product_videos_response_200_data_type_0_videos_type_0_item import (
        ListProductVideosResponse200DataType0VideosType0Item,
    )


T = TypeVar("T", bound="ListProductVideosResponse200DataType0")


@_attrs_define
class ListProductVideosResponse200DataType0:
    """
    Attributes:
        videos (list[ListProductVideosResponse200DataType0VideosType0Item] | None | Unset):
        total (int | None | Unset):  Example: 25.
        page (int | None | Unset):  Example: 1.
        page_size (int | None | Unset):  Example: 10.
    """

    videos: list[ListProductVideosResponse200DataType0VideosType0Item] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        videos: list[dict[str, Any]] | None | Unset
        if isinstance(self.videos, Unset):
            videos = UNSET
        elif isinstance(self.videos, list):
            videos = []
            for videos_type_0_item_data in self.videos:
                videos_type_0_item = videos_type_0_item_data.to_dict()
                videos.append(videos_type_0_item)

        else:
            videos = self.videos

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        page: int | None | Unset
        if isinstance(self.page, Unset):
            page = UNSET
        else:
            page = self.page

        page_size: int | None | Unset
        if isinstance(self.page_size, Unset):
            page_size = UNSET
        else:
            page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if videos is not UNSET:
            field_dict["videos"] = videos
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_product_videos_response_200_data_type_0_videos_type_0_item import (
            ListProductVideosResponse200DataType0VideosType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_videos(
            data: object,
        ) -> list[ListProductVideosResponse200DataType0VideosType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                videos_type_0 = []
                _videos_type_0 = data
                for videos_type_0_item_data in _videos_type_0:
                    videos_type_0_item = (
                        ListProductVideosResponse200DataType0VideosType0Item.from_dict(
                            videos_type_0_item_data
                        )
                    )

                    videos_type_0.append(videos_type_0_item)

                return videos_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListProductVideosResponse200DataType0VideosType0Item] | None | Unset, data
            )

        videos = _parse_videos(d.pop("videos", UNSET))

        total: int | None | Unset = d.pop("total", UNSET)

        page: int | None | Unset = d.pop("page", UNSET)

        page_size: int | None | Unset = d.pop("page_size", UNSET)

        list_product_videos_response_200_data_type_0 = cls(
            videos=videos,
            total=total,
            page=page,
            page_size=page_size,
        )

        list_product_videos_response_200_data_type_0.additional_properties = d
        return list_product_videos_response_200_data_type_0

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
