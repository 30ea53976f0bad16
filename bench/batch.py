"""The batch benchmark: ``jogg batch`` on 200 rows against the served fake, on SQLite with
one worker and on PostgreSQL with three, each against its physical bound.

The bound (issue 14): 2 × rows POSTs at 20 a minute, plus the longest render. The fake runs
on a time scale S: its rate window is 60/S s (the workers are told the same with the
hidden ``--post-window``), renders take ``render``/S s, and the workers poll every 10/S s
(the vendor's 10 s step). Everything else (HTTP, journal, downloads) is real time.

    python -m bench.batch [--rows 200] [--scale 10] [--render 300] [--only sqlite|postgres]

also ``python -m bench --only batch`` (not part of the default ``make bench``: about 5
minutes).
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from jogg.testing import FakeJogg

REPO = Path(__file__).resolve().parents[1]
LIMIT = 20


def _jogg() -> list[str]:
    script = Path(sys.executable).with_name("jogg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "jogg.cli"]


def _catalogue(folder: Path, rows: int) -> Path:
    path = folder / "products.csv"
    lines = ["url"] + [f"https://shop.example.com/p/item-{n}" for n in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n")
    return path


def _busiest(times: list[float], window: float) -> int:
    best = start = 0
    for end, moment in enumerate(times):
        while times[start] <= moment - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def run_case(
    *, rows: int, scale: float, render: float, workers: int, journal: str | None
) -> dict[str, Any]:
    window = 60.0 / scale
    fake = FakeJogg(
        job_seconds=render / scale, rate_limit=LIMIT, rate_window=window, video_size=64 * 1024
    )
    fake.remaining_quota = 1e12
    with tempfile.TemporaryDirectory(prefix="jogg-bench-batch-") as folder:
        base = Path(folder)
        source = _catalogue(base, rows)
        with fake.serve() as url:
            env = {k: v for k, v in os.environ.items() if not k.startswith("JOGG_")}
            env.update(JOGG_BASE_URL=url, JOGG_API_KEY=fake.api_key)
            processes = []
            started = time.monotonic()
            for n in range(workers):
                out = base / f"out-{n}"
                out.mkdir()
                command = [
                    *_jogg(),
                    "batch",
                    str(source),
                    "--out",
                    str(out),
                    "--avatar",
                    "127",
                    "--voice",
                    "en-US-JennyNeural",
                    "--poll-interval",
                    str(10.0 / scale),
                    "--post-window",
                    str(window),
                    "--concurrency",
                    str(max(8, 64 // workers)),
                ]
                if journal:
                    command += ["--journal", journal]
                processes.append(
                    subprocess.Popen(
                        command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
                    )
                )
            codes = [p.wait() for p in processes]
            wall = time.monotonic() - started
            errors = [p.stderr.read().decode()[-500:] for p in processes if p.stderr]
        posts = sorted(r.at for r in fake.requests if r.method == "POST")
        files = sum(1 for n in range(workers) for _ in (base / f"out-{n}").glob("*.mp4"))
    # 20 POSTs at the start of each window: POST k may start at (k // 20) windows.
    bound = 2 * rows / LIMIT * window + render / scale
    strict = (2 * rows - 1) // LIMIT * window + render / scale
    return {
        "rows": rows,
        "workers": workers,
        "journal": "postgresql" if journal else "sqlite",
        "scale": scale,
        "window_s": window,
        "render_s": render / scale,
        "wall_s": round(wall, 2),
        "bound_s": round(bound, 2),
        "strict_bound_s": round(strict, 2),
        "ratio": round(wall / bound, 3),
        "posts": len(posts),
        "refused_429": len(posts) - 2 * rows,
        "busiest_window": _busiest(posts, window),
        "files": files,
        "exit_codes": codes,
        "errors": [e for e in errors if e.strip()],
    }


def _postgres() -> Any:
    sys.path.insert(0, str(REPO))
    from tests.batch.support import new_database, postgres_server

    return postgres_server, new_database


def main(argv: list[str] | None = None) -> list[dict[str, Any]]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=200)
    parser.add_argument("--scale", type=float, default=10.0)
    parser.add_argument("--render", type=float, default=300.0, help="real render seconds")
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    options = parser.parse_args(argv)
    common = dict(rows=options.rows, scale=options.scale, render=options.render)
    results = []
    if options.only in (None, "sqlite"):
        results.append(run_case(workers=1, journal=None, **common))  # type: ignore[arg-type]
        print(json.dumps(results[-1]), flush=True)
    if options.only in (None, "postgres"):
        server, new_database = _postgres()
        with server() as url:
            journal = new_database(url, "bench_" + secrets.token_hex(4))
            results.append(run_case(workers=3, journal=journal, **common))  # type: ignore[arg-type]
        print(json.dumps(results[-1]), flush=True)
    return results


def table_rows(results: list[dict[str, Any]]) -> list[tuple[str, str, str, str, str, bool]]:
    rows = []
    for r in results:
        label = (
            f"batch {r['rows']} rows, {r['workers']} worker(s), {r['journal']} "
            f"(time scale 1/{r['scale']:g}: {r['window_s']:g} s minute, {r['render_s']:g} s render)"
        )
        rows.append(
            (
                label,
                f"{r['wall_s']:.1f} s, {r['refused_429']} × 429, busiest window "
                f"{r['busiest_window']}, {r['files']} files",
                f"{r['bound_s']:.1f} s bound",
                f"{r['ratio']:.3f}",
                "<= 1.05, 0 × 429",
                r["ratio"] <= 1.05 and r["refused_429"] == 0 and r["files"] == r["rows"],
            )
        )
    return rows


if __name__ == "__main__":
    main()
