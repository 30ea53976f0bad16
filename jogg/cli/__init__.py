"""The ``jogg`` command: the SDK's main jobs from a shell.

Only argparse is imported until a command runs, so ``jogg --help`` stays fast; the SDK
(and httpx) are imported by the command that needs them.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``jogg`` with ``argv`` (default: the process's arguments); returns the exit code."""
    from ._pipes import reader_safe_output

    with reader_safe_output():
        return _main(argv)
    return 0  # stdout's reader left while a file was streamed to it: it had what it wanted


def _main(argv: Sequence[str] | None) -> int:
    from ._parser import build_parser

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help (0) and usage errors (2)
        return stop.code if isinstance(stop.code, int) else 2
    if args.version:
        from .._version import __version__

        print(f"jogg {__version__}")
        return 0
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    from ._commands import run

    return run(args)
