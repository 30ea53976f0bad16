"""Photo avatars: generated photos, and motions that make an avatar of a photo."""

from __future__ import annotations

import uuid
from typing import Any

from .._jobs import photo_urls, spell
from ._common import ASPECTS, ApiError, Ctx, Table, check_url, motion_data

HANDLERS = Table()

_ETHNICITIES = [
    "European",
    "African",
    "South Asian",
    "East Asian",
    "Middle Eastern",
    "South American",
    "North American",
]


@HANDLERS.op("generate_photo_avatar_photo", "POST", "/v2/photo_avatar/photo/generate")
def generate_photo_avatar_photo(ctx: Ctx) -> Any:
    b = ctx.body
    b.req_text("age", enum=["Teenager", "Young adult", "Adult", "Elderly"])
    b.req_text("avatar_style", enum=["Professional", "Social"])
    b.req_text("gender", enum=["Female", "Male"])
    b.req_text("model", enum=["classic", "modern"])
    b.req_text("aspect_ratio", enum=ASPECTS)
    b.text("ethnicity", enum=_ETHNICITIES)
    b.text("background")
    b.text("appearance")
    check_url(b, "image_url")
    job = ctx.add_job(
        "photo",
        dict(b.data),
        job_id="photo_" + uuid.uuid4().hex[:16],
        webhook_url=check_url(b, "webhook_url"),
    )
    return {"photo_id": job.id}


@HANDLERS.op("get_photo_avatar_photo", "GET", "/v2/photo_avatar/photo")
def get_photo_avatar_photo(ctx: Ctx) -> Any:
    job, phase = ctx.get("photo", ctx.query.req_text("photo_id"))
    ok = phase == "completed"
    return {
        "photo_id": job.id,
        "status": spell(job.kind, phase),
        "image_url_list": photo_urls(job, ctx.base) if ok else [],
        "image_key_list": [f"{job.id}-{i}" for i in range(1, 5)] if ok else [],
        "msg": job.error_message if phase == "failed" else None,
    }


@HANDLERS.op("add_photo_avatar_motion", "POST", "/v2/photo_avatar/add_motion")
def add_photo_avatar_motion(ctx: Ctx) -> Any:
    b = ctx.body
    check_url(b, "image_url", required=True)
    b.req_text("name")
    b.req_text("voice_id")
    b.req_text("model", enum=["1.0", "2.0", "2.0-Pro", "3.0"])
    photo_id = b.text("photo_id")
    b.text("description")
    b.text("welcome_msg")
    if photo_id is not None:
        photo = ctx.state.jobs.get(photo_id)
        if photo is None or photo.kind != "photo":
            raise ApiError(10104, f"photo {photo_id} not found")
    job = ctx.add_job(
        "photo_motion",
        dict(b.data),
        job_id="motion_" + uuid.uuid4().hex[:16],
        webhook_url=check_url(b, "webhook_url"),
        avatar_id=ctx.state.new_avatar_id(),
    )
    return {
        "avatar_id": job.extra["avatar_id"],
        "motion_id": job.id,
        "status": spell(job.kind, "pending"),
    }


@HANDLERS.op("get_photo_avatar_motion", "GET", "/v2/photo_avatar")
def get_photo_avatar_motion(ctx: Ctx) -> Any:
    return motion_data(ctx, "photo_motion")
