"""scripts/spec_diff.py over the vendor's real history, and its breaking rules."""

from __future__ import annotations

import copy
import json
from functools import cache
from typing import Any

import pytest
from conftest import HISTORY, SCRIPTS, UPSTREAM, run_script
from spec_diff import compare
from speclib import load_openapi

HISTORY_FILES = [
    "openapi-v2-20251215-367b37a.yaml",
    "openapi-v2-20251216-566655d.yaml",
    "openapi-v2-20251217-8b5b5b1.yaml",
    "openapi-v2-20251217-ae938dc.yaml",
    "openapi-v2-20251229-6157c81.yaml",
    "openapi-v2-20251229-6355437.yaml",
    "openapi-v2-20260209-777244b.yaml",
    "openapi-v2-20260320-f59a7b1.yaml",
    "openapi-v2-20260330-73d097d.yaml",
]


def test_the_history_is_the_one_these_tests_describe() -> None:
    assert sorted(p.name for p in HISTORY.glob("*.yaml")) == HISTORY_FILES


@cache
def diff(old: str, new: str) -> tuple[int, dict[str, Any]]:
    """Exit code and JSON report of spec_diff.py over two history files (by date tag)."""
    paths = []
    for tag in (old, new):
        if tag == "upstream":
            paths.append(UPSTREAM)
        else:
            (match,) = [HISTORY / name for name in HISTORY_FILES if tag in name]
            paths.append(match)
    result = run_script(SCRIPTS / "spec_diff.py", str(paths[0]), str(paths[1]), "--format", "json")
    assert result.returncode in (0, 1), result.stderr
    return result.returncode, json.loads(result.stdout)


def changes_of(report: dict[str, Any], operation: str) -> list[dict[str, Any]]:
    (entry,) = [op for op in report["changed_operations"] if op["operation"] == operation]
    return list(entry["changes"])


def change(changes: list[dict[str, Any]], kind: str, path: str) -> dict[str, Any]:
    (found,) = [c for c in changes if c["kind"] == kind and c["path"] == path]
    return found


def test_json_shape() -> None:
    _, report = diff("20251217-ae938dc", "20251229-6157c81")
    assert set(report) >= {"added_operations", "removed_operations", "changed_operations"}
    _, report = diff("20251216", "20251217-8b5b5b1")
    for op in report["changed_operations"]:
        assert set(op) == {"operation", "changes"}
        for item in op["changes"]:
            assert set(item) == {"kind", "path", "breaking", "detail"}
            assert isinstance(item["breaking"], bool)


def test_prefix_move_open_v2_to_v2() -> None:
    code, report = diff("20251215", "20251216")
    assert code == 1
    removed, added = report["removed_operations"], report["added_operations"]
    assert len(removed) == len(added) == 44
    assert all(" /open/v2/" in name for name in removed)
    assert all(" /v2/" in name and "/open/" not in name for name in added)
    assert report["changed_operations"] == []
    moves = {m["from"]: m["to"] for m in report["moved_operations"]}
    assert moves == {name: name.replace("/open/v2/", "/v2/") for name in removed}
    # The move does not hide what changed inside an operation at the same time.
    (scripts,) = [m for m in report["moved_operations"] if m["to"] == "POST /v2/ai_scripts"]
    added_info = change(scripts["changes"], "request_field_added", "product_info")
    assert added_info["breaking"] is True


def test_override_script_moves_out_of_script_and_list_responses_change() -> None:
    code, report = diff("20251216", "20251217-8b5b5b1")
    assert code == 1
    assert report["added_operations"] == report["removed_operations"] == []
    product = changes_of(report, "POST /v2/create_video_from_product")
    assert change(product, "request_field_removed", "script.override_script")["breaking"] is True
    assert change(product, "request_field_added", "override_script")["breaking"] is False
    preview = changes_of(report, "POST /v2/create_video_from_product/preview_list")
    assert change(preview, "request_field_removed", "script.override_script")["breaking"]
    assert not change(preview, "request_field_added", "override_script")["breaking"]
    # The list endpoints' answers changed (the filters themselves changed only in prose).
    videos = changes_of(report, "GET /v2/product_videos")
    assert change(videos, "response_field_added", "data.videos[].video_duration")
    assert (
        change(videos, "response_field_enum_values_removed", "data.videos[].status")["detail"]
        == '["pending"]'
    )
    assert not [c for c in videos if c["kind"].startswith("parameter_")]
    previews = changes_of(report, "GET /v2/product_previews")
    assert change(previews, "response_field_removed", "data.previews[].preview_id")["breaking"]
    templates = changes_of(report, "GET /v2/template_videos")
    assert change(templates, "response_field_added", "data.data[].video_id")
    quota = changes_of(report, "GET /v2/user/remaining_quota")
    assert change(quota, "response_field_type_changed", "data.remaining_quota")["breaking"]


def test_preview_response_regains_fields() -> None:
    code, report = diff("20251217-8b5b5b1", "20251217-ae938dc")
    assert code == 0
    preview = changes_of(report, "POST /v2/create_video_from_product/preview_list")
    assert {(c["kind"], c["path"]) for c in preview} == {
        ("response_field_added", "data.previews[].preview_id"),
        ("response_field_added", "data.previews[].err_msg"),
    }


def test_get_templates_added() -> None:
    code, report = diff("20251217-ae938dc", "20251229-6157c81")
    assert code == 0
    assert report["added_operations"] == ["GET /v2/templates"]
    assert report["removed_operations"] == []
    assert report["changed_operations"] == []


