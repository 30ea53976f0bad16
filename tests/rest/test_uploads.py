"""assets.upload: checks before any request, the two-step plan, streaming, no leaked URL."""

from __future__ import annotations

import io
import json
import logging
import tracemalloc
from pathlib import Path

import httpx
import pytest

import jogg
from jogg import _uploads

from ..kit import KEY, ScriptedAPI, envelope, resolve
from .support import ASSET_URL, SIGN_URL, SIGNED_QUERY

MB = 1024 * 1024


def sparse_file(path: Path, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk space (and no time) to make."""
    with path.open("wb") as file:
        file.truncate(size)
    return path


def put_of(api: ScriptedAPI) -> httpx.Request:
    puts = [r for r in api.requests if r.method == "PUT"]
    assert len(puts) == 1
    return puts[0]


@pytest.mark.anyio
async def test_upload_from_a_path(flavor: str, api: ScriptedAPI, tmp_path: Path) -> None:
    clip = tmp_path / "Clip.MOV"
    clip.write_bytes(b"\x00\x00\x00\x14ftypqt  " + b"x" * 304)
    asset = await resolve(api.client(flavor).assets.upload(clip))
    assert asset == jogg.Asset(
        url=ASSET_URL, id="77", filename="Clip.MOV", content_type="video/quicktime", size=316
    )
    assert api.operations() == ["create_upload_url", None]
    ask = api.requests[0]
    assert ask.method == "POST" and ask.url.path == "/v2/upload/asset"
    assert json.loads(ask.content) == {
        "filename": "Clip.MOV",
        "content_type": "video/quicktime",
        "file_size": 316,
    }
    put = put_of(api)
    assert str(put.url) == SIGN_URL
    assert put.headers["content-type"] == "video/quicktime"
    assert put.headers["content-length"] == "316"
    assert "transfer-encoding" not in put.headers
    assert "x-api-key" not in put.headers
    assert api.received[0].content == clip.read_bytes()
    assert "sign_url" not in asset.raw


@pytest.mark.anyio
async def test_upload_from_bytes_needs_a_name_or_a_type(flavor: str, api: ScriptedAPI) -> None:
    client = api.client(flavor)
    with pytest.raises(jogg.ValidationError) as refused:
        await resolve(client.assets.upload(b"ID3 data"))
    assert refused.value.field == "filename"
    assert api.requests == []
    asset = await resolve(client.assets.upload(b"ID3 data", content_type="audio/mpeg"))
    assert (asset.filename, asset.content_type, asset.size) == ("upload.mp3", "audio/mpeg", 8)
    assert put_of(api).headers["content-type"] == "audio/mpeg"
    assert api.received[0].content == b"ID3 data"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("name", "content_type"),
    [
        ("a.jpg", "image/jpeg"),
        ("a.JPEG", "image/jpeg"),
        ("a.png", "image/png"),
        ("a.webp", "image/webp"),
        ("a.gif", "image/gif"),
        ("a.mp4", "video/mp4"),
        ("a.webm", "video/webm"),
        ("a.mov", "video/quicktime"),
        ("a.mp3", "audio/mpeg"),
        ("a.wav", "audio/wav"),
        ("a.m4a", "audio/mp4"),
    ],
)
async def test_type_is_guessed_from_the_name(
    flavor: str, api: ScriptedAPI, name: str, content_type: str
) -> None:
    asset = await resolve(api.client(flavor).assets.upload(b"abc", filename=name))
    assert asset.content_type == content_type
    assert put_of(api).headers["content-type"] == content_type


@pytest.mark.anyio
async def test_upload_from_a_file_object_starts_where_it_stands(
    flavor: str, api: ScriptedAPI
) -> None:
    stream = io.BytesIO(b"HEADER" + b"GIF89a-payload")
    stream.seek(6)
    stream.name = "/somewhere/anim.gif"  # type: ignore[attr-defined]
    asset = await resolve(api.client(flavor).assets.upload(stream))
    assert (asset.filename, asset.content_type, asset.size) == ("anim.gif", "image/gif", 14)
    assert api.received[0].content == b"GIF89a-payload"


@pytest.mark.anyio
async def test_a_failed_put_is_retried_with_the_whole_file_again(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    photo = tmp_path / "p.png"
    photo.write_bytes(b"\x89PNG" + bytes(range(256)) * 10)
    answers = iter([httpx.Response(503), httpx.Response(200)])
    api.fallback = lambda request: next(answers)
    await resolve(api.client(flavor).assets.upload(photo))
    assert api.operations() == ["create_upload_url", None, None]
    assert [r.content for r in api.received] == [photo.read_bytes()] * 2


REFUSED = [
    ("a.txt", 10, None, "content_type"),
    ("a.exe", 10, None, "content_type"),
    ("noext", 10, None, "content_type"),
    ("a.png", 10, "text/plain", "content_type"),
    ("a.png", 10 * MB + 1, None, "file"),
    ("a.gif", 11 * MB, None, "file"),
    ("a.mp3", 20 * MB + 1, None, "file"),
    ("a.mp4", 100 * MB + 1, None, "file"),
    ("a.webm", 0, None, "file"),
]


@pytest.mark.anyio
@pytest.mark.parametrize(("name", "size", "content_type", "field"), REFUSED)
async def test_wrong_type_or_size_is_refused_with_no_request(
    flavor: str,
    api: ScriptedAPI,
    tmp_path: Path,
    name: str,
    size: int,
    content_type: str | None,
    field: str,
) -> None:
    path = sparse_file(tmp_path / name, size)
    with pytest.raises(jogg.ValidationError) as refused:
        await resolve(api.client(flavor).assets.upload(path, content_type=content_type))
    assert refused.value.field == field
    assert name in str(refused.value)
    assert api.requests == []


@pytest.mark.anyio
@pytest.mark.parametrize(
    "file",
    [
        "/no/such/file.png",
        io.StringIO("text"),
        12345,
    ],
)
async def test_unusable_sources_are_refused(flavor: str, api: ScriptedAPI, file: object) -> None:
    with pytest.raises(jogg.ValidationError) as refused:
        await resolve(api.client(flavor).assets.upload(file, filename="a.png"))  # type: ignore[arg-type]
    assert refused.value.field == "file"
    assert api.requests == []


@pytest.mark.anyio
async def test_a_100_mb_upload_is_streamed_in_bounded_chunks(
    flavor: str, api: ScriptedAPI, tmp_path: Path
) -> None:
    big = sparse_file(tmp_path / "big.mp4", 100 * MB)
    tracemalloc.start()
    try:
        asset = await resolve(api.client(flavor).assets.upload(big))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    received = api.received[0]
    assert asset.size == received.size == 100 * MB
    assert put_of(api).headers["content-length"] == str(100 * MB)
    assert max(received.chunk_sizes) <= _uploads.CHUNK_SIZE
    assert len(received.chunk_sizes) >= 100
    assert peak < 20 * MB


@pytest.mark.anyio
async def test_the_signed_url_never_reaches_logs_or_errors(
    flavor: str, api: ScriptedAPI, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    api.fallback = lambda request: httpx.Response(403, text="<Error>AccessDenied</Error>")
    with pytest.raises(jogg.PermissionDeniedError) as caught:
        await resolve(api.client(flavor, max_retries=0).assets.upload(b"GIF89a", filename="a.gif"))
    assert "storage.test.example/bucket/asset-77.png" in str(caught.value)
    everything = caplog.text + str(caught.value) + repr(caught.value)
    assert caplog.records, "the upload logged nothing at DEBUG"
    assert SIGNED_QUERY.split("&")[0] not in everything
    assert "SECRET-SIGNATURE" not in everything
    assert KEY not in everything


@pytest.mark.anyio
async def test_an_answer_without_sign_url_is_an_api_error(flavor: str, api: ScriptedAPI) -> None:
    api.on_operation("create_upload_url", envelope({"asset_url": ASSET_URL}))
    with pytest.raises(jogg.APIError, match="sign_url"):
        await resolve(api.client(flavor).assets.upload(b"abc", filename="a.png"))
    assert api.operations() == ["create_upload_url"]
