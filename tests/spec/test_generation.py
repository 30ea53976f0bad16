"""scripts/generate.py: deterministic tree, headers, all operations, lenient parsing."""

from __future__ import annotations

import filecmp
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO
from speclib import operations
from vendor_spec import load_operation_ids

COMMITTED = REPO / "generated" / "jogg_api"


def tree(root: Path) -> dict[str, bytes]:
    return {
        path.relative_to(root).as_posix(): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def test_two_generations_are_byte_identical_and_match_the_committed_tree(
    fresh_generations: tuple[Path, Path],
) -> None:
    first, second = fresh_generations
    assert tree(first) == tree(second)
    comparison = filecmp.dircmp(first, COMMITTED, ignore=["__pycache__"])
    assert tree(first) == tree(COMMITTED), comparison.report()


def test_every_generated_file_says_it_is_generated(fresh_generations: tuple[Path, Path]) -> None:
    files = tree(fresh_generations[0])
    assert len(files) > 100
    unlabeled = [
        name
        for name, body in files.items()
        if not body.startswith(b"# Generated from openapi/jogg-v2.yaml")
    ]
    assert unlabeled == []


def test_every_operation_has_a_module_named_by_its_operation_id() -> None:
    modules = {path.stem for path in (COMMITTED / "api").rglob("*.py") if path.stem != "__init__"}
    spec = yaml.safe_load((REPO / "openapi" / "jogg-v2.yaml").read_text(encoding="utf-8"))
    operation_ids = {str(op["operationId"]) for _, _, op in operations(spec)}
    without_module = sorted(operation_ids - modules)
    without_operation = sorted(modules - operation_ids)
    assert (without_module, without_operation) == ([], [])
    assert modules == set(load_operation_ids().values())


RID = "7abb75ebf2523038874d66cf5dfb2b02"

# (model module, class, a body the live API might send that strays from the spec)
STRAYS: list[tuple[str, str, dict[str, Any]]] = [
    # unknown status value, extra `rid` and extra fields
    (
        "get_product_video_response_200",
        "GetProductVideoResponse200",
        {"code": 0, "msg": "ok", "rid": RID, "data": {"status": "queued", "preview_list_id": "p1"}},
    ),
    # `success` where the spec says `completed`, error as an object with a code
    (
        "get_ai_script_response_200",
        "GetAiScriptResponse200",
        {
            "code": 0,
            "msg": "ok",
            "data": {"status": "success", "error": {"code": 1, "message": "x"}},
        },
    ),
    # integer statuses where strings are promised, and unknown integers
    (
        "get_avatar_video_response_200",
        "GetAvatarVideoResponse200",
        {"code": 0, "msg": "ok", "data": {"video_id": "v", "status": 2, "duration": 12}},
    ),
    (
        "list_photo_avatars_response_200",
        "ListPhotoAvatarsResponse200",
        {"code": 0, "msg": "ok", "data": {"avatars": [{"status": 7}, {"status": "done"}, {}]}},
    ),
    # lip sync: `success`, a string error, no promised fields
    (
        "get_lip_sync_video_response_200",
        "GetLipSyncVideoResponse200",
        {"code": 0, "msg": "ok", "data": {"status": "success", "error": "boom"}},
    ),
    # promised fields missing altogether, including the envelope's code and msg
    ("create_product_response_200", "CreateProductResponse200", {"data": {}}),
    ("list_public_avatars_response_200", "ListPublicAvatarsResponse200", {}),
    # an error envelope: `data: null`
    (
        "create_video_from_product_response_200",
        "CreateVideoFromProductResponse200",
        {"code": 429, "msg": "rate limited", "data": None, "rid": RID},
    ),
    # unknown enum values in non-status fields (aspect ratio, gender)
    (
        "list_public_avatars_response_200",
        "ListPublicAvatarsResponse200",
        {"code": 0, "msg": "ok", "data": {"avatars": [{"aspect_ratio": 9, "gender": "other"}]}},
    ),
]


@pytest.mark.parametrize(("module", "name", "body"), STRAYS)
def test_generated_response_models_parse_what_the_live_api_sends(
    module: str, name: str, body: dict[str, Any]
) -> None:
    import importlib

    model = getattr(importlib.import_module(f"jogg_api.models.{module}"), name)
    parsed = model.from_dict(body)
    if "rid" in body:
        assert parsed.additional_properties["rid"] == RID
    data = body.get("data")
    if isinstance(data, dict) and "status" in data:
        assert parsed.data.status == data["status"]
