"""Retries: what is retried, how often, after which delays (on the virtual clock), and the
POST rule (a POST that may have reached the API is never sent twice)."""

from __future__ import annotations

import email.utils
from collections.abc import Callable

import httpx
import pytest

import jogg

from ..kit import EPOCH, Reply, ScriptedAPI, VirtualClock, envelope, raises, resolve

pytestmark = pytest.mark.anyio

VIDEO_PATH = "/v2/product_video/vid-1"
CREATE_PATH = "/v2/create_video_from_product"
OK_VIDEO = envelope({"video_id": "vid-1", "status": "processing"})


def backoff_bounds(retry: int) -> tuple[float, float]:
    """The documented backoff window for 0-based retry ``retry``: half to full of
    0.5 s * 2^retry, capped at 8 s."""
    full = min(8.0, 0.5 * 2**retry)
    return full / 2, full


def assert_backoff(sleeps: list[float]) -> None:
    for retry, delay in enumerate(sleeps):
        low, high = backoff_bounds(retry)
        assert low <= delay <= high, (retry, delay)


def create(client: jogg.Jogg | jogg.AsyncJogg) -> object:
    spec = jogg.ProductVideoSpec(avatar=127, voice="en-US-ChristopherNeural")
    return client.product_videos.create("prod-1", spec)


def retrieve(client: jogg.Jogg | jogg.AsyncJogg) -> object:
    return client.product_videos.retrieve("vid-1")


FAILURES: dict[str, Callable[[], Reply]] = {
    "connect-error": lambda: httpx.ConnectError("connection refused"),
    "read-timeout": lambda: httpx.ReadTimeout("read timed out"),
    "remote-protocol": lambda: httpx.RemoteProtocolError("server disconnected"),
    "http-408": lambda: httpx.Response(408, text="timeout"),
    "http-429": lambda: httpx.Response(429, json={"msg": "slow down"}),
    "http-500": lambda: httpx.Response(500, text="oops"),
    "http-502": lambda: httpx.Response(502, text="<html>bad gateway</html>"),
    "http-503": lambda: httpx.Response(503, json={"code": 50000, "msg": "busy"}),
    "http-504": lambda: httpx.Response(504, text="gateway timeout"),
    "body-50000": lambda: envelope(code=50000, msg="system error"),
    "body-429": lambda: envelope(code=429, msg="rate limited"),
}


@pytest.mark.parametrize("failure", sorted(FAILURES))
async def test_get_is_retried_after_a_transient_failure(
    api: ScriptedAPI, clock: VirtualClock, flavor: str, failure: str
) -> None:
    make = FAILURES[failure]
    api.on("GET", VIDEO_PATH, make(), make(), OK_VIDEO)

    video = await resolve(retrieve(api.client(flavor)))

    assert video.id == "vid-1"
    assert len(api.requests) == 3
    assert len(clock.sleeps) == 2
    assert_backoff(clock.sleeps)


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        ("connect-error", jogg.APIConnectionError),
        ("read-timeout", jogg.APITimeoutError),
        ("http-503", jogg.ServerError),
        ("body-50000", jogg.ServerError),
        ("body-429", jogg.RateLimitError),
    ],
)
@pytest.mark.parametrize("max_retries", [0, 1, 3])
async def test_get_gives_up_after_max_retries(
    api: ScriptedAPI,
    clock: VirtualClock,
    flavor: str,
    failure: str,
    kind: type[jogg.APIError],
    max_retries: int,
) -> None:
    api.on("GET", VIDEO_PATH, FAILURES[failure]())

    await raises(kind, lambda: retrieve(api.client(flavor, max_retries=max_retries)))

    assert len(api.requests) == max_retries + 1
    assert len(clock.sleeps) == max_retries
    assert_backoff(clock.sleeps)


