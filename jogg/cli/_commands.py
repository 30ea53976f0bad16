"""Running a parsed command line: the command's handler, and every failure turned into one
line on stderr and an exit code. Imported only once argparse has accepted the command line,
so the SDK (and httpx) load here and not for ``jogg --help``."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import traceback
from collections.abc import Callable
from typing import cast

from .. import JoggError, ValidationError
from ._context import Context, Failure, Interrupted, UsageError

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

# SDK argument names whose command-line option is spelled differently.
OPTION_FOR_FIELD = {
    "script_style": "--style",
    "music_id": "--music",
    "url": "URL",
    "video_id": "ID",
    "endpoint_id": "ID",
    "events": "--event",
    "destination": "FILE",
}

# What JOGG_LOG may say (jogg/_client.py turns on the request log for these).
LOG_LEVELS = ("debug", "info")


def _usage(args: argparse.Namespace, message: str) -> int:
    parser: argparse.ArgumentParser = args.usage_parser
    parser.print_usage(sys.stderr)
    sys.stderr.write(f"{parser.prog}: error: {message}\n")
    return EXIT_USAGE


def _option(field: str) -> str:
    return OPTION_FOR_FIELD.get(field) or "--" + field.split(".")[0].replace("_", "-")


def _handler(args: argparse.Namespace) -> Callable[[Context], int]:
    """The function named by the parser for this command (``module:function``)."""
    module, _, function = str(args.handler).partition(":")
    found = getattr(importlib.import_module(module, __package__), function)
    return cast(Callable[[Context], int], found)


def check_log_setting() -> None:
    """A JOGG_LOG value the SDK does not know is ignored by it; say so, with the values."""
    value = os.environ.get("JOGG_LOG", "").strip()
    if value and value.lower() not in LOG_LEVELS:
        sys.stderr.write(
            f"jogg: warning: JOGG_LOG={value!r} is not a log level and is ignored; "
            f"use one of: {', '.join(LOG_LEVELS)} (or leave it unset)\n"
        )


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; every failure becomes one line on stderr and an exit code."""
    check_log_setting()
    ctx = Context(args)
    prog = f"jogg {args.command}"
    try:
        return _handler(args)(ctx)
    except UsageError as error:
        return _usage(args, ctx.scrub(str(error)))
    except ValidationError as error:
        shown = error.value if isinstance(error.value, int | float | str | None) else "…"
        message = f"argument {_option(error.field)}: expected {error.expected}, got {shown!r}"
        return _usage(args, ctx.scrub(message))
    except Interrupted as stop:
        sys.stderr.write(
            f"\nstopped waiting; {stop.kind} {stop.job_id} goes on running. "
            f"Resume with: jogg wait {stop.kind} {stop.job_id}\n"
        )
        return EXIT_INTERRUPTED
    except KeyboardInterrupt:
        sys.stderr.write(f"\n{prog}: interrupted\n")
        return EXIT_INTERRUPTED
    except (Failure, JoggError) as error:
        sys.stderr.write(ctx.scrub(f"{prog}: {error}") + "\n")
        return EXIT_FAILED
    except BrokenPipeError:
        raise  # the reader of stdout left: main() ends quietly
    except OSError as error:
        sys.stderr.write(ctx.scrub(f"{prog}: {error.strerror or error}: {error.filename}") + "\n")
        return EXIT_FAILED
    except Exception as error:  # a bug: still one line, the traceback only when asked for
        if os.environ.get("JOGG_LOG", "").lower() == "debug":
            traceback.print_exc()
        sys.stderr.write(
            ctx.scrub(f"{prog}: unexpected {type(error).__name__}: {error}")
            + " (JOGG_LOG=debug shows the traceback; please report it)\n"
        )
        return EXIT_FAILED
    finally:
        ctx.close()
