# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListWebhookEventsResponse200Data")


@_attrs_define
class ListWebhookEventsResponse200Data:
    """
    Attributes:
        events (list[None | str] | Unset):  Example: ['generated_video_success', 'generated_video_failed',
            'create_avatar_success', 'create_avatar_failed', 'generated_product_video_success',
            'generated_product_video_failed', 'generated_avatar_video_success', 'generated_avatar_video_failed',
            'generated_template_video_success', 'generated_template_video_failed', 'generated_translate_video_success',
            'generated_translate_video_failed', 'generated_photo_avatar_success', 'generated_photo_avatar_failed',
            'generated_product_avatar_success', 'generated_product_avatar_failed', 'generated_script_success',
            'generated_script_failed', 'generated_image_success', 'generated_image_failed', 'generated_motion_success',
            'generated_motion_failed'].
    """

    events: list[None | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        events: list[None | str] | Unset = UNSET
        if not isinstance(self.events, Unset):
            events = []
            for events_item_data in self.events:
                events_item: None | str
                events_item = events_item_data
                events.append(events_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _events = d.pop("events", UNSET)
        events: list[None | str] | Unset = UNSET
        if _events is not UNSET:
            events = []
            for events_item_data in _events:

                def _parse_events_item(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                events_item = _parse_events_item(events_item_data)

                events.append(events_item)

        list_webhook_events_response_200_data = cls(
            events=events,
        )

        list_webhook_events_response_200_data.additional_properties = d
        return list_webhook_events_response_200_data

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
