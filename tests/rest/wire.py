"""The spec's request and answer fields, and what a facade call sends and reads, as paths.

Shared by the wire coverage test (tests/rest/test_wire_coverage.py) and the facade map
generator (tests/conformance/facade_map.py). Paths are dotted, with ``[]`` for the items
of a list: ``video_spec.length``, ``media[].url``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import yaml

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "jogg-v2.yaml"
HTTP_METHODS = {"get", "put", "post", "delete", "patch"}


# --- the spec's fields --------------------------------------------------------------------


@functools.cache
def spec() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    return loaded


def resolve(schema: Any) -> dict[str, Any]:
    """A schema with $ref followed and allOf merged."""
    if not isinstance(schema, dict):
        return {}
    ref = schema.get("$ref")
    if isinstance(ref, str):
        node: Any = spec()
        for part in ref.removeprefix("#/").split("/"):
            node = node[part]
        return resolve(node)
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for part in schema["allOf"]:
            merged["properties"].update(resolve(part).get("properties", {}))
        return merged
    return schema


def leaves(schema: Any, prefix: str) -> list[tuple[str, dict[str, Any]]]:
    """(path, schema) of every leaf property below ``schema``; ``[]`` marks list items."""
    schema = resolve(schema)
    if schema.get("type") == "array" or "items" in schema:
        return leaves(schema.get("items", {}), prefix + "[]")
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        found: list[tuple[str, dict[str, Any]]] = []
        for name, sub in properties.items():
            found.extend(leaves(sub, f"{prefix}.{name}" if prefix else name))
        return found
    return [(prefix, schema)]


@functools.cache
def operations() -> dict[str, dict[str, Any]]:
    """Every operation of the spec by operationId, with ``_method`` and ``_path`` added."""
    found = {}
    for path, item in spec()["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                found[operation["operationId"]] = {
                    **operation,
                    "_method": method.upper(),
                    "_path": path,
                }
    return found


def request_fields(op_id: str) -> set[str]:
    """``query.<name>`` and ``body.<path>`` of every request field of an operation."""
    operation = operations()[op_id]
    fields = {
        f"query.{p['name']}" for p in operation.get("parameters", []) if p.get("in") == "query"
    }
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    if "schema" in body:
        fields |= {f"body.{path}" for path, _ in leaves(body["schema"], "")}
    return fields


def response_data(op_id: str) -> dict[str, Any]:
    """The schema of ``data`` in an operation's 200 answer ({} when it has none)."""
    content = operations()[op_id]["responses"]["200"]["content"]["application/json"]
    return resolve(content["schema"]).get("properties", {}).get("data", {})


# --- what the facade sends ------------------------------------------------------------------


def sent_paths(value: Any, prefix: str) -> set[str]:
    """The leaf paths of a JSON value as sent (``prefix`` first)."""
    return set(sent_values(value, prefix))


def sent_values(value: Any, prefix: str) -> dict[str, list[Any]]:
    """Each leaf path of a JSON value as sent, with the values found there (one per list
    item); an empty object or list is a leaf of its own."""
    found: dict[str, list[Any]] = {}

    def walk(node: Any, path: str) -> None:
        if isinstance(node, dict) and node:
            for key, sub in node.items():
                walk(sub, f"{path}.{key}")
        elif isinstance(node, list) and node:
            for item in node:
                walk(item, path + "[]")
        else:
            found.setdefault(path + ("[]" if node == [] else ""), []).append(node)

    walk(value, prefix)
    return found


def run(call: Callable[[Any], Any], client: Any) -> Any:
    """A facade call's result, with a lazy listing iterated to the end."""
    result = call(client)
    if hasattr(result, "__next__"):
        result = list(result)
    return result


# --- what the facade reads -------------------------------------------------------------------


class Sentinels:
    """Distinct values for every leaf, so that a result can be told apart field by field."""

    def __init__(self) -> None:
        self.count = 0

    def value(self, schema: dict[str, Any]) -> Any:
        self.count += 1
        kind = schema.get("type")
        if "enum" in schema:
            return schema["enum"][self.count % len(schema["enum"])]
        if kind == "integer" and "example" in schema:
            return schema["example"]  # integers are often codes (aspect ratio 0/1/2)
        if kind == "integer":
            return 900_000 + self.count
        if kind == "number":
            return 900_000 + self.count + 0.5
        if kind == "boolean":
            return True
        if schema.get("format") == "uri":
            return f"https://s.test.example/{self.count}"
        return f"s{self.count}"


def fill(schema: Any, sentinels: Sentinels) -> Any:
    """A value for ``schema`` with every property present, each leaf distinct."""
    schema = resolve(schema)
    if schema.get("type") == "array" or "items" in schema:
        return [fill(schema.get("items", {}), sentinels)]
    properties = schema.get("properties")
    if isinstance(properties, dict) and properties:
        return {name: fill(sub, sentinels) for name, sub in properties.items()}
    return sentinels.value(schema)


def without(value: Any, path: list[str]) -> Any:
    """A copy of ``value`` without the leaf at ``path`` ("[]" steps into every list item)."""
    if not path:
        return None
    head, rest = path[0], path[1:]
    if head == "[]":
        return [without(item, rest) for item in value]
    copy = dict(value)
    if rest:
        copy[head] = without(copy[head], rest)
    else:
        del copy[head]
    return copy


def split(path: str) -> list[str]:
    return [p for p in path.replace("[]", ".[].").split(".") if p]


def dump(result: Any) -> Any:
    """The result as plain values, without ``raw`` (which holds everything by design)."""
    if isinstance(result, list | tuple):
        return [dump(item) for item in result]
    if attrs.has(type(result)):
        return {
            a.name: dump(getattr(result, a.name))
            for a in attrs.fields(type(result))
            if a.name not in ("raw", "_files")
        }
    return repr(result)
