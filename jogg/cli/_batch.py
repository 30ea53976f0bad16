"""``jogg batch``: a whole catalogue to videos, resumable. The grammar is argparse only (it is
built for ``jogg --help``); the command imports ``jogg.batch`` when it runs."""

from __future__ import annotations

import argparse
import os
import re
import shlex
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._context import Context

HELP = "make a video for every product page of a CSV or JSON Lines file (resumable)"
DESCRIPTION = """\
Make a video for every row of INPUT (CSV with a header, or JSON Lines), one product page URL
per row; optional columns override the defaults given here: avatar, avatar_type, voice,
length, aspect_ratio, language, script_style, visual_style, music, caption, name.

Each row: create the product, create the video, wait, download to --out. Every step is
written to a journal (SQLite in --out, or --journal postgresql://... for several workers)
before and after it happens, so the same command run again resumes without paying twice.
A report (report.csv, report.jsonl) lands in --out. Exit codes: 0 every row done, 1 some
row failed or is uncertain, 2 bad input (nothing sent), 130 interrupted (resumable).
"""
EPILOG = """\
examples:
  jogg batch products.csv --out videos/
  jogg batch products.jsonl --out videos/ --length 15 --aspect portrait
  jogg batch products.csv --out videos/ --retry-failed
  jogg batch products.csv --out videos/ --journal postgresql://batch@db.internal/jogg
"""


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected 1 or more, got {text!r}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number, got {text!r}")
    return value


def add_batch_parser(command: Callable[..., argparse.ArgumentParser]) -> None:
    """Register ``batch`` through the parser's ``command(name, help, handler)`` helper."""
    batch = command("batch", HELP, "._batch:cmd_batch")
    batch.description = DESCRIPTION
    batch.epilog = EPILOG
    batch.formatter_class = argparse.RawDescriptionHelpFormatter
    batch.add_argument("input", metavar="INPUT", help="CSV or JSON Lines file of product pages")
    batch.add_argument("--out", required=True, metavar="DIR", help="existing folder for videos")
    batch.add_argument(
        "--journal",
        metavar="URL|FILE",
        help="postgresql://... to share the batch between workers (default: SQLite in --out)",
    )
    batch.add_argument(
        "--concurrency",
        type=_positive_int,
        default=32,
        metavar="N",
        help="rows in progress at once in this process (default 32)",
    )
    batch.add_argument(
        "--retry-failed", action="store_true", help="give rows that failed a new video"
    )
    batch.add_argument(
        "--retry-uncertain",
        action="store_true",
        help="send again the rows whose video POST could not be found (may pay twice)",
    )
    defaults = batch.add_argument_group("defaults for every row (a row's columns win)")
    defaults.add_argument("--avatar", type=int, metavar="ID", help="avatar id (default: first)")
    defaults.add_argument("--avatar-type", metavar="TYPE", help="public or custom")
    defaults.add_argument("--voice", metavar="ID", help="voice id (default: first of language)")
    defaults.add_argument("--length", metavar="SECONDS", help="15, 30 or 60 (default 30)")
    defaults.add_argument("--aspect", metavar="RATIO", help="portrait, landscape or square")
    defaults.add_argument("--language", help="script language (default english)")
    defaults.add_argument("--style", help="script style, e.g. 'Top 3 reasons'")
    defaults.add_argument("--visual-style", metavar="NAME", help="visual style name")
    defaults.add_argument("--music", type=int, metavar="ID", help="background music id")
    defaults.add_argument(
        "--caption", action=argparse.BooleanOptionalAction, default=None, help="captions"
    )
    batch.add_argument(
        "--poll-interval",
        type=_positive_float,
        metavar="SECONDS",
        help="seconds between looks at a video (default: the API's advice, 10 s to 60 s)",
    )
    # Seams for tests and benchmarks against a fake whose minute is shorter.
    batch.add_argument("--post-window", type=_positive_float, default=60.0, help=argparse.SUPPRESS)
    batch.add_argument("--lease", type=_positive_float, default=120.0, help=argparse.SUPPRESS)
    batch.add_argument("--reconcile-settle", type=float, default=20.0, help=argparse.SUPPRESS)


