"""One row's way through the batch: product, video, wait, download, each step written to
the journal before (an intent) and after (the result) it happens."""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from jogg import (
    APIConnectionError,
    APIError,
    AuthenticationError,
    InsufficientCreditError,
    Jogg,
    NotFoundError,
    PermissionDeniedError,
    ProductVideo,
    ProductVideoSpec,
    RateLimitError,
    ServerError,
)

from ._journal import (
    DONE,
    FAILED,
    FINAL_STATES,
    MISSING_IS_UNCERTAIN,
    MISSING_MEANS_RESEND,
    PENDING,
    PRODUCT_CREATED,
    PRODUCT_SENDING,
    UNCERTAIN,
    VIDEO_CREATED,
    VIDEO_SENDING,
    Journal,
    JournalRow,
    Pacer,
)

if TYPE_CHECKING:
    from ._runner import Runner

# How far back (seconds before the intent) a reconciliation looks in the video list, for
# the API's clock being behind ours, and how many videos it reads at most.
RECONCILE_MARGIN = 600.0
RECONCILE_SCAN_LIMIT = 5000
PRODUCT_TRIES = 3  # product POSTs that may have failed on the way are simply sent again
DOWNLOAD_TRIES = 3
# Errors that are about the account, not the row: the batch stops (nothing was created).
FATAL_ERRORS = (AuthenticationError, PermissionDeniedError, InsufficientCreditError)
# The vendor's polling advice: first look after 10 s, every 10 s for a minute, then 30 s,
# then 60 s.
_SCHEDULE = ((70.0, 10.0), (300.0, 30.0))


class Stopped(Exception):
    """The run is stopping (Ctrl-C or a fatal error): leave the row as the journal has it."""


class FatalError(Exception):
    """An error that stops the whole batch (bad key, no permission, no credit)."""

    def __init__(self, error: APIError) -> None:
        super().__init__(str(error))
        self.error = error


def video_tag(token: str, row: int, attempt: int) -> str:
    """The mark a row's video carries in ``video_spec.name``: batch token, row, attempt."""
    return f"jb-{token}-r{row}-a{attempt}"


def tagged_name(name: str | None, tag: str) -> str:
    return f"{name} [{tag}]" if name else tag


def has_tag(title: str | None, tag: str) -> bool:
    return bool(title) and re.search(re.escape(tag) + r"(?![0-9])", title or "") is not None


def file_name(row: JournalRow) -> str:
    slug = urlsplit(row.url).path.rstrip("/").rsplit("/", 1)[-1]
    slug = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", slug)
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", slug).strip("-.")[:60] or "video"
    return f"{row.row_no:05d}-{slug}.mp4"


def _code(error: Exception) -> str | None:
    code = getattr(error, "code", None)
    if code is not None:
        return str(code)
    status = getattr(error, "http_status", None)
    return f"HTTP {status}" if status else type(error).__name__


def _is_refusal(error: APIError) -> bool:
    """The API answered and said no: nothing was created (a 4xx, or a known business code
    other than a server failure)."""
    if isinstance(error, APIConnectionError | ServerError | RateLimitError):
        return False
    status = error.http_status
    return (status is not None and 400 <= status < 500) or (error.code not in (None, 0))


