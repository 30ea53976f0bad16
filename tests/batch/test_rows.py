"""Input checks before any request, failures, retries, a journal given other input, fatal
errors, and the choices made for rows without avatar or voice."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest

from jogg import InsufficientCreditError, ProductVideoSpec
from jogg.batch import (
    InputError,
    JournalMismatchError,
    OutputFolderError,
    read_rows,
    run_batch,
)
from jogg.testing import FakeJogg

from .support import assert_complete, catalogue, creations, videos_per_row

SPEC = ProductVideoSpec(avatar=127, voice="en-US-JennyNeural", length=15)


def out_folder(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    return out


def test_bad_rows_are_reported_by_line_before_any_request(tmp_path: Path) -> None:
    source = tmp_path / "products.csv"
    source.write_text(
        "url,length,aspect_ratio,colour\n"
        "https://shop.example.com/p/a,15,portrait,\n"
        ",30,,\n"
        "https://shop.example.com/p/c,45,,\n"
        "\n"
        "ftp://shop.example.com/p/d,,sideways,red\n"
    )
    fake = FakeJogg()
    with pytest.raises(InputError) as caught:
        run_batch(source, out_folder(tmp_path), client=fake.client(), spec=SPEC)
    found = [(p.line, p.column) for p in caught.value.problems]
    assert found == [(3, "url"), (4, "length"), (6, "colour"), (6, "url"), (6, "aspect_ratio")]
    message = str(caught.value)
    assert (
        "line 4: length: expected" in message and "15" in message and "nothing was sent" in message
    )
    assert fake.requests == []
    assert not (tmp_path / "out" / "jogg-batch.sqlite3").exists()


def test_json_lines_input_with_overrides(tmp_path: Path) -> None:
    source = tmp_path / "products.jsonl"
    rows = [
        {"url": "https://shop.example.com/p/item-1", "length": 60, "name": "Mug"},
        {"url": "https://shop.example.com/p/item-2", "aspect_ratio": "Portrait", "music": 3},
    ]
    source.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n")
    checked = read_rows(source, SPEC)
    assert [(r.row, r.line, dict(r.overrides)) for r in checked] == [
        (1, 1, {"length": 60, "name": "Mug"}),
        (2, 2, {"aspect_ratio": "Portrait", "music_id": 3}),
    ]
    fake = FakeJogg(job_seconds=0.05)
    result = run_batch(
        source,
        out_folder(tmp_path),
        client=fake.client(post_rate_limit=None),
        spec=SPEC,
        poll_interval=0.02,
    )
    assert_complete(result.rows, 2)
    bodies = {
        r.json["video_spec"]["name"].split(" [")[0]: r.json
        for r in fake.requests
        if r.path == "/v2/create_video_from_product"
    }
    assert bodies["Mug"]["video_spec"]["length"] == "60"
    second = next(b for name, b in bodies.items() if name != "Mug")
    assert second["video_spec"]["aspect_ratio"] == "portrait"
    assert second["audio"] == {"music_id": 3}
    assert re.fullmatch(r"Mug \[jb-[0-9a-f]{8}-r1-a1\]", bodies["Mug"]["video_spec"]["name"])


def test_broken_json_line_and_empty_input(tmp_path: Path) -> None:
    source = tmp_path / "products.jsonl"
    source.write_text('{"url": "https://shop.example.com/p/a"}\n{"url": \n[1]\n')
    with pytest.raises(InputError) as caught:
        read_rows(source)
    assert [(p.line, p.column) for p in caught.value.problems] == [(2, "line"), (3, "line")]
    empty = tmp_path / "empty.csv"
    empty.write_text("url\n")
    with pytest.raises(InputError, match="has no rows"):
        read_rows(empty)
    no_url = tmp_path / "nourl.csv"
    no_url.write_text("page\nhttps://shop.example.com/p/a\n")
    with pytest.raises(InputError, match="'url' column"):
        read_rows(no_url)


def test_missing_output_folder_fails_at_start(tmp_path: Path) -> None:
    fake = FakeJogg()
    source = catalogue(tmp_path, 2)
    with pytest.raises(OutputFolderError, match="does not exist"):
        run_batch(source, tmp_path / "nowhere", client=fake.client(), spec=SPEC)
    a_file = tmp_path / "file"
    a_file.write_text("")
    with pytest.raises(OutputFolderError):
        run_batch(source, a_file, client=fake.client(), spec=SPEC)
    assert fake.requests == []


def test_journal_reused_with_other_input_is_refused(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.05)
    client = fake.client(post_rate_limit=None)
    out = out_folder(tmp_path)
    run_batch(catalogue(tmp_path, 2), out, client=client, spec=SPEC, poll_interval=0.02)
    sent = len(fake.requests)
    with pytest.raises(JournalMismatchError, match="another batch"):
        run_batch(catalogue(tmp_path, 3), out, client=client, spec=SPEC)
    with pytest.raises(JournalMismatchError):
        run_batch(catalogue(tmp_path, 2), out, client=client, spec=SPEC.replace(length=30))
    assert len(fake.requests) == sent
    # The same batch again: nothing to do, nothing sent but the report rewritten.
    again = run_batch(catalogue(tmp_path, 2), out, client=client, spec=SPEC)
    assert again.posts == 0 and len(fake.requests) == sent
    with open(out / "report.csv", newline="") as handle:
        assert [r["status"] for r in csv.DictReader(handle)] == ["done", "done"]


def test_failed_job_is_reported_and_retry_failed_makes_one_new_video(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.3)
    client = fake.client(post_rate_limit=None)
    out = out_folder(tmp_path)
    source = catalogue(tmp_path, 3)

    def fail_row_two(event, progress):  # type: ignore[no-untyped-def]
        if event.kind == "video" and event.row == 2:
            fake.fail_job(event.text.split()[1], code="RENDER_FAILED", message="no luck")

    first = run_batch(
        source, out, client=client, spec=SPEC, poll_interval=0.02, on_event=fail_row_two
    )
    assert first.counts == {"done": 2, "failed": 1}
    failed = next(r for r in first.rows if r.state == "failed")
    assert (failed.row_no, failed.error_code, failed.error_message) == (
        2,
        "RENDER_FAILED",
        "no luck",
    )
    lines = [json.loads(x) for x in (out / "report.jsonl").read_text().splitlines()]
    assert lines[1]["status"] == "failed" and lines[1]["error_code"] == "RENDER_FAILED"
    # Without the option, a rerun leaves the failed row alone.
    assert run_batch(source, out, client=client, spec=SPEC).posts == 0
    retried = run_batch(
        source, out, client=client, spec=SPEC, poll_interval=0.02, retry_failed=True
    )
    assert retried.retried == (1, 0) and retried.posts == 1  # the video only: product kept
    assert_complete(retried.rows, 3)
    products, videos = creations(fake)
    assert products == {1: 1, 2: 1, 3: 1} and videos == {1: 1, 2: 2, 3: 1}
    row_two = retried.rows[1]
    assert row_two.attempt == 2 and row_two.product_id == failed.product_id


def test_refused_video_fails_the_row_and_the_batch_goes_on(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.05)
    fake.faults.fail(code=40000, msg="bad visual style", path="/v2/create_video_from_product")
    result = run_batch(
        catalogue(tmp_path, 3),
        out_folder(tmp_path),
        client=fake.client(post_rate_limit=None),
        spec=SPEC,
        poll_interval=0.02,
        concurrency=1,
    )
    assert result.counts == {"failed": 1, "done": 2}
    assert (result.rows[0].error_code, result.rows[0].video_id) == ("40000", None)
    assert videos_per_row(fake) == {2: 1, 3: 1}


def test_no_credit_stops_the_batch_and_a_rerun_resumes(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.05)
    fake.faults.fail(code=18020, msg="insufficient credit", path="/v2/create_video_from_product")
    client = fake.client(post_rate_limit=None)
    out = out_folder(tmp_path)
    first = run_batch(
        catalogue(tmp_path, 3), out, client=client, spec=SPEC, poll_interval=0.02, concurrency=1
    )
    assert isinstance(first.fatal, InsufficientCreditError)
    assert first.rows[0].state == "product_created"  # refused: nothing to reconcile
    assert not first.finished
    second = run_batch(catalogue(tmp_path, 3), out, client=client, spec=SPEC, poll_interval=0.02)
    assert_complete(second.rows, 3)
    assert videos_per_row(fake) == {1: 1, 2: 1, 3: 1}
    assert creations(fake)[0] == {1: 1, 2: 1, 3: 1}


def test_rows_without_avatar_or_voice_get_the_first_listed_once(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.05)
    source = tmp_path / "products.csv"
    source.write_text(
        "url,aspect_ratio,voice\n"
        "https://shop.example.com/p/item-1,portrait,\n"
        "https://shop.example.com/p/item-2,portrait,en-US-JennyNeural\n"
        "https://shop.example.com/p/item-3,,\n"
    )
    client = fake.client(post_rate_limit=None)
    result = run_batch(source, out_folder(tmp_path), client=client, poll_interval=0.02)
    assert_complete(result.rows, 3)
    lists = [r.path for r in fake.requests if r.method == "GET" and "/files/" not in r.path]
    assert lists.count("/v2/avatars/public") == 2 and lists.count("/v2/voices") == 1
    portrait = next(iter(client.avatars.list_public(aspect_ratio="portrait")))
    landscape = next(iter(client.avatars.list_public(aspect_ratio="landscape")))
    voice = next(iter(client.voices.list(language="english")))
    assert [(r.spec["avatar"], r.spec["voice"]) for r in result.rows] == [
        (portrait.id, voice.id),
        (portrait.id, "en-US-JennyNeural"),
        (landscape.id, voice.id),
    ]
    assert set(result.picked) == {"avatar (portrait)", "avatar (landscape)", "voice (english)"}


def test_downloads_that_keep_failing_leave_the_row_to_resume(tmp_path: Path) -> None:
    fake = FakeJogg(job_seconds=0.05)
    fake.faults.truncate_download(times=1000)
    client = fake.client(post_rate_limit=None, max_retries=0)
    out = out_folder(tmp_path)
    first = run_batch(
        catalogue(tmp_path, 2), out, client=client, spec=SPEC, poll_interval=0.02, concurrency=1
    )
    # The run ends (it does not retry for ever), the videos stay recorded, no file is left
    # under its final name, and the report says what went wrong.
    assert [r.state for r in first.rows] == ["video_created", "video_created"]
    assert all("download" in (r.error_message or "") for r in first.rows)
    assert not list(out.glob("*.mp4"))
    fake.faults.clear()
    second = run_batch(catalogue(tmp_path, 2), out, client=client, spec=SPEC, poll_interval=0.02)
    assert second.posts == 0
    assert_complete(second.rows, 2)
    assert all(Path(r.file or "").stat().st_size == fake.video_size for r in second.rows)
    assert all(r.error_message is None for r in second.rows)
