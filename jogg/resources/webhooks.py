"""Webhook endpoints (where the API sends job events), and checking what arrives there."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Unpack
from urllib.parse import urlsplit

from jogg_api.api.webhook import (
    create_webhook_endpoint,
    delete_webhook_endpoint,
    list_webhook_endpoints,
    list_webhook_events,
    update_webhook_endpoint,
)
from jogg_api.body_keywords import CreateWebhookEndpointKeywords, UpdateWebhookEndpointKeywords
from jogg_api.models.create_webhook_endpoint_body import CreateWebhookEndpointBody
from jogg_api.models.create_webhook_endpoint_body_status import CreateWebhookEndpointBodyStatus
from jogg_api.models.list_webhook_endpoints_response_200_data_type_0 import (
    ListWebhookEndpointsResponse200DataType0,
)
from jogg_api.models.list_webhook_events_response_200_data_type_0 import (
    ListWebhookEventsResponse200DataType0,
)
from jogg_api.models.update_webhook_endpoint_body import UpdateWebhookEndpointBody
from jogg_api.models.webhook_endpoint import WebhookEndpoint as WireEndpoint

from .. import _validation as v
from .. import _wire as w
from .. import webhooks as receiving
from .._args import https_url
from .._errors import ValidationError
from .._hosts import is_loopback
from .._options import RequestOptions
from .._results.account import DISABLED, ENABLED, WebhookEndpoint
from .._transport import Call
from ._base import AsyncResource, SyncResource, job_id

Headers = Mapping[str, str] | Iterable[tuple[str, str]]


class CreateEndpointOptions(RequestOptions, CreateWebhookEndpointKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


class UpdateEndpointOptions(RequestOptions, UpdateWebhookEndpointKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


def status_word(enabled: Any) -> CreateWebhookEndpointBodyStatus:
    return ENABLED if v.boolean("enabled", enabled) else DISABLED


def _endpoint(data: Any) -> WebhookEndpoint:
    return WebhookEndpoint.from_data(data)


def list_endpoints_call(options: RequestOptions) -> Call[list[WebhookEndpoint]]:
    def parse(data: Any) -> list[WebhookEndpoint]:
        m, _ = w.data(
            ListWebhookEndpointsResponse200DataType0.from_dict, data, "the webhook endpoints"
        )
        return [WebhookEndpoint._from_wire(i, raw) for i, raw in w.items(m.endpoints, WireEndpoint)]

    return Call(
        list_webhook_endpoints,
        w.arguments(list_webhook_endpoints._get_kwargs),
        parse=parse,
        options=options,
    )


def _receiver_url(url: Any, base_url: str) -> str:
    """Endpoints take https:// URLs; plain http:// on loopback only while the client itself
    talks to a loopback host (a local fake), never to the real API."""
    local = is_loopback(urlsplit(base_url).hostname or "")
    return https_url("url", url, allow_loopback_http=local)


def create_endpoint_call(
    url: Any, events: Any, enabled: Any, base_url: str, options: CreateEndpointOptions
) -> Call[WebhookEndpoint]:
    body = CreateWebhookEndpointBody(
        url=_receiver_url(url, base_url),
        # Event names are not checked: the list grows (list_events() has the current one).
        events=v.text_list("events", events),
        status=status_word(enabled),
    )
    return Call(
        create_webhook_endpoint,
        w.arguments(create_webhook_endpoint._get_kwargs, body=body),
        parse=_endpoint,
        options=options,
    )


def update_endpoint_call(
    endpoint: Any,
    url: Any,
    events: Any,
    enabled: Any,
    base_url: str,
    options: UpdateEndpointOptions,
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
    body = UpdateWebhookEndpointBody(
        url=_receiver_url(url, base_url),
        events=v.text_list("events", events),
        status=status_word(enabled),
    )
    return Call(
        update_webhook_endpoint,
        w.arguments(
            update_webhook_endpoint._get_kwargs,
            endpoint_id=job_id("endpoint_id", endpoint),
            body=body,
        ),
        parse=_endpoint,
        options=options,
    )


def delete_endpoint_call(endpoint: Any, options: RequestOptions) -> Call[None]:
    return Call(
        delete_webhook_endpoint,
        w.arguments(
            delete_webhook_endpoint._get_kwargs, endpoint_id=job_id("endpoint_id", endpoint)
        ),
        parse=lambda data: None,
        requires_data=False,  # a deletion has nothing to return, whatever the spec shows
        options=options,
    )


def list_events_call(options: RequestOptions) -> Call[list[str]]:
    def parse(data: Any) -> list[str]:
        m, _ = w.data(ListWebhookEventsResponse200DataType0.from_dict, data, "the webhook events")
        return list(w.strings(m.events))

    return Call(
        list_webhook_events,
        w.arguments(list_webhook_events._get_kwargs),
        parse=parse,
        options=options,
    )


class _Receiving:
    """``parse`` and ``verify`` for deliveries, the same as ``jogg.webhooks``'s."""

    @staticmethod
    def verify(payload: bytes, signature: str, secret: str) -> None:
        """Raise WebhookVerificationError unless ``signature`` signs ``payload``.

        payload: the delivery's body, the raw bytes as received.
        signature: the delivery's signature header (hex HMAC-SHA256 of the body).
        secret: the endpoint's signing secret (create_endpoint and list_endpoints give it).
        """
        receiving.verify(payload, signature, secret)

    @staticmethod
    def parse(payload: bytes, headers: Headers, secret: str) -> receiving.WebhookEvent:
        """Verify a delivery from its raw body and headers, then read it.

        payload: the delivery's body, the raw bytes as received.
        headers: the delivery's headers (any mapping, or (name, value) pairs).
        secret: the endpoint's signing secret (create_endpoint and list_endpoints give it).
        """
        return receiving.parse(payload, headers, secret)


