"""Webhook endpoints and deliveries, signed like the real service's."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

from jogg.testing import Delivery, FakeJogg

from .conftest import create_product_video, data_of


def reference_signature(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


class Receiver:
    def __init__(self) -> None:
        self.got: list[tuple[dict[str, str], bytes]] = []
        self.arrived = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.got.append((dict(self.headers.items()), body))
                self.send_response(204)
                self.end_headers()
                receiver.arrived.set()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    r = Receiver()
    yield r
    r.close()


def test_endpoint_crud(client: httpx.Client) -> None:
    created = data_of(
        client.post(
            "/v2/endpoint",
            json={
                "url": "https://hooks.example.com/a",
                "status": "enabled",
                "events": ["generated_product_video_success", "some_future_event"],
            },
        )
    )
    assert created["endpoint_id"].startswith("wh_") and created["secret"].startswith("whsec_")
    listed = data_of(client.get("/v2/endpoints"))["endpoints"]
    assert [e["endpoint_id"] for e in listed] == [created["endpoint_id"]]
    updated = data_of(
        client.put(
            f"/v2/endpoint/{created['endpoint_id']}",
            json={"url": "https://hooks.example.com/b", "status": "disabled", "events": []},
        )
    )
    assert updated["url"].endswith("/b") and updated["status"] == "disabled"
    assert updated["secret"] == created["secret"]
    deleted = data_of(client.delete(f"/v2/endpoint/{created['endpoint_id']}"))
    assert deleted == {"message": "webhook deleted"}
    assert data_of(client.get("/v2/endpoints"))["endpoints"] == []
    events = data_of(client.get("/v2/events"))["events"]
    assert "generated_product_video_success" in events and "generated_image_failed" in events


def test_at_most_20_endpoints(fake: FakeJogg, client: httpx.Client) -> None:
    fake.rate_limit = None
    body = {"url": "http://127.0.0.1:9/h", "status": "enabled", "events": []}
    for _ in range(20):
        assert client.post("/v2/endpoint", json=body).json()["code"] == 0
    r = client.post("/v2/endpoint", json=body).json()
    assert r["code"] == 40000 and "20" in r["msg"]


def test_request_webhook_url_delivery_is_signed_with_the_fake_secret(
    fake: FakeJogg, client: httpx.Client
) -> None:
    seen: list[Delivery] = []
    fake.on_delivery(seen.append)
    vid = create_product_video(client, webhook_url="https://example.com/hook")
    assert fake.deliveries == []
    fake.advance(2.0)  # the clock moves: the fake observes the end and delivers
    assert seen == fake.deliveries and len(seen) == 1
    d = seen[0]
    assert d.url == "https://example.com/hook" and not d.sent and d.error
    assert d.headers["X-Webhook-Event"] == "generated_product_video_success"
    assert hmac.compare_digest(d.signature, reference_signature(fake.webhook_secret, d.body))
    payload = json.loads(d.body)
    assert set(payload) == {"event", "timestamp", "data", "event_id"}
    assert payload["data"]["video_id"] == vid and payload["data"]["status"] == "completed"
    assert payload["data"]["video_url"].endswith(f"/files/videos/{vid}.mp4")
    assert payload["data"]["duration"] == 30 and payload["data"]["error"] is None
    fake.advance(5.0)
    assert len(fake.deliveries) == 1  # delivered once


def test_failed_job_delivers_failed_event_with_error_object(
    fake: FakeJogg, client: httpx.Client
) -> None:
    create_product_video(client, webhook_url="https://example.com/hook")
    vid = create_product_video(client, webhook_url="https://example.com/hook")
    fake.fail_job(vid, code="E1", message="boom")
    d = fake.deliveries[-1]
    assert d.event == "generated_product_video_failed"
    assert d.json["data"]["error"] == {"code": "E1", "message": "boom"}


def test_subscribed_endpoint_receives_real_http_post(
    fake: FakeJogg, client: httpx.Client, receiver: Receiver
) -> None:
    ep = data_of(
        client.post(
            "/v2/endpoint",
            json={
                "url": receiver.url,
                "status": "enabled",
                "events": ["generated_image_failed", "generated_image_success"],
            },
        )
    )
    photo = data_of(
        client.post(
            "/v2/photo_avatar/photo/generate",
            json={
                "age": "Adult",
                "avatar_style": "Professional",
                "gender": "Female",
                "model": "modern",
                "aspect_ratio": "portrait",
            },
        )
    )["photo_id"]
    fake.fail_job(photo, message="no face")
    assert receiver.arrived.wait(5)
    fake.flush_deliveries()
    headers, body = receiver.got[0]
    assert headers["X-Webhook-Event"] == "generated_image_failed"
    assert headers["X-Webhook-Signature"] == reference_signature(ep["secret"], body)
    assert json.loads(body)["data"]["error"] == "no face"  # a plain string for images
    d = fake.deliveries[0]
    assert d.sent and d.status_code == 204 and d.endpoint_id == ep["endpoint_id"]


def test_disabled_or_unsubscribed_endpoints_get_nothing(
    fake: FakeJogg, client: httpx.Client
) -> None:
    for status, events in [("disabled", ["generated_product_video_success"]), ("enabled", ["x"])]:
        client.post(
            "/v2/endpoint", json={"url": "https://e.com/h", "status": status, "events": events}
        )
    vid = create_product_video(client)
    fake.complete_job(vid)
    assert fake.deliveries == []


def test_unreachable_loopback_receiver_is_recorded_not_raised(
    fake: FakeJogg, client: httpx.Client
) -> None:
    create_product_video(client, webhook_url="http://127.0.0.1:9/nobody-home")
    fake.advance(2)
    fake.flush_deliveries()
    d = fake.deliveries[0]
    assert d.sent and d.status_code is None and d.error
