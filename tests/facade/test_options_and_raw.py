"""Per-call options, raw responses, default headers, ids, and waits after a create, against
the in-process FakeJogg (it speaks HTTP through httpx.MockTransport)."""

from __future__ import annotations

import asyncio
import warnings

import pytest

import jogg
from jogg.testing import FakeJogg

VOICE = "en-US-ChristopherNeural"


@pytest.fixture
def fake() -> FakeJogg:
    return FakeJogg(clock="manual")


def test_per_call_options_are_sent_and_validated(fake: FakeJogg) -> None:
    client = fake.client()
    product = client.products.create(
        "https://shop.example/p/1",
        extra_headers={"X-Trace": "t-1"},
        extra_query={"debug": "1"},
        extra_body={"brand_new_field": "kept"},
    )
    sent = fake.requests[-1]
    assert product.id
    assert sent.headers["x-trace"] == "t-1"
    assert sent.query["debug"] == "1"
    assert sent.json["brand_new_field"] == "kept"
    assert sent.json["url"] == "https://shop.example/p/1"
    before = len(fake.requests)
    with pytest.raises(jogg.ValidationError, match="timeout"):
        client.user.whoami(timeout=0)
    with pytest.raises(jogg.ValidationError, match="max_retries"):
        client.user.whoami(max_retries=-1)
    with pytest.raises(jogg.ValidationError, match="API key header"):
        client.user.whoami(extra_headers={"X-Api-Key": "other"})
    assert len(fake.requests) == before  # nothing was sent for bad options


def test_extra_body_wins_over_the_generated_body(fake: FakeJogg) -> None:
    client = fake.client()
    client.products.create("https://shop.example/p/1", extra_body={"name": "From extra"})
    assert fake.requests[-1].json["name"] == "From extra"


def test_per_call_max_retries_overrides_the_client(fake: FakeJogg) -> None:
    client = fake.client(max_retries=3)
    fake.faults.fail(times=5, status=500, code=50000, method="GET")
    before = len(fake.requests)
    with pytest.raises(jogg.ServerError):
        client.user.whoami(max_retries=0)
    assert len(fake.requests) - before == 1


def test_default_headers_go_with_every_api_request(fake: FakeJogg) -> None:
    client = fake.client(default_headers={"X-Team": "video"})
    client.user.whoami()
    client.user.remaining_quota(extra_headers={"X-Team": "override"})
    assert fake.requests[-2].headers["x-team"] == "video"
    assert fake.requests[-1].headers["x-team"] == "override"
    with pytest.raises(jogg.ValidationError, match="default_headers"):
        fake.client(default_headers={"x-api-key": "k"})


def test_with_raw_response_shows_status_headers_rid_and_parses(fake: FakeJogg) -> None:
    client = fake.client()
    raw = client.with_raw_response.user.whoami()
    assert raw.http_status == 200
    assert raw.headers["content-type"].startswith("application/json")
    assert raw.rid and len(raw.rid) == 32
    assert raw.elapsed >= 0
    user = raw.parse()
    assert isinstance(user, jogg.User) and user == client.user.whoami()
    with pytest.raises(jogg.JoggError, match="pager"):
        client.with_raw_response.voices.list()


def test_with_raw_response_async(fake: FakeJogg) -> None:
    async def run() -> None:
        client = fake.async_client()
        raw = await client.with_raw_response.user.remaining_quota()
        assert raw.http_status == 200
        assert isinstance(raw.parse(), jogg.Quota)
        await client.close()

    asyncio.run(run())


@pytest.mark.parametrize("bad", ["", " ", ".", "..", "x" * 300, "a\nb"])
def test_ids_that_would_address_another_path_are_refused_before_sending(
    fake: FakeJogg, bad: str
) -> None:
    client = fake.client()
    before = len(fake.requests)
    with pytest.raises(jogg.ValidationError) as refused:
        client.product_videos.retrieve(bad)
    assert refused.value.field == "video_id"
    with pytest.raises(jogg.ValidationError):
        client.webhooks.delete_endpoint(bad)
    assert len(fake.requests) == before


