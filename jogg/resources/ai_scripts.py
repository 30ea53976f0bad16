"""AI scripts: marketing scripts for a product, written by the API in several styles."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypedDict, Unpack

from jogg_api.api.asset import create_ai_script, get_ai_script
from jogg_api.body_keywords import CreateAiScriptKeywords
from jogg_api.models.create_ai_script_body import CreateAiScriptBody
from jogg_api.models.create_ai_script_body_language import (
    CREATE_AI_SCRIPT_BODY_LANGUAGE_VALUES,
    CreateAiScriptBodyLanguage,
)
from jogg_api.models.create_ai_script_body_product_info import CreateAiScriptBodyProductInfo
from jogg_api.models.create_ai_script_body_product_info_data import (
    CreateAiScriptBodyProductInfoData,
)
from jogg_api.models.create_ai_script_body_product_info_source_type import (
    CreateAiScriptBodyProductInfoSourceType,
)
from jogg_api.models.create_ai_script_body_script_style import (
    CREATE_AI_SCRIPT_BODY_SCRIPT_STYLE_VALUES,
    CreateAiScriptBodyScriptStyle,
)
from jogg_api.models.create_ai_script_body_video_length_seconds import (
    CREATE_AI_SCRIPT_BODY_VIDEO_LENGTH_SECONDS_VALUES,
    CreateAiScriptBodyVideoLengthSeconds,
)
from jogg_api.models.create_ai_script_response_200_data_type_0 import (
    CreateAiScriptResponse200DataType0,
)

from .. import _validation as v
from .. import _wire as w
from .._errors import ValidationError
from .._options import RequestOptions
from .._polling import ProgressCallback
from .._results.products import Product
from .._results.videos import AIScript
from .._transport import Call
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

ScriptLanguage = CreateAiScriptBodyLanguage
ScriptStyle = CreateAiScriptBodyScriptStyle
ScriptLength = CreateAiScriptBodyVideoLengthSeconds
SourceType = CreateAiScriptBodyProductInfoSourceType


class CreateOptions(RequestOptions, CreateAiScriptKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


class ProductDetails(TypedDict):
    """A product described inline, for a product the API does not know."""

    name: str
    description: str


ProductSource = str | Product | ProductDetails


def script_length(value: Any) -> ScriptLength:
    """A script length the spec allows (in seconds), as an int or a string."""
    lengths = w.allowed(CREATE_AI_SCRIPT_BODY_VIDEO_LENGTH_SECONDS_VALUES)
    candidate = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    for length in lengths:
        if isinstance(candidate, str) and candidate.strip() == length:
            return length
    raise ValidationError(
        "video_length_seconds",
        value,
        "one of " + ", ".join(lengths) + " (seconds, as int or str)",
    )


def product_info_model(value: Any) -> CreateAiScriptBodyProductInfo:
    """A product id (or ``Product``) -> source "id"; a mapping with ``name`` and
    ``description`` -> source "details" (the product described inline)."""
    source: SourceType
    if isinstance(value, Product):
        value = value.id
    if isinstance(value, str):
        source = "id"
        data = CreateAiScriptBodyProductInfoData(id=v.text("product_info", value))
        return CreateAiScriptBodyProductInfo(source_type=source, data=data)
    if isinstance(value, Mapping):
        unknown = sorted(set(value) - set(ProductDetails.__annotations__))
        if unknown:
            raise ValidationError(
                f"product_info[{unknown[0]}]", value[unknown[0]], "only name and description"
            )
        source = "details"
        data = CreateAiScriptBodyProductInfoData(
            name=v.text("product_info[name]", value.get("name")),
            description=v.text("product_info[description]", value.get("description")),
        )
        return CreateAiScriptBodyProductInfo(source_type=source, data=data)
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
    options: CreateOptions,
) -> Call[AIScript]:
    body = CreateAiScriptBody(
        language=w.choice("language", language, CREATE_AI_SCRIPT_BODY_LANGUAGE_VALUES),
        video_length_seconds=script_length(video_length_seconds),
        script_style=w.choice(
            "script_style", script_style, CREATE_AI_SCRIPT_BODY_SCRIPT_STYLE_VALUES
        ),
        product_info=product_info_model(product_info),
        target_audience=w.given(v.optional_text("target_audience", target_audience)),
    )

    def parse(data: Any) -> AIScript:
        m, raw = w.data(CreateAiScriptResponse200DataType0.from_dict, data, "an AI script task")
        return AIScript._from_wire(m, raw, id=m.task_id)

    return Call(
        create_ai_script,
        w.arguments(create_ai_script._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def retrieve_call(task: Any, options: RequestOptions) -> Call[AIScript]:
    tid = job_id("task_id", task)
    return Call(
        get_ai_script,
        w.arguments(get_ai_script._get_kwargs, task_id=tid),
        parse=lambda data: AIScript.from_data(data, id=tid),
        options=options,
    )


class AIScripts(SyncResource):
    """AI-written marketing scripts for a product: create, look up, wait."""

    def create(
        self,
        language: ScriptLanguage,
        video_length_seconds: ScriptLength | int,
        script_style: ScriptStyle,
        product_info: ProductSource,
        *,
        target_audience: str | None = None,
        **options: Unpack[CreateOptions],
    ) -> AIScript:
        """Ask for scripts about a product, in several styles.

        language: the scripts' language (english, german, ...).
        video_length_seconds: the length of video the script is for: 15, 30 or 60.
        script_style: the style (Storytime, Data, Top 3 reasons, ...; any case).
        product_info: a product id, a Product, or {"name": ..., "description": ...}.
        target_audience: who the scripts speak to.
        """
        return self._call(
            create_call(
                language, video_length_seconds, script_style, product_info, target_audience, options
            )
        )

    def retrieve(self, task_id: str | AIScript, **options: Unpack[RequestOptions]) -> AIScript:
        """The task as it is now, with the scripts once they are written.

        task_id: the task (its id, or the AIScript).
        """
        return self._call(retrieve_call(task_id, options))

    def wait(
        self,
        task_id: str | AIScript,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AIScript:
        """Poll until the scripts are written (returned) or the task failed (JobFailedError).

        task_id: the task (its id, or the AIScript).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (task, elapsed seconds) after each look.
        """
        tid = job_id("task_id", task_id)
        return self._wait(tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress)

    def create_and_wait(
        self,
        language: ScriptLanguage,
        video_length_seconds: ScriptLength | int,
        script_style: ScriptStyle,
        product_info: ProductSource,
        *,
        target_audience: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateAiScriptKeywords],
    ) -> AIScript:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created task: resume with ``wait``, never create again.

        language: the scripts' language (english, german, ...).
        video_length_seconds: the length of video the script is for: 15, 30 or 60.
        script_style: the style (Storytime, Data, Top 3 reasons, ...; any case).
        product_info: a product id, a Product, or {"name": ..., "description": ...}.
        target_audience: who the scripts speak to.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (task, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        task = self.create(
            language,
            video_length_seconds,
            script_style,
            product_info,
            target_audience=target_audience,
            **fields,
        )
        return self._wait_created(
            task, self.retrieve, "client.ai_scripts.wait", timeout, poll_interval, on_progress
        )


class AsyncAIScripts(AsyncResource):
    """AI-written marketing scripts for a product: create, look up, wait."""

    async def create(
        self,
        language: ScriptLanguage,
        video_length_seconds: ScriptLength | int,
        script_style: ScriptStyle,
        product_info: ProductSource,
        *,
        target_audience: str | None = None,
        **options: Unpack[CreateOptions],
    ) -> AIScript:
        """Ask for scripts about a product, in several styles.

        language: the scripts' language (english, german, ...).
        video_length_seconds: the length of video the script is for: 15, 30 or 60.
        script_style: the style (Storytime, Data, Top 3 reasons, ...; any case).
        product_info: a product id, a Product, or {"name": ..., "description": ...}.
        target_audience: who the scripts speak to.
        """
        return await self._call(
            create_call(
                language, video_length_seconds, script_style, product_info, target_audience, options
            )
        )

    async def retrieve(
        self, task_id: str | AIScript, **options: Unpack[RequestOptions]
    ) -> AIScript:
        """The task as it is now, with the scripts once they are written.

        task_id: the task (its id, or the AIScript).
        """
        return await self._call(retrieve_call(task_id, options))

    async def wait(
        self,
        task_id: str | AIScript,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AIScript:
        """Poll until the scripts are written (returned) or the task failed (JobFailedError).

        task_id: the task (its id, or the AIScript).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (task, elapsed seconds) after each look.
        """
        tid = job_id("task_id", task_id)
        return await self._wait(
            tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress
        )

    async def create_and_wait(
        self,
        language: ScriptLanguage,
        video_length_seconds: ScriptLength | int,
        script_style: ScriptStyle,
        product_info: ProductSource,
        *,
        target_audience: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateAiScriptKeywords],
    ) -> AIScript:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created task: resume with ``wait``, never create again.

        language: the scripts' language (english, german, ...).
        video_length_seconds: the length of video the script is for: 15, 30 or 60.
        script_style: the style (Storytime, Data, Top 3 reasons, ...; any case).
        product_info: a product id, a Product, or {"name": ..., "description": ...}.
        target_audience: who the scripts speak to.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (task, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        task = await self.create(
            language,
            video_length_seconds,
            script_style,
            product_info,
            target_audience=target_audience,
            **fields,
        )
        return await self._wait_created(
            task, self.retrieve, "client.ai_scripts.wait", timeout, poll_interval, on_progress
        )
