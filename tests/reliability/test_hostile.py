"""Hostile networks: a loopback server that sends too much, too slowly, too deep or in
circles. Each test asserts the error, the requests the server saw and, for the floods,
the peak memory the client allocated (tracemalloc), against a real socket.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import tracemalloc
import types
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

import jogg

from ..kit import VirtualClock
from ._server import Custom, Reply, Seen, Step, closed_port, json_reply, scripted
from .conftest import AddRow

KEY = "rel-hostile-key"
MB = 1024 * 1024
PEAK_LIMIT = 50 * MB  # the goal: a flood never costs the client more than this
FLOOD = 100 * MB  # what the floods send (or unpack to) at most
ZEROS = b"0" * (64 * 1024)


def client(url: str, **options: Any) -> jogg.Jogg:
    options.setdefault("timeout", 5.0)
    options.setdefault("clock", VirtualClock())
    return jogg.Jogg(KEY, base_url=url, **options)


@contextmanager
def peak_memory() -> Iterator[list[int]]:
    """Yields a list that holds, afterwards, the peak bytes allocated during the block."""
    result: list[int] = []
    tracemalloc.start()
    tracemalloc.reset_peak()
    try:
        yield result
    finally:
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        result.append(peak)


def _send_head(conn: socket.socket, *headers: str) -> None:
    head = ["HTTP/1.1 200 OK", "Content-Type: application/json", *headers, "", ""]
    conn.sendall("\r\n".join(head).encode())


def flood(length_header: bool) -> Custom:
    """A JSON string that never closes: FLOOD bytes, announced as 1 GB or chunked."""

    def send(conn: socket.socket, closing: threading.Event) -> None:
        conn.settimeout(2)
        try:
            if length_header:
                _send_head(conn, f"Content-Length: {1024 * MB}")
                conn.sendall(b'{"code": 0, "data": "')
                for _ in range(FLOOD // len(ZEROS)):
                    conn.sendall(ZEROS)
            else:
                _send_head(conn, "Transfer-Encoding: chunked")
                conn.sendall(b'15\r\n{"code": 0, "data": "\r\n')
                frame = b"%x\r\n" % len(ZEROS) + ZEROS + b"\r\n"
                for _ in range(FLOOD // len(ZEROS)):
                    conn.sendall(frame)
        except OSError:
            return  # the client hung up: that is the point

    return Custom(send)


def _bomb(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    piece = b"0" * MB
    parts = [packer.compress(b'{"code": 0, "data": "')]
    parts += [packer.compress(piece) for _ in range(size // MB)]
    return b"".join(parts) + packer.flush()


BOMB = _bomb(FLOOD)


def gzip_bomb(content_type: str = "application/json") -> Reply:
    headers = {"Content-Encoding": "gzip", "Content-Type": content_type}
    return Reply(200, BOMB, headers)


def trickle(in_head: bool) -> Custom:
    """One byte every 0.1 s for up to 10 s: in the status line, or in the body."""

    def send(conn: socket.socket, closing: threading.Event) -> None:
        data = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        if not in_head:
            _send_head(conn, "Content-Length: 1000")
            data = b'{"code": 0, "data": {"video_id": "v1", "note": "' + b"x" * 200
        try:
            for byte in data[:100]:
                if closing.wait(0.1):
                    return
                conn.sendall(bytes([byte]))
        except OSError:
            return

    return Custom(send)


def deep_json(depth: int = 100_000) -> str:
    return '{"code": 0, "data": ' + "[" * depth + "]" * depth + "}"


# --------------------------------------------------------------------- size after unpacking


@pytest.mark.parametrize(
    ("scenario", "step"),
    [
        ("GET: answer announced as 1 GB (100 MB sent)", flood(length_header=True)),
        ("GET: endless chunked answer (100 MB sent)", flood(length_header=False)),
        ("GET: gzip bomb (100 KB -> 100 MB)", gzip_bomb()),
    ],
)
def test_an_oversized_answer_is_cut_at_the_limit(scenario: str, step: Step, row: AddRow) -> None:
    with (
        scripted([step]) as server,
        client(server.url) as c,
        peak_memory() as peak,
        pytest.raises(jogg.APIError) as caught,
    ):
        c.product_videos.retrieve("v1")
    error = caught.value
    assert "max_response_bytes" in str(error) and str(10 * MB) in str(error)
    assert not error.job_may_exist
    assert server.count == 1  # not retried: the same answer would come again
    assert peak[0] < PEAK_LIMIT
    row(scenario, server.count, f"APIError at the 10 MiB limit, peak {peak[0] / MB:.1f} MB")


def test_an_oversized_answer_to_a_post_keeps_the_job_may_exist_note(row: AddRow) -> None:
    with (
        scripted([flood(length_header=False)]) as server,
        client(server.url) as c,
        pytest.raises(jogg.APIError) as caught,
    ):
        c.products.create(name="mug")
    assert caught.value.job_may_exist and "may have been created" in str(caught.value)
    assert server.count == 1
    row("POST: endless chunked answer", server.count, "APIError, 'job may exist'")


def test_the_answer_limit_is_a_client_option(row: AddRow) -> None:
    answer = json.dumps({"code": 0, "data": {"video_id": "v1", "pad": "x" * 5000}})
    with (
        scripted([json_reply(answer), json_reply(answer)]) as server,
        client(server.url, max_response_bytes=4096) as c,
    ):
        with pytest.raises(jogg.APIError, match="limit of 4096 bytes"):
            c.product_videos.retrieve("v1")
        assert c.with_options(max_response_bytes=8192).product_videos.retrieve("v1").id == "v1"
    assert server.count == 2
    row("GET: 5 KB answer, max_response_bytes 4096 then 8192", server.count, "APIError; then ok")


def finished_video(file_url: str) -> Reply:
    data = {"video_id": "v1", "status": "completed", "video_url": file_url}
    return json_reply(json.dumps({"code": 0, "data": data}))


def test_a_gzip_bomb_download_streams_in_bounded_pieces(tmp_path: Path, row: AddRow) -> None:
    with scripted([], fallback=lambda seen: gzip_bomb("video/mp4")) as server:
        server._script.append(finished_video(f"{server.url}/files/v1.mp4"))
        with client(server.url) as c:
            video = c.product_videos.retrieve("v1")
            with peak_memory() as peak:
                video.download(tmp_path / "v1.mp4")
    saved = (tmp_path / "v1.mp4").stat().st_size
    assert saved == FLOOD + len('{"code": 0, "data": "')  # downloads have no size cap
    assert server.seen[1].headers["accept-encoding"] == "identity"
    assert server.count == 2
    assert peak[0] < PEAK_LIMIT
    row(
        "download: gzip bomb file (100 MB unpacked)",
        server.count,
        f"saved, peak {peak[0] / MB:.1f} MB",
    )


# ------------------------------------------------------------------------- time


@pytest.mark.parametrize(
    ("scenario", "in_head", "options", "deadline"),
    [
        ("GET: body at 10 B/s, deadline 1 s", False, {"timeout": 0.5, "deadline": 1.0}, "1"),
        ("GET: status line at 10 B/s, default deadline", True, {"timeout": 0.4}, "1.2"),
    ],
)
def test_a_trickling_server_hits_the_whole_request_deadline(
    scenario: str, in_head: bool, options: dict[str, Any], deadline: str, row: AddRow
) -> None:
    with (
        scripted([trickle(in_head)]) as server,
        client(server.url, max_retries=0, **options) as c,
        pytest.raises(jogg.APITimeoutError) as caught,
    ):
        c.product_videos.retrieve("v1")
    assert f"whole-request deadline of {deadline} s" in str(caught.value)
    assert server.count == 1
    row(scenario, server.count, f"APITimeoutError at the {deadline} s deadline")


@pytest.mark.anyio
async def test_the_async_client_has_the_deadline_too(row: AddRow) -> None:
    with scripted([trickle(False)]) as server:
        options = {"timeout": 0.5, "deadline": 1.0, "max_retries": 0}
        async with jogg.AsyncJogg(KEY, base_url=server.url, clock=VirtualClock(), **options) as c:
            with pytest.raises(jogg.APITimeoutError, match="deadline of 1 s"):
                await c.product_videos.retrieve("v1")
    row("async GET: body at 10 B/s, deadline 1 s", server.count, "APITimeoutError")


# ------------------------------------------------------------------------- depth


def test_json_nested_100000_deep_is_an_api_error(row: AddRow) -> None:
    with (
        scripted([json_reply(deep_json()), json_reply(deep_json())]) as server,
        client(server.url, max_retries=0) as c,
    ):
        with pytest.raises(jogg.APIError, match="nested too deeply") as on_get:
            c.product_videos.retrieve("v1")
        with pytest.raises(jogg.APIError, match="nested too deeply") as on_post:
            c.products.create(name="mug")
    assert not on_get.value.job_may_exist
    assert on_post.value.job_may_exist and "may have been created" in str(on_post.value)
    assert server.count == 2
    row("GET and POST: JSON nested 100,000 deep", server.count, "APIError (POST: job may exist)")


def test_a_webhook_nested_100000_deep_is_a_payload_error(row: AddRow) -> None:
    import hashlib
    import hmac

    body = deep_json().encode()
    signature = hmac.new(b"whsec", body, hashlib.sha256).hexdigest()
    with pytest.raises(jogg.WebhookPayloadError, match="nested too deeply"):
        jogg.webhooks.parse(body, {"X-Webhook-Signature": signature}, "whsec")
    row("webhooks.parse: JSON nested 100,000 deep", 0, "WebhookPayloadError")


# -------------------------------------------------------------------------- pages


def _page(ids: list[str]) -> Reply:
    items = [{"video_id": i, "status": "completed"} for i in ids]
    return json_reply(json.dumps({"code": 0, "data": {"videos": items, "has_more": True}}))


def _endless_pages(cycle: bool) -> Callable[[Seen], Step]:
    def answer(seen: Seen) -> Step:
        page = int(seen.target.split("page=")[1].split("&")[0])
        if page > 50:  # only a client without a cycle check or page cap gets this far
            return json_reply('{"code": 0, "data": {"videos": [], "has_more": false}}')
        if cycle:
            return _page(["a1", "a2"] if page % 2 else ["b1", "b2"])
        return _page([f"v{page}-1", f"v{page}-2"])

    return answer


def test_pages_cycling_between_two_answers_end_the_listing(row: AddRow) -> None:
    with scripted([], fallback=_endless_pages(cycle=True)) as server, client(server.url) as c:
        ids = [video.id for video in c.product_videos.list()]
    assert ids == ["a1", "a2", "b1", "b2"]
    assert server.count == 3  # page 3 repeats page 1: nothing new, so the listing ends
    row("list: pages A, B, A, B ... with has_more", server.count, "4 items, stopped at repeat")


def test_a_listing_stops_at_max_pages(row: AddRow) -> None:
    seen: list[str] = []
    with (
        scripted([], fallback=_endless_pages(cycle=False)) as server,
        client(server.url, max_pages=5) as c,
        pytest.raises(jogg.APIError, match="after 5 pages") as caught,
    ):
        seen.extend(video.id for video in c.product_videos.list())
    assert len(seen) == 10 and server.count == 5
    assert "max_pages" in str(caught.value)
    row("list: endless fresh pages, max_pages 5", server.count, "10 items, then APIError")


# ----------------------------------------------------------------------- refusals


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (18020, jogg.InsufficientCreditError),
        (10104, jogg.NotFoundError),
        (40000, jogg.InvalidRequestError),
        (10105, jogg.AuthenticationError),
        (18025, jogg.PermissionDeniedError),
    ],
)
def test_a_definite_refusal_of_a_post_does_not_say_a_job_may_exist(
    code: int, kind: type[jogg.APIError], row: AddRow
) -> None:
    refusal = json_reply(json.dumps({"code": code, "msg": "refused", "data": None}))
    with scripted([refusal]) as server, client(server.url) as c, pytest.raises(kind) as caught:
        c.products.create(name="mug")
    assert not caught.value.job_may_exist
    assert "may have been created" not in str(caught.value)
    assert server.count == 1
    row(f"POST: refused with code {code}", server.count, f"{kind.__name__}, no 'may exist'")


def test_a_connection_error_names_the_host_and_keeps_its_cause(row: AddRow) -> None:
    port = closed_port()
    with (
        client(f"http://127.0.0.1:{port}", max_retries=0) as c,
        pytest.raises(jogg.APIConnectionError) as caught,
    ):
        c.user.whoami()
    error = caught.value
    assert f"127.0.0.1:{port}" in str(error) and KEY not in str(error)
    assert isinstance(error.__cause__, __import__("httpx").ConnectError)
    row("GET: connection refused", 0, "APIConnectionError naming the host, httpx cause")


# ------------------------------------------------------------------------- keys


@pytest.mark.parametrize("key", ["clé-secrète", "key\nInjected: 1", "key\x00", "ключ"])
def test_a_key_that_cannot_go_in_a_header_is_refused_at_construction(key: str) -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        jogg.Jogg(key, base_url="http://127.0.0.1:9")
    assert caught.value.field == "api_key"
    assert key not in str(caught.value) and key.strip() not in repr(caught.value.value)


# ------------------------------------------------------------------------- pacing


def test_posts_are_booked_when_sent_not_while_queued(
    row: AddRow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Slow GETs hold every in-flight slot; POSTs queued behind them must still keep to the
    window when they finally go out (the old booking happened before the queue)."""
    import asyncio

    import jogg._transport as transport

    monkeypatch.setattr(transport, "MAX_IN_FLIGHT", 4)
    window, limit = 1.0, 2
    posts: list[float] = []

    def answer(seen: Seen) -> Step:
        if seen.method == "POST":
            posts.append(time.monotonic())
            return json_reply('{"code": 0, "data": {"product_id": "p1"}}')
        time.sleep(0.6)  # a slow GET holds its slot
        return json_reply('{"code": 0, "data": {"video_id": "v1", "status": "completed"}}')

    async def run(url: str) -> None:
        throttle = jogg.PostThrottle(limit, window=window, margin=0.3)
        async with jogg.AsyncJogg(KEY, base_url=url, post_throttle=throttle) as c:
            gets = [c.product_videos.retrieve("v1") for _ in range(8)]
            creates = [c.products.create(name=f"m{i}") for i in range(6)]
            await asyncio.gather(*gets, *creates)

    with scripted([], fallback=answer) as server:
        asyncio.run(run(server.url))
    assert len(posts) == 6
    busiest = max(sum(1 for t in posts if start <= t < start + window) for start in posts)
    assert busiest <= limit
    row("async: 8 slow GETs + 6 POSTs, 2 per 1 s", server.count, f"at most {busiest} per window")


