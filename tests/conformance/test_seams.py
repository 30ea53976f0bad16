"""The two seams every runner relies on are public options of the client (docs/facade.md §1):
`clock` and `jitter`. The vectors exercise both; this checks the option's own refusal."""

from __future__ import annotations

import pytest

import jogg


@pytest.mark.parametrize("client_class", [jogg.Jogg, jogg.AsyncJogg])
def test_jitter_must_be_a_function(client_class: type) -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        client_class(api_key="k", jitter=0.5)
    assert caught.value.field == "jitter"
