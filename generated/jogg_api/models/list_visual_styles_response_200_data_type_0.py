# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_visual_styles_response_200_data_type_0_visual_styles_type_0_item import (
        ListVisualStylesResponse200DataType0VisualStylesType0Item,
    )


T = TypeVar("T", bound="ListVisualStylesResponse200DataType0")


@_attrs_define
class ListVisualStylesResponse200DataType0:
    """
    Attributes:
        visual_styles (list[ListVisualStylesResponse200DataType0VisualStylesType0Item] | None | Unset):
    """

    visual_styles: (
        list[ListVisualStylesResponse200DataType0VisualStylesType0Item] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        visual_styles: list[dict[str, Any]] | None | Unset
        if isinstance(self.visual_styles, Unset):
            visual_styles = UNSET
        elif isinstance(self.visual_styles, list):
            visual_styles = []
            for visual_styles_type_0_item_data in self.visual_styles:
                visual_styles_type_0_item = visual_styles_type_0_item_data.to_dict()
                visual_styles.append(visual_styles_type_0_item)

        else:
            visual_styles = self.visual_styles

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if visual_styles is not UNSET:
            field_dict["visual_styles"] = visual_styles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_visual_styles_response_200_data_type_0_visual_styles_type_0_item import (
            ListVisualStylesResponse200DataType0VisualStylesType0Item,  # noqa: PLC0415
        )

        d = dict(src_dict)

        def _parse_visual_styles(
            data: object,
        ) -> list[ListVisualStylesResponse200DataType0VisualStylesType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                visual_styles_type_0 = []
                _visual_styles_type_0 = data
                for visual_styles_type_0_item_data in _visual_styles_type_0:
                    visual_styles_type_0_item = (
                        ListVisualStylesResponse200DataType0VisualStylesType0Item.from_dict(
                            visual_styles_type_0_item_data
                        )
                    )

                    visual_styles_type_0.append(visual_styles_type_0_item)

                return visual_styles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(
                list[ListVisualStylesResponse200DataType0VisualStylesType0Item] | None | Unset, data
            )

        visual_styles = _parse_visual_styles(d.pop("visual_styles", UNSET))

        list_visual_styles_response_200_data_type_0 = cls(
            visual_styles=visual_styles,
        )

        list_visual_styles_response_200_data_type_0.additional_properties = d
        return list_visual_styles_response_200_data_type_0

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
