"""Sync and async twins agree, and every public method documents its parameters.

The resources are found the way a user meets them: the public attributes of a ``Jogg`` and
an ``AsyncJogg`` (and of their resources, for nested ones such as ``product_videos.previews``)
whose class lives under ``jogg.resources``. For each attribute the sync class ``X`` and the
async class ``AsyncX`` must have:

- the same public methods;
- the same ``inspect.signature`` as text (parameter names, kinds, defaults and
  annotations). The return annotation is the same text too (an ``async def`` is annotated
  with what it returns once awaited), except that a ``Sync`` name prefix on the sync side is
  an ``Async`` one on the async side (``SyncPager[Voice]`` / ``AsyncPager[Voice]``);
- the same ``__doc__``.

Parameter documentation convention: every parameter of a public method has one line of its
docstring starting ``name: `` (as in jogg/resources/products.py). ``**options`` is the
per-call options (RequestOptions); it is documented once, in the ``jogg.resources`` package
docstring, and is never listed per method. Any other ``**name`` (``**fields``: spec fields
by name) has its own ``**name: `` line.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Iterator
from typing import Any

import pytest

import jogg
from jogg._options import RequestOptions
from jogg.resources import __doc__ as PACKAGE_DOC

Method = Any


def _resources(client: object, prefix: str = "") -> Iterator[tuple[str, object]]:
    for name in sorted(dir(client)):
        if name.startswith("_"):
            continue
        value = getattr(client, name)
        if inspect.isroutine(value) or not type(value).__module__.startswith("jogg.resources."):
            continue
        yield prefix + name, value
        yield from _resources(value, f"{prefix}{name}.")


def _twins() -> list[tuple[str, type, type]]:
    sync = dict(_resources(jogg.Jogg("twins-key")))
    async_ = dict(_resources(jogg.AsyncJogg("twins-key")))
    assert sync.keys() == async_.keys(), "Jogg and AsyncJogg have different resources"
    return [(name, type(sync[name]), type(async_[name])) for name in sorted(sync)]


TWINS = _twins()


def _public_methods(cls: type) -> dict[str, Method]:
    return {
        name: member
        for name, member in inspect.getmembers(cls, inspect.isroutine)
        if not name.startswith("_")
    }


def _signature_text(method: Method, *, is_async: bool) -> str:
    signature = inspect.signature(method)
    returns = signature.return_annotation
    text = str(signature.replace(return_annotation=inspect.Signature.empty))
    if returns is not inspect.Signature.empty:
        returns = str(returns)
        returns = re.sub(r"\bAsync(?=[A-Z])" if is_async else r"\bSync(?=[A-Z])", "", returns)
        text += f" -> {returns}"
    return text


def _method_params() -> list[tuple[str, Method]]:
    found = []
    seen: set[int] = set()
    for attribute, sync_class, async_class in TWINS:
        for cls in (sync_class, async_class):
            for name, method in _public_methods(cls).items():
                if id(method) not in seen:
                    seen.add(id(method))
                    found.append((f"{cls.__name__}.{name} (client.{attribute})", method))
    return found


def test_the_resources_were_found() -> None:
    names = {name for name, _, _ in TWINS}
    assert {"products", "product_videos", "previews", "webhooks"} <= names
    assert len(TWINS) >= 18


@pytest.mark.parametrize(
    ("attribute", "sync_class", "async_class"), TWINS, ids=[name for name, _, _ in TWINS]
)
def test_async_twin_has_the_same_methods_signatures_and_docs(
    attribute: str, sync_class: type, async_class: type
) -> None:
    assert async_class.__name__ == "Async" + sync_class.__name__, attribute
    sync_methods, async_methods = _public_methods(sync_class), _public_methods(async_class)
    assert sorted(sync_methods) == sorted(async_methods), f"client.{attribute}: methods differ"
    problems = []
    for name, sync_method in sync_methods.items():
        async_method = async_methods[name]
        where = f"{sync_class.__name__}.{name} / {async_class.__name__}.{name}"
        sync_text = _signature_text(sync_method, is_async=False)
        async_text = _signature_text(async_method, is_async=True)
        if sync_text != async_text:
            problems.append(f"{where}: signatures differ:\n  {sync_text}\n  {async_text}")
        if sync_method.__doc__ != async_method.__doc__:
            docs = f"{sync_method.__doc__!r}\n  {async_method.__doc__!r}"
            problems.append(f"{where}: docstrings differ:\n  {docs}")
    assert not problems, "\n".join(problems)


def test_every_public_method_documents_each_parameter_in_one_line() -> None:
    problems = []
    for where, method in _method_params():
        doc = inspect.getdoc(method)
        if not doc:
            problems.append(f"{where}: no docstring")
            continue
        for parameter in inspect.signature(method).parameters.values():
            if parameter.name in ("self", "cls"):
                continue
            name = parameter.name
            if parameter.kind is parameter.VAR_KEYWORD:
                if name == "options":
                    continue  # documented once, in the package docstring
                name = f"**{name}"
            elif parameter.kind is parameter.VAR_POSITIONAL:
                name = f"*{name}"
            lines = re.findall(rf"^{re.escape(name)}: \S", doc, re.MULTILINE)
            if len(lines) != 1:
                problems.append(f"{where}: {len(lines)} '{name}: ...' lines, not 1")
    assert not problems, "\n".join(problems)


def test_options_are_documented_once_in_the_package_docstring() -> None:
    doc = PACKAGE_DOC or ""
    assert re.search(r"^\*\*options: \S", doc, re.MULTILINE), "jogg.resources: no **options line"
    for name in RequestOptions.__annotations__:
        assert f"``{name}``" in doc, f"jogg.resources: **options does not name {name}"