async def test_backoff_grows_exponentially_up_to_the_cap(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on("GET", VIDEO_PATH, httpx.Response(503, text="busy"))

    await raises(jogg.ServerError, lambda: retrieve(api.client(flavor, max_retries=8)))

    assert len(clock.sleeps) == 8
    assert_backoff(clock.sleeps)
    # Late retries sit at the cap: never above 8 s, never below half of it.
    assert all(4.0 <= delay <= 8.0 for delay in clock.sleeps[4:])


@pytest.mark.parametrize(
    "failure", ["http-400", "http-401", "http-404", "body-10104", "body-40000"]
)
async def test_errors_that_retrying_cannot_fix_are_raised_at_once(
    api: ScriptedAPI, clock: VirtualClock, flavor: str, failure: str
) -> None:
    kind, _, value = failure.partition("-")
    reply = (
        httpx.Response(int(value), json={"msg": "no"})
        if kind == "http"
        else envelope(code=int(value), msg="no")
    )
    api.on("GET", VIDEO_PATH, reply)
    await raises(jogg.APIError, lambda: retrieve(api.client(flavor, max_retries=3)))
    assert len(api.requests) == 1
    assert clock.sleeps == []


@pytest.mark.parametrize(
    ("header", "expected"),
    [("7", 7.0), ("007", 7.0), ("600", 60.0), ("0", 0.0)],
)
async def test_retry_after_in_seconds_is_honoured_and_capped(
    api: ScriptedAPI, clock: VirtualClock, flavor: str, header: str, expected: float
) -> None:
    api.on(
        "GET",
        VIDEO_PATH,
        httpx.Response(429, json={"msg": "slow"}, headers={"Retry-After": header}),
        OK_VIDEO,
    )
    await resolve(retrieve(api.client(flavor)))
    assert clock.sleeps == [pytest.approx(expected)]


@pytest.mark.parametrize(("offset", "expected"), [(30, 30.0), (3600, 60.0), (-30, 0.0)])
async def test_retry_after_as_an_http_date_is_honoured_and_capped(
    api: ScriptedAPI, clock: VirtualClock, flavor: str, offset: int, expected: float
) -> None:
    clock.advance(5)  # the date is read against the clock's wall time, not its start
    when = email.utils.formatdate(EPOCH + 5 + offset, usegmt=True)
    api.on(
        "GET",
        VIDEO_PATH,
        httpx.Response(503, text="busy", headers={"Retry-After": when}),
        OK_VIDEO,
    )
    await resolve(retrieve(api.client(flavor)))
    assert clock.sleeps == [pytest.approx(expected, abs=1.0)]


async def test_retry_after_on_a_business_429_is_honoured(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on(
        "GET",
        VIDEO_PATH,
        httpx.Response(200, json=envelope(code=429, msg="slow"), headers={"Retry-After": "12"}),
        OK_VIDEO,
    )
    await resolve(retrieve(api.client(flavor)))
    assert clock.sleeps == [12.0]


async def test_a_malformed_retry_after_falls_back_to_backoff(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on(
        "GET",
        VIDEO_PATH,
        httpx.Response(429, json={"msg": "slow"}, headers={"Retry-After": "soon-ish"}),
        OK_VIDEO,
    )
    await resolve(retrieve(api.client(flavor)))
    assert_backoff(clock.sleeps)
    assert len(clock.sleeps) == 1


# --- the POST rule -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("failure", "kind"),
    [
        ("read-timeout", jogg.APITimeoutError),
        ("remote-protocol", jogg.APIConnectionError),
        ("http-500", jogg.ServerError),
        ("http-502", jogg.ServerError),
        ("http-503", jogg.ServerError),
        ("http-504", jogg.ServerError),
        ("body-50000", jogg.ServerError),
    ],
)
async def test_post_that_may_have_been_processed_is_sent_exactly_once(
    api: ScriptedAPI, clock: VirtualClock, flavor: str, failure: str, kind: type[jogg.APIError]
) -> None:
    api.on("POST", CREATE_PATH, FAILURES[failure](), OK_VIDEO)

    error = await raises(kind, lambda: create(api.client(flavor, max_retries=5)))

    assert api.paths() == [f"POST {CREATE_PATH}"]
    assert clock.sleeps == []
    text = str(error)
    assert "may have been created" in text
    assert "list" in text  # tells how to check before sending it again
    assert error.operation == "create_video_from_product"


@pytest.mark.parametrize("failure", ["http-429", "body-429", "connect-error"])
async def test_post_that_certainly_was_not_processed_is_retried(
    api: ScriptedAPI, clock: VirtualClock, flavor: str, failure: str
) -> None:
    api.on("POST", CREATE_PATH, FAILURES[failure](), FAILURES[failure](), OK_VIDEO)

    video = await resolve(create(api.client(flavor)))

    assert video.id == "vid-1"
    assert api.paths() == [f"POST {CREATE_PATH}"] * 3
    assert len(clock.sleeps) == 2
    assert_backoff(clock.sleeps)


async def test_post_refused_with_429_honours_retry_after(
    api: ScriptedAPI, clock: VirtualClock, flavor: str
) -> None:
    api.on(
        "POST",
        CREATE_PATH,
        httpx.Response(429, json=envelope(code=429, msg="slow"), headers={"Retry-After": "20"}),
        OK_VIDEO,
    )
    await resolve(create(api.client(flavor)))
    assert len(api.requests) == 2
    assert clock.sleeps == [20.0]


async def test_post_rate_limited_past_max_retries_does_not_claim_a_job_was_created(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("POST", CREATE_PATH, envelope(code=429, msg="rate limited"))
    error = await raises(jogg.RateLimitError, lambda: create(api.client(flavor, max_retries=2)))
    assert len(api.requests) == 3
    assert "may have been created" not in str(error)


async def test_post_that_never_connected_does_not_claim_a_job_was_created(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("POST", CREATE_PATH, httpx.ConnectError("refused"))
    error = await raises(jogg.APIConnectionError, lambda: create(api.client(flavor, max_retries=1)))
    assert len(api.requests) == 2
    assert "may have been created" not in str(error)


async def test_put_is_retried_like_a_get(api: ScriptedAPI, flavor: str) -> None:
    api.on("PUT", "/v2/product", httpx.ReadTimeout("slow"), {"code": 0, "msg": "Success"})
    await resolve(api.client(flavor).products.update("prod-1", name="n"))
    assert api.paths() == ["PUT /v2/product"] * 2


async def test_timeout_reaches_the_http_layer(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, OK_VIDEO)
    await resolve(retrieve(api.client(flavor, timeout=12.5)))
    timeouts = api.requests[0].extensions["timeout"]
    assert timeouts["read"] == 12.5 and timeouts["connect"] == 12.5


async def test_default_timeout_is_sixty_seconds(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, OK_VIDEO)
    await resolve(retrieve(api.client(flavor)))
    assert api.requests[0].extensions["timeout"]["read"] == 60.0
