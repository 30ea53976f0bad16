# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_visual_styles_response_200_data_visual_styles_item import (
        ListVisualStylesResponse200DataVisualStylesItem,
    )


T = TypeVar("T", bound="ListVisualStylesResponse200Data")


@_attrs_define
class ListVisualStylesResponse200Data:
    """
    Attributes:
        visual_styles (list[ListVisualStylesResponse200DataVisualStylesItem] | Unset):
    """

    visual_styles: list[ListVisualStylesResponse200DataVisualStylesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visual_styles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.visual_styles, Unset):
            visual_styles = []
            for visual_styles_item_data in self.visual_styles:
                visual_styles_item = visual_styles_item_data.to_dict()
                visual_styles.append(visual_styles_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visual_styles is not UNSET:
            field_dict["visual_styles"] = visual_styles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_visual_styles_response_200_data_visual_styles_item import (
            ListVisualStylesResponse200DataVisualStylesItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        _visual_styles = d.pop("visual_styles", UNSET)
        visual_styles: list[ListVisualStylesResponse200DataVisualStylesItem] | Unset = UNSET
        if _visual_styles is not UNSET:
            visual_styles = []
            for visual_styles_item_data in _visual_styles:
                visual_styles_item = ListVisualStylesResponse200DataVisualStylesItem.from_dict(
                    visual_styles_item_data
                )

                visual_styles.append(visual_styles_item)

        list_visual_styles_response_200_data = cls(
            visual_styles=visual_styles,
        )

        list_visual_styles_response_200_data.additional_properties = d
        return list_visual_styles_response_200_data

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
