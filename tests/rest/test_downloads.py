"""download()/adownload() of finished results: streamed, written under a temporary name,
renamed only when complete, retried through the core, with progress."""

from __future__ import annotations

import io
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

import jogg

from ..kit import ScriptedAPI, envelope, resolve

MB = 1024 * 1024
CONTENT = bytes(range(256)) * 4096  # 1 MiB


class Body(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A response body sent in chunks, optionally breaking off with a transport error."""

    def __init__(self, chunks: list[bytes] | Iterator[bytes], fail: bool = False) -> None:
        self.chunks = chunks
        self.fail = fail

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks
        if self.fail:
            raise httpx.ReadError("connection reset mid-body")

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk
        if self.fail:
            raise httpx.ReadError("connection reset mid-body")


def answer(size: int, chunks: Any, *, fail: bool = False) -> httpx.Response:
    return httpx.Response(
        200, headers={"Content-Length": str(size)}, stream=Body(chunks, fail=fail)
    )


async def finished_video(api: ScriptedAPI, flavor: str, **options: Any) -> Any:
    return await resolve(api.client(flavor, **options).avatar_videos.retrieve("av_1"))


async def download(flavor: str, video: Any, destination: Any, **kwargs: Any) -> Any:
    if flavor == "sync":
        return video.download(destination, **kwargs)
    return await video.adownload(destination, **kwargs)


def leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.anyio
async def test_a_transfer_broken_mid_body_is_retried_and_completes(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    replies = iter(
        [
            answer(len(CONTENT), [CONTENT[: 300 * 1024]], fail=True),
            answer(len(CONTENT), [CONTENT[: MB // 2], CONTENT[MB // 2 :]]),
        ]
    )
    api.fallback = lambda request: next(replies)
    video = await finished_video(api, flavor)
    target = tmp_path / "video.mp4"
    written = await download(flavor, video, target)
    assert written == target
    assert target.read_bytes() == CONTENT
    assert leftovers(tmp_path) == ["video.mp4"]
    downloads = [r for r in api.requests if r.url.host == "cdn.test.example"]
    assert len(downloads) == 2
    assert all("x-api-key" not in r.headers for r in downloads)


@pytest.mark.anyio
async def test_a_transfer_that_keeps_breaking_leaves_no_file(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    api.fallback = lambda request: answer(len(CONTENT), [CONTENT[:1000]], fail=True)
    video = await finished_video(api, flavor, max_retries=1)
    with pytest.raises(jogg.APIConnectionError):
        await download(flavor, video, tmp_path / "video.mp4")
    assert leftovers(tmp_path) == []


@pytest.mark.anyio
async def test_a_body_shorter_than_its_content_length_leaves_no_file(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    api.fallback = lambda request: answer(len(CONTENT), [CONTENT[:4096]])
    video = await finished_video(api, flavor, max_retries=0)
    with pytest.raises(jogg.APIConnectionError, match="4096 of 1048576"):
        await download(flavor, video, tmp_path / "video.mp4")
    assert leftovers(tmp_path) == []


@pytest.mark.anyio
async def test_an_existing_file_is_replaced_only_by_a_complete_one(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    target = tmp_path / "video.mp4"
    target.write_bytes(b"previous, good copy")
    api.fallback = lambda request: answer(len(CONTENT), [CONTENT[:10]], fail=True)
    video = await finished_video(api, flavor, max_retries=0)
    with pytest.raises(jogg.APIConnectionError):
        await download(flavor, video, target)
    assert target.read_bytes() == b"previous, good copy"
    assert leftovers(tmp_path) == ["video.mp4"]


@pytest.mark.anyio
async def test_progress_is_reported_with_received_and_total(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    size = 3 * MB
    parts = [CONTENT[: 256 * 1024]] * (size // (256 * 1024))
    api.fallback = lambda request: answer(size, parts)
    progress: list[tuple[int, int | None]] = []
    video = await finished_video(api, flavor)
    await download(
        flavor,
        video,
        tmp_path / "v.mp4",
        on_progress=lambda received, total: progress.append((received, total)),
    )
    assert progress[-1] == (size, size)
    received = [r for r, _ in progress]
    assert received == sorted(received) and len(progress) >= 3
    assert {total for _, total in progress} == {size}


@pytest.mark.anyio
async def test_download_into_a_file_object(flavor: str, api: ScriptedAPI) -> None:
    api.fallback = lambda request: answer(len(CONTENT), [CONTENT])
    sink = io.BytesIO(b"keep:")
    sink.seek(5)
    video = await finished_video(api, flavor)
    assert await download(flavor, video, sink) is None
    assert sink.getvalue() == b"keep:" + CONTENT


@pytest.mark.anyio
async def test_an_unfinished_result_has_nothing_to_download(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    api.on_operation("get_avatar_video", envelope({"video_id": "av_1", "status": "processing"}))
    video = await finished_video(api, flavor)
    with pytest.raises(jogg.JoggError, match="no file URL"):
        await download(flavor, video, tmp_path / "v.mp4")
    assert leftovers(tmp_path) == []


@pytest.mark.anyio
async def test_memory_does_not_grow_with_the_file(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    size = 50 * MB
    chunk = bytes(256 * 1024)

    def stream() -> Iterator[bytes]:
        for _ in range(size // len(chunk)):
            yield chunk

    api.fallback = lambda request: answer(size, stream())
    video = await finished_video(api, flavor)
    tracemalloc.start()
    try:
        await download(flavor, video, tmp_path / "big.mp4")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (tmp_path / "big.mp4").stat().st_size == size
    assert peak < 10 * MB
