"""The facade places (file:line in jogg/) that a spec change may break.

    python scripts/facade_places.py OLD NEW [--facade jogg]

Operations are matched by operationId, the name the facade depends on (it is the module
name of the generated endpoint), so an operation that moved to a new path but kept its
operationId only counts for the fields that changed inside it. Each changed or removed
operation, parameter or field is named the way openapi-python-client names it in
generated/jogg_api (endpoint module = operationId; model classes and attributes as the
generator derives them, e.g. `GetProductVideoResponse200DataType0.video_url`), taken from
the generator's own parser run over the same lenient copy that `make generate` feeds it.
Then every line of the facade (jogg/ without jogg/testing/) that uses one of those names
is listed. `make typecheck` is the final word; this list says where to start reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generate import GENERATOR_CONFIG, lenient_copy
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties import (
    EnumProperty,
    LiteralEnumProperty,
    ModelProperty,
)
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol as Property
from openapi_python_client.parser.properties.union import UnionProperty
from spec_diff import Change, OperationFacts, all_operation_facts, compare_operation
from speclib import REPO_ROOT, OneLineParser, fail, load_openapi, operations, run_main

FACADE = REPO_ROOT / "jogg"
# The fake plays the server: it keeps its own wire names and is not built on jogg_api.
FACADE_EXCLUDED = ("testing",)

# Changes that cannot break code written against the old generated names.
HARMLESS_KINDS = frozenset(
    {
        "parameter_enum_values_added",
        "request_field_enum_values_added",
        "response_field_enum_values_added",
        "response_status_added",
    }
)


@dataclass(frozen=True)
class Name:
    """A generated name the facade may use: `Class.attribute`, a class, or a keyword."""

    label: str
    classes: tuple[str, ...] = ()
    attribute: str | None = None
    wire: str | None = None
    enums: tuple[str, ...] = ()  # the Enum classes of the field's allowed values


@dataclass
class Place:
    """One change, the generated names it touches, and the facade lines using them."""

    operation: str
    operation_id: str
    change: str
    names: list[Name]
    lines: list[str] = field(default_factory=list)


# --- generated names -------------------------------------------------------------------


@dataclass
class Generated:
    """openapi-python-client's view of a spec: endpoints by operationId, models by class."""

    endpoints: dict[str, Endpoint]
    models: dict[str, ModelProperty]

    def model(self, prop: ModelProperty) -> ModelProperty:
        # Endpoints hold early copies of their models; the fields are filled in the
        # generator's second pass, whose results are the `models` list.
        return self.models.get(prop.class_info.name, prop)


def generated_names(spec: dict[str, Any]) -> Generated:
    """Parse `spec` the way `make generate` does (lenient copy, our config)."""
    config = Config.from_sources(
        ConfigFile.load_from_path(GENERATOR_CONFIG),
        MetaType.NONE,
        "jogg-v2.yaml",
        "utf-8",
        True,
        None,
    )
    data = GeneratorData.from_dict(lenient_copy(spec), config=config)
    if not isinstance(data, GeneratorData):
        fail(f"the generator cannot read the spec: {data.header}")
    endpoints = {
        str(endpoint.name): endpoint
        for collection in data.endpoint_collections_by_tag.values()
        for endpoint in collection.endpoints
    }
    return Generated(endpoints, {model.class_info.name: model for model in data.models})


def wire_name(prop: Property) -> str:
    """The property's name in the JSON (the parser wraps spec strings)."""
    raw: Any = prop.name
    return str(raw.get_untrusted_value()) if hasattr(raw, "get_untrusted_value") else str(raw)


def unwrap(prop: Property) -> Iterator[Property]:
    """The concrete properties behind a (nullable, Unset-able) union."""
    if isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            yield from unwrap(inner)
    else:
        yield prop


def model_fields(model: ModelProperty) -> list[Property]:
    fields: list[Property] = [*(model.required_properties or [])]
    return [*fields, *(model.optional_properties or [])]


