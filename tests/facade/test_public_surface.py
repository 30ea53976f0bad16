"""No public signature, result field or export of jogg names a generated (jogg_api) type:
users never need to see the generated client."""

from __future__ import annotations

import inspect
import re

import attrs
import jogg_api.models

import jogg
import jogg.types

# Names of the generated package; a facade type may share a name with a generated model
# (WebhookEndpoint): the facade's own public names are not leaks.
GENERATED_NAMES = (set(dir(jogg_api.models)) | {"jogg_api", "Unset", "UNSET"}) - set(jogg.__all__)
RESOURCES = [name for name in dir(jogg.Jogg) if not name.startswith("_")]


def _names(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", text))


def _public_callables() -> dict[str, object]:
    found: dict[str, object] = {}
    client = jogg.Jogg(api_key="k")
    async_client = jogg.AsyncJogg(api_key="k")
    for label, owner in (("Jogg", client), ("AsyncJogg", async_client)):
        for attribute in RESOURCES:
            resource = getattr(owner, attribute)
            if not hasattr(type(resource), "__module__") or callable(resource):
                continue
            for name in dir(resource):
                method = getattr(resource, name)
                if not name.startswith("_") and callable(method):
                    found[f"{label}.{attribute}.{name}"] = method
    for name in jogg.__all__:
        value = getattr(jogg, name)
        if inspect.isclass(value):
            for member in vars(value):
                if not member.startswith("_") or member == "__init__":
                    found[f"jogg.{name}.{member}"] = getattr(value, member)
        elif callable(value):
            found[f"jogg.{name}"] = value
    return found


def test_no_public_signature_mentions_a_generated_type() -> None:
    leaks = {}
    for label, value in _public_callables().items():
        try:
            signature = inspect.signature(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            continue
        named = _names(str(signature)) & GENERATED_NAMES
        if named:
            leaks[label] = sorted(named)
    assert not leaks, f"public signatures that name generated types: {leaks}"


def test_no_result_field_is_typed_with_a_generated_type() -> None:
    leaks = {}
    for name in jogg.types.__all__:
        cls = getattr(jogg.types, name)
        for field in attrs.fields(cls):
            named = _names(str(field.type)) & GENERATED_NAMES
            if named:
                leaks[f"{name}.{field.name}"] = sorted(named)
    assert not leaks, f"result fields typed with generated types: {leaks}"


def test_no_public_name_comes_from_the_generated_package() -> None:
    from_generated = sorted(
        name
        for name in jogg.__all__
        if getattr(getattr(jogg, name), "__module__", "").startswith("jogg_api")
    )
    assert not from_generated
