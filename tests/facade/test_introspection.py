"""What people see when they look at the SDK in a REPL: pager reprs and help(Jogg)."""

from __future__ import annotations

import inspect
import pydoc
import re

import pytest

import jogg
from jogg import AsyncJogg, Jogg
from jogg._client import _Resource
from jogg.testing import FakeJogg


def _resources(client_class: type) -> dict[str, _Resource[object]]:
    return {
        name: value
        for name, value in inspect.getmembers(client_class)
        if isinstance(value, _Resource)
    }


def test_sync_pager_repr_shows_the_operation_and_filters() -> None:
    client = FakeJogg(rate_limit=None).client(post_rate_limit=None)
    pager = client.voices.list(language="english", gender="female", page_size=5)
    expected = "<SyncPager list_voices gender='female' language='english' page_size=5>"
    assert repr(pager) == expected
    assert repr(client.musics.list()) == "<SyncPager list_musics>"


@pytest.mark.anyio
async def test_async_pager_repr_shows_the_operation_and_filters() -> None:
    async with FakeJogg(rate_limit=None).async_client(post_rate_limit=None) as client:
        pager = client.avatars.list_public(aspect_ratio="portrait")
        assert repr(pager) == "<AsyncPager list_public_avatars aspect_ratio='portrait'>"


@pytest.mark.parametrize("client_class", [Jogg, AsyncJogg])
def test_help_lists_each_resource_with_its_type_and_first_line(client_class: type) -> None:
    text = pydoc.render_doc(client_class, renderer=pydoc.plaintext)
    assert "_Resource object" not in text
    resources = _resources(client_class)
    assert "products" in resources and "webhooks" in resources
    for name, descriptor in resources.items():
        resource_class = descriptor.resource_class()
        # pydoc shows the attribute's name, then "Class — summary" indented below it.
        pattern = rf"\|  {name}\n \|      {resource_class.__name__} — \S"
        assert re.search(pattern, text), name
        assert repr(descriptor) == (
            f"<resource {name}: {resource_class.__module__}.{resource_class.__name__}>"
        )


def test_resources_are_made_once_and_typed_on_the_instance() -> None:
    client = FakeJogg(rate_limit=None).client(post_rate_limit=None)
    products = client.products
    assert products is client.products
    assert type(products).__name__ == "Products"
    assert isinstance(Jogg.products, _Resource)
    assert "Products —" in (Jogg.products.__doc__ or "")


def test_the_package_dir_has_no_helpers() -> None:
    assert [name for name in dir(jogg) if not name.startswith("__")] == [
        name for name in jogg.__all__ if not name.startswith("__")
    ]
