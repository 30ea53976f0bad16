"""The facade map (docs/facade-map.json): what every public method sends and where every
result field comes from, read off the code by calling it.

    make facade-map            (python -m tests.conformance.facade_map)

- Methods and builders: parameters from their signatures (kind, type as written, default,
  allowed values from ``Literal`` annotations); the operations a method calls and each
  parameter's wire fields by probing: the method is called against the recording fake API
  (tests/rest/support.py) with the samples of facade_samples.py, then once per parameter
  with it left out or changed, and the request fields that changed are its wire fields.
- Result types (``jogg.types.__all__``): each field's type and reading rule (from the type),
  its sources per operation by probing (an answer with every spec property filled with a
  distinct value; a property is a source of the fields that change when it is removed),
  and its fallbacks, the stray keys of ``jogg._wire.STRAYS``, in order.

tests/conformance/test_facade_map.py regenerates the map and fails when it differs from the
committed file. Output is deterministic (sorted keys, stable order).
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import re
import sys
import types
import typing
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import attrs

import jogg
import jogg.types
from jogg import _wire
from jogg._options import RequestOptions

from ..kit import ScriptedAPI, envelope
from ..rest import wire
from ..rest.support import rest_api
from .facade_samples import BUILDERS, DROP, METHODS, Sample

ROOT = Path(__file__).resolve().parents[2]
MAP_PATH = ROOT / "docs" / "facade-map.json"
SCHEMA_PATH = ROOT / "docs" / "facade-map.schema.json"
STAMP_PATH = ROOT / "generated" / "STAMP.json"
REGENERATE = "make facade-map"

# Answers for the look-ups of wait methods: a finished job, so that a wait looks once.
FINISHED: dict[str, Any] = {
    "get_product_video": {"video_id": "vid_1", "status": "completed"},
    "get_product_avatar_generation": {
        "batch_id": "ba_1",
        "generations": [{"generation_id": "ge_1", "status": "completed"}],
    },
}
# Requests to other hosts than the API's (the signed upload URL): named by what they are.
SIGNED_UPLOAD = "PUT sign_url"

Wire = dict[tuple[str, str], str]  # (operation, field) -> the values sent, as JSON


# --- calling the facade -----------------------------------------------------------------------


def _probe_api() -> ScriptedAPI:
    api = rest_api()
    for op_id, data in FINISHED.items():
        api.on_operation(op_id, envelope(data))
    return api


def _resource_names(client: jogg.Jogg) -> list[str]:
    return sorted(
        name
        for name in dir(client)
        if not name.startswith("_") and hasattr(getattr(client, name), "_transport")
    )


def _public_methods(resource: Any) -> list[str]:
    return sorted(
        name
        for name in dir(resource)
        if not name.startswith("_") and callable(getattr(resource, name))
    )


def _method(client: Any, key: str) -> Callable[..., Any]:
    resource, name = key.split(".")
    method: Callable[..., Any] = getattr(getattr(client, resource), name)
    return method


def _arguments(sample: Sample, param: str | None) -> dict[str, Any]:
    """The base arguments, or those of the probe of ``param``."""
    kwargs = dict(sample.kwargs)
    if param is None:
        return kwargs
    if param in sample.second:
        kwargs[param] = sample.second[param]
        for other, value in sample.also.get(param, {}).items():
            if value is DROP:
                kwargs.pop(other, None)
            else:
                kwargs[other] = value
    else:
        del kwargs[param]
    return kwargs


def _path_parameters(op_id: str, path: str) -> dict[str, str]:
    template = wire.operations()[op_id]["_path"]
    names = re.findall(r"\{([^}]+)\}", template)
    pattern = "^" + re.sub(r"\\\{[^}]+\\\}", "([^/]+)", re.escape(template)) + "$"
    found = re.match(pattern, path)
    assert found is not None, (op_id, path)
    return dict(zip(names, found.groups(), strict=True))


def _sent(api: ScriptedAPI) -> Wire:
    """Every field the recorded requests sent, by operation: ``path.<name>``,
    ``query.<name>``, ``body.<path>``; for the signed upload, its content type and body."""
    values: dict[tuple[str, str], set[str]] = {}

    def add(op: str, field: str, value: Any) -> None:
        values.setdefault((op, field), set()).add(json.dumps(value, sort_keys=True))

    others = iter(api.received)
    for request in api.requests:
        op_id = api.operation_of(request)
        if op_id is None:
            received = next(others)
            add(SIGNED_UPLOAD, "header.content-type", received.headers.get("content-type"))
            add(SIGNED_UPLOAD, "body", received.digest.hexdigest())
            continue
        for name, value in _path_parameters(op_id, request.url.path).items():
            add(op_id, f"path.{name}", value)
        for name, value in request.url.params.multi_items():
            add(op_id, f"query.{name}", value)
        if request.content:
            for path, found in wire.sent_values(json.loads(request.content), "body").items():
                for value in found:
                    add(op_id, path, value)
    return {key: json.dumps(sorted(found)) for key, found in values.items()}


def _call(key: str, kwargs: Mapping[str, Any], api: ScriptedAPI | None = None) -> Wire:
    api = api or _probe_api()
    client = api.sync_client()
    try:
        wire.run(lambda c: _method(c, key)(**kwargs), client)
    except jogg.JoggError as exc:
        raise AssertionError(
            f"{key}({', '.join(kwargs)}) was refused: {exc}; fix its sample in facade_samples.py"
        ) from exc
    finally:
        client.close()
    return _sent(api)


def _changed(base: Wire, probe: Wire, given: bool, others: set[tuple[str, str]]) -> Any:
    """The fields that differ between the base call and the probe of one argument. For an
    argument the base call leaves out (``given``), the fields that others fill are not its
    own: neither those the probe stops sending (the arguments it displaces) nor ``others``,
    the fields of arguments the probe sets along with it."""
    changed = {k for k in set(base) | set(probe) if base.get(k) != probe.get(k)}
    if given:
        changed -= (set(base) - set(probe)) | others
    return sorted(changed)


def _operations(api: ScriptedAPI) -> list[str]:
    found: list[str] = []
    for op in api.operations():
        name = op or SIGNED_UPLOAD
        if name not in found:
            found.append(name)
    return found


# --- parameters -------------------------------------------------------------------------------


def _literals(hint: Any) -> list[Any]:
    """The values of the ``Literal`` types in an annotation (through unions), in order."""
    origin = typing.get_origin(hint)
    if origin is typing.Literal:
        return list(typing.get_args(hint))
    if origin is typing.Annotated:
        return _literals(typing.get_args(hint)[0])
    if origin in (typing.Union, types.UnionType):
        found: list[Any] = []
        for arg in typing.get_args(hint):
            found.extend(v for v in _literals(arg) if v not in found)
        return found
    return []


def _hints(obj: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(obj, include_extras=True)
    except (NameError, TypeError):  # an annotation that does not resolve: text only
        return {}


def _text(annotation: Any) -> str:
    if isinstance(annotation, str):
        return annotation
    if isinstance(annotation, typing.ForwardRef):
        return annotation.__forward_arg__
    if isinstance(annotation, type):
        return annotation.__name__
    return str(annotation).replace("typing.", "")


def _json_default(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return repr(value)


def _parameter(name: str, kind: str, annotation: Any, hint: Any, default: Any) -> dict[str, Any]:
    required = default is inspect.Parameter.empty
    return {
        "name": name,
        "kind": kind,
        "type": _text(annotation),
        "required": required,
        "default": None if required else _json_default(default),
        "allowed_values": _literals(hint) or None,
    }


def _signature_parameters(func: Callable[..., Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The parameters of ``func`` (``**`` TypedDicts expanded), and what else it takes."""
    hints = _hints(func)
    found: list[dict[str, Any]] = []
    extra: dict[str, Any] = {"request_options": False}
    for param in inspect.signature(func).parameters.values():
        if param.name == "self":
            continue
        if param.kind is inspect.Parameter.VAR_KEYWORD:
            fields = typing.get_args(hints.get(param.name))
            typed = fields[0] if fields else None
            if typed is None:
                continue
            option_names = set(RequestOptions.__annotations__)
            extra["request_options"] = bool(option_names & set(typed.__annotations__))
            typed_hints = _hints(typed)
            for field, annotation in typed.__annotations__.items():
                if field not in option_names:
                    entry = _parameter(field, "keyword", annotation, typed_hints.get(field), None)
                    entry["via"] = f"**{param.name} ({typed.__name__})"
                    found.append(entry)
            continue
        kind = "keyword" if param.kind is inspect.Parameter.KEYWORD_ONLY else "positional"
        found.append(
            _parameter(param.name, kind, param.annotation, hints.get(param.name), param.default)
        )
    return found, extra


