"""Downloads, uploads and scripted faults, in-process."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator

import httpx
import pytest

from jogg.testing import FakeJogg

from .conftest import PRODUCT_VIDEO, create_product, create_product_video, data_of


def test_download_finished_video_without_key(fake: FakeJogg, client: httpx.Client) -> None:
    vid = create_product_video(client)
    fake.advance(2)
    url = data_of(client.get(f"/v2/product_video/{vid}"))["video_url"]
    with httpx.Client(transport=fake.transport()) as anonymous:
        r = anonymous.get(url)
        again = anonymous.get(url)
        part = anonymous.get(url, headers={"Range": "bytes=100-199"})
    assert r.status_code == 200 and r.headers["content-type"] == "video/mp4"
    assert len(r.content) == 256 * 1024 and r.content == again.content
    assert r.content[4:8] == b"ftyp"
    assert part.status_code == 206 and part.content == r.content[100:200]


def test_video_size_is_configurable() -> None:
    fake = FakeJogg(video_size=1000)
    with httpx.Client(transport=fake.transport()) as c:
        assert len(c.get("http://localhost/files/videos/x.mp4").content) == 1000


def test_upload_flow(fake: FakeJogg, client: httpx.Client) -> None:
    up = data_of(
        client.post("/v2/upload/asset", json={"filename": "shot.png", "content_type": "image/png"})
    )
    assert "Signature=" in up["sign_url"] and up["asset_id"]
    payload = b"\x89PNG" + b"x" * 5000
    with httpx.Client(transport=fake.transport()) as storage:
        bad = storage.put(up["sign_url"], content=payload, headers={"Content-Type": "image/jpeg"})
        assert bad.status_code == 403 and b"SignatureDoesNotMatch" in bad.content
        forged = up["sign_url"].replace("Signature=", "Signature=0")
        r = storage.put(forged, content=payload, headers={"Content-Type": "image/png"})
        assert r.status_code == 403

    def chunks() -> Iterator[bytes]:  # a streamed body, no Content-Length
        yield payload[:100]
        yield payload[100:]

    with httpx.Client(transport=fake.transport()) as storage:
        ok = storage.put(up["sign_url"], content=chunks(), headers={"Content-Type": "image/png"})
        assert ok.status_code == 200
        assert storage.get(up["asset_url"]).content == payload
    stored = fake.uploads[up["asset_id"]]
    assert stored is fake.uploads[up["asset_url"]]
    assert stored.content == payload and stored.content_type == "image/png"


def test_async_client_streamed_upload_and_download(fake: FakeJogg, client: httpx.Client) -> None:
    up = data_of(
        client.post("/v2/upload/asset", json={"filename": "a.mp3", "content_type": "audio/mpeg"})
    )

    async def main() -> bytes:
        async def chunks() -> object:
            for part in (b"ab", b"cd"):
                yield part

        async with httpx.AsyncClient(transport=fake.transport()) as c:
            r = await c.put(
                up["sign_url"], content=chunks(), headers={"Content-Type": "audio/mpeg"}
            )  # type: ignore[arg-type]
            assert r.status_code == 200
            return (await c.get(up["asset_url"])).content

    assert asyncio.run(main()) == b"abcd"


def test_fail_next_calls_with_status_code_and_retry_after(
    fake: FakeJogg, client: httpx.Client
) -> None:
    fake.faults.fail(2, status=503)
    fake.faults.fail(status=429, retry_after=7)
    fake.faults.fail(code=50000, path="/v2/user/*")
    first, second = client.get("/v2/voices"), client.get("/v2/voices")
    assert (first.status_code, first.json()["code"]) == (503, 50000)
    assert second.status_code == 503
    limited = client.get("/v2/voices")
    assert limited.status_code == 429 and limited.headers["retry-after"] == "7"
    assert limited.json()["code"] == 429
    assert client.get("/v2/voices").json()["code"] == 0
    business = client.get("/v2/user/whoami")
    assert (business.status_code, business.json()["code"]) == (200, 50000)
    assert fake.faults.pending == []


def test_faults_only_match_method_and_path(fake: FakeJogg, client: httpx.Client) -> None:
    fake.faults.fail(status=500, method="POST", path="/v2/product")
    assert client.get("/v2/voices").json()["code"] == 0
    r = client.post("/v2/product", json={"name": "x"})
    assert r.status_code == 500
    assert len(data_of(client.get("/v2/product_videos"))["videos"]) == 0
    assert [r.method for r in fake.requests] == ["GET", "POST", "GET"]


def test_latency_and_read_timeout(fake: FakeJogg, client: httpx.Client) -> None:
    fake.faults.latency(0.2)
    t = time.perf_counter()
    assert client.get("/v2/voices").json()["code"] == 0
    assert time.perf_counter() - t >= 0.2
    fake.faults.latency(5.0)
    with pytest.raises(httpx.ReadTimeout):
        client.get("/v2/voices", timeout=0.1)


def test_latency_async_does_not_block_the_loop(fake: FakeJogg) -> None:
    fake.faults.latency(0.3, times=3)

    async def main() -> float:
        async with httpx.AsyncClient(
            transport=fake.transport(),
            base_url="http://localhost",
            headers={"x-api-key": "fake-key"},
        ) as c:
            t = time.perf_counter()
            results = await asyncio.gather(*(c.get("/v2/voices") for _ in range(3)))
            assert all(r.json()["code"] == 0 for r in results)
            return time.perf_counter() - t

    assert asyncio.run(main()) < 0.8


def test_drop_connection(fake: FakeJogg, client: httpx.Client) -> None:
    fake.faults.drop()
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/v2/voices")
    fake.faults.drop(kind="connect")
    with pytest.raises(httpx.ConnectError):
        client.get("/v2/voices")


def test_drop_after_processing_creates_the_job_anyway(fake: FakeJogg, client: httpx.Client) -> None:
    pid = create_product(client)
    fake.faults.drop(after=True, path="/v2/create_video_from_product")
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/v2/create_video_from_product", json={"product_id": pid, **PRODUCT_VIDEO})
    assert len(data_of(client.get("/v2/product_videos"))["videos"]) == 1


def test_truncated_json_and_html_bodies(client: httpx.Client, fake: FakeJogg) -> None:
    fake.faults.truncated_json()
    fake.faults.html()
    r = client.get("/v2/voices")
    assert r.status_code == 200
    with pytest.raises(ValueError):
        r.json()
    r = client.get("/v2/voices")
    assert r.status_code == 502 and r.headers["content-type"] == "text/html"
    assert r.text.startswith("<html>")


def test_truncated_download(fake: FakeJogg) -> None:
    fake.faults.truncate_download()
    with httpx.Client(transport=fake.transport()) as c:
        assert c.get("http://localhost/v2/voices").status_code == 401  # API calls don't match
        with pytest.raises(httpx.RemoteProtocolError):
            c.get("http://localhost/files/videos/a.mp4")
        assert len(c.get("http://localhost/files/videos/a.mp4").content) == 256 * 1024

    fake.faults.truncate_download()

    async def main() -> None:
        url = "http://localhost/files/videos/a.mp4"
        async with (
            httpx.AsyncClient(transport=fake.transport()) as c,
            c.stream("GET", url) as r,
        ):
            assert r.headers["content-length"] == str(256 * 1024)
            got = b""
            with pytest.raises(httpx.RemoteProtocolError):
                async for chunk in r.aiter_bytes():
                    got += chunk
            assert len(got) == 128 * 1024

    asyncio.run(main())
