"""Products: what a product video is made from (POST and PUT /v2/product)."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from .. import _seed as seed
from .._params import Body
from ._common import Ctx, ParamError, Table, check_url, rebase

HANDLERS = Table()


def _media(body: Body) -> list[dict[str, Any]] | None:
    if body.array("media") is None:
        return None
    return [
        {
            "type": item.req_integer("type", enum=[1, 2]),
            "name": item.text("name") or "",
            "url": check_url(item, "url", required=True),
            "description": item.text("description") or "",
        }
        for item in body.objs("media")
    ]


def _crawled(url: str, product_id: str) -> dict[str, Any]:
    """What the real service reads off a product page, made up from the URL's last part."""
    slug = urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]
    words = re.sub(r"\.[a-z0-9]+$", "", slug).replace("-", " ").replace("_", " ").split()
    name = " ".join(w.capitalize() for w in words) or "Crawled Product"
    return {
        "name": name,
        "description": f"{name} — the page's highlights: durable build, thoughtful design and "
        "a price that makes sense.",
        "target_audience": "Online shoppers looking for a better everyday product",
        "media": [
            {
                "type": 1,
                "name": "main.jpg",
                "url": f"{seed.B}/files/products/{product_id}/main.jpg",
                "description": "Main product image",
            },
            {
                "type": 1,
                "name": "detail.jpg",
                "url": f"{seed.B}/files/products/{product_id}/detail.jpg",
                "description": "Detail shot",
            },
        ],
    }


@HANDLERS.op("create_product", "POST", "/v2/product")
def create_product(ctx: Ctx) -> Any:
    b = ctx.body
    url = check_url(b, "url")
    name = b.text("name")
    if url is None and (name is None or not name.strip()):
        raise ParamError("url", "or name is required")
    description = b.text("description")
    audience = b.text("target_audience")
    media = _media(b)
    product_id = ctx.state.new_id()
    found = _crawled(url, product_id) if url is not None else {}
    product = {
        "product_id": product_id,
        "url": url or "",
        "name": name or found.get("name") or "",
        "description": description or found.get("description") or "",
        "target_audience": audience or found.get("target_audience") or "",
        "media": (media if media is not None else found.get("media")) or [],
    }
    ctx.state.products[product_id] = product
    return rebase(product, ctx.base)


@HANDLERS.op("update_product", "PUT", "/v2/product")
def update_product(ctx: Ctx) -> Any:
    b = ctx.body
    product = ctx.state.product(b.req_text("product_id"))
    changes: dict[str, Any] = {}
    for name in ("name", "description", "target_audience"):
        value = b.text(name)
        if value is not None:
            changes[name] = value
    media = _media(b)
    if media is not None:
        changes["media"] = media
    product.update(changes)
    return rebase(product, ctx.base)
