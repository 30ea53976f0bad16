"""Run every benchmark and print one table (``make bench``; ``BENCH_QUICK=1`` for a short run).

Each scenario runs in a fresh child process, side by side with its baseline, repeated;
figures are medians with their spread (min-max), ratios are medians of paired ratios.
The raw numbers of the last run go to bench/results/latest.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench._measure import REPO

RESULTS = REPO / "bench" / "results"
MB = 1_000_000


def scenario(name: str, **args: Any) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.scenarios", name, json.dumps(args)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"scenario {name} failed:\n{done.stderr[-3000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def spread(values: list[float], scale: float = 1.0, digits: int = 0) -> str:
    return f"{min(values) * scale:.{digits}f}-{max(values) * scale:.{digits}f}"


def paired_ratio(sdk: list[float], raw: list[float]) -> float:
    return statistics.median(s / r for s, r in zip(sdk, raw, strict=True))


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []

    def add(
        self, bench: str, figure: str, baseline: str, ratio: str, goal: str, met: bool | None
    ) -> None:
        verdict = "n/a" if met is None else ("yes" if met else "NO")
        self.rows.append((bench, figure, baseline, ratio, goal, verdict))

    def render(self) -> str:
        header = ("benchmark", "figure", "baseline", "ratio", "goal", "met?")
        widths = [max(len(r[i]) for r in [header, *self.rows]) for i in range(6)]
        lines = [" | ".join(c.ljust(w) for c, w in zip(header, widths, strict=True))]
        lines.append("-|-".join("-" * w for w in widths))
        for row in self.rows:
            lines.append(" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)))
        return "\n".join(lines)


def bench_per_call(table: Table, raw: dict[str, Any], quick: bool) -> None:
    calls = 500 if quick else 2000
    result = scenario("per_call", calls=calls, repeats=3 if quick else 7)
    raw["per_call"] = result
    for name, rounds in result["rounds"].items():
        sdk, base = rounds["sdk"], rounds["raw"]
        per_sdk = statistics.median(sdk) / calls * 1e6
        per_raw = statistics.median(base) / calls * 1e6
        # SDK time per call from the client's CPU time, which load on the machine disturbs
        # far less than wall time.
        cpu_sdk = statistics.median(rounds["sdk_cpu"]) / calls * 1e6
        cpu_raw = statistics.median(rounds["raw_cpu"]) / calls * 1e6
        ratio = paired_ratio(sdk, base)
        table.add(
            f"{calls} x {name}",
            f"{per_sdk:.0f} us/call ({spread(sdk, 1e6 / calls)}); "
            f"SDK CPU {cpu_sdk - cpu_raw:+.0f} us/call",
            f"{per_raw:.0f} us/call httpx ({spread(base, 1e6 / calls)})",
            f"{ratio:.2f} (CPU {cpu_sdk / cpu_raw:.2f})",
            "<= 1.10",
            ratio <= 1.10,
        )


def _instructions(op: str, calls: int) -> int:
    """Instructions this process executes (callgrind) for ``calls`` calls of ``op``."""
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
         "-m", "bench.scenarios", "calls_only", json.dumps({"op": op, "calls": calls})],
        cwd=REPO, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return int(done.stderr.split("Collected :")[1].split()[0])


def bench_instructions(table: Table, raw: dict[str, Any], quick: bool) -> None:
    """The per-call comparison in instructions, which load and a shared VM's noise do not
    move (wall-time ratios on loopback varied 1.12-1.29 between identical runs)."""
    if shutil.which("valgrind") is None:
        table.add("instructions per call", "valgrind not installed", "", "", "", None)
        return
    from concurrent.futures import ThreadPoolExecutor

    calls = 50 if quick else 100
    ops = ["sdk retrieve", "raw retrieve", "sdk create", "raw create"]
    runs = [(op, n) for op in ops for n in (0, calls)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        counts = dict(zip(runs, pool.map(lambda run: _instructions(*run), runs), strict=True))
    per_call = {op: (counts[op, calls] - counts[op, 0]) / calls for op in ops}
    raw["instructions"] = per_call
    for kind in ("retrieve", "create"):
        sdk, base = per_call[f"sdk {kind}"], per_call[f"raw {kind}"]
        table.add(
            f"instructions per {kind}",
            f"{sdk / 1000:.0f}k per call (SDK {(sdk - base) / 1000:+.0f}k)",
            f"{base / 1000:.0f}k httpx",
            f"{sdk / base:.3f}",
            "<= 1.10",
            sdk / base <= 1.10,
        )


def _fresh_process_ms(code: list[str], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(code, cwd=REPO, check=True, capture_output=True)
        times.append((time.perf_counter() - started) * 1000)
    return times


def bench_import(table: Table, raw: dict[str, Any], quick: bool) -> None:
    runs = 5 if quick else 10
    jogg_ms: list[float] = []
    httpx_ms: list[float] = []
    for _ in range(runs):  # interleaved, so load on the machine hits both alike
        jogg_ms += _fresh_process_ms([sys.executable, "-c", "import jogg"], 1)
        httpx_ms += _fresh_process_ms([sys.executable, "-c", "import httpx"], 1)
    j, h = statistics.median(jogg_ms), statistics.median(httpx_ms)
    raw["import"] = {"jogg_ms": jogg_ms, "httpx_ms": httpx_ms}
    table.add(
        f"import jogg (median of {runs})",
        f"{j:.0f} ms ({spread(jogg_ms)}); {j - h:+.0f} ms",
        f"{h:.0f} ms import httpx ({spread(httpx_ms)})",
        f"{j / h:.2f}",
        "<= httpx + 30 ms",
        j - h <= 30,
    )
    client_ms: list[float] = []
    base_ms: list[float] = []
    for _ in range(runs):  # interleaved, as above
        client_ms += _fresh_process_ms([sys.executable, "-c", "from jogg import Jogg"], 1)
        base_ms += _fresh_process_ms([sys.executable, "-c", "import httpx, attrs"], 1)
    c, b = statistics.median(client_ms), statistics.median(base_ms)
    raw["import"]["from_jogg_import_Jogg_ms"] = client_ms
    raw["import"]["httpx_attrs_ms"] = base_ms
    table.add(
        "from jogg import Jogg (the client)",
        f"{c:.0f} ms ({spread(client_ms)}); {c - b:+.0f} ms",
        f"{b:.0f} ms import httpx, attrs ({spread(base_ms)})",
        f"{c / b:.2f}",
        "<= httpx, attrs + 30 ms",
        c - b <= 30,
    )
    check = scenario("import_check")
    raw["import_check"] = check
    table.add(
        "jogg_api modules loaded",
        f"{check['after_import']} after import; {check['after_call']} after a call "
        f"(of {check['generated']})",
        "-",
        "-",
        "none after import; the resource's own after a call",
        check["after_import"] == 0 and check["after_call"] < check["generated"] / 4,
    )
    cli = shutil.which("jogg", path=str(Path(sys.executable).parent))
    probe = subprocess.run(
        [sys.executable, "-c", "import jogg.cli; jogg.cli.main"], cwd=REPO, capture_output=True
    )
    if cli is None or probe.returncode != 0:
        table.add("jogg --help", "CLI not present yet", "-", "-", "< 300 ms", None)
        return
    help_ms = _fresh_process_ms([cli, "--help"], runs)
    python_ms = _fresh_process_ms([sys.executable, "-c", "pass"], runs)
    raw["cli_help"] = {"help_ms": help_ms, "python_ms": python_ms}
    m = statistics.median(help_ms)
    table.add(
        f"jogg --help (median of {runs})",
        f"{m:.0f} ms ({spread(help_ms)})",
        f"{statistics.median(python_ms):.0f} ms python -c pass",
        f"{m / statistics.median(python_ms):.2f}",
        "< 300 ms",
        m < 300,
    )


def bench_concurrency(table: Table, raw: dict[str, Any], quick: bool) -> None:
    jobs = 300 if quick else 1000
    result = scenario(
        "concurrency", jobs=jobs, interval=1.0, min_delay=2.0, max_delay=6.0 if quick else 12.0
    )
    raw["concurrency"] = result
    table.add(
        f"{jobs} concurrent waits: wall",
        f"{result['wall']:.1f} s ({result['finished']} finished)",
        f"{result['ideal']:.1f} s last job done",
        f"{result['wall'] / result['ideal']:.2f}",
        "-",
        None,
    )
    table.add(
        f"{jobs} concurrent waits: polls",
        f"{result['sent']} sent, {result['early']} early",
        f"{result['scheduled']} scheduled",
        f"{result['sent'] / result['scheduled']:.2f}",
        "<= schedule, 0 early",
        result["sent"] <= result["scheduled"] and result["early"] == 0,
    )
    table.add(
        f"{jobs} concurrent waits: peak RSS",
        f"{result['peak_rss_mb']:.0f} MB",
        "-",
        "-",
        "< 150 MB",
        result["peak_rss_mb"] < 150,
    )


def bench_download(table: Table, raw: dict[str, Any], quick: bool) -> None:
    size = 100 * MB if quick else 500 * MB
    speed = scenario("download_speed", size=size, repeats=2 if quick else 3)
    sdk_mem = scenario("download_memory", size=size, which="sdk")
    raw_mem = scenario("download_memory", size=size, which="raw")
    raw["download"] = {"speed": speed, "sdk_memory": sdk_mem, "raw_memory": raw_mem}
    sdk, base = speed["rounds"]["sdk"], speed["rounds"]["raw"]
    throughput = size / MB / statistics.median(sdk)
    baseline = size / MB / statistics.median(base)
    ratio = 1 / paired_ratio(sdk, base)
    label = f"download {size // MB} MB"
    table.add(
        f"{label}: throughput",
        f"{throughput:.0f} MB/s ({spread([size / MB / s for s in sdk])})",
        f"{baseline:.0f} MB/s httpx.stream ({spread([size / MB / s for s in base])})",
        f"{ratio:.2f}",
        ">= 0.90",
        ratio >= 0.90,
    )
    table.add(
        f"{label}: peak RSS growth",
        f"{sdk_mem['growth_mb']:.1f} MB",
        f"{raw_mem['growth_mb']:.1f} MB httpx.stream",
        "-",
        "< 20 MB",
        sdk_mem["growth_mb"] < 20,
    )


ATTACKS = {
    "flood": "answer of 1 GB",
    "chunked": "endless chunked answer",
    "bomb": "2 MB gzip -> 2 GB",
    "trickle": "1 byte a second",
}


def bench_attacks(table: Table, raw: dict[str, Any], quick: bool) -> None:
    """Memory and time of one GET against a hostile server (limits: 10 MiB, deadline 6 s)."""
    results = {kind: scenario("attack", kind=kind) for kind in ATTACKS}
    raw["attacks"] = results
    for kind, label in ATTACKS.items():
        result = results[kind]
        if kind == "trickle":
            figure = f"{result['seconds']:.1f} s, {result['outcome']}"
            met = result["seconds"] < 7 and result["outcome"] == "APITimeoutError"
            goal = "< 7 s (deadline 3 x 2 s)"
        else:
            figure = f"{result['growth_mb']:.1f} MB growth, {result['outcome']}"
            met = result["growth_mb"] < 50 and result["outcome"] == "APIError"
            goal = "< 50 MB"
        table.add(f"attack: {label}", figure, "-", "-", goal, met)


def bench_upload(table: Table, raw: dict[str, Any], quick: bool) -> None:
    size = 20 * MB if quick else 100 * MB
    result = scenario("upload_memory", size=size)
    raw["upload"] = result
    label = f"upload {size // MB} MB: peak RSS growth"
    if not result["available"]:
        table.add(label, "assets.upload not present yet", "-", "-", "< 20 MB", None)
        return
    table.add(
        label,
        f"{result['growth_mb']:.1f} MB ({result['seconds']:.1f} s)",
        "-",
        "-",
        "< 20 MB",
        result["growth_mb"] < 20,
    )


def bench_generate(table: Table, raw: dict[str, Any], quick: bool) -> None:
    runs = 1 if quick else 3
    times = []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(runs):
            output = Path(folder) / f"run{i}" / "jogg_api"
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, "scripts/generate.py", "--output", str(output)],
                cwd=REPO,
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - started)
    raw["generate_s"] = times
    m = statistics.median(times)
    table.add(
        f"make generate (median of {runs})",
        f"{m:.1f} s ({spread(times, digits=1)})",
        "-",
        "-",
        "< 15 s",
        m < 15,
    )


def bench_batch(table: Table, raw: dict[str, Any], quick: bool) -> None:
    from bench.batch import main as batch_main
    from bench.batch import table_rows

    results = batch_main(["--rows", "100" if quick else "200"])
    raw["batch"] = results
    for row in table_rows(results):
        table.add(*row)


BENCHMARKS: dict[str, Callable[[Table, dict[str, Any], bool], None]] = {
    "per_call": bench_per_call,
    "import": bench_import,
    "concurrency": bench_concurrency,
    "download": bench_download,
    "upload": bench_upload,
    "attacks": bench_attacks,
    "generate": bench_generate,
    "batch": bench_batch,
    "instructions": bench_instructions,
}
# Run only when named with --only: about 5 minutes of batch runs on a scaled fake, and 8
# runs under valgrind (about 4 minutes on 2 cores).
OPT_IN = {"batch", "instructions"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer and smaller rounds")
    parser.add_argument("--only", action="append", choices=sorted(BENCHMARKS), default=[])
    options = parser.parse_args()
    quick = options.quick or os.environ.get("BENCH_QUICK", "") not in ("", "0")
    machine = (
        f"{os.cpu_count()} cores, Python {platform.python_version()}, {platform.system()} "
        f"{platform.machine()}, load average {os.getloadavg()[0]:.1f} at start"
    )
    print(f"jogg benchmarks ({'quick' if quick else 'full'} run) on {machine}", flush=True)
    table = Table()
    raw: dict[str, Any] = {"machine": machine, "quick": quick}
    started = time.perf_counter()
    for name, run in BENCHMARKS.items():
        if (options.only and name not in options.only) or (not options.only and name in OPT_IN):
            continue
        print(f"  {name} ...", flush=True)
        run(table, raw, quick)
    raw["table"] = table.rows
    raw["seconds"] = time.perf_counter() - started
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "latest.json").write_text(json.dumps(raw, indent=2))
    print()
    print(table.render())
    print(f"\n{raw['seconds']:.0f} s; raw numbers in {(RESULTS / 'latest.json').relative_to(REPO)}")


if __name__ == "__main__":
    main()
