# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetPhotoAvatarPhotoResponse200DataType0")


@_attrs_define
class GetPhotoAvatarPhotoResponse200DataType0:
    """
    Attributes:
        photo_id (None | str | Unset):  Example: photo_123.
        status (int | None | str | Unset):
        image_url_list (list[str] | None | Unset):  Example: ['https://example.com/image1.jpg',
            'https://example.com/image2.jpg'].
        image_key_list (list[str] | None | Unset):  Example: ['key1', 'key2'].
        msg (None | str | Unset):
    """

    photo_id: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    image_url_list: list[str] | None | Unset = UNSET
    image_key_list: list[str] | None | Unset = UNSET
    msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        photo_id: None | str | Unset
        if isinstance(self.photo_id, Unset):
            photo_id = UNSET
        else:
            photo_id = self.photo_id

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        image_url_list: list[str] | None | Unset
        if isinstance(self.image_url_list, Unset):
            image_url_list = UNSET
        elif isinstance(self.image_url_list, list):
            image_url_list = self.image_url_list

        else:
            image_url_list = self.image_url_list

        image_key_list: list[str] | None | Unset
        if isinstance(self.image_key_list, Unset):
            image_key_list = UNSET
        elif isinstance(self.image_key_list, list):
            image_key_list = self.image_key_list

        else:
            image_key_list = self.image_key_list

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if photo_id is not UNSET:
            field_dict["photo_id"] = photo_id
        if status is not UNSET:
            field_dict["status"] = status
        if image_url_list is not UNSET:
            field_dict["image_url_list"] = image_url_list
        if image_key_list is not UNSET:
            field_dict["image_key_list"] = image_key_list
        if msg is not UNSET:
            field_dict["msg"] = msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        photo_id: None | str | Unset = d.pop("photo_id", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        def _parse_image_url_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_url_list_type_0 = cast(list[str], data)

                return image_url_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        image_url_list = _parse_image_url_list(d.pop("image_url_list", UNSET))

        def _parse_image_key_list(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                image_key_list_type_0 = cast(list[str], data)

                return image_key_list_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        image_key_list = _parse_image_key_list(d.pop("image_key_list", UNSET))

        msg: None | str | Unset = d.pop("msg", UNSET)

        get_photo_avatar_photo_response_200_data_type_0 = cls(
            photo_id=photo_id,
            status=status,
            image_url_list=image_url_list,
            image_key_list=image_key_list,
            msg=msg,
        )

        get_photo_avatar_photo_response_200_data_type_0.additional_properties = d
        return get_photo_avatar_photo_response_200_data_type_0

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
