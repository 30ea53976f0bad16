"""The catalogue calls of Jogg against the fake: filters the API matches case-sensitively
still find what a user typed in another case."""

from __future__ import annotations

from jogg.testing import FakeJogg


def test_a_language_in_any_case_finds_the_voices_of_that_language() -> None:
    client = FakeJogg(clock="manual").client()
    lower = [v.id for v in client.voices.list(language="english", page_size=100)]
    typed = [v.id for v in client.voices.list(language="English", page_size=100)]
    assert lower and typed == lower
    assert {v.language for v in client.voices.list(language="ENGLISH", page_size=100)} == {
        "english"
    }


def test_a_use_case_in_words_finds_the_voices_of_that_use_case() -> None:
    client = FakeJogg(clock="manual").client()
    found = list(client.voices.list(use_case="Narrative Story", page_size=100))
    assert found and {v.use_case for v in found} == {"narrative_story"}
