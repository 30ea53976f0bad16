# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_product_previews_response_200_data_type_0_previews_type_0_item import (
        ListProductPreviewsResponse200DataType0PreviewsType0Item,
    )


T = TypeVar("T", bound="ListProductPreviewsResponse200DataType0")


@_attrs_define
class ListProductPreviewsResponse200DataType0:
    """
    Attributes:
        previews (list[ListProductPreviewsResponse200DataType0PreviewsType0Item] | None | Unset):
        total (int | None | Unset):  Example: 15.
        page (int | None | Unset):  Example: 1.
        page_size (int | None | Unset):  Example: 10.
    """

    previews: list[ListProductPreviewsResponse200DataType0PreviewsType0Item] | None | Unset = UNSET
    total: int | None | Unset = UNSET
    page: int | None | Unset = UNSET
    page_size: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        previews: list[dict[str, Any]] | None | Unset
        if isinstance(self.previews, Unset):
            previews = UNSET
        elif isinstance(self.previews, list):
            previews = []
            for previews_type_0_item_data in self.previews:
                previews_type_0_item = previews_type_0_item_data.to_dict()
                previews.append(previews_type_0_item)

        else:
            previews = self.previews

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
        if previews is not UNSET:
            field_dict["previews"] = previews
        if total is not UNSET:
            field_dict["total"] = total
        if page is not UNSET:
            field_dict["page"] = page
        if page_size is not UNSET:
            field_dict["page_size"] = page_size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_product_previews_response_200_data_type_0_previews_type_0_item import (
            ListProductPreviewsResponse200DataType0PreviewsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_previews(
            data: object,
        ) -> list[ListProductPreviewsResponse200DataType0PreviewsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                previews_type_0 = []
                _previews_type_0 = data
                for previews_type_0_item_data in _previews_type_0:
                    previews_type_0_item = (
                        ListProductPreviewsResponse200DataType0PreviewsType0Item.from_dict(
                            previews_type_0_item_data
                        )
                    )

                    previews_type_0.append(previews_type_0_item)

                return previews_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListProductPreviewsResponse200DataType0PreviewsType0Item] | None | Unset, data
            )

        previews = _parse_previews(d.pop("previews", UNSET))

        total: int | None | Unset = d.pop("total", UNSET)

        page: int | None | Unset = d.pop("page", UNSET)

        page_size: int | None | Unset = d.pop("page_size", UNSET)

        list_product_previews_response_200_data_type_0 = cls(
            previews=previews,
            total=total,
            page=page,
            page_size=page_size,
        )

        list_product_previews_response_200_data_type_0.additional_properties = d
        return list_product_previews_response_200_data_type_0

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
