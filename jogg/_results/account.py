"""The account, uploaded assets and webhook endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .. import _parse as p
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
        obj = p.as_object(data, "the current user")
        return cls(p.text(obj, "email"), p.text(obj, "username"), raw=obj)


@attrs.frozen
class Quota:
    remaining: float | None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any) -> Quota:
        obj = p.as_object(data, "the remaining quota")
        return cls(p.number(obj, "remaining_quota", "remaining"), raw=obj)


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
    def from_data(cls, data: Any) -> WebhookEndpoint:
        obj = p.as_object(data, "a webhook endpoint")
        status = p.text(obj, "status")
        return cls(
            id=p.text(obj, "endpoint_id", "id") or "",
            url=p.text(obj, "url"),
            enabled=None if status is None else status.lower() == "enabled",
            events=p.strings(obj, "events"),
            secret=p.text(obj, "secret"),
            created_at=p.timestamp(obj, "created_at"),
            raw=obj,
        )
