"""docs/facade-map.json is what the code says: regenerated here and compared byte for byte;
it follows its schema, names only rules that docs/facade.md has, and covers the spec."""

from __future__ import annotations

import copy
import difflib
import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from ..rest import wire
from .facade_map import MAP_PATH, REGENERATE, ROOT, SCHEMA_PATH, build, render

FACADE_DOC = ROOT / "docs" / "facade.md"
# Parameters of methods that call the API but send nothing themselves, and why.
SENDS_NOTHING = {
    "timeout": "a wait's deadline (R-POLL-4)",
    "poll_interval": "a wait's schedule (R-POLL-3)",
    "on_progress": "a wait's callback (R-POLL-5)",
}
SENDS_NOTHING_IN = {
    ("previews.create", "visual_style"): "previews send visual_styles instead (R-BUILD-2)",
}


@pytest.fixture(scope="module")
def generated() -> dict[str, Any]:
    return build()


@pytest.fixture(scope="module")
def committed() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(MAP_PATH.read_text(encoding="utf-8"))
    return loaded


def test_the_committed_map_is_what_the_code_says(generated: dict[str, Any]) -> None:
    fresh = render(generated)
    old = MAP_PATH.read_text(encoding="utf-8")
    if old != fresh:
        diff = difflib.unified_diff(
            old.splitlines(), fresh.splitlines(), "committed", "from the code", lineterm="", n=1
        )
        shown = "\n".join(list(diff)[:40])
        pytest.fail(
            f"{MAP_PATH.relative_to(ROOT)} disagrees with the code: run `{REGENERATE}` and "
            f"commit the map with the change.\n{shown}"
        )


def test_the_map_follows_its_schema(committed: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    errors = [
        f"{e.json_path}: {e.message}"
        for e in jsonschema.Draft202012Validator(schema).iter_errors(committed)
    ]
    assert not errors, "\n".join(errors[:20])


def test_the_schema_refuses_a_parameter_without_its_wire(committed: dict[str, Any]) -> None:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    broken = copy.deepcopy(committed)
    del broken["methods"]["products.create"]["parameters"][0]["wire"]
    broken["results"]["Product"]["fields"][0]["colour"] = "red"
    messages = [e.message for e in jsonschema.Draft202012Validator(schema).iter_errors(broken)]
    assert any("'wire' is a required property" in m for m in messages)
    assert any("colour" in m for m in messages)


def test_every_rule_the_map_names_is_in_the_facade_doc(committed: dict[str, Any]) -> None:
    known = set(re.findall(r"\*\*(R-[A-Z]+-\d+)\*\*", FACADE_DOC.read_text(encoding="utf-8")))
    named = {
        rule
        for result in committed["results"].values()
        for field in result["fields"]
        for rule in field["rules"]
    }
    assert named, "the map names no rule at all"
    assert named <= known, f"rules the doc does not define: {sorted(named - known)}"


def test_every_operation_of_the_spec_is_called_by_a_mapped_method(
    committed: dict[str, Any],
) -> None:
    called = {op for m in committed["methods"].values() for op in m["operations"]}
    assert set(wire.operations()) <= called, sorted(set(wire.operations()) - called)


def test_every_parameter_of_a_call_reaches_the_wire_or_is_named(
    committed: dict[str, Any],
) -> None:
    silent = [
        f"{key}: {p['name']}"
        for key, method in committed["methods"].items()
        if method["operations"]
        for p in method["parameters"]
        if not p["wire"]
        and p["name"] not in SENDS_NOTHING
        and (key, p["name"]) not in SENDS_NOTHING_IN
    ]
    assert not silent, "parameters that send nothing (fix the call, or name them here):\n" + (
        "\n".join(silent)
    )


def test_the_probes_find_the_renamed_and_recoded_fields(committed: dict[str, Any]) -> None:
    """A few mappings that only the code knows (issue 15), as the probes read them."""

    def wire_of(method: str, name: str) -> list[str]:
        params = committed["methods"][method]["parameters"]
        return [w["field"] for p in params if p["name"] == name for w in p["wire"]]

    def sent(method: str, name: str) -> dict[Any, Any]:
        params = committed["methods"][method]["parameters"]
        entry = next(p for p in params if p["name"] == name)
        return {v["given"]: v["sent"] for v in entry.get("values_sent", [])}

    assert wire_of("product_videos.create", "name") == ["body.video_spec.name"]
    assert wire_of("template_videos.create", "captions") == ["body.captions_enabled"]
    assert wire_of("product_videos.retrieve", "video_id") == ["path.product_video_id"]
    assert sent("product_avatars.generate_images", "aspect_ratio")["portrait"] == "2:3"
    assert sent("webhooks.update_endpoint", "enabled") == {True: "enabled", False: "disabled"}
    fields = {f["name"]: f for f in committed["results"]["Voice"]["fields"]}
    assert fields["sample_url"]["sources"]["list_voices"] == ["data.voices[].audio_url"]
    fields = {f["name"]: f for f in committed["results"]["LipSyncVideo"]["fields"]}
    assert fields["video_url"]["sources"]["get_lip_sync_video"] == ["data.data.result_url"]
    assert fields["video_url"]["fallbacks"] == ["result_url", "video_url"]


def test_the_map_says_which_spec_it_describes(committed: dict[str, Any]) -> None:
    stamp = json.loads((ROOT / "generated" / "STAMP.json").read_text(encoding="utf-8"))
    assert committed["spec"]["sha256"] == stamp["spec"]["sha256"]
    assert Path(ROOT / committed["spec"]["path"]).is_file()
