"""The commands. Imported only once argparse has accepted the command line, so the SDK (and
httpx) load here and not for ``jogg --help``."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import attrs

from .. import (
    Avatar,
    JobFailedError,
    Jogg,
    JoggError,
    ProductVideoSpec,
    ValidationError,
    Voice,
    WaitTimeoutError,
)
from .._redact import redact_url
from ._batch import cmd_batch
from ._output import (
    WaitDisplay,
    cell,
    details,
    elapsed_text,
    human_size,
    print_json,
    sanitize,
    table,
)

T = TypeVar("T")
EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


@dataclass(frozen=True)
class Kind:
    """How a job kind of the command line maps to the SDK: ``client.<resource>.<method>``."""

    resource: str
    retrieve: str
    wait: str


KINDS: dict[str, Kind] = {
    "product-video": Kind("product_videos", "retrieve", "wait"),
    "avatar-video": Kind("avatar_videos", "retrieve", "wait"),
    "template-video": Kind("template_videos", "retrieve", "wait"),
    "lip-sync": Kind("lip_sync", "retrieve", "wait"),
    "translation": Kind("translations", "retrieve", "wait"),
    "ai-script": Kind("ai_scripts", "retrieve", "wait"),
    "photo": Kind("photo_avatars", "retrieve_photo", "wait_photo"),
    "photo-motion": Kind("photo_avatars", "retrieve_motion", "wait_motion"),
    "product-avatar-batch": Kind("product_avatars", "retrieve_generation", "wait_generation"),
    "product-avatar-motion": Kind("product_avatars", "retrieve_motion", "wait_motion"),
}

# SDK argument names whose command-line option is spelled differently.
OPTION_FOR_FIELD = {
    "aspect_ratio": "--aspect",
    "script_style": "--style",
    "music_id": "--music",
    "url": "URL",
    "video_id": "ID",
    "endpoint_id": "ID",
    "events": "--event",
}


class Failure(Exception):
    """A command failed in a way already explained by its message (exit code 1)."""


class UsageError(Exception):
    """The command line asked for something that does not make sense (exit code 2)."""


class Interrupted(Exception):
    """Ctrl-C while waiting for a job: it goes on running, and can be waited for again."""

    def __init__(self, kind: str, job_id: str) -> None:
        super().__init__(kind, job_id)
        self.kind = kind
        self.job_id = job_id


class Context:
    """One run of a command: its arguments, the client (made on first use), and output."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        self._client: Jogg | None = None
        self._api_key: str | None = None

    def client(self) -> Jogg:
        if self._client is None:
            key = self.args.api_key or os.environ.get("JOGG_API_KEY")
            if not key or not key.strip():
                raise Failure(
                    "no API key: set JOGG_API_KEY or pass --api-key "
                    "(keys are in the JoggAI dashboard; `python -m jogg.testing` serves a fake)"
                )
            self._api_key = key.strip()
            options: dict[str, Any] = {}
            if self.args.request_timeout is not None:
                options["timeout"] = self.args.request_timeout
            self._client = Jogg(key, base_url=self.args.base_url, **options)
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()

    def scrub(self, text: str) -> str:
        """Last line of defence: the key never reaches the terminal, whatever the message."""
        candidates = [self._api_key, self.args.api_key, os.environ.get("JOGG_API_KEY")]
        for secret in candidates:
            if secret and secret.strip() and len(secret.strip()) >= 4:
                text = text.replace(secret.strip(), "<api key>")
        return text

    def say(self, text: str) -> None:
        """A progress message: on stdout for people, on stderr when stdout carries JSON."""
        stream = sys.stderr if self.json else sys.stdout
        stream.write(text + "\n")
        stream.flush()

    def note(self, text: str) -> None:
        sys.stderr.write(text + "\n")

    def take(self, items: Iterable[T]) -> list[T]:
        """The first ``--limit`` items of a lazy list; pages past them are never fetched."""
        limit: int = self.args.limit
        if not limit:
            return list(items)
        taken = list(itertools.islice(items, limit + 1))
        if len(taken) > limit and not self.json:
            self.note(f"(first {limit} shown; --limit N for more, --limit 0 for all)")
        return taken[:limit]

    def page_size(self) -> int:
        limit: int = self.args.limit
        return min(limit + 1, 100) if limit else 100

    def show_list(
        self,
        items: Sequence[Any],
        headers: Sequence[str],
        row: Callable[[Any], Sequence[Any]],
        *,
        keep: int = 2,
    ) -> int:
        """A table (columns left empty by every item dropped, but the first ``keep``), or the
        items' raw objects as a JSON list."""
        if self.json:
            print_json([sanitize(raw_of(item)) for item in items])
            return 0
        if not items:
            self.note("(none)")
            return 0
        rows = [list(row(item)) for item in items]
        used = [
            index
            for index in range(len(headers))
            if index < keep or any(r[index] not in (None, "", (), []) for r in rows)
        ]
        table([headers[i] for i in used], [[r[i] for i in used] for r in rows])
        return 0

    def wait(self, kind: str, job_id: str, wait: Callable[[WaitDisplay], T]) -> T:
        """Run an SDK wait with the progress display; Ctrl-C and timeouts explain how to
        resume."""
        display = WaitDisplay(f"{kind} {job_id}")
        try:
            with display:
                return wait(display)
        except KeyboardInterrupt:
            raise Interrupted(kind, job_id) from None
        except WaitTimeoutError as error:
            status = getattr(error.job, "status", None) or "not seen yet"
            raise Failure(
                f"{kind} {job_id} is still {status} after {elapsed_text(error.elapsed)}; "
                f"it goes on running: resume with `jogg wait {kind} {job_id}`"
            ) from None
        except JobFailedError as error:
            raise Failure(
                f"{kind} {job_id} failed: {error.detail or 'the API gave no detail'}"
            ) from None

    def download(self, job: Any, file: str) -> Path:
        target = Path(file)
        if target.parent != Path() and not target.parent.is_dir():
            raise Failure(f"cannot save to {file}: folder {target.parent} does not exist")
        progress = _download_progress(target) if sys.stderr.isatty() else None
        try:
            written = job.download(target, on_progress=progress)
        finally:
            if progress is not None:
                sys.stderr.write("\n")
        path = Path(written) if written is not None else target
        self.say(f"downloaded:   {path} ({human_size(path.stat().st_size)})")
        return path


