"""The facade covers the spec, field by field, and says what it leaves out on purpose.

- Every request property and query parameter of openapi/jogg-v2.yaml is sent by some facade
  call (MAXIMAL_CALLS passes every optional argument), or is named in NOT_EXPOSED.
- Every response property reaches a result attribute, or is named in RAW_ONLY (it stays
  reachable through ``.raw``). A property reaches the result when removing it from an
  answer in which every property is filled changes the result.

A failure prints a to-do list that names each operation and field, never a bare count.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

import jogg
from jogg import ProductMediaItem, ProductVideoSpec, TemplateVariable

from ..kit import envelope
from .support import rest_api

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "jogg-v2.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch"}

# Request fields and query parameters the facade does not send, and why.
NOT_EXPOSED: dict[tuple[str, str], str] = {
    ("list_product_videos", "query.page"): "the pager sends it",
    ("list_product_previews", "query.page"): "the pager sends it",
    ("list_template_videos", "query.page"): "the pager sends it",
}

# Response fields kept only in ``.raw``, and why.
RAW_ONLY: dict[tuple[str, str], str] = {
    ("list_webhook_endpoints", "endpoints[].username"): "the account's name; user.whoami() has it",
    ("create_webhook_endpoint", "username"): "the account's name; user.whoami() has it",
    ("update_webhook_endpoint", "username"): "the account's name; user.whoami() has it",
    ("delete_webhook_endpoint", "message"): "a deletion returns None; the text says nothing more",
}
# Page bookkeeping of list answers: the pager reads it to find the next page (R-PAGE rules).
PAGING = {"total", "page", "page_size", "has_more", "pagination"}

SPEC_VIDEO = ProductVideoSpec(
    avatar=127,
    voice="en-US-1",
    length=15,
    aspect_ratio="portrait",
    script_style="Data",
    language="english",
    avatar_type="custom",
    music_id=3,
    visual_style="Clean Studio",
    caption=True,
    name="Ad",
    override_script="Buy it.",
    webhook_url="https://hooks.test.example/w",
)
MEDIA = [ProductMediaItem("https://m.test.example/a.png", kind="image", name="a", description="d")]

# One call per operation, with every optional argument the facade takes.
MAXIMAL_CALLS: list[tuple[str, Callable[[jogg.Jogg], Any]]] = [
    (
        "create_product",
        lambda c: c.products.create(
            "https://shop.test.example/p",
            name="Blush",
            description="Pink",
            target_audience="Everyone",
            media=MEDIA,
        ),
    ),
    (
        "update_product",
        lambda c: c.products.update(
            "prod_1", name="Blush", description="Pink", target_audience="All", media=MEDIA
        ),
    ),
    ("create_video_from_product", lambda c: c.product_videos.create("prod_1", SPEC_VIDEO)),
    (
        "create_product_previews",
        lambda c: c.previews.create("prod_1", SPEC_VIDEO, visual_styles=["Clean Studio"]),
    ),
    ("render_product_preview", lambda c: c.previews.render("pre_1")),
    ("get_product_video", lambda c: c.product_videos.retrieve("vid_1")),
    (
        "list_product_videos",
        lambda c: c.product_videos.list(
            status="completed", sort_by="created_at", sort_order="asc", page_size=5
        ),
    ),
    (
        "list_product_previews",
        lambda c: c.previews.list(
            status="completed", sort_by="created_at", sort_order="asc", page_size=5
        ),
    ),
    ("get_current_user", lambda c: c.user.whoami()),
    ("get_remaining_quota", lambda c: c.user.remaining_quota()),
    ("list_webhook_endpoints", lambda c: c.webhooks.list_endpoints()),
    (
        "create_webhook_endpoint",
        lambda c: c.webhooks.create_endpoint(
            "https://hooks.test.example/b", ["generated_video_success"], enabled=False
        ),
    ),
    (
        "update_webhook_endpoint",
        lambda c: c.webhooks.update_endpoint(
            "wh_2", url="https://hooks.test.example/b", events=["x"], enabled=False
        ),
    ),
    ("delete_webhook_endpoint", lambda c: c.webhooks.delete_endpoint("wh_2")),
    ("list_webhook_events", lambda c: c.webhooks.list_events()),
    ("create_upload_url", lambda c: c.assets.upload(b"\x89PNG\r\n", filename="logo.png")),
]
_ = TemplateVariable  # used by the rows of the other areas


# --- the spec's fields --------------------------------------------------------------------


@functools.cache
def _spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def _resolve(schema: Any) -> dict[str, Any]:
    """A schema with $ref followed and allOf merged."""
    if not isinstance(schema, dict):
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str):
        node: Any = _spec()
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return _resolve(node)
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for part in schema["allOf"]:
            merged["properties"].update(_resolve(part).get("properties", {}))
        return merged
    return schema


def _leaves(schema: Any, prefix: str) -> list[tuple[str, dict[str, Any]]]:
    """(path, schema) of every leaf property below ``schema``; ``[]`` marks list items."""
    schema = _resolve(schema)
    if schema.get("type") == "array" or "items" in schema:
        return _leaves(schema.get("items", {}), prefix + "[]")
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        found: list[tuple[str, dict[str, Any]]] = []
        for name, sub in properties.items():
            found.extend(_leaves(sub, f"{prefix}.{name}" if prefix else name))
        return found
    return [(prefix, schema)]


@functools.cache
def _operations() -> dict[str, dict[str, Any]]:
    found = {}
    for item in _spec()["paths"].values():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                found[operation["operationId"]] = operation
    return found


def _request_fields(op_id: str) -> set[str]:
    operation = _operations()[op_id]
    fields = {
        f"query.{p['name']}" for p in operation.get("parameters", []) if p.get("in") == "query"
    }
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "schema" in body:
        fields |= {f"body.{path}" for path, _ in _leaves(body["schema"], "")}
    return fields


def _response_data(op_id: str) -> dict[str, Any]:
    content = _operations()[op_id]["responses"]["200"]["content"]["application/json"]
    return _resolve(content["schema"]).get("properties", {}).get("data", {})


# --- what the facade sends ------------------------------------------------------------------


def _sent_paths(value: Any, prefix: str) -> set[str]:
    if isinstance(value, dict):
        found: set[str] = set()
        for key, sub in value.items():
            found |= _sent_paths(sub, f"{prefix}.{key}")
        return found or {prefix}
    if isinstance(value, list):
        found = set()
        for item in value:
            found |= _sent_paths(item, prefix + "[]")
        return found or {prefix + "[]"}
    return {prefix}


def _run(call: Callable[[jogg.Jogg], Any], client: jogg.Jogg) -> Any:
    result = call(client)
    if hasattr(result, "__next__"):
        result = list(result)
    return result


def test_every_request_field_of_the_spec_is_sent_or_named_as_not_exposed() -> None:
    covered = {op_id for op_id, _ in MAXIMAL_CALLS}
    todo: list[str] = []
    for op_id, call in MAXIMAL_CALLS:
        api = rest_api()
        _run(call, api.sync_client())
        sent: set[str] = set()
        for request, op in zip(api.requests, api.operations(), strict=True):
            if op != op_id:
                continue
            sent |= {f"query.{name}" for name in request.url.params}
            if request.content:
                sent |= _sent_paths(json.loads(request.content), "body")
        for field in sorted(_request_fields(op_id) - sent):
            if (op_id, field) not in NOT_EXPOSED:
                todo.append(f"{op_id}: {field} is never sent (send it, or add it to NOT_EXPOSED)")
    assert not todo, "request fields to expose:\n  " + "\n  ".join(todo)
    stale = sorted(f"{op}: {field}" for op, field in NOT_EXPOSED if op in covered)
    gone = [s for s in stale if s.split(": ")[1] not in _request_fields(s.split(": ")[0])]
    assert not gone, f"NOT_EXPOSED names fields the spec no longer has: {gone}"


# --- what the facade reads -------------------------------------------------------------------


class _Sentinels:
    """Distinct values for every leaf, so that a result can be told apart field by field."""

    def __init__(self) -> None:
        self.count = 0

    def value(self, schema: dict[str, Any]) -> Any:
        self.count += 1
        kind = schema.get("type")
        if "enum" in schema:
            return schema["enum"][self.count % len(schema["enum"])]
        if kind == "integer":
            return 900_000 + self.count
        if kind == "number":
            return 900_000 + self.count + 0.5
        if kind == "boolean":
            return True
        if schema.get("format") == "uri":
            return f"https://s.test.example/{self.count}"
        return f"s{self.count}"


def _fill(schema: Any, sentinels: _Sentinels) -> Any:
    schema = _resolve(schema)
    if schema.get("type") == "array" or "items" in schema:
        return [_fill(schema.get("items", {}), sentinels)]
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        return {name: _fill(sub, sentinels) for name, sub in properties.items()}
    return sentinels.value(schema)


def _without(value: Any, path: list[str]) -> Any:
    """A copy of ``value`` without the leaf at ``path`` ("[]" steps into every list item)."""
    if not path:
        return None
    head, rest = path[0], path[1:]
    if head == "[]":
        return [_without(item, rest) for item in value]
    copy = dict(value)
    if rest:
        copy[head] = _without(copy[head], rest)
    else:
        del copy[head]
    return copy


def _split(path: str) -> list[str]:
    return [p for p in path.replace("[]", ".[].").split(".") if p]


def _dump(result: Any) -> Any:
    """The result as plain values, without ``raw`` (which holds everything by design)."""
    if isinstance(result, list | tuple):
        return [_dump(item) for item in result]
    if attrs.has(type(result)):
        return {
            a.name: _dump(getattr(result, a.name))
            for a in attrs.fields(type(result))
            if a.name not in ("raw", "_files")
        }
    return repr(result)


def test_every_response_field_of_the_spec_reaches_a_result_or_is_named_raw_only() -> None:
    todo: list[str] = []
    for op_id, call in MAXIMAL_CALLS:
        schema = _response_data(op_id)
        if not schema:
            continue
        full = _fill(schema, _Sentinels())
        api = rest_api()
        api.on_operation(op_id, envelope(full))
        baseline = _dump(_run(call, api.sync_client()))
        for path, _ in _leaves(schema, ""):
            if (op_id, path) in RAW_ONLY or _split(path)[0] in PAGING:
                continue
            api = rest_api()
            api.on_operation(op_id, envelope(_without(full, _split(path))))
            try:
                changed = _dump(_run(call, api.sync_client())) != baseline
            except jogg.JoggError:
                changed = True  # the field is required to read the answer at all
            if not changed:
                todo.append(
                    f"{op_id}: data.{path} reaches no result attribute "
                    "(read it, or add it to RAW_ONLY)"
                )
    assert not todo, "response fields to read:\n  " + "\n  ".join(todo)


@pytest.mark.parametrize("table", [NOT_EXPOSED, RAW_ONLY])
def test_every_exemption_gives_a_reason(table: dict[tuple[str, str], str]) -> None:
    assert all(reason.strip() for reason in table.values())
