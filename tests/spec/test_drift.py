"""scripts/check_drift.py (make check-drift) in a throwaway copy of the repo."""

from __future__ import annotations

from pathlib import Path

from conftest import REPO, UPSTREAM, run_script

MAKEFILE = REPO / "Makefile"


def check_drift(repo: Path, upstream: Path | str) -> tuple[int, str]:
    result = run_script(repo / "scripts" / "check_drift.py", "--upstream", str(upstream), cwd=repo)
    assert "Traceback" not in result.stderr, result.stderr
    return result.returncode, result.stdout + result.stderr


def test_the_makefile_target_runs_the_script_with_the_upstream() -> None:
    text = MAKEFILE.read_text(encoding="utf-8")
    assert (
        'check-drift: venv\n\t$(BIN)/python scripts/check_drift.py --upstream "$(UPSTREAM)"' in text
    )


def test_a_hand_edit_in_generated_is_caught_and_named(repo_copy: Path) -> None:
    edited = repo_copy / "generated" / "jogg_api" / "models" / "get_product_video_response_200.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# a hand edit\n", encoding="utf-8")
    stray = repo_copy / "generated" / "jogg_api" / "models" / "hand_written.py"
    stray.write_text("X = 1\n", encoding="utf-8")
    code, output = check_drift(repo_copy, repo_copy / "no-such-upstream.yaml")
    assert code == 1
    assert "differs: generated/jogg_api/models/get_product_video_response_200.py" in output
    assert "extra (not generated): generated/jogg_api/models/hand_written.py" in output
    assert "make generate" in output
    # An absent upstream skips part (b) and says so.
    assert "skipped the upstream comparison" in output


def test_a_spec_edit_without_regeneration_is_caught_in_both_parts(repo_copy: Path) -> None:
    spec = repo_copy / "openapi" / "jogg-v2.yaml"
    text = spec.read_text(encoding="utf-8")
    # Give the music list's items a new field, as a maintainer might by hand.
    anchor = "    MusicInfo:\n      type: object\n      properties:\n"
    assert anchor in text
    spec.write_text(
        text.replace(anchor, anchor + "        tempo:\n          type: integer\n"),
        encoding="utf-8",
    )
    code, output = check_drift(repo_copy, UPSTREAM)
    assert code == 1
    assert "differs: generated/jogg_api/models/music_info.py" in output
    assert "generated/jogg_api is out of step" in output
    # (b): the vendored upstream lacks the field, so the report shows it removed.
    assert "openapi/jogg-v2.yaml differs from the vendored" in output
    assert "GET /v2/musics" in output
    assert "response_field_removed data.music[].tempo" in output
