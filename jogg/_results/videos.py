"""Avatar, template, lip-sync and translated videos, templates and AI scripts.

Each result has a ``read`` classmethod that takes the wire values an answer's generated
model gave (the spec's fields) and falls back to the live API's strays (``_wire.STRAYS``)
from the model's unknown keys; ``from_data`` reads the JSON of the retrieve answer.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

import attrs
from jogg_api.models.get_ai_script_response_200_data_type_0 import GetAiScriptResponse200DataType0
from jogg_api.models.get_ai_script_response_200_data_type_0_data_type_0 import (
    GetAiScriptResponse200DataType0DataType0 as ScriptResults,
)
from jogg_api.models.get_ai_script_response_200_data_type_0_data_type_0_generated_scripts_type_0_item import (  # noqa: E501
    GetAiScriptResponse200DataType0DataType0GeneratedScriptsType0Item as ScriptItem,
)
from jogg_api.models.get_avatar_video_response_200_data_type_0 import (
    GetAvatarVideoResponse200DataType0,
)
from jogg_api.models.get_custom_template_response_200_data_type_0 import (
    GetCustomTemplateResponse200DataType0,
)
from jogg_api.models.get_custom_template_response_200_data_type_0_variables_type_0_item import (
    GetCustomTemplateResponse200DataType0VariablesType0Item as VariableItem,
)
from jogg_api.models.get_lip_sync_video_response_200_data_type_0 import (
    GetLipSyncVideoResponse200DataType0,
)
from jogg_api.models.get_lip_sync_video_response_200_data_type_0_data_type_0 import (
    GetLipSyncVideoResponse200DataType0DataType0 as LipSyncOutput,
)
from jogg_api.models.get_template_video_response_200_data_type_0 import (
    GetTemplateVideoResponse200DataType0,
)
from jogg_api.models.get_template_video_response_200_data_type_0_data_type_0 import (
    GetTemplateVideoResponse200DataType0DataType0 as TemplateVideoOutput,
)
from jogg_api.models.get_video_translation_response_200_data_type_0 import (
    GetVideoTranslationResponse200DataType0,
)
from jogg_api.types import UNSET

from .. import _wire as w
from .._status import JobStatus
from ._common import (
    ASPECT_NAMES,
    Files,
    JobError,
    _Downloadable,
    _Job,
    files_field,
    job_error,
    job_status,
    raw_field,
)

T = TypeVar("T")


def _plain(value: Any) -> Any:
    """A nested object of an answer as JSON: the generated models read an object into a
    model, while the error readers take the JSON (or a string) the API sent."""
    to_dict = getattr(value, "to_dict", None)
    return to_dict() if callable(to_dict) else value


@attrs.frozen
class AvatarVideo(_Downloadable):
    """A talking-avatar video made from a script or an audio file."""

    id: str
    status: JobStatus
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        files: Files,
        *,
        id: Any,
        status: Any = UNSET,
        video_url: Any = None,
        cover_url: Any = None,
        created_at: Any = None,
        known_id: str | None = None,
    ) -> AvatarVideo:
        """An avatar video from the wire values of an answer's model; ``known_id`` (the id
        asked for) when the answer names none."""
        error = job_error(*w.strays(m, "AvatarVideo.error"))
        return cls(
            id=w.field(w.text, m, "AvatarVideo.id", id) or known_id or "",
            status=job_status(w.status(m, status), error),
            video_url=w.field(w.text, m, "AvatarVideo.video_url", video_url),
            cover_url=w.text(cover_url),
            duration=w.field(w.number, m, "AvatarVideo.duration"),
            created_at=w.timestamp(created_at),
            error=error,
            raw=raw,
            files=files,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> AvatarVideo:
        """An avatar video from the `data` of get_avatar_video (or a webhook's object)."""
        m, raw = w.data(GetAvatarVideoResponse200DataType0.from_dict, data, "an avatar video")
        return cls._from_wire(
            m,
            raw,
            files,
            id=m.video_id,
            status=m.status,
            video_url=m.video_url,
            cover_url=m.cover_url,
            created_at=m.created_at,
            known_id=id,
        )


@attrs.frozen
class TemplateVariableInfo:
    """A variable of a template: what ``TemplateVariable`` fills in."""

    name: str
    type: str | None = None
    required: bool | None = None

    @classmethod
    def _from_wire(cls, m: VariableItem) -> TemplateVariableInfo:
        return cls(
            name=w.text(m.name) or "",
            type=w.text(m.type_),
            required=w.field(w.flag, m, "TemplateVariableInfo.required"),
        )


@attrs.frozen
class Template:
    id: int
    name: str | None = None
    cover_url: str | None = None
    preview_url: str | None = None
    aspect_ratio: str | None = None
    variables: tuple[TemplateVariableInfo, ...] = ()
    custom: bool = False
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        *,
        id: Any,
        name: Any = None,
        cover_url: Any = None,
        preview_url: Any = None,
        aspect_ratio: Any = None,
        variables: Any = None,
        custom: bool = False,
    ) -> Template:
        """A template from the wire values of an answer's model (a list item or a custom
        template); the aspect ratio code reads as its name."""
        code = w.integer(aspect_ratio)
        listed = w.first(variables, *w.strays(m, "Template.variables"))
        return cls(
            id=w.field(w.integer, m, "Template.id", id) or 0,
            name=w.text(name),
            cover_url=w.text(cover_url),
            preview_url=w.text(preview_url),
            aspect_ratio=ASPECT_NAMES.get(code) if code is not None else w.text(aspect_ratio),
            variables=tuple(
                TemplateVariableInfo._from_wire(item) for item, _ in w.items(listed, VariableItem)
            ),
            custom=custom,
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any, *, custom: bool = False) -> Template:
        """A template from the `data` of get_custom_template (or a list item)."""
        m, raw = w.data(GetCustomTemplateResponse200DataType0.from_dict, data, "a template")
        return cls._from_wire(
            m,
            raw,
            id=m.template_id,
            name=m.name,
            cover_url=m.cover_url,
            preview_url=m.preview_url,
            aspect_ratio=m.aspect_ratio,
            variables=m.variables,
            custom=custom,
        )


