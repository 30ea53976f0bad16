# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListTemplateVideosResponse200DataType0DataType0ItemErrorType0")


@_attrs_define
class ListTemplateVideosResponse200DataType0DataType0ItemErrorType0:
    """
    Attributes:
        code (None | str | Unset):  Example: ERROR_CODE.
        message (None | str | Unset):  Example: Video generation failed.
    """

    code: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code: None | str | Unset = d.pop("code", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        list_template_videos_response_200_data_type_0_data_type_0_item_error_type_0 = cls(
            code=code,
            message=message,
        )

        list_template_videos_response_200_data_type_0_data_type_0_item_error_type_0.additional_properties = d
        return list_template_videos_response_200_data_type_0_data_type_0_item_error_type_0

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
