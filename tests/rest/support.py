"""Helpers for the REST facade tests: a virtual clock, and a recording fake API behind
``httpx.MockTransport`` that knows every operation of the spec by its operationId."""

from __future__ import annotations

import hashlib
import inspect
import json
import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import yaml

import jogg

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "jogg-v2.yaml"
KEY = "sk-REST-MARKER-4b1d9e-DO-NOT-LEAK"
BASE_URL = "https://api.test.example"
SIGNED_QUERY = "X-Signature=SECRET-SIGNATURE-c0ffee&X-Expires=3600"
SIGN_URL = f"https://storage.test.example/bucket/asset-77.png?{SIGNED_QUERY}"
ASSET_URL = "https://res.test.example/assets/asset-77.png"


class VirtualClock:
    """A jogg.Clock whose time moves only when the SDK sleeps: waits take no real time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return 1_750_000_000.0 + self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def _template_regex(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$")


# Literal paths first, as a server routes them: /v2/video_translate/target_languages is not
# a translation id.
def _spec_operations() -> list[tuple[str, str, str]]:
    """(method, path, operationId) of every operation of the project's spec."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return [
        (method.upper(), path, op["operationId"])
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if isinstance(op, dict) and "operationId" in op
    ]


_ROUTES = [
    (method, _template_regex(path), op_id)
    for method, path, op_id in sorted(_spec_operations(), key=lambda op: "{" in op[1])
]

