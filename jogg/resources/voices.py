"""Voices for text to speech: the public catalogue and the account's own."""

from __future__ import annotations

from typing import Any, Unpack

from jogg_api.api.voice import list_custom_voices, list_voices
from jogg_api.models.list_custom_voices_response_200_data_type_0 import (
    ListCustomVoicesResponse200DataType0,
)
from jogg_api.models.list_custom_voices_response_200_data_type_0_voices_type_0_item import (
    ListCustomVoicesResponse200DataType0VoicesType0Item as CustomItem,
)
from jogg_api.models.list_voices_age import LIST_VOICES_AGE_VALUES, ListVoicesAge
from jogg_api.models.list_voices_gender import LIST_VOICES_GENDER_VALUES, ListVoicesGender
from jogg_api.models.list_voices_response_200_data_type_0 import ListVoicesResponse200DataType0
from jogg_api.models.list_voices_response_200_data_type_0_voices_type_0_item import (
    ListVoicesResponse200DataType0VoicesType0Item as VoiceItem,
)

from .. import _validation as v
from .. import _wire as w
from .._options import RequestOptions
from .._pagination import AsyncPager, ListCall, SyncPager
from .._results.avatars import Voice
from ._base import AsyncResource, SyncResource

__all__ = ["AsyncVoices", "VoiceAge", "VoiceGender", "Voices"]

# The facade's names for the spec's filter sets.
VoiceGender = ListVoicesGender
VoiceAge = ListVoicesAge


def language_filter(value: Any) -> str | None:
    """A language as the API matches it: lower case ("English" finds the "english" voices,
    where the API itself would quietly find none)."""
    text = v.optional_text("language", value)
    return None if text is None else text.strip().lower()


def use_case_filter(value: Any) -> str | None:
    """A use case as the API spells them: lower case, words joined by "_" ("Narrative
    story" finds "narrative_story")."""
    text = v.optional_text("use_case", value)
    return None if text is None else "_".join(text.lower().split())


def public_spec(
    gender: Any,
    language: Any,
    age: Any,
    use_case: Any,
    page_size: int | None,
    options: RequestOptions,
) -> ListCall[Voice]:
    def read(data: Any) -> list[Voice]:
        m, _ = w.data(ListVoicesResponse200DataType0.from_dict, data, "voices")
        return [Voice.read_listed(i, raw) for i, raw in w.items(m.voices, VoiceItem)]

    return ListCall(
        list_voices,
        read_items=read,
        arguments=w.arguments(
            list_voices._get_kwargs,
            gender=w.given_choice("gender", gender, LIST_VOICES_GENDER_VALUES),
            language=w.given(language_filter(language)),
            age=w.given_choice("age", age, LIST_VOICES_AGE_VALUES),
            use_case=w.given(use_case_filter(use_case)),
        ),
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
        options=options,
    )


def custom_spec(language: Any, options: RequestOptions) -> ListCall[Voice]:
    def read(data: Any) -> list[Voice]:
        m, _ = w.data(ListCustomVoicesResponse200DataType0.from_dict, data, "voices")
        return [
            Voice._from_wire(
                i,
                raw,
                id=i.voice_id,
                name=i.name,
                language=i.language,
                sample_url=i.audio_url,
                custom=True,
            )
            for i, raw in w.items(m.voices, CustomItem)
        ]

    return ListCall(
        list_custom_voices,
        read_items=read,
        arguments=w.arguments(
            list_custom_voices._get_kwargs, language=w.given(language_filter(language))
        ),
        paged=False,
        options=options,
    )


class Voices(SyncResource):
    """Voices for text to speech: the public catalogue and the account's own. Pass a Voice
    itself as ``voice=`` to a create call."""

    def list(
        self,
        *,
        gender: VoiceGender | None = None,
        language: str | None = None,
        age: VoiceAge | None = None,
        use_case: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Voice]:
        """The public voices, filtered as the API allows; pages are fetched as you iterate.

        gender: only voices of this gender (female or male).
        language: only voices of this language (english, spanish, ...; any case).
        age: only voices of this age (young, middle_aged or old).
        use_case: only voices meant for this (narrative_story, news, advertisement, ...).
        page_size: items per page (1-100).
        """
        return self._list(public_spec(gender, language, age, use_case, page_size, options))

    def list_custom(
        self, language: str | None = None, **options: Unpack[RequestOptions]
    ) -> SyncPager[Voice]:
        """The account's own voices, all in one request.

        language: only voices of this language (english, spanish, ...; any case).
        """
        return self._list(custom_spec(language, options))


class AsyncVoices(AsyncResource):
    """Voices for text to speech: the public catalogue and the account's own. Pass a Voice
    itself as ``voice=`` to a create call."""

    def list(
        self,
        *,
        gender: VoiceGender | None = None,
        language: str | None = None,
        age: VoiceAge | None = None,
        use_case: str | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Voice]:
        """The public voices, filtered as the API allows; pages are fetched as you iterate.

        gender: only voices of this gender (female or male).
        language: only voices of this language (english, spanish, ...; any case).
        age: only voices of this age (young, middle_aged or old).
        use_case: only voices meant for this (narrative_story, news, advertisement, ...).
        page_size: items per page (1-100).
        """
        return self._list(public_spec(gender, language, age, use_case, page_size, options))

    def list_custom(
        self, language: str | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[Voice]:
        """The account's own voices, all in one request.

        language: only voices of this language (english, spanish, ...; any case).
        """
        return self._list(custom_spec(language, options))
