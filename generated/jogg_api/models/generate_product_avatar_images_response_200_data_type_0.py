# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.generate_product_avatar_images_response_200_data_type_0_generations_type_0_item import (
        GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item,
    )


T = TypeVar("T", bound="GenerateProductAvatarImagesResponse200DataType0")


@_attrs_define
class GenerateProductAvatarImagesResponse200DataType0:
    """
    Attributes:
        batch_id (None | str | Unset):  Example: batch_123456.
        total_submitted (int | None | Unset):  Example: 4.
        generations (list[GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item] | None | Unset):
    """

    batch_id: None | str | Unset = UNSET
    total_submitted: int | None | Unset = UNSET
    generations: (
        list[GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        total_submitted: int | None | Unset
        if isinstance(self.total_submitted, Unset):
            total_submitted = UNSET
        else:
            total_submitted = self.total_submitted

        generations: list[dict[str, Any]] | None | Unset
        if isinstance(self.generations, Unset):
            generations = UNSET
        elif isinstance(self.generations, list):
            generations = []
            for generations_type_0_item_data in self.generations:
                generations_type_0_item = generations_type_0_item_data.to_dict()
                generations.append(generations_type_0_item)

        else:
            generations = self.generations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if batch_id is not UNSET:
            field_dict["batch_id"] = batch_id
        if total_submitted is not UNSET:
            field_dict["total_submitted"] = total_submitted
        if generations is not UNSET:
            field_dict["generations"] = generations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_product_avatar_images_response_200_data_type_0_generations_type_0_item import (
            GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)
        batch_id: None | str | Unset = d.pop("batch_id", UNSET)

        total_submitted: int | None | Unset = d.pop("total_submitted", UNSET)

        def _parse_generations(
            data: object,
        ) -> (
            list[GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item] | None | Unset
        ):
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                generations_type_0 = []
                _generations_type_0 = data
                for generations_type_0_item_data in _generations_type_0:
                    generations_type_0_item = GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item.from_dict(
                        generations_type_0_item_data
                    )

                    generations_type_0.append(generations_type_0_item)

                return generations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item]
                | None
                | Unset,
                data,
            )

        generations = _parse_generations(d.pop("generations", UNSET))

        generate_product_avatar_images_response_200_data_type_0 = cls(
            batch_id=batch_id,
            total_submitted=total_submitted,
            generations=generations,
        )

        generate_product_avatar_images_response_200_data_type_0.additional_properties = d
        return generate_product_avatar_images_response_200_data_type_0

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