@attrs.frozen
class TemplateVideo(_Downloadable):
    id: str
    status: JobStatus
    name: str | None = None
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None
    deducted_credit: float | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        files: Files,
        *,
        id: Any,
        status: Any = UNSET,
        name: Any = None,
        video_url: Any = None,
        cover_url: Any = None,
        duration: Any = None,
        created_at: Any = None,
        completed_at: Any = None,
        deducted_credit: Any = None,
        error: Any = None,
        known_id: str | None = None,
    ) -> TemplateVideo:
        """A template video from the wire values of an answer's model (the retrieve answer
        nests the output under `data`: its values are given here); ``known_id`` (the id
        asked for) when the answer names none."""
        error_value = job_error(_plain(error), *w.strays(m, "TemplateVideo.error"))
        return cls(
            id=w.field(w.text, m, "TemplateVideo.id", id) or known_id or "",
            status=job_status(w.status(m, status), error_value),
            name=w.field(w.text, m, "TemplateVideo.name", name),
            video_url=w.field(w.text, m, "TemplateVideo.video_url", video_url),
            cover_url=w.field(w.text, m, "TemplateVideo.cover_url", cover_url),
            duration=w.field(w.number, m, "TemplateVideo.duration", duration),
            created_at=w.timestamp(created_at),
            completed_at=w.field(w.timestamp, m, "TemplateVideo.completed_at", completed_at),
            deducted_credit=w.field(w.number, m, "TemplateVideo.deducted_credit", deducted_credit),
            error=error_value,
            raw=raw,
            files=files,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> TemplateVideo:
        """A template video from the `data` of get_template_video (or a webhook's object)."""
        m, raw = w.data(GetTemplateVideoResponse200DataType0.from_dict, data, "a template video")
        out = w.model(m.data, TemplateVideoOutput) or TemplateVideoOutput()
        return cls._from_wire(
            m,
            raw,
            files,
            id=m.video_id,
            status=m.status,
            name=out.video_name,
            video_url=w.field(w.text, out, "TemplateVideo.video_url", out.url),
            cover_url=out.cover_url,
            duration=out.duration_seconds,
            created_at=m.created_at,
            completed_at=m.completed_at,
            deducted_credit=out.deducted_credit,
            known_id=id,
        )


@attrs.frozen
class LipSyncVideo(_Downloadable):
    id: str
    status: JobStatus
    video_url: str | None = None
    cover_url: str | None = None
    duration: float | None = None
    created_at: datetime | None = None
    completed_at: datetime | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        files: Files,
        *,
        id: Any,
        status: Any = UNSET,
        video_url: Any = None,
        cover_url: Any = None,
        duration: Any = None,
        created_at: Any = None,
        completed_at: Any = None,
        error: Any = None,
        known_id: str | None = None,
    ) -> LipSyncVideo:
        """A lip-sync task from the wire values of an answer's model (the retrieve answer
        nests the output under `data`: its values are given here); ``known_id`` (the id
        asked for) when the answer names none."""
        error_value = job_error(_plain(error), *w.strays(m, "LipSyncVideo.error"))
        return cls(
            id=w.field(w.text, m, "LipSyncVideo.id", id) or known_id or "",
            status=job_status(w.status(m, status), error_value),
            video_url=w.field(w.text, m, "LipSyncVideo.video_url", video_url),
            cover_url=w.field(w.text, m, "LipSyncVideo.cover_url", cover_url),
            duration=w.field(w.number, m, "LipSyncVideo.duration", duration),
            created_at=w.timestamp(created_at),
            completed_at=w.timestamp(completed_at),
            error=error_value,
            raw=raw,
            files=files,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> LipSyncVideo:
        """A lip-sync task from the `data` of get_lip_sync_video (or a webhook's object)."""
        m, raw = w.data(GetLipSyncVideoResponse200DataType0.from_dict, data, "a lip-sync task")
        out = w.model(m.data, LipSyncOutput) or LipSyncOutput()
        return cls._from_wire(
            m,
            raw,
            files,
            id=m.task_id,
            status=m.status,
            video_url=w.field(w.text, out, "LipSyncVideo.video_url", out.result_url),
            cover_url=out.cover_url,
            duration=out.duration_seconds,
            created_at=m.created_at,
            completed_at=m.completed_at,
            error=m.error,
            known_id=id,
        )


@attrs.frozen
class Translation(_Downloadable):
    id: str
    status: JobStatus
    title: str | None = None
    video_url: str | None = None
    subtitle_url: str | None = None
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()
    _files: Files = files_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        files: Files,
        *,
        id: Any,
        status: Any = UNSET,
        title: Any = None,
        video_url: Any = None,
        subtitle_url: Any = None,
        known_id: str | None = None,
    ) -> Translation:
        """A translation from the wire values of an answer's model; ``known_id`` (the id
        asked for) when the answer names none."""
        error = job_error(*w.strays(m, "Translation.error"))
        return cls(
            id=w.field(w.text, m, "Translation.id", id) or known_id or "",
            status=job_status(w.status(m, status), error),
            title=w.text(title),
            video_url=w.field(w.text, m, "Translation.video_url", video_url),
            subtitle_url=w.text(subtitle_url),
            error=error,
            raw=raw,
            files=files,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None, files: Files = None) -> Translation:
        """A translation from the `data` of get_video_translation (or a webhook's object)."""
        m, raw = w.data(GetVideoTranslationResponse200DataType0.from_dict, data, "a translation")
        return cls._from_wire(
            m,
            raw,
            files,
            id=m.video_translate_id,
            status=m.status,
            title=m.title,
            video_url=m.url,
            subtitle_url=m.subtitle_url,
            known_id=id,
        )


