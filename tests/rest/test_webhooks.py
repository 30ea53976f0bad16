"""jogg.webhooks: signature checks and lenient reading of every documented payload shape."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import UTC, datetime
from typing import Any

import pytest

import jogg
from jogg import JobState, webhooks
from jogg.testing import FakeJogg

SECRET = "whsec_TEST-SECRET-9d8c7b"


def sign(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def delivery(payload: Any, event: str = "generated_video_success") -> tuple[bytes, dict[str, str]]:
    body = json.dumps(payload).encode()
    return body, {"X-Webhook-Event": event, "X-Webhook-Signature": sign(body)}


BODY = b'{"event":"generated_video_success","timestamp":1750000000,"data":{"video_id":"v1"}}'


def test_a_valid_signature_is_accepted() -> None:
    # verify returns nothing and raises WebhookVerificationError on any mismatch.
    assert webhooks.verify(BODY, sign(BODY), SECRET) is None
    assert webhooks.verify(bytearray(BODY), " " + sign(BODY) + "\n", SECRET) is None


def test_upper_case_hex_is_accepted() -> None:
    assert webhooks.verify(BODY, sign(BODY).upper(), SECRET) is None


@pytest.mark.parametrize(
    ("body", "signature", "secret"),
    [
        (BODY.replace(b"v1", b"v2"), sign(BODY), SECRET),  # tampered body
        (BODY + b" ", sign(BODY), SECRET),  # even by white space
        (BODY, sign(BODY), SECRET + "x"),  # wrong secret
        (BODY, sign(BODY, "other"), SECRET),  # signed with another secret
        (BODY, "", SECRET),  # empty
        (BODY, sign(BODY)[:-1], SECRET),  # too short
        (BODY, sign(BODY) + "0", SECRET),  # too long
        (BODY, "z" * 64, SECRET),  # not hex
        (BODY, "sha256=" + sign(BODY), SECRET),  # a scheme prefix is not ours
        (BODY, sign(BODY)[:-2] + "\u00e9\u00e9", SECRET),  # non-ASCII
    ],
)
def test_bad_signatures_are_rejected_without_revealing_secrets(
    body: bytes, signature: str, secret: str
) -> None:
    with pytest.raises(jogg.WebhookVerificationError) as caught:
        webhooks.verify(body, signature, secret)
    message = str(caught.value)
    assert secret not in message
    assert sign(body, secret) not in message.lower()


def test_arguments_of_the_wrong_kind_are_refused() -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        webhooks.verify(BODY.decode(), sign(BODY), SECRET)  # type: ignore[arg-type]
    assert caught.value.field == "payload"
    with pytest.raises(jogg.ValidationError) as caught:
        webhooks.verify(BODY, sign(BODY), "")
    assert caught.value.field == "secret"
    with pytest.raises(jogg.ValidationError) as caught:
        webhooks.verify(BODY, sign(BODY), 12345)  # type: ignore[arg-type]
    assert "12345" not in str(caught.value)


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Webhook-Event": "generated_video_success"},  # missing signature
        {"X-Webhook-Signature": "not-hex"},  # malformed
        {"X-Webhook-Signature": ""},  # empty
        {"X-Webhook-Signature": sign(BODY, "wrong")},  # wrong secret
        [],
    ],
)
def test_parse_rejects_missing_or_malformed_headers(headers: Any) -> None:
    with pytest.raises(jogg.WebhookVerificationError):
        webhooks.parse(BODY, headers, SECRET)


@pytest.mark.parametrize(
    "headers",
    [
        {"x-webhook-signature": sign(BODY)},
        {"X-WEBHOOK-SIGNATURE": sign(BODY)},
        [("X-Webhook-Signature", sign(BODY))],
        [(b"x-webhook-signature", sign(BODY).encode())],  # ASGI raw headers
    ],
)
def test_header_names_are_case_insensitive_and_any_container_works(headers: Any) -> None:
    event = webhooks.parse(BODY, headers, SECRET)
    assert event.job_id == "v1"


def test_a_video_event_with_video_id() -> None:
    payload = {
        "event": "generated_avatar_video_success",
        "timestamp": 1750000000,
        "event_id": "evt_1",
        "data": {
            "video_id": "v9",
            "status": "completed",
            "video_url": "https://cdn.test/v9.mp4",
            "cover_url": "https://cdn.test/v9.jpg",
            "duration": 31.5,
            "error": None,
        },
    }
    body, headers = delivery(payload, "generated_avatar_video_success")
    event = webhooks.parse(body, headers, SECRET)
    assert event == jogg.WebhookEvent(
        event="generated_avatar_video_success",
        status=jogg.JobStatus(JobState.COMPLETED),
        job_id="v9",
        event_id="evt_1",
        timestamp=datetime(2025, 6, 15, 15, 6, 40, tzinfo=UTC),
        video_url="https://cdn.test/v9.mp4",
        cover_url="https://cdn.test/v9.jpg",
        duration=31.5,
    )
    assert event.raw == payload and event.data == payload["data"]


def test_an_older_video_event_with_project_id_and_an_error_object() -> None:
    payload = {
        "event": "generated_video_failed",
        "timestamp": "2025-06-15T15:06:40Z",
        "data": {
            "project_id": "p7",
            "status": "failed",
            "error": {"code": "E42", "message": "avatar not found"},
        },
    }
    event = webhooks.parse(*delivery(payload, "generated_video_failed"), SECRET)
    assert event.job_id == "p7"
    assert event.status.is_failed
    assert event.error == jogg.JobError("avatar not found", "E42")
    assert event.event_id is None
    assert event.timestamp == datetime(2025, 6, 15, 15, 6, 40, tzinfo=UTC)


@pytest.mark.parametrize(
    ("event_name", "data", "job_id"),
    [
        ("generated_image_failed", {"photo_id": "ph1", "status": 2, "error": "unsafe"}, "ph1"),
        ("generated_motion_failed", {"motion_id": "m1", "error": "no face"}, "m1"),
        ("generated_script_failed", {"task_id": "t1", "status": "failed", "error": "x"}, "t1"),
    ],
)
def test_an_error_given_as_a_string(event_name: str, data: dict[str, Any], job_id: str) -> None:
    event = webhooks.parse(*delivery({"event": event_name, "data": data}, event_name), SECRET)
    assert event.job_id == job_id
    assert event.status.is_failed
    assert event.error is not None and event.error.message == data["error"]


def test_unknown_event_names_and_extra_fields_are_kept() -> None:
    payload = {
        "event": "generated_hologram_success",
        "timestamp": 1750000000123,  # milliseconds
        "data": {"hologram_id": "h1", "brand_new": {"nested": True}},
        "extra_top_level": [1, 2],
    }
    event = webhooks.parse(*delivery(payload, "generated_hologram_success"), SECRET)
    assert event.event == "generated_hologram_success"
    assert event.job_id is None
    assert event.status.is_completed  # from the _success ending, as there is no status
    assert event.data["brand_new"] == {"nested": True}
    assert event.raw["extra_top_level"] == [1, 2]
    assert event.timestamp == datetime(2025, 6, 15, 15, 6, 40, 123000, tzinfo=UTC)


def test_an_unknown_status_spelling_is_kept_not_guessed() -> None:
    payload = {"event": "generated_video_success", "data": {"video_id": "v", "status": "wibble"}}
    event = webhooks.parse(*delivery(payload), SECRET)
    # The event name is the API's own word: an unknown spelling falls back to it.
    assert event.status.state is JobState.COMPLETED and event.status.raw == "wibble"


def test_product_avatar_image_and_photo_urls() -> None:
    image = {"batch_id": "b", "generation_id": "g", "status": "completed", "url": "https://i/1"}
    event = webhooks.parse(
        *delivery({"event": "generated_product_avatar_success", "data": image}), SECRET
    )
    assert (event.job_id, event.image_urls) == ("g", ("https://i/1",))
    photo = {"photo_id": "p", "status": "success", "image_url_list": ["https://i/a", "https://i/b"]}
    event = webhooks.parse(
        *delivery({"event": "generated_photo_avatar_success", "data": photo}), SECRET
    )
    assert event.image_urls == ("https://i/a", "https://i/b") and event.status.is_completed


def test_the_header_names_the_event_when_the_body_does_not() -> None:
    body, headers = delivery({"data": {"video_id": "v"}}, "generated_video_failed")
    event = webhooks.parse(body, headers, SECRET)
    assert event.event == "generated_video_failed" and event.status.is_failed


@pytest.mark.parametrize("body", [b"not json", b"[1, 2]", b""])
def test_a_signed_body_that_is_not_an_object_is_a_payload_error(body: bytes) -> None:
    headers = {"X-Webhook-Signature": sign(body)}
    with pytest.raises(jogg.WebhookPayloadError):
        webhooks.parse(body, headers, SECRET)


def test_client_webhooks_delegates() -> None:
    fake = FakeJogg()
    client = fake.client()
    body, headers = delivery({"event": "generated_video_success", "data": {"video_id": "v"}})
    assert client.webhooks.parse(body, headers, SECRET).job_id == "v"
    client.webhooks.verify(body, headers["X-Webhook-Signature"], SECRET)
    with pytest.raises(jogg.WebhookVerificationError):
        client.webhooks.verify(body, headers["X-Webhook-Signature"], "other")
    assert fake.requests == []


def test_a_delivery_signed_by_the_fake_service_parses() -> None:
    """The FakeJogg signs deliveries the way the service does: they must verify."""
    fake = FakeJogg(clock="manual")
    client = fake.client(post_rate_limit=None)
    endpoint = client.webhooks.create_endpoint(
        "https://hooks.test.example/in", ["generated_avatar_video_success"]
    )
    received: list[Any] = []
    fake.on_delivery(received.append)
    video = client.avatar_videos.create(avatar=127, voice="en-US-ChristopherNeural", script="Hi")
    fake.complete_job(video.id)
    fake.tick()
    assert received, "the fake sent no delivery"
    delivery_ = received[0]
    assert endpoint.secret is not None
    event = webhooks.parse(delivery_.body, delivery_.headers, endpoint.secret)
    assert event.job_id == video.id and event.status.is_completed and event.video_url