def test_clients_given_one_throttle_share_it(row: AddRow) -> None:
    clock = VirtualClock()
    throttle = jogg.PostThrottle(2, clock=clock)
    ok = json_reply('{"code": 0, "data": {"product_id": "p1"}}')
    with (
        scripted([ok] * 4) as server,
        jogg.Jogg(KEY, base_url=server.url, clock=clock, post_throttle=throttle) as one,
        jogg.Jogg(KEY, base_url=server.url, clock=clock, post_throttle=throttle) as two,
    ):
        for c in (one, two, one.with_options(timeout=9), two):
            c.products.create(name="mug")
    assert server.count == 4
    assert clock.sleeps == [pytest.approx(61.0)]  # the third POST waits window + margin
    row("two clients, one post_throttle (limit 2)", server.count, "third POST waited 61 s")


# ---------------------------------------------------------------------- downloads


def test_a_download_follows_a_redirect_to_another_host_without_the_key(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, row: AddRow
) -> None:
    import logging

    caplog.set_level(logging.INFO, logger="httpx")
    movie = b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64
    with scripted([Reply(200, movie, {"Content-Type": "video/mp4"})]) as cdn:
        # Another host name for the same loopback interface: "localhost" vs "127.0.0.1".
        elsewhere = cdn.url.replace("127.0.0.1", "localhost") + "/signed/v1.mp4?sig=s3cr3t"
        with scripted([], fallback=lambda seen: Reply(302, b"", {"Location": elsewhere})) as api:
            api._script.append(finished_video(f"{api.url}/files/v1.mp4"))
            with client(api.url) as c:
                saved = c.product_videos.retrieve("v1").download(tmp_path / "v1.mp4")
    assert saved is not None and saved.read_bytes() == movie
    assert api.count == 2 and cdn.count == 1
    assert "/signed/v1.mp4" in caplog.text and "s3cr3t" not in caplog.text  # hop logged, no query
    for seen in (api.seen[1], cdn.seen[0]):
        assert "x-api-key" not in seen.headers and KEY not in str(seen.headers)
        assert seen.headers.get("accept") != "application/json"
    row("download: 302 to another host", api.count + cdn.count, "saved; no key sent anywhere")


