# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListCustomAvatarsResponse200DataType0AvatarsType0Item")


@_attrs_define
class ListCustomAvatarsResponse200DataType0AvatarsType0Item:
    """
    Attributes:
        id (int | None | Unset):  Example: 123.
        name (None | str | Unset):  Example: My Instant Avatar.
        video_url (None | str | Unset):  Example: https://example.com/video.mp4.
        cover_url (None | str | Unset):  Example: https://example.com/cover.jpg.
        api_only (bool | None | Unset):  Example: True.
        avatar_status (int | None | str | Unset):
        fail_msg (None | str | Unset):
        avatar_url (None | str | Unset):  Example: https://example.com/avatar.mp4.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    video_url: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    api_only: bool | None | Unset = UNSET
    avatar_status: int | None | str | Unset = UNSET
    fail_msg: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        video_url: None | str | Unset
        if isinstance(self.video_url, Unset):
            video_url = UNSET
        else:
            video_url = self.video_url

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        api_only: bool | None | Unset
        if isinstance(self.api_only, Unset):
            api_only = UNSET
        else:
            api_only = self.api_only

        avatar_status: int | None | str | Unset
        if isinstance(self.avatar_status, Unset):
            avatar_status = UNSET
        else:
            avatar_status = self.avatar_status

        fail_msg: None | str | Unset
        if isinstance(self.fail_msg, Unset):
            fail_msg = UNSET
        else:
            fail_msg = self.fail_msg

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if video_url is not UNSET:
            field_dict["video_url"] = video_url
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if api_only is not UNSET:
            field_dict["api_only"] = api_only
        if avatar_status is not UNSET:
            field_dict["avatar_status"] = avatar_status
        if fail_msg is not UNSET:
            field_dict["fail_msg"] = fail_msg
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        video_url: None | str | Unset = d.pop("video_url", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        api_only: bool | None | Unset = d.pop("api_only", UNSET)

        avatar_status: int | None | str | Unset = d.pop("avatar_status", UNSET)

        fail_msg: None | str | Unset = d.pop("fail_msg", UNSET)

        avatar_url: None | str | Unset = d.pop("avatar_url", UNSET)

        list_custom_avatars_response_200_data_type_0_avatars_type_0_item = cls(
            id=id,
            name=name,
            video_url=video_url,
            cover_url=cover_url,
            api_only=api_only,
            avatar_status=avatar_status,
            fail_msg=fail_msg,
            avatar_url=avatar_url,
        )

        list_custom_avatars_response_200_data_type_0_avatars_type_0_item.additional_properties = d
        return list_custom_avatars_response_200_data_type_0_avatars_type_0_item

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
