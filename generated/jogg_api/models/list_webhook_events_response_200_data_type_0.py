# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWebhookEventsResponse200DataType0")


@_attrs_define
class ListWebhookEventsResponse200DataType0:
    """
    Attributes:
        events (list[str] | None | Unset):  Example: ['generated_video_success', 'generated_video_failed',
            'create_avatar_success', 'create_avatar_failed', 'generated_product_video_success',
            'generated_product_video_failed', 'generated_avatar_video_success', 'generated_avatar_video_failed',
            'generated_template_video_success', 'generated_template_video_failed', 'generated_translate_video_success',
            'generated_translate_video_failed', 'generated_photo_avatar_success', 'generated_photo_avatar_failed',
            'generated_product_avatar_success', 'generated_product_avatar_failed', 'generated_script_success',
            'generated_script_failed', 'generated_image_success', 'generated_image_failed', 'generated_motion_success',
            'generated_motion_failed'].
    """

    events: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = self.events

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_events(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = cast(list[str], data)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        events = _parse_events(d.pop("events", UNSET))

        list_webhook_events_response_200_data_type_0 = cls(
            events=events,
        )

        list_webhook_events_response_200_data_type_0.additional_properties = d
        return list_webhook_events_response_200_data_type_0

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
