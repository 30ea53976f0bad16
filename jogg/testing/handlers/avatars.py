"""Avatar lists: public, custom, photo and product avatars."""

from __future__ import annotations

from typing import Any

from .. import _seed as seed
from .._jobs import status_code
from ._common import ASPECTS, Ctx, Table, paginate, rebase

HANDLERS = Table()

_SCENES = ["lifestyle", "outdoors", "business", "studio", "health_fitness", "education", "news"]
_ETHNICITIES = [
    "european",
    "african",
    "south_asian",
    "east_asian",
    "middle_eastern",
    "south_american",
    "north_american",
]
_STATUSES = ["processing", "completed", "failed"]


@HANDLERS.op("list_public_avatars", "GET", "/v2/avatars/public")
def list_public_avatars(ctx: Ctx) -> Any:
    q = ctx.query
    page, size = q.page()
    aspect = q.text("aspect_ratio", enum=ASPECTS)
    filters = {
        "style": q.text("style", enum=["professional", "social"]),
        "gender": q.text("gender", enum=["female", "male"]),
        "age": q.text("age", enum=["adult", "senior", "young_adult"]),
        "scene": q.text("scene", enum=_SCENES),
        "ethnicity": q.text("ethnicity", enum=_ETHNICITIES),
    }
    items = [
        a
        for a in seed.PUBLIC_AVATARS
        if (aspect is None or a["aspect_ratio"] == seed.ASPECT_CODES[aspect])
        and all(v is None or a[k] == v for k, v in filters.items())
    ]
    chunk, pagination = paginate(items, page, size)
    return {"avatars": rebase(chunk, ctx.base), "pagination": pagination}


@HANDLERS.op("list_custom_avatars", "GET", "/v2/avatars/custom")
def list_custom_avatars(ctx: Ctx) -> Any:
    q = ctx.query
    page, size = q.page()
    name = q.text("name")
    status = q.text("status", enum=_STATUSES)
    items = [
        a
        for a in seed.CUSTOM_AVATARS
        if (name is None or name.casefold() in a["name"].casefold())
        and (status is None or a["avatar_status"] == status)
    ]
    chunk, pagination = paginate(items, page, size)
    return {"avatars": rebase(chunk, ctx.base), "pagination": pagination}


@HANDLERS.op("list_photo_avatars", "GET", "/v2/avatars/photo_avatars")
def list_photo_avatars(ctx: Ctx) -> Any:
    q = ctx.query
    page, size = q.page()
    name = q.text("name")
    status = q.text("status", enum=_STATUSES)
    items = list(seed.PHOTO_AVATARS)
    for job in ctx.state.jobs_of("photo_motion"):
        phase = ctx.phase(job)
        items.append(
            {
                "id": job.extra["avatar_id"],
                "name": job.params.get("name", ""),
                "cover_url": job.params.get("image_url", ""),
                "status": status_code(phase),
                "fail_msg": job.error_message if phase == "failed" else "",
            }
        )
    wanted = {"processing": 0, "completed": 1, "failed": 2}.get(status or "")
    items = [
        a
        for a in items
        if (name is None or name.casefold() in a["name"].casefold())
        and (wanted is None or a["status"] == wanted)
    ]
    chunk, pagination = paginate(items, page, size)
    return {"avatars": rebase(chunk, ctx.base), "pagination": pagination}


@HANDLERS.op("list_product_avatars", "GET", "/v2/avatars/product_avatars")
def list_product_avatars(ctx: Ctx) -> Any:
    aspect = ctx.query.text("aspect_ratio", enum=["portrait", "landscape"])
    items = list(seed.PRODUCT_AVATARS)
    for job in ctx.state.jobs_of("product_motion"):
        phase = ctx.phase(job)
        items.append(
            {
                "avatar_id": job.extra["avatar_id"],
                "name": job.params.get("name", ""),
                "cover_url": f"{seed.B}/files/images/{job.extra['generation_id']}.png",
                "status": status_code(phase),
                "fail_msg": job.error_message if phase == "failed" else "",
                "avatar_url": f"{seed.B}/files/motions/{job.id}.mp4"
                if phase == "completed"
                else "",
                "aspect_ratio": seed.ASPECT_CODES[job.extra["aspect_ratio"]],
                "gender": "female",
            }
        )
    if aspect is not None:
        items = [a for a in items if a["aspect_ratio"] == seed.ASPECT_CODES[aspect]]
    return {"product_avatars": rebase(items, ctx.base)}