# A plausible `data` for every operation, enough for the facade to build its result.
CANNED: dict[str, Any] = {
    "create_product": {"product_id": "prod_1"},
    "update_product": None,
    "create_video_from_product": {"video_id": "vid_1"},
    "create_product_previews": {"previews": [{"preview_id": "pre_1", "status": "pending"}]},
    "render_product_preview": {"video_id": "vid_2"},
    "get_product_video": {"video_id": "vid_1", "status": "processing"},
    "list_product_videos": {"videos": [], "total": 0},
    "list_product_previews": {"previews": [], "total": 0},
    "list_public_avatars": {"avatars": [{"id": 127, "name": "Ava"}], "total": 1},
    "list_custom_avatars": {"avatars": [], "total": 0},
    "list_photo_avatars": {"avatars": [], "total": 0},
    "list_product_avatars": {"product_avatars": []},
    "list_voices": {"voices": [{"voice_id": "en-US-1"}], "total": 1},
    "list_custom_voices": {"voices": []},
    "list_musics": {"musics": [], "total": 0},
    "list_visual_styles": {"visual_styles": []},
    "create_video_from_avatar": {"video_id": "av_1"},
    "get_avatar_video": {
        "video_id": "av_1",
        "status": "completed",
        "video_url": "https://cdn.test.example/av_1.mp4",
        "cover_url": "https://cdn.test.example/av_1.jpg",
        "created_at": 1750000000,
    },
    "list_templates": {
        "templates": [{"id": 149, "name": "Showcase", "aspect_ratio": 1, "cover_url": "x"}]
    },
    "list_custom_templates": {"templates": [{"id": 7, "name": "Mine", "aspect_ratio": 0}]},
    "get_custom_template": {
        "template_id": 7,
        "name": "Mine",
        "aspect_ratio": 2,
        "variables": [{"type": "text", "name": "headline"}, {"type": "image", "name": "logo"}],
    },
    "create_video_from_template": {"video_id": "tv_1"},
    "get_template_video": {
        "video_id": "tv_1",
        "status": "completed",
        "data": {"video_name": "Sale", "url": "https://cdn.test.example/tv_1.mp4"},
    },
    "list_template_videos": {
        "data": [{"video_id": "tv_1", "status": "completed", "video_name": "Sale"}],
        "pagination": {"page": 1, "page_size": 10, "total_items": 1, "total_pages": 1},
    },
    "create_lip_sync_video": {"task_id": "ls_1", "status": "pending"},
    "get_lip_sync_video": {
        "task_id": "ls_1",
        "status": "success",
        "data": {"result_url": "https://cdn.test.example/ls_1.mp4", "duration_seconds": 12.5},
    },
    "create_video_translation": {"video_translate_id": "tr_1"},
    "get_video_translation": {
        "video_translate_id": "tr_1",
        "status": "completed",
        "url": "https://cdn.test.example/tr_1.mp4",
        "subtitle_url": "https://cdn.test.example/tr_1.srt",
    },
    "list_translation_languages": {"languages": ["english", "spanish", "french"]},
    "create_ai_script": {"task_id": "sc_1"},
    "get_ai_script": {
        "task_id": "sc_1",
        "status": "completed",
        "data": {
            "generated_scripts": [
                {"script_style": "Storytime", "script_paragraphs": ["One.", "Two."]}
            ]
        },
    },
    "generate_photo_avatar_photo": {"photo_id": "ph_1"},
    "get_photo_avatar_photo": {
        "photo_id": "ph_1",
        "status": "success",
        "image_url_list": ["https://cdn.test.example/ph_1_0.png"],
        "image_key_list": ["k0"],
    },
    "add_photo_avatar_motion": {"avatar_id": 501, "motion_id": "mo_1", "status": "pending"},
    "get_photo_avatar_motion": {"motion_id": "mo_1", "avatar_id": 501, "status": "completed"},
    "generate_product_avatar_images": {
        "batch_id": "ba_1",
        "total_submitted": 2,
        "generations": [
            {"generation_id": "ge_1", "status": "pending"},
            {"generation_id": "ge_2", "status": "pending"},
        ],
    },
    "get_product_avatar_generation": {
        "batch_id": "ba_1",
        "generations": [
            {
                "generation_id": "ge_1",
                "status": "completed",
                "url": "https://cdn.test.example/1.png",
            },
            {"generation_id": "ge_2", "status": "failed"},
        ],
    },
    "add_product_avatar_motion": {"avatar_id": 601, "motion_id": "pm_1", "name": "Presenter"},
    "get_product_avatar_motion": {"motion_id": "pm_1", "avatar_id": 601, "status": "completed"},
    "create_upload_url": {"sign_url": SIGN_URL, "asset_url": ASSET_URL, "asset_id": 77},
    "get_current_user": {"email": "me@test.example", "username": "me"},
    "get_remaining_quota": {"remaining_quota": 42.5},
    "list_webhook_endpoints": {
        "endpoints": [
            {
                "endpoint_id": "wh_1",
                "url": "https://hooks.test.example/a",
                "secret": "whsec_listed",
                "status": "enabled",
                "events": ["generated_video_success"],
            }
        ]
    },
    "create_webhook_endpoint": {
        "endpoint_id": "wh_2",
        "url": "https://hooks.test.example/b",
        "secret": "whsec_new",
        "status": "enabled",
        "events": ["generated_avatar_video_success"],
    },
    "update_webhook_endpoint": {
        "endpoint_id": "wh_2",
        "url": "https://hooks.test.example/b",
        "status": "disabled",
        "events": ["generated_avatar_video_success"],
    },
    "delete_webhook_endpoint": {"message": "deleted"},
    "list_webhook_events": {"events": ["generated_video_success", "generated_video_failed"]},
}

Reply = Any  # data for the envelope, an httpx.Response, an exception, or a callable


def operation_of(request: httpx.Request) -> str | None:
    """The operationId a request was sent to (None for non-API requests)."""
    if request.url.host != httpx.URL(BASE_URL).host:
        return None
    for method, pattern, op_id in _ROUTES:
        if request.method == method and pattern.match(request.url.raw_path.decode().split("?")[0]):
            return op_id
    return None


class Received:
    """A streamed request body as it arrived: chunk sizes, total, digest, and the bytes
    themselves only while small (so big uploads are not held by the test either)."""

    KEEP = 1 << 20

    def __init__(self, headers: httpx.Headers) -> None:
        self.headers = headers
        self.chunk_sizes: list[int] = []
        self.size = 0
        self.digest = hashlib.sha256()
        self.content = b""

    def add(self, chunk: bytes) -> None:
        self.chunk_sizes.append(len(chunk))
        self.size += len(chunk)
        self.digest.update(chunk)
        if self.size <= self.KEEP:
            self.content += chunk


