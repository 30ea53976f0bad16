"""Musics and visual styles (the SDK's ``styles`` module holds both)."""

from __future__ import annotations

from typing import Any

from .. import _seed as seed
from ._common import ASPECTS, Ctx, Table, paginate, rebase

HANDLERS = Table()


@HANDLERS.op("list_musics", "GET", "/v2/musics")
def list_musics(ctx: Ctx) -> Any:
    page, size = ctx.query.page()
    chunk, pagination = paginate(list(seed.MUSICS), page, size)
    return {"music": rebase(chunk, ctx.base), "pagination": pagination}


@HANDLERS.op("list_visual_styles", "GET", "/v2/visual_styles")
def list_visual_styles(ctx: Ctx) -> Any:
    aspect = ctx.query.text("aspect_ratio", enum=ASPECTS)
    return {
        "visual_styles": [
            {"id": sid, "name": name}
            for sid, name, aspects in seed.VISUAL_STYLES
            if aspect is None or aspect in aspects
        ]
    }
