"""Streaming a finished video (or any file URL) to disk without holding it in memory.

The bytes go to a temporary name beside the destination and are renamed into place only
when complete, so an interrupted download never leaves a truncated file under the final
name. Retries (it is a GET) go through the transport core like every other request.
Redirects (CDNs use them) are followed; a file URL never receives the key or any API
header. The folder is checked before the first byte is asked for.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

import httpx

from ._errors import APIConnectionError, JoggError, ValidationError
from ._redact import redact_url
from ._transport import AsyncTransport, Core, Outgoing, Plan, SyncTransport

Destination = str | os.PathLike[str] | IO[bytes]
DownloadProgress = Callable[[int, int | None], None]


class FileSink:
    def __init__(self, destination: Destination, on_progress: DownloadProgress | None) -> None:
        self._on_progress = on_progress
        self._file: IO[bytes] | None = None
        self._final: Path | None = None
        self._temporary: Path | None = None
        self._start_offset = 0
        self._began = False
        self.expected: int | None = None
        self.received = 0
        self._given = "the file object"
        if isinstance(destination, str | os.PathLike):
            self._final = Path(destination)
            self._given = str(destination)
            check_destination(destination)
            token = secrets.token_hex(4)
            self._temporary = self._final.with_name(f".{self._final.name}.{token}.part")
        elif hasattr(destination, "write"):
            self._file = destination
            if destination.seekable():
                self._start_offset = destination.tell()
        else:
            raise ValidationError("destination", destination, "a path or a binary file object")

    def begin(self, headers: httpx.Headers) -> None:
        length = headers.get("content-length")
        packed = headers.get("content-encoding", "identity").strip().lower() != "identity"
        # A packed body's length counts the packed bytes, not the file's.
        self.expected = int(length) if length and length.isdigit() and not packed else None
        self.received = 0
        if self._temporary is not None:
            if self._file is not None:
                self._file.close()
            try:
                self._file = self._temporary.open("wb")
            except OSError as exc:
                raise self._write_error(exc) from exc
        elif self._began:
            assert self._file is not None
            if not self._file.seekable():
                raise JoggError("the download was interrupted and the file object cannot rewind")
            self._file.seek(self._start_offset)
            self._file.truncate()
        self._began = True

    def write(self, chunk: bytes) -> None:
        assert self._file is not None
        try:
            self._file.write(chunk)
        except BrokenPipeError:
            raise  # a file object whose reader went away (a pipe): the caller's to handle
        except OSError as exc:
            raise self._write_error(exc) from exc
        self.received += len(chunk)
        if self._on_progress is not None:
            self._on_progress(self.received, self.expected)

    def end(self) -> None:
        if self.expected is not None and self.received != self.expected:
            # The connection closed early without an error from the HTTP layer; treat it as
            # the transport failure it is, so the GET is retried from the start.
            raise httpx.RemoteProtocolError(
                f"body ended after {self.received} of {self.expected} bytes"
            )

    def _write_error(self, exc: OSError) -> JoggError:
        return JoggError(
            f"the download could not be written to {self._given!r}: {exc.strerror or exc}"
        )

    def finish(self) -> Path | None:
        """Move the complete file into place (``end`` has already checked its length)."""
        if self._temporary is None:
            return None
        assert self._file is not None and self._final is not None
        self._file.close()
        try:
            os.replace(self._temporary, self._final)
        except OSError as exc:
            raise self._write_error(exc) from exc
        return self._final

    def discard(self) -> None:
        if self._temporary is None:
            return
        if self._file is not None:
            self._file.close()
        self._temporary.unlink(missing_ok=True)


def check_destination(destination: str | os.PathLike[str]) -> None:
    """Refuse a download path that cannot be written: a folder, or a file in a folder that is
    missing or not writable. Called before any request (the CLI calls it before it creates
    the job whose video it will download)."""
    final, given = Path(destination), str(destination)
    if final.is_dir():
        raise ValidationError("destination", given, "a file path, not a folder")
    folder = final.parent
    if not folder.is_dir():
        raise JoggError(f"cannot download to {given!r}: the folder {str(folder)!r} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise JoggError(f"cannot download to {given!r}: the folder {str(folder)!r} is not writable")


def download_plan(
    core: Core, url: str, destination: Destination, on_progress: DownloadProgress | None
) -> Plan[Path | None]:
    sink = FileSink(destination, on_progress)
    label = redact_url(url)
    request = Outgoing(
        method="GET",
        url=url,
        label=label,
        api=False,
        operation="download",
        sink=sink,
        follow_redirects=True,
    )
    try:
        yield from core.plan(request)
        return sink.finish()
    except APIConnectionError as error:
        sink.discard()
        if sink.expected is not None and sink.received != sink.expected:
            # Say how far it got: the transport's own message names only the failure kind.
            raise APIConnectionError(
                f"download of {label} ended after {sink.received} of {sink.expected} bytes",
                operation="download",
            ) from error
        raise
    except BaseException:
        sink.discard()
        raise


def require_url(url: Any, what: str) -> str:
    if not isinstance(url, str) or not url.startswith(("http://", "https://")):
        raise JoggError(f"{what} has no file URL to download (is the job finished?)")
    return url


class SyncFiles:
    """Downloads for results of a sync client."""

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def download(
        self, url: str, destination: Destination, on_progress: DownloadProgress | None = None
    ) -> Path | None:
        return self._transport.run(
            download_plan(self._transport.core, url, destination, on_progress)
        )


class AsyncFiles:
    """Downloads for results of an async client."""

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def download(
        self, url: str, destination: Destination, on_progress: DownloadProgress | None = None
    ) -> Path | None:
        return await self._transport.run(
            download_plan(self._transport.core, url, destination, on_progress)
        )
