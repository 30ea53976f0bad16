"""The facade covers the spec, field by field, and says what it leaves out on purpose.

- Every request property and query parameter of openapi/jogg-v2.yaml is sent by some facade
  call (MAXIMAL_CALLS passes every optional argument), or is named in NOT_EXPOSED.
- Every response property reaches a result attribute, or is named in RAW_ONLY (it stays
  reachable through ``.raw``). A property reaches the result when removing it from an
  answer in which every property is filled changes the result.

A failure prints a to-do list that names each operation and field, never a bare count.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

import jogg
from jogg import ProductMediaItem, ProductVideoSpec, TemplateVariable

from . import wire
from .support import RecordingAPI

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


def test_every_request_field_of_the_spec_is_sent_or_named_as_not_exposed() -> None:
    covered = {op_id for op_id, _ in MAXIMAL_CALLS}
    todo: list[str] = []
    for op_id, call in MAXIMAL_CALLS:
        api = RecordingAPI()
        wire.run(call, api.sync_client())
        sent: set[str] = set()
        for request, op in zip(api.requests, api.operations(), strict=True):
            if op != op_id:
                continue
            sent |= {f"query.{name}" for name in request.url.params}
            if request.content:
                sent |= wire.sent_paths(json.loads(request.content), "body")
        for field in sorted(wire.request_fields(op_id) - sent):
            if (op_id, field) not in NOT_EXPOSED:
                todo.append(f"{op_id}: {field} is never sent (send it, or add it to NOT_EXPOSED)")
    assert not todo, "request fields to expose:\n  " + "\n  ".join(todo)
    stale = sorted(f"{op}: {field}" for op, field in NOT_EXPOSED if op in covered)
    gone = [s for s in stale if s.split(": ")[1] not in wire.request_fields(s.split(": ")[0])]
    assert not gone, f"NOT_EXPOSED names fields the spec no longer has: {gone}"


# --- what the facade reads -------------------------------------------------------------------


def test_every_response_field_of_the_spec_reaches_a_result_or_is_named_raw_only() -> None:
    todo: list[str] = []
    for op_id, call in MAXIMAL_CALLS:
        schema = wire.response_data(op_id)
        if not schema:
            continue
        full = wire.fill(schema, wire.Sentinels())
        api = RecordingAPI()
        api.on(op_id, full)
        baseline = wire.dump(wire.run(call, api.sync_client()))
        for path, _ in wire.leaves(schema, ""):
            if (op_id, path) in RAW_ONLY or wire.split(path)[0] in PAGING:
                continue
            api = RecordingAPI()
            api.on(op_id, wire.without(full, wire.split(path)))
            try:
                changed = wire.dump(wire.run(call, api.sync_client())) != baseline
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