@attrs.frozen
class GeneratedScript:
    style: str | None
    paragraphs: tuple[str, ...]

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    @classmethod
    def _from_wire(cls, m: ScriptItem) -> GeneratedScript:
        return cls(w.text(m.script_style), w.strings(m.script_paragraphs))


@attrs.frozen
class AIScript(_Job):
    id: str
    status: JobStatus
    scripts: tuple[GeneratedScript, ...] = ()
    error: JobError | None = None
    raw: Mapping[str, Any] = raw_field()

    @classmethod
    def _from_wire(
        cls,
        m: w.WireModel,
        raw: Mapping[str, Any],
        *,
        id: Any,
        status: Any = UNSET,
        results: Any = None,
        error: Any = None,
        known_id: str | None = None,
    ) -> AIScript:
        """An AI script task from the wire values of an answer's model; ``results`` is its
        nested `data` (the generated scripts). No status at all is a pending task, even
        beside an error."""
        error_value = job_error(error, *w.strays(m, "AIScript.error"))
        found = w.model(results, ScriptResults)
        return cls(
            id=w.field(w.text, m, "AIScript.id", id) or known_id or "",
            status=job_status(w.status(m, status), error_value),
            scripts=tuple(
                GeneratedScript._from_wire(item)
                for item, _ in w.items(found.generated_scripts if found else None, ScriptItem)
            ),
            error=error_value,
            raw=raw,
        )

    @classmethod
    def from_data(cls, data: Any, *, id: str | None = None) -> AIScript:
        """An AI script task from the `data` of get_ai_script."""
        m, raw = w.data(GetAiScriptResponse200DataType0.from_dict, data, "an AI script task")
        return cls._from_wire(
            m, raw, id=m.task_id, status=m.status, results=m.data, error=m.err_msg, known_id=id
        )
