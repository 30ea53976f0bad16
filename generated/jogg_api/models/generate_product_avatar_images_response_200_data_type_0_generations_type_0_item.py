# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item")


@_attrs_define
class GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item:
    """
    Attributes:
        generation_id (None | str | Unset):  Example: gen_123.
        status (int | None | str | Unset):
        created_at (int | None | Unset):  Example: 1640995200.
    """

    generation_id: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        generation_id: None | str | Unset
        if isinstance(self.generation_id, Unset):
            generation_id = UNSET
        else:
            generation_id = self.generation_id

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if generation_id is not UNSET:
            field_dict["generation_id"] = generation_id
        if status is not UNSET:
            field_dict["status"] = status
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        generation_id: None | str | Unset = d.pop("generation_id", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        generate_product_avatar_images_response_200_data_type_0_generations_type_0_item = cls(
            generation_id=generation_id,
            status=status,
            created_at=created_at,
        )

        generate_product_avatar_images_response_200_data_type_0_generations_type_0_item.additional_properties = d
        return generate_product_avatar_images_response_200_data_type_0_generations_type_0_item

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