_SPEC_OPTIONS = {
    "avatar": "avatar",
    "avatar_type": "avatar_type",
    "voice": "voice",
    "length": "length",
    "aspect": "aspect_ratio",
    "language": "language",
    "style": "script_style",
    "visual_style": "visual_style",
    "music": "music_id",
    "caption": "caption",
}


def resume_command(argv: list[str]) -> str:
    """The command line that resumes this run: the same, less the API key."""
    kept: list[str] = []
    skip = False
    for arg in argv:
        if skip:
            skip = False
            continue
        if arg == "--api-key":
            skip = True
            continue
        if arg.startswith("--api-key="):
            continue
        kept.append(_hide_password(arg))
    return shlex.join(["jogg", *kept])


def _hide_password(arg: str) -> str:
    """A journal URL's password is shown as ``***`` (use PGPASSWORD or ~/.pgpass instead)."""
    return re.sub(r"^((?:--journal=)?postgres(?:ql)?://[^:/@]*:)[^@]*@", r"\1***@", arg)


def cmd_batch(ctx: Context) -> int:
    from .. import Jogg, ProductVideoSpec
    from ..batch import BatchError, InputError, pacing_key_for, run_batch
    from ..batch._progress import progress_display
    from ._commands import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE
    from ._context import Failure

    args = ctx.args
    fields = {
        field: getattr(args, option)
        for option, field in _SPEC_OPTIONS.items()
        if getattr(args, option) is not None
    }
    spec = ProductVideoSpec(**fields)  # a ValidationError is a usage error, said by run()
    key = args.api_key or os.environ.get("JOGG_API_KEY")
    if not key or not key.strip():
        raise Failure("no API key: set JOGG_API_KEY or pass --api-key")
    options: dict[str, Any] = {"post_rate_limit": None}  # the batch paces POSTs itself
    if args.request_timeout is not None:
        options["timeout"] = args.request_timeout
    client = Jogg(key.strip(), base_url=args.base_url, **options)
    display = progress_display(sys.stdout)
    try:
        with display:
            result = run_batch(
                args.input,
                args.out,
                client=client,
                spec=spec,
                journal=args.journal,
                concurrency=args.concurrency,
                retry_failed=args.retry_failed,
                retry_uncertain=args.retry_uncertain,
                poll_interval=args.poll_interval,
                on_event=display,
                post_window=args.post_window,
                lease_seconds=args.lease,
                reconcile_settle=args.reconcile_settle,
                pacing_key=pacing_key_for(key.strip(), client.base_url),
            )
    except InputError as error:
        sys.stderr.write(f"jogg batch: {error}\n")
        return EXIT_USAGE
    except BatchError as error:
        sys.stderr.write(ctx.scrub(f"jogg batch: {error}") + "\n")
        return EXIT_USAGE
    finally:
        client.close()
    counts = result.counts
    total = sum(counts.values())
    ctx.say(
        f"{counts.get('done', 0)}/{total} done, {counts.get('failed', 0)} failed, "
        f"{counts.get('uncertain', 0)} uncertain; {result.posts} POSTs this run; "
        f"report: {result.reports[0]} and {result.reports[1].name}"
    )
    argv = sys.argv[1:] if "batch" in sys.argv[1:] else ["batch", *_argv(ctx)]
    resume = resume_command(argv)
    if result.interrupted:
        sys.stderr.write(
            f"\nstopped: every step under way was journalled. Resume with:\n  {resume}\n"
        )
        return EXIT_INTERRUPTED
    if result.fatal is not None:
        sys.stderr.write(ctx.scrub(f"jogg batch: stopped: {result.fatal}") + "\n")
        sys.stderr.write(f"fix that, then resume with:\n  {resume}\n")
        return EXIT_FAILED
    if counts.get("failed"):
        ctx.note(
            f"failed rows are in the report; to give them a new video: {resume} --retry-failed"
        )
    if counts.get("uncertain"):
        ctx.note(
            "uncertain rows: a video POST whose outcome is unknown and whose video was not "
            f"found. Check your account, then: {resume} --retry-uncertain"
        )
    if not result.finished:
        ctx.note(f"some rows are unfinished (see the report); resume with: {resume}")
    return 0 if result.complete else EXIT_FAILED


def _argv(ctx: Context) -> list[str]:
    args = ctx.args
    words = [args.input, "--out", args.out]
    if args.journal:
        words += ["--journal", args.journal]
    return words
