# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListProductAvatarsResponse200DataType0ProductAvatarsType0Item")


@_attrs_define
class ListProductAvatarsResponse200DataType0ProductAvatarsType0Item:
    """
    Attributes:
        avatar_id (int | None | Unset):  Example: 123.
        name (None | str | Unset):  Example: Product Presenter.
        cover_url (None | str | Unset):  Example: https://example.com/cover.jpg.
        status (int | None | str | Unset):
        fail_msg (None | str | Unset):
        avatar_url (None | str | Unset):  Example: https://example.com/avatar.mp4.
        aspect_ratio (int | None | Unset):  Example: 0.
        gender (None | str | Unset):  Example: female.
    """

    avatar_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    cover_url: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    fail_msg: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    aspect_ratio: int | None | Unset = UNSET
    gender: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id: int | None | Unset
        if isinstance(self.avatar_id, Unset):
            avatar_id = UNSET
        else:
            avatar_id = self.avatar_id

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

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        aspect_ratio: int | None | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if name is not UNSET:
            field_dict["name"] = name
        if cover_url is not UNSET:
            field_dict["cover_url"] = cover_url
        if status is not UNSET:
            field_dict["status"] = status
        if fail_msg is not UNSET:
            field_dict["fail_msg"] = fail_msg
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if gender is not UNSET:
            field_dict["gender"] = gender

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id: int | None | Unset = d.pop("avatar_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        cover_url: None | str | Unset = d.pop("cover_url", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        fail_msg: None | str | Unset = d.pop("fail_msg", UNSET)

        avatar_url: None | str | Unset = d.pop("avatar_url", UNSET)

        aspect_ratio: int | None | Unset = d.pop("aspect_ratio", UNSET)

        gender: None | str | Unset = d.pop("gender", UNSET)

        list_product_avatars_response_200_data_type_0_product_avatars_type_0_item = cls(
            avatar_id=avatar_id,
            name=name,
            cover_url=cover_url,
            status=status,
            fail_msg=fail_msg,
            avatar_url=avatar_url,
            aspect_ratio=aspect_ratio,
            gender=gender,
        )

        list_product_avatars_response_200_data_type_0_product_avatars_type_0_item.additional_properties = d
        return list_product_avatars_response_200_data_type_0_product_avatars_type_0_item

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
