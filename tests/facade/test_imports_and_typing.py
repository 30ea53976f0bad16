"""Imports stay lazy, and typed parameters catch mistakes at type-checking time."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str) -> str:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "generated")])}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_importing_jogg_loads_no_generated_module() -> None:
    loaded = json.loads(
        _python(
            """
            import json, sys
            import jogg
            print(json.dumps(sorted(m for m in sys.modules if m.startswith("jogg_api"))))
            """
        )
    )
    assert loaded == []


def test_a_resource_loads_its_own_endpoints_only_when_first_used() -> None:
    found = json.loads(
        _python(
            """
            import json, sys
            from jogg.testing import FakeJogg

            client = FakeJogg().client()
            before = {m for m in sys.modules if m.startswith("jogg_api")}
            client.user.whoami()
            after = {m for m in sys.modules if m.startswith("jogg_api")}
            print(json.dumps({"before": sorted(before), "after": sorted(after)}))
            """
        )
    )
    before, after = set(found["before"]), set(found["after"])
    assert "jogg_api.api.user.get_current_user" not in before
    assert {"jogg_api.api.user.get_current_user", "jogg_api.api.user.get_remaining_quota"} <= after
    # Nothing of the other areas' endpoints, and far from the whole generated package.
    assert not any(m.startswith("jogg_api.api.video") for m in after)
    generated = len(list((ROOT / "generated" / "jogg_api").rglob("*.py")))
    assert len(after) < generated / 4


def test_mypy_catches_a_misspelt_field_and_a_value_outside_a_closed_set(tmp_path: Path) -> None:
    snippet = tmp_path / "snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from jogg import Jogg

            client = Jogg(api_key="k")
            client.product_videos.create("prod_1", avatar=127, voice="v", lenght=15)
            client.product_videos.create("prod_1", avatar=127, voice="v", aspect_ratio="wide")
            client.product_videos.list(sort_order="upwards")
            client.user.whoami(timeout=5)
            """
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated")},
    )
    output = done.stdout
    assert done.returncode == 1, output
    assert '"lenght"' in output
    assert '"aspect_ratio"' in output and "wide" in output
    assert '"sort_order"' in output and "upwards" in output
    assert "snippet.py:8" not in output  # the per-call timeout is a known keyword


def test_mypy_checks_the_arguments_given_to_a_generated_request_builder(tmp_path: Path) -> None:
    # The facade passes path ids, query values and bodies through w.arguments, typed by the
    # endpoint's own builder: a name the spec no longer has fails the type check there.
    snippet = tmp_path / "builder_snippet.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from jogg import _wire as w
            from jogg_api.api.video import get_product_video, list_product_videos

            w.arguments(get_product_video._get_kwargs, product_video_id="v1")
            w.arguments(get_product_video._get_kwargs, video_id="v1")
            w.arguments(list_product_videos._get_kwargs, page_size=None)
            """
        )
    )
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(snippet)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
        env={**os.environ, "MYPYPATH": str(ROOT / "generated")},
    )
    output = done.stdout
    assert done.returncode == 1, output
    assert 'builder_snippet.py:6: error: Unexpected keyword argument "video_id"' in output
    assert "builder_snippet.py:7: error" in output and '"page_size"' in output
    assert "builder_snippet.py:5:" not in output
