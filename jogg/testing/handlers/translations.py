"""Video translation into another language."""

from __future__ import annotations

from typing import Any

from .. import _seed as seed
from .._jobs import spell, video_error
from ._common import Ctx, Table, check_url

HANDLERS = Table()


@HANDLERS.op("create_video_translation", "POST", "/v2/video_translate/")
def create_video_translation(ctx: Ctx) -> Any:
    b = ctx.body
    check_url(b, "video_url", required=True)
    b.req_text("output_language", enum=seed.TARGET_LANGUAGES)
    title = b.text("title")
    for flag in ("translate_audio_only", "add_subtitles", "enable_dynamic_duration"):
        b.flag(flag)
    b.text("output_voice")
    webhook_url = check_url(b, "callback_url") or check_url(b, "webhook_url")
    cost = ctx.state.charge(10.0)
    job = ctx.add_job(
        "translation",
        dict(b.data),
        webhook_url=webhook_url,
        duration=30,
        title=title or "Translated video",
        cost=cost,
    )
    return {"video_translate_id": job.id}


@HANDLERS.op("get_video_translation", "GET", "/v2/video_translate/{video_translate_id}")
def get_video_translation(ctx: Ctx) -> Any:
    job, phase = ctx.get("translation", ctx.args["video_translate_id"])
    ok = phase == "completed"
    data: dict[str, Any] = {
        "video_translate_id": job.id,
        "title": job.extra["title"],
        "status": spell(job.kind, phase),
        "url": f"{ctx.base}/files/videos/{job.id}.mp4" if ok else "",
        "subtitle_url": f"{ctx.base}/files/subtitles/{job.id}.srt" if ok else "",
    }
    if phase == "failed":
        data["error"] = video_error(job)
    return data


@HANDLERS.op("list_translation_languages", "GET", "/v2/video_translate/target_languages")
def list_translation_languages(ctx: Ctx) -> Any:
    return {"languages": list(seed.TARGET_LANGUAGES)}
