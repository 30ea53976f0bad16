"""Take a new vendor spec: vendor it, regenerate the client, report what changed.

    python scripts/update_spec.py SPEC_SOURCE

SPEC_SOURCE is a file path or an http(s) URL. Nothing is written until every step has
worked in a staging area:

1. the new spec is read, and every `$ref` and schema `type` in it is checked
   (spec_check.py; problems name the line in the vendor's file);
2. every operation gets its operationId from openapi/operation-ids.yaml. An operation
   that moved to a new path with the same shape (same parameters, request and response
   fields) keeps the operationId of the one it replaces, without a map edit; a moved
   operation whose shape changed too needs one line in the map (its new path with the
   old operationId);
3. the spec is vendored, and the client is generated into a temporary folder.

Only then openapi/jogg-v2.yaml, openapi/operation-ids.yaml (when a move or a removal
changed it), generated/jogg_api and generated/STAMP.json are replaced together; a failure
before or during the swap leaves all of them as they were. Last, it prints the change
report of the old spec against the new one and the facade places (file:line in jogg/)
that use a changed or removed operation, field or parameter.
"""

from __future__ import annotations

import copy
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import body_keywords
import yaml
from facade_places import FACADE, format_places, places_for
from generate import DEFAULT_OUTPUT, STAMP_NAME, GenerationError, generate_into
from spec_check import line_of, locate_generator_error, spec_problems
from spec_diff import all_operation_facts, compare, compare_operation, format_text
from speclib import (
    PROJECT_SPEC,
    REPO_ROOT,
    OneLineParser,
    dump_yaml,
    fail,
    operations,
    parse_openapi,
    read_source,
    run_main,
)
from vendor_spec import (
    HEADER,
    OPERATION_IDS,
    load_operation_ids,
    unnamed_operations,
    vendor,
)


@dataclass
class MapUpdate:
    """How openapi/operation-ids.yaml follows the new spec."""

    operation_ids: dict[str, str]
    # (old key, new key, operationId): moved with the same shape, id carried over.
    carried: list[tuple[str, str, str]] = field(default_factory=list)
    # (key, operationId): lines whose operation is gone from the spec (moved or removed).
    dropped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return bool(self.carried or self.dropped)


def carry_over_moves(
    old_spec: dict[str, Any] | None, document: dict[str, Any], operation_ids: dict[str, str]
) -> MapUpdate:
    """Give each unnamed operation the operationId of a removed one with the same shape.

    A pair is taken only when it is unambiguous: the same method, no difference in
    parameters, request or response fields, and no other candidate on either side.
    """
    update = MapUpdate(dict(operation_ids))
    unnamed = unnamed_operations(document, operation_ids)
    if unnamed and old_spec is not None:
        present = {f"{method} {path}" for method, path, _ in operations(document)}
        old_ids = {
            f"{method} {path}": str(operation.get("operationId", ""))
            for method, path, operation in operations(old_spec)
        }
        removed = [key for key in old_ids if key not in present]
        # Vendor a copy with stand-in names, so both sides are compared after the patches.
        stand_ins = {key: f"unnamed_{index}" for index, key in enumerate(unnamed)}
        candidate = vendor(copy.deepcopy(document), {**operation_ids, **stand_ins}, quiet=True)
        old_facts = all_operation_facts(old_spec, "old spec")
        new_facts = all_operation_facts(candidate, "new spec")

        def same_shape(gone: str, new: str) -> bool:
            return gone.split(" ")[0] == new.split(" ")[0] and not compare_operation(
                old_facts[gone], new_facts[new]
            )

        for new in unnamed:
            matches = [gone for gone in removed if same_shape(gone, new)]
            if len(matches) != 1:
                continue
            rivals = [other for other in unnamed if same_shape(matches[0], other)]
            if rivals != [new] or not old_ids[matches[0]]:
                continue
            name = old_ids[matches[0]]
            update.operation_ids[new] = name
            update.carried.append((matches[0], new, name))
    # Lines whose operation is gone: a moved operation's old path, or a removed operation.
    present = {f"{method} {path}" for method, path, _ in operations(document)}
    for key, name in list(update.operation_ids.items()):
        if key not in present:
            update.dropped.append((key, name))
            del update.operation_ids[key]
    return update


def rewrite_map(text: str, update: MapUpdate) -> str:
    """The map file with carried keys renamed in place and dropped lines removed.

    Comments and order are kept: a carried operation keeps its line, under its new path.
    """
    renamed = {old: new for old, new, _ in update.carried}
    dropped = {key for key, _ in update.dropped} - set(renamed)
    lines: list[str] = []
    for line in text.splitlines(keepends=True):
        key, sep, rest = line.partition(": ")
        if sep and not line.startswith("#") and key in renamed:
            lines.append(f"{renamed[key]}: {rest}")
        elif sep and not line.startswith("#") and key in dropped:
            continue
        else:
            lines.append(line)
    rewritten = "".join(lines)
    # The result must read back as the map the new spec was vendored with.
    if yaml.safe_load(rewritten) != update.operation_ids:
        fail("cannot rewrite openapi/operation-ids.yaml in place; edit it by hand")
    return rewritten


