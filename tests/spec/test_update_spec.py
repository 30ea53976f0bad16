"""scripts/update_spec.py (make update-spec): all or nothing, and moves keep operationIds.

The move tests replay the vendor's real lip-sync move: on 20260330 the two lip-sync
operations went from /open/v2/... to /v2/... with nothing else changed.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import HISTORY, REPO, copy_repo, run_script

BEFORE_MOVE = HISTORY / "openapi-v2-20260320-f59a7b1.yaml"
AFTER_MOVE = HISTORY / "openapi-v2-20260330-73d097d.yaml"
MOVED = {
    "POST /open/v2/create_lip_sync_video": "POST /v2/create_lip_sync_video",
    "GET /open/v2/lip_sync_video/{task_id}": "GET /v2/lip_sync_video/{task_id}",
}


def digest(repo: Path) -> dict[str, str]:
    """sha256 of every file under openapi/ and generated/ (what update-spec may write)."""
    return {
        path.relative_to(repo).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for folder in ("openapi", "generated")
        for path in sorted((repo / folder).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


def update_spec(repo: Path, source: Path | str) -> tuple[int, str]:
    result = run_script(repo / "scripts" / "update_spec.py", str(source), cwd=repo)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout + result.stderr


def load(path: Path) -> dict[str, Any]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def write(path: Path, document: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def before_move_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The repo as it was on 20260320: lip-sync under /open/v2, vendored and generated."""
    repo = copy_repo(tmp_path_factory.mktemp("before-move") / "repo")
    ids = repo / "openapi" / "operation-ids.yaml"
    text = ids.read_text(encoding="utf-8")
    for old, new in MOVED.items():
        assert f"\n{new}: " in text
        text = text.replace(f"\n{new}: ", f"\n{old}: ")
    ids.write_text(text, encoding="utf-8")
    for script, args in (
        ("vendor_spec.py", (str(BEFORE_MOVE),)),
        ("generate.py", ()),
    ):
        result = run_script(repo / "scripts" / script, *args, cwd=repo)
        assert result.returncode == 0, result.stderr
    return repo


@pytest.fixture
def repo(before_move_repo: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "repo"
    shutil.copytree(before_move_repo, copy)
    return copy


def test_the_real_lip_sync_move_needs_no_map_edit(repo: Path) -> None:
    code, output = update_spec(repo, AFTER_MOVE)
    assert code == 0, output
    for old, new in MOVED.items():
        assert f"{old} moved to {new} with the same shape" in output
    assert "keeps create_lip_sync_video" in output
    assert "keeps get_lip_sync_video" in output
    # The map line moved with the operation, and the result is today's committed tree:
    # same spec, same map, same generated package and stamp, byte for byte.
    assert digest(repo) == digest(REPO)
    assert "Facade places to revisit (jogg/ without jogg/testing/): none." in output
    assert "make typecheck" in output


def moved_and_changed(tmp_path: Path) -> Path:
    """The 20260330 spec with one more optional request field in the moved create call."""
    document = load(AFTER_MOVE)
    operation = document["paths"]["/v2/create_lip_sync_video"]["post"]
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    body = (
        document["components"]["schemas"][body["$ref"].rsplit("/", 1)[1]]
        if "$ref" in body
        else body
    )
    body["properties"]["subtitle_style"] = {"type": "string"}
    return write(tmp_path / "moved-and-changed.yaml", document)


def test_a_move_with_a_changed_shape_stops_and_writes_nothing(repo: Path, tmp_path: Path) -> None:
    before = digest(repo)
    source = moved_and_changed(tmp_path)
    code, output = update_spec(repo, source)
    assert code == 2
    # Named with its line in the vendor's file; the unchanged GET was carried over.
    line = 1 + source.read_text(encoding="utf-8").splitlines().index("  /v2/create_lip_sync_video:")
    assert f"POST /v2/create_lip_sync_video ({source}:{line + 1})" in output
    assert "GET /v2/lip_sync_video" not in output
    assert "operation-ids.yaml" in output
    assert "add its new path with the old operationId" in output
    # Nothing is written while the POST is unnamed.
    assert digest(repo) == before


@pytest.mark.parametrize("edit", ["add a line", "change the key"])
def test_a_move_with_a_changed_shape_takes_one_map_edit(
    repo: Path, tmp_path: Path, edit: str
) -> None:
    ids = repo / "openapi" / "operation-ids.yaml"
    text = ids.read_text(encoding="utf-8")
    old_line = "POST /open/v2/create_lip_sync_video: create_lip_sync_video\n"
    new_line = "POST /v2/create_lip_sync_video: create_lip_sync_video\n"
    assert old_line in text
    if edit == "add a line":
        # What the docs have always said: give the new path its name in the map. This used
        # to fail with "gives the same operationId twice".
        text = text.replace(old_line, old_line + new_line)
    else:
        text = text.replace(old_line, new_line)
    ids.write_text(text, encoding="utf-8")

    code, output = update_spec(repo, moved_and_changed(tmp_path))
    assert code == 0, output
    assert "GET /open/v2/lip_sync_video/{task_id} moved to GET /v2/lip_sync_video/{task_id}" in (
        output
    )
    if edit == "add a line":
        assert "dropped the map line POST /open/v2/create_lip_sync_video" in output
    # One line per operation, under its new path: the map is today's committed map.
    assert ids.read_bytes() == (REPO / "openapi" / "operation-ids.yaml").read_bytes()
    spec = load(repo / "openapi" / "jogg-v2.yaml")
    post = spec["paths"]["/v2/create_lip_sync_video"]["post"]
    assert post["operationId"] == "create_lip_sync_video"
    # The change made during the move is reported, and the module keeps its name.
    assert "request_field_added subtitle_style" in output
    module = repo / "generated" / "jogg_api" / "api"
    assert list(module.rglob("create_lip_sync_video.py"))


def test_two_present_operations_with_one_operation_id_are_refused(repo: Path) -> None:
    ids = repo / "openapi" / "operation-ids.yaml"
    text = ids.read_text(encoding="utf-8").replace(
        "GET /v2/musics: list_musics", "GET /v2/musics: list_voices"
    )
    ids.write_text(text, encoding="utf-8")
    before = digest(repo)
    code, output = update_spec(repo, AFTER_MOVE)
    assert code == 2
    assert "list_voices (GET /v2/musics and GET /v2/voices)" in output
    assert digest(repo) == before


def broken(tmp_path: Path, old: str, new: str) -> tuple[Path, int]:
    """A copy of the vendor's spec with one line edited, and that line's number."""
    lines = AFTER_MOVE.read_text(encoding="utf-8").splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if old in line)
    lines[number] = lines[number].replace(old, new, 1)
    path = tmp_path / "vendor.yaml"
    path.write_text("".join(lines), encoding="utf-8")
    return path, number + 1


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "$ref: '#/components/schemas/MusicInfo'",
            "$ref: '#/components/schemas/MusicInfoo'",
            "$ref #/components/schemas/MusicInfoo does not resolve",
        ),
        ("type: string", "type: strng", "type strng is not a schema type"),
        ("type: integer", "type: int", "type int is not a schema type"),
    ],
    ids=["dangling $ref", "misspelt type", "non-OpenAPI type"],
)
def test_a_spec_problem_names_the_vendors_line_and_writes_nothing(
    repo: Path, tmp_path: Path, old: str, new: str, message: str
) -> None:
    source, line = broken(tmp_path, old, new)
    before = digest(repo)
    code, output = update_spec(repo, source)
    assert code == 1
    assert f"{source}:{line}: {message}" in output
    assert "nothing was written" in output
    assert digest(repo) == before


