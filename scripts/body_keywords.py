"""Write jogg_api/body_keywords.py: the optional request-body fields that the facade does
not send under a name of its own, as typed keyword arguments.

The facade builds every request body with the generated body models, so the fields it
knows are the keyword arguments it passes to their constructors in jogg/. A field the
vendor adds later is in the spec (and in the generated model) but in no such call. For
each operation with a JSON body this module emits a TypedDict of those new optional
fields (a leaf name where it is free, else the path joined with ``_``) and a table that
tells the facade where each one goes in the body and which values it takes. The facade's
methods unpack that TypedDict among their keyword arguments, so after `make generate` a
new field is a typed keyword of the method that sends its body, with no hand edit.

Run by scripts/generate.py after openapi-python-client; `make check-drift` compares the
output like the rest of the package. Names that could collide with the facade's own
parameters are taken from the facade's source (parameter names, TypedDict keys and the
fields it passes), read with ``ast`` so that nothing of jogg is imported here.
"""

from __future__ import annotations

import ast
import keyword
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openapi_python_client.strings import ClassName, PythonIdentifier
from speclib import REPO_ROOT

FACADE = REPO_ROOT / "jogg"
# Parts of jogg/ that never build a request body.
NOT_FACADE = ("testing", "cli", "batch")
MODULE_NAME = "body_keywords.py"
SCHEMA_REF_PREFIX = "#/components/schemas/"
# Keyword values by the JSON type of the spec (enums become Literal[...]).
PYTHON_TYPES = {
    "string": "str",
    "integer": "int",
    "number": "float",
    "boolean": "bool",
    "array": "list[Any]",
    "object": "dict[str, Any]",
}


@dataclass
class Facade:
    """What jogg/'s source says about the body models it uses."""

    # Generated class name -> the attributes the facade passes to its constructor.
    claims: dict[str, set[str]] = field(default_factory=dict)
    # Module path -> generated class names it constructs, and endpoint modules it imports.
    constructs: dict[str, set[str]] = field(default_factory=dict)
    endpoints: dict[str, set[str]] = field(default_factory=dict)
    # Module path -> parameter names and class fields (TypedDict keys too) defined there.
    names: dict[str, set[str]] = field(default_factory=dict)
    # Keys of the per-call options (RequestOptions), which share every method's **kwargs.
    option_names: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class NewField:
    keyword: str
    path: tuple[str, ...]
    kind: str
    values: tuple[Any, ...]
    python_type: str


@dataclass
class Operation:
    operation_id: str
    fields: list[NewField]
    # Fields that could not become keywords, with why (shown as comments).
    left_out: list[str]


class NoFacade(Exception):
    """The facade's source is not where generation reads it."""


# ast.parse is not thread-safe in CPython 3.11 ("AST constructor recursion depth
# mismatch"), and the tests generate twice at once in two threads.
_PARSING = threading.Lock()


def read_facade(root: Path = FACADE) -> Facade:
    with _PARSING:
        return _read_facade(root)


def _read_facade(root: Path) -> Facade:
    if not (root / "__init__.py").is_file():
        # Without it every body field would look new: refuse rather than write that.
        raise NoFacade(f"no facade package at {root}: body_keywords reads jogg/'s source")
    facade = Facade()
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        if relative.parts[0] in NOT_FACADE:
            continue
        key = relative.as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        models: dict[str, str] = {}  # local name -> generated class name
        constructs: set[str] = set()
        endpoints: set[str] = set()
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("jogg_api.models."):
                    for alias in node.names:
                        models[alias.asname or alias.name] = alias.name
                elif node.module.startswith("jogg_api.api."):
                    endpoints.update(alias.name for alias in node.names)
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                cls = models.get(node.func.id)
                if cls is not None:
                    constructs.add(cls)
                    passed = {k.arg for k in node.keywords if k.arg is not None}
                    facade.claims.setdefault(cls, set()).update(passed)
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                arguments = node.args
                every = [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]
                names.update(a.arg for a in every)
            elif isinstance(node, ast.ClassDef):
                # Fields of any class here (TypedDicts of keyword arguments among them).
                keys = {
                    s.target.id
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                }
                names.update(keys)
                if node.name == "RequestOptions":
                    facade.option_names.update(keys)
        facade.constructs[key] = constructs
        facade.endpoints[key] = endpoints
        facade.names[key] = names
    return facade


def resolve(schema: Any, spec: dict[str, Any]) -> dict[str, Any]:
    while isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
        name = schema["$ref"].removeprefix(SCHEMA_REF_PREFIX)
        schema = spec.get("components", {}).get("schemas", {}).get(name, {})
    return schema if isinstance(schema, dict) else {}