_JSON_TYPES = {str: "string", bool: "boolean", int: "integer", float: "number"}


def _decode(values: str) -> list[Any]:
    """The values a Wire entry holds."""
    return [json.loads(value) for value in json.loads(values)]


def _json_type(values: str) -> str:
    """The JSON type of the values sent in a field (path and query values are text)."""
    found = {_JSON_TYPES.get(type(v), "null" if v is None else "other") for v in _decode(values)}
    return found.pop() if len(found) == 1 else "mixed"


def _wire_entries(changed: list[tuple[str, str]], base: Wire, probe: Wire) -> list[dict[str, str]]:
    return [
        {
            "operation": op,
            "field": field,
            "json_type": _json_type(base.get((op, field)) or probe[(op, field)]),
        }
        for op, field in changed
    ]


def _candidates(entry: Mapping[str, Any]) -> list[Any]:
    """The argument values whose wire values the map lists: the allowed ones, or both
    booleans."""
    if entry["allowed_values"]:
        return list(entry["allowed_values"])
    if re.search(r"\bbool\b", entry["type"]):
        return [True, False]
    return []


def _values_sent(
    sample: Sample,
    entry: Mapping[str, Any],
    call: Callable[[Mapping[str, Any]], Wire],
) -> list[dict[str, Any]] | None:
    """Each candidate value with the value it is sent as, when one field carries it and
    some value goes out otherwise than it was given (``portrait`` as ``"2:3"``)."""
    name = entry["name"]
    fields = [(w["operation"], w["field"]) for w in entry["wire"]]
    candidates = _candidates(entry)
    if len(fields) != 1 or not candidates:
        return None
    kwargs = _arguments(sample, None if name in sample.kwargs else name)
    pairs = []
    for value in candidates:
        try:
            sent = _decode(call({**kwargs, name: value}).get(fields[0], '["null"]'))
        except (jogg.JoggError, AssertionError):
            continue  # refused with the other sample arguments (a text variable's type)
        pairs.append({"given": value, "sent": sent[0] if len(sent) == 1 else sent})
    if all(p["given"] == p["sent"] and type(p["given"]) is type(p["sent"]) for p in pairs):
        return None
    return pairs


