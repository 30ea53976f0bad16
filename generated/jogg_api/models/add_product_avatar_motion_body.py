# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_product_avatar_motion_body_aspect_ratio import (
    AddProductAvatarMotionBodyAspectRatio,
    check_add_product_avatar_motion_body_aspect_ratio,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddProductAvatarMotionBody")


@_attrs_define
class AddProductAvatarMotionBody:
    """
    Attributes:
        generation_id (str):  Example: gen_123.
        name (str):  Example: Product Presenter.
        voice_id (str):  Example: en-US-ChristopherNeural.
        description (str):  Example: Professional presentation motion.
        model (int | Unset):  Example: 0.
        aspect_ratio (AddProductAvatarMotionBodyAspectRatio | Unset):  Example: portrait.
    """

    generation_id: str
    name: str
    voice_id: str
    description: str
    model: int | Unset = UNSET
    aspect_ratio: AddProductAvatarMotionBodyAspectRatio | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_id = self.generation_id

        name = self.name

        voice_id = self.voice_id

        description = self.description

        model = self.model

        aspect_ratio: str | Unset = UNSET
        if not isinstance(self.aspect_ratio, Unset):
            aspect_ratio = self.aspect_ratio

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "generation_id": generation_id,
                "name": name,
                "voice_id": voice_id,
                "description": description,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generation_id = d.pop("generation_id")

        name = d.pop("name")

        voice_id = d.pop("voice_id")

        description = d.pop("description")

        model = d.pop("model", UNSET)

        _aspect_ratio = d.pop("aspect_ratio", UNSET)
        aspect_ratio: AddProductAvatarMotionBodyAspectRatio | Unset
        if isinstance(_aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = check_add_product_avatar_motion_body_aspect_ratio(_aspect_ratio)

        add_product_avatar_motion_body = cls(
            generation_id=generation_id,
            name=name,
            voice_id=voice_id,
            description=description,
            model=model,
            aspect_ratio=aspect_ratio,
        )

        add_product_avatar_motion_body.additional_properties = d
        return add_product_avatar_motion_body

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