def _download_progress(target: Path) -> Callable[[int, int | None], None]:
    def show(received: int, total: int | None) -> None:
        of = f" of {human_size(total)}" if total else ""
        sys.stderr.write(f"\rdownloading {target}: {human_size(received)}{of}   ")
        sys.stderr.flush()

    return show


def raw_of(item: Any) -> Any:
    raw = getattr(item, "raw", None)
    return dict(raw) if raw is not None else item


def _value(value: Any) -> Any:
    """A result field as one printable value (nested results flattened to text)."""
    if isinstance(value, tuple | list) and value and attrs.has(type(value[0])):
        return "\n" + "\n".join("  - " + str(_value(item)) for item in value)
    if hasattr(value, "paragraphs") and hasattr(value, "style"):
        return f"[{value.style}] " + " / ".join(value.paragraphs)
    if attrs.has(type(value)) and not hasattr(value, "state"):
        fields = attrs.fields(type(value))
        parts = [f"{f.name}={_value(getattr(value, f.name))}" for f in fields]
        return ", ".join(part for part in parts if not part.endswith("=None"))
    if isinstance(value, str):
        return redact_url(value)
    return value


def job_details(kind: str, job: Any) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = [("kind", kind), ("id", getattr(job, "id", None))]
    for field in attrs.fields(type(job)):
        if field.name in ("id", "raw", "_files"):
            continue
        pairs.append((field.name.replace("_", " "), _value(getattr(job, field.name))))
    return pairs