def _probe_parameters(
    key: str,
    sample: Sample,
    parameters: list[dict[str, Any]],
    call: Callable[[Mapping[str, Any]], Wire],
) -> None:
    base = call(_arguments(sample, None))
    for entry in parameters:
        name = entry["name"]
        if name not in sample.kwargs and name not in sample.second:
            raise AssertionError(f"{key}: no sample for {name!r} in facade_samples.py")
        if name in sample.kwargs and name not in sample.second and entry["required"]:
            raise AssertionError(f"{key}: {name!r} is required: give it a second sample value")
        probe = call(_arguments(sample, name))
        others = {
            (w["operation"], w["field"])
            for other in parameters
            if other["name"] in sample.also.get(name, {})
            and sample.also[name][other["name"]] is not DROP
            for w in other.get("wire", [])
        }
        changed = _changed(base, probe, name not in sample.kwargs, others)
        entry["wire"] = _wire_entries(changed, base, probe)
        values = _values_sent(sample, entry, call)
        if values is not None:
            entry["values_sent"] = values


def _method_entry(key: str, func: Callable[..., Any], async_func: Callable[..., Any]) -> Any:
    if inspect.signature(func).parameters != inspect.signature(async_func).parameters:
        raise AssertionError(f"{key}: the async twin takes other parameters")
    sample = METHODS.get(key)
    if sample is None:
        raise AssertionError(f"{key}: a public method without a sample in facade_samples.py")
    parameters, extra = _signature_parameters(func)
    api = _probe_api()
    _call(key, _arguments(sample, None), api)
    operations = _operations(api)
    if operations:
        _probe_parameters(key, sample, parameters, lambda kwargs: _call(key, kwargs))
    else:  # local (webhook verification): nothing is sent
        for entry in parameters:
            entry["wire"] = []
    return {
        "operations": operations,
        "returns": _text(inspect.signature(func).return_annotation),
        **extra,
        "parameters": parameters,
    }


