# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCurrentUserResponse200DataType0")


@_attrs_define
class GetCurrentUserResponse200DataType0:
    """
    Attributes:
        email (None | str | Unset):  Example: user@example.com.
        username (None | str | Unset):  Example: johndoe.
    """

    email: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email: None | str | Unset = d.pop("email", UNSET)

        username: None | str | Unset = d.pop("username", UNSET)

        get_current_user_response_200_data_type_0 = cls(
            email=email,
            username=username,
        )

        get_current_user_response_200_data_type_0.additional_properties = d
        return get_current_user_response_200_data_type_0

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
