"""Every business code and HTTP status the API uses maps to the right error class, carrying
what support needs; bodies that are not a valid envelope become APIError, never a decoding
error."""

from __future__ import annotations

import json

import httpx
import pytest

import jogg

from ..kit import ScriptedAPI, envelope, raises, resolve

pytestmark = pytest.mark.anyio

RID = "0123456789abcdef0123456789abcdef"
VIDEO_PATH = "/v2/product_video/vid-1"


def retrieve(client: jogg.Jogg | jogg.AsyncJogg) -> object:
    return client.product_videos.retrieve("vid-1")


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (10104, jogg.NotFoundError),
        (10105, jogg.AuthenticationError),
        (18020, jogg.InsufficientCreditError),
        (18025, jogg.PermissionDeniedError),
        (40000, jogg.InvalidRequestError),
        (50000, jogg.ServerError),
        (429, jogg.RateLimitError),
    ],
)
async def test_business_code_in_a_200_answer_maps_to_its_class(
    api: ScriptedAPI, flavor: str, code: int, kind: type[jogg.APIError]
) -> None:
    api.on("GET", VIDEO_PATH, envelope(code=code, msg=f"refused with {code}", rid=RID))
    client = api.client(flavor, max_retries=0)

    error = await raises(kind, lambda: retrieve(client))

    assert error.code == code
    assert error.message == f"refused with {code}"
    assert error.rid == RID
    assert error.http_status == 200
    assert error.operation == "get_product_video"
    assert RID in str(error) and "get_product_video" in str(error)
    assert len(api.requests) == 1


async def test_code_zero_is_success(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, envelope({"video_id": "vid-1", "status": "processing"}, rid=RID))
    video = await resolve(retrieve(api.client(flavor)))
    assert video.id == "vid-1"
    assert video.status == "processing"


@pytest.mark.parametrize(("code", "kind"), [("10104", jogg.NotFoundError), ("0", None)])
async def test_a_code_sent_as_a_string_is_read_as_a_number(
    api: ScriptedAPI, flavor: str, code: str, kind: type[jogg.APIError] | None
) -> None:
    api.on("GET", VIDEO_PATH, {"code": code, "msg": "m", "data": {"status": "completed"}})
    client = api.client(flavor)
    if kind is None:
        video = await resolve(retrieve(client))
        assert video.status.is_completed
    else:
        error = await raises(kind, lambda: retrieve(client))
        assert error.code == int(code)


async def test_unknown_nonzero_code_is_a_plain_api_error(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, envelope(code=77777, msg="something new"))
    error = await raises(jogg.APIError, lambda: retrieve(api.client(flavor, max_retries=0)))
    assert type(error) is jogg.APIError
    assert error.code == 77777
    assert error.message == "something new"


@pytest.mark.parametrize(
    ("status", "kind"),
    [
        (400, jogg.InvalidRequestError),
        (401, jogg.AuthenticationError),
        (403, jogg.PermissionDeniedError),
        (404, jogg.NotFoundError),
        (422, jogg.InvalidRequestError),
        (429, jogg.RateLimitError),
        (500, jogg.ServerError),
        (502, jogg.ServerError),
        (503, jogg.ServerError),
    ],
)
@pytest.mark.parametrize("body", ["json", "html"])
async def test_http_status_maps_to_its_class(
    api: ScriptedAPI, flavor: str, status: int, kind: type[jogg.APIError], body: str
) -> None:
    if body == "json":
        reply = httpx.Response(status, json={"msg": f"status {status}", "rid": RID})
    else:
        reply = httpx.Response(status, text=f"<html><body><h1>{status} Error</h1></body></html>")
    api.on("GET", VIDEO_PATH, reply)

    error = await raises(kind, lambda: retrieve(api.client(flavor, max_retries=0)))

    assert error.http_status == status
    assert error.operation == "get_product_video"
    if body == "json":
        assert error.message == f"status {status}"
        assert error.rid == RID
    else:
        assert error.body_snippet is not None and f"{status} Error" in error.body_snippet
        assert f"{status} Error" in str(error)


