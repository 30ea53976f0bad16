"""Webhook endpoints (where the API sends job events), and checking what arrives there."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .. import _parse as p
from .. import _validation as v
from .. import webhooks as receiving
from .._args import https_url
from .._errors import ValidationError
from .._operations import operation
from .._transport import Call
from ..types import WebhookEndpoint
from ._base import AsyncResource, SyncResource, job_id

Headers = Mapping[str, str] | Iterable[tuple[str, str]]


def status_word(enabled: Any) -> str:
    return "enabled" if v.boolean("enabled", enabled) else "disabled"


def endpoint_body(url: Any, events: Any, enabled: Any) -> dict[str, Any]:
    return {
        "url": https_url("url", url),
        # Event names are not checked: the list grows (list_events() has the current one).
        "events": v.text_list("events", events),
        "status": status_word(enabled),
    }


def list_endpoints_call() -> Call[list[WebhookEndpoint]]:
    def parse(data: Any) -> list[WebhookEndpoint]:
        body = p.as_object(data, "the webhook endpoints")
        return [WebhookEndpoint.from_data(item) for item in p.objects(body, "endpoints")]

    return Call(operation("list_webhook_endpoints"), parse=parse)


def create_endpoint_call(url: Any, events: Any, enabled: Any) -> Call[WebhookEndpoint]:
    return Call(
        operation("create_webhook_endpoint"),
        parse=WebhookEndpoint.from_data,
        body=endpoint_body(url, events, enabled),
    )


def update_endpoint_call(
    endpoint: Any, url: Any, events: Any, enabled: Any
) -> Call[WebhookEndpoint]:
    """The API replaces url, events and status together. Missing ones are taken from
    ``endpoint`` when it is a WebhookEndpoint; with a bare id all three are needed."""
    if isinstance(endpoint, WebhookEndpoint):
        url = endpoint.url if url is None else url
        events = list(endpoint.events) if events is None else events
        enabled = endpoint.enabled if enabled is None else enabled
    for name, value in (("url", url), ("events", events), ("enabled", enabled)):
        if value is None:
            raise ValidationError(
                name,
                None,
                "a value (the API replaces url, events and enabled together; pass "
                "the WebhookEndpoint itself to keep its current values)",
            )
    return Call(
        operation("update_webhook_endpoint"),
        parse=WebhookEndpoint.from_data,
        path_params={"endpoint_id": job_id("endpoint_id", endpoint)},
        body=endpoint_body(url, events, enabled),
    )


def delete_endpoint_call(endpoint: Any) -> Call[None]:
    return Call(
        operation("delete_webhook_endpoint"),
        parse=lambda data: None,
        path_params={"endpoint_id": job_id("endpoint_id", endpoint)},
    )


def list_events_call() -> Call[list[str]]:
    return Call(
        operation("list_webhook_events"),
        parse=lambda data: list(p.strings(p.as_object(data, "the webhook events"), "events")),
    )


class _Receiving:
    """``parse`` and ``verify`` for deliveries, the same as ``jogg.webhooks``'s."""

    @staticmethod
    def verify(payload: bytes, signature: str, secret: str) -> None:
        """Raise WebhookVerificationError unless ``signature`` signs ``payload``."""
        receiving.verify(payload, signature, secret)

    @staticmethod
    def parse(payload: bytes, headers: Headers, secret: str) -> receiving.WebhookEvent:
        """Verify a delivery from its raw body and headers, then read it."""
        return receiving.parse(payload, headers, secret)


class Webhooks(SyncResource, _Receiving):
    def list_endpoints(self) -> list[WebhookEndpoint]:
        """The account's endpoints (at most 20), each with its signing ``secret``."""
        return self._call(list_endpoints_call())

    def create_endpoint(
        self, url: str, events: Iterable[str], *, enabled: bool = True
    ) -> WebhookEndpoint:
        """Register an https ``url`` for ``events``; keep the returned ``secret`` to verify."""
        return self._call(create_endpoint_call(url, events, enabled))

    def update_endpoint(
        self,
        endpoint_id: str | WebhookEndpoint,
        *,
        url: str | None = None,
        events: Iterable[str] | None = None,
        enabled: bool | None = None,
    ) -> WebhookEndpoint:
        """Change an endpoint. Pass the WebhookEndpoint to change only some fields."""
        return self._call(update_endpoint_call(endpoint_id, url, events, enabled))

    def delete_endpoint(self, endpoint_id: str | WebhookEndpoint) -> None:
        self._call(delete_endpoint_call(endpoint_id))

    def list_events(self) -> list[str]:
        """The event names an endpoint can subscribe to."""
        return self._call(list_events_call())


class AsyncWebhooks(AsyncResource, _Receiving):
    async def list_endpoints(self) -> list[WebhookEndpoint]:
        return await self._call(list_endpoints_call())

    async def create_endpoint(
        self, url: str, events: Iterable[str], *, enabled: bool = True
    ) -> WebhookEndpoint:
        return await self._call(create_endpoint_call(url, events, enabled))

    async def update_endpoint(
        self,
        endpoint_id: str | WebhookEndpoint,
        *,
        url: str | None = None,
        events: Iterable[str] | None = None,
        enabled: bool | None = None,
    ) -> WebhookEndpoint:
        return await self._call(update_endpoint_call(endpoint_id, url, events, enabled))

    async def delete_endpoint(self, endpoint_id: str | WebhookEndpoint) -> None:
        await self._call(delete_endpoint_call(endpoint_id))

    async def list_events(self) -> list[str]:
        return await self._call(list_events_call())
