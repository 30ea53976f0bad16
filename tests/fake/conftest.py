"""Shared fixtures for the FakeJogg tests: a fake on a manual clock and raw httpx clients."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from jogg.testing import FakeJogg

KEY = "fake-key"


def make_client(fake: FakeJogg, **headers: str) -> httpx.Client:
    return httpx.Client(
        transport=fake.transport(),
        base_url="http://localhost",
        headers={"x-api-key": fake.api_key, **headers},
    )


def data_of(response: httpx.Response) -> Any:
    body = response.json()
    assert body["code"] == 0, body
    return body["data"]


@pytest.fixture
def fake() -> FakeJogg:
    return FakeJogg(clock="manual")


@pytest.fixture
def client(fake: FakeJogg) -> Iterator[httpx.Client]:
    with make_client(fake) as c:
        yield c


def create_product(client: httpx.Client, **fields: Any) -> str:
    body = fields or {"url": "https://shop.example.com/products/owala-freesip-bottle"}
    return str(data_of(client.post("/v2/product", json=body))["product_id"])


PRODUCT_VIDEO = {
    "video_spec": {"length": "30", "aspect_ratio": "portrait"},
    "avatar": {"id": 127, "type": 0},
    "voice": {"id": "en-US-ChristopherNeural"},
    "audio": {"music_id": 13},
    "script": {"style": "Storytime", "language": "english"},
    "visual_style": "Simple Product Switch",
}


def create_product_video(client: httpx.Client, **extra: Any) -> str:
    product_id = create_product(client)
    body = {"product_id": product_id, **PRODUCT_VIDEO, **extra}
    return str(data_of(client.post("/v2/create_video_from_product", json=body))["video_id"])
