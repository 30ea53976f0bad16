"""Jobs of every kind, and how each endpoint spells their status."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final, Literal

Phase = Literal["pending", "processing", "completed", "failed"]

# kind -> (webhook event stem or None, how a failure's error is shaped: "object" | "string")
KINDS: Final[dict[str, tuple[str | None, str]]] = {
    "product_video": ("generated_product_video", "object"),
    "preview": (None, "object"),
    "avatar_video": ("generated_avatar_video", "object"),
    "template_video": ("generated_template_video", "object"),
    "lip_sync": ("generated_video", "object"),
    "translation": ("generated_translate_video", "object"),
    "script": ("generated_script", "string"),
    "photo": ("generated_image", "string"),
    "product_image": ("generated_image", "string"),
    "photo_motion": ("generated_photo_avatar", "string"),
    "product_motion": ("generated_product_avatar", "string"),
}

VIDEO_KINDS: Final = frozenset(
    {"product_video", "preview", "avatar_video", "template_video", "lip_sync", "translation"}
)


@dataclass
class Job:
    id: str
    kind: str
    created_wall: float
    started: float
    base: str
    params: dict[str, Any]
    webhook_url: str | None = None
    forced: Phase | None = None
    forced_wall: float | None = None
    error_code: str | int = "GENERATION_FAILED"
    error_message: str = "generation failed"
    notified: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def phase(self, now: float, job_seconds: float) -> Phase:
        if self.forced is not None:
            return self.forced
        elapsed = now - self.started
        if elapsed >= job_seconds:
            return "completed"
        if elapsed >= job_seconds / 2:
            return "processing"
        return "pending"

    def completed_wall(self, job_seconds: float) -> int:
        if self.forced_wall is not None:
            return int(self.forced_wall)
        return int(self.created_wall + max(job_seconds, 1.0))


def spell(kind: str, phase: Phase) -> str:
    """The status string the endpoint that reports this kind of job uses."""
    if kind in ("product_video", "preview"):
        return "processing" if phase == "pending" else phase
    if kind == "lip_sync":
        return "success" if phase == "completed" else phase
    if kind == "photo":
        return {"pending": "in_progress", "processing": "in_progress", "completed": "success"}.get(
            phase, "error"
        )
    return phase


def list_status(phase: Phase) -> str:
    """Video list items know only processing, completed and failed."""
    return "processing" if phase == "pending" else phase


def status_code(phase: Phase) -> int:
    """Integer status of avatar list items: 0 processing, 1 success, 2 failed."""
    return {"completed": 1, "failed": 2}.get(phase, 0)


# The list filters' integer codes: 3 processing, 4 success, 5 failed.
FILTER_CODES: Final[dict[int, tuple[Phase, ...]]] = {
    3: ("pending", "processing"),
    4: ("completed",),
    5: ("failed",),
}


def media_urls(job: Job, base: str) -> dict[str, str]:
    """Where a finished video and its cover are served, on the fake at ``base``."""
    return {
        "video_url": f"{base}/files/videos/{job.id}.mp4",
        "cover_url": f"{base}/files/covers/{job.id}.jpg",
    }


def photo_urls(job: Job, base: str) -> list[str]:
    """The four images a generated avatar photo has."""
    return [f"{base}/files/images/{job.id}-{i}.png" for i in range(1, 5)]


def video_error(job: Job) -> dict[str, Any]:
    """A failed video's error, shaped as the video endpoints report it."""
    return {"code": job.error_code, "message": job.error_message}
