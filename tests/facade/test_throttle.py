"""The client-side POST throttle: 20 POSTs in any 60 s, shared by every thread and task of
one client (and its with_options copies), off with post_rate_limit=None."""

from __future__ import annotations

import threading
from typing import Any

import anyio
import httpx
import pytest

import jogg

from ..kit import ScriptedAPI, VirtualClock, envelope, resolve

pytestmark = pytest.mark.anyio

PRODUCT_PATH = "/v2/product"


def created(request: httpx.Request) -> dict[str, Any]:
    return envelope({"product_id": f"prod-{len(request.content)}"})


def create_product(client: Any, index: int) -> Any:
    return client.products.create(f"https://shop.example.com/p/{index}")


async def test_the_21st_post_waits_until_a_minute_after_the_first(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    # Each POST takes one virtual second, so the first twenty start at 0, 1, ..., 19.
    def slow_reply(request: httpx.Request) -> dict[str, Any]:
        clock.advance(1.0)
        return created(request)

    api.on("POST", PRODUCT_PATH, slow_reply)
    client = api.client(flavor)

    for index in range(21):
        await resolve(create_product(client, index))

    assert api.sent_at[:20] == [float(i) for i in range(20)]
    assert api.sent_at[20] == pytest.approx(61.0)
    assert clock.sleeps == [pytest.approx(41.0)]


async def test_a_burst_of_21_sends_twenty_at_once_and_paces_the_last(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on("POST", PRODUCT_PATH, created)
    client = api.client(flavor)

    for index in range(21):
        await resolve(create_product(client, index))

    assert api.sent_at[:20] == [0.0] * 20
    assert api.sent_at[20] == pytest.approx(61.0)


async def test_gets_are_not_throttled(api: ScriptedAPI, clock: VirtualClock, flavor: str) -> None:
    api.on("GET", "/v2/product_video/v", envelope({"video_id": "v", "status": "processing"}))
    client = api.client(flavor)
    for _ in range(30):
        await resolve(client.product_videos.retrieve("v"))
    assert clock.sleeps == []
    assert len(api.requests) == 30


async def test_post_rate_limit_none_turns_pacing_off(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on("POST", PRODUCT_PATH, created)
    client = api.client(flavor, post_rate_limit=None)
    for index in range(45):
        await resolve(create_product(client, index))
    assert clock.sleeps == []
    assert api.sent_at == [0.0] * 45


async def test_a_custom_post_rate_limit_is_used(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on("POST", PRODUCT_PATH, created)
    client = api.client(flavor, post_rate_limit=3)
    for index in range(7):
        await resolve(create_product(client, index))
    assert api.sent_at == [0.0, 0.0, 0.0, 61.0, 61.0, 61.0, 122.0]


async def test_copies_from_with_options_share_the_throttle(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on("POST", PRODUCT_PATH, created)
    client = api.client(flavor)
    copy = client.with_options(max_retries=0)
    for index in range(20):
        await resolve(create_product(client, index))
    await resolve(create_product(copy, 20))
    assert api.sent_at[20] == pytest.approx(61.0)


def test_threads_of_one_client_share_the_throttle(api: ScriptedAPI, clock: VirtualClock) -> None:
    api.on("POST", PRODUCT_PATH, created)
    client = api.sync_client()
    errors: list[BaseException] = []

    def worker(start: int) -> None:
        try:
            for index in range(start, start + 3):
                create_product(client, index)
        except BaseException as exc:  # surfaced by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i * 3,)) for i in range(7)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert errors == []
    assert len(api.requests) == 21
    assert sorted(api.sent_at) == [0.0] * 20 + [pytest.approx(61.0)]
    assert clock.sleeps == [pytest.approx(61.0)]


async def test_tasks_of_one_async_client_share_the_throttle(
    api: ScriptedAPI, clock: VirtualClock
) -> None:
    api.on("POST", PRODUCT_PATH, created)
    client = api.async_client()

    async with anyio.create_task_group() as tasks:
        for index in range(21):
            tasks.start_soon(create_product, client, index)

    assert len(api.requests) == 21
    assert sorted(api.sent_at) == [0.0] * 20 + [pytest.approx(61.0)]


def test_post_rate_limit_is_validated() -> None:
    bad: Any
    for bad in (0, -1, 2.5, "20", True):
        with pytest.raises(jogg.ValidationError) as caught:
            jogg.Jogg("k", post_rate_limit=bad)
        assert caught.value.field == "post_rate_limit"
