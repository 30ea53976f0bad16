# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_product_avatars_response_200_data_product_avatars_item import (
        ListProductAvatarsResponse200DataProductAvatarsItem,
    )


T = TypeVar("T", bound="ListProductAvatarsResponse200Data")


@_attrs_define
class ListProductAvatarsResponse200Data:
    """
    Attributes:
        product_avatars (list[ListProductAvatarsResponse200DataProductAvatarsItem] | Unset):
    """

    product_avatars: list[ListProductAvatarsResponse200DataProductAvatarsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_avatars: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.product_avatars, Unset):
            product_avatars = []
            for product_avatars_item_data in self.product_avatars:
                product_avatars_item = product_avatars_item_data.to_dict()
                product_avatars.append(product_avatars_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_avatars is not UNSET:
            field_dict["product_avatars"] = product_avatars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_product_avatars_response_200_data_product_avatars_item import (
            ListProductAvatarsResponse200DataProductAvatarsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _product_avatars = d.pop("product_avatars", UNSET)
        product_avatars: list[ListProductAvatarsResponse200DataProductAvatarsItem] | Unset = UNSET
        if _product_avatars is not UNSET:
            product_avatars = []
            for product_avatars_item_data in _product_avatars:
                product_avatars_item = (
                    ListProductAvatarsResponse200DataProductAvatarsItem.from_dict(
                        product_avatars_item_data
                    )
                )

                product_avatars.append(product_avatars_item)

        list_product_avatars_response_200_data = cls(
            product_avatars=product_avatars,
        )

        list_product_avatars_response_200_data.additional_properties = d
        return list_product_avatars_response_200_data

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