def _methods() -> dict[str, Any]:
    client = jogg.Jogg("map-key", base_url="https://api.test.example")
    async_client = jogg.AsyncJogg("map-key", base_url="https://api.test.example")
    found: dict[str, Any] = {}
    if _resource_names(client) != _resource_names(async_client):
        raise AssertionError("Jogg and AsyncJogg have different resources")
    for resource in _resource_names(client):
        names = _public_methods(getattr(client, resource))
        if names != _public_methods(getattr(async_client, resource)):
            raise AssertionError(f"{resource}: Jogg and AsyncJogg have different methods")
        for name in names:
            key = f"{resource}.{name}"
            found[key] = _method_entry(key, _method(client, key), _method(async_client, key))
    stale = sorted(set(METHODS) - set(found))
    if stale:
        raise AssertionError(f"facade_samples.py has samples for no method: {stale}")
    return found


# --- builders ---------------------------------------------------------------------------------


def _builder_entry(name: str) -> dict[str, Any]:
    sample, host, slot = BUILDERS[name]
    cls = getattr(jogg, name)
    hints = _hints(cls)
    init = inspect.signature(cls)
    parameters = []
    for field in attrs.fields(cls):
        param = init.parameters[field.alias]
        kind = "keyword" if param.kind is inspect.Parameter.KEYWORD_ONLY else "positional"
        default = inspect.Parameter.empty if field.default is attrs.NOTHING else field.default
        parameters.append(_parameter(field.name, kind, field.type, hints.get(field.name), default))
    host_sample = METHODS[host]

    def call(kwargs: Mapping[str, Any]) -> Wire:
        built = cls(**kwargs)
        host_kwargs = dict(host_sample.kwargs)
        host_kwargs[slot.removesuffix("[]")] = [built] if slot.endswith("[]") else built
        return _call(host, host_kwargs)

    _probe_parameters(name, sample, parameters, call)
    constructors = {
        attr: [
            _parameter(
                p.name,
                "keyword" if p.kind is inspect.Parameter.KEYWORD_ONLY else "positional",
                p.annotation,
                _hints(getattr(cls, attr)).get(p.name),
                p.default,
            )
            for p in inspect.signature(getattr(cls, attr)).parameters.values()
        ]
        for attr, value in sorted(vars(cls).items())
        if isinstance(value, classmethod) and not attr.startswith("_")
    }
    return {
        "sent_by": f"{host} ({slot.removesuffix('[]')})",
        "parameters": parameters,
        **({"constructors": constructors} if constructors else {}),
    }


# --- results ----------------------------------------------------------------------------------

_OPTIONAL = re.compile(r"^(.*) \| None$")
_LIST = re.compile(r"^tuple\[(\w+), \.\.\.\]$")
_SCALARS: dict[str, tuple[str, list[str]]] = {
    "str": ("text", ["R-PARSE-2"]),
    "int": ("integer", ["R-PARSE-2"]),
    "float": ("number", ["R-PARSE-2"]),
    "bool": ("boolean", ["R-PARSE-1"]),
    "datetime": ("timestamp", ["R-PARSE-4"]),
    "JobStatus": ("status", ["R-STATUS-1", "R-STATUS-2"]),
    "JobError": ("job error", ["R-PARSE-5"]),
}


def reading_rule(type_name: str, type_text: str, field: str) -> dict[str, Any]:
    """How a field of this type is read, and the docs/facade.md rules that say so."""
    optional = _OPTIONAL.match(type_text)
    core = optional.group(1) if optional else type_text
    listed = _LIST.match(core)
    if listed:
        item = listed.group(1)
        read = "list of text" if item == "str" else f"list of {item}"
        rules = ["R-PARSE-7"]
    elif core in _SCALARS:
        read, rules = _SCALARS[core]
        rules = list(rules)
    else:
        read, rules = core, []
    if field == "id" and read in ("text", "integer"):
        rules.append("R-PARSE-3")
    if type_name == "ProductAvatarBatch" and field == "status":
        rules.append("R-STATUS-4")
    if optional:
        rules.append("R-PARSE-1")
    return {"read_as": read, "nullable": bool(optional), "rules": list(dict.fromkeys(rules))}


