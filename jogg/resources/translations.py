"""Video translation: dub (and optionally subtitle) a video in another language."""

from __future__ import annotations

from typing import Any, Unpack

from jogg_api.api.video import (
    create_video_translation,
    get_video_translation,
    list_translation_languages,
)
from jogg_api.body_keywords import CreateVideoTranslationKeywords
from jogg_api.models.create_video_translation_body import CreateVideoTranslationBody
from jogg_api.models.create_video_translation_response_200_data_type_0 import (
    CreateVideoTranslationResponse200DataType0,
)
from jogg_api.models.list_translation_languages_response_200_data_type_0 import (
    ListTranslationLanguagesResponse200DataType0,
)

from .. import _validation as v
from .. import _wire as w
from .._args import optional_voice_id
from .._download import AsyncFiles, SyncFiles
from .._options import RequestOptions
from .._polling import ProgressCallback
from .._results.avatars import Voice
from .._results.videos import Translation
from .._transport import Call
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

Files = SyncFiles | AsyncFiles


class CreateOptions(RequestOptions, CreateVideoTranslationKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


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
    options: CreateOptions,
) -> Call[Translation]:
    body = CreateVideoTranslationBody(
        video_url=v.url("video_url", video_url),
        # The languages on offer change, and the spec gives no set: target_languages() lists them.
        output_language=v.text("output_language", output_language),
        title=w.given(v.optional_text("title", title)),
        translate_audio_only=w.given(
            v.optional_boolean("translate_audio_only", translate_audio_only)
        ),
        output_voice=w.given(optional_voice_id("output_voice", output_voice)),
        add_subtitles=w.given(v.optional_boolean("add_subtitles", add_subtitles)),
        enable_dynamic_duration=w.given(
            v.optional_boolean("enable_dynamic_duration", enable_dynamic_duration)
        ),
        callback_url=w.given(v.optional_url("callback_url", callback_url)),
    )

    def parse(data: Any) -> Translation:
        m, raw = w.data(CreateVideoTranslationResponse200DataType0.from_dict, data, "a translation")
        return Translation._from_wire(m, raw, files, id=m.video_translate_id)

    return Call(
        create_video_translation,
        w.arguments(create_video_translation._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def retrieve_call(translation: Any, files: Files, options: RequestOptions) -> Call[Translation]:
    tid = job_id("translation_id", translation)
    return Call(
        get_video_translation,
        w.arguments(get_video_translation._get_kwargs, video_translate_id=tid),
        parse=lambda data: Translation.from_data(data, id=tid, files=files),
        options=options,
    )


def _languages(data: Any) -> list[str]:
    m, _ = w.data(ListTranslationLanguagesResponse200DataType0.from_dict, data, "the languages")
    return list(w.strings(m.languages))


def languages_call(options: RequestOptions) -> Call[list[str]]:
    return Call(
        list_translation_languages,
        w.arguments(list_translation_languages._get_kwargs),
        parse=_languages,
        options=options,
    )


class Translations(SyncResource):
    """Video translations: dub a video in another language; create, look up, wait."""

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
        **options: Unpack[CreateOptions],
    ) -> Translation:
        """Start translating the video at ``video_url`` into ``output_language``.

        video_url: the video to translate.
        output_language: the language to translate into (one of target_languages()).
        title: the translated video's title.
        translate_audio_only: translate the speech only, leaving the picture as it is.
        output_voice: the voice to dub with (its id, or the Voice).
        add_subtitles: whether to add subtitles in the new language.
        enable_dynamic_duration: let the video's length follow the translated speech.
        callback_url: where the API reports the outcome.
        """
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
                options,
            )
        )

    def retrieve(
        self, translation_id: str | Translation, **options: Unpack[RequestOptions]
    ) -> Translation:
        """The translation as it is now.

        translation_id: the translation (its id, or the Translation).
        """
        return self._call(retrieve_call(translation_id, self._files, options))

    def target_languages(self, **options: Unpack[RequestOptions]) -> list[str]:
        """The languages a video can be translated into (this call takes only the options)."""
        return self._call(languages_call(options))

    def wait(
        self,
        translation_id: str | Translation,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Translation:
        """Poll until the translation is completed (returned) or failed (JobFailedError).

        translation_id: the translation (its id, or the Translation).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (translation, elapsed seconds) after each look.
        """
        tid = job_id("translation_id", translation_id)
        return self._wait(tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress)

    def create_and_wait(
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
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateVideoTranslationKeywords],
    ) -> Translation:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created translation: resume with ``wait``, never
        create again.

        video_url: the video to translate.
        output_language: the language to translate into (one of target_languages()).
        title: the translated video's title.
        translate_audio_only: translate the speech only, leaving the picture as it is.
        output_voice: the voice to dub with (its id, or the Voice).
        add_subtitles: whether to add subtitles in the new language.
        enable_dynamic_duration: let the video's length follow the translated speech.
        callback_url: where the API reports the outcome.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (translation, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        translation = self.create(
            video_url,
            output_language,
            title=title,
            translate_audio_only=translate_audio_only,
            output_voice=output_voice,
            add_subtitles=add_subtitles,
            enable_dynamic_duration=enable_dynamic_duration,
            callback_url=callback_url,
            **fields,
        )
        return self._wait_created(
            translation,
            self.retrieve,
            "client.translations.wait",
            timeout,
            poll_interval,
            on_progress,
        )


class AsyncTranslations(AsyncResource):
    """Video translations: dub a video in another language; create, look up, wait."""

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
        **options: Unpack[CreateOptions],
    ) -> Translation:
        """Start translating the video at ``video_url`` into ``output_language``.

        video_url: the video to translate.
        output_language: the language to translate into (one of target_languages()).
        title: the translated video's title.
        translate_audio_only: translate the speech only, leaving the picture as it is.
        output_voice: the voice to dub with (its id, or the Voice).
        add_subtitles: whether to add subtitles in the new language.
        enable_dynamic_duration: let the video's length follow the translated speech.
        callback_url: where the API reports the outcome.
        """
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
                options,
            )
        )

    async def retrieve(
        self, translation_id: str | Translation, **options: Unpack[RequestOptions]
    ) -> Translation:
        """The translation as it is now.

        translation_id: the translation (its id, or the Translation).
        """
        return await self._call(retrieve_call(translation_id, self._files, options))

    async def target_languages(self, **options: Unpack[RequestOptions]) -> list[str]:
        """The languages a video can be translated into (this call takes only the options)."""
        return await self._call(languages_call(options))

    async def wait(
        self,
        translation_id: str | Translation,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> Translation:
        """Poll until the translation is completed (returned) or failed (JobFailedError).

        translation_id: the translation (its id, or the Translation).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (translation, elapsed seconds) after each look.
        """
        tid = job_id("translation_id", translation_id)
        return await self._wait(
            tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress
        )

    async def create_and_wait(
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
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateVideoTranslationKeywords],
    ) -> Translation:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created translation: resume with ``wait``, never
        create again.

        video_url: the video to translate.
        output_language: the language to translate into (one of target_languages()).
        title: the translated video's title.
        translate_audio_only: translate the speech only, leaving the picture as it is.
        output_voice: the voice to dub with (its id, or the Voice).
        add_subtitles: whether to add subtitles in the new language.
        enable_dynamic_duration: let the video's length follow the translated speech.
        callback_url: where the API reports the outcome.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (translation, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        translation = await self.create(
            video_url,
            output_language,
            title=title,
            translate_audio_only=translate_audio_only,
            output_voice=output_voice,
            add_subtitles=add_subtitles,
            enable_dynamic_duration=enable_dynamic_duration,
            callback_url=callback_url,
            **fields,
        )
        return await self._wait_created(
            translation,
            self.retrieve,
            "client.translations.wait",
            timeout,
            poll_interval,
            on_progress,
        )