async def test_401_with_code_10105_is_an_authentication_error(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("GET", VIDEO_PATH, httpx.Response(401, json=envelope(code=10105, msg="Invalid key")))
    error = await raises(jogg.AuthenticationError, lambda: retrieve(api.client(flavor)))
    assert (error.code, error.http_status, error.message) == (10105, 401, "Invalid key")
    assert len(api.requests) == 1  # never retried


async def test_code_wins_over_a_generic_status(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, httpx.Response(400, json=envelope(code=18020, msg="no credit")))
    error = await raises(jogg.InsufficientCreditError, lambda: retrieve(api.client(flavor)))
    assert (error.code, error.http_status) == (18020, 400)


@pytest.mark.parametrize(
    ("content", "status", "expected_snippet"),
    [
        (b"<!DOCTYPE html><html><title>Bad gateway</title></html>", 200, "Bad gateway"),
        (b'{"code": 0, "msg": "Success", "data": {"video_', 200, '{"code": 0'),
        (b"upstream connect error", 200, "upstream connect error"),
        (b"", 200, None),
        (b"   ", 200, None),
    ],
    ids=["html", "truncated", "text", "empty", "blank"],
)
async def test_a_body_that_is_not_json_is_an_api_error_with_a_snippet(
    api: ScriptedAPI, flavor: str, content: bytes, status: int, expected_snippet: str | None
) -> None:
    api.on("GET", VIDEO_PATH, httpx.Response(status, content=content))

    error = await raises(jogg.APIError, lambda: retrieve(api.client(flavor, max_retries=0)))

    assert not isinstance(error, json.JSONDecodeError)
    assert error.__cause__ is None or not isinstance(error.__cause__, json.JSONDecodeError)
    assert error.http_status == status
    if expected_snippet is None:
        assert "empty" in error.message
    else:
        assert error.body_snippet is not None and expected_snippet in error.body_snippet


async def test_a_long_html_page_is_cut_to_a_short_snippet(api: ScriptedAPI, flavor: str) -> None:
    page = "<html>" + "x" * 50_000 + "</html>"
    api.on("GET", VIDEO_PATH, httpx.Response(502, text=page))
    error = await raises(jogg.ServerError, lambda: retrieve(api.client(flavor, max_retries=0)))
    assert error.body_snippet is not None
    assert 0 < len(error.body_snippet) <= 300
    assert len(str(error)) < 600


@pytest.mark.parametrize("body", ["[1, 2, 3]", '"Success"', "42", "null"])
async def test_json_that_is_not_an_object_is_an_api_error(
    api: ScriptedAPI, flavor: str, body: str
) -> None:
    api.on("GET", VIDEO_PATH, httpx.Response(200, text=body))
    error = await raises(jogg.APIError, lambda: retrieve(api.client(flavor, max_retries=0)))
    assert error.http_status == 200
    assert type(error) is jogg.APIError


async def test_an_answer_without_a_code_is_an_api_error(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", VIDEO_PATH, {"data": {"video_id": "vid-1"}})
    error = await raises(jogg.APIError, lambda: retrieve(api.client(flavor)))
    assert "code" in error.message


async def test_success_with_null_data_is_an_api_error_where_data_is_expected(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("GET", VIDEO_PATH, {"code": 0, "msg": "Success", "data": None, "rid": RID})
    error = await raises(jogg.APIError, lambda: retrieve(api.client(flavor)))
    assert error.code == 0
    assert error.rid == RID
    assert error.operation == "get_product_video"


async def test_success_with_data_that_is_not_an_object_is_an_api_error(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("GET", VIDEO_PATH, envelope(["not", "an", "object"]))
    error = await raises(jogg.APIError, lambda: retrieve(api.client(flavor)))
    assert error.operation == "get_product_video"


async def test_update_product_accepts_a_bare_success(api: ScriptedAPI, flavor: str) -> None:
    api.on("PUT", "/v2/product", {"code": 0, "msg": "Success"})
    client = api.client(flavor)
    result = await resolve(client.products.update("prod-1", name="New name"))
    assert result is None
    assert api.bodies() == [{"product_id": "prod-1", "name": "New name"}]


async def test_update_product_still_reports_a_business_error(api: ScriptedAPI, flavor: str) -> None:
    api.on("PUT", "/v2/product", envelope(code=10104, msg="product not found"))
    error = await raises(
        jogg.NotFoundError,
        lambda: api.client(flavor).products.update("prod-1", description="d"),
    )
    assert error.operation == "update_product"


async def test_a_redirect_is_not_followed(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "GET",
        VIDEO_PATH,
        httpx.Response(302, headers={"location": "https://elsewhere.example/steal"}),
    )
    error = await raises(jogg.APIError, lambda: retrieve(api.client(flavor)))
    assert error.http_status == 302
    assert api.paths() == [f"GET {VIDEO_PATH}"]


def test_error_classes_form_the_documented_hierarchy() -> None:
    for kind in (
        jogg.AuthenticationError,
        jogg.PermissionDeniedError,
        jogg.NotFoundError,
        jogg.InsufficientCreditError,
        jogg.InvalidRequestError,
        jogg.RateLimitError,
        jogg.ServerError,
        jogg.APIConnectionError,
        jogg.APITimeoutError,
    ):
        assert issubclass(kind, jogg.APIError)
    assert issubclass(jogg.APITimeoutError, jogg.APIConnectionError)
    for root in (jogg.APIError, jogg.JobFailedError, jogg.WaitTimeoutError, jogg.ValidationError):
        assert issubclass(root, jogg.JoggError)
    assert issubclass(jogg.ValidationError, ValueError)
