# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_visual_styles_response_200_data_type_0 import (
        ListVisualStylesResponse200DataType0,
    )


T = TypeVar("T", bound="ListVisualStylesResponse200")


@_attrs_define
class ListVisualStylesResponse200:
    """
    Attributes:
        code (int | None | Unset):  Example: 0.
        msg (None | str | Unset):  Example: Success.
        data (ListVisualStylesResponse200DataType0 | None | Unset):
    """

    code: int | None | Unset = UNSET
    msg: None | str | Unset = UNSET
    data: ListVisualStylesResponse200DataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.list_visual_styles_response_200_data_type_0 import (
            ListVisualStylesResponse200DataType0,  # noqa: PLC0415
        )

        code: int | None | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        msg: None | str | Unset
        if isinstance(self.msg, Unset):
            msg = UNSET
        else:
            msg = self.msg

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, ListVisualStylesResponse200DataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if msg is not UNSET:
            field_dict["msg"] = msg
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_visual_styles_response_200_data_type_0 import (
            ListVisualStylesResponse200DataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        code: int | None | Unset = d.pop("code", UNSET)

        msg: None | str | Unset = d.pop("msg", UNSET)

        def _parse_data(data: object) -> ListVisualStylesResponse200DataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ListVisualStylesResponse200DataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ListVisualStylesResponse200DataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        list_visual_styles_response_200 = cls(
            code=code,
            msg=msg,
            data=data,
        )

        list_visual_styles_response_200.additional_properties = d
        return list_visual_styles_response_200

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
