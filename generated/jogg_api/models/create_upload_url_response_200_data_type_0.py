# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateUploadUrlResponse200DataType0")


@_attrs_define
class CreateUploadUrlResponse200DataType0:
    """
    Attributes:
        sign_url (None | str | Unset):
        asset_url (None | str | Unset):
    """

    sign_url: None | str | Unset = UNSET
    asset_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sign_url: None | str | Unset
        if isinstance(self.sign_url, Unset):
            sign_url = UNSET
        else:
            sign_url = self.sign_url

        asset_url: None | str | Unset
        if isinstance(self.asset_url, Unset):
            asset_url = UNSET
        else:
            asset_url = self.asset_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sign_url is not UNSET:
            field_dict["sign_url"] = sign_url
        if asset_url is not UNSET:
            field_dict["asset_url"] = asset_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sign_url: None | str | Unset = d.pop("sign_url", UNSET)

        asset_url: None | str | Unset = d.pop("asset_url", UNSET)

        create_upload_url_response_200_data_type_0 = cls(
            sign_url=sign_url,
            asset_url=asset_url,
        )

        create_upload_url_response_200_data_type_0.additional_properties = d
        return create_upload_url_response_200_data_type_0

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
