"""The fake over real loopback HTTP, from threads, from a subprocess, and through the facade."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from jogg.testing import FakeJogg

from .conftest import PRODUCT_VIDEO, data_of
from .test_webhooks import Receiver, reference_signature

REPO = Path(__file__).resolve().parents[2]


def api(url: str, key: str = "fake-key") -> httpx.Client:
    return httpx.Client(base_url=url, headers={"x-api-key": key}, trust_env=False, timeout=10)


def test_serve_picks_a_free_port_and_shuts_down() -> None:
    fake = FakeJogg()
    with fake.serve() as url:
        assert url.startswith("http://127.0.0.1:")
        with api(url) as c:
            assert data_of(c.get("/v2/user/whoami"))["email"]
            r = c.get("/v2/user/whoami", headers={"x-api-key": ""})
            assert r.status_code == 401 and r.json()["code"] == 10105
            assert c.get("/v2/nope").status_code == 404
    with pytest.raises(httpx.ConnectError), api(url) as c:
        c.get("/v2/user/whoami")


def test_served_workflow_with_real_time_webhook_and_download() -> None:
    fake = FakeJogg(job_seconds=0.3, video_size=50_000)
    receiver = Receiver()
    try:
        with fake.serve() as url, api(url) as c:
            pid = data_of(c.post("/v2/product", json={"url": "https://s.example/p/lamp"}))[
                "product_id"
            ]
            body = {"product_id": pid, **PRODUCT_VIDEO, "webhook_url": receiver.url}
            vid = data_of(c.post("/v2/create_video_from_product", json=body))["video_id"]
            # no more requests: the served fake's ticker notices the end and delivers
            assert receiver.arrived.wait(5)
            headers, raw = receiver.got[0]
            assert headers["X-Webhook-Signature"] == reference_signature(fake.webhook_secret, raw)
            video_url = json.loads(raw)["data"]["video_url"]
            assert video_url == f"{url}/files/videos/{vid}.mp4"
            with httpx.Client(trust_env=False) as anonymous:
                got = anonymous.get(video_url)
            assert got.status_code == 200 and len(got.content) == 50_000
            assert data_of(c.get(f"/v2/product_video/{vid}"))["status"] == "completed"
    finally:
        receiver.close()


def test_served_streamed_upload_and_faults() -> None:
    fake = FakeJogg()
    with fake.serve() as url, api(url) as c:
        up = data_of(
            c.post("/v2/upload/asset", json={"filename": "v.mp4", "content_type": "video/mp4"})
        )

        def chunks() -> Iterator[bytes]:
            for i in range(10):
                yield bytes([i]) * 1000

        with httpx.Client(trust_env=False) as storage:
            r = storage.put(up["sign_url"], content=chunks(), headers={"Content-Type": "video/mp4"})
            assert r.status_code == 200
            assert storage.get(up["asset_url"]).content == b"".join(chunks())

        fake.faults.drop()
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("/v2/voices")
        fake.faults.fail(status=503, retry_after=2)
        r = c.get("/v2/voices")
        assert (r.status_code, r.json()["code"], r.headers["retry-after"]) == (503, 50000, "2")
        fake.faults.truncated_json()
        with pytest.raises(ValueError):
            c.get("/v2/voices").json()
        fake.faults.html()
        assert c.get("/v2/voices").headers["content-type"] == "text/html"
        fake.faults.latency(0.2)
        t = time.perf_counter()
        assert c.get("/v2/voices").json()["code"] == 0
        assert time.perf_counter() - t >= 0.2
        fake.faults.truncate_download()
        with pytest.raises(httpx.RemoteProtocolError), httpx.Client(trust_env=False) as dl:
            dl.get(f"{url}/files/videos/x.mp4")
        assert c.get("/v2/voices").json()["code"] == 0  # the server survived it all


def test_async_client_against_the_served_fake() -> None:
    fake = FakeJogg(clock="manual")

    async def main(url: str) -> list[int]:
        async with httpx.AsyncClient(
            base_url=url, headers={"x-api-key": "fake-key"}, trust_env=False
        ) as c:
            rs = await asyncio.gather(*(c.get("/v2/visual_styles") for _ in range(10)))
            return [r.json()["code"] for r in rs]

    with fake.serve() as url:
        assert asyncio.run(main(url)) == [0] * 10


def test_thread_safety_under_concurrent_load() -> None:
    fake = FakeJogg(rate_limit=None)
    errors: list[BaseException] = []
    ids: list[str] = []
    lock = threading.Lock()

    def worker(c: httpx.Client, n: int) -> None:
        try:
            for i in range(15):
                pid = data_of(c.post("/v2/product", json={"name": f"t{n}-{i}"}))["product_id"]
                data_of(c.put("/v2/product", json={"product_id": pid, "description": "d"}))
                data_of(c.get("/v2/voices"))
                with lock:
                    ids.append(pid)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    with fake.serve() as url:
        clients = [api(url) for _ in range(6)]
        in_process = [
            httpx.Client(
                transport=fake.transport(),
                base_url="http://localhost",
                headers={"x-api-key": "fake-key"},
            )
            for _ in range(2)
        ]
        threads = [
            threading.Thread(target=worker, args=(c, n)) for n, c in enumerate(clients + in_process)
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        for c in clients + in_process:
            c.close()
    assert not errors, errors
    assert len(ids) == len(set(ids)) == 8 * 15
    assert len(fake.requests) == 8 * 15 * 3


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_python_dash_m_serves_until_stopped() -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jogg.testing",
            "--port",
            str(port),
            "--api-key",
            "k-123",
            "--job-seconds",
            "0.5",
            "--no-rate-limit",
        ],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert f"http://127.0.0.1:{port}" in first
        assert "k-123" in proc.stdout.readline()
        assert proc.stdout.readline().startswith("Webhook secret")
        with api(f"http://127.0.0.1:{port}", key="k-123") as c:
            assert data_of(c.get("/v2/user/whoami"))["username"]
            codes = {c.post("/v2/product", json={"name": str(i)}).json()["code"] for i in range(25)}
            assert codes == {0}
        with api(f"http://127.0.0.1:{port}", key="wrong") as c:
            assert c.get("/v2/user/whoami").json()["code"] == 10105
    finally:
        proc.terminate()
        proc.wait(10)


def test_facade_client_in_process() -> None:
    fake = FakeJogg(clock="manual")
    with fake.client() as client:
        product = client.products.create("https://shop.example.com/p/blue-teapot")
    assert product.id.startswith("NTQ")
    assert fake.requests[-1].path == "/v2/product"
    assert fake.requests[-1].json == {"url": "https://shop.example.com/p/blue-teapot"}

    async def main() -> str:
        async with fake.async_client() as client:
            made = await client.products.create(name="Teapot")
            return str(made.id)

    assert asyncio.run(main()).startswith("NTQ")


def _start_fake_process(*args: str) -> tuple[subprocess.Popen[str], list[str]]:
    """``python -m jogg.testing`` on a free port; returns it and the lines it printed."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "jogg.testing", "--port", str(_free_port()), *args],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    lines: list[str] = []
    while not lines or not lines[-1].startswith("Press Ctrl-C"):
        line = proc.stdout.readline()
        assert line, f"the fake stopped early: {proc.stderr.read() if proc.stderr else ''}"
        lines.append(line.rstrip("\n"))
    return proc, lines


