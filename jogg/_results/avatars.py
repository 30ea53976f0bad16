"""Avatars, voices, music and visual styles, and the photo and product avatar jobs."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .. import _parse as p
from .._status import JobState, JobStatus
from ._common import (
    ASPECT_NAMES,
    JobError,
    _Job,
    job_error,
    job_status,
    raw_field,
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
    raw: Mapping[str, Any] = raw_field()

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
            aspect_ratio=ASPECT_NAMES.get(ratio)
            if ratio is not None
            else p.text(obj, "aspect_ratio"),
            style=p.text(obj, "style"),
            gender=p.text(obj, "gender"),
            age=p.text(obj, "age"),
            status=JobStatus.parse(status_value) if status_value is not None else None,
            raw=obj,
        )


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
    raw: Mapping[str, Any] = raw_field()

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
    raw: Mapping[str, Any] = raw_field()

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
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any) -> VisualStyle:
        obj = p.as_object(data, "a visual style")
        return cls(name=p.text(obj, "name") or "", id=p.integer(obj, "id"), raw=obj)


@attrs.frozen
class AvatarPhoto(_Job):
    """Generated photos for a photo avatar (the first step before adding motion)."""

    id: str
    status: JobStatus
    image_urls: tuple[str, ...] = ()
    image_keys: tuple[str, ...] = ()
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AvatarPhoto:
        obj = p.as_object(data, "a photo generation")
        status = (
            JobStatus.parse(obj.get("status")) if "status" in obj else JobStatus(JobState.PENDING)
        )
        error = job_error(obj, "error", "error_msg") or (
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
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AvatarMotion:
        obj = p.as_object(data, "an avatar motion")
        error = job_error(obj, "error", "error_msg")
        status = job_status(obj, error) if "status" in obj else JobStatus(JobState.PENDING)
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
    raw: Mapping[str, Any] = raw_field()

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