def test_a_result_object_is_accepted_where_an_id_goes(fake: FakeJogg) -> None:
    client = fake.client()
    product = client.products.create("https://shop.example/p/1")
    video = client.product_videos.create(product, avatar=127, voice=VOICE)
    assert fake.requests[-1].json["product_id"] == product.id
    assert client.product_videos.retrieve(video).id == video.id


def test_wait_on_an_existing_job_looks_at_once(fake: FakeJogg) -> None:
    client = fake.client()
    product = client.products.create("https://shop.example/p/1")
    video = client.product_videos.create(product, avatar=127, voice=VOICE)
    fake.complete_job(video.id)
    started = fake.clock()
    done = client.product_videos.wait(video.id)
    assert done.status.is_completed
    assert fake.clock() == started  # no sleep before the first look


def test_create_and_wait_waits_the_vendor_first_look(fake: FakeJogg) -> None:
    client = fake.client()
    product = client.products.create("https://shop.example/p/1")
    started = fake.clock()
    video = client.product_videos.create_and_wait(product, avatar=127, voice=VOICE)
    assert video.status.is_completed
    assert fake.clock() - started >= 10  # the vendor's first look after a create


def test_a_wait_that_fails_after_the_create_carries_the_job(fake: FakeJogg) -> None:
    client = fake.client(max_retries=0)
    product = client.products.create("https://shop.example/p/1")
    fake.faults.fail(times=10, status=500, code=50000, method="GET")
    posts = sum(r.method == "POST" for r in fake.requests)
    with pytest.raises(jogg.WaitAfterCreateError) as failed:
        client.product_videos.create_and_wait(product, avatar=127, voice=VOICE)
    error = failed.value
    assert error.job_id and error.job.id == error.job_id
    assert error.kind == "ProductVideo"
    assert "client.product_videos.wait" in str(error) and error.job_id in str(error)
    assert isinstance(error.__cause__, jogg.ServerError)
    assert sum(r.method == "POST" for r in fake.requests) == posts + 1  # one create only
    fake.faults.clear()
    assert client.product_videos.wait(error.job_id).status.is_completed


def test_user_resource_is_named_like_its_attribute() -> None:
    from jogg.resources import user

    assert type(FakeJogg().client().user) is user.UserResource
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert user.Account is user.UserResource
    assert caught and caught[0].category is DeprecationWarning


def test_loopback_http_endpoints_only_against_a_local_api(fake: FakeJogg) -> None:
    local = fake.client()  # base_url http://localhost: a local fake
    endpoint = local.webhooks.create_endpoint(
        "http://127.0.0.1:9000/hook", ["generated_video_success"]
    )
    assert endpoint.url == "http://127.0.0.1:9000/hook"
    with pytest.raises(jogg.ValidationError, match="https"):
        local.webhooks.create_endpoint("http://hooks.example.com/x", ["generated_video_success"])
    remote = jogg.Jogg(api_key="k", base_url="https://api.jogg.ai")
    with pytest.raises(jogg.ValidationError, match="https"):
        remote.webhooks.create_endpoint("http://127.0.0.1:9000/hook", ["x"])


def test_a_header_given_in_another_case_replaces_the_clients_own(fake: FakeJogg) -> None:
    client = fake.client(default_headers={"user-agent": "my-app/1"})
    client.user.whoami(extra_headers={"accept": "application/json; q=1"})
    sent = fake.requests[-1].headers
    assert sent["user-agent"] == "my-app/1"
    # The core's own Accept is the last layer: sent once, its own value.
    assert sent["accept"] == "application/json"


def test_create_and_wait_takes_spec_fields_only(fake: FakeJogg) -> None:
    client = fake.client()
    before = len(fake.requests)
    with pytest.raises(jogg.ValidationError) as refused:
        client.product_videos.create_and_wait("p1", avatar=127, voice=VOICE, max_retries=0)  # type: ignore[call-arg]
    assert refused.value.field == "max_retries"
    assert len(fake.requests) == before
