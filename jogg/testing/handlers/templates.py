"""Templates (index and custom) and the videos made from them."""

from __future__ import annotations

from typing import Any

from .. import _seed as seed
from .._jobs import Job, Phase, list_status, media_urls, spell, video_error
from ._common import (
    ASPECTS,
    ApiError,
    Ctx,
    ParamError,
    Table,
    check_url,
    paginate,
    rebase,
    video_items,
)

HANDLERS = Table()


def _templates(ctx: Ctx, templates: list[dict[str, Any]]) -> Any:
    aspect = ctx.query.text("aspect_ratio", enum=ASPECTS)
    items = [
        {k: v for k, v in t.items() if k != "variables"}
        for t in templates
        if aspect is None or t["aspect_ratio"] == seed.ASPECT_CODES[aspect]
    ]
    return {"templates": rebase(items, ctx.base)}


@HANDLERS.op("list_templates", "GET", "/v2/templates")
def list_templates(ctx: Ctx) -> Any:
    return _templates(ctx, seed.INDEX_TEMPLATES)


@HANDLERS.op("list_custom_templates", "GET", "/v2/templates/custom")
def list_custom_templates(ctx: Ctx) -> Any:
    return _templates(ctx, seed.CUSTOM_TEMPLATES)


@HANDLERS.op("get_custom_template", "GET", "/v2/template/custom/{id}")
def get_custom_template(ctx: Ctx) -> Any:
    raw = ctx.args["id"]
    template = next((t for t in seed.CUSTOM_TEMPLATES if str(t["id"]) == raw), None)
    if template is None:
        if not raw.isdigit():
            raise ParamError("id", "must be an integer")
        raise ApiError(10104, f"template {raw} not found")
    data = {k: v for k, v in template.items() if k != "id"}
    data = {"template_id": template["id"], **data}
    data["variables"] = [{"type": v["type"], "name": v["name"]} for v in template["variables"]]
    return rebase(data, ctx.base)


@HANDLERS.op("create_video_from_template", "POST", "/v2/create_video_with_template")
def create_video_from_template(ctx: Ctx) -> Any:
    b = ctx.body
    template_id = b.req_integer("template_id")
    b.req_text("voice_language")
    variables = b.objs("variables", required=True)
    webhook_url = check_url(b, "webhook_url")
    for var in variables:
        vtype = var.req_text("type", enum=["text", "image", "video", "script"])
        var.req_text("name")
        props = var.req_obj("properties")
        if vtype in ("text", "script"):
            props.req_text("content")
        else:
            url = check_url(props, "url")
            asset_id = props.integer("asset_id")
            if url is None and asset_id is None and not props.text("content"):
                raise ParamError(props._name("url"), "or asset_id is required")
        webhook_url = webhook_url or check_url(props, "webhook_url")
    name = b.text("video_name")
    b.integer("avatar_id")
    b.integer("avatar_type", enum=[0, 1])
    b.text("voice_id")
    b.flag("captions_enabled")
    b.integer("background_music_id")
    for flag in ("disable_random_trans", "disable_random_moving", "disable_trans"):
        b.flag(flag)
    b.flag("disable_moving")
    templates = seed.INDEX_TEMPLATES + seed.CUSTOM_TEMPLATES
    template = next((t for t in templates if t["id"] == template_id), None)
    if template is None:
        raise ApiError(10104, f"template {template_id} not found")
    cost = ctx.state.charge(5.0)
    job = ctx.add_job(
        "template_video",
        dict(b.data),
        webhook_url=webhook_url,
        duration=30.5,
        name=name or template["name"],
        cost=cost,
    )
    return {"video_id": job.id}


def _finished(ctx: Ctx, job: Job) -> dict[str, Any]:
    urls = media_urls(job, ctx.base)
    return {
        "video_name": job.extra["name"],
        "url": urls["video_url"],
        "cover_url": urls["cover_url"],
        "duration_seconds": job.extra["duration"],
        "deducted_credit": job.extra["cost"],
    }


@HANDLERS.op("get_template_video", "GET", "/v2/template_video/{video_id}")
def get_template_video(ctx: Ctx) -> Any:
    job, phase = ctx.get("template_video", ctx.args["video_id"])
    data: dict[str, Any] = {
        "video_id": job.id,
        "status": spell(job.kind, phase),
        "created_at": int(job.created_wall),
        "data": _finished(ctx, job) if phase == "completed" else None,
    }
    if phase in ("completed", "failed"):
        data["completed_at"] = job.completed_wall(ctx.state.job_seconds)
    if phase == "failed":
        data["error"] = video_error(job)
    return data


def _list_item(ctx: Ctx, job: Job, phase: Phase) -> dict[str, Any]:
    ok = phase == "completed"
    urls = media_urls(job, ctx.base)
    item: dict[str, Any] = {
        "video_id": job.id,
        "video_name": job.extra["name"],
        "status": list_status(phase),
        "created_at": int(job.created_wall),
        "cover_url": urls["cover_url"] if ok else "",
        "url": urls["video_url"] if ok else "",
        "duration_seconds": job.extra["duration"] if ok else 0,
    }
    if phase == "failed":
        item["error"] = video_error(job)
    return item


@HANDLERS.op("list_template_videos", "GET", "/v2/template_videos")
def list_template_videos(ctx: Ctx) -> Any:
    page, size = ctx.query.page()
    items = video_items(ctx, "template_video")
    chunk, pagination = paginate(items, page, size)
    return {"data": [_list_item(ctx, j, p) for j, p in chunk], "pagination": pagination}
