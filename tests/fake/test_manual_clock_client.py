"""With FakeJogg(clock="manual"), the clients it makes sleep on the fake's clock."""

from __future__ import annotations

import time

import pytest

import jogg
from jogg.testing import FakeJogg

SPEC = jogg.ProductVideoSpec(avatar=127, voice="en-US-ChristopherNeural")


def test_wait_with_the_default_schedule_moves_fake_time_not_real_time() -> None:
    fake = FakeJogg(clock="manual", job_seconds=300)
    client = fake.client()
    product = client.products.create("https://shop.example.com/p/bottle")
    started = time.monotonic()
    video = client.product_videos.create_and_wait(product.id, SPEC)
    assert video.status.is_completed
    assert time.monotonic() - started < 5  # no real 300 s wait
    assert fake.clock() >= 300  # the default schedule's sleeps advanced the fake's clock


@pytest.mark.anyio
async def test_async_client_shares_the_manual_clock_too() -> None:
    fake = FakeJogg(clock="manual", job_seconds=120)
    client = fake.async_client()
    product = await client.products.create(name="Bottle")
    video = await client.product_videos.create_and_wait(product.id, SPEC)
    assert video.status.is_completed and fake.clock() >= 120


def test_an_explicit_clock_is_kept() -> None:
    fake = FakeJogg(clock="manual")

    class Marker(jogg.Clock):  # type: ignore[misc]
        pass

    marker = object.__new__(Marker)
    client = fake.client(clock=marker)
    assert client._settings.clock is marker
