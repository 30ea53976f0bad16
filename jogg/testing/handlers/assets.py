"""Uploads: a signed URL to PUT a file to, and the asset URL it is served at after."""

from __future__ import annotations

from typing import Any

from .._files import sign_upload
from ._common import Ctx, Table

HANDLERS = Table()


@HANDLERS.op("create_upload_url", "POST", "/v2/upload/asset")
def create_upload_url(ctx: Ctx) -> Any:
    b = ctx.body
    filename = b.req_text("filename")
    content_type = b.req_text("content_type")
    file_size = b.integer("file_size", minimum=1)
    return sign_upload(ctx.state, ctx.base, filename, content_type, file_size)
