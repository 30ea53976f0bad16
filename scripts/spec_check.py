"""Check a vendor spec before anything is written: every `$ref` resolves, every type is known.

    python scripts/spec_check.py SPEC

Problems are reported as `SPEC:LINE: ...`, with the line in the vendor's own file, so a
maintainer can point the vendor at it. `make update-spec` runs these checks first.
Exit status: 0 when the spec is sound, 1 with problems, 2 on bad input.
"""

from __future__ import annotations

import re
from typing import Any

import yaml
from speclib import OneLineParser, parse_openapi, read_source, run_main

# The values of a schema's `type` (OpenAPI 3.0 and 3.1).
SCHEMA_TYPES = frozenset({"string", "number", "integer", "boolean", "array", "object", "null"})
# Keys whose values are data or vendor extensions, not OpenAPI structure.
DATA_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
# Keys whose values map names (fields, schemas, paths, ...) to objects: a name there may
# well be `type` or `$ref` without being the keyword.
NAME_MAPS = frozenset(
    {
        "properties",
        "patternProperties",
        "schemas",
        "paths",
        "responses",
        "parameters",
        "requestBodies",
        "headers",
        "content",
        "links",
        "callbacks",
        "encoding",
        "variables",
        "mapping",
        "securitySchemes",
    }
)

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def resolve_pointer(document: Any, ref: str) -> bool:
    """True when the local reference `ref` (`#/a/b`) names something in `document`."""
    if not ref.startswith("#/"):
        return False
    target = document
    for part in ref[2:].split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(target, dict) and part in target:
            target = target[part]
        elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
            target = target[int(part)]
        else:
            return False
    return True


def scalar(node: yaml.Node) -> str | None:
    return str(node.value) if isinstance(node, yaml.ScalarNode) else None


def spec_problems(text: str, document: dict[str, Any], source: str) -> list[str]:
    """Every dangling `$ref` and unknown schema `type`, as `source:line: message`."""
    root = yaml.compose(text, Loader=_Loader)
    problems: list[tuple[int, str]] = []

    def walk(node: yaml.Node, name_map: bool) -> None:
        if isinstance(node, yaml.SequenceNode):
            for item in node.value:
                walk(item, False)
            return
        if not isinstance(node, yaml.MappingNode):
            return
        for key_node, value_node in node.value:
            key = scalar(key_node)
            if key is None:
                continue
            line = key_node.start_mark.line + 1
            if name_map:
                walk(value_node, False)
                continue
            if key in DATA_KEYS or key.startswith("x-"):
                continue
            if key == "$ref":
                ref = scalar(value_node)
                if ref is None or not resolve_pointer(document, ref):
                    shown = ref if ref is not None else "(not a string)"
                    why = "is not a local reference" if ref and not ref.startswith("#/") else ""
                    problems.append((line, f"$ref {shown} {why or 'does not resolve'}"))
                continue
            if key == "type" and not isinstance(value_node, yaml.MappingNode):
                declared = (
                    [scalar(item) for item in value_node.value]
                    if isinstance(value_node, yaml.SequenceNode)
                    else [scalar(value_node)]
                )
                unknown = [str(t) for t in declared if t not in SCHEMA_TYPES]
                if unknown:
                    allowed = ", ".join(sorted(SCHEMA_TYPES))
                    problems.append(
                        (line, f"type {', '.join(unknown)} is not a schema type ({allowed})")
                    )
                continue
            walk(value_node, key in NAME_MAPS)

    if root is not None:
        # securitySchemes hold `type: apiKey` and the like: not schema types.
        for key_node, value_node in root.value if isinstance(root, yaml.MappingNode) else []:
            if scalar(key_node) == "components" and isinstance(value_node, yaml.MappingNode):
                value_node.value = [
                    (k, v) for k, v in value_node.value if scalar(k) != "securitySchemes"
                ]
        walk(root, False)
    return [f"{source}:{line}: {message}" for line, message in sorted(problems)]


def line_of(text: str, pointer: str) -> int | None:
    """The line of the vendor's file where the JSON pointer `pointer` (`/a/b`) starts."""
    node: yaml.Node | None = yaml.compose(text, Loader=_Loader)
    line: int | None = None
    for part in pointer.strip("/").split("/"):
        part = part.replace("~1", "/").replace("~0", "~")
        if isinstance(node, yaml.MappingNode):
            match = [(k, v) for k, v in node.value if scalar(k) == part]
            if not match:
                return line
            line, node = match[0][0].start_mark.line + 1, match[0][1]
        elif isinstance(node, yaml.SequenceNode) and part.isdigit() and int(part) < len(node.value):
            node = node.value[int(part)]
            line = node.start_mark.line + 1
        else:
            return line
    return line


# Component pointers as openapi-python-client prints them in its errors.
_POINTER = re.compile(r"#?(/components/[A-Za-z]+/[A-Za-z0-9_.\-]+)")


def locate_generator_error(text: str, message: str, source: str) -> list[str]:
    """`source:line: pointer` for every component a generator error message names."""
    found: list[str] = []
    for pointer in dict.fromkeys(_POINTER.findall(message)):
        line = line_of(text, pointer)
        if line is not None:
            found.append(f"{source}:{line}: {pointer}")
    return found


def main() -> int:
    parser = OneLineParser(description="Check that a spec's $refs resolve and types are known.")
    parser.add_argument("spec", help="a file path or an http(s) URL")
    args = parser.parse_args()
    text = read_source(args.spec)
    problems = spec_problems(text, parse_openapi(text, args.spec), args.spec)
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    run_main(main, "spec_check.py")
