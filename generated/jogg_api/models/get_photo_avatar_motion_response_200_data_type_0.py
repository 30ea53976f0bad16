# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPhotoAvatarMotionResponse200DataType0")


@_attrs_define
class GetPhotoAvatarMotionResponse200DataType0:
    """
    Attributes:
        motion_id (None | str | Unset):  Example: motion_123.
        avatar_id (int | None | Unset):  Example: 123.
        image_url (None | str | Unset):  Example: https://example.com/image.jpg.
        name (None | str | Unset):  Example: My Photo Avatar.
        status (int | None | str | Unset):
        motion_preview_url (None | str | Unset):  Example: https://example.com/preview.mp4.
        voice_id (None | str | Unset):  Example: en-US-ChristopherNeural.
        error_msg (None | str | Unset):
    """

    motion_id: None | str | Unset = UNSET
    avatar_id: int | None | Unset = UNSET
    image_url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    motion_preview_url: None | str | Unset = UNSET
    voice_id: None | str | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        motion_id: None | str | Unset
        if isinstance(self.motion_id, Unset):
            motion_id = UNSET
        else:
            motion_id = self.motion_id

        avatar_id: int | None | Unset
        if isinstance(self.avatar_id, Unset):
            avatar_id = UNSET
        else:
            avatar_id = self.avatar_id

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        motion_preview_url: None | str | Unset
        if isinstance(self.motion_preview_url, Unset):
            motion_preview_url = UNSET
        else:
            motion_preview_url = self.motion_preview_url

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if motion_id is not UNSET:
            field_dict["motion_id"] = motion_id
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if name is not UNSET:
            field_dict["name"] = name
        if status is not UNSET:
            field_dict["status"] = status
        if motion_preview_url is not UNSET:
            field_dict["motion_preview_url"] = motion_preview_url
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        motion_id: None | str | Unset = d.pop("motion_id", UNSET)

        avatar_id: int | None | Unset = d.pop("avatar_id", UNSET)

        image_url: None | str | Unset = d.pop("image_url", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        motion_preview_url: None | str | Unset = d.pop("motion_preview_url", UNSET)

        voice_id: None | str | Unset = d.pop("voice_id", UNSET)

        error_msg: None | str | Unset = d.pop("error_msg", UNSET)

        get_photo_avatar_motion_response_200_data_type_0 = cls(
            motion_id=motion_id,
            avatar_id=avatar_id,
            image_url=image_url,
            name=name,
            status=status,
            motion_preview_url=motion_preview_url,
            voice_id=voice_id,
            error_msg=error_msg,
        )

        get_photo_avatar_motion_response_200_data_type_0.additional_properties = d
        return get_photo_avatar_motion_response_200_data_type_0

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
