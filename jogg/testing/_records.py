"""What the fake records for tests to inspect."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class RecordedRequest:
    """One request the fake saw. ``headers`` have lower-case names and never the API key."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    json: Any
    content_length: int
    at: float


@dataclass
class Delivery:
    """One webhook delivery, built exactly as the fake would POST it.

    ``body`` is the raw bytes that were signed; ``sent`` tells whether an HTTP POST was
    attempted (only for loopback URLs), then ``status_code`` or ``error`` tell how it went.
    """

    url: str
    event: str
    headers: dict[str, str]
    body: bytes
    endpoint_id: str | None
    sent: bool = False
    status_code: int | None = None
    error: str | None = None
    _done: Any = field(default=None, repr=False, compare=False)

    @property
    def json(self) -> Any:
        """The body decoded from JSON."""
        return json.loads(self.body)

    @property
    def signature(self) -> str:
        return self.headers["X-Webhook-Signature"]


@dataclass(frozen=True)
class Upload:
    """Bytes PUT to a ``sign_url`` the fake handed out."""

    asset_id: int
    filename: str
    content_type: str
    asset_url: str
    content: bytes
