"""Generate generated/jogg_api from openapi/jogg-v2.yaml with openapi-python-client.

    python scripts/generate.py [--spec openapi/jogg-v2.yaml] [--output generated/jogg_api]

Steps: derive a lenient copy of the spec for the generator (see `lenient_copy`), run
openapi-python-client with --fail-on-warning, openapi/generator-config.yaml and the custom
templates of openapi/templates/ (when that folder exists), format the result with ruff
using fixed settings, add a `py.typed` marker, put a "generated, do not edit" header on
every file, and replace the output folder. Beside the package it writes STAMP.json
(generated/STAMP.json): the sha256 of the spec and of the generator inputs, and the
generator and formatter versions, which `make check-drift` compares with the tree.
Everything runs in a temporary folder first, so a failed run leaves the previous tree in
place, and the output does not depend on where the repository lives. Two runs on the same
spec give byte-identical trees.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

import body_keywords
from speclib import (
    PROJECT_SPEC,
    REPO_ROOT,
    OneLineParser,
    SpecError,
    dump_yaml,
    load_openapi,
    run_main,
)

GENERATOR_CONFIG = REPO_ROOT / "openapi" / "generator-config.yaml"
# openapi-python-client custom templates (Jinja files named like the generator's own).
CUSTOM_TEMPLATES = REPO_ROOT / "openapi" / "templates"
DEFAULT_OUTPUT = REPO_ROOT / "generated" / "jogg_api"
PACKAGE_NAME = "jogg_api"
# Written beside the package folder: what made it (see `stamp_for`).
STAMP_NAME = "STAMP.json"
GENERATOR_DISTRIBUTION = "openapi-python-client"
FORMATTER_DISTRIBUTION = "ruff"

HEADER = (
    "# Generated from openapi/jogg-v2.yaml by scripts/generate.py (openapi-python-client).\n"
    "# Do not edit: change the spec and run `make generate`; `make check-drift` catches edits.\n"
)

# Fixed ruff settings, so formatting does not depend on any project configuration.
RUFF_CHECK_ARGS = ("check", "--isolated", "--no-cache", "--fix-only", "--select", "F,I", "--quiet")
RUFF_FORMAT_ARGS = ("format", "--isolated", "--no-cache", "--line-length", "100", "--quiet")

SCHEMA_REF_PREFIX = "#/components/schemas/"
# Suffix for the response-side clone of a component schema that requests also use.
RECEIVED_SUFFIX = "Received"


class GenerationError(Exception):
    """The generator or the formatter failed; the message carries their output."""


# --- the lenient copy ------------------------------------------------------------------
#
# The live API strays from its spec (api-notes.md): statuses outside the enums, integers
# where strings are promised, `success` for `completed`, extra fields such as `rid`,
# promised fields missing, and `data: null` on errors. The generated models turn enums
# into Enum classes (unknown values raise ValueError) and read required fields with
# d.pop(name) (missing ones raise KeyError). So the generator gets a copy in which every
# schema reached from a response loses `enum` and `required`, becomes nullable, and has
# status fields typed string-or-integer. openapi/jogg-v2.yaml keeps the facts intact for
# the mock server and for spec_diff; requests keep their enums and required fields.


def is_status_like(name: str) -> bool:
    return name == "status" or name.endswith("_status")


def relax_schema(schema: Any, received: dict[str, str], is_property: bool = False) -> Any:
    """A response-side copy of `schema` that accepts what the live API really sends.

    Every field (`is_property`) becomes nullable, so `"data": null` parses. Schemas that
    are not fields (response roots, allOf members, array items, components) stay as they
    are: the generator cannot merge allOf over a nullable schema.
    """
    if not isinstance(schema, dict):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str):
        name = ref.removeprefix(SCHEMA_REF_PREFIX)
        if ref.startswith(SCHEMA_REF_PREFIX) and name in received:
            return {**schema, "$ref": SCHEMA_REF_PREFIX + received[name]}
        return schema
    relaxed: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("enum", "required"):
            continue
        if key == "properties" and isinstance(value, dict):
            relaxed[key] = {
                name: relax_status(sub)
                if is_status_like(name)
                else relax_schema(sub, received, is_property=True)
                for name, sub in value.items()
            }
        elif key in ("items", "additionalProperties", "not") and isinstance(value, dict):
            relaxed[key] = relax_schema(value, received)
        elif key in ("allOf", "oneOf", "anyOf") and isinstance(value, list):
            relaxed[key] = [relax_schema(sub, received) for sub in value]
        else:
            relaxed[key] = value
    if is_property and "type" in relaxed:
        relaxed["nullable"] = True
    return relaxed


def relax_status(schema: Any) -> Any:
    """Status fields arrive as strings or integers, depending on the endpoint."""
    if not isinstance(schema, dict) or schema.get("type") not in ("string", "integer"):
        return schema
    return {"anyOf": [{"type": "string"}, {"type": "integer"}], "nullable": True}


def collect_refs(node: Any, found: set[str]) -> None:
    """Names of component schemas referenced anywhere below `node`."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_REF_PREFIX):
            found.add(ref.removeprefix(SCHEMA_REF_PREFIX))
        for value in node.values():
            collect_refs(value, found)
    elif isinstance(node, list):
        for value in node:
            collect_refs(value, found)