def test_a_download_into_a_missing_folder_is_refused_before_the_get(
    tmp_path: Path, row: AddRow
) -> None:
    target = tmp_path / "missing" / "v1.mp4"
    with scripted([]) as server:
        server._script.append(finished_video(f"{server.url}/files/v1.mp4"))
        with client(server.url) as c:
            video = c.product_videos.retrieve("v1")
            with pytest.raises(jogg.JoggError) as caught:
                video.download(target)
    assert str(target) in str(caught.value) and "does not exist" in str(caught.value)
    assert ".part" not in str(caught.value)
    assert server.count == 1  # the file was never asked for
    assert not target.parent.exists()
    row("download into a missing folder", server.count, "JoggError naming the path; no GET")


# ---------------------------------------------------------------------- redaction


@pytest.mark.parametrize(
    ("scenario", "shape"),
    [
        ("signed URL with an upper-case host", "http://LOCALHOST:{port}/up/a.png?sig=SIGSECRET1"),
        ("signed URL with a space in its query", "{url}/up/a.png?sig=SIGSECRET2 x&t=1"),
        ("signed URL with a non-ASCII path", "{url}/up/fichier-été.png?sig=SIGSECRET3"),
    ],
)
def test_a_signed_url_never_shows_its_query_in_httpx_log(
    scenario: str, shape: str, caplog: pytest.LogCaptureFixture, row: AddRow
) -> None:
    import logging

    with scripted([]) as server:
        sign_url = shape.format(port=server.port, url=server.url)
        ticket = {"sign_url": sign_url, "asset_url": "https://cdn.example.com/a.png"}
        server._script += [
            json_reply(json.dumps({"code": 0, "data": ticket})),
            Reply(200, b""),
        ]
        with caplog.at_level(logging.INFO, logger="httpx"), client(server.url) as c:
            c.assets.upload(b"\x89PNG....", filename="a.png")
    assert server.count == 2 and server.seen[1].method == "PUT"
    assert "HTTP Request: PUT" in caplog.text  # httpx did log the request
    assert "SIGSECRET" not in caplog.text
    row(f"upload: {scenario}", server.count, "httpx INFO log without the query")


