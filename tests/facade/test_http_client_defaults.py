"""A user's own httpx client keeps its defaults on API requests.

The core builds API requests without httpx's build_request (that merge of the client's
headers on every call cost more than the rest of the SDK's work), so these check that what
build_request would have merged still arrives: the client's own headers (the SDK's win on
the same name), its cookies and its query parameters, and that a header changed on the
client after the first call is sent from then on.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx

import jogg

from ..kit import KEY, envelope

VIDEO = {"video_id": "v1", "status": "completed"}


def client_with(http: httpx.Client) -> jogg.Jogg:
    return jogg.Jogg(api_key=KEY, base_url="https://api.test.example", http_client=http)


def recording() -> tuple[list[httpx.Request], httpx.MockTransport]:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=envelope(VIDEO))

    return seen, httpx.MockTransport(answer)


def test_the_clients_own_headers_go_out_and_the_sdks_win_on_a_shared_name() -> None:
    seen, transport = recording()
    http = httpx.Client(transport=transport, headers={"X-Team": "growth", "Accept": "text/html"})
    client = client_with(http)
    client.product_videos.retrieve("v1")
    sent = seen[-1].headers
    assert sent["x-team"] == "growth"
    assert sent["accept"] == "application/json"
    assert sent["x-api-key"] == KEY
    assert sent.get_list("accept") == ["application/json"]
    assert sent["user-agent"].startswith("jogg-python/")

    http.headers["X-Team"] = "brand"  # changed after the first call
    client.product_videos.retrieve("v1")
    assert seen[-1].headers["x-team"] == "brand"
    client.product_videos.retrieve("v1", extra_headers={"X-Trace": "1"})
    assert seen[-1].headers["x-trace"] == "1" and seen[-1].headers["x-team"] == "brand"


def test_the_clients_cookies_and_query_parameters_go_out() -> None:
    seen, transport = recording()
    http = httpx.Client(transport=transport, cookies={"session": "s1"}, params={"tenant": "t1"})
    client_with(http).product_videos.retrieve("v1", timeout=7)
    request = seen[-1]
    assert request.headers["cookie"] == "session=s1"
    assert request.url.params["tenant"] == "t1"
    assert request.url.path == "/v2/product_video/v1"
    assert request.headers["x-api-key"] == KEY
    assert request.extensions["timeout"]["read"] == 7


def test_a_per_call_timeout_reaches_httpx() -> None:
    seen, transport = recording()
    client_with(httpx.Client(transport=transport)).product_videos.retrieve("v1", timeout=3)
    assert seen[-1].extensions["timeout"] == httpx.Timeout(3).as_dict()


class _Streamed(httpx.SyncByteStream):
    """An answer that arrives as a stream, as over a network (not read in advance)."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def __iter__(self) -> Iterator[bytes]:
        yield self._body[:10]
        yield self._body[10:]


def streaming(body: bytes) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, stream=_Streamed(body)))


def test_an_answer_is_read_whether_it_streams_or_a_response_hook_read_it_first() -> None:
    body = httpx.Response(200, json=envelope(VIDEO)).content
    streamed = client_with(httpx.Client(transport=streaming(body)))
    assert streamed.product_videos.retrieve("v1").status == "completed"

    read_by_hook = httpx.Client(
        transport=streaming(body), event_hooks={"response": [lambda response: response.read()]}
    )
    assert client_with(read_by_hook).product_videos.retrieve("v1").status == "completed"
