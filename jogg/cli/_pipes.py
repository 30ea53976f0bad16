"""Output that survives a reader going away (``jogg voices --json | head -3``).

Standard library only: ``main`` uses it before it knows which command runs, and
``jogg --help`` must not import the SDK.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO, cast


class ReaderSafeStream:
    """sys.stdout or sys.stderr for a reader that may close the pipe early.

    Once a write finds the pipe closed, the stream's file descriptor is pointed at the null
    device and later output is dropped. The command then carries on with the work it was
    asked to do (a job is never skipped because nobody reads its progress any more), and
    Python's final flush has nothing to complain about.
    """

    def __init__(self, stream: TextIO) -> None:
        self.wrapped = stream
        self.reader_gone = False

    def write(self, text: str) -> int:
        if not self.reader_gone:
            try:
                self.wrapped.write(text)
            except BrokenPipeError:
                self.mark_reader_gone()
        return len(text)

    def flush(self) -> None:
        if not self.reader_gone:
            try:
                self.wrapped.flush()
            except BrokenPipeError:
                self.mark_reader_gone()

    def isatty(self) -> bool:
        return not self.reader_gone and self.wrapped.isatty()

    def mark_reader_gone(self) -> None:
        self.reader_gone = True
        try:
            descriptor = self.wrapped.fileno()
        except (OSError, ValueError):
            return  # not a real file (a test's StringIO): nothing will flush it later
        null = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(null, descriptor)
        finally:
            os.close(null)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)


@contextmanager
def reader_safe_output() -> Iterator[ReaderSafeStream]:
    """Replace sys.stdout and sys.stderr with reader-safe ones; yields the stdout one."""
    saved = sys.stdout, sys.stderr
    out, err = ReaderSafeStream(sys.stdout), ReaderSafeStream(sys.stderr)
    sys.stdout, sys.stderr = cast(TextIO, out), cast(TextIO, err)
    try:
        yield out
    except BrokenPipeError:
        # Bytes streamed to stdout (`jogg download KIND ID - | head -c 100`): the reader has
        # all it wanted.
        out.mark_reader_gone()
    finally:
        out.flush()
        err.flush()
        sys.stdout, sys.stderr = saved