def reachable(roots: list[Any], schemas: dict[str, Any]) -> set[str]:
    """Component schema names reachable from `roots`, following refs transitively."""
    seen: set[str] = set()
    pending: set[str] = set()
    for root in roots:
        collect_refs(root, pending)
    while pending:
        name = pending.pop()
        if name in seen or name not in schemas:
            continue
        seen.add(name)
        collect_refs(schemas[name], pending)
    return seen


def lenient_copy(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec as given to the generator: responses relaxed, requests untouched."""
    lenient = copy.deepcopy(spec)
    schemas: dict[str, Any] = lenient.setdefault("components", {}).setdefault("schemas", {})
    responses: list[Any] = []
    requests: list[Any] = []
    for item in lenient.get("paths", {}).values():
        if not isinstance(item, dict):
            continue
        for key, operation in item.items():
            if key == "parameters":
                requests.append(operation)
            elif isinstance(operation, dict):
                responses.append(operation.get("responses", {}))
                requests.append(operation.get("parameters", []))
                requests.append(operation.get("requestBody", {}))
    response_side = reachable(responses, schemas)
    request_side = reachable(requests, schemas)
    # A schema both sides use keeps its strict form for requests and gets a relaxed clone.
    received = {name: name + RECEIVED_SUFFIX for name in sorted(response_side & request_side)}
    for name in sorted(response_side):
        target = received.get(name, name)
        schemas[target] = relax_schema(schemas[name], received)
    for response in responses:
        for answer in response.values():
            content = answer.get("content", {}) if isinstance(answer, dict) else {}
            for media in content.values():
                if isinstance(media, dict) and "schema" in media:
                    media["schema"] = relax_schema(media["schema"], received)
    return lenient


# --- running the tools -----------------------------------------------------------------


def tool(name: str) -> str:
    """A console script from this interpreter's environment, else from PATH."""
    candidate = Path(sys.executable).parent / name
    if candidate.exists():
        return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise GenerationError(f"{name} is not installed (pip install -e '.[dev]')")
    return found


def run(command: list[str], cwd: Path) -> None:
    env = dict(os.environ)
    # openapi-python-client and ruff from our environment, whatever PATH says.
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True)
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip()
        raise GenerationError(f"{Path(command[0]).name} failed:\n{output}")


def add_headers(package: Path) -> None:
    for path in sorted(package.rglob("*")):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            path.write_text(HEADER + text, encoding="utf-8")


# --- the stamp ---------------------------------------------------------------------------


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def repo_relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(REPO_ROOT).as_posix()
    except ValueError:
        return path.as_posix()