class RowSteps:
    """Carries one claimed row to a final state (or until the run stops)."""

    def __init__(self, runner: Runner, row: JournalRow) -> None:
        self.runner = runner
        self.row = row
        self.client: Jogg = runner.client
        self.journal: Journal = runner.journal
        self.pacer: Pacer = runner.pacer
        self.stop: threading.Event = runner.stop

    # ------------------------------------------------------------------ plumbing

    def _save(self, **values: Any) -> None:
        was_final = self.row.state in FINAL_STATES
        self.row = self.journal.update(self.row.row_no, self.runner.worker, **values)
        if self.row.state in FINAL_STATES and not was_final:
            self.runner.row_finished(self.row)

    def _checkpoint(self, step: str) -> None:
        self.runner.checkpoint(step, self.row.row_no)

    def _event(self, kind: str, text: str) -> None:
        self.runner.event(kind, self.row.row_no, text)

    def _sleep(self, seconds: float) -> None:
        if not self.runner.sleep(seconds):
            raise Stopped

    def _paced(self) -> None:
        """Wait for this POST's turn under the key's limit (before its intent is written, so
        that a crash while waiting leaves nothing to reconcile)."""
        if self.stop.is_set():
            raise Stopped
        self._sleep(self.pacer.book())
        self.runner.post_started()

    # ------------------------------------------------------------------ the steps

    def run(self) -> None:
        handlers: dict[str, Callable[[], None]] = {
            PENDING: self._create_product,
            PRODUCT_SENDING: self._create_product,  # answer never recorded: products are free
            PRODUCT_CREATED: self._create_video,
            VIDEO_SENDING: self._reconcile,
            VIDEO_CREATED: self._finish,
        }
        while self.row.state in handlers:
            if self.stop.is_set():
                raise Stopped
            handlers[self.row.state]()

    def _create_product(self) -> None:
        if self.row.state == PRODUCT_SENDING:
            self._event("resend", "product answer never recorded; creating it again")
        self._paced()
        self._save(state=PRODUCT_SENDING, product_attempts=self.row.product_attempts + 1)
        self._checkpoint("product_intent")
        try:
            product = self.client.products.create(self.row.url)
        except FATAL_ERRORS as error:
            raise FatalError(error) from None
        except APIError as error:
            if _is_refusal(error) or self.row.product_attempts >= PRODUCT_TRIES:
                self._fail(error, "product")
                return
            self._event("retry", f"product: {error}")
            self._sleep(2.0 * self.row.product_attempts)
            return  # state is still PRODUCT_SENDING: sent again
        self._checkpoint("product_answered")
        if not product.id:
            self._save(state=FAILED, error_code="no-id", error_message="product had no id")
            return
        self._save(state=PRODUCT_CREATED, product_id=product.id)
        self._checkpoint("product_recorded")
        self._event("product", f"product {product.id}")

    def _spec(self) -> ProductVideoSpec:
        fields = dict(self.row.spec)
        tag = video_tag(self.runner.token, self.row.row_no, self.row.attempt)
        fields["name"] = tagged_name(fields.get("name"), tag)
        return ProductVideoSpec(**fields)

    def _create_video(self) -> None:
        assert self.row.product_id is not None
        spec = self._spec()
        self._paced()
        self._save(
            state=VIDEO_SENDING, intent_at=self.runner.wall_time(), on_missing=MISSING_IS_UNCERTAIN
        )
        self._checkpoint("video_intent")
        try:
            video = self.client.product_videos.create(self.row.product_id, spec)
        except FATAL_ERRORS as error:
            self._save(state=PRODUCT_CREATED)  # refused: nothing was created
            raise FatalError(error) from None
        except RateLimitError as error:
            self._save(state=PRODUCT_CREATED)  # refused: nothing was created
            self._event("retry", f"video: {error}")
            self._sleep(10.0)
            return
        except APIError as error:
            if _is_refusal(error):
                self._fail(error, "video")
                return
            # It may or may not exist: look for it before anything else is sent.
            self._event("unsure", f"video POST outcome unknown ({error}); reconciling")
            return
        self._checkpoint("video_answered")
        self._save(state=VIDEO_CREATED, video_id=video.id)
        self._checkpoint("video_recorded")
        self._event("video", f"video {video.id} created")

    def _reconcile(self) -> None:
        """A video POST whose answer was never recorded: find its video by the tag in its
        name among the recent product videos. Found: adopt it. Not found: the row is
        uncertain (or, under --retry-uncertain, sent again with the next attempt's tag)."""
        tag = video_tag(self.runner.token, self.row.row_no, self.row.attempt)
        found = self.find_video(tag, self.row.intent_at)
        settle = self.runner.reconcile_settle
        if found is None and self.row.intent_at is not None and settle > 0:
            # A video created a moment ago may not be listed yet: look once more when the
            # POST is ``settle`` seconds old, before calling the row uncertain.
            left = self.row.intent_at + settle - self.runner.wall_time()
            if left > 0:
                self._event(
                    "reconciling", f"no video tagged {tag} yet; looking again in {left:.0f} s"
                )
                self._sleep(left)
                found = self.find_video(tag, self.row.intent_at)
        self._checkpoint("reconciled")
        if found is not None:
            self._save(state=VIDEO_CREATED, video_id=found.id, on_missing=MISSING_IS_UNCERTAIN)
            self._event("reconciled", f"found video {found.id} by its tag {tag}")
        elif self.row.on_missing == MISSING_MEANS_RESEND:
            self._save(
                state=PRODUCT_CREATED, attempt=self.row.attempt + 1, on_missing=MISSING_IS_UNCERTAIN
            )
            self._event("resend", f"no video tagged {tag}: sending it again (--retry-uncertain)")
        else:
            self._save(
                state=UNCERTAIN,
                error_code="uncertain",
                error_message=f"video POST outcome unknown and no video tagged {tag} found; "
                "rerun with --retry-uncertain to send it again",
            )
            self._event("uncertain", f"no video tagged {tag}")

    def find_video(self, tag: str, intent_at: float | None) -> ProductVideo | None:
        since = None if intent_at is None else intent_at - RECONCILE_MARGIN
        videos = self.client.product_videos.list(
            sort_by="created_at", sort_order="desc", page_size=100
        )
        for scanned, video in enumerate(videos):
            if has_tag(video.title, tag):
                return video
            created = video.created_at
            if since is not None and created is not None and created.timestamp() < since:
                return None
            if scanned >= RECONCILE_SCAN_LIMIT:
                return None
        return None

    def _finish(self) -> None:
        assert self.row.video_id is not None
        video = self._wait(self.row.video_id)
        credit = video.deducted_credit
        if video.status == "failed":
            error = video.error
            self._save(
                state=FAILED,
                credit=credit,
                error_code=(error.code if error else None) or "job-failed",
                error_message=(error.message if error else None) or "the video job failed",
            )
            self._event("failed", f"video {video.id} failed")
            return
        self._checkpoint("video_finished")
        target = self.runner.out / file_name(self.row)
        if not (target.is_file() and target.stat().st_size > 0):
            self._download(video, target)
        self._checkpoint("downloaded")
        self._save(state=DONE, file=str(target), credit=credit, error_code=None, error_message=None)
        self._event("done", f"saved {target.name}")

    def _wait(self, video_id: str) -> ProductVideo:
        started = self.runner.clock.monotonic()
        step = 0
        while True:
            elapsed = self.runner.clock.monotonic() - started
            self._sleep(self._poll_step(elapsed, step))
            step += 1
            try:
                video = self.client.product_videos.retrieve(video_id)
            except FATAL_ERRORS as error:
                raise FatalError(error) from None
            except NotFoundError as error:  # gone (deleted in the dashboard?): say so
                self._save(state=FAILED, error_code=_code(error), error_message=f"video: {error}")
                raise GiveUp from None
            except APIError as error:  # retried by the transport already; look again later
                self._event("retry", f"status of video {video_id}: {error}")
                continue
            if video.status.is_finished:
                return video

    def _poll_step(self, elapsed: float, step: int) -> float:
        interval = self.runner.poll_interval
        if interval is not None:
            return interval
        if step == 0:
            return 10.0
        for until, every in _SCHEDULE:
            if elapsed < until:
                return every
        return 60.0

    def _download(self, video: ProductVideo, target: Path) -> None:
        for attempt in range(1, DOWNLOAD_TRIES + 1):
            try:
                video.download(target)
                return
            except (APIError, OSError) as error:
                if attempt == DOWNLOAD_TRIES:
                    self._save(error_code=_code(error), error_message=f"download: {error}")
                    self._event("error", f"download failed: {error}")
                    raise GiveUp from None
                self._sleep((self.runner.poll_interval or 2.0) * attempt)

    def _fail(self, error: APIError, step: str) -> None:
        self._save(state=FAILED, error_code=_code(error), error_message=f"{step}: {error}")
        self._event("failed", f"{step} refused: {error}")


class GiveUp(Exception):
    """This run stops working on the row (it stays resumable; a rerun tries again)."""
