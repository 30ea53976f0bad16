"""What the command line prints: tables, JSON, job details and the waiting display.

Nothing printed here may carry a credential: URL queries (where signed URLs keep their
signature) are cut, and fields whose names say they hold secrets are masked, in tables and
JSON alike, at any depth.
"""

from __future__ import annotations

import json
import re
import sys
import threading
import time
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO
from urllib.parse import urlsplit, urlunsplit

from .._redact import HIDDEN_QUERY

MAX_CELL = 48
HIDDEN = "<hidden>"
# A key whose name contains one of these holds a credential, at any depth of any object.
SECRET_KEY_PARTS = ("secret", "token", "signature", "password", "credential", "api_key", "apikey")
SECRET_KEYS = frozenset({"sign_url", "authorization", "x_api_key"})
# Any URL in a text: scheme, then everything up to white space or a quote.
URL_IN_TEXT = re.compile(r"""\b[A-Za-z][A-Za-z0-9+.-]*://[^\s"'<>]+""")


def is_secret_key(key: str) -> bool:
    """True for keys such as ``secret``, ``signing_secret``, ``secretToken``,
    ``X-Signature`` or ``sign_url``: masked by pattern, not by a list of known fields."""
    name = key.lower().replace("-", "_")
    return name in SECRET_KEYS or any(part in name for part in SECRET_KEY_PARTS)


def _cut_query(match: re.Match[str]) -> str:
    url = match.group(0)
    try:
        parts = urlsplit(url)
    except ValueError:
        return HIDDEN
    if not parts.query and not parts.fragment and "@" not in parts.netloc:
        return url
    host = parts.netloc.rpartition("@")[2]  # user:password@ is a credential too
    query = HIDDEN_QUERY if parts.query else ""
    return urlunsplit((parts.scheme, host, parts.path, query, ""))


def mask_urls(text: str) -> str:
    """``text`` with the query (where signed URLs keep their signature), fragment and user
    info of every URL in it replaced, whatever the scheme's case or the URL's position."""
    if "://" not in text:
        return text
    return URL_IN_TEXT.sub(_cut_query, text)


def sanitize(value: Any, *, keep_secret: bool = False) -> Any:
    """A JSON-ready copy of an API object with secrets masked and URL queries cut.

    ``keep_secret`` keeps the top-level ``secret`` (a webhook endpoint's signing secret,
    shown on request); every other credential stays masked.
    """
    if isinstance(value, Mapping):
        return {
            str(key): (
                item
                if keep_secret and str(key) == "secret" and isinstance(item, str)
                else HIDDEN
                if is_secret_key(str(key)) and item not in (None, "")
                else sanitize(item)
            )
            for key, item in value.items()
        }
    if isinstance(value, list | tuple):
        return [sanitize(item) for item in value]
    if isinstance(value, str):
        return mask_urls(value)
    return value


def print_json(value: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(value, out, indent=2, ensure_ascii=False, default=str)
    out.write("\n")


def cell(value: Any, limit: int | None = MAX_CELL) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, list | tuple):
        text = ", ".join(cell(item, None) for item in value)
    else:
        text = mask_urls(str(value))
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def table(
    headers: Sequence[str], rows: Iterable[Sequence[Any]], stream: TextIO | None = None
) -> None:
    """Rows as aligned columns under upper-case headers."""
    out = stream or sys.stdout
    cells = [[cell(value) for value in row] for row in rows]
    widths = [len(header) for header in headers]
    for row in cells:
        widths = [max(width, len(text)) for width, text in zip(widths, row, strict=True)]
    for row in [list(headers), *cells]:
        line = "  ".join(text.ljust(width) for text, width in zip(row, widths, strict=True))
        out.write(line.rstrip() + "\n")


def details(pairs: Iterable[tuple[str, Any]], stream: TextIO | None = None) -> None:
    """``label: value`` lines, aligned, skipping empty values."""
    out = stream or sys.stdout
    shown = [(label, value) for label, value in pairs if value not in (None, "", (), [])]
    width = max((len(label) for label, _ in shown), default=0)
    for label, value in shown:
        multiline = isinstance(value, str) and "\n" in value
        text = mask_urls(value) if multiline else cell(value, None)
        out.write(f"{label + ':':<{width + 1}} {text}\n")


def elapsed_text(seconds: float) -> str:
    whole = int(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def human_size(size: int) -> str:
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{int(value)} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"


class WaitDisplay:
    """Shows a job being waited for.

    On a terminal: one line rewritten in place (``\\r``) with the elapsed time, ticking every
    second between polls. Piped: one plain line per poll, so logs stay readable.
    """

    def __init__(self, label: str, stream: TextIO | None = None, tty: bool | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self._status = "submitted"
        self._started = time.monotonic()
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._ticker: threading.Thread | None = None
        self._width = 0

    def __enter__(self) -> WaitDisplay:
        if self.tty:
            self._draw()
            self._ticker = threading.Thread(target=self._tick, daemon=True)
            self._ticker.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._ticker is not None:
            self._ticker.join(timeout=2)
        if self.tty:
            with self._lock:
                self.stream.write("\n")
                self.stream.flush()

    def __call__(self, job: Any, elapsed: float) -> None:
        """The SDK's ``on_progress``: called after each look at the job."""
        status = getattr(job, "status", None)
        self._status = str(status) if status is not None else "unknown"
        if self.tty:
            self._draw()
        else:
            with self._lock:
                self.stream.write(f"[{elapsed_text(elapsed)}] {self.label}: {self._status}\n")
                self.stream.flush()

    def _line(self) -> str:
        return f"waiting for {self.label}: {self._status}  {elapsed_text(self.elapsed)} elapsed"

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self._started

    def _draw(self) -> None:
        with self._lock:
            line = self._line()
            self._width = max(self._width, len(line))
            self.stream.write("\r" + line.ljust(self._width))
            self.stream.flush()

    def _tick(self) -> None:
        while not self._stop.wait(1.0):
            self._draw()
