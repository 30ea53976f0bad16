# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListPhotoAvatarsResponse200DataType0AvatarsType0Item")


@_attrs_define
class ListPhotoAvatarsResponse200DataType0AvatarsType0Item:
    """
    Attributes:
        id (int | None | Unset):  Example: 123.
        name (None | str | Unset):  Example: My Photo Avatar.
        cover_url (None | str | Unset):  Example: https://example.com/cover.jpg.
        status (int | None | str | Unset):
        fail_msg (None | str | Unset):
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    fail_msg: None | str | Unset = UNSET
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

        cover_url: None | str | Unset
        if isinstance(self.cover_url, Unset):
            cover_url = UNSET
        else:
            cover_url = self.cover_url

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        fail_msg: None | str | Unset
        if isinstance(self.fail_msg, Unset):
            fail_msg = UNSET
        else:
            fail_msg = self.fail_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if status is not UNSET:
            field_dict["status"] = status
        if fail_msg is not UNSET:
            field_dict["fail_msg"] = fail_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        fail_msg: None | str | Unset = d.pop("fail_msg", UNSET)

        list_photo_avatars_response_200_data_type_0_avatars_type_0_item = cls(
            id=id,
            name=name,
            cover_url=cover_url,
            status=status,
            fail_msg=fail_msg,
        )

        list_photo_avatars_response_200_data_type_0_avatars_type_0_item.additional_properties = d
        return list_photo_avatars_response_200_data_type_0_avatars_type_0_item

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