def replace_together(
    spec_text: str, map_text: str | None, package: Path, stamp: Path, output: Path
) -> None:
    """Swap in the new spec, map, package and stamp; on any error put the old ones back."""
    targets: list[tuple[Path, bytes]] = [(PROJECT_SPEC, spec_text.encode("utf-8"))]
    if map_text is not None:
        targets.append((OPERATION_IDS, map_text.encode("utf-8")))
    stamp_target = output.parent / STAMP_NAME
    targets.append((stamp_target, stamp.read_bytes()))
    previous = {path: path.read_bytes() if path.exists() else None for path, _ in targets}
    staged_package = output.with_name(f".{output.name}.new")
    saved_package = output.with_name(f".{output.name}.old")
    for leftover in (staged_package, saved_package):
        if leftover.exists():
            shutil.rmtree(leftover)
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(package, staged_package)
    staged_files = []
    for path, new_bytes in targets:
        staged = path.with_name(f".{path.name}.new")
        staged.write_bytes(new_bytes)
        staged_files.append((staged, path))
    had_package = output.exists()
    try:
        if had_package:
            os.rename(output, saved_package)
        os.rename(staged_package, output)
        for staged, path in staged_files:
            os.replace(staged, path)
    except BaseException:
        if output.exists() and (saved_package.exists() or not had_package):
            shutil.rmtree(output)
        if saved_package.exists():
            os.rename(saved_package, output)
        for path, content in previous.items():
            if content is None:
                path.unlink(missing_ok=True)
            else:
                path.write_bytes(content)
        raise
    finally:
        for staged, _ in staged_files:
            staged.unlink(missing_ok=True)
        for leftover in (staged_package, saved_package):
            if leftover.exists():
                shutil.rmtree(leftover)


def main() -> int:
    parser = OneLineParser(description="Vendor a new spec, regenerate, report the changes.")
    parser.add_argument("source", help="the vendor's new spec: a file path or an http(s) URL")
    args = parser.parse_args()
    source: str = args.source

    text = read_source(source)
    document = parse_openapi(text, source)
    problems = spec_problems(text, document, source)
    if problems:
        print(f"update-spec: {source} has {len(problems)} problem(s):", file=sys.stderr)
        print("\n".join(f"  {problem}" for problem in problems), file=sys.stderr)
        print("update-spec: nothing was written.", file=sys.stderr)
        return 1

    old_text = PROJECT_SPEC.read_text(encoding="utf-8") if PROJECT_SPEC.exists() else None
    old_spec = parse_openapi(old_text, str(PROJECT_SPEC)) if old_text is not None else None
    update = carry_over_moves(old_spec, document, load_operation_ids())
    unnamed = unnamed_operations(document, update.operation_ids)
    if unnamed:
        where = [f"{key} ({source}:{operation_line(text, key)})" for key in unnamed]
        fail(
            f"{len(unnamed)} operation(s) have no entry in openapi/operation-ids.yaml: "
            + ", ".join(where)
            + " (an operation that moved: add its new path with the old operationId)"
        )
    new_text = dump_yaml(vendor(document, update.operation_ids), HEADER)
    map_text = (
        rewrite_map(OPERATION_IDS.read_text(encoding="utf-8"), update) if update.changed else None
    )

    with tempfile.TemporaryDirectory(prefix="jogg-update-spec-") as temp:
        staged_spec = Path(temp) / PROJECT_SPEC.name
        staged_spec.write_text(new_text, encoding="utf-8")
        work = Path(temp) / "generated"
        work.mkdir()
        try:
            package = generate_into(staged_spec, work, spec_label=relative(PROJECT_SPEC))
        except GenerationError as exc:
            print(f"update-spec: generation failed: {exc}", file=sys.stderr)
            located = locate_generator_error(text, str(exc), source)
            if located:
                print("update-spec: where the vendor's file has it:", file=sys.stderr)
                print("\n".join(f"  {line}" for line in located), file=sys.stderr)
            print("update-spec: nothing was written.", file=sys.stderr)
            return 1
        replace_together(new_text, map_text, package, work / STAMP_NAME, DEFAULT_OUTPUT)

    written = [relative(PROJECT_SPEC), relative(DEFAULT_OUTPUT)]
    if map_text is not None:
        written.insert(1, relative(OPERATION_IDS))
    written.append(relative(DEFAULT_OUTPUT.parent / STAMP_NAME))
    print(f"update-spec: vendored {source}; replaced {', '.join(written)}.")
    for old, new, name in update.carried:
        print(f"update-spec: {old} moved to {new} with the same shape; it keeps {name}.")
    for key, name in update.dropped:
        if all(key != old for old, _, _ in update.carried):
            print(f"update-spec: dropped the map line {key}: {name} (no such operation now).")

    if old_spec is None:
        print("update-spec: there was no previous spec to compare with.")
        return 0
    new_spec = yaml.safe_load(new_text)
    report = compare(old_spec, new_spec, ("old", "new"))
    print("update-spec: changes from the previous spec (the facade may need to follow):")
    print(format_text(report), end="")
    print(format_places(places_for(old_spec, new_spec, FACADE)), end="")
    print(body_keywords.report(new_spec), end="")
    return 0


def operation_line(text: str, key: str) -> int | None:
    """The line of operation `METHOD /path` in the vendor's file."""
    method, _, path = key.partition(" ")
    escaped = path.replace("~", "~0").replace("/", "~1")
    return line_of(text, f"/paths/{escaped}/{method.lower()}")


def relative(path: Path) -> str:
    try:
        return path.relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return str(path)


if __name__ == "__main__":
    run_main(main, "update_spec.py")
