"""Product videos and their previews, made from a product."""

from __future__ import annotations

import uuid
from typing import Any

from .. import _seed as seed
from .._jobs import media_urls, spell, video_error
from .._params import Body
from ._common import (
    ASPECTS,
    COSTS,
    ApiError,
    Ctx,
    ParamError,
    Table,
    check_script_style,
    check_url,
    list_video_item,
    paginate,
    video_items,
    visual_style_known,
)

HANDLERS = Table()


def _settings(ctx: Ctx, body: Body) -> dict[str, Any]:
    """The settings a product video and a preview share, checked."""
    spec = body.req_obj("video_spec")
    length = spec.req_text("length", enum=["15", "30", "60"])
    aspect = spec.text("aspect_ratio", enum=ASPECTS) or "landscape"
    spec.flag("caption")
    name = spec.text("name")
    avatar = body.req_obj("avatar")
    avatar_id = avatar.req_integer("id")
    avatar_type = avatar.integer("type", enum=[0, 1]) or 0
    voice = body.obj("voice")
    voice_id = voice.text("id") if voice is not None else None
    audio = body.obj("audio")
    music_id = audio.integer("music_id", minimum=0) if audio is not None else None
    script = body.req_obj("script")
    style = check_script_style(script, "style", required=True)
    language = script.text("language") or body.text("language")
    if language is None:
        raise ParamError("script.language", "is required")
    body.text("override_script")
    if not ctx.state.avatar_exists(avatar_type, avatar_id):
        raise ApiError(10104, f"avatar {avatar_id} not found")
    if music_id and not any(m["id"] == music_id for m in seed.MUSICS):
        raise ApiError(10104, f"music {music_id} not found")
    return {
        "length": length,
        "aspect_ratio": aspect,
        "name": name,
        "avatar_id": avatar_id,
        "voice_id": voice_id,
        "music_id": music_id,
        "script_style": style,
        "language": language,
    }


@HANDLERS.op("create_video_from_product", "POST", "/v2/create_video_from_product")
def create_video_from_product(ctx: Ctx) -> Any:
    b = ctx.body
    product = ctx.state.product(b.req_text("product_id"))
    style = b.text("visual_style")
    if style is not None and not visual_style_known(style):
        raise ParamError("visual_style", f"is not a known visual style: {style!r}")
    settings = _settings(ctx, b)
    webhook_url = check_url(b, "webhook_url")
    cost = ctx.state.charge(COSTS[settings["length"]])
    job = ctx.add_job(
        "product_video",
        dict(b.data),
        webhook_url=webhook_url,
        duration=int(settings["length"]),
        title=settings["name"] or product.get("name") or "Product video",
        cost=cost,
        visual_style=style,
    )
    return {"video_id": job.id, "status": spell("product_video", "pending")}


@HANDLERS.op("get_product_video", "GET", "/v2/product_video/{product_video_id}")
def get_product_video(ctx: Ctx) -> Any:
    job, phase = ctx.get("product_video", ctx.args["product_video_id"])
    ok = phase == "completed"
    urls = media_urls(job, ctx.base)
    data: dict[str, Any] = {
        "video_id": job.id,
        "title": job.extra["title"],
        "video_url": urls["video_url"] if ok else "",
        "cover_url": urls["cover_url"] if ok else "",
        "status": spell(job.kind, phase),
        "duration": job.extra["duration"] if ok else 0,
        "created_at": int(job.created_wall),
        "deducted_credit": job.extra["cost"],
    }
    if phase == "failed":
        data["error"] = video_error(job)
    return data


@HANDLERS.op("list_product_videos", "GET", "/v2/product_videos")
def list_product_videos(ctx: Ctx) -> Any:
    page, size = ctx.query.page()
    items = video_items(ctx, "product_video")
    chunk, _ = paginate(items, page, size)
    return {
        "videos": [list_video_item(ctx, j, p) for j, p in chunk],
        "total": len(items),
        "page": page,
        "page_size": size,
    }


@HANDLERS.op("create_product_previews", "POST", "/v2/create_video_from_product/preview_list")
def create_product_previews(ctx: Ctx) -> Any:
    b = ctx.body
    product = ctx.state.product(b.req_text("product_id"))
    styles = b.texts("visual_styles", required=True, nonempty=True)
    settings = _settings(ctx, b)
    webhook_url = check_url(b, "webhook_url")
    previews: list[dict[str, Any]] = []
    list_id = "pl_" + uuid.uuid4().hex[:16]
    for style in styles:
        if not visual_style_known(style):
            previews.append({"visual_style": style, "err_msg": "unknown visual style"})
            continue
        job = ctx.add_job(
            "preview",
            dict(b.data),
            webhook_url=webhook_url,
            duration=int(settings["length"]),
            title=f"{settings['name'] or product.get('name') or 'Preview'} ({style})",
            visual_style=style,
            preview_list_id=list_id,
            settings=settings,
        )
        previews.append({"visual_style": style, "preview_id": job.id})
    return {"previews": previews, "preview_list_id": list_id}


@HANDLERS.op(
    "render_product_preview", "POST", "/v2/create_video_from_product/render_single_preview"
)
def render_product_preview(ctx: Ctx) -> Any:
    preview_id = ctx.body.req_text("preview_id")
    preview = ctx.state.jobs.get(preview_id)
    if preview is None or preview.kind != "preview":
        raise ApiError(10104, f"preview {preview_id} not found")
    cost = ctx.state.charge(COSTS[preview.extra["settings"]["length"]])
    job = ctx.add_job(
        "product_video",
        dict(preview.params),
        webhook_url=preview.webhook_url,
        duration=preview.extra["duration"],
        title=preview.extra["title"],
        cost=cost,
        visual_style=preview.extra["visual_style"],
        preview_id=preview_id,
    )
    return {"video_id": job.id, "status": spell("product_video", "pending")}


@HANDLERS.op("list_product_previews", "GET", "/v2/product_previews")
def list_product_previews(ctx: Ctx) -> Any:
    page, size = ctx.query.page()
    items = video_items(ctx, "preview")
    chunk, _ = paginate(items, page, size)
    previews = []
    for job, phase in chunk:
        item = list_video_item(ctx, job, phase)
        item["preview_id"] = job.id
        item["visual_style"] = job.extra["visual_style"]
        previews.append(item)
    return {"previews": previews, "total": len(items), "page": page, "page_size": size}
