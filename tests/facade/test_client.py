"""Constructing Jogg and AsyncJogg: where the key and base URL come from, what is refused,
with_options, and which HTTP clients a client closes."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest

import jogg

from ..kit import KEY, ScriptedAPI, envelope, no_traffic, resolve, take

pytestmark = pytest.mark.anyio

CLIENT_CLASSES = [jogg.Jogg, jogg.AsyncJogg]


def offline(cls: type[Any], *args: Any, **options: Any) -> Any:
    """``cls(*args, **options)`` on an HTTP client that never leaves the process (and skips
    building an SSL context, which is slow)."""
    transport = no_traffic()
    http = (
        httpx.Client(transport=transport)
        if cls is jogg.Jogg
        else httpx.AsyncClient(transport=transport)
    )
    return cls(*args, http_client=http, **options)


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("JOGG_API_KEY", raising=False)
    monkeypatch.delenv("JOGG_BASE_URL", raising=False)


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
def test_the_key_can_come_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, cls: type[jogg.Jogg]
) -> None:
    monkeypatch.setenv("JOGG_API_KEY", KEY)
    api = ScriptedAPI()
    api.fallback = lambda request: envelope({"email": "a@b.c"}, msg="ok")
    if cls is jogg.Jogg:
        jogg.Jogg(http_client=httpx.Client(transport=api.sync_transport())).user.whoami()
    else:
        client = jogg.AsyncJogg(http_client=httpx.AsyncClient(transport=api.async_transport()))
        asyncio.run(client.user.whoami())
    sent = [request.headers.get("x-api-key") for request in api.requests]
    assert sent == [KEY]  # the environment's key is the one sent


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
@pytest.mark.parametrize("given", [None, "", "   "])
def test_no_key_at_all_says_how_to_provide_one(cls: type[jogg.Jogg], given: str | None) -> None:
    with pytest.raises(jogg.JoggError) as caught:
        cls(given)
    message = str(caught.value)
    assert "JOGG_API_KEY" in message
    assert "api_key" in message


async def test_the_key_is_sent_in_the_x_api_key_header(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", "/v2/musics", envelope({"music": []}))
    await take(api.client(flavor).musics.list())
    assert api.requests[0].headers["x-api-key"] == KEY
    assert api.requests[0].url.host == "api.test.example"


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
@pytest.mark.parametrize("given", [123456789, b"sk-MARKER-7f3e9c1d2b-DO-NOT-LEAK"])
def test_a_key_that_is_not_a_string_is_refused_without_echoing_it(
    cls: type[jogg.Jogg], given: object
) -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        cls(given)  # type: ignore[arg-type]
    assert caught.value.field == "api_key"
    assert "123456789" not in str(caught.value) and KEY not in str(caught.value)


def test_the_env_key_and_default_base_url_are_used_when_none_are_passed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("JOGG_API_KEY", "env-key-123")
    api = ScriptedAPI()
    api.fallback = lambda request: envelope({"video_id": "v", "status": "pending"})
    client = jogg.Jogg(http_client=httpx.Client(transport=api.sync_transport()))
    client.product_videos.retrieve("v")
    seen = api.requests
    assert seen[0].headers["x-api-key"] == "env-key-123"
    assert str(seen[0].url).startswith("https://api.jogg.ai/v2/")


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
def test_base_url_from_the_environment(
    monkeypatch: pytest.MonkeyPatch, cls: type[jogg.Jogg]
) -> None:
    monkeypatch.setenv("JOGG_BASE_URL", "https://staging.jogg.example/")
    assert offline(cls, KEY).base_url == "https://staging.jogg.example"
    assert offline(cls, KEY, base_url="https://other.example").base_url == "https://other.example"


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
def test_default_base_url(cls: type[jogg.Jogg]) -> None:
    assert offline(cls, KEY).base_url == "https://api.jogg.ai"


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
@pytest.mark.parametrize(
    "url",
    [
        "http://api.jogg.ai",
        "http://10.0.0.8:8080",
        "http://127.0.0.1.evil.example",
        "ftp://x",
        "api.jogg.ai",
        "",
    ],
)
def test_plain_http_is_refused_except_for_loopback(cls: type[jogg.Jogg], url: str) -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        cls(KEY, base_url=url or " ")
    assert caught.value.field == "base_url"


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:4010", "http://localhost:8000", "http://[::1]:9000", "http://127.8.9.10"],
)
def test_plain_http_is_allowed_on_loopback(cls: type[jogg.Jogg], url: str) -> None:
    assert offline(cls, KEY, base_url=url).base_url == url


def test_env_base_url_is_checked_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JOGG_BASE_URL", "http://api.jogg.ai")
    with pytest.raises(jogg.ValidationError):
        jogg.Jogg(KEY)


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
@pytest.mark.parametrize(
    ("option", "value"),
    [("timeout", 0), ("timeout", -1), ("timeout", "60"), ("max_retries", -1), ("max_retries", 1.5)],
)
def test_bad_options_are_refused(cls: type[jogg.Jogg], option: str, value: object) -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        cls(KEY, **{option: value})  # type: ignore[arg-type]
    assert caught.value.field == option


def test_a_client_of_the_wrong_kind_is_refused() -> None:
    with pytest.raises(jogg.ValidationError):
        jogg.Jogg(KEY, http_client=httpx.AsyncClient(transport=no_traffic()))  # type: ignore[arg-type]
    with pytest.raises(jogg.ValidationError):
        jogg.AsyncJogg(KEY, http_client=httpx.Client(transport=no_traffic()))  # type: ignore[arg-type]


@pytest.mark.parametrize("cls", CLIENT_CLASSES)
def test_repr_and_str_never_show_the_key(cls: type[jogg.Jogg]) -> None:
    client = offline(cls, KEY)
    for text in (repr(client), str(client), repr(client.with_options(timeout=5))):
        assert KEY not in text
        assert "redacted" in text


async def test_with_options_changes_timeout_and_retries_and_shares_the_pool(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("GET", "/v2/product_video/v", httpx.Response(503, text="busy"))
    client = api.client(flavor)
    quick = client.with_options(timeout=3, max_retries=0)

    with pytest.raises(jogg.ServerError):
        await resolve(quick.product_videos.retrieve("v"))
    assert len(api.requests) == 1  # the copy's max_retries, over the same transport
    assert api.requests[0].extensions["timeout"]["read"] == 3.0

    with pytest.raises(jogg.ServerError):
        await resolve(client.product_videos.retrieve("v"))
    assert len(api.requests) == 1 + 3  # the original keeps its 2 retries
    assert api.requests[-1].extensions["timeout"]["read"] == 60.0
    assert quick.base_url == client.base_url


async def test_with_options_keeps_what_it_is_not_told_to_change(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("GET", "/v2/product_video/v", httpx.Response(503, text="busy"))
    client = api.client(flavor, timeout=9, max_retries=1)
    copy = client.with_options(max_retries=0).with_options(timeout=4)
    with pytest.raises(jogg.ServerError):
        await resolve(copy.product_videos.retrieve("v"))
    assert len(api.requests) == 1
    assert api.requests[0].extensions["timeout"]["read"] == 4.0


def test_with_options_validates() -> None:
    client = offline(jogg.Jogg, KEY)
    with pytest.raises(jogg.ValidationError):
        client.with_options(timeout=-1)
    with pytest.raises(jogg.ValidationError):
        client.with_options(max_retries=-1)


def test_sync_context_manager_closes_only_its_own_client() -> None:
    mine = httpx.Client()
    with jogg.Jogg(KEY, http_client=mine) as client:
        assert isinstance(client, jogg.Jogg)
    assert not mine.is_closed
    mine.close()

    with jogg.Jogg(KEY) as owned:
        copy = owned.with_options(timeout=5)
        copy.close()  # a copy never closes the shared pool
        assert not owned._http.is_closed
    # Closed on exit: a call now fails before anything is sent.
    with pytest.raises(RuntimeError, match="closed"):
        list(owned.musics.list())


async def test_async_context_manager_closes_only_its_own_client() -> None:
    mine = httpx.AsyncClient()
    async with jogg.AsyncJogg(KEY, http_client=mine) as client:
        assert isinstance(client, jogg.AsyncJogg)
    assert not mine.is_closed
    await mine.aclose()

    async with jogg.AsyncJogg(KEY) as owned:
        copy = owned.with_options(max_retries=0)
        await copy.close()
        assert not owned._http.is_closed
    with pytest.raises(RuntimeError, match="closed"):
        await owned.musics.list().__anext__()


def test_close_is_explicit_too() -> None:
    client = jogg.Jogg(KEY)
    client.close()
    with pytest.raises(RuntimeError, match="closed"):
        client.product_videos.retrieve("v")


def test_the_clients_have_the_same_resources() -> None:
    sync_client, async_client = offline(jogg.Jogg, KEY), offline(jogg.AsyncJogg, KEY)
    for name in (
        "products",
        "product_videos",
        "previews",
        "avatars",
        "voices",
        "musics",
        "visual_styles",
    ):
        sync_methods = {m for m in dir(getattr(sync_client, name)) if not m.startswith("_")}
        async_methods = {m for m in dir(getattr(async_client, name)) if not m.startswith("_")}
        assert sync_methods == async_methods, name
        assert sync_methods