def _job_method(client: Jogg, kind: str, which: str) -> Callable[..., Any]:
    spec = KINDS[kind]
    resource = getattr(client, spec.resource, None)
    method = getattr(resource, getattr(spec, which), None)
    if method is None:
        raise Failure(f"this version of the SDK cannot {which} {kind} jobs")
    return method  # type: ignore[no-any-return]


# -------------------------------------------------------------------------------- the main job


def cmd_product_video(ctx: Context) -> int:
    a = ctx.args
    # Every option is checked before the first request, so a typo costs nothing.
    # Options left out take the library's defaults; all are checked before the first request.
    given = {
        "length": a.length,
        "aspect_ratio": a.aspect,
        "script_style": a.style,
        "language": a.language,
        "music_id": a.music,
        "visual_style": a.visual_style,
        "caption": a.caption,
        "name": a.name,
        "avatar": a.avatar,
        "voice": a.voice,
    }
    spec = ProductVideoSpec(**{field: value for field, value in given.items() if value is not None})
    client = ctx.client()
    ctx.say(f"product page: {redact_url(a.url)}")
    product = client.products.create(a.url)
    ctx.say(f"product:      {product.id}  {product.name or ''}".rstrip())

    avatar: int | Avatar | None = spec.avatar
    if avatar is None:
        avatar = _first_avatar(client, spec.aspect_ratio)
        ctx.say(
            f"avatar:       {avatar.id}  {avatar.name or ''}  "
            "(first public avatar; choose with --avatar, see `jogg avatars`)"
        )
    else:
        ctx.say(f"avatar:       {avatar if isinstance(avatar, int) else avatar.id}")
    voice = spec.voice
    if voice is None:
        found = _first_voice(client, spec.language)
        voice = found.id
        ctx.say(
            f"voice:        {found.id}  {found.name or ''}  "
            f"(first {spec.language} voice; choose with --voice, see `jogg voices`)"
        )
    else:
        ctx.say(f"voice:        {voice}")
    look = f", visual style {spec.visual_style}" if spec.visual_style else ""
    ctx.say(f"style:        {spec.script_style}, {spec.length} s, {spec.aspect_ratio}{look}")

    video = client.product_videos.create(str(product.id), spec.replace(avatar=avatar, voice=voice))
    ctx.say(f"video:        {video.id} created ({video.status})")
    path: Path | None = None
    if a.wait or a.download:
        video = ctx.wait(
            "product-video",
            video.id,
            lambda display: client.product_videos.wait(
                video.id,
                timeout=a.wait_timeout,
                poll_interval=a.poll_interval,
                on_progress=display,
            ),
        )
        ctx.say(f"finished:     {video.id} {video.status}")
        if a.download:
            path = ctx.download(video, a.download)
    else:
        ctx.say(f"follow it:    jogg wait product-video {video.id}")
    if ctx.json:
        print_json(
            {
                "product": sanitize(raw_of(product)),
                "video": sanitize(raw_of(video)),
                "file": str(path) if path else None,
            }
        )
    return 0


def _first_avatar(client: Jogg, aspect_ratio: str) -> Avatar:
    for found in client.avatars.list_public(aspect_ratio=aspect_ratio, page_size=1):
        return found
    for found in client.avatars.list_public(page_size=1):
        return found
    raise Failure("the API listed no public avatar: pass --avatar ID")


def _first_voice(client: Jogg, language: str) -> Voice:
    for found in client.voices.list(language=language, page_size=1):
        return found
    raise Failure(f"the API listed no {language} voice: pass --voice ID (see `jogg voices`)")


# -------------------------------------------------------------------------------- discovery

PUBLIC_ONLY_FILTERS = ("style", "gender", "age", "scene", "ethnicity")


