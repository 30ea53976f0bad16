"""What the batch tests share: catalogues, counting what the fake was asked to create, and a
throwaway PostgreSQL server."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from jogg.batch import JournalRow
from jogg.testing import FakeJogg

PRODUCT_PATH = "/v2/product"
VIDEO_PATH = "/v2/create_video_from_product"
TAG = re.compile(r"jb-[0-9a-f]+-r(\d+)-a(\d+)")


def _postgres_bin() -> Path:
    """The server programs of the Debian package (15 on these machines; newest if several)."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else Path("/usr/lib/postgresql/15/bin")


PG_BIN = _postgres_bin()


def catalogue(folder: Path, count: int, *, name: str = "products.csv", extra: str = "") -> Path:
    """A CSV of ``count`` distinct product pages (``extra`` is added to every row's line)."""
    lines = ["url" + (",length" if extra else "")]
    lines += [
        f"https://shop.example.com/p/item-{n}" + (f",{extra}" if extra else "")
        for n in range(1, count + 1)
    ]
    path = folder / name
    path.write_text("\n".join(lines) + "\n")
    return path


def row_of_url(url: str) -> int:
    return int(url.rsplit("-", 1)[-1])


def creations(fake: FakeJogg) -> tuple[Counter[int], Counter[int]]:
    """POSTs that created a product, and a video, per row (read from the fake's request
    record: product rows from the page URL, video rows from the tag in the video's name)."""
    products: Counter[int] = Counter()
    videos: Counter[int] = Counter()
    for request in list(fake.requests):
        if request.method != "POST" or not isinstance(request.json, dict):
            continue  # (a body cut off by a kill: the fake could not read it, made nothing)
        if request.path == PRODUCT_PATH:
            products[row_of_url(request.json["url"])] += 1
        elif request.path == VIDEO_PATH:
            found = TAG.search(request.json["video_spec"]["name"])
            assert found is not None, request.json
            videos[int(found.group(1))] += 1
    return products, videos


def post_times(fake: FakeJogg) -> list[float]:
    return sorted(r.at for r in list(fake.requests) if r.method == "POST")


def busiest_window(times: list[float], window: float) -> int:
    """The most POSTs in any half-open span of ``window`` seconds."""
    best = 0
    start = 0
    for end, moment in enumerate(times):
        while times[start] <= moment - window:
            start += 1
        best = max(best, end - start + 1)
    return best


def assert_complete(rows: list[JournalRow], count: int) -> None:
    assert [r.row_no for r in rows] == list(range(1, count + 1))
    for row in rows:
        assert row.state == "done", row
        assert row.file is not None and Path(row.file).stat().st_size > 0, row


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    # initdb and postgres refuse to run as root; CI and sessions run as root.
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


@contextmanager
def postgres_server() -> Iterator[str]:
    """A PostgreSQL server on a free loopback port in a temporary folder; yields the URL of
    its ``postgres`` database for the user ``jogg`` (trust authentication)."""
    folder = Path(tempfile.mkdtemp(prefix="jogg-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    data = folder / "data"
    port = free_port()
    subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "jogg"]),
        check=True,
        capture_output=True,
    )
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    subprocess.run(
        _as_postgres(
            [
                str(PG_BIN / "pg_ctl"),
                "-D",
                str(data),
                "-o",
                options,
                "-l",
                str(folder / "log"),
                "-w",
                "start",
            ]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql://jogg@127.0.0.1:{port}/postgres"
    finally:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def new_database(server_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(server_url, autocommit=True) as db:
        db.execute(f'CREATE DATABASE "{name}"')
    return server_url.rsplit("/", 1)[0] + "/" + name


def jogg_command() -> list[str]:
    script = Path(sys.executable).with_name("jogg")
    return [str(script)] if script.exists() else [sys.executable, "-m", "jogg.cli"]


def wait_until(predicate: object, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():  # type: ignore[operator]
            return
        time.sleep(0.02)
    raise AssertionError("condition not met in time")


def videos_per_row(fake: FakeJogg) -> Counter[int]:
    """Product videos the fake holds, per row (by the tag in their names): what was really
    created, where a faulted POST may have been recorded without effect."""
    counts: Counter[int] = Counter()
    with fake.client(post_rate_limit=None) as client:
        for video in client.product_videos.list(page_size=100):
            found = TAG.search(video.title or "")
            if found is not None:
                counts[int(found.group(1))] += 1
    return counts