def _flatten(result: Any, path: str, found: dict[str, Any], parents: dict[str, str]) -> None:
    """``Type.field`` -> its values in a result, and in the results a field lists
    (``Product.media``); ``parents`` maps the listed results' keys to that field. Other
    values (a JobStatus, a JobError) are compared whole."""
    if isinstance(result, list | tuple):
        for index, item in enumerate(result):
            _flatten(item, f"{path}[{index}]", found, parents)
        return
    if not attrs.has(type(result)):
        return
    type_name = type(result).__name__
    for field in attrs.fields(type(result)):
        if field.name in ("raw", "_files"):
            continue
        value = getattr(result, field.name)
        key = f"{type_name}.{field.name}"
        found.setdefault(key, []).append(repr(value))
        for item in value if isinstance(value, tuple) else ():
            if attrs.has(type(item)):
                for sub in attrs.fields(type(item)):
                    parents.setdefault(f"{type(item).__name__}.{sub.name}", key)
                _flatten(item, f"{path}.{field.name}", found, parents)


def _read(key: str, op_id: str, answer: Any) -> tuple[dict[str, Any], dict[str, str]]:
    api = _probe_api()
    api.on_operation(op_id, envelope(answer))
    client = api.sync_client()
    try:
        result = wire.run(lambda c: _method(c, key)(**METHODS[key].kwargs), client)
    finally:
        client.close()
    found: dict[str, Any] = {}
    parents: dict[str, str] = {}
    _flatten(result, "", found, parents)
    return found, parents


def _reader_of(op_id: str, methods: Mapping[str, Any]) -> str | None:
    """The method that reads ``op_id``'s answer: one that calls no other operation of the
    API (and is no wait)."""
    for key, entry in methods.items():
        api_calls = [op for op in entry["operations"] if op != SIGNED_UPLOAD]
        if api_calls == [op_id] and not key.split(".")[1].startswith("wait"):
            return key
    return None


def _other(value: Any, schema: Mapping[str, Any]) -> Any:
    """Another value of the same kind, for a property the answer cannot do without."""
    if "enum" in schema:
        options = [v for v in schema["enum"] if v != value]
        return options[0] if options else value
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | float):
        return value + 7
    return f"{value}-2"


def _at(value: Any, path: list[str], change: Callable[[Any], Any]) -> Any:
    """A copy of ``value`` with the leaf at ``path`` changed ("[]": in every list item)."""
    head, rest = path[0], path[1:]
    if head == "[]":
        return [_at(item, rest, change) if rest else change(item) for item in value]
    copy = dict(value)
    copy[head] = _at(copy[head], rest, change) if rest else change(copy[head])
    return copy


def _changed_fields(before: Mapping[str, Any], after: Mapping[str, Any]) -> list[str]:
    return sorted(k for k in set(before) | set(after) if before.get(k) != after.get(k))


def _operation_sources(key: str, op_id: str, schema: Any) -> dict[str, list[str]]:
    """``Type.field`` -> the answer paths of ``op_id`` it is read from. First the paths whose
    removal from a full answer changes it (an answer that cannot do without one: a changed
    value; a sentinel the code maps to nothing: the spec's example), then the paths it is
    read from only when those are absent (a fallback within the spec's own properties)."""
    full = wire.fill(schema, wire.Sentinels())
    base, parents = _read(key, op_id, full)
    primary: dict[str, set[str]] = {type_field: set() for type_field in base}
    leaves = wire.leaves(schema, "")
    unused: list[str] = []
    for path, leaf in leaves:
        steps = wire.split(path)
        try:
            probe, _ = _read(key, op_id, wire.without(full, steps))
            before = base
            if not _changed_fields(base, probe) and "example" in leaf:
                before, _ = _read(key, op_id, _at(full, steps, lambda _, e=leaf["example"]: e))
        except jogg.JoggError:  # the answer cannot be read without it: change it instead
            before = base
            probe, _ = _read(key, op_id, _at(full, steps, lambda v, s=leaf: _other(v, s)))
        changed = _changed_fields(before, probe)
        if not changed:
            unused.append(path)
        for type_field in changed:
            primary.setdefault(type_field, set()).add(f"data.{path}")
            parent = parents.get(type_field)
            if parent is not None:
                container = f"data.{path}"
                if "[]" in container:
                    container = container[: container.rindex("[]") + 2]
                primary.setdefault(parent, set()).add(container)
    found = {type_field: sorted(paths) for type_field, paths in primary.items()}
    leaf_paths = {f"data.{path}" for path, _ in leaves}
    for type_field, paths in primary.items():
        own = [p for p in sorted(paths) if p in leaf_paths]
        if not own or not unused:
            continue
        reduced = full
        for path in own:
            reduced = wire.without(reduced, wire.split(path.removeprefix("data.")))
        try:
            without_own, _ = _read(key, op_id, reduced)
        except jogg.JoggError:
            continue
        for path in unused:
            try:
                probe, _ = _read(key, op_id, wire.without(reduced, wire.split(path)))
            except jogg.JoggError:
                continue
            if without_own.get(type_field) != probe.get(type_field):
                found[type_field].append(f"data.{path}")
    return found


