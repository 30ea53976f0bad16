"""Showing a batch's progress: a live panel in a terminal (rich, from the ``cli`` extra), one
plain line per event when the output is piped or rich is missing."""

from __future__ import annotations

import sys
import threading
import time
from typing import Any, TextIO

from ._runner import Event, Progress


def duration_text(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}h{minutes:02d}m"
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


def summary_text(progress: Progress) -> str:
    return (
        f"done {progress.done}/{progress.total}, in progress {progress.in_progress}, "
        f"failed {progress.failed}, uncertain {progress.uncertain}; "
        f"POSTs {progress.posts_in_window}/{progress.post_limit} this minute; "
        f"credit {progress.credit:g}; ETA {duration_text(progress.eta_seconds)}"
    )


class PlainProgress:
    """One line per event: ``HH:MM:SS row N kind: text | summary``."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream or sys.stdout
        self._lock = threading.Lock()

    def __call__(self, event: Event, progress: Progress) -> None:
        where = f"row {event.row}" if event.row is not None else "batch"
        line = f"{time.strftime('%H:%M:%S')} {where} {event.kind}: {event.text} | "
        line += summary_text(progress)
        with self._lock:
            self._stream.write(line + "\n")
            self._stream.flush()

    def __enter__(self) -> PlainProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


class LiveProgress:
    """A panel that redraws in place: a bar of rows done, counts, POSTs used of the
    minute's allowance, credit and ETA, and the last few events."""

    def __init__(self, stream: TextIO | None = None) -> None:
        from rich.console import Console
        from rich.live import Live

        self._console = Console(file=stream or sys.stdout)
        self._live = Live(console=self._console, refresh_per_second=4, transient=False)
        self._lock = threading.Lock()
        self._recent: list[str] = []
        self._progress: Progress | None = None

    def __call__(self, event: Event, progress: Progress) -> None:
        where = f"row {event.row}" if event.row is not None else "batch"
        with self._lock:
            self._recent = [*self._recent[-5:], f"{where} {event.kind}: {event.text}"]
            self._progress = progress
            self._live.update(self._render())

    def _render(self) -> Any:
        from rich.console import Group
        from rich.text import Text

        p = self._progress
        if p is None:
            return Text("starting…")
        width = 40
        filled = round(width * (p.done + p.failed + p.uncertain) / max(p.total, 1))
        bar = Text.assemble(("━" * filled, "green"), ("━" * (width - filled), "grey30"))
        head = Text.assemble(
            ("done ", "bold"),
            (f"{p.done}/{p.total}", "green"),
            "  in progress ",
            (str(p.in_progress), "cyan"),
            "  failed ",
            (str(p.failed), "red" if p.failed else ""),
            "  uncertain ",
            (str(p.uncertain), "yellow" if p.uncertain else ""),
        )
        tail = Text(
            f"POSTs {p.posts_in_window}/{p.post_limit} this minute   credit {p.credit:g}   "
            f"elapsed {duration_text(p.elapsed)}   ETA {duration_text(p.eta_seconds)}"
        )
        events = Text("\n".join(self._recent), style="dim")
        return Group(bar, head, tail, events)

    def __enter__(self) -> LiveProgress:
        self._live.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._live.stop()


def progress_display(stream: TextIO | None = None) -> PlainProgress | LiveProgress:
    """The live panel when ``stream`` (default stdout) is a terminal and rich is installed,
    else plain lines."""
    target = stream or sys.stdout
    if target.isatty():
        try:
            return LiveProgress(target)
        except ImportError:
            pass
    return PlainProgress(target)