def field_names(generated: Generated, root: Property | None, path: str) -> list[Name]:
    """`Class.attribute` for the field at `path` (`data.items[].url`) below `root`."""
    if root is None:
        return []
    segments = [part for part in re.split(r"(\[\])|\.", path) if part]
    current: list[Property] = [root]
    found: list[Name] = []
    for index, segment in enumerate(segments):
        last = index == len(segments) - 1
        following: list[Property] = []
        for prop in current:
            for concrete in unwrap(prop):
                if segment == "[]":
                    if isinstance(concrete, ListProperty):
                        following.append(concrete.inner_property)
                    continue
                if not isinstance(concrete, ModelProperty):
                    continue
                concrete = generated.model(concrete)
                for child in model_fields(concrete):
                    if wire_name(child) != segment:
                        continue
                    following.append(child)
                    if last:
                        enums = tuple(
                            inner.class_info.name
                            for inner in unwrap(child)
                            if isinstance(inner, EnumProperty | LiteralEnumProperty)
                        )
                        found.append(
                            Name(
                                f"{concrete.class_info.name}.{child.python_name}",
                                (concrete.class_info.name,),
                                str(child.python_name),
                                segment,
                                enums,
                            )
                        )
        current = following
    if segments and segments[-1] == "[]":
        found += [
            Name(inner.class_info.name, (inner.class_info.name,))
            for prop in current
            for inner in unwrap(prop)
            if isinstance(inner, ModelProperty | EnumProperty | LiteralEnumProperty)
        ]
    return found


def body_property(endpoint: Endpoint) -> Property | None:
    return endpoint.bodies[0].prop if endpoint.bodies else None


def response_property(endpoint: Endpoint, status: str) -> Property | None:
    for response in endpoint.responses:
        if response.status_code.pattern == status:
            return response.prop
    return None


def operation_classes(endpoint: Endpoint) -> tuple[str, ...]:
    """The model classes made for one operation (its body and its responses)."""
    roots = [body_property(endpoint), *(response.prop for response in endpoint.responses)]
    return tuple(
        sorted(
            {
                concrete.class_info.name
                for root in roots
                if root is not None
                for concrete in unwrap(root)
                if isinstance(concrete, ModelProperty)
            }
        )
    )


def names_for_change(generated: Generated, endpoint: Endpoint, change: Change) -> list[Name]:
    operation_id = str(endpoint.name)
    if change.kind.startswith("parameter_"):
        parameters = (
            endpoint.query_parameters + endpoint.path_parameters + endpoint.header_parameters
        )
        return [
            Name(f"{operation_id}(..., {p.python_name}=)", (), str(p.python_name), change.path)
            for p in parameters
            if wire_name(p) == change.path
        ]
    if change.kind.startswith("request_body"):
        classes = operation_classes(endpoint)
        return [Name(name, (name,)) for name in classes if name.endswith("Body")]
    if change.kind.startswith("request_field"):
        return field_names(generated, body_property(endpoint), change.path)
    if change.kind.startswith("response_status"):
        return [Name(f"{operation_id} (HTTP {change.path})", operation_classes(endpoint))]
    if change.kind.startswith("response_field"):
        status, _, path = change.path.rpartition(":")
        return field_names(generated, response_property(endpoint, status or "200"), path)
    return []


# --- finding uses ----------------------------------------------------------------------


def facade_files(facade: Path) -> list[Path]:
    return sorted(
        path
        for path in facade.rglob("*.py")
        if not any(part in FACADE_EXCLUDED for part in path.relative_to(facade).parts)
    )


def word(name: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(name)}\b")


def uses(facade: Path, operation_id: str, names: list[Name], enum_change: bool) -> list[str]:
    """`file:line: text` of every facade line using one of `names`.

    An attribute is looked for as `.attribute`, `attribute=` or its quoted wire name, and
    only in files that name the operation's module or the attribute's class: names like
    `url` or `status` are everywhere. A class (a removed operation's models, an enum whose
    values changed) counts wherever it is named.
    """
    classes = {cls for name in names for cls in name.classes}
    if enum_change:
        classes |= {cls for name in names for cls in name.enums}
    anchors = [word(operation_id), *(word(cls) for cls in classes)]
    patterns: list[re.Pattern[str]] = []
    for name in names:
        if name.attribute:
            attribute = re.escape(name.attribute)
            patterns.append(re.compile(rf"\.{attribute}\b|\b{attribute}\s*="))
            if name.wire:
                patterns.append(re.compile(rf"[\"']{re.escape(name.wire)}[\"']"))
        else:
            patterns += [word(cls) for cls in name.classes]
        if enum_change:
            patterns += [word(cls) for cls in name.enums]
    if not names:
        patterns = [word(operation_id)]
    found: list[str] = []
    root = facade.parent
    for path in facade_files(facade):
        text = path.read_text(encoding="utf-8")
        if not any(anchor.search(text) for anchor in anchors):
            continue
        shown = path.relative_to(root).as_posix() if path.is_relative_to(root) else str(path)
        for number, line in enumerate(text.splitlines(), start=1):
            if any(pattern.search(line) for pattern in patterns):
                found.append(f"{shown}:{number}: {line.strip()}")
    return found


