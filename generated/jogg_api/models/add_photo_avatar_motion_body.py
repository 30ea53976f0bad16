# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.add_photo_avatar_motion_body_model import (
    AddPhotoAvatarMotionBodyModel,
    check_add_photo_avatar_motion_body_model,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddPhotoAvatarMotionBody")


@_attrs_define
class AddPhotoAvatarMotionBody:
    """
    Attributes:
        image_url (str):  Example: https://res.jogg.ai/photo.jpg.
        name (str):  Example: My Photo Avatar.
        voice_id (str):  Example: en-US-ChristopherNeural.
        model (AddPhotoAvatarMotionBodyModel):  Example: 2.0.
        photo_id (str | Unset):
        description (str | Unset):
        welcome_msg (str | Unset):  Example: Hello, welcome!.
    """

    image_url: str
    name: str
    voice_id: str
    model: AddPhotoAvatarMotionBodyModel
    photo_id: str | Unset = UNSET
    description: str | Unset = UNSET
    welcome_msg: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        image_url = self.image_url

        name = self.name

        voice_id = self.voice_id

        model: str = self.model

        photo_id = self.photo_id

        description = self.description

        welcome_msg = self.welcome_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_url": image_url,
                "name": name,
                "voice_id": voice_id,
                "model": model,
            }
        )
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if description is not UNSET:
            field_dict["description"] = description
        if welcome_msg is not UNSET:
            field_dict["welcome_msg"] = welcome_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        image_url = d.pop("image_url")

        name = d.pop("name")

        voice_id = d.pop("voice_id")

        model = check_add_photo_avatar_motion_body_model(d.pop("model"))

        photo_id = d.pop("photo_id", UNSET)

        description = d.pop("description", UNSET)

        welcome_msg = d.pop("welcome_msg", UNSET)

        add_photo_avatar_motion_body = cls(
            image_url=image_url,
            name=name,
            voice_id=voice_id,
            model=model,
            photo_id=photo_id,
            description=description,
            welcome_msg=welcome_msg,
        )

        add_photo_avatar_motion_body.additional_properties = d
        return add_photo_avatar_motion_body

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
