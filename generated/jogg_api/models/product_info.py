# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.product_info_media_type_0_item import ProductInfoMediaType0Item


T = TypeVar("T", bound="ProductInfo")


@_attrs_define
class ProductInfo:
    """
    Attributes:
        product_id (None | str | Unset):  Example: NTQ0MTkzNjg.
        url (None | str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        target_audience (None | str | Unset):
        media (list[ProductInfoMediaType0Item] | None | Unset):
    """

    product_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    target_audience: None | str | Unset = UNSET
    media: list[ProductInfoMediaType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        target_audience: None | str | Unset
        if isinstance(self.target_audience, Unset):
            target_audience = UNSET
        else:
            target_audience = self.target_audience

        media: list[dict[str, Any]] | None | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        elif isinstance(self.media, list):
            media = []
            for media_type_0_item_data in self.media:
                media_type_0_item = media_type_0_item_data.to_dict()
                media.append(media_type_0_item)

        else:
            media = self.media

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if url is not UNSET:
            field_dict["url"] = url
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if target_audience is not UNSET:
            field_dict["target_audience"] = target_audience
        if media is not UNSET:
            field_dict["media"] = media

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.product_info_media_type_0_item import ProductInfoMediaType0Item  # noqa: PLC0415

        d = dict(src_dict)
        product_id: None | str | Unset = d.pop("product_id", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        target_audience: None | str | Unset = d.pop("target_audience", UNSET)

        def _parse_media(data: object) -> list[ProductInfoMediaType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                media_type_0 = []
                _media_type_0 = data
                for media_type_0_item_data in _media_type_0:
                    media_type_0_item = ProductInfoMediaType0Item.from_dict(media_type_0_item_data)

                    media_type_0.append(media_type_0_item)

                return media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProductInfoMediaType0Item] | None | Unset, data)

        media = _parse_media(d.pop("media", UNSET))

        product_info = cls(
            product_id=product_id,
            url=url,
            name=name,
            description=description,
            target_audience=target_audience,
            media=media,
        )

        product_info.additional_properties = d
        return product_info

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
