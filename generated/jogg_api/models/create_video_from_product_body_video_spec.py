# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_video_from_product_body_video_spec_aspect_ratio import (
    CreateVideoFromProductBodyVideoSpecAspectRatio,
    check_create_video_from_product_body_video_spec_aspect_ratio,
)
from ..models.create_video_from_product_body_video_spec_length import (
    CreateVideoFromProductBodyVideoSpecLength,
    check_create_video_from_product_body_video_spec_length,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateVideoFromProductBodyVideoSpec")


@_attrs_define
class CreateVideoFromProductBodyVideoSpec:
    """
    Attributes:
        length (CreateVideoFromProductBodyVideoSpecLength):  Example: 30.
        aspect_ratio (CreateVideoFromProductBodyVideoSpecAspectRatio | Unset):  Default: 'landscape'. Example:
            landscape.
        caption (bool | Unset):  Example: True.
        name (str | Unset):  Example: My Product Video.
    """

    length: CreateVideoFromProductBodyVideoSpecLength
    aspect_ratio: CreateVideoFromProductBodyVideoSpecAspectRatio | Unset = "landscape"
    caption: bool | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        length: str = self.length

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        caption = self.caption

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "length": length,
            }
        )
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if caption is not UNSET:
            field_dict["caption"] = caption
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        length = check_create_video_from_product_body_video_spec_length(d.pop("length"))

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: CreateVideoFromProductBodyVideoSpecAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_create_video_from_product_body_video_spec_aspect_ratio(
                _aspect_ratio
            )

        caption = d.pop("caption", UNSET)

        name = d.pop("name", UNSET)

        create_video_from_product_body_video_spec = cls(
            length=length,
            aspect_ratio=aspect_ratio,
            caption=caption,
            name=name,
        )

        create_video_from_product_body_video_spec.additional_properties = d
        return create_video_from_product_body_video_spec

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