def test_a_response_gains_fields() -> None:
    code, report = diff("20251229-6157c81", "20251229-6355437")
    assert code == 0
    (op,) = report["changed_operations"]
    assert op["operation"] == "POST /v2/photo_avatar/add_motion"
    gained = change(op["changes"], "response_field_added", "data.avatar_id")
    assert gained["breaking"] is False


def test_template_variables_gain_url_and_asset_id_and_lose_a_required_field() -> None:
    code, report = diff("20251229-6355437", "20260209")
    assert code == 0
    (op,) = report["changed_operations"]
    assert op["operation"] == "POST /v2/create_video_with_template"
    kinds = {(c["kind"], c["path"], c["breaking"]) for c in op["changes"]}
    assert kinds == {
        ("request_field_added", "variables[].properties.url", False),
        ("request_field_added", "variables[].properties.asset_id", False),
        ("request_field_now_optional", "variables[].properties.content", False),
    }


def test_lip_sync_added_under_the_wrong_prefix() -> None:
    code, report = diff("20260209", "20260320")
    assert code == 0
    assert report["added_operations"] == [
        "POST /open/v2/create_lip_sync_video",
        "GET /open/v2/lip_sync_video/{task_id}",
    ]
    assert report["removed_operations"] == report["changed_operations"] == []


def test_lip_sync_moved_to_v2() -> None:
    code, report = diff("20260320", "20260330")
    assert code == 1
    assert report["removed_operations"] == [
        "POST /open/v2/create_lip_sync_video",
        "GET /open/v2/lip_sync_video/{task_id}",
    ]
    assert report["added_operations"] == [
        "POST /v2/create_lip_sync_video",
        "GET /v2/lip_sync_video/{task_id}",
    ]
    assert report["moved_operations"] == [
        {
            "from": "POST /open/v2/create_lip_sync_video",
            "to": "POST /v2/create_lip_sync_video",
            "changes": [],
        },
        {
            "from": "GET /open/v2/lip_sync_video/{task_id}",
            "to": "GET /v2/lip_sync_video/{task_id}",
            "changes": [],
        },
    ]


def test_last_history_file_matches_the_published_spec() -> None:
    code, report = diff("20260330", "upstream")
    assert code == 0
    assert report["added_operations"] == report["removed_operations"] == []
    assert report["changed_operations"] == []


def test_text_format_names_operations_and_marks_breaking_changes() -> None:
    old = HISTORY / "openapi-v2-20251216-566655d.yaml"
    new = HISTORY / "openapi-v2-20251217-8b5b5b1.yaml"
    result = run_script(SCRIPTS / "spec_diff.py", str(old), str(new))
    assert result.returncode == 1
    assert "  POST /v2/create_video_from_product\n" in result.stdout
    assert "[BREAKING] request_field_removed script.override_script" in result.stdout


# --- breaking rules on small synthetic specs -------------------------------------------


def spec(body: dict[str, Any], query: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "ok"}},
    }
    if query is not None:
        operation["parameters"] = query
    return {"openapi": "3.0.1", "paths": {"/v2/x": {"post": operation}}}


BASE: dict[str, Any] = {
    "type": "object",
    "required": ["spec"],
    "properties": {
        "spec": {
            "type": "object",
            "properties": {"length": {"type": "string", "enum": ["15", "30"]}},
        },
        "name": {"type": "string"},
    },
}


def single_change(old: dict[str, Any], new: dict[str, Any]) -> tuple[str, str, bool]:
    report = compare(spec(old), spec(new))
    (op,) = report.changed_operations
    assert op.operation == "POST /v2/x"
    (item,) = op.changes
    return item.kind, item.path, item.breaking


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (
            lambda s: s["properties"].update(extra={"type": "string"}),
            ("request_field_added", "extra", False),
        ),
        (
            lambda s: (
                s["properties"].update(extra={"type": "string"}),
                s["required"].append("extra"),
            ),
            ("request_field_added", "extra", True),
        ),
        (lambda s: s["properties"].pop("name"), ("request_field_removed", "name", True)),
        (
            lambda s: s["properties"]["spec"]["properties"]["length"]["enum"].append("60"),
            ("request_field_enum_values_added", "spec.length", False),
        ),
        (
            lambda s: s["properties"]["spec"]["properties"]["length"]["enum"].remove("30"),
            ("request_field_enum_values_removed", "spec.length", True),
        ),
        (
            lambda s: s["properties"]["spec"]["properties"]["length"].update(
                type="integer", enum=None
            ),
            None,
        ),
        (
            lambda s: s["properties"]["name"].update(type="integer"),
            ("request_field_type_changed", "name", True),
        ),
        (lambda s: s["required"].append("name"), ("request_field_now_required", "name", True)),
        (lambda s: s["required"].remove("spec"), ("request_field_now_optional", "spec", False)),
    ],
)
def test_breaking_rules(edit: Any, expected: tuple[str, str, bool] | None) -> None:
    new = copy.deepcopy(BASE)
    edit(new)
    if expected is None:
        # Type and enum both changed: a type change, breaking.
        report = compare(spec(BASE), spec(new))
        (op,) = report.changed_operations
        assert ("request_field_type_changed", "spec.length", True) in {
            (c.kind, c.path, c.breaking) for c in op.changes
        }
        return
    assert single_change(BASE, new) == expected


def test_refs_and_all_of_are_resolved() -> None:
    document = load_openapi(str(UPSTREAM))
    same = compare(document, copy.deepcopy(document))
    assert same.empty and not same.breaking
    changed = copy.deepcopy(document)
    changed["components"]["schemas"]["Pagination"]["properties"].pop("total_pages")
    report = compare(document, changed)
    paths = {(op.operation, c.path) for op in report.changed_operations for c in op.changes}
    assert ("GET /v2/musics", "data.pagination.total_pages") in paths
