"""Webhook endpoints and the event names they can subscribe to.

An endpoint URL must be https, or http on a loopback address so that a receiver on this
machine can be tried end to end (the real API and the SDK's own check want https).
"""

from __future__ import annotations

import secrets
import time
from typing import Any
from urllib.parse import urlsplit

from .. import _seed as seed
from .._deliveries import is_loopback
from .._params import Body
from .._state import Endpoint
from ._common import ApiError, Ctx, ParamError, Table

HANDLERS = Table()

MAX_ENDPOINTS = 20


def _fields(body: Body) -> tuple[str, str, list[str]]:
    url = body.req_text("url")
    split = urlsplit(url)
    if not split.hostname or not (
        split.scheme == "https" or (split.scheme == "http" and is_loopback(url))
    ):
        raise ParamError("url", "must be an https URL (http is accepted only for loopback)")
    status = body.req_text("status", enum=["enabled", "disabled"])
    events = body.texts("events", required=True)
    return url, status, events


def _endpoint(ctx: Ctx) -> Endpoint:
    endpoint_id = ctx.args["endpoint_id"]
    ep = ctx.state.endpoints.get(endpoint_id)
    if ep is None:
        raise ApiError(10104, f"endpoint {endpoint_id} not found")
    return ep


@HANDLERS.op("list_webhook_endpoints", "GET", "/v2/endpoints")
def list_webhook_endpoints(ctx: Ctx) -> Any:
    return {"endpoints": [ep.as_data() for ep in ctx.state.endpoints.values()]}


@HANDLERS.op("create_webhook_endpoint", "POST", "/v2/endpoint")
def create_webhook_endpoint(ctx: Ctx) -> Any:
    url, status, events = _fields(ctx.body)
    if len(ctx.state.endpoints) >= MAX_ENDPOINTS:
        raise ApiError(40000, f"at most {MAX_ENDPOINTS} webhook endpoints are allowed")
    ep = Endpoint(
        endpoint_id=ctx.state.new_endpoint_id(),
        url=url,
        secret="whsec_" + secrets.token_hex(16),
        status=status,
        events=events,
        created_at=int(time.time()),
    )
    ctx.state.endpoints[ep.endpoint_id] = ep
    return ep.as_data()


@HANDLERS.op("update_webhook_endpoint", "PUT", "/v2/endpoint/{endpoint_id}")
def update_webhook_endpoint(ctx: Ctx) -> Any:
    ep = _endpoint(ctx)
    ep.url, ep.status, ep.events = _fields(ctx.body)
    return ep.as_data()


@HANDLERS.op("delete_webhook_endpoint", "DELETE", "/v2/endpoint/{endpoint_id}")
def delete_webhook_endpoint(ctx: Ctx) -> Any:
    ep = _endpoint(ctx)
    del ctx.state.endpoints[ep.endpoint_id]
    return {"message": "webhook deleted"}


@HANDLERS.op("list_webhook_events", "GET", "/v2/events")
def list_webhook_events(ctx: Ctx) -> Any:
    return {"events": list(seed.EVENTS)}
