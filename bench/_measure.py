"""Helpers shared by the scenarios: the loopback server process, memory readings, timing."""

from __future__ import annotations

import contextlib
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
API_KEY = "bench-key"  # the loopback server accepts anything; never a real key


@contextlib.contextmanager
def loopback_server(download_size: int = 500_000_000) -> Iterator[str]:
    """Start bench.loopback in its own process; yields its base URL."""
    process = subprocess.Popen(
        [sys.executable, "-m", "bench.loopback", str(download_size)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}"
    finally:
        assert process.stdin is not None
        process.stdin.close()
        try:
            process.wait(5)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _status_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise RuntimeError(f"{field} not in /proc/self/status")


def rss_mb() -> float:
    """Resident memory now, in MB."""
    return _status_kib("VmRSS") / 1024


def peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM), in MB."""
    return _status_kib("VmHWM") / 1024


def reset_peak_rss() -> bool:
    """Reset VmHWM to the current RSS (Linux: write 5 to clear_refs); False if not allowed,
    in which case a growth figure is an upper bound (the peak includes start-up)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        return False
    return True


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started
