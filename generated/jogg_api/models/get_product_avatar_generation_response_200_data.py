# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_product_avatar_generation_response_200_data_generations_item import (
        GetProductAvatarGenerationResponse200DataGenerationsItem,
    )
    from ..models.get_product_avatar_generation_response_200_data_summary import (
        GetProductAvatarGenerationResponse200DataSummary,
    )


T = TypeVar("T", bound="GetProductAvatarGenerationResponse200Data")


@_attrs_define
class GetProductAvatarGenerationResponse200Data:
    """
    Attributes:
        batch_id (None | str | Unset):  Example: batch_123456.
        summary (GetProductAvatarGenerationResponse200DataSummary | Unset):
        generations (list[GetProductAvatarGenerationResponse200DataGenerationsItem] | Unset):
    """

    batch_id: None | str | Unset = UNSET
    summary: GetProductAvatarGenerationResponse200DataSummary | Unset = UNSET
    generations: list[GetProductAvatarGenerationResponse200DataGenerationsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        batch_id: None | str | Unset
        if isinstance(self.batch_id, Unset):
            batch_id = UNSET
        else:
            batch_id = self.batch_id

        summary: dict[str, Any] | Unset = UNSET
        if not isinstance(self.summary, Unset):
            summary = self.summary.to_dict()

        generations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.generations, Unset):
            generations = []
            for generations_item_data in self.generations:
                generations_item = generations_item_data.to_dict()
                generations.append(generations_item)

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
        from ..models.get_product_avatar_generation_response_200_data_generations_item import (
            GetProductAvatarGenerationResponse200DataGenerationsItem,  # noqa: PLC0415
        )
        from ..models.get_product_avatar_generation_response_200_data_summary import (
            GetProductAvatarGenerationResponse200DataSummary,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_batch_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        batch_id = _parse_batch_id(d.pop("batch_id", UNSET))

        _summary = d.pop("summary", UNSET)
        summary: GetProductAvatarGenerationResponse200DataSummary | Unset
        if isinstance(_summary, Unset):
            summary = UNSET
        else:
            summary = GetProductAvatarGenerationResponse200DataSummary.from_dict(_summary)

        _generations = d.pop("generations", UNSET)
        generations: list[GetProductAvatarGenerationResponse200DataGenerationsItem] | Unset = UNSET
        if _generations is not UNSET:
            generations = []
            for generations_item_data in _generations:
                generations_item = (
                    GetProductAvatarGenerationResponse200DataGenerationsItem.from_dict(
                        generations_item_data
                    )
                )

                generations.append(generations_item)

        get_product_avatar_generation_response_200_data = cls(
            batch_id=batch_id,
            summary=summary,
            generations=generations,
        )

        get_product_avatar_generation_response_200_data.additional_properties = d
        return get_product_avatar_generation_response_200_data

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
