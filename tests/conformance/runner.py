"""Runs one conformance vector against the Python facade: the example a port's runner copies.

A vector is data (see README.md and schema/vector.schema.json). Running one means:
build a client on the test kit's scripted API and virtual clock (tests/kit.py), call the
method the vector names, check every request as it is sent, answer it from the script, then
compare the outcome (result or error, request count, sleeps) with ``expect``.
"""

from __future__ import annotations

import asyncio
import json
import math
import tempfile
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import attrs
import httpx

import jogg

from ..kit import ScriptedAPI, VirtualClock

VECTORS_DIR = Path(__file__).parent / "vectors"
SCHEMA_PATH = Path(__file__).parent / "schema" / "vector.schema.json"

API_KEY = "conformance-key"
DEFAULT_CONFIG = {
    "max_retries": 2,
    "timeout": 60.0,
    "post_rate_limit": 20,
    "base_url": "https://api.jogg.ai",
    "jitter": 0.0,
}
# The virtual clock: monotonic starts at 0, wall time at 2023-11-14T22:13:20Z.
EPOCH = 1_700_000_000.0

# The stable error kinds of docs/facade.md §4, and the class each is in this facade. A
# vector names the kind; the error must be exactly that class (not a subclass).
KINDS: dict[str, type[jogg.JoggError]] = {
    "validation": jogg.ValidationError,
    "api": jogg.APIError,
    "authentication": jogg.AuthenticationError,
    "permission_denied": jogg.PermissionDeniedError,
    "not_found": jogg.NotFoundError,
    "insufficient_credit": jogg.InsufficientCreditError,
    "invalid_request": jogg.InvalidRequestError,
    "rate_limit": jogg.RateLimitError,
    "server": jogg.ServerError,
    "connection": jogg.APIConnectionError,
    "timeout": jogg.APITimeoutError,
    "job_failed": jogg.JobFailedError,
    "wait_timeout": jogg.WaitTimeoutError,
    "wait_after_create": jogg.WaitAfterCreateError,
    "webhook_verification": jogg.WebhookVerificationError,
    "webhook_payload": jogg.WebhookPayloadError,
}

# {"$result": {"operation": ..., "data": {...}}}: the result object this facade makes of
# `data` read as (an item of) that operation's answer.
RESULT_READERS: dict[str, Any] = {
    "list_public_avatars": lambda data: jogg.Avatar.from_data(data, kind="public"),
    "list_custom_avatars": lambda data: jogg.Avatar.from_data(data, kind="custom"),
    "list_photo_avatars": lambda data: jogg.Avatar.from_data(data, kind="photo"),
    "list_product_avatars": lambda data: jogg.Avatar.from_data(data, kind="product"),
    "list_voices": jogg.Voice.from_data,
    "list_custom_voices": lambda data: jogg.Voice.from_data(data, custom=True),
    "create_product": jogg.Product.from_data,
    "get_product_video": jogg.ProductVideo.from_data,
    "get_avatar_video": jogg.AvatarVideo.from_data,
    "get_template_video": jogg.TemplateVideo.from_data,
    "get_lip_sync_video": jogg.LipSyncVideo.from_data,
    "get_video_translation": jogg.Translation.from_data,
    "get_ai_script": jogg.AIScript.from_data,
    "get_photo_avatar_photo": jogg.AvatarPhoto.from_data,
    "get_photo_avatar_motion": jogg.AvatarMotion.from_data,
    "get_product_avatar_motion": jogg.AvatarMotion.from_data,
    "get_product_avatar_generation": jogg.ProductAvatarBatch.from_data,
    "list_templates": jogg.Template.from_data,
    "get_custom_template": lambda data: jogg.Template.from_data(data, custom=True),
    "list_webhook_endpoints": jogg.WebhookEndpoint.from_data,
}

# Vectors the Python facade does not pass yet, each with the code change it needs
# (pending.json). The test asserts that each still fails, so a fixed one must leave the list.
PENDING_PATH = Path(__file__).parent / "pending.json"

FAILURES: dict[str, type[httpx.TransportError]] = {
    "connect_error": httpx.ConnectError,
    "connect_timeout": httpx.ConnectTimeout,
    "read_timeout": httpx.ReadTimeout,
    "connection_reset": httpx.ReadError,
}


def load_pending() -> dict[str, str]:
    pending: dict[str, str] = json.loads(PENDING_PATH.read_text(encoding="utf-8"))["pending"]
    return pending


