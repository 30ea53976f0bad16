"""Uploading a file as an asset: check it, ask for a signed URL, stream the bytes there.

Two requests, planned once for both clients: POST /v2/upload/asset (a normal API call),
then a PUT of the raw bytes to the returned ``sign_url``. Both go through the transport
core, so the PUT is retried like any other request; its body is re-read from the start
on each attempt and never held in memory whole.

The signed URL is a credential (anyone holding it can write the file until it expires):
logs and errors only ever show it without its query.
"""

from __future__ import annotations

import io
import mimetypes
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar

import attrs
from jogg_api.api.asset import create_upload_url
from jogg_api.body_keywords import CreateUploadUrlKeywords
from jogg_api.models.create_upload_url_body import CreateUploadUrlBody
from jogg_api.models.create_upload_url_response_200_data_type_0 import (
    CreateUploadUrlResponse200DataType0,
)

from . import _wire as w
from ._errors import APIError, ValidationError
from ._options import RequestOptions
from ._redact import redact_url
from ._results.account import Asset
from ._transport import Call, Core, Outgoing, Plan

CHUNK_SIZE = 1 << 20
MB = 1024 * 1024

# The documented limits. Durations (video 5 min, audio 10 min) are limits too, but
# checking them would mean decoding the media, so the API is left to refuse those.
LIMITS: dict[str, int] = {"image": 10 * MB, "video": 100 * MB, "audio": 20 * MB}
CONTENT_TYPES: dict[str, str] = {
    "image/jpeg": "image",
    "image/png": "image",
    "image/webp": "image",
    "image/gif": "image",
    "video/mp4": "video",
    "video/webm": "video",
    "video/quicktime": "video",
    "audio/mpeg": "audio",
    "audio/wav": "audio",
    "audio/x-wav": "audio",
    "audio/wave": "audio",
    "audio/mp4": "audio",
    "audio/x-m4a": "audio",
    "audio/m4a": "audio",
}
# Explicit, because mimetypes' answers for these differ between platforms and versions.
_BY_EXTENSION: dict[str, str] = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".mp4": "video/mp4",
    ".webm": "video/webm",
    ".mov": "video/quicktime",
    ".mp3": "audio/mpeg",
    ".wav": "audio/wav",
    ".m4a": "audio/mp4",
}
_EXTENSION_FOR = {
    "image/jpeg": ".jpg",
    "image/png": ".png",
    "image/webp": ".webp",
    "image/gif": ".gif",
    "video/mp4": ".mp4",
    "video/webm": ".webm",
    "video/quicktime": ".mov",
    "audio/mpeg": ".mp3",
    "audio/wav": ".wav",
    "audio/x-wav": ".wav",
    "audio/wave": ".wav",
    "audio/mp4": ".m4a",
    "audio/x-m4a": ".m4a",
    "audio/m4a": ".m4a",
}
ALLOWED = (
    "images up to 10 MB (jpg, png, webp, gif), videos up to 100 MB (mp4, webm, mov), "
    "audio up to 20 MB (mp3, wav, m4a)"
)

Uploadable = str | os.PathLike[str] | bytes | bytearray | memoryview | IO[bytes]


class PathBody:
    """A file on disk, opened afresh for each attempt and read a chunk at a time."""

    def __init__(self, path: Path, size: int) -> None:
        self.path = path
        self.size = size

    def sync_chunks(self) -> Iterator[bytes]:
        with self.path.open("rb") as file:
            yield from _read_chunks(file, self.size)

    async def async_chunks(self) -> AsyncIterator[bytes]:
        file = await _in_thread(lambda: self.path.open("rb"))
        try:
            async for chunk in _aread_chunks(file, self.size):
                yield chunk
        finally:
            file.close()


class BytesBody:
    """Bytes already in memory, sent in slices (no extra copy of the whole)."""

    def __init__(self, data: bytes | bytearray | memoryview) -> None:
        self.data = memoryview(data).cast("B")
        self.size = self.data.nbytes

    def sync_chunks(self) -> Iterator[bytes]:
        for start in range(0, self.size, CHUNK_SIZE):
            yield bytes(self.data[start : start + CHUNK_SIZE])

    async def async_chunks(self) -> AsyncIterator[bytes]:
        for chunk in self.sync_chunks():
            yield chunk


class FileObjectBody:
    """An open binary file: rewound to where it stood at the start for each attempt."""

    def __init__(self, file: IO[bytes], start: int, size: int) -> None:
        self.file = file
        self.start = start
        self.size = size

    def sync_chunks(self) -> Iterator[bytes]:
        self.file.seek(self.start)
        yield from _read_chunks(self.file, self.size)

    async def async_chunks(self) -> AsyncIterator[bytes]:
        await _in_thread(self.file.seek, self.start)
        async for chunk in _aread_chunks(self.file, self.size):
            yield chunk


_T = TypeVar("_T")


