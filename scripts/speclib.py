"""Helpers shared by the spec scripts: loading a spec, one-line errors, stable YAML.

The scripts in this folder work on OpenAPI documents only; they never import `jogg`.
"""

from __future__ import annotations

import argparse
import sys
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
PROJECT_SPEC = REPO_ROOT / "openapi" / "jogg-v2.yaml"

# The HTTP methods an OpenAPI path item may hold, in the order we write them.
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Exit code for bad input (missing file, not YAML, not an OpenAPI 3 document).
EXIT_BAD_INPUT = 2


# libyaml's loader when PyYAML was built with it (several times faster on our specs).
_FastSafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SpecError(Exception):
    """A problem with the input that the user must fix; reported as one line, exit 2."""


def fail(message: str) -> NoReturn:
    raise SpecError(message)


def run_main(main: Callable[[], int], prog: str) -> NoReturn:
    """Run a script's main(); turn SpecError into a one-line message and exit code 2."""
    try:
        code = main()
    except SpecError as exc:
        print(f"{prog}: error: {exc}", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)
    except KeyboardInterrupt:
        sys.exit(130)
    sys.exit(code)


class OneLineParser(argparse.ArgumentParser):
    """ArgumentParser whose usage errors are one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: error: {message} (see --help)", file=sys.stderr)
        sys.exit(EXIT_BAD_INPUT)


def read_source(source: str) -> str:
    """Read a spec from a file path or an http(s) URL as text."""
    if source.startswith(("http://", "https://")):
        try:
            with urllib.request.urlopen(source, timeout=30) as response:
                body: bytes = response.read()
        except (urllib.error.URLError, OSError, ValueError) as exc:
            fail(f"cannot fetch {source}: {exc}")
        return body.decode("utf-8", errors="replace")
    path = Path(source)
    if not path.exists():
        fail(f"no such file: {source}")
    if not path.is_file():
        fail(f"not a file: {source}")
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        fail(f"cannot read {source}: {exc}")


def load_openapi(source: str) -> dict[str, Any]:
    """Load and minimally check an OpenAPI 3 document (file or URL)."""
    return parse_openapi(read_source(source), source)


def parse_openapi(text: str, source: str) -> dict[str, Any]:
    """Parse and minimally check an OpenAPI 3 document read from `source`."""
    try:
        document = yaml.load(text, Loader=_FastSafeLoader)
    except yaml.YAMLError as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else "parse error"
        fail(f"{source} is not valid YAML or JSON ({first_line})")
    if not isinstance(document, dict):
        fail(f"{source} is not an OpenAPI 3 document (top level is not a mapping)")
    version = document.get("openapi")
    if not isinstance(version, str) or not version.startswith("3."):
        fail(f"{source} is not an OpenAPI 3 document (no 'openapi: 3.x' field)")
    if not isinstance(document.get("paths"), dict):
        fail(f"{source} is not an OpenAPI 3 document (no 'paths' mapping)")
    return document


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    """Every operation as (METHOD, path, operation object), sorted by path then method."""
    found: list[tuple[str, str, dict[str, Any]]] = []
    for path in sorted(document.get("paths", {})):
        item = document["paths"][path]
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                found.append((method.upper(), path, operation))
    return found


class _StableDumper(yaml.SafeDumper):
    """SafeDumper that indents block sequences under their key, for readable diffs."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line strings read best as literal blocks.
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_StableDumper.add_representer(str, _represent_str)


def dump_yaml(document: Any, header: str = "") -> str:
    """Serialise with insertion order kept, no line wrapping, and an optional header."""
    body = yaml.dump(
        document,
        Dumper=_StableDumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=10_000,
    )
    return header + body