def _printed(lines: list[str], label: str) -> str:
    found = [line.split(": ", 1)[1] for line in lines if line.startswith(label)]
    assert len(found) == 1, lines
    return found[0]


@pytest.mark.parametrize("given", [None, "whsec_chosen_for_this_trial"])
def test_python_dash_m_prints_the_secret_it_signs_job_webhooks_with(given: str | None) -> None:
    options = ["--job-seconds", "0.3", *(["--webhook-secret", given] if given else [])]
    proc, lines = _start_fake_process(*options)
    receiver = Receiver()
    try:
        secret = _printed(lines, "Webhook secret")
        assert secret == given if given else secret.startswith("whsec_")
        url = lines[0].rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:")
        with api(url) as c:
            pid = data_of(c.post("/v2/product", json={"name": "Lamp"}))["product_id"]
            body = {"product_id": pid, **PRODUCT_VIDEO, "webhook_url": receiver.url}
            data_of(c.post("/v2/create_video_from_product", json=body))
        assert receiver.arrived.wait(10)
        headers, raw = receiver.got[0]
        assert headers["X-Webhook-Signature"] == reference_signature(secret, raw)
    finally:
        receiver.close()
        proc.terminate()
        proc.wait(10)


def test_python_dash_m_says_how_posts_are_limited() -> None:
    for options, expected in [
        ((), "POSTs: 20 a minute, then 429 with Retry-After (--no-rate-limit to switch off)."),
        (("--no-rate-limit",), "POSTs: no rate limit."),
    ]:
        proc, lines = _start_fake_process(*options)
        proc.terminate()
        proc.wait(10)
        assert expected in lines


def test_served_fake_takes_an_http_loopback_endpoint_and_posts_to_it() -> None:
    fake = FakeJogg(job_seconds=0.3)
    receiver = Receiver()
    try:
        with fake.serve() as url, api(url) as c:
            for refused in ("http://example.com/hook", "ftp://127.0.0.1/hook"):
                r = c.post(
                    "/v2/endpoint",
                    json={"url": refused, "status": "enabled", "events": ["x"]},
                ).json()
                assert r["code"] == 40000 and "url" in r["msg"], r
            ep = data_of(
                c.post(
                    "/v2/endpoint",
                    json={
                        "url": receiver.url,
                        "status": "enabled",
                        "events": ["generated_product_video_success"],
                    },
                )
            )
            assert ep["url"] == receiver.url
            pid = data_of(c.post("/v2/product", json={"name": "Lamp"}))["product_id"]
            body = {"product_id": pid, **PRODUCT_VIDEO}
            vid = data_of(c.post("/v2/create_video_from_product", json=body))["video_id"]
            assert receiver.arrived.wait(5)  # the ticker delivers; no further request
        headers, raw = receiver.got[0]
        assert headers["X-Webhook-Signature"] == reference_signature(ep["secret"], raw)
        assert json.loads(raw)["data"]["video_id"] == vid
    finally:
        receiver.close()


def test_serving_starts_with_an_empty_rate_limit_window() -> None:
    fake = FakeJogg(clock="manual")
    with (
        fake.transport() as transport,
        httpx.Client(
            transport=transport, base_url="http://localhost", headers={"x-api-key": fake.api_key}
        ) as in_process,
    ):
        for i in range(20):  # set-up in-process fills the window ...
            data_of(in_process.post("/v2/product", json={"name": f"setup {i}"}))
        assert in_process.post("/v2/product", json={"name": "full"}).json()["code"] == 429
    with fake.serve() as url, api(url) as c:  # ... and a served run starts afresh
        for i in range(20):
            data_of(c.post("/v2/product", json={"name": f"run {i}"}))
        assert c.post("/v2/product", json={"name": "21st"}).json()["code"] == 429
    with fake.serve() as url, api(url) as c:  # the next run is not charged for the last one
        data_of(c.post("/v2/product", json={"name": "next run"}))