def cmd_avatars(ctx: Context) -> int:
    a = ctx.args
    avatars = ctx.client().avatars
    if a.kind != "public":
        given = [name for name in PUBLIC_ONLY_FILTERS if getattr(a, name) is not None]
        if given:
            raise UsageError(f"--{given[0]} only filters public avatars (--kind public)")
        if a.kind in ("custom", "photo") and a.aspect_ratio is not None:
            raise UsageError("--aspect-ratio filters public and product avatars only")
    if a.kind == "public":
        items: Iterable[Avatar] = avatars.list_public(
            aspect_ratio=a.aspect_ratio,
            style=a.style,
            gender=a.gender,
            age=a.age,
            scene=a.scene,
            ethnicity=a.ethnicity,
            page_size=ctx.page_size(),
        )
    elif a.kind == "custom":
        items = avatars.list_custom(page_size=ctx.page_size())
    elif a.kind == "photo":
        items = avatars.list_photo(page_size=ctx.page_size())
    else:
        items = avatars.list_product(aspect_ratio=a.aspect_ratio)
    return ctx.show_list(
        ctx.take(items),
        ["ID", "NAME", "ASPECT", "STYLE", "GENDER", "AGE", "SCENE", "STATUS"],
        lambda av: [
            av.id,
            av.name,
            av.aspect_ratio,
            av.style,
            av.gender,
            av.age,
            av.raw.get("scene"),
            av.status,
        ],
    )


def cmd_voices(ctx: Context) -> int:
    a = ctx.args
    voices = ctx.client().voices
    if a.custom:
        given = [flag for flag in ("gender", "age", "use_case") if getattr(a, flag) is not None]
        if given:
            raise UsageError(f"--{given[0].replace('_', '-')} does not filter custom voices")
        items: Iterable[Voice] = voices.list_custom(a.language)
    else:
        items = voices.list(
            gender=a.gender,
            language=a.language,
            age=a.age,
            use_case=a.use_case,
            page_size=ctx.page_size(),
        )
    return ctx.show_list(
        ctx.take(items),
        ["ID", "NAME", "LANGUAGE", "GENDER", "AGE", "ACCENT", "USE CASE"],
        lambda v: [v.id, v.name, v.language, v.gender, v.age, v.accent, v.use_case],
    )


def cmd_visual_styles(ctx: Context) -> int:
    items = ctx.client().visual_styles.list(aspect_ratio=ctx.args.aspect_ratio)
    return ctx.show_list(ctx.take(items), ["NAME", "ID"], lambda s: [s.name, s.id], keep=1)


def cmd_musics(ctx: Context) -> int:
    items = ctx.client().musics.list(page_size=ctx.page_size())
    return ctx.show_list(
        ctx.take(items),
        ["ID", "NAME", "SECONDS"],
        lambda m: [m.id, m.name, m.duration],
    )


def cmd_templates(ctx: Context) -> int:
    a = ctx.args
    templates = ctx.client().templates
    if a.custom:
        items = templates.list_custom(aspect_ratio=a.aspect_ratio)
    else:
        items = templates.list(aspect_ratio=a.aspect_ratio)
    return ctx.show_list(
        ctx.take(items),
        ["ID", "NAME", "ASPECT", "VARIABLES"],
        lambda t: [t.id, t.name, t.aspect_ratio, [var.name for var in t.variables]],
    )


# -------------------------------------------------------------------------------- jobs


def cmd_status(ctx: Context) -> int:
    a = ctx.args
    job = _job_method(ctx.client(), a.kind, "retrieve")(a.job_id)
    if ctx.json:
        print_json(sanitize(raw_of(job)))
    else:
        details(job_details(a.kind, job))
    return 0


def cmd_wait(ctx: Context) -> int:
    a = ctx.args
    wait = _job_method(ctx.client(), a.kind, "wait")
    job = ctx.wait(
        a.kind,
        a.job_id,
        lambda display: wait(
            a.job_id, timeout=a.wait_timeout, poll_interval=a.poll_interval, on_progress=display
        ),
    )
    if ctx.json:
        print_json(sanitize(raw_of(job)))
    else:
        details(job_details(a.kind, job))
    return 0


