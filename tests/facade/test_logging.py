"""The "jogg" logger: what a request log shows, that JOGG_LOG turns it on, and that the API
key shows nowhere — not in log records, reprs, or error messages."""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterator

import httpx
import pytest

import jogg
import jogg._client

from ..kit import KEY, ScriptedAPI, envelope, no_traffic, raises, resolve, take

pytestmark = pytest.mark.anyio

VIDEO_PATH = "/v2/product_video/vid-1"
SPEC = jogg.ProductVideoSpec(avatar=127, voice="en-US-ChristopherNeural")


def all_log_text(caplog: pytest.LogCaptureFixture) -> str:
    lines = []
    for record in caplog.records:
        lines.append(record.getMessage())
        lines.append(repr(record.args))
        if record.exc_info and record.exc_info[1] is not None:
            lines.append(str(record.exc_info[1]))
    return "\n".join(lines)


async def test_a_create_and_wait_flow_is_logged_without_the_key(
    api: ScriptedAPI, flavor: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="jogg")
    api.on("POST", "/v2/product", envelope({"product_id": "prod-1"}))
    api.on(
        "POST",
        "/v2/create_video_from_product",
        envelope({"video_id": "vid-1", "status": "processing"}),
    )
    api.on(
        "GET",
        VIDEO_PATH,
        httpx.Response(503, text="busy"),
        envelope({"status": "processing"}),
        envelope({"status": "completed", "video_url": "https://res.example/v.mp4"}),
    )
    client = api.client(flavor)

    product = await resolve(client.products.create("https://shop.example.com/p/1"))
    video = await resolve(client.product_videos.create_and_wait(product.id, SPEC))

    assert video.status.is_completed
    text = all_log_text(caplog)
    assert KEY not in text
    assert all(record.name.startswith("jogg") for record in caplog.records)
    # Method, path, status and the retry all show.
    assert "POST /v2/product -> 200" in text
    assert "POST /v2/create_video_from_product -> 200" in text
    assert f"GET {VIDEO_PATH} -> 200" in text
    assert "retry 1 of 2" in text
    assert any(record.levelno == logging.DEBUG for record in caplog.records)
    # The key was really sent, so its absence from the log means something.
    assert all(r.headers["x-api-key"] == KEY for r in api.requests)


async def test_a_failed_request_is_logged_with_its_rid_and_without_the_key(
    api: ScriptedAPI, flavor: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="jogg")
    rid = "0123456789abcdef0123456789abcdef"
    api.on("GET", VIDEO_PATH, envelope(code=10104, msg="not found", rid=rid))
    await raises(jogg.NotFoundError, lambda: api.client(flavor).product_videos.retrieve("vid-1"))
    text = all_log_text(caplog)
    assert rid in text and "10104" in text
    assert KEY not in text


async def test_a_successful_answer_is_logged_with_its_rid_and_elapsed_time(
    api: ScriptedAPI, flavor: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="jogg")
    rid = "a1b2c3d4e5f60718293a4b5c6d7e8f90"
    api.on("GET", VIDEO_PATH, envelope({"video_id": "vid-1", "status": "pending"}, rid=rid))
    await resolve(api.client(flavor).product_videos.retrieve("vid-1"))
    [line] = [r.getMessage() for r in caplog.records if "-> 200" in r.getMessage()]
    assert f"GET {VIDEO_PATH} -> 200" in line
    assert " ms " in line and "attempt 1" in line
    assert rid in line