def test_a_generator_failure_names_the_schema_line_and_writes_nothing(
    repo: Path, tmp_path: Path
) -> None:
    # The $ref resolves, but to a security scheme: only the generator notices.
    document = load(AFTER_MOVE)
    document["components"]["schemas"]["MusicInfo"]["properties"]["tempo"] = {
        "$ref": "#/components/securitySchemes/apiKeyAuth"
    }
    source = write(tmp_path / "vendor.yaml", document)
    schema_line = 1 + next(
        number
        for number, line in enumerate(source.read_text(encoding="utf-8").splitlines())
        if line == "    MusicInfo:"
    )
    before = digest(repo)
    code, output = update_spec(repo, source)
    assert code == 1
    assert "generation failed" in output
    assert f"{source}:{schema_line}: /components/schemas/MusicInfo" in output
    assert digest(repo) == before


def test_a_failure_during_the_swap_puts_everything_back(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scripts = str(repo / "scripts")
    monkeypatch.syspath_prepend(scripts)
    for name in [n for n in sys.modules if n in {"speclib", "vendor_spec", "update_spec"}]:
        monkeypatch.delitem(sys.modules, name)
    import update_spec as module  # the copy's module, bound to the copy's paths

    assert repo == module.REPO_ROOT
    package = repo / "staged" / "jogg_api"
    shutil.copytree(repo / "generated" / "jogg_api", package)
    (package / "client.py").write_text("# new\n", encoding="utf-8")
    stamp = repo / "staged" / "STAMP.json"
    stamp.write_text(json.dumps({"new": True}), encoding="utf-8")
    before = digest(repo)
    calls: list[Path] = []
    real_replace = module.os.replace

    def failing_replace(src: Any, dst: Any) -> None:
        calls.append(Path(dst))
        if len(calls) == 2:
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(module.os, "replace", failing_replace)
    with pytest.raises(OSError, match="disk full"):
        module.replace_together(
            "new spec\n", "new map\n", package, stamp, repo / "generated" / "jogg_api"
        )
    monkeypatch.setattr(module.os, "replace", real_replace)
    assert digest(repo) == before
    leftovers = [p.name for p in (repo / "generated").iterdir() if p.name.startswith(".")]
    leftovers += [p.name for p in (repo / "openapi").iterdir() if p.name.startswith(".")]
    assert leftovers == []
