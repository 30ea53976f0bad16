"""What every command shares: the exit-code exceptions, one run's context (client, output,
waiting, downloading), and how command-line job kinds map to the SDK."""

from __future__ import annotations

import argparse
import itertools
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import attrs

from .. import JobFailedError, Jogg, WaitTimeoutError
from ._output import (
    WaitDisplay,
    details,
    elapsed_text,
    human_size,
    mask_urls,
    print_json,
    sanitize,
    table,
)

T = TypeVar("T")

STDOUT_PATH = "-"  # a file argument that means "write to stdout"


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


def job_method(client: Jogg, kind: str, which: str) -> Callable[..., Any]:
    spec = KINDS[kind]
    resource = getattr(client, spec.resource, None)
    method = getattr(resource, getattr(spec, which), None)
    if method is None:
        raise Failure(f"this version of the SDK cannot {which} {kind} jobs")
    return method  # type: ignore[no-any-return]


@dataclass(frozen=True)
class SaveTo:
    """Where a download goes: a file, a folder (the name then comes from the job), or ``-``
    for stdout."""

    given: str
    into_folder: bool

    @property
    def to_stdout(self) -> bool:
        return self.given == STDOUT_PATH

    def path(self, kind: str, job_id: str) -> str:
        if self.into_folder:
            return str(Path(self.given) / f"{kind}-{job_id}.mp4")
        return self.given


def save_to(file: str) -> SaveTo:
    """``file`` checked before anything is requested (or paid for): ``-`` is stdout (not a
    terminal), an existing folder is kept, and otherwise the file's folder must exist and
    be writable."""
    if file == STDOUT_PATH:
        if sys.stdout.isatty():
            raise UsageError(
                "- writes the video to stdout, which is a terminal here: "
                "redirect it (> video.mp4), pipe it, or give a FILE"
            )
        return SaveTo(file, into_folder=False)
    target = Path(file)
    into_folder = target.is_dir()
    folder = target if into_folder else target.parent
    if not folder.is_dir():
        raise UsageError(f"cannot save to {file}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK):
        raise UsageError(f"cannot save to {file}: folder {folder} is not writable")
    return SaveTo(file, into_folder)


class Context:
    """One run of a command: its arguments, the client (made on first use), and output."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.json: bool = bool(getattr(args, "json", False))
        # True when stdout carries a downloaded file: every message then goes to stderr.
        self.stdout_is_data = False
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
        """A progress message: on stdout for people, on stderr when stdout carries JSON or a
        file."""
        stream = sys.stderr if self.json or self.stdout_is_data else sys.stdout
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

    def show_job(self, kind: str, job: Any) -> None:
        if self.json:
            print_json(sanitize(raw_of(job)))
        else:
            details(job_details(kind, job))

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

    def download(self, job: Any, file: str) -> Path | None:
        """Save a finished job's file to ``file`` (already checked by ``download_target``);
        ``-`` streams it to stdout. Returns the path written (None for stdout)."""
        if file == STDOUT_PATH:
            sys.stdout.flush()
            job.download(sys.stdout.buffer)
            sys.stdout.buffer.flush()
            return None
        target = Path(file)
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
        return mask_urls(value)
    return value


def job_details(kind: str, job: Any) -> list[tuple[str, Any]]:
    pairs: list[tuple[str, Any]] = [("kind", kind), ("id", getattr(job, "id", None))]
    for field in attrs.fields(type(job)):
        if field.name in ("id", "raw", "_files"):
            continue
        pairs.append((field.name.replace("_", " "), _value(getattr(job, field.name))))
    return pairs
