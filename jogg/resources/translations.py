"""Video translation: dub (and optionally subtitle) a video in another language."""

from __future__ import annotations

from typing import Any

from .. import _parse as p
from .. import _validation as v
from .._args import optional_voice_id
from .._download import AsyncFiles, SyncFiles
from .._operations import operation
from .._polling import ProgressCallback
from .._transport import Call
from ..types import Translation, Voice
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

Files = SyncFiles | AsyncFiles


def create_call(
    video_url: Any,
    output_language: Any,
    title: Any,
    translate_audio_only: Any,
    output_voice: Any,
    add_subtitles: Any,
    enable_dynamic_duration: Any,
    callback_url: Any,
    files: Files,
) -> Call[Translation]:
    body = v.drop_none(
        {
            "video_url": v.url("video_url", video_url),
            # The languages on offer change: target_languages() lists them.
            "output_language": v.text("output_language", output_language),
            "title": v.optional_text("title", title),
            "translate_audio_only": v.optional_boolean(
                "translate_audio_only", translate_audio_only
            ),
            "output_voice": optional_voice_id("output_voice", output_voice),
            "add_subtitles": v.optional_boolean("add_subtitles", add_subtitles),
            "enable_dynamic_duration": v.optional_boolean(
                "enable_dynamic_duration", enable_dynamic_duration
            ),
            "callback_url": v.optional_url("callback_url", callback_url),
        }
    )
    return Call(
        operation("create_video_translation"),
        parse=lambda data: Translation.from_data(data, files=files),
        body=body,
    )


def retrieve_call(translation_id: Any, files: Files) -> Call[Translation]:
    tid = job_id("translation_id", translation_id)
    return Call(
        operation("get_video_translation"),
        parse=lambda data: Translation.from_data(data, id=tid, files=files),
        path_params={"video_translate_id": tid},
    )


def languages_call() -> Call[list[str]]:
    return Call(
        operation("list_translation_languages"),
        parse=lambda data: list(p.strings(p.as_object(data, "the languages"), "languages")),
    )


class Translations(SyncResource):
    def create(
        self,
        video_url: str,
        output_language: str,
        *,
        title: str | None = None,
        translate_audio_only: bool | None = None,
        output_voice: str | Voice | None = None,
        add_subtitles: bool | None = None,
        enable_dynamic_duration: bool | None = None,
        callback_url: str | None = None,
    ) -> Translation:
        """Start translating the video at ``video_url`` into ``output_language`` (one of
        ``target_languages()``)."""
        return self._call(
            create_call(
                video_url,
                output_language,
                title,
                translate_audio_only,
                output_voice,
                add_subtitles,
                enable_dynamic_duration,
                callback_url,
                self._files,
            )
        )

    def retrieve(self, translation_id: str | Translation) -> Translation:
        return self._call(retrieve_call(translation_id, self._files))

    def target_languages(self) -> list[str]:
        """The languages a video can be translated into."""
        return self._call(languages_call())

    def wait(
        self,
        translation_id: str | Translation,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Translation:
        """Poll until the translation is completed (returned) or failed (JobFailedError)."""
        tid = job_id("translation_id", translation_id)
        return self._wait(tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress)


class AsyncTranslations(AsyncResource):
    async def create(
        self,
        video_url: str,
        output_language: str,
        *,
        title: str | None = None,
        translate_audio_only: bool | None = None,
        output_voice: str | Voice | None = None,
        add_subtitles: bool | None = None,
        enable_dynamic_duration: bool | None = None,
        callback_url: str | None = None,
    ) -> Translation:
        return await self._call(
            create_call(
                video_url,
                output_language,
                title,
                translate_audio_only,
                output_voice,
                add_subtitles,
                enable_dynamic_duration,
                callback_url,
                self._files,
            )
        )

    async def retrieve(self, translation_id: str | Translation) -> Translation:
        return await self._call(retrieve_call(translation_id, self._files))

    async def target_languages(self) -> list[str]:
        return await self._call(languages_call())

    async def wait(
        self,
        translation_id: str | Translation,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Translation:
        tid = job_id("translation_id", translation_id)
        return await self._wait(
            tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress
        )