class Webhooks(SyncResource, _Receiving):
    """Webhook endpoints: where the API sends job events; and checking deliveries."""

    def list_endpoints(self, **options: Unpack[RequestOptions]) -> list[WebhookEndpoint]:
        """The account's endpoints (at most 20), each with its signing ``secret``."""
        return self._call(list_endpoints_call(options))

    def create_endpoint(
        self,
        url: str,
        events: Iterable[str],
        *,
        enabled: bool = True,
        **options: Unpack[CreateEndpointOptions],
    ) -> WebhookEndpoint:
        """Register an https ``url`` for ``events``; keep the returned ``secret`` to verify.

        url: where deliveries go (https; http:// on loopback only against a local fake).
        events: the event names to send (list_events() has them).
        enabled: whether deliveries start at once.
        """
        return self._call(
            create_endpoint_call(url, events, enabled, self._client.base_url, options)
        )

    def update_endpoint(
        self,
        endpoint_id: str | WebhookEndpoint,
        *,
        url: str | None = None,
        events: Iterable[str] | None = None,
        enabled: bool | None = None,
        **options: Unpack[UpdateEndpointOptions],
    ) -> WebhookEndpoint:
        """Change an endpoint. Pass the WebhookEndpoint to change only some fields.

        endpoint_id: the endpoint (its id, or the WebhookEndpoint).
        url: the new https URL.
        events: the new event names.
        enabled: whether deliveries are sent.
        """
        return self._call(
            update_endpoint_call(endpoint_id, url, events, enabled, self._client.base_url, options)
        )

    def delete_endpoint(
        self, endpoint_id: str | WebhookEndpoint, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove an endpoint.

        endpoint_id: the endpoint (its id, or the WebhookEndpoint).
        """
        self._call(delete_endpoint_call(endpoint_id, options))

    def list_events(self, **options: Unpack[RequestOptions]) -> list[str]:
        """The event names an endpoint can subscribe to."""
        return self._call(list_events_call(options))


class AsyncWebhooks(AsyncResource, _Receiving):
    """Webhook endpoints: where the API sends job events; and checking deliveries."""

    async def list_endpoints(self, **options: Unpack[RequestOptions]) -> list[WebhookEndpoint]:
        """The account's endpoints (at most 20), each with its signing ``secret``."""
        return await self._call(list_endpoints_call(options))

    async def create_endpoint(
        self,
        url: str,
        events: Iterable[str],
        *,
        enabled: bool = True,
        **options: Unpack[CreateEndpointOptions],
    ) -> WebhookEndpoint:
        """Register an https ``url`` for ``events``; keep the returned ``secret`` to verify.

        url: where deliveries go (https; http:// on loopback only against a local fake).
        events: the event names to send (list_events() has them).
        enabled: whether deliveries start at once.
        """
        return await self._call(
            create_endpoint_call(url, events, enabled, self._client.base_url, options)
        )

    async def update_endpoint(
        self,
        endpoint_id: str | WebhookEndpoint,
        *,
        url: str | None = None,
        events: Iterable[str] | None = None,
        enabled: bool | None = None,
        **options: Unpack[UpdateEndpointOptions],
    ) -> WebhookEndpoint:
        """Change an endpoint. Pass the WebhookEndpoint to change only some fields.

        endpoint_id: the endpoint (its id, or the WebhookEndpoint).
        url: the new https URL.
        events: the new event names.
        enabled: whether deliveries are sent.
        """
        return await self._call(
            update_endpoint_call(endpoint_id, url, events, enabled, self._client.base_url, options)
        )

    async def delete_endpoint(
        self, endpoint_id: str | WebhookEndpoint, **options: Unpack[RequestOptions]
    ) -> None:
        """Remove an endpoint.

        endpoint_id: the endpoint (its id, or the WebhookEndpoint).
        """
        await self._call(delete_endpoint_call(endpoint_id, options))

    async def list_events(self, **options: Unpack[RequestOptions]) -> list[str]:
        """The event names an endpoint can subscribe to."""
        return await self._call(list_events_call(options))
