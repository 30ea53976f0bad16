"""Avatar, template, lip-sync and translated videos, templates and AI scripts."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .. import _parse as p
from .._status import JobState, JobStatus
from ._common import (
    ASPECT_NAMES,
    Files,
    JobError,
    _Downloadable,
    _Job,
    files_field,
    job_error,
    job_status,
    raw_field,
)


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
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> AvatarVideo:
        obj = p.as_object(data, "an avatar video")
        error = job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "video_id", "id") or id or "",
            status=job_status(obj, error),
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
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any, *, custom: bool = False) -> Template:
        obj = p.as_object(data, "a template")
        ratio = p.integer(obj, "aspect_ratio")
        return cls(
            id=p.integer(obj, "id", "template_id") or 0,
            name=p.text(obj, "name"),
            cover_url=p.text(obj, "cover_url"),
            preview_url=p.text(obj, "preview_url"),
            aspect_ratio=ASPECT_NAMES.get(ratio)
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
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> TemplateVideo:
        obj = p.as_object(data, "a template video")
        inner = p.child(obj, "data")
        error = job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "video_id", "id") or id or "",
            status=job_status(obj, error),
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
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> LipSyncVideo:
        obj = p.as_object(data, "a lip-sync task")
        inner = p.child(obj, "data")
        error = job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "task_id", "id") or id or "",
            status=job_status(obj, error),
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
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> Translation:
        obj = p.as_object(data, "a translation")
        error = job_error(obj, "error", "err_msg")
        return cls(
            id=p.text(obj, "video_translate_id", "id") or id or "",
            status=job_status(obj, error),
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
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AIScript:
        obj = p.as_object(data, "an AI script task")
        error = job_error(obj, "error", "err_msg")
        inner = p.child(obj, "data")
        return cls(
            id=p.text(obj, "task_id", "id") or id or "",
            status=job_status(obj, error) if "status" in obj else JobStatus(JobState.PENDING),
            scripts=tuple(
                GeneratedScript(p.text(s, "script_style"), p.strings(s, "script_paragraphs"))
                for s in p.objects(inner, "generated_scripts")
            ),
            error=error,
            raw=obj,
        )
