"""Voices: the public catalogue and the user's custom voices."""

from __future__ import annotations

from typing import Any

from .. import _seed as seed
from ._common import Ctx, Table, paginate, rebase

HANDLERS = Table()


@HANDLERS.op("list_voices", "GET", "/v2/voices")
def list_voices(ctx: Ctx) -> Any:
    q = ctx.query
    page, size = q.page()
    filters = {
        "gender": q.text("gender", enum=["female", "male"]),
        "language": q.text("language"),
        "age": q.text("age", enum=["young", "middle_aged", "old"]),
        "use_case": q.text("use_case"),
    }
    items = [
        v for v in seed.VOICES if all(val is None or v[k] == val for k, val in filters.items())
    ]
    chunk, pagination = paginate(items, page, size)
    return {
        "voices": rebase(chunk, ctx.base),
        "has_more": page * size < len(items),
        "pagination": pagination,
    }


@HANDLERS.op("list_custom_voices", "GET", "/v2/voices/custom")
def list_custom_voices(ctx: Ctx) -> Any:
    language = ctx.query.text("language")
    items = [v for v in seed.CUSTOM_VOICES if language is None or v["language"] == language]
    return {"total": len(items), "voices": rebase(items, ctx.base)}
