"""Write the project's spec (openapi/jogg-v2.yaml) from the vendor's published spec.

    python scripts/vendor_spec.py UPSTREAM [-o openapi/jogg-v2.yaml]

UPSTREAM is a file path or an http(s) URL. The output keeps the API's facts (paths,
methods, parameters, schemas, enums, formats, required lists, examples, summaries) and
drops the vendor's description prose. It adds an operationId to every operation from
openapi/operation-ids.yaml, applies the named fixes in spec_patches.py, and writes keys
in a fixed order so that the same input always gives the same bytes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml
from spec_patches import apply_patches
from speclib import (
    HTTP_METHODS,
    PROJECT_SPEC,
    REPO_ROOT,
    OneLineParser,
    SpecError,
    dump_yaml,
    fail,
    load_openapi,
    operations,
    run_main,
)

OPERATION_IDS = REPO_ROOT / "openapi" / "operation-ids.yaml"

HEADER = (
    "# The JoggAI v2 API as this project uses it: facts only, in a fixed layout.\n"
    "# Written by scripts/vendor_spec.py from the vendor's published spec; do not edit.\n"
    "# To change it, edit openapi/operation-ids.yaml or scripts/spec_patches.py and run\n"
    "# `make update-spec SPEC_SOURCE=...`.\n"
)

# Our own short texts; the vendor's prose is not copied.
INFO_DESCRIPTION = (
    "JoggAI v2 video API. Every JSON answer is an envelope {code, msg, data}; code 0 means "
    "success. Authenticate with the x-api-key header."
)
RESPONSE_DESCRIPTIONS = {"200": "Envelope with the business code, a message and the data."}

# Key orders. Keys not listed follow in alphabetical order.
TOP_ORDER = ("openapi", "info", "servers", "security", "tags", "paths", "components")
INFO_ORDER = ("title", "version", "description", "license")
OPERATION_ORDER = (
    "operationId",
    "summary",
    "tags",
    "parameters",
    "requestBody",
    "responses",
    "security",
    "deprecated",
)
PARAMETER_ORDER = ("$ref", "name", "in", "required", "deprecated", "schema", "example")
SCHEMA_ORDER = (
    "$ref",
    "title",
    "type",
    "format",
    "nullable",
    "enum",
    "default",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minLength",
    "maxLength",
    "pattern",
    "minItems",
    "maxItems",
    "uniqueItems",
    "required",
    "properties",
    "additionalProperties",
    "items",
    "allOf",
    "oneOf",
    "anyOf",
    "not",
    "readOnly",
    "writeOnly",
    "deprecated",
    "example",
)
COMPONENT_ORDER = ("securitySchemes", "parameters", "requestBodies", "responses", "schemas")

# Sub-schemas that hold one schema, and ones that hold a list of schemas.
SCHEMA_CHILD_KEYS = ("items", "not", "additionalProperties")
SCHEMA_LIST_KEYS = ("allOf", "oneOf", "anyOf")


def ordered(mapping: dict[str, Any], order: tuple[str, ...]) -> dict[str, Any]:
    """A copy of `mapping` with `order` keys first, then the rest sorted."""
    keys = [key for key in order if key in mapping]
    keys += sorted(key for key in mapping if key not in order)
    return {key: mapping[key] for key in keys}


def clean_schema(schema: Any) -> Any:
    """Drop prose from a schema and order its keys; examples and enums stay verbatim."""
    if not isinstance(schema, dict):
        return schema
    result: dict[str, Any] = {}
    for key, value in schema.items():
        if key in ("description", "title"):
            continue
        if key == "properties" and isinstance(value, dict):
            # Keys here are field names (a field may well be called "description").
            result[key] = {name: clean_schema(sub) for name, sub in value.items()}
        elif key in SCHEMA_CHILD_KEYS and isinstance(value, dict):
            result[key] = clean_schema(value)
        elif key in SCHEMA_LIST_KEYS and isinstance(value, list):
            result[key] = [clean_schema(sub) for sub in value]
        else:
            result[key] = value
    return ordered(result, SCHEMA_ORDER)


def clean_parameter(parameter: Any) -> Any:
    if not isinstance(parameter, dict):
        return parameter
    result = {key: value for key, value in parameter.items() if key != "description"}
    if "schema" in result:
        result["schema"] = clean_schema(result["schema"])
    return ordered(result, PARAMETER_ORDER)


def clean_content(content: Any) -> Any:
    if not isinstance(content, dict):
        return content
    cleaned: dict[str, Any] = {}
    for media_type in sorted(content):
        media = content[media_type]
        if isinstance(media, dict):
            media = {k: v for k, v in media.items() if k != "description"}
            if "schema" in media:
                media["schema"] = clean_schema(media["schema"])
            media = ordered(media, ("schema", "example", "examples"))
        cleaned[media_type] = media
    return cleaned


def clean_response(status: str, response: Any) -> Any:
    if not isinstance(response, dict) or "$ref" in response:
        return response
    result: dict[str, Any] = {
        # OpenAPI requires a description on every response; ours is short and generic.
        "description": RESPONSE_DESCRIPTIONS.get(status, f"HTTP {status}."),
    }
    for key, value in response.items():
        if key == "description":
            continue
        result[key] = clean_content(value) if key == "content" else value
    return ordered(result, ("description", "headers", "content"))


def clean_operation(operation: dict[str, Any], operation_id: str) -> dict[str, Any]:
    result: dict[str, Any] = {"operationId": operation_id}
    for key, value in operation.items():
        if key in ("description", "operationId", "externalDocs"):
            continue
        if key == "parameters" and isinstance(value, list):
            result[key] = [clean_parameter(p) for p in value]
        elif key == "requestBody" and isinstance(value, dict):
            body = {k: v for k, v in value.items() if k != "description"}
            if "content" in body:
                body["content"] = clean_content(body["content"])
            result[key] = ordered(body, ("required", "content"))
        elif key == "responses" and isinstance(value, dict):
            result[key] = {str(s): clean_response(str(s), value[s]) for s in sorted(value, key=str)}
        else:
            result[key] = value
    return ordered(result, OPERATION_ORDER)


def clean_components(components: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for section, entries in components.items():
        if not isinstance(entries, dict):
            result[section] = entries
            continue
        cleaner: Any
        if section == "schemas":
            cleaner = clean_schema
        elif section == "parameters":
            cleaner = clean_parameter
        elif section == "securitySchemes":

            def cleaner(value: Any) -> Any:
                if not isinstance(value, dict):
                    return value
                return ordered({k: v for k, v in value.items() if k != "description"}, ())

        else:

            def cleaner(value: Any) -> Any:
                return value

        result[section] = {name: cleaner(entries[name]) for name in sorted(entries)}
    return ordered(result, COMPONENT_ORDER)


def load_operation_ids(path: Path = OPERATION_IDS) -> dict[str, str]:
    try:
        mapping = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        fail(f"cannot read the operationId map {path}: {exc}")
    if not isinstance(mapping, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in mapping.items()
    ):
        fail(f"{path} must map 'METHOD /path' to an operationId")
    # One operationId may stand on several lines (the old and the new path of a moved
    # operation); `vendor` refuses a spec in which two of them are present at once.
    return mapping


def unnamed_operations(document: dict[str, Any], operation_ids: dict[str, str]) -> list[str]:
    """`METHOD /path` of every operation of `document` that the map does not name."""
    return [
        f"{method} {path}"
        for method, path, _ in operations(document)
        if f"{method} {path}" not in operation_ids
    ]


def check_unique_ids(document: dict[str, Any], operation_ids: dict[str, str]) -> None:
    """Fail when two operations present in `document` would get the same operationId."""
    holders: dict[str, list[str]] = {}
    for method, path, _ in operations(document):
        key = f"{method} {path}"
        if key in operation_ids:
            holders.setdefault(operation_ids[key], []).append(key)
    clashes = [
        f"{name} ({' and '.join(keys)})" for name, keys in sorted(holders.items()) if len(keys) > 1
    ]
    if clashes:
        fail(
            "openapi/operation-ids.yaml gives the same operationId to operations that are both "
            "in the spec: " + "; ".join(clashes)
        )


def vendor(
    document: dict[str, Any], operation_ids: dict[str, str], quiet: bool = False
) -> dict[str, Any]:
    """Turn a raw vendor document into the project's spec (as a plain mapping).

    Patches edit `document` in place; each patch's note goes to stderr unless quiet.
    """
    unnamed = unnamed_operations(document, operation_ids)
    if unnamed:
        fail(
            f"{len(unnamed)} operation(s) have no entry in openapi/operation-ids.yaml: "
            + ", ".join(unnamed)
            + " (an operation that moved: add its new path with the old operationId)"
        )
    check_unique_ids(document, operation_ids)
    for name, note in apply_patches(document):
        if not quiet:
            print(f"patch {name}: {note}", file=sys.stderr)

    result: dict[str, Any] = {}
    for key, value in document.items():
        if key == "info" and isinstance(value, dict):
            info = {k: v for k, v in value.items() if k != "description"}
            info["description"] = INFO_DESCRIPTION
            result[key] = ordered(info, INFO_ORDER)
        elif key == "servers" and isinstance(value, list):
            result[key] = [
                {k: v for k, v in server.items() if k != "description"}
                if isinstance(server, dict)
                else server
                for server in value
            ]
        elif key == "tags" and isinstance(value, list):
            result[key] = [
                {k: v for k, v in tag.items() if k not in ("description", "externalDocs")}
                if isinstance(tag, dict)
                else tag
                for tag in value
            ]
        elif key == "paths" and isinstance(value, dict):
            result[key] = clean_paths(value, operation_ids)
        elif key == "components" and isinstance(value, dict):
            result[key] = clean_components(value)
        elif key == "externalDocs":
            continue
        else:
            result[key] = value
    return ordered(result, TOP_ORDER)


def clean_paths(paths: dict[str, Any], operation_ids: dict[str, str]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for path in sorted(paths):
        item = paths[path]
        if not isinstance(item, dict):
            result[path] = item
            continue
        cleaned: dict[str, Any] = {}
        if isinstance(item.get("parameters"), list):
            cleaned["parameters"] = [clean_parameter(p) for p in item["parameters"]]
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict):
                key = f"{method.upper()} {path}"
                cleaned[method] = clean_operation(item[method], operation_ids[key])
        result[path] = cleaned
    return result


def main() -> int:
    parser = OneLineParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("upstream", help="the vendor's spec: a file path or an http(s) URL")
    parser.add_argument(
        "-o",
        "--output",
        default=str(PROJECT_SPEC),
        help="where to write the project's spec (default: openapi/jogg-v2.yaml)",
    )
    args = parser.parse_args()
    document = load_openapi(args.upstream)
    text = dump_yaml(vendor(document, load_operation_ids()), HEADER)
    output = Path(args.output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise SpecError(f"cannot write {output}: {exc}") from None
    return 0


if __name__ == "__main__":
    run_main(main, "vendor_spec.py")