def generator_inputs() -> list[Path]:
    """The files besides the spec that shape the output: the config and custom templates."""
    inputs = [GENERATOR_CONFIG]
    if CUSTOM_TEMPLATES.is_dir():
        inputs += sorted(path for path in CUSTOM_TEMPLATES.rglob("*") if path.is_file())
    return inputs


def installed_version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        hint = "pip install -e '.[dev]'"
        raise GenerationError(f"{distribution} is not installed ({hint})") from None


def stamp_for(spec_path: Path, spec_label: str | None = None) -> dict[str, Any]:
    """The stamp a generation from `spec_path` with the installed tools carries.

    `spec_label` names the spec when it is generated from a staging copy (update-spec).
    """
    return {
        "note": "Written by `make generate` (scripts/generate.py); `make check-drift` checks it.",
        "spec": {
            "path": spec_label or repo_relative(spec_path),
            "sha256": sha256_of(spec_path),
        },
        "generator": {
            "name": GENERATOR_DISTRIBUTION,
            "version": installed_version(GENERATOR_DISTRIBUTION),
        },
        "formatter": {
            "name": FORMATTER_DISTRIBUTION,
            "version": installed_version(FORMATTER_DISTRIBUTION),
        },
        "generator_inputs": {repo_relative(path): sha256_of(path) for path in generator_inputs()},
    }


def stamp_text(stamp: dict[str, Any]) -> str:
    return json.dumps(stamp, indent=2) + "\n"


def generate_into(spec_path: Path, work: Path, spec_label: str | None = None) -> Path:
    """Generate, format and label the package inside `work`; return the package folder.

    The stamp goes beside it, as `work/STAMP.json`.
    """
    spec = load_openapi(str(spec_path))
    lenient_path = work / "jogg-v2.lenient.yaml"
    lenient_path.write_text(dump_yaml(lenient_copy(spec)), encoding="utf-8")
    package = work / PACKAGE_NAME
    command = [
        tool("openapi-python-client"),
        "generate",
        "--path",
        str(lenient_path),
        "--meta",
        "none",
        "--config",
        str(GENERATOR_CONFIG),
        "--output-path",
        str(package),
        "--fail-on-warning",
    ]
    if CUSTOM_TEMPLATES.is_dir():
        command += ["--custom-template-path", str(CUSTOM_TEMPLATES)]
    run(command, cwd=work)
    # The body fields no facade call names yet, as typed keywords (scripts/body_keywords.py).
    try:
        body_keywords.write(spec, package)
    except body_keywords.NoFacade as exc:
        raise GenerationError(str(exc)) from None
    run([tool("ruff"), *RUFF_CHECK_ARGS, "."], cwd=package)
    run([tool("ruff"), *RUFF_FORMAT_ARGS, "."], cwd=package)
    # PEP 561: without the marker, mypy in users' projects treats jogg_api as untyped.
    (package / "py.typed").write_text("", encoding="utf-8")
    add_headers(package)
    (work / STAMP_NAME).write_text(stamp_text(stamp_for(spec_path, spec_label)), encoding="utf-8")
    return package


def install(package: Path, output: Path) -> None:
    """Replace `output` (a jogg_api folder) and its stamp with a finished generation."""
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copytree(package, output)
    shutil.copyfile(package.parent / STAMP_NAME, output.parent / STAMP_NAME)


def generate(spec_path: Path, output: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="jogg-generate-") as temp:
        install(generate_into(spec_path, Path(temp)), output)


def main() -> int:
    parser = OneLineParser(description="Generate generated/jogg_api from the spec.")
    parser.add_argument("--spec", default=str(PROJECT_SPEC), help="the project's spec")
    parser.add_argument("--output", default=str(DEFAULT_OUTPUT), help="the package folder")
    args = parser.parse_args()
    spec_path = Path(args.spec)
    output = Path(args.output)
    if output.name != PACKAGE_NAME:
        raise SpecError(f"--output must end in /{PACKAGE_NAME}, got {output}")
    try:
        generate(spec_path, output)
    except GenerationError as exc:
        print(f"generate.py: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    run_main(main, "generate.py")
