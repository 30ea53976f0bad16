# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_product_avatar_generation_response_200_data_type_0_generations_type_0_item import (
        GetProductAvatarGenerationResponse200DataType0GenerationsType0Item,
    )
    from ..models.get_product_avatar_generation_response_200_data_type_0_summary_type_0 import (
        GetProductAvatarGenerationResponse200DataType0SummaryType0,
    )


T = TypeVar("T", bound="GetProductAvatarGenerationResponse200DataType0")


@_attrs_define
class GetProductAvatarGenerationResponse200DataType0:
    """
    Attributes:
        batch_id (None | str | Unset):  Example: batch_123456.
        summary (GetProductAvatarGenerationResponse200DataType0SummaryType0 | None | Unset):
        generations (list[GetProductAvatarGenerationResponse200DataType0GenerationsType0Item] | None | Unset):
    """

    batch_id: None | str | Unset = UNSET
    summary: GetProductAvatarGenerationResponse200DataType0SummaryType0 | None | Unset = UNSET
    generations: (
        list[GetProductAvatarGenerationResponse200DataType0GenerationsType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_product_avatar_generation_response_200_data_type_0_summary_type_0 import (
            GetProductAvatarGenerationResponse200DataType0SummaryType0,  # noqa: PLC0415
        )

        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, GetProductAvatarGenerationResponse200DataType0SummaryType0):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

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
        if summary is not UNSET:
            field_dict["summary"] = summary
        if generations is not UNSET:
            field_dict["generations"] = generations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.get_product_avatar_generation_response_200_data_type_0_generations_type_0_item import (
            GetProductAvatarGenerationResponse200DataType0GenerationsType0Item,  # noqa: PLC0415
        )
        from ..models.get_product_avatar_generation_response_200_data_type_0_summary_type_0 import (
            GetProductAvatarGenerationResponse200DataType0SummaryType0,  # noqa: PLC0415
        )

        d = dict(src_dict)
        batch_id: None | str | Unset = d.pop("batch_id", UNSET)

        def _parse_summary(
            data: object,
        ) -> GetProductAvatarGenerationResponse200DataType0SummaryType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                summary_type_0 = (
                    GetProductAvatarGenerationResponse200DataType0SummaryType0.from_dict(data)
                )

                return summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                GetProductAvatarGenerationResponse200DataType0SummaryType0 | None | Unset, data
            )

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_generations(
            data: object,
        ) -> (
            list[GetProductAvatarGenerationResponse200DataType0GenerationsType0Item] | None | Unset
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
                    generations_type_0_item = GetProductAvatarGenerationResponse200DataType0GenerationsType0Item.from_dict(
                        generations_type_0_item_data
                    )

                    generations_type_0.append(generations_type_0_item)

                return generations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[GetProductAvatarGenerationResponse200DataType0GenerationsType0Item]
                | None
                | Unset,
                data,
            )

        generations = _parse_generations(d.pop("generations", UNSET))

        get_product_avatar_generation_response_200_data_type_0 = cls(
            batch_id=batch_id,
            summary=summary,
            generations=generations,
        )

        get_product_avatar_generation_response_200_data_type_0.additional_properties = d
        return get_product_avatar_generation_response_200_data_type_0

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
