"""AI scripts: marketing scripts written for a product."""

from __future__ import annotations

import uuid
from typing import Any

from .. import _seed as seed
from .._jobs import spell
from ._common import Ctx, Table, check_script_style, check_url

HANDLERS = Table()


@HANDLERS.op("create_ai_script", "POST", "/v2/ai_scripts")
def create_ai_script(ctx: Ctx) -> Any:
    b = ctx.body
    language = b.req_text("language", enum=seed.SCRIPT_LANGUAGES)
    b.req_text("video_length_seconds", enum=["15", "30", "60"])
    style = check_script_style(b, "script_style", required=True)
    info = b.req_obj("product_info")
    source = info.req_text("source_type", enum=["id", "details"])
    data = info.req_obj("data")
    if source == "id":
        product = ctx.state.product(data.req_text("id"))
        name = product.get("name") or "your product"
    else:
        name = data.req_text("name")
        data.req_text("description")
    b.text("target_audience")
    job = ctx.add_job(
        "script",
        dict(b.data),
        job_id="task_" + uuid.uuid4().hex[:16],
        webhook_url=check_url(b, "webhook_url"),
        style=style,
        product_name=name,
        language=language,
    )
    return {"task_id": job.id}


@HANDLERS.op("get_ai_script", "GET", "/v2/ai_scripts/results/{task_id}")
def get_ai_script(ctx: Ctx) -> Any:
    job, phase = ctx.get("script", ctx.args["task_id"])
    data: dict[str, Any] = {"task_id": job.id, "status": spell(job.kind, phase)}
    if phase == "completed":
        name = job.extra["product_name"]
        others = [s for s in seed.SCRIPT_STYLES if s != job.extra["style"]]
        styles = [job.extra["style"], *others[:2]]
        data["data"] = {
            "generated_scripts": [
                {
                    "script_style": style,
                    "script_paragraphs": [
                        f"Meet {name}.",
                        f"{style}: here is why people love {name}.",
                        f"Get {name} today.",
                    ],
                }
                for style in styles
            ]
        }
    elif phase == "failed":
        data["err_msg"] = job.error_message
    return data