# ------------------------------------------------------------------------ webhooks


class _WerkzeugLikeHeaders:
    """Iterates as (name, value) pairs and has items()/get(), like werkzeug's Headers."""

    def __init__(self, pairs: list[tuple[str, str]]) -> None:
        self._pairs = pairs

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._pairs)

    def items(self) -> list[tuple[str, str]]:
        return list(self._pairs)

    def get(self, name: str, default: str | None = None) -> str | None:
        return next((v for k, v in self._pairs if k.lower() == name.lower()), default)


def _header_shapes(signature: str) -> dict[str, Any]:
    import email.message

    message = email.message.Message()  # what http.server's handler has as self.headers
    message["Host"] = "hooks.example.com"
    message["X-Webhook-Signature"] = signature
    pairs = [("Host", "hooks.example.com"), ("x-webhook-signature", signature)]
    return {
        "email.message.Message (http.server)": message,
        "werkzeug-like Headers": _WerkzeugLikeHeaders(pairs),
        "dict": dict(pairs),
        "list of pairs": pairs,
        "list of byte pairs": [(k.encode(), v.encode()) for k, v in pairs],
    }


def test_webhooks_accept_every_shape_of_headers(row: AddRow) -> None:
    import hashlib
    import hmac

    body = b'{"event": "generated_video_success", "data": {"video_id": "v1"}}'
    signature = hmac.new(b"whsec", body, hashlib.sha256).hexdigest()
    shapes = _header_shapes(signature)
    for headers in shapes.values():
        event = jogg.webhooks.parse(body, headers, "whsec")
        assert event.job_id == "v1" and event.status.is_completed
        with pytest.raises(jogg.WebhookVerificationError):
            jogg.webhooks.parse(body + b" ", headers, "whsec")
    row(
        "webhooks.parse: headers of " + ", ".join(name.split(" ")[0] for name in shapes),
        0,
        "verified and read",
    )


