"""Fault matrix: a real loopback server misbehaving in scripted ways.

Each test asserts the outcome and the number of requests the server saw, and adds a row
to the printed table. Sleeps run on a recording virtual clock; sockets are real.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

import jogg
from jogg._policy import BACKOFF_BASE

from ..kit import VirtualClock, envelope_json
from ._server import Reply, Reset, Seen, Stall, Step, closed_port, json_reply, scripted
from .conftest import AddRow

KEY = "rel-fault-key"
VIDEO_OK = envelope_json({"video_id": "v1", "status": "completed"}, msg="ok")
PRODUCT_OK = envelope_json({"product_id": "p1"}, msg="ok")


def client(url: str, clock: VirtualClock, **options: Any) -> jogg.Jogg:
    options.setdefault("timeout", 5.0)
    return jogg.Jogg(KEY, base_url=url, clock=clock, **options)


def first_backoff_ok(delay: float, attempt: int = 0) -> bool:
    full = BACKOFF_BASE * 2**attempt
    return full / 2 <= delay <= full


def outcome_of(exc: BaseException) -> str:
    return f"{type(exc).__name__}"


# ----------------------------------------------------------------- retried, then success


@pytest.mark.parametrize(
    ("scenario", "first"),
    [
        ("GET: HTTP 503 then 200", Reply(503, b"busy", {"Content-Type": "text/plain"})),
        ("GET: body code 50000 then 0", json_reply('{"code": 50000, "msg": "system error"}')),
        ("GET: HTTP 502 HTML page then 200", Reply(502, b"<html>Bad Gateway</html>")),
    ],
)
def test_get_retried_after_server_failure(scenario: str, first: Step, row: AddRow) -> None:
    clock = VirtualClock()
    with scripted([first, json_reply(VIDEO_OK)]) as server, client(server.url, clock) as c:
        video = c.product_videos.retrieve("v1")
        assert video.id == "v1" and video.status.is_completed
        assert server.count == 2
        assert len(clock.sleeps) == 1 and first_backoff_ok(clock.sleeps[0])
        row(scenario, server.count, f"success after 1 retry, slept {clock.sleeps[0]:.2f} s")


@pytest.mark.parametrize(
    ("scenario", "first"),
    [
        (
            "GET: HTTP 429 Retry-After: 1 then 200",
            json_reply(
                '{"code": 429, "msg": "slow down", "data": null}', 429, **{"Retry-After": "1"}
            ),
        ),
        (
            "GET: body code 429 Retry-After: 1 then 0",
            json_reply('{"code": 429, "msg": "slow down", "data": null}', **{"Retry-After": "1"}),
        ),
        (
            "POST: HTTP 429 Retry-After: 1 then 200",
            json_reply(
                '{"code": 429, "msg": "slow down", "data": null}', 429, **{"Retry-After": "1"}
            ),
        ),
    ],
)
def test_rate_limited_then_success(scenario: str, first: Step, row: AddRow) -> None:
    clock = VirtualClock()
    is_post = scenario.startswith("POST")
    answer = PRODUCT_OK if is_post else VIDEO_OK
    with scripted([first, json_reply(answer)]) as server, client(server.url, clock) as c:
        if is_post:
            assert c.products.create(name="mug").id == "p1"
        else:
            assert c.product_videos.retrieve("v1").id == "v1"
        assert server.count == 2
        assert clock.sleeps == [1.0]
        row(scenario, server.count, "success after honouring Retry-After (1.0 s)")


def test_code_50000_twice_backs_off_exponentially(row: AddRow) -> None:
    clock = VirtualClock()
    failing = json_reply('{"code": 50000, "msg": "system error"}')
    with (
        scripted([failing, failing, json_reply(VIDEO_OK)]) as server,
        client(server.url, clock) as c,
    ):
        assert c.product_videos.retrieve("v1").id == "v1"
        assert server.count == 3
        assert len(clock.sleeps) == 2
        assert first_backoff_ok(clock.sleeps[0], 0) and first_backoff_ok(clock.sleeps[1], 1)
        row("GET: code 50000 x2 then 0", server.count, "success after 2 retries, backoff grows")


# ------------------------------------------------------------------- hangs and sockets


def test_server_that_never_answers_times_out(row: AddRow) -> None:
    clock = VirtualClock()
    timeout, retries = 0.3, 2
    with scripted([Stall(), Stall(), Stall()]) as server:
        with client(server.url, clock, timeout=timeout, max_retries=retries) as c:
            started = time.monotonic()
            with pytest.raises(jogg.APITimeoutError) as caught:
                c.product_videos.retrieve("v1")
            elapsed = time.monotonic() - started
        assert server.count == retries + 1
        # No hang: every attempt ended at its timeout (generous slack for a loaded machine).
        assert elapsed < timeout * (retries + 1) + 5.0
        assert len(clock.sleeps) == retries
        assert sum(clock.sleeps) <= sum(BACKOFF_BASE * 2**i for i in range(retries))
        row(
            "GET: server never answers (timeout 0.3 s)",
            server.count,
            f"{outcome_of(caught.value)} after {retries + 1} attempts",
        )


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_is_retried(method: str, row: AddRow) -> None:
    clock = VirtualClock()
    url = f"http://127.0.0.1:{closed_port()}"
    with client(url, clock, max_retries=2) as c, pytest.raises(jogg.APIConnectionError) as caught:
        if method == "POST":
            c.products.create(name="mug")
        else:
            c.product_videos.retrieve("v1")
    assert not isinstance(caught.value, jogg.APITimeoutError)
    # Nothing was ever sent, so even the POST was tried again: 3 attempts, 2 backoffs.
    assert len(clock.sleeps) == 2
    assert "may have been created" not in str(caught.value)
    row(f"{method}: connection refused", 0, f"{outcome_of(caught.value)} after 3 attempts")


def test_get_reset_before_response_is_retried(row: AddRow) -> None:
    clock = VirtualClock()
    with scripted([Reset(), Reset(), Reset()]) as server, client(server.url, clock) as c:
        with pytest.raises(jogg.APIConnectionError) as caught:
            c.product_videos.retrieve("v1")
        assert server.count == 3 and len(clock.sleeps) == 2
        row("GET: connection reset x3", server.count, f"{outcome_of(caught.value)}, retried")


def test_get_reset_once_then_success(row: AddRow) -> None:
    clock = VirtualClock()
    with scripted([Reset(), json_reply(VIDEO_OK)]) as server, client(server.url, clock) as c:
        assert c.product_videos.retrieve("v1").id == "v1"
        assert server.count == 2
        row("GET: connection reset then 200", server.count, "success after 1 retry")


@pytest.mark.parametrize(
    ("scenario", "step", "error"),
    [
        ("POST: connection reset after sending", Reset(), jogg.APIConnectionError),
        ("POST: read timeout (0.3 s)", Stall(), jogg.APITimeoutError),
        ("POST: HTTP 500", json_reply('{"code": 50000, "msg": "boom"}', 500), jogg.ServerError),
        ("POST: body code 50000", json_reply('{"code": 50000, "msg": "boom"}'), jogg.ServerError),
    ],
)
def test_post_that_reached_the_server_is_not_retried(
    scenario: str, step: Step, error: type[jogg.APIError], row: AddRow
) -> None:
    clock = VirtualClock()
    spare = json_reply(PRODUCT_OK)  # would be used by a (wrong) retry
    with scripted([step, spare, spare]) as server, client(server.url, clock, timeout=0.3) as c:
        with pytest.raises(error) as caught:
            c.products.create(name="mug")
        assert server.count == 1
        assert clock.sleeps == []
        assert "may have been created" in str(caught.value)
        row(scenario, server.count, f"{outcome_of(caught.value)}, not retried, 'job may exist'")


# ----------------------------------------------------------------- answers that are not answers


BAD_BODIES: list[tuple[str, Reply, int, str | None]] = [
    (
        "truncated JSON body",
        json_reply(VIDEO_OK[: len(VIDEO_OK) // 2]),
        200,
        VIDEO_OK[: len(VIDEO_OK) // 2][:20],
    ),
    (
        "HTML error page (HTTP 200)",
        Reply(200, b"<html><h1>Gateway</h1></html>", {"Content-Type": "text/html"}),
        200,
        "<html>",
    ),
    ("empty body", Reply(200, b"", {"Content-Type": "application/json"}), 200, None),
    (
        "wrong content type (text/plain)",
        Reply(200, b"OK", {"Content-Type": "text/plain"}),
        200,
        "OK",
    ),
    (
        "binary body (image/png)",
        Reply(200, b"\x89PNG\r\n\x1a\n\x00\x00", {"Content-Type": "image/png"}),
        200,
        "PNG",
    ),
    ("JSON that is not an object", json_reply("[1, 2, 3]"), 200, "[1, 2, 3]"),
    ("JSON string", json_reply('"ok"'), 200, '"ok"'),
    (
        "data: null on success",
        json_reply('{"code": 0, "msg": "ok", "data": null}'),
        200,
        '"data": null',
    ),
    ("data is a list on success", json_reply('{"code": 0, "msg": "ok", "data": [1]}'), 200, None),
    ("no business code", json_reply('{"msg": "ok", "data": {"video_id": "v1"}}'), 200, '"msg"'),
    (
        "HTML error page (HTTP 404)",
        Reply(404, b"<html>Not Found</html>", {"Content-Type": "text/html"}),
        404,
        "Not Found",
    ),
]


@pytest.mark.parametrize(
    ("scenario", "reply", "status", "snippet"), BAD_BODIES, ids=[b[0] for b in BAD_BODIES]
)
def test_unusable_answer_is_an_api_error(
    scenario: str, reply: Reply, status: int, snippet: str | None, row: AddRow
) -> None:
    clock = VirtualClock()
    with scripted([reply]) as server, client(server.url, clock, max_retries=0) as c:
        with pytest.raises(jogg.APIError) as caught:
            c.product_videos.retrieve("v1")
        error = caught.value
        assert server.count == 1
        assert not isinstance(error, jogg.APIConnectionError)
        assert error.http_status == status
        assert error.operation == "get_product_video"
        if snippet is not None:
            assert error.body_snippet is not None and snippet in error.body_snippet
            assert snippet in str(error)
        row(f"GET: {scenario}", server.count, f"{type(error).__name__} HTTP {status}")


def test_json_envelope_with_wrong_content_type_is_read(row: AddRow) -> None:
    clock = VirtualClock()
    reply = Reply(200, VIDEO_OK.encode(), {"Content-Type": "text/html"})
    with scripted([reply]) as server, client(server.url, clock) as c:
        assert c.product_videos.retrieve("v1").id == "v1"
        assert server.count == 1
        row("GET: JSON envelope labelled text/html", server.count, "read leniently: success")


def test_body_cut_mid_answer_is_a_connection_error(row: AddRow) -> None:
    clock = VirtualClock()
    cut = Reply(200, VIDEO_OK.encode(), {"Content-Type": "application/json"}, cut_after=10)
    with scripted([cut, cut]) as server, client(server.url, clock, max_retries=1) as c:
        with pytest.raises(jogg.APIConnectionError) as caught:
            c.product_videos.retrieve("v1")
        assert server.count == 2
        row(
            "GET: connection closed mid-body x2",
            server.count,
            f"{outcome_of(caught.value)}, retried",
        )


# --------------------------------------------------------------------------- downloads


def _video_with_file(url: str) -> Reply:
    data = {"video_id": "v1", "status": "completed", "video_url": f"{url}/files/v1.mp4?sig=abc"}
    return json_reply(envelope_json(data, msg="ok"))


def test_download_cut_half_way_leaves_nothing_and_retry_succeeds(
    tmp_path: Path, row: AddRow
) -> None:
    content = bytes(range(256)) * 400  # 100 kB
    half = Reply(200, content, {"Content-Type": "video/mp4"}, cut_after=len(content) // 2)
    full = Reply(200, content, {"Content-Type": "video/mp4"})
    clock = VirtualClock()
    target = tmp_path / "video.mp4"

    def answer(seen: Seen) -> Step:
        return _video_with_file(server.url)

    with scripted([], fallback=answer) as server:
        with client(server.url, clock, max_retries=0) as c:
            video = c.product_videos.retrieve("v1")
            server._script.extend([half])
            with pytest.raises(jogg.APIError) as caught:
                video.download(target)
            assert not target.exists()
            assert list(tmp_path.iterdir()) == []  # no temporary file left behind
            after_failure = server.count
            server._script.extend([full])
            assert video.download(target) == target
            assert target.read_bytes() == content
            assert list(tmp_path.iterdir()) == [target]
        assert after_failure == 2 and server.count == 3
        row(
            "download cut half way, then again",
            server.count - 1,
            f"{outcome_of(caught.value)}, no file; 2nd download complete",
        )


def test_download_cut_half_way_is_retried_within_one_call(tmp_path: Path, row: AddRow) -> None:
    content = b"x" * 50_000
    half = Reply(200, content, {"Content-Type": "video/mp4"}, cut_after=25_000)
    full = Reply(200, content, {"Content-Type": "video/mp4"})
    clock = VirtualClock()
    with scripted([half, full]) as server, client(server.url, clock, max_retries=2) as c:
        target = tmp_path / "v.mp4"
        c._files.download(f"{server.url}/files/v.mp4", target)
        assert target.read_bytes() == content
        assert list(tmp_path.iterdir()) == [target]
        assert server.count == 2
        row("download cut half way, retried in call", server.count, "complete file, 1 retry")


# ------------------------------------------------------------------------------- waits


def _status_reply(status: Any) -> Reply:
    return json_reply(envelope_json({"video_id": "v1", "status": status}, msg="ok"))


def test_wait_through_flipping_statuses(row: AddRow) -> None:
    clock = VirtualClock()
    flips = ["pending", "processing", "pending", 0, "queued", "processing", "completed"]
    script: list[Step] = [_status_reply(s) for s in flips]
    with scripted(script) as server, client(server.url, clock) as c:
        seen: list[str] = []
        video = c.product_videos.wait(
            "v1", poll_interval=5, on_progress=lambda job, _: seen.append(job.status.state.value)
        )
        assert video.status.is_completed
        assert server.count == len(flips)
        assert len(seen) == len(flips) and seen[-1] == "completed"
        row("wait: status flips 7 times", server.count, "completed")


def test_wait_for_a_job_that_disappears(row: AddRow) -> None:
    clock = VirtualClock()
    gone = json_reply('{"code": 10104, "msg": "record not found", "data": null}')
    with scripted([_status_reply("processing"), gone]) as server, client(server.url, clock) as c:
        with pytest.raises(jogg.NotFoundError) as caught:
            c.product_videos.wait("v1", poll_interval=5)
        assert caught.value.code == 10104
        assert server.count == 2
        row("wait: job disappears (10104)", server.count, outcome_of(caught.value))


def test_wait_for_a_job_that_never_finishes(row: AddRow) -> None:
    clock = VirtualClock()
    with scripted([], fallback=lambda _: _status_reply("processing")) as server:
        with client(server.url, clock) as c, pytest.raises(jogg.WaitTimeoutError) as caught:
            c.product_videos.wait("v1", timeout=60, poll_interval=10)
        assert caught.value.job is not None and caught.value.job.status.state.value == "processing"
        assert server.count == 7  # at once, then at 10, 20, ..., 60 s of virtual time
        assert sum(clock.sleeps) == pytest.approx(60)
        row("wait: never finishes (timeout 60 s)", server.count, outcome_of(caught.value))


# ------------------------------------------------------------------ the async client


@pytest.mark.anyio
async def test_async_get_retried_and_post_not(row: AddRow) -> None:
    clock = VirtualClock()
    busy = Reply(503, b"busy", {"Content-Type": "text/plain"})
    script: list[Step] = [busy, json_reply(VIDEO_OK), Stall(), json_reply(PRODUCT_OK)]
    with scripted(script) as server:
        async with jogg.AsyncJogg(KEY, base_url=server.url, clock=clock, timeout=0.3) as c:
            video = await c.product_videos.retrieve("v1")
            assert video.id == "v1" and server.count == 2
            with pytest.raises(jogg.APITimeoutError) as caught:
                await c.products.create(name="mug")
        assert server.count == 3  # the POST went out once, and was not sent again
        assert len(clock.sleeps) == 1 and first_backoff_ok(clock.sleeps[0])
        assert "may have been created" in str(caught.value)
        row("async: GET 503 then 200; POST timeout", server.count, "success; APITimeoutError once")
