"""Files the fake serves (finished videos, covers, images, uploads) and signed-URL uploads.

Nothing under ``/files/`` or ``/upload/`` needs the API key, as with the real storage.
"""

from __future__ import annotations

import functools
import hashlib
import hmac
import re
from typing import Any
from urllib.parse import quote

from ._records import Upload
from ._state import PendingUpload, State
from ._transport import Incoming, Reply

# extension -> (Content-Type, size in bytes; None: the fake's video_size)
_FILE_TYPES = {
    ".mp4": ("video/mp4", None),
    ".webm": ("video/webm", None),
    ".mov": ("video/quicktime", None),
    ".jpg": ("image/jpeg", 4096),
    ".jpeg": ("image/jpeg", 4096),
    ".png": ("image/png", 4096),
    ".webp": ("image/webp", 4096),
    ".mp3": ("audio/mpeg", 32 * 1024),
    ".wav": ("audio/wav", 32 * 1024),
    ".srt": ("application/x-subrip", 0),
}

_MAGIC = {
    "video/mp4": b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom",
    "image/png": b"\x89PNG\r\n\x1a\n",
    "image/jpeg": b"\xff\xd8\xff\xe0",
    "audio/mpeg": b"ID3\x04\x00",
}


def is_file_request(incoming: Incoming) -> bool:
    return incoming.path.startswith("/files/") and incoming.method in ("GET", "HEAD")


def is_upload_request(incoming: Incoming) -> bool:
    return incoming.path.startswith("/upload/") and incoming.method == "PUT"


@functools.lru_cache(maxsize=32)
def _file_bytes(path: str, size: int, content_type: str) -> bytes:
    """Deterministic bytes for a path: the same path and size always give the same bytes."""
    if content_type == "application/x-subrip":
        return b"1\n00:00:00,000 --> 00:00:02,000\nHello from FakeJogg.\n"
    magic = _MAGIC.get(content_type, b"")
    return (magic + hashlib.shake_256(path.encode()).digest(size))[:size]


def serve_file(state: State, incoming: Incoming) -> Reply:
    """GET or HEAD of a file, with ``Range`` support (206, 416) and an ETag."""
    path = incoming.path
    if path.startswith("/files/assets/"):
        parts = path.split("/")
        with state.lock:
            upload = state.uploads.get(int(parts[3])) if parts[3].isdigit() else None
        if upload is None:
            return Reply(404, {"Content-Type": "text/plain"}, b"Not Found")
        body, ctype = upload.content, upload.content_type
    else:
        ext = path[path.rfind(".") :].lower() if "." in path.rsplit("/", 1)[-1] else ""
        ctype, size = _FILE_TYPES.get(ext, ("application/octet-stream", 4096))
        body = _file_bytes(path, state.video_size if size is None else size, ctype)
    headers = {
        "Content-Type": ctype,
        "Accept-Ranges": "bytes",
        "ETag": '"' + hashlib.md5(body).hexdigest() + '"',
    }
    status = 200
    rng = incoming.headers.get("range", "")
    m = re.fullmatch(r"bytes=(\d*)-(\d*)", rng.strip())
    if m and (m.group(1) or m.group(2)) and body:
        if m.group(1):
            start = int(m.group(1))
            end = int(m.group(2)) if m.group(2) else len(body) - 1
        else:
            start, end = max(0, len(body) - int(m.group(2))), len(body) - 1
        end = min(end, len(body) - 1)
        if start >= len(body) or start > end:
            headers["Content-Range"] = f"bytes */{len(body)}"
            return Reply(416, headers, b"")
        headers["Content-Range"] = f"bytes {start}-{end}/{len(body)}"
        body, status = body[start : end + 1], 206
    if incoming.method == "HEAD":
        return Reply(status, headers, b"", length=len(body))
    return Reply(status, headers, body)


def sign_upload(
    state: State, base: str, filename: str, content_type: str, file_size: int | None
) -> dict[str, Any]:
    """Hand out a ``sign_url`` for one PUT of ``content_type`` and the ``asset_url`` after it."""
    asset_id = state.new_asset_id()
    safe = quote(filename.rsplit("/", 1)[-1], safe="")
    signature = hmac.new(
        state.webhook_secret.encode(), f"{asset_id}:{content_type}".encode(), hashlib.sha256
    ).hexdigest()[:40]
    pending = PendingUpload(asset_id, filename, content_type, signature, file_size=file_size)
    pending.asset_url = f"{base}/files/assets/{asset_id}/{safe}"
    state.pending_uploads[asset_id] = pending
    sign_url = f"{base}/upload/{asset_id}/{safe}?X-Jogg-Expires=3600&X-Jogg-Signature={signature}"
    return {"sign_url": sign_url, "asset_url": pending.asset_url, "asset_id": asset_id}


def _storage_error(code: str, message: str, status: int = 403) -> Reply:
    xml = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    ).encode()
    return Reply(status, {"Content-Type": "application/xml"}, xml)


def receive_upload(state: State, incoming: Incoming) -> Reply:
    """A PUT to a ``sign_url``: checked like object storage checks a signed URL."""
    parts = incoming.path.split("/")
    asset_id = int(parts[2]) if len(parts) > 3 and parts[2].isdigit() else None
    with state.lock:
        pending = state.pending_uploads.get(asset_id) if asset_id is not None else None
        if pending is None:
            return _storage_error("NoSuchUpload", "The upload does not exist.", 404)
        if not hmac.compare_digest(incoming.query.get("X-Jogg-Signature", ""), pending.signature):
            return _storage_error("SignatureDoesNotMatch", "The signature does not match.")
        ctype = incoming.headers.get("content-type", "")
        if ctype.strip().lower() != pending.content_type.strip().lower():
            return _storage_error(
                "SignatureDoesNotMatch",
                "The Content-Type of the PUT differs from the one the URL was signed for.",
            )
        state.uploads[pending.asset_id] = Upload(
            asset_id=pending.asset_id,
            filename=pending.filename,
            content_type=pending.content_type,
            asset_url=pending.asset_url,
            content=incoming.content,
        )
    etag = '"' + hashlib.md5(incoming.content).hexdigest() + '"'
    return Reply(200, {"ETag": etag}, b"")
