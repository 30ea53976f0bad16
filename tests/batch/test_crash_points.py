"""Crashes between every two steps, then a resume: each row gets exactly one video (and one
product, but where the crash fell between the product's answer and its record), and every
row its file. In-process and over loopback HTTP."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from jogg import Jogg, ProductVideoSpec
from jogg.batch import run_batch
from jogg.testing import FakeJogg

from .support import assert_complete, catalogue, creations, videos_per_row

SPEC = ProductVideoSpec(avatar=127, voice="en-US-JennyNeural", length=15)
STEPS = (
    "product_intent",
    "product_answered",
    "product_recorded",
    "video_intent",
    "video_answered",
    "video_recorded",
    "video_finished",
    "downloaded",
)
ROWS = 3


class Crash(BaseException):
    """The process dies here (nothing in the runner catches a BaseException it does not
    know)."""


def crash_at(step: str, row: int):  # type: ignore[no-untyped-def]
    def hook(at: str, at_row: int) -> None:
        if at == step and at_row == row:
            raise Crash(step)

    return hook


@contextmanager
def connect(fake: FakeJogg, where: str) -> Iterator[Jogg]:
    if where == "in-process":
        with fake.client(post_rate_limit=None) as client:
            yield client
        return
    with fake.serve() as url, Jogg(fake.api_key, base_url=url, post_rate_limit=None) as client:
        yield client


def run(client: Jogg, tmp_path: Path, **options: object):  # type: ignore[no-untyped-def]
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return run_batch(
        catalogue(tmp_path, ROWS),
        out,
        client=client,
        spec=SPEC,
        poll_interval=0.02,
        # No second look for a missing video: the fake lists a video the moment it exists.
        **{"concurrency": 2, "reconcile_settle": 0, **options},  # type: ignore[arg-type]
    )


@pytest.mark.parametrize("where", ["in-process", "served"])
@pytest.mark.parametrize("step", STEPS)
def test_crash_between_steps_then_resume(tmp_path: Path, step: str, where: str) -> None:
    fake = FakeJogg(job_seconds=0.1)
    with connect(fake, where) as client:
        with pytest.raises(Crash):
            # One thread, so that the crash is the only thing in flight.
            run(client, tmp_path, checkpoint=crash_at(step, 2), concurrency=1)
        result = run(client, tmp_path)
        if step == "video_intent":
            # Intent written, POST never sent: nothing to find, so the row is uncertain and
            # is not sent again until asked.
            assert result.counts == {"done": 2, "uncertain": 1}
            assert creations(fake)[1][2] == 0
            assert run(client, tmp_path).counts == {"done": 2, "uncertain": 1}
            assert creations(fake)[1][2] == 0
            result = run(client, tmp_path, retry_uncertain=True)
    products, videos = creations(fake)
    assert videos == {1: 1, 2: 1, 3: 1}
    # A product POST whose answer was lost is sent again (the API has no way to find a
    # product; a product costs no credit): that is the one place a second one appears.
    expected_products = {1: 1, 2: 2 if step == "product_answered" else 1, 3: 1}
    assert products == expected_products
    # The journal counts product intents: never fewer than the POSTs made.
    assert all(products[r.row_no] <= r.product_attempts for r in result.rows)
    assert_complete(result.rows, ROWS)
    lines = [json.loads(x) for x in (tmp_path / "out" / "report.jsonl").read_text().splitlines()]
    assert [(x["row"], x["status"]) for x in lines] == [(1, "done"), (2, "done"), (3, "done")]
    assert all(x["video_id"] and x["product_id"] and x["credit"] == 5.0 for x in lines)


def test_repeated_random_crashes_converge_to_one_video_per_row(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.05)
    chooser = random.Random(1405)
    crashes = 0
    with fake.client(post_rate_limit=None) as client:
        for _ in range(30):
            countdown = [chooser.randint(1, 12)]

            def hook(step: str, row: int, countdown: list[int] = countdown) -> None:
                countdown[0] -= 1
                if countdown[0] == 0:
                    raise Crash(step)

            try:
                result = run(client, tmp_path, checkpoint=hook, retry_uncertain=True)
            except Crash:
                crashes += 1
                continue
            break
    assert crashes >= 3
    products, videos = creations(fake)
    assert videos == {1: 1, 2: 1, 3: 1}
    assert all(1 <= products[r.row_no] <= r.product_attempts for r in result.rows)
    assert_complete(result.rows, ROWS)


def test_video_post_answer_lost_on_the_wire_is_found_by_its_tag(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.05)
    # The API creates the video, then the connection drops before the answer arrives.
    fake.faults.drop(after=True, method="POST", path="/v2/create_video_from_product")
    with connect(fake, "served") as client:
        result = run(client, tmp_path)
    assert creations(fake)[1] == {1: 1, 2: 1, 3: 1}
    assert videos_per_row(fake) == {1: 1, 2: 1, 3: 1}
    assert_complete(result.rows, ROWS)


@pytest.mark.parametrize("fault", ["drop-before", "http-500"])
def test_video_post_that_did_nothing_becomes_uncertain_not_resent(
    tmp_path: Path, fault: str
) -> None:
    fake = FakeJogg(job_seconds=0.05)
    if fault == "drop-before":
        fake.faults.drop(method="POST", path="/v2/create_video_from_product")
    else:
        fake.faults.fail(status=500, method="POST", path="/v2/create_video_from_product")
    with connect(fake, "served") as client:
        first = run(client, tmp_path, concurrency=1)
        # Row 1's POST may or may not have created a video, and none carries its tag.
        assert first.counts == {"done": 2, "uncertain": 1}
        uncertain = next(r for r in first.rows if r.state == "uncertain")
        assert uncertain.row_no == 1 and "retry-uncertain" in (uncertain.error_message or "")
        assert run(client, tmp_path).counts == {"done": 2, "uncertain": 1}
        final = run(client, tmp_path, retry_uncertain=True)
    # The faulted POST is in the request record but made nothing.
    assert creations(fake)[1] == {1: 2, 2: 1, 3: 1}
    assert videos_per_row(fake) == {1: 1, 2: 1, 3: 1}
    assert_complete(final.rows, ROWS)
    assert next(r for r in final.rows if r.row_no == 1).attempt == 2


def test_a_video_listed_late_is_found_by_the_second_look(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.05)
    with fake.client(post_rate_limit=None) as client:
        with pytest.raises(Crash):
            run(client, tmp_path, checkpoint=crash_at("video_intent", 1), concurrency=1)
        late: list[str] = []

        def appear_late(event, progress):  # type: ignore[no-untyped-def]
            # The POST did reach the API, which lists the video only now.
            if event.kind == "reconciling" and not late:
                tag = event.text.split()[3].rstrip(";")
                late.append(
                    client.product_videos.create(product_of_row_1(tmp_path), SPEC, name=tag).id
                )

        result = run(client, tmp_path, reconcile_settle=0.3, on_event=appear_late)
    assert late and result.rows[0].video_id == late[0]
    assert_complete(result.rows, ROWS)
    assert videos_per_row(fake) == {1: 1, 2: 1, 3: 1}


def product_of_row_1(tmp_path: Path) -> str:
    with sqlite3.connect(tmp_path / "out" / "jogg-batch.sqlite3") as db:
        return str(db.execute("SELECT product_id FROM rows WHERE row_no = 1").fetchone()[0])