def cmd_download(ctx: Context) -> int:
    a = ctx.args
    job = _job_method(ctx.client(), a.kind, "retrieve")(a.job_id)
    if not job.status.is_completed:
        hint = (
            "it failed"
            if job.status.is_failed
            else f"wait for it with `jogg wait {a.kind} {a.job_id}`"
        )
        raise Failure(f"{a.kind} {a.job_id} is {job.status}, so there is no file yet: {hint}")
    path = ctx.download(job, a.file)
    if ctx.json:
        print_json({"file": str(path), "size": path.stat().st_size})
    return 0


# -------------------------------------------------------------------------------- account


def cmd_webhooks(ctx: Context) -> int:
    a = ctx.args
    webhooks = ctx.client().webhooks
    if a.action == "list":
        return ctx.show_list(
            ctx.take(webhooks.list_endpoints()),
            ["ID", "URL", "ENABLED", "EVENTS", "CREATED"],
            lambda e: [e.id, e.url, e.enabled, e.events, e.created_at],
        )
    if a.action == "events":
        return ctx.show_list(
            ctx.take(webhooks.list_events()),
            ["EVENT"],
            lambda event: [getattr(event, "name", event)],
            keep=1,
        )
    if a.action == "delete":
        webhooks.delete_endpoint(a.endpoint_id)
        if ctx.json:
            print_json({"deleted": a.endpoint_id})
        else:
            ctx.say(f"endpoint {a.endpoint_id} deleted")
        return 0
    endpoint = webhooks.create_endpoint(a.url, a.events, enabled=not a.disabled)
    if ctx.json:
        print_json(sanitize(raw_of(endpoint), keep_secret=a.show_secret))
        return 0
    ctx.say(f"endpoint {endpoint.id} created: {redact_url(endpoint.url or a.url)}")
    ctx.say(f"events:   {', '.join(endpoint.events or a.events)}")
    if a.show_secret:
        ctx.say(f"signing secret (store it now, it verifies deliveries): {endpoint.secret}")
    else:
        ctx.say("the signing secret is not printed; pass --show-secret to see it when creating")
    return 0


def cmd_whoami(ctx: Context) -> int:
    user = ctx.client().user.whoami()
    if ctx.json:
        print_json(sanitize(raw_of(user)))
    else:
        details([("email", user.email), ("username", user.username)])
    return 0


def cmd_quota(ctx: Context) -> int:
    quota = ctx.client().user.remaining_quota()
    if ctx.json:
        print_json(sanitize(raw_of(quota)))
    else:
        ctx.say(f"remaining quota: {cell(quota.remaining, None)}")
    return 0


COMMANDS: dict[str, Callable[[Context], int]] = {
    "product-video": cmd_product_video,
    "batch": cmd_batch,
    "avatars": cmd_avatars,
    "voices": cmd_voices,
    "visual-styles": cmd_visual_styles,
    "musics": cmd_musics,
    "templates": cmd_templates,
    "status": cmd_status,
    "wait": cmd_wait,
    "download": cmd_download,
    "webhooks": cmd_webhooks,
    "whoami": cmd_whoami,
    "quota": cmd_quota,
}


def _usage(args: argparse.Namespace, message: str) -> int:
    parser: argparse.ArgumentParser = args.usage_parser
    parser.print_usage(sys.stderr)
    sys.stderr.write(f"{parser.prog}: error: {message}\n")
    return EXIT_USAGE


def _option(field: str) -> str:
    return OPTION_FOR_FIELD.get(field) or "--" + field.split(".")[0].replace("_", "-")


def run(args: argparse.Namespace) -> int:
    """Run the parsed command; every failure becomes one line on stderr and an exit code."""
    ctx = Context(args)
    prog = f"jogg {args.command}"
    try:
        return COMMANDS[args.command](ctx)
    except UsageError as error:
        return _usage(args, str(error))
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
