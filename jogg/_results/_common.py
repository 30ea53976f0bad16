"""What every result type shares: the raw JSON, the download client, job errors and status."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import attrs
from jogg_api.types import Unset

from .. import _parse as p
from .._download import AsyncFiles, Destination, DownloadProgress, SyncFiles, require_url
from .._errors import JoggError
from .._status import JobStatus
from .._status import job_status as status_rule

Files = SyncFiles | AsyncFiles | None


def raw_field() -> Any:
    """The full JSON object as the API sent it."""
    return attrs.field(repr=False, eq=False, factory=dict)


def files_field() -> Any:
    """The client that can download the result's file (not part of the value)."""
    return attrs.field(default=None, repr=False, eq=False, alias="files")


@attrs.frozen
class JobError:
    """Why a job failed: the API sends ``{code, message}`` for videos, a string elsewhere."""

    message: str | None
    code: str | None = None

    @classmethod
    def read(cls, value: Any) -> JobError | None:
        if isinstance(value, str):
            return cls(value) if value.strip() else None
        if isinstance(value, Mapping):
            message = p.text(value, "message", "msg", "error")
            code = p.text(value, "code")
            return cls(message, code) if message or code else None
        return None

    def __str__(self) -> str:
        return f"{self.message or 'failed'}" + (f" (code {self.code})" if self.code else "")


def job_error(*values: Any) -> JobError | None:
    """The first usable error among ``values`` (the spec's field, then strays)."""
    for value in values:
        error = JobError.read(value)
        if error is not None:
            return error
    return None


def job_status(value: Any, error: JobError | None) -> JobStatus:
    """A job's status from its wire value (UNSET: the answer had no status field), by the
    one rule of every job type (R-STATUS-2, ``jogg._status.job_status``)."""
    return status_rule({} if isinstance(value, Unset) else {"status": value}, error is not None)


class _Job:
    """What the wait engine reads of every job besides id and status."""

    error: JobError | None

    @property
    def failure_detail(self) -> str | None:
        return str(self.error) if self.error else None


class _Downloadable(_Job):
    """``download`` for results with a file URL; ``adownload`` when they came from AsyncJogg."""

    _files: Files
    video_url: str | None

    def _download_url(self) -> str | None:
        return self.video_url

    def download(
        self, destination: Destination, *, on_progress: DownloadProgress | None = None
    ) -> Path | None:
        """Stream the file to ``destination`` (a path, or a binary file object).

        Written to a temporary name and renamed when complete; ``on_progress(received,
        total)`` is called after each chunk (total is None when the server does not say).
        Returns the path written, or None for a file object.
        """
        url = require_url(self._download_url(), type(self).__name__)
        if not isinstance(self._files, SyncFiles):
            raise JoggError(
                "this result came from AsyncJogg (or from no client): "
                "use `await result.adownload(...)`"
            )
        return self._files.download(url, destination, on_progress)

    async def adownload(
        self, destination: Destination, *, on_progress: DownloadProgress | None = None
    ) -> Path | None:
        """The async form of ``download``, for results of AsyncJogg."""
        url = require_url(self._download_url(), type(self).__name__)
        if not isinstance(self._files, AsyncFiles):
            raise JoggError(
                "this result came from Jogg (or from no client): use `result.download(...)`"
            )
        return await self._files.download(url, destination, on_progress)


ASPECT_NAMES = {0: "portrait", 1: "landscape", 2: "square"}
