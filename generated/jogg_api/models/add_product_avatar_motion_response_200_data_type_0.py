# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddProductAvatarMotionResponse200DataType0")


@_attrs_define
class AddProductAvatarMotionResponse200DataType0:
    """
    Attributes:
        avatar_id (int | None | Unset):  Example: 123.
        motion_id (None | str | Unset):  Example: motion_456.
        name (None | str | Unset):  Example: Product Presenter.
    """

    avatar_id: int | None | Unset = UNSET
    motion_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        avatar_id: int | None | Unset
        if isinstance(self.avatar_id, Unset):
            avatar_id = UNSET
        else:
            avatar_id = self.avatar_id

        motion_id: None | str | Unset
        if isinstance(self.motion_id, Unset):
            motion_id = UNSET
        else:
            motion_id = self.motion_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar_id is not UNSET:
            field_dict["avatar_id"] = avatar_id
        if motion_id is not UNSET:
            field_dict["motion_id"] = motion_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_id: int | None | Unset = d.pop("avatar_id", UNSET)

        motion_id: None | str | Unset = d.pop("motion_id", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        add_product_avatar_motion_response_200_data_type_0 = cls(
            avatar_id=avatar_id,
            motion_id=motion_id,
            name=name,
        )

        add_product_avatar_motion_response_200_data_type_0.additional_properties = d
        return add_product_avatar_motion_response_200_data_type_0

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
