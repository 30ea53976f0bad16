"""What the fake checks like the real API: keys, parameters, ids, paths, rate limit, credit."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from jogg.testing import FakeJogg

from .conftest import PRODUCT_VIDEO, create_product, data_of, make_client


def test_missing_key_is_401_with_10105(fake: FakeJogg) -> None:
    with httpx.Client(transport=fake.transport(), base_url="http://localhost") as c:
        r = c.get("/v2/user/whoami")
    assert r.status_code == 401
    assert r.json()["code"] == 10105 and r.json()["data"] is None


def test_wrong_key_is_200_with_10105(fake: FakeJogg) -> None:
    with make_client(fake, **{"x-api-key": "nope"}) as c:
        r = c.get("/v2/user/whoami")
    assert r.status_code == 200
    assert r.json()["code"] == 10105
    assert "nope" not in r.text


def test_custom_key_and_no_key_in_records() -> None:
    fake = FakeJogg("sekrit-123", clock="manual")
    with make_client(fake) as c:
        assert data_of(c.get("/v2/user/whoami"))["username"]
    assert "x-api-key" not in fake.requests[0].headers
    assert "sekrit-123" not in repr(fake) and "sekrit-123" not in repr(fake.requests)


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        ("/v2/product", {}, "url"),
        ("/v2/product", {"url": "ftp://x"}, "url"),
        (
            "/v2/product",
            {"name": "n", "media": [{"type": 3, "url": "https://a/b"}]},
            "media[0].type",
        ),
        ("/v2/create_video_from_product", {**PRODUCT_VIDEO}, "product_id"),
        (
            "/v2/create_video_from_product",
            {**PRODUCT_VIDEO, "product_id": "{pid}", "video_spec": {"length": 30}},
            "video_spec.length",
        ),
        (
            "/v2/create_video_from_product",
            {**PRODUCT_VIDEO, "product_id": "{pid}", "video_spec": {"length": "45"}},
            "video_spec.length",
        ),
        (
            "/v2/create_video_from_product",
            {**PRODUCT_VIDEO, "product_id": "{pid}", "avatar": {"id": "127"}},
            "avatar.id",
        ),
        (
            "/v2/create_video_from_product",
            {**PRODUCT_VIDEO, "product_id": "{pid}", "script": {"style": "Shouty"}},
            "script.style",
        ),
        (
            "/v2/create_video_from_product",
            {**PRODUCT_VIDEO, "product_id": "{pid}", "visual_style": "Nope"},
            "visual_style",
        ),
        ("/v2/create_lip_sync_video", {"video_url": "https://a/v.mp4"}, "audio_url"),
        ("/v2/upload/asset", {"filename": "a.png"}, "content_type"),
        ("/v2/endpoint", {"url": "http://example.com/h", "status": "enabled", "events": []}, "url"),
        ("/v2/endpoint", {"url": "https://e.com/h", "status": "on", "events": []}, "status"),
        (
            "/v2/video_translate/",
            {"video_url": "https://a/v", "output_language": "x"},
            "output_language",
        ),
        (
            "/v2/product_avatar/generation",
            {
                "product_image_url": "https://a/p.jpg",
                "avatar_source": {"type": "id"},
                "quality": "high",
                "aspect_ratio": "1:1",
                "num_images": 1,
            },
            "avatar_source.avatar_id",
        ),
        (
            "/v2/create_video_with_template",
            {
                "template_id": 123,
                "voice_language": "english",
                "variables": [{"type": "text", "name": "t", "properties": {}}],
            },
            "variables[0].properties.content",
        ),
    ],
)
def test_bad_parameter_is_40000_naming_the_field(
    client: httpx.Client, path: str, body: dict[str, Any], field: str
) -> None:
    if body.get("product_id") == "{pid}":
        body = {**body, "product_id": create_product(client)}
    r = client.post(path, json=body)
    assert r.status_code == 200
    assert r.json()["code"] == 40000, r.json()
    assert field in r.json()["msg"]


def test_bad_query_parameter_and_bad_json(client: httpx.Client) -> None:
    r = client.get("/v2/avatars/public", params={"gender": "other"})
    assert r.json()["code"] == 40000 and "gender" in r.json()["msg"]
    r = client.get("/v2/musics", params={"page_size": "lots"})
    assert r.json()["code"] == 40000 and "page_size" in r.json()["msg"]
    r = client.post(
        "/v2/product", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert r.json()["code"] == 40000 and "body" in r.json()["msg"]


@pytest.mark.parametrize(
    "path",
    [
        "/v2/product_video/NOPE",
        "/v2/avatar_video/NOPE",
        "/v2/template_video/NOPE",
        "/v2/lip_sync_video/NOPE",
        "/v2/video_translate/NOPE",
        "/v2/ai_scripts/results/NOPE",
        "/v2/product_avatar/generation/NOPE",
        "/v2/photo_avatar?motion_id=NOPE",
        "/v2/photo_avatar/photo?photo_id=NOPE",
        "/v2/product_avatar?motion_id=NOPE",
        "/v2/template/custom/999",
    ],
)
def test_unknown_ids_are_10104(client: httpx.Client, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200 and r.json()["code"] == 10104


def test_unknown_ids_in_bodies_are_10104(client: httpx.Client) -> None:
    r = client.put("/v2/product", json={"product_id": "NOPE", "name": "x"})
    assert r.json()["code"] == 10104
    r = client.post("/v2/create_video_from_product", json={**PRODUCT_VIDEO, "product_id": "NOPE"})
    assert r.json()["code"] == 10104
    r = client.post("/v2/create_video_from_product/render_single_preview", json={"preview_id": "x"})
    assert r.json()["code"] == 10104
    r = client.put(
        "/v2/endpoint/wh_0", json={"url": "https://a/b", "status": "enabled", "events": []}
    )
    assert r.json()["code"] == 10104
    assert client.delete("/v2/endpoint/wh_0").json()["code"] == 10104
    pid = create_product(client)
    r = client.post(
        "/v2/create_video_from_product",
        json={**PRODUCT_VIDEO, "product_id": pid, "avatar": {"id": 999999}},
    )
    assert r.json()["code"] == 10104


def test_unknown_path_is_404_with_envelope(client: httpx.Client) -> None:
    r = client.get("/v2/no_such_thing")
    assert r.status_code == 404
    assert r.json()["code"] == 10104 and len(r.json()["rid"]) == 32
    assert client.delete("/v2/product").status_code == 405


def test_trailing_slash_and_full_urls_route_on_path_only(fake: FakeJogg) -> None:
    with httpx.Client(transport=fake.transport(), headers={"x-api-key": "fake-key"}) as c:
        assert c.get("https://api.jogg.ai/v2/voices/").json()["code"] == 0
        r = c.post(
            "http://x:9/v2/video_translate",
            json={"video_url": "https://a/v", "output_language": "french"},
        )
        assert r.json()["code"] == 0


def test_rate_limit_429_on_the_21st_post_then_window_rolls(
    fake: FakeJogg, client: httpx.Client
) -> None:
    for i in range(20):
        r = client.post("/v2/product", json={"name": f"p{i}"})
        assert r.json()["code"] == 0
        assert r.headers["x-ratelimit-remaining"] == str(19 - i)
    r = client.post("/v2/product", json={"name": "one too many"})
    assert r.status_code == 200
    assert r.json()["code"] == 429 and r.json()["data"] is None
    assert client.get("/v2/user/whoami").json()["code"] == 0  # GETs are not limited
    fake.advance(60)
    assert client.post("/v2/product", json={"name": "later"}).json()["code"] == 0


def test_rate_limited_posts_say_when_to_come_back(fake: FakeJogg, client: httpx.Client) -> None:
    for i in range(20):
        data_of(client.post("/v2/product", json={"name": f"p{i}"}))
        fake.advance(1)  # POST i is made at t=i
    fake.advance(14.5)  # t = 34.5: the first POST leaves the window at t = 60
    r = client.post("/v2/product", json={"name": "too soon"})
    assert r.json()["code"] == 429
    assert r.headers["retry-after"] == "26"  # 25.5 s, rounded up to whole seconds
    assert r.headers["x-ratelimit-remaining"] == "0"
    fake.advance(25.5)
    assert client.post("/v2/product", json={"name": "on time"}).json()["code"] == 0
    r = client.post("/v2/product", json={"name": "the window is full again"})
    assert (r.json()["code"], r.headers["retry-after"]) == (429, "1")


def test_reset_rate_limit_empties_the_window(fake: FakeJogg, client: httpx.Client) -> None:
    for i in range(20):
        data_of(client.post("/v2/product", json={"name": f"p{i}"}))
    assert client.post("/v2/product", json={"name": "full"}).json()["code"] == 429
    fake.reset_rate_limit()
    r = client.post("/v2/product", json={"name": "fresh"})
    assert r.json()["code"] == 0 and r.headers["x-ratelimit-remaining"] == "19"


@pytest.mark.parametrize("how", ["constructor", "attribute"])
def test_rate_limit_can_be_switched_off(how: str) -> None:
    fake = FakeJogg(clock="manual", rate_limit=None if how == "constructor" else 20)
    if how == "attribute":
        fake.rate_limit = None
    with make_client(fake) as c:
        codes = {c.post("/v2/product", json={"name": str(i)}).json()["code"] for i in range(30)}
    assert codes == {0}


def test_insufficient_credit_is_18020(fake: FakeJogg, client: httpx.Client) -> None:
    fake.remaining_quota = 12.0
    pid = create_product(client)
    body = {**PRODUCT_VIDEO, "product_id": pid}
    assert client.post("/v2/create_video_from_product", json=body).json()["code"] == 0
    assert data_of(client.get("/v2/user/remaining_quota"))["remaining_quota"] == 2.0
    assert client.post("/v2/create_video_from_product", json=body).json()["code"] == 18020


def test_product_update_and_crawled_fields(client: httpx.Client) -> None:
    created = data_of(client.post("/v2/product", json={"url": "https://s.example/p/red-kettle"}))
    assert created["name"] == "Red Kettle" and created["description"] and created["media"]
    assert created["media"][0]["url"].startswith("http://localhost/files/")
    updated = data_of(
        client.put("/v2/product", json={"product_id": created["product_id"], "name": "Kettle 2"})
    )
    assert updated["name"] == "Kettle 2" and updated["url"] == created["url"]
