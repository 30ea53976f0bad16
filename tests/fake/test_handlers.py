"""The fake's handler tables against the spec: one handler per operationId, same routes."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pytest
import yaml

from jogg.testing import handlers
from jogg.testing.handlers import HANDLERS

REPO = Path(__file__).resolve().parents[2]
SPEC = REPO / "openapi" / "jogg-v2.yaml"
METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def spec_routes() -> dict[str, tuple[str, str]]:
    """operationId -> (METHOD, path) for every operation of openapi/jogg-v2.yaml."""
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    out: dict[str, tuple[str, str]] = {}
    for path, item in spec["paths"].items():
        for method in METHODS:
            operation = item.get(method)
            if operation is not None:
                out[operation["operationId"]] = (method.upper(), path)
    return out


def key_mismatch(handled: set[str], specified: set[str]) -> str | None:
    """What is missing from and extra in the handler keys, by name; None when they agree."""
    missing, extra = sorted(specified - handled), sorted(handled - specified)
    if not missing and not extra:
        return None
    return f"operationIds without a handler: {missing}; handler keys not in the spec: {extra}"


def test_the_handler_keys_are_the_specs_operation_ids() -> None:
    specified = set(spec_routes())
    assert len(specified) == 47
    problem = key_mismatch(set(HANDLERS), specified)
    assert problem is None, problem


def test_a_mismatch_names_what_is_missing_and_what_is_extra() -> None:
    specified = set(spec_routes())
    broken = set(HANDLERS) - {"get_current_user"} | {"whoami"}
    problem = key_mismatch(broken, specified)
    assert problem == (
        "operationIds without a handler: ['get_current_user']; "
        "handler keys not in the spec: ['whoami']"
    )


def test_each_handler_answers_the_method_and_path_of_its_operation() -> None:
    wrong = {
        op_id: ((op.method, op.path), spec_routes().get(op_id))
        for op_id, op in HANDLERS.items()
        if spec_routes().get(op_id) != (op.method, op.path)
    }
    assert wrong == {}


def test_the_areas_are_named_like_the_sdks_resource_modules() -> None:
    resources = {p.stem for p in (REPO / "jogg" / "resources").glob("*.py")}
    areas = {area.__name__.rsplit(".", 1)[-1] for area in handlers.AREAS}
    assert areas <= resources, sorted(areas - resources)
    on_disk = {p.stem for p in (REPO / "jogg" / "testing" / "handlers").glob("[!_]*.py")}
    assert on_disk == areas  # every area module is wired in


def test_each_key_is_in_exactly_one_area() -> None:
    seen: dict[str, str] = {}
    for area in handlers.AREAS:
        table: Mapping[str, object] = area.HANDLERS
        for op_id in table:
            assert op_id not in seen, f"{op_id} in {seen.get(op_id)} and {area.__name__}"
            seen[op_id] = area.__name__
    assert set(seen) == set(HANDLERS)


@pytest.mark.parametrize(
    ("method", "path", "code"),
    [
        ("GET", "/v2/video_translate/target_languages", 0),  # not taken for an id
        ("POST", "/v2/video_translate/", 40000),  # the spec's trailing slash: a body is due
        ("POST", "/v2/video_translate", 40000),
        ("PATCH", "/v2/product", 40000),  # a known path, another method: 405
    ],
)
def test_routes_resolve_like_the_spec(method: str, path: str, code: int) -> None:
    from jogg.testing import FakeJogg

    from .conftest import make_client

    with make_client(FakeJogg(clock="manual")) as c:
        assert c.request(method, path).json()["code"] == code


def test_no_handler_name_drifts_from_its_key() -> None:
    drift = {
        op_id: op.handler.__name__ for op_id, op in HANDLERS.items() if op.handler.__name__ != op_id
    }
    assert drift == {}
    assert all(re.fullmatch(r"[a-z_]+", op_id) for op_id in HANDLERS)
