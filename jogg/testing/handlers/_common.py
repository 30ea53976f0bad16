"""What the request handlers share: the request context, the tables, common checks."""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .. import _seed as seed
from .._jobs import FILTER_CODES, Job, Phase, list_status, media_urls, spell, video_error
from .._params import Body, ParamError, Query
from .._state import ApiError, State
from .._transport import Incoming

__all__ = ["ApiError", "Ctx", "ParamError", "Table"]


@dataclass
class Ctx:
    """One request being answered: its parts, the path's arguments and the time read once."""

    incoming: Incoming
    args: dict[str, str]
    now: float
    state: State

    @property
    def base(self) -> str:
        return self.incoming.base

    @property
    def query(self) -> Query:
        return Query(self.incoming.query)

    @functools.cached_property
    def body(self) -> Body:
        content = self.incoming.content
        if not content.strip():
            raise ParamError("body", "is required (a JSON object)")
        try:
            data = json.loads(content)
        except ValueError:
            raise ParamError("body", "is not valid JSON") from None
        return Body(data)

    def add_job(self, kind: str, params: dict[str, Any], **options: Any) -> Job:
        """Start a job of ``kind`` now, with its URLs on this request's base."""
        return self.state.add_job(kind, params, now=self.now, base=self.base, **options)

    def get(self, kind: str, job_id: str) -> tuple[Job, Phase]:
        """A job of ``kind`` and its phase now (10104 if there is no such job)."""
        return self.state.get(kind, job_id, self.now)

    def phase(self, job: Job) -> Phase:
        return job.phase(self.now, self.state.job_seconds)


HandlerFn = Callable[[Ctx], Any]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: its method, its path (as the spec spells it), its handler."""

    op_id: str
    method: str
    path: str
    handler: HandlerFn


class Table(dict[str, Operation]):
    """An area's handlers keyed by the spec's operationId; fill it with :meth:`op`."""

    def op(self, op_id: str, method: str, path: str) -> Callable[[HandlerFn], HandlerFn]:
        def register(handler: HandlerFn) -> HandlerFn:
            if op_id in self:
                raise ValueError(f"operation {op_id} is registered twice")
            self[op_id] = Operation(op_id, method, path, handler)
            return handler

        return register


# ------------------------------------------------------------------ checks


COSTS = {"15": 5.0, "30": 10.0, "60": 20.0}  # credit a product video costs by length
ASPECTS = ["portrait", "landscape", "square"]


def check_url(body: Body, name: str, *, required: bool = False) -> str | None:
    value = body.text(name, required=required)
    if value is not None and urlsplit(value).scheme not in ("http", "https"):
        raise ParamError(body._name(name), "must be an http(s) URL")
    return value


def check_script_style(body: Body, name: str, *, required: bool) -> str | None:
    """A script style, matched without regard to case, answered in its canonical spelling."""
    style = body.text(name, required=required)
    if style is None:
        return None
    for known in seed.SCRIPT_STYLES:
        if known.casefold() == style.casefold():
            return known
    raise ParamError(
        body._name(name), "must be one of " + ", ".join(repr(s) for s in seed.SCRIPT_STYLES)
    )


def visual_style_known(name: str) -> bool:
    return any(s[1].casefold() == name.casefold() for s in seed.VISUAL_STYLES)


# ----------------------------------------------------------------- answers


def rebase(value: Any, base: str) -> Any:
    """Fill the ``{base}`` placeholder of seed URLs with the request's own base URL."""
    if isinstance(value, str):
        return base + value[len(seed.B) :] if value.startswith(seed.B) else value
    if isinstance(value, dict):
        return {k: rebase(v, base) for k, v in value.items()}
    if isinstance(value, list):
        return [rebase(v, base) for v in value]
    return value


def paginate(items: list[Any], page: int, size: int) -> tuple[list[Any], dict[str, int]]:
    total = len(items)
    start = (page - 1) * size
    return items[start : start + size], {
        "page": page,
        "page_size": size,
        "total_items": total,
        "total_pages": math.ceil(total / size) if total else 0,
    }


def video_items(ctx: Ctx, kind: str) -> list[tuple[Job, Phase]]:
    """Jobs of ``kind`` for a video list: filtered by ``status``, sorted as asked."""
    q = ctx.query
    status = q.integer("status", enum=[3, 4, 5])
    sort_by = q.text("sort_by") or "created_at"
    order = q.text("sort_order", enum=["asc", "desc"]) or "desc"
    items = [(j, ctx.phase(j)) for j in ctx.state.jobs_of(kind)]
    if status is not None:
        items = [(j, p) for j, p in items if p in FILTER_CODES[status]]
    key: Callable[[tuple[Job, Phase]], Any]
    if sort_by in ("title", "name", "video_name"):
        key = lambda jp: str(jp[0].extra.get("title") or jp[0].extra.get("name") or "")  # noqa: E731
    else:
        key = lambda jp: (jp[0].created_wall, jp[0].started)  # noqa: E731
    # job creation order breaks ties, so sorting is stable across equal timestamps
    order_index = {j.id: i for i, j in enumerate(ctx.state.jobs.values())}
    items.sort(key=lambda jp: (key(jp), order_index[jp[0].id]), reverse=order == "desc")
    return items


def list_video_item(ctx: Ctx, job: Job, phase: Phase) -> dict[str, Any]:
    """One product video or preview as the list endpoints show it."""
    ok = phase == "completed"
    urls = media_urls(job, ctx.base)
    item: dict[str, Any] = {
        "id": job.id,
        "title": job.extra["title"],
        "video_duration": float(job.extra["duration"]) if ok else 0.0,
        "video_url": urls["video_url"] if ok else "",
        "cover_url": urls["cover_url"] if ok else "",
        "status": list_status(phase),
        "created_at": int(job.created_wall),
    }
    if phase == "failed":
        item["error"] = video_error(job)
    return item


def motion_data(ctx: Ctx, kind: str) -> dict[str, Any]:
    """A photo or product avatar motion, looked up by the ``motion_id`` query parameter."""
    motion_id = ctx.query.req_text("motion_id")
    job, phase = ctx.get(kind, motion_id)
    ok = phase == "completed"
    image_url = job.params.get("image_url") or f"{ctx.base}/files/images/{job.id}.png"
    if kind == "product_motion":
        image_url = f"{ctx.base}/files/images/{job.extra['generation_id']}.png"
    return {
        "motion_id": job.id,
        "avatar_id": job.extra["avatar_id"],
        "image_url": image_url,
        "name": job.params.get("name", ""),
        "status": spell(kind, phase),
        "motion_preview_url": f"{ctx.base}/files/motions/{job.id}.mp4" if ok else None,
        "voice_id": job.params.get("voice_id", ""),
        "error_msg": job.error_message if phase == "failed" else None,
    }