class RecordingAPI:
    """Answers every API operation with CANNED data unless a test scripted other replies
    (``on(op_id, *replies)``: used in order, the last repeats). Requests to other hosts
    (signed upload URLs, file downloads) go to ``on_other``. Everything is recorded."""

    def __init__(self, clock: VirtualClock | None = None) -> None:
        self.clock = clock or VirtualClock()
        self.requests: list[httpx.Request] = []
        self.bodies: list[bytes] = []
        self._scripts: dict[str, list[Reply]] = {}
        self._lock = threading.Lock()
        self.received: list[Received] = []
        self.on_other: Callable[[httpx.Request], httpx.Response] = lambda r: httpx.Response(200)

    def on(self, op_id: str, *replies: Reply) -> RecordingAPI:
        self._scripts[op_id] = list(replies)
        return self

    def handler(self, request: httpx.Request) -> httpx.Response:
        if operation_of(request) is None:
            received = Received(request.headers)
            for chunk in request.stream:  # type: ignore[union-attr]
                received.add(chunk)
            return self._other(request, received)
        request.read()
        return self._answer(request)

    async def async_handler(self, request: httpx.Request) -> httpx.Response:
        if operation_of(request) is None:
            received = Received(request.headers)
            async for chunk in request.stream:  # type: ignore[union-attr]
                received.add(chunk)
            return self._other(request, received)
        await request.aread()
        return self._answer(request)

    def _other(self, request: httpx.Request, received: Received) -> httpx.Response:
        with self._lock:
            self.requests.append(request)
            self.received.append(received)
        return self.on_other(request)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        op_id = operation_of(request)
        assert op_id is not None
        with self._lock:
            self.requests.append(request)
            script = self._scripts.get(op_id)
            if not script:
                reply = CANNED[op_id]
            elif len(script) > 1:
                reply = script.pop(0)
            else:
                reply = script[0]
        if callable(reply):
            reply = reply(request)
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            return reply
        body: dict[str, Any] = {"code": 0, "msg": "Success"}
        if reply is not None:
            body["data"] = reply
        return httpx.Response(200, json=body)

    def sync_client(self, **options: Any) -> jogg.Jogg:
        http = httpx.Client(transport=_SyncTransport(self))
        options.setdefault("post_rate_limit", None)
        return jogg.Jogg(KEY, base_url=BASE_URL, http_client=http, clock=self.clock, **options)

    def async_client(self, **options: Any) -> jogg.AsyncJogg:
        http = httpx.AsyncClient(transport=_AsyncTransport(self))
        options.setdefault("post_rate_limit", None)
        return jogg.AsyncJogg(KEY, base_url=BASE_URL, http_client=http, clock=self.clock, **options)

    def client(self, flavor: str, **options: Any) -> Any:
        return self.sync_client(**options) if flavor == "sync" else self.async_client(**options)

    # What was sent -------------------------------------------------------------------

    def operations(self) -> list[str | None]:
        return [operation_of(r) for r in self.requests]

    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        request = self.last()
        return json.loads(request.content) if request.content else None


class _SyncTransport(httpx.BaseTransport):
    """Like httpx.MockTransport, but without reading the whole request body first (which
    MockTransport does): upload bodies reach the handler as the stream the SDK made."""

    def __init__(self, api: RecordingAPI) -> None:
        self.api = api

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self.api.handler(request)


class _AsyncTransport(httpx.AsyncBaseTransport):
    def __init__(self, api: RecordingAPI) -> None:
        self.api = api

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self.api.async_handler(request)


async def resolve(value: Any) -> Any:
    """The result of a facade call, whether it came from Jogg or AsyncJogg."""
    return await value if inspect.isawaitable(value) else value


async def take(pager: Any) -> list[Any]:
    """Every item of a sync or async pager."""
    if hasattr(pager, "__aiter__"):
        return [item async for item in pager]
    return list(pager)
