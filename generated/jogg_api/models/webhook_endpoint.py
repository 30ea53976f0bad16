# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).
# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.
from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEndpoint")


@_attrs_define
class WebhookEndpoint:
    """
    Attributes:
        endpoint_id (None | str | Unset):  Example: wh_123456789.
        url (None | str | Unset):  Example: https://your-domain.com/webhook.
        secret (None | str | Unset):  Example: whsec_abc123xyz.
        status (int | None | str | Unset):
        events (list[str] | None | Unset):  Example: ['generated_avatar_video_success',
            'generated_avatar_video_failed'].
        username (None | str | Unset):  Example: johndoe.
        created_at (int | None | Unset):  Example: 1732806631.
    """

    endpoint_id: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    secret: None | str | Unset = UNSET
    status: int | None | str | Unset = UNSET
    events: list[str] | None | Unset = UNSET
    username: None | str | Unset = UNSET
    created_at: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        endpoint_id: None | str | Unset
        if isinstance(self.endpoint_id, Unset):
            endpoint_id = UNSET
        else:
            endpoint_id = self.endpoint_id

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        secret: None | str | Unset
        if isinstance(self.secret, Unset):
            secret = UNSET
        else:
            secret = self.secret

        status: int | None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        events: list[str] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = self.events

        else:
            events = self.events

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        created_at: int | None | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if endpoint_id is not UNSET:
            field_dict["endpoint_id"] = endpoint_id
        if url is not UNSET:
            field_dict["url"] = url
        if secret is not UNSET:
            field_dict["secret"] = secret
        if status is not UNSET:
            field_dict["status"] = status
        if events is not UNSET:
            field_dict["events"] = events
        if username is not UNSET:
            field_dict["username"] = username
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        endpoint_id: None | str | Unset = d.pop("endpoint_id", UNSET)

        url: None | str | Unset = d.pop("url", UNSET)

        secret: None | str | Unset = d.pop("secret", UNSET)

        status: int | None | str | Unset = d.pop("status", UNSET)

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

        username: None | str | Unset = d.pop("username", UNSET)

        created_at: int | None | Unset = d.pop("created_at", UNSET)

        webhook_endpoint = cls(
            endpoint_id=endpoint_id,
            url=url,
            secret=secret,
            status=status,
            events=events,
            username=username,
            created_at=created_at,
        )

        webhook_endpoint.additional_properties = d
        return webhook_endpoint

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
