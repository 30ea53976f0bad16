"""Compare two OpenAPI specs by their facts and report what changed for SDK users.

    python scripts/spec_diff.py OLD NEW [--format text|json]

OLD and NEW are the vendor's specs or ours (file paths or http(s) URLs). Operations are
named `METHOD /path`; fields are named by their path inside the request or response body
(`video_spec.length`, `variables[].properties.url`; `[]` stands for the items of an
array). Descriptions, examples and key order are ignored: only paths, methods,
parameters, types, formats, enums and required-ness count.

Exit status: 0 when nothing breaking changed, 1 when something did, 2 on bad input.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

from speclib import OneLineParser, fail, load_openapi, operations, run_main

# Areas of an operation whose fields are compared.
PARAMETER = "parameter"
REQUEST = "request_field"
RESPONSE = "response_field"


@dataclass(frozen=True)
class FieldFacts:
    """What a client can rely on about one parameter or body field."""

    type: str
    format: str | None
    enum: tuple[Any, ...] | None
    required: bool
    where: str = ""  # parameters only: query, path, header or cookie


@dataclass(frozen=True)
class Change:
    kind: str
    path: str
    breaking: bool
    detail: str


@dataclass
class OperationChanges:
    operation: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class MovedOperation:
    moved_from: str
    moved_to: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class Report:
    added_operations: list[str] = field(default_factory=list)
    removed_operations: list[str] = field(default_factory=list)
    changed_operations: list[OperationChanges] = field(default_factory=list)
    # Removed and added operations that differ only by a path prefix, with the changes
    # between the two. Informational: they stay listed as removed and added (callers must
    # change paths), but a prefix move should not hide what changed inside an operation.
    moved_operations: list[MovedOperation] = field(default_factory=list)

    @property
    def breaking(self) -> bool:
        return bool(self.removed_operations) or any(
            change.breaking for op in self.changed_operations for change in op.changes
        )

    @property
    def empty(self) -> bool:
        return not (self.added_operations or self.removed_operations or self.changed_operations)

    def to_json(self) -> dict[str, Any]:
        return {
            "added_operations": self.added_operations,
            "removed_operations": self.removed_operations,
            "changed_operations": [
                {"operation": op.operation, "changes": [asdict(c) for c in op.changes]}
                for op in self.changed_operations
            ],
            "moved_operations": [
                {
                    "from": move.moved_from,
                    "to": move.moved_to,
                    "changes": [asdict(c) for c in move.changes],
                }
                for move in self.moved_operations
            ],
        }


# --- reading facts ---------------------------------------------------------------------


class Resolver:
    """Follows local `$ref`s (`#/components/...`) inside one document."""

    def __init__(self, document: dict[str, Any], source: str) -> None:
        self.document = document
        self.source = source

    def resolve(self, node: Any) -> Any:
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref: str = node["$ref"]
            if ref in seen:
                fail(f"{self.source}: circular $ref {ref}")
            seen.add(ref)
            if not ref.startswith("#/"):
                fail(f"{self.source}: only local $refs are supported, got {ref}")
            target: Any = self.document
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                if not isinstance(target, dict) or part not in target:
                    fail(f"{self.source}: unresolvable $ref {ref}")
                target = target[part]
            node = target
        return node

    def merged(self, schema: Any, stack: tuple[int, ...] = ()) -> dict[str, Any]:
        """The schema with refs resolved and allOf members folded in."""
        schema = self.resolve(schema)
        if not isinstance(schema, dict):
            return {}
        if id(schema) in stack:
            return {}
        result = {k: v for k, v in schema.items() if k != "allOf"}
        for member in schema.get("allOf", []) or []:
            part = self.merged(member, (*stack, id(schema)))
            properties = {**part.get("properties", {}), **result.get("properties", {})}
            required = list(part.get("required", [])) + [
                name for name in result.get("required", []) if name not in part.get("required", [])
            ]
            for key, value in part.items():
                result.setdefault(key, value)
            if properties:
                result["properties"] = properties
            if required:
                result["required"] = required
        return result


def type_label(schema: dict[str, Any], resolver: Resolver) -> str:
    declared = schema.get("type")
    if isinstance(declared, list):
        return "|".join(sorted(str(t) for t in declared))
    if isinstance(declared, str):
        return declared
    for key in ("oneOf", "anyOf"):
        members = schema.get(key)
        if isinstance(members, list):
            labels = sorted({type_label(resolver.merged(m), resolver) for m in members})
            return f"{key}({','.join(labels)})"
    if "properties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return "any"


def facts_of(
    schema: dict[str, Any], required: bool, resolver: Resolver, where: str = ""
) -> FieldFacts:
    enum = schema.get("enum")
    return FieldFacts(
        type=type_label(schema, resolver),
        format=schema.get("format") if isinstance(schema.get("format"), str) else None,
        enum=tuple(enum) if isinstance(enum, list) else None,
        required=required,
        where=where,
    )


def flatten(
    schema: Any,
    prefix: str,
    resolver: Resolver,
    out: dict[str, FieldFacts],
    stack: tuple[int, ...] = (),
) -> None:
    """Record the facts of every field below `schema`, keyed by dotted path."""
    resolved = resolver.resolve(schema)
    if not isinstance(resolved, dict) or id(resolved) in stack:
        return  # a recursive schema: its fields are already recorded above
    merged = resolver.merged(resolved)
    stack = (*stack, id(resolved))
    required = set(merged.get("required", []) or [])
    for name, sub in (merged.get("properties") or {}).items():
        path = f"{prefix}.{name}" if prefix else str(name)
        sub_schema = resolver.merged(sub)
        out[path] = facts_of(sub_schema, name in required, resolver)
        flatten(sub, path, resolver, out, stack)
    items = merged.get("items")
    if isinstance(items, dict):
        path = f"{prefix}[]"
        # Array items have no required-ness of their own; always "required".
        out[path] = facts_of(resolver.merged(items), True, resolver)
        flatten(items, path, resolver, out, stack)


def json_schema(body: Any, resolver: Resolver) -> Any:
    """The schema of a request or response body, preferring JSON content."""
    body = resolver.resolve(body)
    content = body.get("content") if isinstance(body, dict) else None
    if not isinstance(content, dict) or not content:
        return None
    for media_type in sorted(content, key=lambda m: (not m.startswith("application/json"), m)):
        media = content[media_type]
        if isinstance(media, dict) and "schema" in media:
            return media["schema"]
    return None


@dataclass
class OperationFacts:
    parameters: dict[str, FieldFacts]
    body: FieldFacts | None  # the request body as a whole: present, required
    request: dict[str, FieldFacts]
    responses: dict[str, dict[str, FieldFacts]]


def operation_facts(
    path_item: dict[str, Any], operation: dict[str, Any], resolver: Resolver
) -> OperationFacts:
    parameters: dict[str, FieldFacts] = {}
    raw_parameters = list(path_item.get("parameters", []) or []) + list(
        operation.get("parameters", []) or []
    )
    for raw in raw_parameters:
        parameter = resolver.resolve(raw)
        if not isinstance(parameter, dict) or "name" not in parameter:
            continue
        schema = resolver.merged(parameter.get("schema", {}))
        where = str(parameter.get("in", "query"))
        parameters[str(parameter["name"])] = facts_of(
            schema, bool(parameter.get("required", False)), resolver, where
        )

    request: dict[str, FieldFacts] = {}
    body: FieldFacts | None = None
    raw_body = resolver.resolve(operation.get("requestBody"))
    if isinstance(raw_body, dict):
        schema = json_schema(raw_body, resolver)
        merged = resolver.merged(schema) if schema is not None else {}
        body = facts_of(merged, bool(raw_body.get("required", False)), resolver)
        if schema is not None:
            flatten(schema, "", resolver, request)

    responses: dict[str, dict[str, FieldFacts]] = {}
    for status, raw_response in (operation.get("responses") or {}).items():
        fields: dict[str, FieldFacts] = {}
        schema = json_schema(raw_response, resolver)
        if schema is not None:
            flatten(schema, "", resolver, fields)
        responses[str(status)] = fields
    return OperationFacts(parameters, body, request, responses)


def all_operation_facts(document: dict[str, Any], source: str) -> dict[str, OperationFacts]:
    resolver = Resolver(document, source)
    return {
        f"{method} {path}": operation_facts(document["paths"][path], operation, resolver)
        for method, path, operation in operations(document)
    }


# --- comparing -------------------------------------------------------------------------


def has_ancestor_in(path: str, paths: set[str]) -> bool:
    """True when a containing field of `path` is in `paths` (report subtrees once)."""
    cut = len(path)
    while True:
        cut = max(path.rfind(".", 0, cut), path.rfind("[]", 0, cut))
        if cut <= 0:
            return False
        if path[:cut] in paths:
            return True


def describe(facts: FieldFacts) -> str:
    text = facts.type + (f" ({facts.format})" if facts.format else "")
    if facts.enum is not None:
        text += " enum " + json.dumps(list(facts.enum))
    return ("required " if facts.required else "optional ") + text


def compare_fields(
    area: str,
    old: dict[str, FieldFacts],
    new: dict[str, FieldFacts],
    label: str = "",
) -> list[Change]:
    """Changes between two flattened field maps of one area (parameters, request, ...)."""
    changes: list[Change] = []
    is_request = area in (PARAMETER, REQUEST)
    added = set(new) - set(old)
    removed = set(old) - set(new)
    for path in sorted(set(old) | set(new)):
        shown = label + path
        where = ""
        if area == PARAMETER:
            where = f"{(new.get(path) or old[path]).where} parameter; "
        if path in added:
            if has_ancestor_in(path, added):
                continue
            facts = new[path]
            breaking = is_request and facts.required
            changes.append(Change(f"{area}_added", shown, breaking, where + describe(facts)))
            continue
        if path in removed:
            if has_ancestor_in(path, removed):
                continue
            changes.append(Change(f"{area}_removed", shown, True, where + describe(old[path])))
            continue
        before, after = old[path], new[path]
        if before.type != after.type:
            changes.append(
                Change(f"{area}_type_changed", shown, True, f"{before.type} -> {after.type}")
            )
        if before.format != after.format:
            changes.append(
                Change(
                    f"{area}_format_changed",
                    shown,
                    False,
                    f"{before.format or 'none'} -> {after.format or 'none'}",
                )
            )
        changes.extend(compare_enums(area, shown, before.enum, after.enum, is_request))
        if before.required != after.required:
            if after.required:
                changes.append(
                    Change(f"{area}_now_required", shown, is_request, "optional -> required")
                )
            else:
                changes.append(
                    Change(f"{area}_now_optional", shown, not is_request, "required -> optional")
                )
    return changes


def compare_enums(
    area: str,
    path: str,
    before: tuple[Any, ...] | None,
    after: tuple[Any, ...] | None,
    is_request: bool,
) -> list[Change]:
    """Narrowing a request enum breaks callers; responses are parsed leniently."""
    if before == after:
        return []
    if before is None and after is not None:
        detail = "values now limited to " + json.dumps(list(after))
        return [Change(f"{area}_enum_introduced", path, is_request, detail)]
    if before is not None and after is None:
        return [Change(f"{area}_enum_dropped", path, False, "any value now allowed")]
    assert before is not None and after is not None
    changes: list[Change] = []
    gained = [value for value in after if value not in before]
    lost = [value for value in before if value not in after]
    if gained:
        changes.append(Change(f"{area}_enum_values_added", path, False, json.dumps(gained)))
    if lost:
        changes.append(Change(f"{area}_enum_values_removed", path, is_request, json.dumps(lost)))
    return changes


def compare_operation(old: OperationFacts, new: OperationFacts) -> list[Change]:
    changes = compare_fields(PARAMETER, old.parameters, new.parameters)
    if old.body is None and new.body is not None:
        detail = "required" if new.body.required else "optional"
        changes.append(Change("request_body_added", "(body)", new.body.required, detail))
    elif old.body is not None and new.body is None:
        changes.append(Change("request_body_removed", "(body)", True, "no request body"))
    elif old.body is not None and new.body is not None:
        if old.body.type != new.body.type:
            detail = f"{old.body.type} -> {new.body.type}"
            changes.append(Change("request_body_type_changed", "(body)", True, detail))
        if not old.body.required and new.body.required:
            changes.append(Change("request_body_now_required", "(body)", True, ""))
    changes += compare_fields(REQUEST, old.request, new.request)
    for status in sorted(set(old.responses) | set(new.responses)):
        label = "" if status == "200" else f"{status}:"
        if status not in old.responses:
            changes.append(Change("response_status_added", status, False, f"HTTP {status}"))
        elif status not in new.responses:
            changes.append(Change("response_status_removed", status, True, f"HTTP {status}"))
        else:
            changes += compare_fields(RESPONSE, old.responses[status], new.responses[status], label)
    return changes


def find_moves(removed: list[str], added: list[str]) -> list[tuple[str, str]]:
    """Pair removed and added operations whose paths differ only in a leading prefix."""
    moves: list[tuple[str, str]] = []
    taken: set[str] = set()
    for gone in removed:
        method, _, old_path = gone.partition(" ")
        old_parts = old_path.strip("/").split("/")
        candidates = []
        for new in added:
            new_method, _, new_path = new.partition(" ")
            new_parts = new_path.strip("/").split("/")
            if new_method != method or new in taken:
                continue
            # Same tail, at most two leading segments differing on either side.
            for cut_old in range(0, 3):
                cut_new = cut_old + len(new_parts) - len(old_parts)
                if 0 <= cut_new <= 2 and old_parts[cut_old:] == new_parts[cut_new:]:
                    if old_parts[cut_old:] and (cut_old or cut_new):
                        candidates.append(new)
                    break
        if len(candidates) == 1:
            taken.add(candidates[0])
            moves.append((gone, candidates[0]))
    return moves


def compare(
    old_document: dict[str, Any],
    new_document: dict[str, Any],
    names: tuple[str, str] = ("OLD", "NEW"),
) -> Report:
    old = all_operation_facts(old_document, names[0])
    new = all_operation_facts(new_document, names[1])
    report = Report(
        added_operations=sorted(set(new) - set(old), key=operation_sort_key),
        removed_operations=sorted(set(old) - set(new), key=operation_sort_key),
    )
    for name in sorted(set(old) & set(new), key=operation_sort_key):
        changes = compare_operation(old[name], new[name])
        if changes:
            report.changed_operations.append(OperationChanges(name, changes))
    for gone, moved_to in find_moves(report.removed_operations, report.added_operations):
        changes = compare_operation(old[gone], new[moved_to])
        report.moved_operations.append(MovedOperation(gone, moved_to, changes))
    return report


def operation_sort_key(name: str) -> tuple[str, str]:
    method, _, path = name.partition(" ")
    return (path, method)


# --- output ----------------------------------------------------------------------------


def change_lines(changes: list[Change]) -> list[str]:
    lines = []
    for change in changes:
        mark = "[BREAKING] " if change.breaking else ""
        detail = f": {change.detail}" if change.detail else ""
        lines.append(f"    {mark}{change.kind} {change.path}{detail}")
    return lines


def format_text(report: Report) -> str:
    if report.empty:
        return "No changes to operations, parameters or fields.\n"
    lines: list[str] = []
    if report.added_operations:
        lines.append(f"Added operations ({len(report.added_operations)}):")
        lines += [f"  + {name}" for name in report.added_operations]
    if report.removed_operations:
        lines.append(f"Removed operations ({len(report.removed_operations)}) [BREAKING]:")
        lines += [f"  - {name}" for name in report.removed_operations]
    if report.moved_operations:
        lines.append(
            f"Moved operations ({len(report.moved_operations)}): removed above and added again "
            "under another path prefix; changes inside them:"
        )
        for move in report.moved_operations:
            lines.append(f"  {move.moved_from} -> {move.moved_to}")
            lines += change_lines(move.changes)
    if report.changed_operations:
        lines.append(f"Changed operations ({len(report.changed_operations)}):")
        for op in report.changed_operations:
            lines.append(f"  {op.operation}")
            lines += change_lines(op.changes)
    breaking = (
        len(report.removed_operations)
        + sum(change.breaking for op in report.changed_operations for change in op.changes)
        + sum(change.breaking for move in report.moved_operations for change in move.changes)
    )
    lines.append(
        f"Summary: {len(report.added_operations)} added, {len(report.removed_operations)} "
        f"removed ({len(report.moved_operations)} of them moved), "
        f"{len(report.changed_operations)} changed operation(s); "
        f"{breaking} breaking change(s)."
    )
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = OneLineParser(
        description="Compare two OpenAPI specs by their facts (exit 1 on breaking changes)."
    )
    parser.add_argument("old", help="the older spec: file path or http(s) URL")
    parser.add_argument("new", help="the newer spec: file path or http(s) URL")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    args = parser.parse_args()
    report = compare(load_openapi(args.old), load_openapi(args.new), (args.old, args.new))
    if args.format == "json":
        print(json.dumps(report.to_json(), indent=2, sort_keys=False))
    else:
        print(format_text(report), end="")
    return 1 if report.breaking else 0


if __name__ == "__main__":
    run_main(main, "spec_diff.py")