# --- the list --------------------------------------------------------------------------


def by_operation_id(spec: dict[str, Any]) -> dict[str, str]:
    return {
        str(operation.get("operationId")): f"{method} {path}"
        for method, path, operation in operations(spec)
        if operation.get("operationId")
    }


def places_for(
    old_spec: dict[str, Any], new_spec: dict[str, Any], facade: Path = FACADE
) -> list[Place]:
    """Every changed or removed operation, parameter or field, with its facade uses.

    Operations are matched by operationId (unlike the change report, which goes by path).
    """
    old_ids, new_ids = by_operation_id(old_spec), by_operation_id(new_spec)
    old_facts: dict[str, OperationFacts] = all_operation_facts(old_spec, "old")
    new_facts: dict[str, OperationFacts] = all_operation_facts(new_spec, "new")
    old_generated = generated_names(old_spec)
    new_generated: Generated | None = None
    places: list[Place] = []
    for operation_id in sorted(old_ids, key=lambda name: old_ids[name]):
        operation = old_ids[operation_id]
        endpoint = old_generated.endpoints.get(operation_id)
        if endpoint is None:
            continue
        if operation_id not in new_ids:
            classes = operation_classes(endpoint)
            place = Place(
                operation,
                operation_id,
                "operation removed",
                [Name(f"jogg_api.api.*.{operation_id}", (operation_id, *classes))],
            )
            place.lines = uses(facade, operation_id, place.names, False)
            places.append(place)
            continue
        changes = compare_operation(old_facts[operation], new_facts[new_ids[operation_id]])
        for change in changes:
            if change.kind in HARMLESS_KINDS:
                continue
            if change.kind.endswith("_added") and not change.breaking:
                continue
            names = names_for_change(old_generated, endpoint, change)
            if not names and change.kind.endswith("_added"):
                # A new required field exists only in the new spec's generated names.
                if new_generated is None:
                    new_generated = generated_names(new_spec)
                new_endpoint = new_generated.endpoints.get(operation_id)
                if new_endpoint is not None:
                    names = names_for_change(new_generated, new_endpoint, change)
            place = Place(
                operation,
                operation_id,
                f"{change.kind} {change.path}".strip(),
                names,
            )
            place.lines = uses(facade, operation_id, names, "enum" in change.kind)
            places.append(place)
    return places


def format_places(places: list[Place], facade: Path = FACADE) -> str:
    where = f"{facade.name}/ without {facade.name}/testing/"
    if not places:
        lines = [f"Facade places to revisit ({where}): none."]
    else:
        lines = [f"Facade places to revisit ({where}), by generated name:"]
        for place in places:
            names = ", ".join(name.label for name in place.names) or "(no generated name)"
            lines.append(f"  {place.operation} [{place.operation_id}] {place.change} -> {names}")
            lines += [f"    {line}" for line in place.lines] or ["    (no use in the facade)"]
    lines.append(
        "Next: run `make typecheck`; mypy names every facade line that no longer fits jogg_api."
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = OneLineParser(description="List the facade lines that a spec change may break.")
    parser.add_argument("old", help="the spec the facade was written against")
    parser.add_argument("new", help="the new spec")
    parser.add_argument("--facade", default=str(FACADE), help="the facade package folder")
    args = parser.parse_args()
    old, new = load_openapi(args.old), load_openapi(args.new)
    print(format_places(places_for(old, new, Path(args.facade)), Path(args.facade)), end="")
    return 0


if __name__ == "__main__":
    run_main(main, "facade_places.py")