def body_schemas(spec: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(operationId, JSON body schema) for every operation that takes a JSON body."""
    for item in spec.get("paths", {}).values():
        if not isinstance(item, dict):
            continue
        for operation in item.values():
            if not isinstance(operation, dict) or "requestBody" not in operation:
                continue
            content = resolve(operation["requestBody"], spec).get("content", {})
            media = content.get("application/json")
            if isinstance(media, dict) and "schema" in media:
                yield str(operation["operationId"]), resolve(media["schema"], spec)


def class_name(*parts: str) -> str:
    """The generated class of an inline object schema, named as openapi-python-client does."""
    return str(ClassName("_".join(parts), prefix=""))


def python_name(wire: str) -> str:
    return str(PythonIdentifier(wire, prefix="field_"))


def describe(schema: dict[str, Any]) -> tuple[str, tuple[Any, ...], str]:
    """(kind, allowed values, Python type) of a field's schema."""
    kind = schema.get("type")
    values = tuple(schema.get("enum") or ())
    if not isinstance(kind, str) or kind not in PYTHON_TYPES:
        return "any", (), "Any"
    if values:
        return kind, values, "Literal[" + ", ".join(repr(v) for v in values) + "]"
    return kind, (), PYTHON_TYPES[kind]


def operation_fields(
    operation_id: str, schema: dict[str, Any], spec: dict[str, Any], facade: Facade
) -> Operation:
    operation = Operation(operation_id, [], [])
    root = class_name(operation_id, "body")
    if root not in facade.claims:
        operation.left_out.append(f"the facade builds no {root}: nothing is sent")
        return operation
    found: list[tuple[tuple[str, ...], dict[str, Any]]] = []
    classes = {root}

    def walk(node: dict[str, Any], cls: str, path: tuple[str, ...]) -> None:
        required = set(node.get("required") or ())
        for wire, sub in sorted((node.get("properties") or {}).items()):
            sub = resolve(sub, spec)
            here = (*path, wire)
            if python_name(wire) in facade.claims.get(cls, set()):
                nested = class_name(cls, wire)
                if sub.get("properties") and nested in facade.claims:
                    classes.add(nested)
                    walk(sub, nested, here)
            elif wire in required:
                note = f"{'.'.join(here)}: required, and no facade call sends it"
                operation.left_out.append(note)
            else:
                found.append((here, sub))

    walk(schema, root, ())
    taken = set(facade.option_names)
    for cls in classes:
        taken |= facade.claims[cls]
    for module, constructs in facade.constructs.items():
        if operation_id in facade.endpoints[module] or constructs & classes:
            taken |= facade.names[module]
    for path, sub in found:
        name = _free_keyword(path, taken)
        if name is None:
            operation.left_out.append(
                f"{'.'.join(path)}: its names are taken by the facade (send it with extra_body)"
            )
            continue
        taken.add(name)
        kind, values, python_type = describe(sub)
        operation.fields.append(NewField(name, path, kind, values, python_type))
    return operation


def _free_keyword(path: tuple[str, ...], taken: set[str]) -> str | None:
    for candidate in (python_name(path[-1]), python_name("_".join(path))):
        usable = candidate.isidentifier() and not keyword.iskeyword(candidate)
        if usable and not candidate.startswith("_") and candidate not in taken:
            return candidate
    return None


def keywords_class(operation_id: str) -> str:
    return class_name(operation_id, "keywords")


def render(operations: list[Operation]) -> str:
    lines = [
        '"""Optional request-body fields that the facade does not send under a name of its',
        "own: the spec has them, no facade call passes them yet. Each TypedDict is unpacked",
        "among the keyword arguments of the facade methods that send that body; FIELDS says",
        "where each keyword goes in the body (a path of wire names) and which values it takes.",
        "Written by scripts/body_keywords.py from the spec and the facade's source.",
        '"""',
        "",
        "from typing import Any, Literal, TypedDict",
        "",
        "__all__ = ["
        + ", ".join([repr(keywords_class(o.operation_id)) for o in operations] + ['"FIELDS"'])
        + "]",
        "",
    ]
    for operation in operations:
        lines += ["", f"class {keywords_class(operation.operation_id)}(TypedDict, total=False):"]
        lines.append(f'    """New optional fields of the {operation.operation_id} body."""')
        for new in operation.fields:
            lines += ["", f"    {new.keyword}: {new.python_type}"]
            if new.path != (new.keyword,):
                lines.append(f"    # sent as {'.'.join(new.path)}")
        for note in operation.left_out:
            lines.append(f"    # not a keyword: {note}")
        lines.append("")
    lines += [
        "",
        "# operationId -> keyword -> (path in the body, JSON type, allowed values or ()).",
        "FIELDS: dict[str, dict[str, tuple[tuple[str, ...], str, tuple[Any, ...]]]] = {",
    ]
    for operation in operations:
        entries = ", ".join(
            f"{n.keyword!r}: ({n.path!r}, {n.kind!r}, {n.values!r})" for n in operation.fields
        )
        lines.append(f"    {operation.operation_id!r}: {{{entries}}},")
    lines.append("}")
    return "\n".join(lines) + "\n"


def all_operations(spec: dict[str, Any], facade_root: Path = FACADE) -> list[Operation]:
    facade = read_facade(facade_root)
    return [
        operation_fields(operation_id, schema, spec, facade)
        for operation_id, schema in sorted(body_schemas(spec))
    ]


def write(spec: dict[str, Any], package: Path, facade_root: Path = FACADE) -> Path:
    """Write ``package``/body_keywords.py for ``spec``; returns its path."""
    target = package / MODULE_NAME
    target.write_text(render(all_operations(spec, facade_root)), encoding="utf-8")
    return target


def report(spec: dict[str, Any], facade_root: Path = FACADE) -> str:
    """What update-spec prints: the body fields that are now keywords, and those that
    cannot be (a required field no call sends, a name the facade already uses)."""
    lines = []
    for operation in all_operations(spec, facade_root):
        for new in operation.fields:
            where = ".".join(new.path)
            lines.append(f"  {operation.operation_id}: {new.keyword}= ({where}, {new.python_type})")
        lines += [f"  {operation.operation_id}: NOT a keyword: {n}" for n in operation.left_out]
    if not lines:
        return ""
    head = "Body fields no facade parameter names; typed keywords of the methods that send them:"
    return head + "\n" + "\n".join(lines) + "\n"
