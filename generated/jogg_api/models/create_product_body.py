# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_product_body_media_item import CreateProductBodyMediaItem


T = TypeVar("T", bound="CreateProductBody")


@_attrs_define
class CreateProductBody:
    """
    Attributes:
        url (str | Unset):  Example: https://www.amazon.com/product/....
        name (str | Unset):  Example: Physicians Formula Happy Booster Heart Blush.
        description (str | Unset):  Example: Brush on a radiant blushing glow....
        target_audience (str | Unset):  Example: Beauty enthusiasts.
        media (list[CreateProductBodyMediaItem] | Unset):
    """

    url: str | Unset = UNSET
    name: str | Unset = UNSET
    description: str | Unset = UNSET
    target_audience: str | Unset = UNSET
    media: list[CreateProductBodyMediaItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        name = self.name

        description = self.description

        target_audience = self.target_audience

        media: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.media, Unset):
            media = []
            for media_item_data in self.media:
                media_item = media_item_data.to_dict()
                media.append(media_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        from ..models.create_product_body_media_item import CreateProductBodyMediaItem  # noqa: PLC0415

        d = dict(src_dict)
        url = d.pop("url", UNSET)

        name = d.pop("name", UNSET)

        description = d.pop("description", UNSET)

        target_audience = d.pop("target_audience", UNSET)

        _media = d.pop("media", UNSET)
        media: list[CreateProductBodyMediaItem] | Unset = UNSET
        if _media is not UNSET:
            media = []
            for media_item_data in _media:
                media_item = CreateProductBodyMediaItem.from_dict(media_item_data)

                media.append(media_item)

        create_product_body = cls(
            url=url,
            name=name,
            description=description,
            target_audience=target_audience,
            media=media,
        )

        create_product_body.additional_properties = d
        return create_product_body

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
