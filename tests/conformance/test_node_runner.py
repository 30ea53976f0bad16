"""The second runner: the vectors through a minimal JavaScript port (tests/conformance/node),
run with Node as a subprocess. It proves the vectors are language-neutral: the same files,
read by another JSON parser and checked by another implementation, must pass."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

from .runner import load_vectors

RUNNER = Path(__file__).parent / "node" / "run.mjs"


def node_report() -> dict:
    node = shutil.which("node")
    assert node, "node (20 or later) is needed for the second conformance runner"
    done = subprocess.run(
        [node, str(RUNNER), "--json"], capture_output=True, text=True, timeout=300, check=False
    )
    assert done.stderr == "", done.stderr
    report: dict = json.loads(done.stdout)
    report["returncode"] = done.returncode
    return report


REPORT = node_report()


def test_every_vector_node_runs_passes() -> None:
    failures = {f["id"]: f["problems"] for f in REPORT["failures"]}
    assert failures == {}
    assert REPORT["returncode"] == 0


def test_node_reads_every_vector_file_and_accounts_for_every_vector() -> None:
    vectors = load_vectors()
    files = {v["_file"] for v in vectors}
    assert {f["file"] for f in REPORT["files"]} == files
    ran = {i for f in REPORT["files"] for i in f["ran_ids"]}
    skipped = {i for f in REPORT["files"] for ids in f["skipped"].values() for i in ids}
    assert ran.isdisjoint(skipped)
    assert ran | skipped == {v["id"] for v in vectors}


def test_node_covers_the_transport_and_parsing_areas_whole() -> None:
    """The areas the minimal port exists for run completely (no vector of them skipped
    except calls of resources it has not ported)."""
    by_file = {f["file"]: f for f in REPORT["files"]}
    for name in ("retries.json", "throttle.json", "webhooks.json", "errors.json"):
        assert by_file[name]["skipped"] == {}, name
    ran = {i for f in REPORT["files"] for i in f["ran_ids"]}
    assert len(ran) >= 300
