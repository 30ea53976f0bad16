"""Voices for text to speech: the public catalogue and the account's own."""

from __future__ import annotations

from .. import _validation as v
from .._operations import operation
from .._pagination import AsyncPager, ListCall, SyncPager
from ..types import Voice
from ._base import AsyncResource, SyncResource

GENDERS = ("female", "male")
AGES = ("young", "middle_aged", "old")


def public_spec(
    gender: str | None,
    language: str | None,
    age: str | None,
    use_case: str | None,
    page_size: int | None,
) -> ListCall[Voice]:
    return ListCall(
        operation("list_voices"),
        items_key="voices",
        parse_item=Voice.from_data,
        query={
            "gender": v.optional_choice("gender", gender, GENDERS),
            "language": v.optional_text("language", language),
            "age": v.optional_choice("age", age, AGES),
            "use_case": v.optional_text("use_case", use_case),
        },
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
    )


def custom_spec(language: str | None) -> ListCall[Voice]:
    return ListCall(
        operation("list_custom_voices"),
        items_key="voices",
        parse_item=lambda item: Voice.from_data(item, custom=True),
        query={"language": v.optional_text("language", language)},
        paged=False,
    )


class Voices(SyncResource):
    def list(
        self,
        *,
        gender: str | None = None,
        language: str | None = None,
        age: str | None = None,
        use_case: str | None = None,
        page_size: int | None = None,
    ) -> SyncPager[Voice]:
        return self._list(public_spec(gender, language, age, use_case, page_size))

    def list_custom(self, language: str | None = None) -> SyncPager[Voice]:
        return self._list(custom_spec(language))


class AsyncVoices(AsyncResource):
    def list(
        self,
        *,
        gender: str | None = None,
        language: str | None = None,
        age: str | None = None,
        use_case: str | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[Voice]:
        return self._list(public_spec(gender, language, age, use_case, page_size))

    def list_custom(self, language: str | None = None) -> AsyncPager[Voice]:
        return self._list(custom_spec(language))