@pytest.mark.parametrize("where", ["msg", "html", "header-rid"])
async def test_a_key_echoed_by_the_server_is_redacted_from_errors_and_logs(
    api: ScriptedAPI, flavor: str, caplog: pytest.LogCaptureFixture, where: str
) -> None:
    caplog.set_level(logging.DEBUG, logger="jogg")
    if where == "msg":
        reply = httpx.Response(401, json=envelope(code=10105, msg=f"invalid api key {KEY}"))
    elif where == "html":
        reply = httpx.Response(401, text=f"<html>x-api-key: {KEY} is not valid</html>")
    else:
        reply = httpx.Response(
            401, json={"code": 10105, "msg": "bad key"}, headers={"x-request-id": KEY}
        )
    api.on("GET", VIDEO_PATH, reply)

    error = await raises(
        jogg.AuthenticationError, lambda: api.client(flavor).product_videos.retrieve("vid-1")
    )

    printed = "".join(traceback.format_exception(error))
    shown = (str(error), repr(error), error.message, str(error.body_snippet), str(error.rid))
    for text in (*shown, printed):
        assert KEY not in text
    assert KEY not in all_log_text(caplog)


@pytest.mark.parametrize("cut", range(150, 200, 7))
async def test_a_key_cut_off_at_the_end_of_a_snippet_is_redacted(
    api: ScriptedAPI, flavor: str, cut: int
) -> None:
    # The snippet keeps the first 200 characters: place the key across that boundary.
    page = "e" * cut + " " + KEY + " " + "tail " * 40
    api.on("GET", VIDEO_PATH, httpx.Response(502, text=page))
    error = await raises(
        jogg.ServerError,
        lambda: api.client(flavor, max_retries=0).product_videos.retrieve("vid-1"),
    )
    shown = str(error)
    for size in range(6, len(KEY) + 1):
        assert KEY[:size] not in shown


async def test_errors_of_every_kind_never_show_the_key(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, httpx.ConnectError(f"could not connect (key {KEY})"))
    api.on("POST", "/v2/product", httpx.ReadTimeout(f"timed out {KEY}"))
    client = api.client(flavor, max_retries=0)
    errors = [
        await raises(jogg.APIConnectionError, lambda: client.product_videos.retrieve("vid-1")),
        await raises(jogg.APITimeoutError, lambda: client.products.create(name="x")),
    ]
    for error in errors:
        assert KEY not in str(error) and KEY not in repr(error)
        # Not in the printed traceback either (no chained exception carries it).
        assert KEY not in "".join(traceback.format_exception(error))


async def test_results_and_pagers_never_show_the_key(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", "/v2/voices", envelope({"voices": [{"voice_id": "v1", "name": "A"}]}))
    client = api.client(flavor)
    pager = client.voices.list()
    voices = await take(pager)
    for text in (repr(client), repr(pager), repr(voices), repr(client.voices)):
        assert KEY not in text


@pytest.fixture
def restore_jogg_logger(monkeypatch: pytest.MonkeyPatch) -> Iterator[logging.Logger]:
    logger = logging.getLogger("jogg")
    level, handlers = logger.level, list(logger.handlers)
    # Let the environment be read again, as in a fresh process.
    monkeypatch.setattr(jogg._client, "_log_configured", False)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("INFO", logging.INFO)])
def test_jogg_log_turns_on_the_logger(
    monkeypatch: pytest.MonkeyPatch,
    restore_jogg_logger: logging.Logger,
    value: str,
    level: int,
) -> None:
    monkeypatch.setenv("JOGG_LOG", value)
    jogg.Jogg(KEY, http_client=httpx.Client(transport=no_traffic()))
    assert restore_jogg_logger.level == level
    assert restore_jogg_logger.isEnabledFor(level)
    assert restore_jogg_logger.handlers


def test_without_jogg_log_the_logger_is_left_alone(
    monkeypatch: pytest.MonkeyPatch, restore_jogg_logger: logging.Logger
) -> None:
    monkeypatch.delenv("JOGG_LOG", raising=False)
    before = (restore_jogg_logger.level, list(restore_jogg_logger.handlers))
    jogg.Jogg(KEY, http_client=httpx.Client(transport=no_traffic()))
    assert (restore_jogg_logger.level, restore_jogg_logger.handlers) == before
