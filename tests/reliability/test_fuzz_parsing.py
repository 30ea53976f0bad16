"""Fuzzed parsing: answers generated from each operation's 200-response schema, then
mutated (fields dropped, added, retyped, nulled, unknown enum values), served in the
envelope by the test kit's scripted API and read by the facade method of that operation.

The facade must return a result or raise jogg.APIError, never anything else. Webhook
deliveries get the same treatment through jogg.webhooks.parse (jogg.JoggError only).

`make fuzz` runs the long profile (JOGG_FUZZ_EXAMPLES, default 25 here).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import hmac
import json
import os
import re
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import jogg

from ..kit import ScriptedAPI, envelope
from ._calls import CALLS, spec, spec_operations
from ._report import REPORT

EXAMPLES = int(os.environ.get("JOGG_FUZZ_EXAMPLES", "25"))
FUZZ = settings(
    max_examples=EXAMPLES,
    derandomize=os.environ.get("JOGG_FUZZ_RANDOM") is None,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)
OPERATIONS = spec_operations()
KEY = "fuzz-key"

# ------------------------------------------------------------------------ schemas


def _resolve(node: Any, components: dict[str, Any]) -> Any:
    """Inline $refs and merge allOf, dropping what generation does not need."""
    if isinstance(node, list):
        return [_resolve(item, components) for item in node]
    if not isinstance(node, dict):
        return node
    if "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        return _resolve(components[name], components)
    if "allOf" in node:
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for part in node["allOf"]:
            part = _resolve(part, components)
            merged["properties"].update(part.get("properties", {}))
        return merged
    out = {}
    for key, value in node.items():
        if key in ("example", "examples", "description", "title", "format", "pattern"):
            continue
        out[key] = _resolve(value, components)
    if out.get("nullable"):
        out.pop("nullable")
        kind = out.get("type")
        if isinstance(kind, str):
            out["type"] = [kind, "null"]
    return out


@functools.cache
def data_schema(op_id: str) -> dict[str, Any]:
    document = spec()
    method, path = OPERATIONS[op_id]
    operation = document["paths"][path][method.lower()]
    components = document.get("components", {}).get("schemas", {})
    content = operation["responses"]["200"]["content"]["application/json"]["schema"]
    envelope = _resolve(content, components)
    return envelope.get("properties", {}).get("data") or {}


PLAUSIBLE_STRINGS = st.sampled_from(
    [
        "https://cdn.example.com/media/v1.mp4",
        "https://uploads.example.com/put/a.png?X-Signature=abc123",
        "completed",
        "success",
        "processing",
        "failed",
        "2025-01-01T00:00:00Z",
        "42",
    ]
)


def from_schema(schema: Any) -> st.SearchStrategy[Any]:
    """Values that match ``schema`` (the subset of JSON Schema the spec uses).

    Our own strategies rather than hypothesis-jsonschema: its object generation breaks on
    the installed hypothesis (AttributeError inside the library), and the answers only need
    the spec's shapes, which the mutations then bend anyway.
    """
    if not isinstance(schema, dict) or not schema:
        return ANY_JSON
    if "enum" in schema:
        return st.sampled_from(schema["enum"])
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return st.one_of([from_schema(part) for part in schema[key]])
    kind = schema.get("type")
    if isinstance(kind, list):
        return st.one_of([from_schema({**schema, "type": k}) for k in kind])
    if kind == "null":
        return st.none()
    if kind == "boolean":
        return st.booleans()
    if kind == "integer":
        return st.integers(schema.get("minimum", -(2**40)), schema.get("maximum", 2**40))
    if kind == "number":
        return st.floats(allow_nan=False, allow_infinity=False, width=32)
    if kind == "string":
        # Plausible values too, so that success paths (a signed URL to upload to, a
        # finished status) are reached, not only refusals of random text.
        return st.one_of(st.text(max_size=12), PLAUSIBLE_STRINGS)
    if kind == "array" or "items" in schema:
        return st.lists(from_schema(schema.get("items", {})), max_size=3)
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return st.fixed_dictionaries(
            {},
            optional={name: from_schema(sub) for name, sub in properties.items()},
        )
    return ANY_JSON


@functools.cache
def data_strategy(op_id: str) -> st.SearchStrategy[Any]:
    return from_schema(data_schema(op_id))


# ----------------------------------------------------------------------- mutation

LEAVES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=12),
    st.sampled_from(
        ["", "new_status_value", "SUCCESS", "9999999999999", "2024-13-45T99:99:99", "-1", "NaN"]
    ),
)
ANY_JSON = st.recursive(
    LEAVES,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)


def mutate(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    action = draw(
        st.sampled_from(["keep", "recurse", "recurse", "recurse", "null", "swap", "enum"])
    )
    if action == "keep":
        return value
    if action == "null":
        return None
    if action == "swap":
        return draw(ANY_JSON)
    if action == "enum":
        return draw(st.sampled_from(["brand_new_value", 7, -3, True, "", "Completed "]))
    if depth > 6:
        return value
    if isinstance(value, dict):
        out = {}
        for key, item in value.items():
            if draw(st.integers(0, 5)) == 0:
                continue  # dropped field
            out[key] = mutate(draw, item, depth + 1)
        for _ in range(draw(st.integers(0, 2))):
            out[draw(st.text(min_size=1, max_size=10))] = draw(ANY_JSON)  # unknown field
        return out
    if isinstance(value, list):
        items = [mutate(draw, item, depth + 1) for item in value]
        if draw(st.booleans()):
            items.append(draw(ANY_JSON))
        return items
    return value


@st.composite
def answers(draw: st.DrawFn, op_id: str) -> Any:
    data = draw(data_strategy(op_id))
    return mutate(draw, copy.deepcopy(data))


# --------------------------------------------------------------------- the runs


class Served:
    """The kit's scripted API answering every API request with the envelope around the
    current fuzzed `data` (null included); other hosts (signed URLs) get 200."""

    def __init__(self) -> None:
        self.data: Any = None
        self.api = ScriptedAPI(
            key=KEY, base_url="https://api.fuzz.test", max_retries=0, post_rate_limit=None
        )
        self.api.fallback = self.answer

    @property
    def api_requests(self) -> list[httpx.Request]:
        return [r for r in self.api.requests if r.url.host == "api.fuzz.test"]

    def answer(self, request: httpx.Request) -> httpx.Response:
        if request.url.host != "api.fuzz.test":
            return httpx.Response(200)
        body = envelope(msg="ok", rid="r" * 32)
        body["data"] = self.data  # set even when None: a null `data` is a case of its own
        return httpx.Response(
            200, content=json.dumps(body).encode(), headers={"content-type": "application/json"}
        )


def fuzz_client(served: Served) -> jogg.Jogg:
    return served.api.sync_client()


def _template_regex(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "/?$")


def test_every_operation_is_reached_through_the_facade() -> None:
    missing = sorted(set(OPERATIONS) - set(CALLS))
    assert not missing, f"operations with no facade call in the table: {missing}"
    unreached = []
    for op_id, (method, path) in sorted(OPERATIONS.items()):
        served = Served()
        served.data = {}
        with fuzz_client(served) as client, contextlib.suppress(jogg.APIError):
            CALLS[op_id](client)
        pattern = _template_regex(path)
        if not any(r.method == method and pattern.match(r.url.path) for r in served.api_requests):
            unreached.append(op_id)
    assert not unreached, f"facade calls that do not send their operation: {unreached}"


@pytest.mark.parametrize("op_id", sorted(OPERATIONS))
def test_fuzzed_answers_give_a_result_or_api_error(op_id: str) -> None:
    assert op_id in CALLS, f"{op_id}: no facade method in the table"
    call = CALLS[op_id]
    served = Served()
    client = fuzz_client(served)

    @FUZZ
    @given(answer=answers(op_id))
    def run(answer: Any) -> None:
        served.data = answer
        REPORT.fuzz_cases[op_id] += 1
        try:
            call(client)
        except jogg.APIError:
            REPORT.fuzz_errors[op_id] += 1
        except Exception as exc:
            raise AssertionError(
                f"{op_id} raised {type(exc).__name__} (not jogg.APIError) for data "
                f"{json.dumps(answer)[:300]}"
            ) from exc

    try:
        run()
    finally:
        client.close()


# ----------------------------------------------------------------------- webhooks

SECRET = "whsec_fuzz_secret"
EVENTS = [
    "generated_product_video_success",
    "generated_video_failed",
    "generated_image_failed",
    "create_avatar_success",
    "something_new_happened",
]


@st.composite
def deliveries(draw: st.DrawFn) -> bytes:
    if draw(st.integers(0, 9)) == 0:
        return draw(st.binary(max_size=40))
    data = {
        "video_id": draw(st.one_of(st.text(max_size=8), st.integers())),
        "project_id": "p1",
        "status": draw(st.sampled_from(["completed", "failed", "success", 1, "odd"])),
        "video_url": "https://cdn.example.com/v.mp4",
        "cover_url": "https://cdn.example.com/c.jpg",
        "duration": 30,
        "error": draw(st.sampled_from([{"code": "E1", "message": "boom"}, "boom", None])),
        "image_urls": ["https://cdn.example.com/i.png"],
    }
    payload = {
        "event": draw(st.sampled_from(EVENTS)),
        "timestamp": draw(st.sampled_from([1700000000, "2025-01-01T00:00:00Z", "soon"])),
        "event_id": "ev_1",
        "data": data,
    }
    mutated = mutate(draw, payload)
    return json.dumps(mutated).encode()


def test_fuzzed_webhook_deliveries_give_an_event_or_jogg_error() -> None:
    from jogg import webhooks

    @FUZZ
    @given(body=deliveries(), signed=st.booleans())
    def run(body: bytes, signed: bool) -> None:
        signature = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
        if not signed:
            signature = signature[::-1]
        headers = {"X-Webhook-Signature": signature, "X-Webhook-Event": "generated_video_success"}
        REPORT.fuzz_cases["webhooks.parse"] += 1
        try:
            event = webhooks.parse(body, headers, SECRET)
        except jogg.JoggError:
            REPORT.fuzz_errors["webhooks.parse"] += 1
            assert not signed or not isinstance(event_or_none(body), dict)
        else:
            assert signed
            repr(event)

    run()


def event_or_none(body: bytes) -> Any:
    try:
        return json.loads(body)
    except ValueError:
        return None
