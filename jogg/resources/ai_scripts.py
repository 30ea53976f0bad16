"""AI scripts: marketing scripts for a product, written by the API in several styles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _validation as v
from .._args import length_seconds
from .._errors import ValidationError
from .._operations import operation
from .._polling import ProgressCallback
from .._transport import Call
from ..builders import SCRIPT_STYLES
from ..types import AIScript, Product
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

ProductInfo = str | Product | Mapping[str, str]

SCRIPT_LANGUAGES = (
    "english",
    "filipino",
    "french",
    "german",
    "hindi",
    "indonesian",
    "italian",
    "japanese",
    "korean",
    "malay",
    "portuguese",
    "russian",
    "spanish",
    "thai",
    "vietnamese",
    "arabic",
    "greek",
    "turkish",
    "slovenian",
    "croatian",
    "romanian",
    "chinese",
    "bengali",
    "urdu",
    "hungarian",
    "traditional-chinese",
    "polish",
    "cantonese",
    "danish",
    "malayalam",
    "tamil",
    "telugu",
    "czech",
    "hebrew",
    "zulu",
    "swedish",
    "lithuanian",
    "dutch",
    "flemish",
    "norwegian",
    "finnish",
    "bulgarian",
    "latvian",
    "ukrainian",
    "mongolian",
    "persian",
    "odia",
    "assamese",
    "kannada",
    "tagalog",
    "amharic",
    "serbian",
    "slovak",
    "swahili",
)


def product_info_body(value: Any) -> dict[str, Any]:
    """A product id (or ``Product``) -> source "id"; a mapping with ``name`` and
    ``description`` -> source "details" (the product described inline)."""
    if isinstance(value, Product):
        value = value.id
    if isinstance(value, str):
        return {"source_type": "id", "data": {"id": v.text("product_info", value)}}
    if isinstance(value, Mapping):
        unknown = sorted(set(value) - {"name", "description"})
        if unknown:
            raise ValidationError(
                f"product_info[{unknown[0]!r}]", value[unknown[0]], "only name and description"
            )
        details = {
            "name": v.text("product_info['name']", value.get("name")),
            "description": v.text("product_info['description']", value.get("description")),
        }
        return {"source_type": "details", "data": details}
    raise ValidationError(
        "product_info",
        value,
        "a product id, a Product, or a mapping {'name': ..., 'description': ...}",
    )


def create_call(
    language: Any,
    video_length_seconds: Any,
    script_style: Any,
    product_info: Any,
    target_audience: Any,
) -> Call[AIScript]:
    body = v.drop_none(
        {
            "language": v.choice("language", language, SCRIPT_LANGUAGES),
            "video_length_seconds": length_seconds("video_length_seconds", video_length_seconds),
            "script_style": v.choice("script_style", script_style, SCRIPT_STYLES),
            "product_info": product_info_body(product_info),
            "target_audience": v.optional_text("target_audience", target_audience),
        }
    )
    return Call(operation("create_ai_script"), parse=AIScript.from_data, body=body)


def retrieve_call(task_id: Any) -> Call[AIScript]:
    tid = job_id("task_id", task_id)
    return Call(
        operation("get_ai_script"),
        parse=lambda data: AIScript.from_data(data, id=tid),
        path_params={"task_id": tid},
    )


class AIScripts(SyncResource):
    def create(
        self,
        language: str,
        video_length_seconds: int | str,
        script_style: str,
        product_info: ProductInfo,
        *,
        target_audience: str | None = None,
    ) -> AIScript:
        """Ask for scripts about a product: ``product_info`` is a product id, a ``Product``,
        or ``{"name": ..., "description": ...}``. Lengths are 15, 30 or 60 seconds."""
        return self._call(
            create_call(language, video_length_seconds, script_style, product_info, target_audience)
        )

    def retrieve(self, task_id: str | AIScript) -> AIScript:
        return self._call(retrieve_call(task_id))

    def wait(
        self,
        task_id: str | AIScript,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AIScript:
        """Poll until the scripts are written (returned) or the task failed (JobFailedError)."""
        tid = job_id("task_id", task_id)
        return self._wait(tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress)


class AsyncAIScripts(AsyncResource):
    async def create(
        self,
        language: str,
        video_length_seconds: int | str,
        script_style: str,
        product_info: ProductInfo,
        *,
        target_audience: str | None = None,
    ) -> AIScript:
        return await self._call(
            create_call(language, video_length_seconds, script_style, product_info, target_audience)
        )

    async def retrieve(self, task_id: str | AIScript) -> AIScript:
        return await self._call(retrieve_call(task_id))

    async def wait(
        self,
        task_id: str | AIScript,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AIScript:
        tid = job_id("task_id", task_id)
        return await self._wait(
            tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress
        )