def _sources(methods: Mapping[str, Any]) -> dict[str, dict[str, list[str]]]:
    """``Type.field`` -> operation -> the answer paths (``data.…``) it is read from."""
    found: dict[str, dict[str, list[str]]] = {}
    for op_id in sorted(wire.operations()):
        schema = wire.response_data(op_id)
        key = _reader_of(op_id, methods)
        if not schema or key is None:
            continue
        for type_field, paths in _operation_sources(key, op_id, schema).items():
            found.setdefault(type_field, {})[op_id] = paths
    return found


def _results(methods: Mapping[str, Any]) -> dict[str, Any]:
    sources = _sources(methods)
    found: dict[str, Any] = {}
    for type_name in sorted(jogg.types.__all__):
        cls = getattr(jogg.types, type_name)
        fields = []
        for field in attrs.fields(cls):
            if field.name in ("raw", "_files"):
                continue
            key = f"{type_name}.{field.name}"
            type_text = _text(field.type)
            fields.append(
                {
                    "name": field.name,
                    "type": type_text,
                    **reading_rule(type_name, type_text, field.name),
                    "sources": sources.get(key, {}),
                    "fallbacks": list(_wire.STRAYS.get(key, ())),
                }
            )
        returned_by = sorted(
            {op for f in fields for op in sources.get(f"{type_name}.{f['name']}", {})}
        )
        found[type_name] = {"returned_by": returned_by, "fields": fields}
    for type_name, entry in found.items():  # a type that other results hold (JobError)
        entry["held_by"] = sorted(
            f"{other}.{f['name']}"
            for other, other_entry in found.items()
            for f in other_entry["fields"]
            if re.search(rf"\b{type_name}\b", f["type"])
        )
    unknown = sorted(k for k in _wire.STRAYS if k.split(".")[0] not in found)
    if unknown:
        raise AssertionError(f"STRAYS names fields of no result type: {unknown}")
    return found


# --- the map ----------------------------------------------------------------------------------


def build() -> dict[str, Any]:
    stamp = json.loads(STAMP_PATH.read_text(encoding="utf-8"))
    quiet = logging.getLogger("jogg")
    level = quiet.level
    quiet.setLevel(logging.ERROR)  # the probes' answers repeat list pages on purpose
    try:
        methods = _methods()
        builders = {name: _builder_entry(name) for name in sorted(BUILDERS)}
        results = _results(methods)
    finally:
        quiet.setLevel(level)
    return {
        "$schema": "./facade-map.schema.json",
        "about": (
            "The Python facade, read off the code by tests/conformance/facade_map.py "
            f"(`{REGENERATE}`); docs/facade.md has the rules, tests/conformance/vectors "
            "the cases. AsyncJogg has the same resources, methods and parameters as Jogg "
            "(its methods are coroutines, its lists async iterators); they are given once."
        ),
        "jogg_version": jogg.__version__,
        "spec": {"path": stamp["spec"]["path"], "sha256": stamp["spec"]["sha256"]},
        "request_options": {
            name: _text(annotation) for name, annotation in RequestOptions.__annotations__.items()
        },
        "methods": methods,
        "builders": builders,
        "results": results,
    }


def render(document: Mapping[str, Any]) -> str:
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def main(argv: list[str]) -> int:
    text = render(build())
    if "--check" in argv:
        if MAP_PATH.read_text(encoding="utf-8") != text:
            print(f"{MAP_PATH.relative_to(ROOT)} is out of date: run `{REGENERATE}`")
            return 1
        return 0
    MAP_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {MAP_PATH.relative_to(ROOT)} ({len(text)} bytes, sha256 {digest(text)[:12]})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
