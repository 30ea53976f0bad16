# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_ai_script_response_200_data_type_0_data_type_0 import (
        GetAiScriptResponse200DataType0DataType0,
    )


T = TypeVar("T", bound="GetAiScriptResponse200DataType0")


@_attrs_define
class GetAiScriptResponse200DataType0:
    """
    Attributes:
        task_id (None | str | Unset):  Example: task_123456789.
        status (int | None | str | Unset):
        data (GetAiScriptResponse200DataType0DataType0 | None | Unset):
        err_msg (None | str | Unset):  Example: Failed to generate script.
    """

    task_id: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    data: GetAiScriptResponse200DataType0DataType0 | None | Unset = UNSET
    err_msg: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_ai_script_response_200_data_type_0_data_type_0 import (
            GetAiScriptResponse200DataType0DataType0,  # noqa: PLC0415
        )

        task_id: None | str | Unset
        if isinstance(self.task_id, Unset):
            task_id = UNSET
        else:
            task_id = self.task_id

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, GetAiScriptResponse200DataType0DataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        err_msg: None | str | Unset
        if isinstance(self.err_msg, Unset):
            err_msg = UNSET
        else:
            err_msg = self.err_msg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_id is not UNSET:
            field_dict["task_id"] = task_id
        if status is not UNSET:
            field_dict["status"] = status
        if data is not UNSET:
            field_dict["data"] = data
        if err_msg is not UNSET:
            field_dict["err_msg"] = err_msg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_ai_script_response_200_data_type_0_data_type_0 import (
            GetAiScriptResponse200DataType0DataType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        task_id: None | str | Unset = d.pop("task_id", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        def _parse_data(data: object) -> GetAiScriptResponse200DataType0DataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = GetAiScriptResponse200DataType0DataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GetAiScriptResponse200DataType0DataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        err_msg: None | str | Unset = d.pop("err_msg", UNSET)

        get_ai_script_response_200_data_type_0 = cls(
            task_id=task_id,
            status=status,
            data=data,
            err_msg=err_msg,
        )

        get_ai_script_response_200_data_type_0.additional_properties = d
        return get_ai_script_response_200_data_type_0

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
