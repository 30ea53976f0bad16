"""Fixes for known slips in the vendor's spec, applied by vendor_spec.py.

Each patch is a small named function that edits the raw vendor document in place and
returns a one-line note saying what it did, or that the slip was absent (so a fixed
upstream turns the patch into a visible no-op that can then be deleted). Patches run
before descriptions are stripped and before operationIds are added, and they look
operations up by `METHOD /path` so that they never touch an unrelated schema.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Document = dict[str, Any]
Patch = Callable[[Document], str]


def _request_schema(document: Document, method: str, path: str) -> dict[str, Any] | None:
    """The inline JSON request body schema of an operation, or None when absent."""
    operation = document.get("paths", {}).get(path, {}).get(method)
    if not isinstance(operation, dict):
        return None
    schema = (
        operation.get("requestBody", {})
        .get("content", {})
        .get("application/json", {})
        .get("schema")
    )
    return schema if isinstance(schema, dict) else None


def _response_schema(
    document: Document, method: str, path: str, status: str = "200"
) -> dict[str, Any] | None:
    operation = document.get("paths", {}).get(path, {}).get(method)
    if not isinstance(operation, dict):
        return None
    schema = (
        operation.get("responses", {})
        .get(status, {})
        .get("content", {})
        .get("application/json", {})
        .get("schema")
    )
    return schema if isinstance(schema, dict) else None


def move_preview_language_into_script(document: Document) -> str:
    """Preview request: `language` sits beside `script` although `script` requires it.

    `script.required` lists `language`, and the sibling operation
    `POST /v2/create_video_from_product` keeps `language` inside `script`; the preview
    request has it one level too high. Move it back into `script.properties`.
    """
    schema = _request_schema(document, "post", "/v2/create_video_from_product/preview_list")
    if schema is None:
        return "absent: no preview_list request schema"
    properties = schema.get("properties", {})
    script = properties.get("script")
    if not isinstance(script, dict) or "language" not in properties:
        return "absent: `language` is not beside `script`"
    script_properties = script.setdefault("properties", {})
    if "language" in script_properties:
        return "absent: `script` already has `language`"
    if "language" not in script.get("required", []):
        return "absent: `script` does not require `language`"
    script_properties["language"] = properties.pop("language")
    top_required = schema.get("required", [])
    if "language" in top_required:
        top_required.remove("language")
    return "applied: moved `language` into `script`"


def move_template_webhook_url_to_top(document: Document) -> str:
    """Template video request: `webhook_url` sits inside each variable's `properties`.

    A webhook is set once per video (as in every other create request), not per
    template variable; put it back at the top level of the request body.
    """
    schema = _request_schema(document, "post", "/v2/create_video_with_template")
    if schema is None:
        return "absent: no create_video_with_template request schema"
    properties = schema.setdefault("properties", {})
    variables = properties.get("variables", {})
    variable = variables.get("items", {}) if isinstance(variables, dict) else {}
    variable_properties = variable.get("properties", {}).get("properties", {})
    inner = variable_properties.get("properties") if isinstance(variable_properties, dict) else None
    if not isinstance(inner, dict) or "webhook_url" not in inner:
        return "absent: template variables have no `webhook_url`"
    webhook_url = inner.pop("webhook_url")
    if "webhook_url" not in properties:
        properties["webhook_url"] = webhook_url
    return "applied: moved `webhook_url` from template variables to the request"


# Event names the API documents beyond the spec's example list (images and motions).
_DOCUMENTED_EXTRA_EVENTS = (
    "generated_image_success",
    "generated_image_failed",
    "generated_motion_success",
    "generated_motion_failed",
)


def complete_events_example(document: Document) -> str:
    """`GET /v2/events`: the example list lacks the image and motion events.

    The example is what mock servers return, so a short list hides event names the
    SDK must handle. Append the missing documented names, keeping the vendor's order.
    """
    schema = _response_schema(document, "get", "/v2/events")
    if schema is None:
        return "absent: no /v2/events response schema"
    events: dict[str, Any] | None = None
    for part in [schema, *schema.get("allOf", [])]:
        if not isinstance(part, dict):
            continue
        data = part.get("properties", {}).get("data", {})
        candidate = data.get("properties", {}).get("events") if isinstance(data, dict) else None
        if isinstance(candidate, dict):
            events = candidate
    if events is None or not isinstance(events.get("example"), list):
        return "absent: no events example list"
    example: list[Any] = events["example"]
    missing = [name for name in _DOCUMENTED_EXTRA_EVENTS if name not in example]
    if not missing:
        return "absent: events example already complete"
    example.extend(missing)
    return f"applied: added {len(missing)} documented event names to the example"


# Applied in this order by vendor_spec.py.
PATCHES: tuple[Patch, ...] = (
    move_preview_language_into_script,
    move_template_webhook_url_to_top,
    complete_events_example,
)


def apply_patches(document: Document) -> list[tuple[str, str]]:
    """Apply every patch; return (patch name, note) pairs for the log."""
    return [(patch.__name__, patch(document)) for patch in PATCHES]
