"""Lip sync: a video made to speak an audio track."""

from __future__ import annotations

import uuid
from typing import Any

from .._jobs import media_urls, spell, video_error
from ._common import Ctx, Table, check_url

HANDLERS = Table()


@HANDLERS.op("create_lip_sync_video", "POST", "/v2/create_lip_sync_video")
def create_lip_sync_video(ctx: Ctx) -> Any:
    b = ctx.body
    check_url(b, "video_url", required=True)
    check_url(b, "audio_url", required=True)
    b.text("playback_type", enum=["normal", "normal_reverse", "normal_reverse_by_audio"])
    cost = ctx.state.charge(5.0)
    job = ctx.add_job(
        "lip_sync",
        dict(b.data),
        job_id=str(uuid.uuid4()),
        webhook_url=check_url(b, "webhook_url"),
        duration=12.5,
        cost=cost,
    )
    return {"task_id": job.id, "status": spell("lip_sync", "pending")}


@HANDLERS.op("get_lip_sync_video", "GET", "/v2/lip_sync_video/{task_id}")
def get_lip_sync_video(ctx: Ctx) -> Any:
    job, phase = ctx.get("lip_sync", ctx.args["task_id"])
    data: dict[str, Any] = {
        "task_id": job.id,
        "status": spell(job.kind, phase),
        "created_at": int(job.created_wall),
        "data": None,
        "error": None,
    }
    if phase in ("completed", "failed"):
        data["completed_at"] = job.completed_wall(ctx.state.job_seconds)
    if phase == "completed":
        urls = media_urls(job, ctx.base)
        data["data"] = {
            "result_url": urls["video_url"],
            "cover_url": urls["cover_url"],
            "duration_seconds": job.extra["duration"],
        }
    elif phase == "failed":
        data["error"] = video_error(job)
    return data
