# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_product_avatars_response_200_data_type_0_product_avatars_type_0_item import (
        ListProductAvatarsResponse200DataType0ProductAvatarsType0Item,
    )


T = TypeVar("T", bound="ListProductAvatarsResponse200DataType0")


@_attrs_define
class ListProductAvatarsResponse200DataType0:
    """
    Attributes:
        product_avatars (list[ListProductAvatarsResponse200DataType0ProductAvatarsType0Item] | None | Unset):
    """

    product_avatars: (
        list[ListProductAvatarsResponse200DataType0ProductAvatarsType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_avatars: list[dict[str, Any]] | None | Unset
        if isinstance(self.product_avatars, Unset):
            product_avatars = UNSET
        elif isinstance(self.product_avatars, list):
            product_avatars = []
            for product_avatars_type_0_item_data in self.product_avatars:
                product_avatars_type_0_item = product_avatars_type_0_item_data.to_dict()
                product_avatars.append(product_avatars_type_0_item)

        else:
            product_avatars = self.product_avatars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_avatars is not UNSET:
            field_dict["product_avatars"] = product_avatars

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_product_avatars_response_200_data_type_0_product_avatars_type_0_item import (
            ListProductAvatarsResponse200DataType0ProductAvatarsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_product_avatars(
            data: object,
        ) -> list[ListProductAvatarsResponse200DataType0ProductAvatarsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                product_avatars_type_0 = []
                _product_avatars_type_0 = data
                for product_avatars_type_0_item_data in _product_avatars_type_0:
                    product_avatars_type_0_item = (
                        ListProductAvatarsResponse200DataType0ProductAvatarsType0Item.from_dict(
                            product_avatars_type_0_item_data
                        )
                    )

                    product_avatars_type_0.append(product_avatars_type_0_item)

                return product_avatars_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListProductAvatarsResponse200DataType0ProductAvatarsType0Item] | None | Unset,
                data,
            )

        product_avatars = _parse_product_avatars(d.pop("product_avatars", UNSET))

        list_product_avatars_response_200_data_type_0 = cls(
            product_avatars=product_avatars,
        )

        list_product_avatars_response_200_data_type_0.additional_properties = d
        return list_product_avatars_response_200_data_type_0

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
