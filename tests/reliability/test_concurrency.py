"""Many threads on one Jogg and many tasks on one AsyncJogg: one pool, one POST throttle,
no errors, no lost or duplicated results."""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

import jogg
from jogg.testing import FakeJogg

from ..kit import VirtualClock, envelope_json
from ._server import Seen, Step, json_reply, scripted
from .conftest import AddRow

WINDOW = 60.0  # the API's POST window, which the client's throttle paces to
LIMIT = 20


def make_fallback() -> Callable[[Seen], Step]:
    """Answers product creations with ids that are unique and name the request."""
    ids, lock = itertools.count(1), threading.Lock()

    def answer(seen: Seen) -> Step:
        with lock:
            n = next(ids)
        name = json.loads(seen.body)["name"]
        return json_reply(envelope_json({"product_id": f"p{n}-{name}"}, msg="ok"))

    return answer


def test_threads_share_pool_and_post_throttle(row: AddRow) -> None:
    threads, calls = 20, 10
    clock = VirtualClock(start=1_000.0)
    with scripted([], fallback=make_fallback()) as server:
        with jogg.Jogg("rel-key", base_url=server.url, clock=clock, timeout=10) as client:

            def work(t: int) -> list[str]:
                return [client.products.create(name=f"t{t}c{i}").id for i in range(calls)]

            with ThreadPoolExecutor(threads) as pool:
                results = [pid for ids in pool.map(work, range(threads)) for pid in ids]
        total = threads * calls
        assert len(results) == total and len(set(results)) == total  # none lost, none doubled
        assert server.count == total
        assert server.connections <= threads  # connections reused from one pool
        # One throttle for all threads: the k-th POST starts a full window after the
        # (k-20)-th, so 200 POSTs span at least 9 windows (separate throttles: none at all).
        waited = clock.monotonic() - 1_000.0
        assert waited >= (total // LIMIT - 1) * WINDOW
        assert len(clock.sleeps) >= total // LIMIT - 1
    row(
        f"{threads} threads x {calls} POSTs on one Jogg",
        server.count,
        f"{total} distinct results, {server.connections} connections, paced {waited:.0f} s",
    )


@pytest.mark.anyio
async def test_async_tasks_share_post_throttle(row: AddRow) -> None:
    tasks = 60
    clock = VirtualClock(start=1_000.0)
    with scripted([], fallback=make_fallback()) as server:
        async with jogg.AsyncJogg(
            "rel-key", base_url=server.url, clock=clock, timeout=10
        ) as client:
            products = await asyncio.gather(
                *(client.products.create(name=f"a{i}") for i in range(tasks))
            )
        ids = {p.id for p in products}
        assert len(ids) == tasks and server.count == tasks
        waited = clock.monotonic() - 1_000.0
        assert waited >= (tasks // LIMIT - 1) * WINDOW
    row(
        f"{tasks} concurrent POST tasks on one AsyncJogg",
        server.count,
        f"{tasks} distinct results, paced {waited:.0f} s",
    )


@pytest.mark.anyio
async def test_two_hundred_concurrent_waits_on_served_fake(row: AddRow) -> None:
    jobs = 200
    fake = FakeJogg(job_seconds=0.5, rate_limit=None)
    fake.remaining_quota = 1e9
    with fake.serve() as url:
        async with jogg.AsyncJogg(
            fake.api_key, base_url=url, post_rate_limit=None, timeout=30
        ) as client:
            product = await client.products.create(name="Mug")
            videos = await asyncio.gather(
                *(
                    client.product_videos.create(
                        product.id, avatar=127, voice="en-US-ChristopherNeural", length=15
                    )
                    for _ in range(jobs)
                )
            )
            done = await asyncio.gather(
                *(client.product_videos.wait(v, poll_interval=0.2, timeout=60) for v in videos)
            )
    created = [v.id for v in videos]
    assert len(set(created)) == jobs
    assert [d.id for d in done] == created  # every wait returned its own job
    assert all(d.status.is_completed for d in done)
    posts = [r for r in fake.requests if r.method == "POST"]
    polls = [r for r in fake.requests if r.method == "GET"]
    assert len(posts) == jobs + 1  # nothing duplicated
    assert len(polls) >= jobs
    row(
        f"{jobs} concurrent waits on one AsyncJogg (served fake)",
        len(fake.requests),
        f"{jobs} completed, {len(polls)} polls, 0 errors",
    )