# ----------------------------------------------------------------- unusable answers


def test_a_create_answer_without_an_id_says_the_job_may_exist(row: AddRow) -> None:
    """The core's rule for every create: a POST whose parsed result has an empty ``id`` is
    an APIError with the "job may exist" note, never a ValidationError."""
    from jogg_api.api.product import create_product
    from jogg_api.models.create_product_body import CreateProductBody

    from jogg._transport import Call

    answer = json_reply('{"code": 0, "msg": "ok", "data": {"status": "pending"}}')
    call = Call(
        create_product,
        {"body": CreateProductBody(name="mug")},
        parse=lambda data: types.SimpleNamespace(id=data.get("product_id")),
    )
    with (
        scripted([answer, answer]) as server,
        client(server.url) as c,
        pytest.raises(jogg.APIError) as caught,
    ):
        c._transport.call(call)
    error = caught.value
    assert not isinstance(error, jogg.ValidationError)
    assert error.job_may_exist and "may have been created" in str(error)
    assert "names no id" in str(error) and error.http_status == 200
    assert server.count == 1
    row("POST: create answer without an id", server.count, "APIError, 'job may exist'")


@pytest.mark.parametrize(
    ("create", "data"),
    [
        (lambda c: c.products.create(name="mug"), '{"status": "ok"}'),
        (lambda c: c.product_videos.create("p1", avatar=127, voice="v"), '{"status": "pending"}'),
        (lambda c: c.lip_sync.create("https://m.example/v.mp4", "https://m.example/a.mp3"), "{}"),
    ],
    ids=["product", "product video", "lip sync"],
)
def test_every_create_whose_answer_names_no_id_says_the_job_may_exist(
    create: Any, data: str
) -> None:
    answer = json_reply('{"code": 0, "msg": "ok", "data": ' + data + "}")
    with (
        scripted([answer, answer]) as server,
        client(server.url) as c,
        pytest.raises(jogg.APIError) as caught,
    ):
        create(c)
    assert caught.value.job_may_exist and "may have been created" in str(caught.value)
    assert "names no id" in str(caught.value)
    assert server.count == 1
