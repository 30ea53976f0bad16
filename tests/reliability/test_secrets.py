"""Secrets: a marker API key, a marker webhook secret and a signed upload URL with a marker
token go through success, error, retry, timeout, upload and webhook flows with DEBUG
logging on; none may show up in logs, reprs, strings, exception messages, rendered
tracebacks or CLI output. Also: plain http:// only for loopback, and a redirect never
carries the key to another host."""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import subprocess
import sys
import traceback
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

import jogg
from jogg.testing import FakeJogg

from ..kit import VirtualClock, envelope_json
from ._server import Reply, Reset, Seen, Step, json_reply, scripted
from .conftest import AddRow

KEY = "sk-KEYMARKER-" + secrets.token_hex(8)
WEBHOOK_SECRET = "whsec_SECRETMARKER" + secrets.token_hex(8)
UPLOAD_TOKEN = "TOKENMARKER" + secrets.token_hex(8)
MARKERS = (KEY, WEBHOOK_SECRET, UPLOAD_TOKEN)


class Evidence:
    """Everything a flow produced that a user or a log could see."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.flows = 0

    def value(self, obj: Any) -> None:
        self.texts += [repr(obj), str(obj)]

    def error(self, exc: BaseException) -> None:
        self.texts += [str(exc), repr(exc), "".join(traceback.format_exception(exc))]

    def run(self, flow: Any, *args: Any, **kwargs: Any) -> Any:
        self.flows += 1
        try:
            result = flow(*args, **kwargs)
        except jogg.JoggError as exc:
            self.error(exc)
            return exc
        self.value(result)
        if isinstance(result, list):
            for item in result:
                self.value(item)
        return result

    def leaks(self, extra: Iterable[str] = (), markers: Iterable[str] = MARKERS) -> list[str]:
        found = []
        for text in [*self.texts, *extra]:
            for marker in markers:
                if marker in text:
                    found.append(f"{marker[:12]}... in {text[:160]!r}")
        return found


def log_texts(caplog: pytest.LogCaptureFixture) -> list[str]:
    texts = [caplog.text]
    for record in caplog.records:
        texts += [record.getMessage(), repr(record.args), str(record.__dict__)]
    return texts


def test_no_secret_in_logs_reprs_or_errors(
    caplog: pytest.LogCaptureFixture, tmp_path: Path, row: AddRow
) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: jogg's, httpx's, httpcore's
    seen = Evidence()
    fake = FakeJogg(KEY, job_seconds=0.2, webhook_secret=WEBHOOK_SECRET, rate_limit=None)
    endpoint_secrets: list[str] = []
    with fake.serve() as url:
        client = jogg.Jogg(KEY, base_url=url, timeout=5, post_rate_limit=None)
        seen.value(client)
        seen.value(client.with_options(timeout=1))
        seen.run(client.user.whoami)
        product = seen.run(client.products.create, name="Mug")
        video = seen.run(
            client.product_videos.create, product.id, avatar=127, voice="en-US-ChristopherNeural"
        )
        done = seen.run(client.product_videos.wait, video, poll_interval=0.1, timeout=30)
        seen.run(done.download, tmp_path / "video.mp4")
        seen.run(client.product_videos.retrieve, "no-such-video")  # 10104
        fake.faults.fail(code=50000, method="GET")
        seen.run(client.product_videos.retrieve, video.id)  # retried
        fake.faults.fail(status=500, method="POST")
        seen.run(client.products.create, name="Mug")  # POST 500: not retried
        fake.faults.latency(1.0, method="GET")
        seen.run(client.with_options(timeout=0.2, max_retries=0).user.whoami)  # timeout
        fake.faults.drop(method="GET")
        seen.run(client.with_options(max_retries=0).user.remaining_quota)  # connection lost
        endpoint = seen.run(
            client.webhooks.create_endpoint,
            "https://hooks.example.com/jogg",
            ["generated_product_video_success"],
        )
        endpoint_secrets.append(endpoint.secret)
        for listed in seen.run(client.webhooks.list_endpoints):
            endpoint_secrets.append(listed.secret)
        seen.run(
            jogg.Jogg(KEY + "-wrong", base_url=url, max_retries=0).user.whoami
        )  # 10105 with a key that contains the marker
        client.close()

    body = json.dumps({"event": "generated_video_success", "data": {"video_id": "v1"}}).encode()
    good = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    headers = {"X-Webhook-Signature": good, "X-Webhook-Event": "generated_video_success"}
    seen.run(jogg.webhooks.parse, body, headers, WEBHOOK_SECRET)
    seen.run(jogg.webhooks.parse, body + b" ", headers, WEBHOOK_SECRET)
    seen.run(jogg.webhooks.verify, body, good[::-1], WEBHOOK_SECRET)
    seen.run(jogg.webhooks.parse, b"[]", {"X-Webhook-Signature": good}, WEBHOOK_SECRET)

    upload_requests = run_upload_flows(seen, tmp_path)

    secrets_seen = [s for s in endpoint_secrets if s]
    assert secrets_seen, "the fake gave endpoint secrets to look for"
    leaks = seen.leaks(log_texts(caplog), markers=(*MARKERS, *secrets_seen))
    assert not leaks, "\n".join(leaks)
    assert caplog.records, "DEBUG logging captured nothing"
    row(
        f"secrets: {seen.flows} flows, DEBUG logs, reprs, tracebacks",
        len(fake.requests) + upload_requests,
        f"0 leaks in {len(seen.texts)} texts + {len(caplog.records)} log records",
    )


def run_upload_flows(seen: Evidence, tmp_path: Path) -> int:
    """Uploads to a signed URL whose query holds the marker token: success, refusal, reset."""

    def answer(request: Seen) -> Step:
        if request.method == "POST":
            data = {
                "sign_url": f"{server.url}/upload/a.png?X-Token={UPLOAD_TOKEN}",
                "asset_url": f"{server.url}/files/a.png",
                "asset_id": 1,
            }
            return json_reply(envelope_json(data, msg="ok"))
        return Reply(200)

    image = tmp_path / "a.png"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 100)
    with scripted([], fallback=answer) as server:
        client = jogg.Jogg(KEY, base_url=server.url, clock=VirtualClock(), max_retries=1)
        seen.run(client.assets.upload, image)
        forbidden = Reply(
            403, b"<Error>SignatureDoesNotMatch " + UPLOAD_TOKEN.encode() + b"</Error>"
        )
        for failures in ([forbidden], [Reset(), Reset()]):  # 403 is final; resets retried
            server._script.extend(
                [
                    json_reply(
                        envelope_json(
                            {
                                "sign_url": f"{server.url}/upload/a.png?X-Token={UPLOAD_TOKEN}",
                                "asset_url": f"{server.url}/files/a.png",
                            },
                            msg="ok",
                        )
                    ),
                    *failures,
                ]
            )
            seen.run(client.assets.upload, image)
        client.close()
        return server.count


def test_no_secret_on_stderr_with_jogg_log_debug_or_in_cli_output(row: AddRow) -> None:
    fake = FakeJogg(KEY, job_seconds=0.2, webhook_secret=WEBHOOK_SECRET, rate_limit=None)
    script = (
        "import jogg, sys\n"
        "c = jogg.Jogg(base_url=sys.argv[1], max_retries=1)\n"
        "c.user.whoami()\n"
        "p = c.products.create(name='Mug')\n"
        "try:\n"
        "    c.product_videos.retrieve('missing')\n"
        "except jogg.APIError as e:\n"
        "    print(e, file=sys.stderr)\n"
        "print(repr(c), p)\n"
    )
    outputs: list[str] = []
    runs = 0
    with fake.serve() as url:
        env = {**os.environ, "JOGG_API_KEY": KEY, "JOGG_LOG": "debug", "JOGG_BASE_URL": url}
        env.pop("JOGG_WEBHOOK_SECRET", None)
        commands = [
            [sys.executable, "-c", script, url],
            [sys.executable, "-m", "jogg.cli", "whoami"],
            [sys.executable, "-m", "jogg.cli", "quota"],
            [sys.executable, "-m", "jogg.cli", "avatars"],
            [sys.executable, "-m", "jogg.cli", "webhooks", "list"],
            [sys.executable, "-m", "jogg.cli", "status", "product-video", "missing"],
            [sys.executable, "-m", "jogg.cli", "--json", "whoami"],
            [sys.executable, "-m", "jogg.cli", "--api-key", KEY + "-wrong", "whoami"],
        ]
        for command in commands:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
            runs += 1
            outputs += [done.stdout, done.stderr]
            assert done.returncode in (0, 1), (command[-1], done.stderr[-500:])
        requests = len(fake.requests)
    assert any("jogg" in text for text in outputs), "JOGG_LOG=debug wrote nothing"
    leaks = [f"{m[:12]}... in {t[:200]!r}" for t in outputs for m in MARKERS if m in t]
    assert not leaks, "\n".join(leaks)
    row(f"secrets: JOGG_LOG=debug + {runs - 1} CLI runs", requests, "0 leaks on stdout/stderr")


def test_plain_http_only_for_loopback(row: AddRow) -> None:
    refused = ["http://api.jogg.ai", "http://10.0.0.1:8080", "http://example.com", "ftp://x.y"]
    for url in refused:
        with pytest.raises(jogg.ValidationError) as caught:
            jogg.Jogg(KEY, base_url=url)
        assert KEY not in str(caught.value)
    for url in (
        "http://127.0.0.1:9",
        "http://localhost:9",
        "http://[::1]:9",
        "https://api.jogg.ai",
    ):
        assert jogg.Jogg(KEY, base_url=url).base_url == url
    row("http:// base URL off loopback", 0, f"{len(refused)} refused, loopback allowed")


def test_redirect_does_not_carry_the_key_to_another_host(row: AddRow) -> None:
    with scripted([], fallback=lambda _: json_reply('{"code": 0, "data": {}}')) as other:
        elsewhere = other.url.replace("127.0.0.1", "localhost") + "/v2/user/whoami"
        moved = Reply(302, b"", {"Location": elsewhere})
        with scripted([moved, moved, moved]) as server:
            client = jogg.Jogg(KEY, base_url=server.url, clock=VirtualClock())
            with pytest.raises(jogg.APIError) as caught:
                client.user.whoami()
            client.close()
            assert caught.value.http_status == 302
            assert server.count == 1  # a redirect is not retried either
        assert other.count == 0
        assert all(KEY not in s.headers.get("x-api-key", "") for s in other.seen)
    row("302 to another host", server.count, f"{type(caught.value).__name__}; other host saw 0")