async def _in_thread(func: Callable[..., _T], *args: Any) -> _T:
    """Blocking file work off the event loop. anyio is imported here, on the first async
    upload, so that sync programs never load it."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(func, *args)


def _read_chunks(file: IO[bytes], size: int) -> Iterator[bytes]:
    remaining = size
    while remaining > 0:
        chunk = file.read(min(CHUNK_SIZE, remaining))
        if not chunk:
            break  # the file shrank: the server sees a short body and refuses it
        remaining -= len(chunk)
        yield chunk


async def _aread_chunks(file: IO[bytes], size: int) -> AsyncIterator[bytes]:
    remaining = size
    while remaining > 0:
        chunk = await _in_thread(file.read, min(CHUNK_SIZE, remaining))
        if not chunk:
            break
        remaining -= len(chunk)
        yield chunk


Body = PathBody | BytesBody | FileObjectBody


@attrs.frozen
class UploadSource:
    """A checked file to upload: its name, type, size and how to read it."""

    filename: str
    content_type: str
    size: int
    body: Body = attrs.field(repr=False)


def _content_type_from_name(filename: str) -> str | None:
    extension = os.path.splitext(filename)[1].lower()
    if extension in _BY_EXTENSION:
        return _BY_EXTENSION[extension]
    guessed, _ = mimetypes.guess_type(filename, strict=False)
    return guessed


def _normalise_type(value: str) -> str:
    return value.split(";", 1)[0].strip().lower()


def _open_source(file: Any, filename: str | None) -> tuple[Body, str | None]:
    """How to read ``file``, and the name it brings with it (if any)."""
    if isinstance(file, str | os.PathLike):
        path = Path(file)
        if not path.is_file():
            raise ValidationError("file", str(file), "the path of an existing regular file")
        return PathBody(path, path.stat().st_size), path.name
    if isinstance(file, bytes | bytearray | memoryview):
        return BytesBody(file), None
    if isinstance(file, io.TextIOBase):
        raise ValidationError("file", file, "a file opened in binary mode ('rb'), not text")
    if hasattr(file, "read") and hasattr(file, "seek"):
        try:
            if not file.seekable():
                raise OSError
            start = file.tell()
            end = file.seek(0, os.SEEK_END)
            file.seek(start)
        except (OSError, AttributeError, ValueError):
            raise ValidationError(
                "file", file, "a seekable binary file (it is re-read if the upload is retried)"
            ) from None
        name = getattr(file, "name", None)
        own_name = os.path.basename(name) if isinstance(name, str) and name else None
        return FileObjectBody(file, start, end - start), own_name
    raise ValidationError("file", file, "a path, bytes, or a binary file object")


def prepare(file: Any, filename: str | None, content_type: str | None) -> UploadSource:
    """Check an upload against the documented types and sizes, before any request."""
    if filename is not None and (
        not isinstance(filename, str) or not filename.strip() or "/" in filename
    ):
        raise ValidationError("filename", filename, "a file name without folders")
    if content_type is not None and (not isinstance(content_type, str) or not content_type.strip()):
        raise ValidationError("content_type", content_type, "a MIME type such as 'video/mp4'")
    body, own_name = _open_source(file, filename)
    name = filename or own_name
    kind_type = _normalise_type(content_type) if content_type else None
    if kind_type is None:
        if name is None:
            raise ValidationError(
                "filename", None, "a file name (or content_type) to tell the type of these bytes"
            )
        kind_type = _content_type_from_name(name)
    label = name or "the upload"
    if kind_type not in CONTENT_TYPES:
        raise ValidationError("content_type", f"{label}: {kind_type or 'unknown type'}", ALLOWED)
    if name is None:
        name = "upload" + _EXTENSION_FOR[kind_type]
    kind = CONTENT_TYPES[kind_type]
    if body.size <= 0:
        raise ValidationError("file", f"{label}: empty", "a file of at least 1 byte")
    if body.size > LIMITS[kind]:
        raise ValidationError(
            "file",
            f"{label}: {kind} of {body.size} bytes ({body.size / MB:.1f} MB)",
            f"a {kind} of at most {LIMITS[kind] // MB} MB; allowed: {ALLOWED}",
        )
    sent_type = content_type.strip() if content_type else kind_type
    return UploadSource(name, sent_type, body.size, body)


@attrs.frozen
class _Ticket:
    sign_url: str | None
    asset_url: str | None
    asset_id: str | None
    raw: dict[str, Any]


UPLOAD_OPERATION = w.operation_id(create_upload_url)


class UploadOptions(RequestOptions, CreateUploadUrlKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


def _read_ticket(data: Any) -> _Ticket:
    """Never raises on a bad field: the core would quote the body, which holds sign_url."""
    m, obj = w.data(CreateUploadUrlResponse200DataType0.from_dict, data, "an upload URL")
    sign_url = w.text(m.sign_url)
    # The signed URL stays out of the result: it is a credential, and spent once used.
    raw = {key: value for key, value in obj.items() if sign_url is None or value != sign_url}
    return _Ticket(sign_url, w.text(m.asset_url), w.field(w.text, m, "Asset.id"), raw)


def upload_plan(core: Core, source: UploadSource, options: UploadOptions) -> Plan[Asset]:
    """Ask for a signed URL, then PUT the bytes there: both steps through the core."""
    body = CreateUploadUrlBody(
        filename=source.filename, content_type=source.content_type, file_size=source.size
    )
    ticket = yield from core.call_plan(
        Call(
            create_upload_url,
            w.arguments(create_upload_url._get_kwargs, body=body),
            parse=_read_ticket,
            options=options,
        )
    )
    sign_url, asset_url = ticket.sign_url, ticket.asset_url
    if not sign_url or not sign_url.startswith(("https://", "http://")):
        # Never show the value: it may be (part of) a signed URL.
        raise APIError("the API's answer has no usable sign_url", operation=UPLOAD_OPERATION)
    if not asset_url:
        raise APIError("the API's answer has no asset_url", operation=UPLOAD_OPERATION)
    label = redact_url(sign_url)
    put = Outgoing(
        method="PUT",
        url=sign_url,
        label=label,
        api=False,
        operation="upload",
        body=source.body,
        headers={"Content-Type": source.content_type, "Content-Length": str(source.size)},
    )
    yield from core.plan(put)
    return Asset(
        url=asset_url,
        id=ticket.asset_id,
        filename=source.filename,
        content_type=source.content_type,
        size=source.size,
        raw=ticket.raw,
    )
