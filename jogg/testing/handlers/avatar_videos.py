"""Avatar videos: an avatar speaking a script or an audio file."""

from __future__ import annotations

from typing import Any

from .._jobs import media_urls, spell, video_error
from ._common import ASPECTS, ApiError, Ctx, Table, check_url

HANDLERS = Table()


@HANDLERS.op("create_video_from_avatar", "POST", "/v2/create_video_from_avatar")
def create_video_from_avatar(ctx: Ctx) -> Any:
    b = ctx.body
    avatar = b.req_obj("avatar")
    avatar_type = avatar.req_integer("avatar_type", enum=[0, 1])
    avatar_id = avatar.req_integer("avatar_id")
    voice = b.req_obj("voice")
    kind = voice.req_text("type", enum=["script", "audio"])
    voice.req_text("voice_id")
    if kind == "script":
        voice.req_text("script")
    else:
        check_url(voice, "audio_url", required=True)
    b.req_text("aspect_ratio", enum=ASPECTS)
    b.req_integer("screen_style", enum=[1, 2, 3])
    b.flag("caption")
    name = b.text("video_name")
    webhook_url = check_url(b, "webhook_url")
    if not ctx.state.avatar_exists(avatar_type, avatar_id):
        raise ApiError(10104, f"avatar {avatar_id} not found")
    cost = ctx.state.charge(5.0)
    job = ctx.add_job(
        "avatar_video",
        dict(b.data),
        webhook_url=webhook_url,
        duration=20,
        name=name or "Avatar video",
        cost=cost,
    )
    return {"video_id": job.id}


@HANDLERS.op("get_avatar_video", "GET", "/v2/avatar_video/{id}")
def get_avatar_video(ctx: Ctx) -> Any:
    job, phase = ctx.get("avatar_video", ctx.args["id"])
    ok = phase == "completed"
    urls = media_urls(job, ctx.base)
    data: dict[str, Any] = {
        "video_id": job.id,
        "status": spell(job.kind, phase),
        "video_url": urls["video_url"] if ok else "",
        "cover_url": urls["cover_url"] if ok else "",
        "duration": job.extra["duration"] if ok else 0,
        "created_at": int(job.created_wall),
    }
    if phase == "failed":
        data["error"] = video_error(job)
    return data
