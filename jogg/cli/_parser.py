"""The command line's grammar: argparse only, so that ``jogg --help`` imports nothing else.

Global options (``--api-key``, ``--base-url``, ``--timeout``, ``--json``) are accepted both
before and after the command name. ``--timeout`` is always the per-request timeout; how long
to wait for a job is ``--wait-timeout``. One spelling per option across commands; an old
spelling is kept as a hidden alias that warns.

Each command names its handler as ``"module:function"`` (relative to jogg.cli); the handler
module is imported only when that command runs. A new command is one ``command(...)`` call
in ``build_parser`` with its options.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

# The job kinds `status` and `wait` know; `download` takes those that end with a file.
DOWNLOADABLE_KINDS = ("product-video", "avatar-video", "template-video", "lip-sync", "translation")
JOB_KINDS = (
    *DOWNLOADABLE_KINDS,
    "ai-script",
    "photo",
    "photo-motion",
    "product-avatar-batch",
    "product-avatar-motion",
)
AVATAR_KINDS = ("public", "custom", "photo", "product")
DEFAULT_LIMIT = 20

DESCRIPTION = """\
Make videos with the JoggAI v2 API from your shell.

The API key comes from --api-key or JOGG_API_KEY; the API's address from --base-url or
JOGG_BASE_URL (default https://api.jogg.ai). Lists print as tables, or with --json as a
JSON list of the API's objects. Exit codes: 0 done, 1 the API or a job failed,
2 usage error, 130 interrupted. A reader that stops early (`| head`) is not an error:
the command still does its work (a job is created, waited for, saved) and exits 0.
"""

EPILOG = """\
examples:
  jogg product-video https://shop.example.com/p/mug --wait --download mug.mp4
  jogg voices --language english --gender female
  jogg wait product-video 544193681 --wait-timeout 600
  jogg download product-video 544193681 -  > mug.mp4
  python -m jogg.testing --port 8765    # a local fake of the API, no account needed
"""


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text!r}")
    return value


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("expected 0 (no limit) or more")
    return value


def _global_options(*, suppress: bool) -> argparse.ArgumentParser:
    """The options every command takes. On subcommands the defaults are suppressed so that a
    value given before the command is not overwritten by the subcommand's default."""
    parent = argparse.ArgumentParser(
        add_help=False, argument_default=argparse.SUPPRESS if suppress else None
    )
    group = parent.add_argument_group("global options")
    group.add_argument(
        "--api-key", metavar="KEY", help="API key (default: $JOGG_API_KEY; prefer the variable)"
    )
    group.add_argument(
        "--base-url", metavar="URL", help="API address (default: $JOGG_BASE_URL or the real API)"
    )
    group.add_argument(
        "--timeout",
        dest="request_timeout",
        type=_positive_float,
        metavar="SECONDS",
        help="per-request timeout (default 60; how long to wait for a job is --wait-timeout)",
    )
    if suppress:
        group.add_argument("--json", action="store_true", help="print JSON for machines")
    else:
        group.add_argument(
            "--json", action="store_true", default=False, help="print JSON for machines"
        )
    return parent


def _add_limit(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--limit",
        type=_limit,
        default=DEFAULT_LIMIT,
        metavar="N",
        help=f"show at most N items (default {DEFAULT_LIMIT}; 0 for all)",
    )


class DeprecatedAlias(argparse.Action):
    """An old spelling of an option: still accepted, hidden from help, with a warning that
    names the current spelling."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        self.replacement: str = kwargs.pop("replacement")
        super().__init__(option_strings, dest, help=argparse.SUPPRESS, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        sys.stderr.write(f"jogg: warning: {option_string} is deprecated; use {self.replacement}\n")
        setattr(namespace, self.dest, values)


def _add_aspect_ratio(parser: argparse.ArgumentParser, help: str) -> None:
    parser.add_argument("--aspect-ratio", metavar="RATIO", help=help)


def _add_wait_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--wait-timeout",
        type=_positive_float,
        default=1800.0,
        metavar="SECONDS",
        help="give up waiting after this long (default 1800; the job goes on)",
    )
    parser.add_argument(
        "--poll-interval",
        type=_positive_float,
        metavar="SECONDS",
        help="seconds between looks (default: the API's advice, 10 s rising to 60 s)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="jogg",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_global_options(suppress=False)],
    )
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.set_defaults(request_timeout=None, command=None)
    common = _global_options(suppress=True)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str,
        help: str,
        handler: str,
        *,
        group: Any = commands,
        prefix: str = "",
        usage: str | None = None,
    ) -> argparse.ArgumentParser:
        """Add a command (or, with ``group``, an action of one) run by ``handler``."""
        sub: argparse.ArgumentParser = group.add_parser(
            name, help=help, description=help, parents=[common], usage=usage
        )
        sub.set_defaults(command=prefix + name, handler=handler, usage_parser=sub)
        return sub

    # The main job ------------------------------------------------------------------------
    pv = command(
        "product-video",
        "make a video from a product page: product, video, wait, download",
        "._make:cmd_product_video",
    )
    pv.add_argument("url", metavar="URL", help="the product page (the API reads it)")
    pv.add_argument("--length", metavar="SECONDS", help="15, 30 or 60 (default 30)")
    _add_aspect_ratio(pv, "portrait, landscape or square (default landscape)")
    pv.add_argument(
        "--aspect", dest="aspect_ratio", action=DeprecatedAlias, replacement="--aspect-ratio"
    )
    pv.add_argument(
        "--avatar", type=int, metavar="ID", help="public avatar id (default: the first listed)"
    )
    pv.add_argument(
        "--voice", metavar="ID", help="voice id (default: the first voice in --language)"
    )
    pv.add_argument("--style", help="script style, e.g. 'Top 3 reasons' (default Storytime)")
    pv.add_argument("--language", help="script language (default english)")
    pv.add_argument("--music", type=int, metavar="ID", help="background music id")
    pv.add_argument("--visual-style", metavar="NAME", help="visual style name (see visual-styles)")
    pv.add_argument(
        "--caption", action=argparse.BooleanOptionalAction, default=None, help="burn in captions"
    )
    pv.add_argument("--name", help="the video's name")
    pv.add_argument("--wait", action="store_true", help="wait until the video is finished")
    pv.add_argument(
        "--download",
        metavar="FILE",
        help="save the finished video to FILE, into a folder, or to stdout with - "
        "(implies --wait; the folder is checked before anything is created)",
    )
    _add_wait_options(pv)

    from ._batch import add_batch_parser  # `jogg batch`, kept in its own module

    add_batch_parser(command)

    # Discovery ---------------------------------------------------------------------------
    avatars = command("avatars", "list avatars (public by default)", "._discovery:cmd_avatars")
    avatars.add_argument("--kind", default="public", choices=AVATAR_KINDS, help="which avatars")
    _add_aspect_ratio(avatars, "portrait, landscape or square")
    avatars.add_argument("--style", help="professional or social (public only)")
    avatars.add_argument("--gender", help="female or male (public only)")
    avatars.add_argument("--age", help="adult, senior or young_adult (public only)")
    avatars.add_argument("--scene", help="e.g. business, studio, outdoors (public only)")
    avatars.add_argument("--ethnicity", help="e.g. european, east_asian (public only)")
    _add_limit(avatars)

    voices = command("voices", "list voices", "._discovery:cmd_voices")
    voices.add_argument("--gender", help="female or male")
    voices.add_argument("--language", help="e.g. english, spanish")
    voices.add_argument("--age", help="young, middle_aged or old")
    voices.add_argument("--use-case", help="e.g. advertisement, news")
    voices.add_argument("--custom", action="store_true", help="your own voices instead")
    _add_limit(voices)

    styles = command(
        "visual-styles", "list visual styles for product videos", "._discovery:cmd_visual_styles"
    )
    _add_aspect_ratio(styles, "portrait, landscape or square")
    _add_limit(styles)

    musics = command("musics", "list background music", "._discovery:cmd_musics")
    _add_limit(musics)

    templates = command("templates", "list video templates", "._discovery:cmd_templates")
    _add_aspect_ratio(templates, "portrait, landscape or square")
    templates.add_argument("--custom", action="store_true", help="your own templates instead")
    _add_limit(templates)

    # Jobs --------------------------------------------------------------------------------
    status = command("status", "show a job's state", "._jobs:cmd_status")
    status.add_argument("kind", metavar="KIND", choices=JOB_KINDS, help=", ".join(JOB_KINDS))
    status.add_argument("job_id", metavar="ID")

    wait = command("wait", "wait for a job to finish", "._jobs:cmd_wait")
    wait.add_argument("kind", metavar="KIND", choices=JOB_KINDS, help=", ".join(JOB_KINDS))
    wait.add_argument("job_id", metavar="ID")
    _add_wait_options(wait)

    download = command("download", "save a finished video to a file", "._jobs:cmd_download")
    download.add_argument(
        "kind", metavar="KIND", choices=DOWNLOADABLE_KINDS, help=", ".join(DOWNLOADABLE_KINDS)
    )
    download.add_argument("job_id", metavar="ID")
    download.add_argument(
        "file", metavar="FILE", help="a file, a folder (saved as KIND-ID.mp4), or - for stdout"
    )

    # Account -----------------------------------------------------------------------------
    webhooks = command("webhooks", "manage webhook endpoints", "")
    actions = webhooks.add_subparsers(title="actions", metavar="ACTION", required=True)

    def action(name: str, help: str, usage: str | None = None) -> argparse.ArgumentParser:
        handler = f"._account:cmd_webhooks_{name}"
        return command(name, help, handler, group=actions, prefix="webhooks ", usage=usage)

    _add_limit(action("list", "list endpoints"))
    create = action(
        "create",
        "add an endpoint",
        usage="%(prog)s URL --event EVENT [EVENT ...] [--allow-unknown-event] [--disabled]\n"
        "       [--show-secret] [global options]",
    )
    # Optional here so that `--event X URL` works: --event takes one or more words, and the
    # handler finds the URL among them.
    create.add_argument("url", metavar="URL", nargs="?", help="where deliveries go (https)")
    create.add_argument(
        "--event",
        dest="events",
        action="extend",
        nargs="+",
        required=True,
        metavar="EVENT",
        help="event names to deliver (or comma-separated), checked against the API's list "
        "(see `jogg webhooks events`)",
    )
    create.add_argument(
        "--allow-unknown-event",
        action="store_true",
        help="send event names the API does not list (for events newer than its list)",
    )
    create.add_argument("--disabled", action="store_true", help="create it switched off")
    create.add_argument(
        "--show-secret",
        action="store_true",
        help="print the endpoint's signing secret (otherwise it is never printed)",
    )
    action("delete", "remove an endpoint").add_argument("endpoint_id", metavar="ID")
    _add_limit(action("events", "list the event names"))

    command("whoami", "show the account the key belongs to", "._account:cmd_whoami")
    command("quota", "show the remaining quota", "._account:cmd_quota")
    return parser
