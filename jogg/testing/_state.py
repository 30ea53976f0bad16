"""What the fake remembers: ids, jobs, products, endpoints, uploads and the credit left."""

from __future__ import annotations

import base64
import itertools
import threading
import time
from dataclasses import dataclass
from typing import Any

from . import _seed as seed
from ._clock import Clock
from ._jobs import Job, Phase
from ._records import Upload


class ApiError(Exception):
    """A refusal in the API's envelope: ``code`` and ``msg``, on HTTP ``http_status``."""

    def __init__(self, code: int, msg: str, http_status: int = 200) -> None:
        super().__init__(msg)
        self.code = code
        self.msg = msg
        self.http_status = http_status


@dataclass
class Endpoint:
    """A webhook endpoint registered with ``create_webhook_endpoint``."""

    endpoint_id: str
    url: str
    secret: str
    status: str
    events: list[str]
    created_at: int

    def as_data(self) -> dict[str, Any]:
        return {
            "endpoint_id": self.endpoint_id,
            "url": self.url,
            "secret": self.secret,
            "status": self.status,
            "events": list(self.events),
            "username": seed.USER["username"],
            "created_at": self.created_at,
        }


@dataclass
class PendingUpload:
    """A ``sign_url`` handed out and not yet (or already) PUT to."""

    asset_id: int
    filename: str
    content_type: str
    signature: str
    asset_url: str = ""
    file_size: int | None = None


def _b64_id(n: int) -> str:
    return base64.b64encode(str(n).encode()).decode().rstrip("=")


class State:
    """The fake's memory. Hold ``lock`` while reading or changing any of it."""

    def __init__(
        self, *, clock: Clock, job_seconds: float, video_size: int, webhook_secret: str
    ) -> None:
        self.lock = threading.RLock()
        self.clock = clock
        self.job_seconds = job_seconds
        self.video_size = video_size
        self.webhook_secret = webhook_secret
        self.remaining_quota = 1000.0
        self.jobs: dict[str, Job] = {}
        self.batches: dict[str, list[str]] = {}
        self.products: dict[str, dict[str, Any]] = {}
        self.endpoints: dict[str, Endpoint] = {}
        self.pending_uploads: dict[int, PendingUpload] = {}
        self.uploads: dict[int, Upload] = {}
        self._ids = itertools.count(544193680)
        self._avatar_ids = itertools.count(8001)
        self._asset_ids = itertools.count(12345)
        self._endpoint_ids = itertools.count(100000001)

    # ------------------------------------------------------------------ ids

    def new_id(self) -> str:
        """A product or video id, spelt like the real ones (base64 of a number)."""
        return _b64_id(next(self._ids))

    def new_avatar_id(self) -> int:
        return next(self._avatar_ids)

    def new_asset_id(self) -> int:
        return next(self._asset_ids)

    def new_endpoint_id(self) -> str:
        return f"wh_{next(self._endpoint_ids)}"

    # ----------------------------------------------------------------- jobs

    def add_job(
        self,
        kind: str,
        params: dict[str, Any],
        *,
        now: float,
        base: str,
        job_id: str | None = None,
        webhook_url: str | None = None,
        **extra: Any,
    ) -> Job:
        job = Job(
            id=job_id or self.new_id(),
            kind=kind,
            created_wall=time.time(),
            started=now,
            base=base,
            params=params,
            webhook_url=webhook_url,
            extra=dict(extra),
        )
        self.jobs[job.id] = job
        return job

    def job(self, job_id: str) -> Job:
        """The job with this id (KeyError if there is none)."""
        job = self.jobs.get(job_id)
        if job is None:
            raise KeyError(job_id)
        return job

    def get(self, kind: str, job_id: str, now: float) -> tuple[Job, Phase]:
        """A job of this kind and its phase now; 10104 when there is none."""
        job = self.jobs.get(job_id)
        if job is None or job.kind != kind:
            raise ApiError(10104, "record not found")
        return job, job.phase(now, self.job_seconds)

    def jobs_of(self, kind: str) -> list[Job]:
        return [job for job in self.jobs.values() if job.kind == kind]

    def force(self, job_id: str, phase: Phase, code: str | int | None, message: str | None) -> None:
        """End a job (or every job of a batch) now, as ``phase``."""
        with self.lock:
            ids = self.batches.get(job_id) or [job_id]
            jobs = [self.job(i) for i in ids]
            now = self.clock()
            for job in jobs:
                current = job.phase(now, self.job_seconds)
                # Completing a completed job is a no-op (tests racing a short job_seconds
                # need not care); turning an ended job into the other outcome is an error.
                if current in ("completed", "failed") and len(ids) == 1 and current != phase:
                    raise ValueError(f"job {job_id} has already {current}")
            for job in jobs:
                if job.phase(now, self.job_seconds) in ("completed", "failed"):
                    continue
                job.forced, job.forced_wall = phase, time.time()
                if code is not None:
                    job.error_code = code
                if message is not None:
                    job.error_message = message

    def charge(self, cost: float) -> float:
        """Spend credit on a video-making request; 18020 when too little is left."""
        if self.remaining_quota < cost:
            raise ApiError(18020, "insufficient credit")
        self.remaining_quota -= cost
        return cost

    # ------------------------------------------------------------ catalogue

    def product(self, product_id: str) -> dict[str, Any]:
        product = self.products.get(product_id)
        if product is None:
            raise ApiError(10104, f"product {product_id} not found")
        return product

    def avatar_exists(self, avatar_type: int, avatar_id: int) -> bool:
        """Public avatars (type 0) or the user's own: custom, photo, product, made here."""
        if avatar_type == 0:
            return any(a["id"] == avatar_id for a in seed.PUBLIC_AVATARS)
        own = {a["id"] for a in seed.CUSTOM_AVATARS} | {a["id"] for a in seed.PHOTO_AVATARS}
        own |= {a["avatar_id"] for a in seed.PRODUCT_AVATARS}
        own |= {
            j.extra["avatar_id"]
            for j in self.jobs.values()
            if j.kind in ("photo_motion", "product_motion")
        }
        return avatar_id in own