def load_vectors() -> list[dict[str, Any]]:
    vectors = []
    for path in sorted(VECTORS_DIR.glob("*.json")):
        document = json.loads(path.read_text(encoding="utf-8"))
        for vector in document["vectors"]:
            vectors.append({**vector, "_file": path.name, "_document_area": document["area"]})
    return vectors


class Exchanges:
    """The vector's exchanges as the scripted API's answer to every request: checks each
    request against the next exchange and answers from it."""

    def __init__(self, exchanges: list[dict[str, Any]], base_url: str) -> None:
        self.exchanges = exchanges
        self.base = httpx.URL(base_url)
        self.sent = 0

    def __call__(self, request: httpx.Request) -> httpx.Response:
        index = self.sent
        self.sent += 1
        if index >= len(self.exchanges):
            raise AssertionError(
                f"request {index + 1} was not expected: {request.method} {request.url}"
            )
        exchange = self.exchanges[index]
        problems = check_request(exchange["request"], request, self.base)
        if problems:
            raise AssertionError(f"request {index + 1} differs: " + "; ".join(problems))
        return answer(exchange["response"], request)


def check_request(expected: dict[str, Any], request: httpx.Request, base: httpx.URL) -> list[str]:
    problems = []
    url = request.url
    if request.method != expected["method"]:
        problems.append(f"method {request.method} != {expected['method']}")
    where = f"{url.scheme}://{url.host}{url.raw_path.decode().split('?')[0]}"
    wanted = expected.get("url") or f"{base.scheme}://{base.host}{expected['path']}"
    if where != wanted:
        problems.append(f"url {where} != {wanted}")
    query = dict(url.params.multi_items())
    if query != expected.get("query", {}):
        problems.append(f"query {query} != {expected.get('query', {})}")
    content = request.content
    if "json" in expected:
        body = json.loads(content) if content else None
        if body != expected["json"]:
            problems.append(f"json body {body} != {expected['json']}")
        if request.headers.get("content-type") != "application/json":
            problems.append("a JSON body needs Content-Type: application/json")
    elif "body_size" in expected:
        if len(content) != expected["body_size"]:
            problems.append(f"body of {len(content)} bytes != {expected['body_size']}")
    elif content:
        problems.append(f"unexpected body {content[:80]!r}")
    for name, value in expected.get("headers", {}).items():
        if request.headers.get(name) != value:
            problems.append(f"header {name}: {request.headers.get(name)!r} != {value!r}")
    for name in expected.get("absent_headers", []):
        if name in request.headers:
            problems.append(f"header {name} must not be sent")
    # Every runner checks this on every request: the key goes to the API's host and nowhere else.
    to_api = url.host == base.host
    if to_api and request.headers.get("x-api-key") != API_KEY:
        problems.append("an API request must carry x-api-key")
    if not to_api and "x-api-key" in request.headers:
        problems.append("the API key must never be sent to another host")
    return problems


def answer(scripted: dict[str, Any], request: httpx.Request) -> httpx.Response:
    if "failure" in scripted:
        raise FAILURES[scripted["failure"]]("scripted failure", request=request)
    status = scripted.get("status", 200)
    headers = scripted.get("headers", {})
    if "json" in scripted:
        return httpx.Response(status, headers=headers, json=scripted["json"])
    text = scripted.get("text", "")
    return httpx.Response(
        status, headers={"content-type": "text/plain", **headers}, content=text.encode()
    )


def resolve(value: Any, file_path: Path | None) -> Any:
    """Turn the JSON markers of call arguments into values: {"$file": true} is the vector's
    file, {"$build": "Name" or "Name.constructor", "args", "kwargs"} a facade builder,
    {"$result": {"operation", "data"}} a result object read from an answer."""
    if isinstance(value, dict):
        if value.get("$file"):
            return str(file_path)
        if "$result" in value:
            source = value["$result"]
            return RESULT_READERS[source["operation"]](source["data"])
        if "$build" in value:
            target: Any = jogg
            for part in value["$build"].split("."):
                target = getattr(target, part)
            args = [resolve(a, file_path) for a in value.get("args", [])]
            kwargs = {k: resolve(v, file_path) for k, v in value.get("kwargs", {}).items()}
            return target(*args, **kwargs)
        return {k: resolve(v, file_path) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(item, file_path) for item in value]
    return value


