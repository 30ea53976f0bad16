"""The command line's grammar: argparse only, so that ``jogg --help`` imports nothing else.

Global options (``--api-key``, ``--base-url``, ``--timeout``, ``--json``) are accepted both
before and after the command name. After ``wait`` and ``product-video``, ``--timeout`` /
``--wait-timeout`` are about waiting; the per-request timeout is then given before the command.
"""

from __future__ import annotations

import argparse

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
2 usage error, 130 interrupted.
"""

EPILOG = """\
examples:
  jogg product-video https://shop.example.com/p/mug --wait --download mug.mp4
  jogg voices --language english --gender female
  jogg wait product-video 544193681
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


def _global_options(*, suppress: bool, request_timeout: bool = True) -> argparse.ArgumentParser:
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
    if request_timeout:
        group.add_argument(
            "--timeout",
            dest="request_timeout",
            type=_positive_float,
            metavar="SECONDS",
            help="per-request timeout (default 60)",
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


def _add_wait_options(parser: argparse.ArgumentParser, timeout_flag: str) -> None:
    parser.add_argument(
        timeout_flag,
        dest="wait_timeout",
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
    common_no_timeout = _global_options(suppress=True, request_timeout=False)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    def command(
        name: str, help: str, *, parents: list[argparse.ArgumentParser] | None = None
    ) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help, parents=parents or [common])
        sub.set_defaults(command=name, usage_parser=sub)
        return sub

    # The main job ------------------------------------------------------------------------
    pv = command(
        "product-video",
        "make a video from a product page: product, video, wait, download",
        parents=[common],
    )
    pv.add_argument("url", metavar="URL", help="the product page (the API reads it)")
    pv.add_argument("--length", metavar="SECONDS", help="15, 30 or 60 (default 30)")
    pv.add_argument(
        "--aspect", metavar="RATIO", help="portrait, landscape or square (default landscape)"
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
        "--download", metavar="FILE", help="save the finished video to FILE (implies --wait)"
    )
    pv.add_argument(
        "--wait-timeout",
        dest="wait_timeout",
        type=_positive_float,
        default=1800.0,
        metavar="SECONDS",
        help="give up waiting after this long (default 1800; the job goes on)",
    )
    pv.add_argument(
        "--poll-interval",
        type=_positive_float,
        metavar="SECONDS",
        help="seconds between looks (default: the API's advice, 10 s rising to 60 s)",
    )

    from ._batch import add_batch_parser  # `jogg batch`, kept in its own module

    add_batch_parser(command)

    # Discovery ---------------------------------------------------------------------------
    avatars = command("avatars", "list avatars (public by default)")
    avatars.add_argument("--kind", default="public", choices=AVATAR_KINDS, help="which avatars")
    avatars.add_argument("--aspect-ratio", metavar="RATIO", help="portrait, landscape or square")
    avatars.add_argument("--style", help="professional or social (public only)")
    avatars.add_argument("--gender", help="female or male (public only)")
    avatars.add_argument("--age", help="adult, senior or young_adult (public only)")
    avatars.add_argument("--scene", help="e.g. business, studio, outdoors (public only)")
    avatars.add_argument("--ethnicity", help="e.g. european, east_asian (public only)")
    _add_limit(avatars)

    voices = command("voices", "list voices")
    voices.add_argument("--gender", help="female or male")
    voices.add_argument("--language", help="e.g. english, spanish")
    voices.add_argument("--age", help="young, middle_aged or old")
    voices.add_argument("--use-case", help="e.g. advertisement, news")
    voices.add_argument("--custom", action="store_true", help="your own voices instead")
    _add_limit(voices)

    styles = command("visual-styles", "list visual styles for product videos")
    styles.add_argument("--aspect-ratio", metavar="RATIO", help="portrait, landscape or square")
    _add_limit(styles)

    musics = command("musics", "list background music")
    _add_limit(musics)

    templates = command("templates", "list video templates")
    templates.add_argument("--aspect-ratio", metavar="RATIO", help="portrait, landscape or square")
    templates.add_argument("--custom", action="store_true", help="your own templates instead")
    _add_limit(templates)

    # Jobs --------------------------------------------------------------------------------
    status = command("status", "show a job's state")
    status.add_argument("kind", metavar="KIND", choices=JOB_KINDS, help=", ".join(JOB_KINDS))
    status.add_argument("job_id", metavar="ID")

    wait = command("wait", "wait for a job to finish", parents=[common_no_timeout])
    wait.add_argument("kind", metavar="KIND", choices=JOB_KINDS, help=", ".join(JOB_KINDS))
    wait.add_argument("job_id", metavar="ID")
    _add_wait_options(wait, "--timeout")

    download = command("download", "save a finished video to a file")
    download.add_argument(
        "kind", metavar="KIND", choices=DOWNLOADABLE_KINDS, help=", ".join(DOWNLOADABLE_KINDS)
    )
    download.add_argument("job_id", metavar="ID")
    download.add_argument("file", metavar="FILE")

    # Account -----------------------------------------------------------------------------
    webhooks = command("webhooks", "manage webhook endpoints")
    actions = webhooks.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list endpoints", parents=[common])
    listing.set_defaults(action="list", usage_parser=listing)
    _add_limit(listing)
    create = actions.add_parser("create", help="add an endpoint", parents=[common])
    create.set_defaults(action="create", usage_parser=create)
    create.add_argument("url", metavar="URL", help="where deliveries go (https)")
    create.add_argument(
        "--event",
        dest="events",
        action="extend",
        nargs="+",
        required=True,
        metavar="EVENT",
        help="event names to deliver (see `jogg webhooks events`)",
    )
    create.add_argument("--disabled", action="store_true", help="create it switched off")
    create.add_argument(
        "--show-secret",
        action="store_true",
        help="print the endpoint's signing secret (otherwise it is never printed)",
    )
    delete = actions.add_parser("delete", help="remove an endpoint", parents=[common])
    delete.set_defaults(action="delete", usage_parser=delete)
    delete.add_argument("endpoint_id", metavar="ID")
    events = actions.add_parser("events", help="list the event names", parents=[common])
    events.set_defaults(action="events", usage_parser=events)
    _add_limit(events)

    command("whoami", "show the account the key belongs to")
    command("quota", "show the remaining quota")
    return parser
