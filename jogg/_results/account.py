"""The account, uploaded assets and webhook endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs
from jogg_api.models.create_webhook_endpoint_body_status import CreateWebhookEndpointBodyStatus
from jogg_api.models.get_current_user_response_200_data_type_0 import (
    GetCurrentUserResponse200DataType0,
)
from jogg_api.models.get_remaining_quota_response_200_data_type_0 import (
    GetRemainingQuotaResponse200DataType0,
)
from jogg_api.models.webhook_endpoint import WebhookEndpoint as WireEndpoint

from .. import _wire as w
from ._common import (
    raw_field,
)


@attrs.frozen
class Asset:
    """An uploaded file: pass ``url`` (or ``id``, where an API field takes one) to other calls."""

    url: str
    id: str | None = None
    filename: str | None = None
    content_type: str | None = None
    size: int | None = None
    raw: Mapping[str, Any] = attrs.field(repr=False, eq=False, factory=dict)


@attrs.frozen
class User:
    email: str | None
    username: str | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any) -> User:
        m, raw = w.data(GetCurrentUserResponse200DataType0.from_dict, data, "the current user")
        return cls(w.text(m.email), w.text(m.username), raw=raw)


@attrs.frozen
class Quota:
    remaining: float | None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any) -> Quota:
        m, raw = w.data(
            GetRemainingQuotaResponse200DataType0.from_dict, data, "the remaining quota"
        )
        return cls(w.field(w.number, m, "Quota.remaining", m.remaining_quota), raw=raw)


@attrs.frozen
class WebhookEndpoint:
    """A webhook endpoint. ``secret`` signs its deliveries: it is never shown in repr."""

    id: str
    url: str | None = None
    enabled: bool | None = None
    events: tuple[str, ...] = ()
    secret: str | None = attrs.field(default=None, repr=False)
    created_at: datetime | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(cls, m: WireEndpoint, raw: Mapping[str, Any]) -> WebhookEndpoint:
        status = w.text(m.status)
        return cls(
            id=w.field(w.text, m, "WebhookEndpoint.id", m.endpoint_id) or "",
            url=w.text(m.url),
            enabled=None if status is None else status.lower() == ENABLED,
            events=w.strings(m.events),
            secret=w.text(m.secret),
            created_at=w.timestamp(m.created_at),
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any) -> WebhookEndpoint:
        return cls._from_wire(*w.data(WireEndpoint.from_dict, data, "a webhook endpoint"))


# The spec's status of an enabled endpoint (the facade speaks of ``enabled=True``).
ENABLED: CreateWebhookEndpointBodyStatus = "enabled"
DISABLED: CreateWebhookEndpointBodyStatus = "disabled"