def render(value: Any) -> Any:
    """The neutral rendering of a result: JSON values, with result objects as objects of their
    public fields (no `raw`), statuses as their state, times as RFC 3339 UTC strings."""
    if isinstance(value, jogg.JobStatus):
        return value.state.value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        # R-PARSE-4: whole seconds as ...:SSZ, else exactly three fraction digits.
        value = value.astimezone(UTC)
        spec = "milliseconds" if value.microsecond else "seconds"
        return value.isoformat(timespec=spec).replace("+00:00", "Z")
    if isinstance(value, Path):
        return str(value)
    if attrs.has(type(value)):
        return {
            field.name: render(getattr(value, field.name))
            for field in attrs.fields(type(value))
            if field.name != "raw" and not field.name.startswith("_")
        }
    if isinstance(value, dict):
        return {k: render(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [render(item) for item in value]
    return value


def render_error(error: Exception) -> dict[str, Any]:
    kinds = [kind for kind, cls in KINDS.items() if type(error) is cls]
    rendered: dict[str, Any] = {"kind": kinds[0] if kinds else type(error).__name__}
    for name in ("field", "code", "http_status", "rid", "job_id"):
        if hasattr(error, name):
            rendered[name] = getattr(error, name)
    if hasattr(error, "job"):
        rendered["job"] = render(error.job)
    return rendered


def mismatches(expected: Any, actual: Any, where: str = "") -> list[str]:
    """Subset match: objects may have more keys than expected; lists match item by item."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{where or 'value'}: expected an object, got {actual!r}"]
        found = []
        for key, value in expected.items():
            if key not in actual:
                found.append(f"{where}.{key}: missing")
            else:
                found.extend(mismatches(value, actual[key], f"{where}.{key}"))
        return found
    if isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{where or 'value'}: expected {expected!r}, got {actual!r}"]
        return [
            m
            for i, (e, a) in enumerate(zip(expected, actual, strict=True))
            for m in mismatches(e, a, f"{where}[{i}]")
        ]
    same_kind = isinstance(expected, bool) == isinstance(actual, bool)
    if isinstance(expected, int | float) and isinstance(actual, int | float) and same_kind:
        return (
            []
            if math.isclose(expected, actual, abs_tol=1e-9)
            else [f"{where}: {actual!r} != {expected!r}"]
        )
    if expected != actual or not same_kind:
        return [f"{where or 'value'}: {actual!r} != {expected!r}"]
    return []


@attrs.define
class Outcome:
    result: Any = None
    error: Exception | None = None
    requests: int = 0
    sleeps: list[float] = attrs.Factory(list)


def run_vector(vector: dict[str, Any], mode: str = "sync") -> Outcome:
    if "webhook" in vector:
        return run_webhook(vector["webhook"])
    with tempfile.TemporaryDirectory() as folder:
        file_path = None
        if "file" in vector:
            file_path = Path(folder) / vector["file"]["name"]
            with file_path.open("wb") as handle:
                handle.truncate(vector["file"]["size"])  # size zero bytes, sparse on disk
        if mode == "async":
            return asyncio.run(run_call_async(vector, file_path))
        return run_call(vector, file_path)


def scripted_api(vector: dict[str, Any]) -> tuple[ScriptedAPI, dict[str, Any]]:
    """The kit's scripted API answering from the vector's exchanges (bodies kept whole, to
    be checked), and the client options of the vector's config."""
    config = {**DEFAULT_CONFIG, **vector.get("config", {})}
    api = ScriptedAPI(
        VirtualClock(epoch=EPOCH), key=API_KEY, base_url=config["base_url"], keep_bodies=None
    )
    api.fallback = Exchanges(vector.get("exchanges", []), config["base_url"])
    jitter = config["jitter"]
    options = {
        "timeout": config["timeout"],
        "max_retries": config["max_retries"],
        "post_rate_limit": config["post_rate_limit"],
        "jitter": lambda: jitter,
    }
    return api, options


def positive_sleeps(api: ScriptedAPI) -> list[float]:
    """What a vector's `sleeps` lists: the clock's sleeps longer than zero."""
    return [seconds for seconds in api.clock.sleeps if seconds > 0]


def target_method(client: Any, call: dict[str, Any]) -> Any:
    owner = client if call["resource"] is None else getattr(client, call["resource"])
    return getattr(owner, call["method"])


def run_call(vector: dict[str, Any], file_path: Path | None) -> Outcome:
    api, options = scripted_api(vector)
    outcome = Outcome()
    try:
        with api.sync_client(**options) as client:
            call = vector["call"]
            result = target_method(client, call)(
                *resolve(call.get("args", []), file_path),
                **resolve(call.get("kwargs", {}), file_path),
            )
            if isinstance(result, Iterator):  # list methods: iterate every page
                result = list(result)
            outcome.result = render(result)
    except jogg.JoggError as error:
        outcome.error = error
    outcome.requests, outcome.sleeps = len(api.requests), positive_sleeps(api)
    return outcome


async def run_call_async(vector: dict[str, Any], file_path: Path | None) -> Outcome:
    api, options = scripted_api(vector)
    outcome = Outcome()
    try:
        async with api.async_client(**options) as client:
            call = vector["call"]
            result = target_method(client, call)(
                *resolve(call.get("args", []), file_path),
                **resolve(call.get("kwargs", {}), file_path),
            )
            if isinstance(result, AsyncIterator):
                result = [item async for item in result]
            elif asyncio.iscoroutine(result):
                result = await result
            outcome.result = render(result)
    except jogg.JoggError as error:
        outcome.error = error
    outcome.requests, outcome.sleeps = len(api.requests), positive_sleeps(api)
    return outcome


def run_webhook(webhook: dict[str, Any]) -> Outcome:
    from jogg import webhooks

    outcome = Outcome()
    try:
        event = webhooks.parse(webhook["payload"].encode(), webhook["headers"], webhook["secret"])
        outcome.result = render(event)
    except jogg.JoggError as error:
        outcome.error = error
    return outcome


def secrets_of(vector: dict[str, Any]) -> list[str]:
    """What no error message may show: the API key, the webhook secret, signed URL queries."""
    found = [API_KEY]
    if "webhook" in vector:
        found.append(vector["webhook"]["secret"])
    for exchange in vector.get("exchanges", []):
        data = exchange["response"].get("json")
        data = data.get("data") if isinstance(data, dict) else None
        if isinstance(data, dict) and isinstance(data.get("sign_url"), str):
            found.append(httpx.URL(data["sign_url"]).query.decode())
    return [secret for secret in found if secret]


def compare(vector: dict[str, Any], outcome: Outcome) -> list[str]:
    """Every way the outcome differs from the vector's expectations (empty when it conforms)."""
    expect = vector["expect"]
    problems = []
    if outcome.requests != expect["requests"]:
        problems.append(f"sent {outcome.requests} request(s), expected {expect['requests']}")
    if "error" in expect:
        if outcome.error is None:
            problems.append(f"expected {expect['error']['kind']}, got result {outcome.result!r}")
        elif expect["error"]["kind"] not in KINDS:
            problems.append(f"unknown error kind {expect['error']['kind']!r}")
        else:
            problems.extend(mismatches(expect["error"], render_error(outcome.error), "error"))
    elif outcome.error is not None:
        problems.append(f"unexpected {type(outcome.error).__name__}: {outcome.error}")
    elif "result" in expect:
        problems.extend(mismatches(expect["result"], outcome.result, "result"))
    if "sleeps" in expect:
        problems.extend(mismatches(expect["sleeps"], outcome.sleeps, "sleeps"))
    if outcome.error is not None:
        text = str(outcome.error)
        problems.extend(
            f"the error message shows a secret: {text}" for s in secrets_of(vector) if s in text
        )
    return problems


INDEX_START, INDEX_END = "<!-- rule-index:start -->", "<!-- rule-index:end -->"
FACADE_DOC = Path(__file__).resolve().parents[2] / "docs" / "facade.md"


def rule_index(vectors: list[dict[str, Any]]) -> str:
    """The docs/facade.md table of which vectors check which rule."""
    by_rule: dict[str, list[str]] = {}
    for vector in vectors:
        for rule in vector["rules"]:
            by_rule.setdefault(rule, []).append(vector["id"])

    def order(rule: str) -> tuple[str, int]:
        area, number = rule.rsplit("-", 1)
        return area, int(number)

    rows = [
        f"| {rule} | {', '.join(f'`{i}`' for i in by_rule[rule])} |"
        for rule in sorted(by_rule, key=order)
    ]
    return "\n".join(["| rule | vectors |", "|---|---|", *rows])


def document_with_index(text: str, vectors: list[dict[str, Any]]) -> str:
    head, rest = text.split(INDEX_START, 1)
    _, tail = rest.split(INDEX_END, 1)
    return f"{head}{INDEX_START}\n{rule_index(vectors)}\n{INDEX_END}{tail}"


if __name__ == "__main__":
    import sys

    if sys.argv[1:] != ["--index"]:
        sys.exit("usage: python -m tests.conformance.runner --index   (rewrites the rule index)")
    FACADE_DOC.write_text(
        document_with_index(FACADE_DOC.read_text(encoding="utf-8"), load_vectors()),
        encoding="utf-8",
    )
