"""The facade's result types: frozen, with Pythonic names, and ``raw`` holding the full JSON
the API sent (unknown fields included).

Every ``from_data`` reads leniently: a missing or mistyped field becomes None, an unknown
status is kept as JobStatus UNKNOWN. Only an answer that is not a JSON object at all is an
error (APIError).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

import attrs

from . import _parse as p
from ._download import AsyncFiles, Destination, DownloadProgress, SyncFiles, require_url
from ._errors import JoggError
from ._status import JobState, JobStatus

__all__ = [
    "AIScript",
    "Asset",
    "Avatar",
    "AvatarMotion",
    "AvatarPhoto",
    "AvatarVideo",
    "GeneratedScript",
    "JobError",
    "LipSyncVideo",
    "Music",
    "Preview",
    "Product",
    "ProductAvatarBatch",
    "ProductAvatarImage",
    "ProductMedia",
    "ProductVideo",
    "Quota",
    "Template",
    "TemplateVariableInfo",
    "TemplateVideo",
    "Translation",
    "User",
    "VisualStyle",
    "Voice",
    "WebhookEndpoint",
]

Files = SyncFiles | AsyncFiles | None


def _raw() -> Any:
    """The full JSON object as the API sent it."""
    return attrs.field(repr=False, eq=False, factory=dict)


def _files() -> Any:
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


def _job_error(obj: p.Json, *keys: str) -> JobError | None:
    for key in keys:
        error = JobError.read(obj.get(key))
        if error is not None:
            return error
    return None


def _status(obj: p.Json, error: JobError | None, *keys: str) -> JobStatus:
    for key in keys or ("status",):
        if key in obj:
            status = JobStatus.parse(obj[key])
            if status.state is JobState.UNKNOWN and obj[key] is None and error is not None:
                return JobStatus(JobState.FAILED)
            return status
    # No status field at all: a just-created job (create answers often carry only the id),
    # unless the answer carries an error.
    return JobStatus(JobState.FAILED) if error is not None else JobStatus(JobState.PENDING)


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


@attrs.frozen
class ProductMedia:
    kind: str | None  # "image" or "video"
    url: str | None
    name: str | None = None
    description: str | None = None

    @classmethod
    def from_data(cls, obj: p.Json) -> ProductMedia:
        code = p.integer(obj, "type")
        kind = {1: "image", 2: "video"}.get(code) if code is not None else p.text(obj, "type")
        return cls(kind, p.text(obj, "url"), p.text(obj, "name"), p.text(obj, "description"))


@attrs.frozen
class Product:
    id: str | None
    name: str | None = None
    url: str | None = None
    description: str | None = None
    target_audience: str | None = None
    media: tuple[ProductMedia, ...] = ()
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any) -> Product:
        obj = p.as_object(data, "a product")
        return cls(
            id=p.text(obj, "product_id", "id"),
            name=p.text(obj, "name"),
            url=p.text(obj, "url"),
            description=p.text(obj, "description"),
            target_audience=p.text(obj, "target_audience"),
            media=tuple(ProductMedia.from_data(m) for m in p.objects(obj, "media")),
            raw=obj,
        )


@attrs.frozen
class ProductVideo(_Downloadable):
    """A video made from a product (or rendered from a preview)."""

    id: str
    status: JobStatus
    title: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    deducted_credit: float | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()
    _files: Files = _files()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> ProductVideo:
        obj = p.as_object(data, "a product video")
        error = _job_error(obj, "error", "err_msg", "error_msg")
        return cls(
            id=p.text(obj, "video_id", "product_video_id", "id") or id or "",
            status=_status(obj, error),
            title=p.text(obj, "title", "name"),
            video_url=p.text(obj, "video_url", "url"),
            cover_url=p.text(obj, "cover_url"),
            duration=p.number(obj, "duration", "video_duration", "duration_seconds"),
            created_at=p.timestamp(obj, "created_at"),
            deducted_credit=p.number(obj, "deducted_credit"),
            error=error,
            raw=obj,
            files=files,
        )


@attrs.frozen
class Preview(_Downloadable):
    """A preview of one visual style; render it into a full video with ``previews.render``."""

    id: str
    status: JobStatus
    visual_style: str | None = None
    title: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()
    _files: Files = _files()

    @classmethod
    def from_data(cls, data: Any, *, files: Files = None) -> Preview:
        obj = p.as_object(data, "a preview")
        error = _job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "preview_id", "id") or "",
            status=_status(obj, error),
            visual_style=p.text(obj, "visual_style"),
            title=p.text(obj, "title"),
            video_url=p.text(obj, "video_url"),
            cover_url=p.text(obj, "cover_url"),
            duration=p.number(obj, "video_duration", "duration"),
            created_at=p.timestamp(obj, "created_at"),
            error=error,
            raw=obj,
            files=files,
        )


@attrs.frozen
class Avatar:
    """An avatar from one of the avatar lists. ``kind`` is public, custom, photo or product;
    pass the object itself as ``avatar=`` and the SDK sends the right avatar type."""

    id: int
    kind: str
    name: str | None = None
    cover_url: str | None = None
    video_url: str | None = None
    aspect_ratio: str | None = None
    style: str | None = None
    gender: str | None = None
    age: str | None = None
    status: JobStatus | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any, *, kind: str) -> Avatar:
        obj = p.as_object(data, "an avatar")
        status_value = obj.get("avatar_status", obj.get("status"))
        ratio = p.integer(obj, "aspect_ratio")
        return cls(
            id=p.integer(obj, "id", "avatar_id") or 0,
            kind=kind,
            name=p.text(obj, "name"),
            cover_url=p.text(obj, "cover_url"),
            video_url=p.text(obj, "video_url", "avatar_url", "preview_url"),
            aspect_ratio=_ASPECT_NAMES.get(ratio)
            if ratio is not None
            else p.text(obj, "aspect_ratio"),
            style=p.text(obj, "style"),
            gender=p.text(obj, "gender"),
            age=p.text(obj, "age"),
            status=JobStatus.parse(status_value) if status_value is not None else None,
            raw=obj,
        )


_ASPECT_NAMES = {0: "portrait", 1: "landscape", 2: "square"}


@attrs.frozen
class Voice:
    id: str
    name: str | None = None
    language: str | None = None
    gender: str | None = None
    age: str | None = None
    accent: str | None = None
    use_case: str | None = None
    sample_url: str | None = None
    custom: bool = False
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any, *, custom: bool = False) -> Voice:
        obj = p.as_object(data, "a voice")
        return cls(
            id=p.text(obj, "voice_id", "id") or "",
            name=p.text(obj, "name"),
            language=p.text(obj, "language"),
            gender=p.text(obj, "gender"),
            age=p.text(obj, "age"),
            accent=p.text(obj, "accent"),
            use_case=p.text(obj, "use_case"),
            sample_url=p.text(obj, "audio_url", "audition_url"),
            custom=custom,
            raw=obj,
        )


@attrs.frozen
class Music:
    id: int
    name: str | None = None
    url: str | None = None
    duration: float | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any) -> Music:
        obj = p.as_object(data, "a music track")
        return cls(
            id=p.integer(obj, "id", "music_id") or 0,
            name=p.text(obj, "name"),
            url=p.text(obj, "music_url", "url"),
            duration=p.number(obj, "duration"),
            raw=obj,
        )


@attrs.frozen
class VisualStyle:
    name: str
    id: int | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any) -> VisualStyle:
        obj = p.as_object(data, "a visual style")
        return cls(name=p.text(obj, "name") or "", id=p.integer(obj, "id"), raw=obj)


@attrs.frozen
class AvatarVideo(_Downloadable):
    """A talking-avatar video made from a script or an audio file."""

    id: str
    status: JobStatus
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()
    _files: Files = _files()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> AvatarVideo:
        obj = p.as_object(data, "an avatar video")
        error = _job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "video_id", "id") or id or "",
            status=_status(obj, error),
            video_url=p.text(obj, "video_url", "url"),
            cover_url=p.text(obj, "cover_url"),
            duration=p.number(obj, "duration", "duration_seconds"),
            created_at=p.timestamp(obj, "created_at"),
            error=error,
            raw=obj,
            files=files,
        )


@attrs.frozen
class TemplateVariableInfo:
    name: str
    type: str | None = None
    required: bool | None = None


@attrs.frozen
class Template:
    id: int
    name: str | None = None
    cover_url: str | None = None
    preview_url: str | None = None
    aspect_ratio: str | None = None
    variables: tuple[TemplateVariableInfo, ...] = ()
    custom: bool = False
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any, *, custom: bool = False) -> Template:
        obj = p.as_object(data, "a template")
        ratio = p.integer(obj, "aspect_ratio")
        return cls(
            id=p.integer(obj, "id", "template_id") or 0,
            name=p.text(obj, "name"),
            cover_url=p.text(obj, "cover_url"),
            preview_url=p.text(obj, "preview_url"),
            aspect_ratio=_ASPECT_NAMES.get(ratio)
            if ratio is not None
            else p.text(obj, "aspect_ratio"),
            variables=tuple(
                TemplateVariableInfo(
                    p.text(v, "name") or "", p.text(v, "type"), p.flag(v, "required")
                )
                for v in p.objects(obj, "variables")
            ),
            custom=custom,
            raw=obj,
        )


@attrs.frozen
class TemplateVideo(_Downloadable):
    id: str
    status: JobStatus
    name: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None
    deducted_credit: float | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()
    _files: Files = _files()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> TemplateVideo:
        obj = p.as_object(data, "a template video")
        inner = p.child(obj, "data")
        error = _job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "video_id", "id") or id or "",
            status=_status(obj, error),
            name=p.text(inner, "video_name") or p.text(obj, "video_name", "name"),
            video_url=p.text(inner, "url", "video_url") or p.text(obj, "url", "video_url"),
            cover_url=p.text(inner, "cover_url") or p.text(obj, "cover_url"),
            duration=p.number(inner, "duration_seconds")
            or p.number(obj, "duration_seconds", "duration"),
            created_at=p.timestamp(obj, "created_at"),
            completed_at=p.timestamp(obj, "completed_at"),
            deducted_credit=p.number(inner, "deducted_credit") or p.number(obj, "deducted_credit"),
            error=error,
            raw=obj,
            files=files,
        )


@attrs.frozen
class LipSyncVideo(_Downloadable):
    id: str
    status: JobStatus
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()
    _files: Files = _files()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> LipSyncVideo:
        obj = p.as_object(data, "a lip-sync task")
        inner = p.child(obj, "data")
        error = _job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "task_id", "id") or id or "",
            status=_status(obj, error),
            video_url=p.text(inner, "result_url", "video_url")
            or p.text(obj, "result_url", "video_url"),
            cover_url=p.text(inner, "cover_url") or p.text(obj, "cover_url"),
            duration=p.number(inner, "duration_seconds") or p.number(obj, "duration"),
            created_at=p.timestamp(obj, "created_at"),
            completed_at=p.timestamp(obj, "completed_at"),
            error=error,
            raw=obj,
            files=files,
        )


@attrs.frozen
class Translation(_Downloadable):
    id: str
    status: JobStatus
    title: str | None = None
    video_url: str | None = None
    subtitle_url: str | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()
    _files: Files = _files()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> Translation:
        obj = p.as_object(data, "a translation")
        error = _job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "video_translate_id", "id") or id or "",
            status=_status(obj, error),
            title=p.text(obj, "title"),
            video_url=p.text(obj, "url", "video_url"),
            subtitle_url=p.text(obj, "subtitle_url"),
            error=error,
            raw=obj,
            files=files,
        )


@attrs.frozen
class GeneratedScript:
    style: str | None
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@attrs.frozen
class AIScript(_Job):
    id: str
    status: JobStatus
    scripts: tuple[GeneratedScript, ...] = ()
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AIScript:
        obj = p.as_object(data, "an AI script task")
        error = _job_error(obj, "error", "err_msg")
        inner = p.child(obj, "data")
        return cls(
            id=p.text(obj, "task_id", "id") or id or "",
            status=_status(obj, error) if "status" in obj else JobStatus(JobState.PENDING),
            scripts=tuple(
                GeneratedScript(p.text(s, "script_style"), p.strings(s, "script_paragraphs"))
                for s in p.objects(inner, "generated_scripts")
            ),
            error=error,
            raw=obj,
        )


@attrs.frozen
class AvatarPhoto(_Job):
    """Generated photos for a photo avatar (the first step before adding motion)."""

    id: str
    status: JobStatus
    image_urls: tuple[str, ...] = ()
    image_keys: tuple[str, ...] = ()
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AvatarPhoto:
        obj = p.as_object(data, "a photo generation")
        status = (
            JobStatus.parse(obj.get("status")) if "status" in obj else JobStatus(JobState.PENDING)
        )
        error = _job_error(obj, "error", "error_msg") or (
            JobError.read(obj.get("msg")) if status.is_failed else None
        )
        return cls(
            id=p.text(obj, "photo_id", "id") or id or "",
            status=status,
            image_urls=p.strings(obj, "image_url_list"),
            image_keys=p.strings(obj, "image_key_list"),
            error=error,
            raw=obj,
        )


@attrs.frozen
class AvatarMotion(_Job):
    """A photo or product avatar being animated; ``avatar_id`` is usable once completed."""

    id: str
    status: JobStatus
    avatar_id: int | None = None
    name: str | None = None
    image_url: str | None = None
    preview_url: str | None = None
    voice_id: str | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AvatarMotion:
        obj = p.as_object(data, "an avatar motion")
        error = _job_error(obj, "error", "error_msg")
        status = _status(obj, error) if "status" in obj else JobStatus(JobState.PENDING)
        return cls(
            id=p.text(obj, "motion_id", "id") or id or "",
            status=status,
            avatar_id=p.integer(obj, "avatar_id"),
            name=p.text(obj, "name"),
            image_url=p.text(obj, "image_url"),
            preview_url=p.text(obj, "motion_preview_url"),
            voice_id=p.text(obj, "voice_id"),
            error=error,
            raw=obj,
        )


@attrs.frozen
class ProductAvatarImage:
    id: str
    status: JobStatus
    image_id: str | None = None
    url: str | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None

    @classmethod
    def from_data(cls, obj: p.Json) -> ProductAvatarImage:
        return cls(
            id=p.text(obj, "generation_id", "id") or "",
            status=JobStatus.parse(obj.get("status")),
            image_id=p.text(obj, "image_id"),
            url=p.text(obj, "url", "image_url"),
            created_at=p.timestamp(obj, "created_at"),
            completed_at=p.timestamp(obj, "completed_at"),
        )


@attrs.frozen
class ProductAvatarBatch:
    """A batch of product-avatar images. Its status sums up the images': processing while
    any is, failed when all failed, completed otherwise."""

    id: str
    status: JobStatus
    images: tuple[ProductAvatarImage, ...] = ()
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> ProductAvatarBatch:
        obj = p.as_object(data, "a product avatar batch")
        images = tuple(ProductAvatarImage.from_data(g) for g in p.objects(obj, "generations"))
        return cls(
            id=p.text(obj, "batch_id", "id") or id or "",
            status=_batch_status(images),
            images=images,
            raw=obj,
        )

    @property
    def failure_detail(self) -> str | None:
        return "every image of the batch failed" if self.status.is_failed else None


def _batch_status(images: tuple[ProductAvatarImage, ...]) -> JobStatus:
    states = {image.status.state for image in images}
    if not states or states & {JobState.PENDING, JobState.PROCESSING, JobState.UNKNOWN}:
        return JobStatus(JobState.PROCESSING, "batch")
    if states == {JobState.FAILED}:
        return JobStatus(JobState.FAILED, "batch")
    return JobStatus(JobState.COMPLETED, "batch")


@attrs.frozen
class Asset:
    """An uploaded file: pass ``url`` (or ``id``, where an API field takes one) to other calls."""

    url: str
    id: str | None = None
    filename: str | None = None
    content_type: str | None = None
    size: int | None = None
    raw: Mapping[str, Any] = attrs.field(repr=False, eq=False, factory=dict)


@attrs.frozen
class User:
    email: str | None
    username: str | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any) -> User:
        obj = p.as_object(data, "the current user")
        return cls(p.text(obj, "email"), p.text(obj, "username"), raw=obj)


@attrs.frozen
class Quota:
    remaining: float | None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any) -> Quota:
        obj = p.as_object(data, "the remaining quota")
        return cls(p.number(obj, "remaining_quota", "remaining"), raw=obj)


@attrs.frozen
class WebhookEndpoint:
    """A webhook endpoint. ``secret`` signs its deliveries: it is never shown in repr."""

    id: str
    url: str | None = None
    enabled: bool | None = None
    events: tuple[str, ...] = ()
    secret: str | None = attrs.field(default=None, repr=False)
    created_at: datetime | None = None
    raw: Mapping[str, Any] = _raw()

    @classmethod
    def from_data(cls, data: Any) -> WebhookEndpoint:
        obj = p.as_object(data, "a webhook endpoint")
        status = p.text(obj, "status")
        return cls(
            id=p.text(obj, "endpoint_id", "id") or "",
            url=p.text(obj, "url"),
            enabled=None if status is None else status.lower() == "enabled",
            events=p.strings(obj, "events"),
            secret=p.text(obj, "secret"),
            created_at=p.timestamp(obj, "created_at"),
            raw=obj,
        )
