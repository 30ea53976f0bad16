# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_template_videos_response_200_data_type_0_data_type_0_item import (
        ListTemplateVideosResponse200DataType0DataType0Item,
    )
    from ..models.pagination import Pagination


T = TypeVar("T", bound="ListTemplateVideosResponse200DataType0")


@_attrs_define
class ListTemplateVideosResponse200DataType0:
    """
    Attributes:
        data (list[ListTemplateVideosResponse200DataType0DataType0Item] | None | Unset):
        pagination (Pagination | Unset):
    """

    data: list[ListTemplateVideosResponse200DataType0DataType0Item] | None | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data: list[dict[str, Any]] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_template_videos_response_200_data_type_0_data_type_0_item import (
            ListTemplateVideosResponse200DataType0DataType0Item,  # noqa: PLC0415
        )
        from ..models.pagination import Pagination  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_data(
            data: object,
        ) -> list[ListTemplateVideosResponse200DataType0DataType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                data_type_0 = []
                _data_type_0 = data
                for data_type_0_item_data in _data_type_0:
                    data_type_0_item = (
                        ListTemplateVideosResponse200DataType0DataType0Item.from_dict(
                            data_type_0_item_data
                        )
                    )

                    data_type_0.append(data_type_0_item)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListTemplateVideosResponse200DataType0DataType0Item] | None | Unset, data
            )

        data = _parse_data(d.pop("data", UNSET))

        _pagination = d.pop("pagination", UNSET)
        pagination: Pagination | Unset
        if isinstance(_pagination, Unset):
            pagination = UNSET
        else:
            pagination = Pagination.from_dict(_pagination)

        list_template_videos_response_200_data_type_0 = cls(
            data=data,
            pagination=pagination,
        )

        list_template_videos_response_200_data_type_0.additional_properties = d
        return list_template_videos_response_200_data_type_0

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
