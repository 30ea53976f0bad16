"""Product avatars: images of an avatar holding a product, and motions made from them."""

from __future__ import annotations

import uuid
from typing import Any

from .._jobs import Job, spell
from ._common import ASPECTS, ApiError, Ctx, Table, check_url, motion_data

HANDLERS = Table()


@HANDLERS.op("generate_product_avatar_images", "POST", "/v2/product_avatar/generation")
def generate_product_avatar_images(ctx: Ctx) -> Any:
    b = ctx.body
    check_url(b, "product_image_url", required=True)
    source = b.req_obj("avatar_source")
    source_type = source.req_text("type", enum=["id", "image", "description"])
    if source_type == "id":
        source.req_integer("avatar_id")
        source.req_text("avatar_type", enum=["public", "photo", "custom"])
    else:
        source.req_text("value")
    b.text("prompt")
    b.req_text("quality", enum=["medium", "high", "low"])
    b.req_text("aspect_ratio", enum=["3:2", "2:3", "1:1"])
    count = b.req_integer("num_images", minimum=1, maximum=4)
    webhook_url = check_url(b, "webhook_url")
    batch_id = "batch_" + uuid.uuid4().hex[:16]
    jobs = [
        ctx.add_job(
            "product_image",
            dict(b.data),
            job_id="gen_" + uuid.uuid4().hex[:16],
            webhook_url=webhook_url,
            batch_id=batch_id,
        )
        for _ in range(count)
    ]
    ctx.state.batches[batch_id] = [j.id for j in jobs]
    return {
        "batch_id": batch_id,
        "total_submitted": count,
        "generations": [
            {"generation_id": j.id, "status": "pending", "created_at": int(j.created_wall)}
            for j in jobs
        ],
    }


def _generation(ctx: Ctx, job: Job) -> dict[str, Any]:
    phase = ctx.phase(job)
    item: dict[str, Any] = {
        "generation_id": job.id,
        "status": spell(job.kind, phase),
        "created_at": int(job.created_wall),
    }
    if phase in ("completed", "failed"):
        item["completed_at"] = job.completed_wall(ctx.state.job_seconds)
    if phase == "completed":
        item["image_id"] = "img_" + job.id.removeprefix("gen_")
        item["url"] = f"{ctx.base}/files/images/{job.id}.png"
    elif phase == "failed":
        item["error"] = job.error_message
    return item


@HANDLERS.op("get_product_avatar_generation", "GET", "/v2/product_avatar/generation/{batch_id}")
def get_product_avatar_generation(ctx: Ctx) -> Any:
    batch_id = ctx.args["batch_id"]
    ids = ctx.state.batches.get(batch_id)
    if ids is None:
        raise ApiError(10104, f"batch {batch_id} not found")
    generations = [_generation(ctx, ctx.state.jobs[i]) for i in ids]
    summary = {"total": len(generations), "pending": 0, "processing": 0}
    summary.update(completed=0, failed=0)
    for g in generations:
        summary[g["status"]] += 1
    return {"batch_id": batch_id, "summary": summary, "generations": generations}


@HANDLERS.op("add_product_avatar_motion", "POST", "/v2/product_avatar/add_motion")
def add_product_avatar_motion(ctx: Ctx) -> Any:
    b = ctx.body
    generation_id = b.req_text("generation_id")
    name = b.req_text("name")
    b.req_text("voice_id")
    b.req_text("description")
    b.integer("model", minimum=0, maximum=2)
    aspect = b.text("aspect_ratio", enum=ASPECTS) or "portrait"
    generation = ctx.state.jobs.get(generation_id)
    if generation is None or generation.kind != "product_image":
        raise ApiError(10104, f"generation {generation_id} not found")
    job = ctx.add_job(
        "product_motion",
        dict(b.data),
        job_id="motion_" + uuid.uuid4().hex[:16],
        webhook_url=check_url(b, "webhook_url"),
        avatar_id=ctx.state.new_avatar_id(),
        generation_id=generation_id,
        aspect_ratio=aspect,
    )
    return {"avatar_id": job.extra["avatar_id"], "motion_id": job.id, "name": name}


@HANDLERS.op("get_product_avatar_motion", "GET", "/v2/product_avatar")
def get_product_avatar_motion(ctx: Ctx) -> Any:
    return motion_data(ctx, "product_motion")
