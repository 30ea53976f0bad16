"""scripts/vendor_spec.py: deterministic output, operationIds from the map, patches."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from conftest import HISTORY, REPO, SCRIPTS, UPSTREAM, run_script
from spec_patches import apply_patches
from speclib import load_openapi, operations
from vendor_spec import load_operation_ids

PROJECT_SPEC = REPO / "openapi" / "jogg-v2.yaml"


def project_spec() -> dict[str, Any]:
    document = yaml.safe_load(PROJECT_SPEC.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_vendoring_twice_gives_identical_bytes_equal_to_the_committed_spec(
    tmp_path: Path,
) -> None:
    first, second = tmp_path / "first.yaml", tmp_path / "second.yaml"
    for output in (first, second):
        result = run_script(SCRIPTS / "vendor_spec.py", str(UPSTREAM), "-o", str(output))
        assert result.returncode == 0, result.stderr
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes() == PROJECT_SPEC.read_bytes()


def test_every_operation_has_the_operation_id_from_the_map() -> None:
    mapping = load_operation_ids()
    found = {
        f"{method} {path}": op.get("operationId") for method, path, op in operations(project_spec())
    }
    new_in_spec = sorted(set(found) - set(mapping))
    gone_from_spec = sorted(set(mapping) - set(found))
    assert (new_in_spec, gone_from_spec) == ([], [])
    assert found == mapping
    names = list(found.values())
    assert sorted({name for name in names if names.count(name) > 1}) == []
    assert all(name.isidentifier() and name == name.lower() for name in found.values())


def test_the_vendor_prose_is_gone() -> None:
    """`description` survives only as our own info text, response texts and field names."""
    spec = project_spec()
    allowed = {spec["info"]["description"]}
    leftovers: list[str] = []

    def walk(node: Any, where: str, is_property_map: bool = False) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("example", "examples", "enum", "default"):
                    continue
                if key == "description" and not is_property_map:
                    if not where.endswith(("/responses/200", "/info")) and value not in allowed:
                        leftovers.append(f"{where}: {value!r}")
                    continue
                walk(value, f"{where}/{key}", key == "properties")
        elif isinstance(node, list):
            for index, item in enumerate(node):
                walk(item, f"{where}/{index}")

    walk(spec, "")
    assert leftovers == []


def test_an_operation_missing_from_the_map_is_a_clear_error(tmp_path: Path) -> None:
    upstream = load_openapi(str(UPSTREAM))
    upstream["paths"]["/v2/brand_new_thing"] = copy.deepcopy(upstream["paths"]["/v2/musics"])
    source = tmp_path / "upstream.yaml"
    source.write_text(yaml.safe_dump(upstream), encoding="utf-8")
    output = tmp_path / "out.yaml"
    result = run_script(SCRIPTS / "vendor_spec.py", str(source), "-o", str(output))
    assert result.returncode == 2
    assert "GET /v2/brand_new_thing" in result.stderr
    assert "operation-ids.yaml" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not output.exists()


def test_patches_fix_the_slips_present_in_the_current_spec() -> None:
    notes = dict(apply_patches(load_openapi(str(UPSTREAM))))
    assert all(note.startswith("applied") for note in notes.values()), notes
    spec = project_spec()
    preview = spec["paths"]["/v2/create_video_from_product/preview_list"]["post"]
    body = preview["requestBody"]["content"]["application/json"]["schema"]
    assert "language" not in body["properties"]
    assert "language" in body["properties"]["script"]["properties"]
    template = spec["paths"]["/v2/create_video_with_template"]["post"]
    body = template["requestBody"]["content"]["application/json"]["schema"]
    assert "webhook_url" in body["properties"]
    variable = body["properties"]["variables"]["items"]["properties"]["properties"]
    assert set(variable["properties"]) == {"content", "url", "asset_id"}
    events = spec["paths"]["/v2/events"]["get"]["responses"]["200"]["content"]
    schema = events["application/json"]["schema"]["allOf"][1]
    example = schema["properties"]["data"]["properties"]["events"]["example"]
    assert {"generated_image_success", "generated_motion_failed"} <= set(example)


def test_patches_are_no_ops_with_a_note_when_the_slip_is_absent() -> None:
    # Before 20251217 the preview request and template variables were right.
    older = load_openapi(str(HISTORY / "openapi-v2-20251216-566655d.yaml"))
    before = copy.deepcopy(older)
    notes = dict(apply_patches(older))
    assert notes["move_preview_language_into_script"].startswith("absent")
    assert notes["move_template_webhook_url_to_top"].startswith("absent")
    if notes["complete_events_example"].startswith("absent"):
        assert older == before
    # Running the patches again over patched output changes nothing.
    again = copy.deepcopy(older)
    assert all(note.startswith("absent") for _, note in apply_patches(again))
    assert again == older
