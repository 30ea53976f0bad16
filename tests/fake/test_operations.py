"""Every operation of the spec answers code 0 with the data its response schema describes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from jogg.testing import FakeJogg

from .conftest import PRODUCT_VIDEO, data_of, make_client

SPEC = Path(__file__).resolve().parents[2] / "openapi" / "jogg-v2.yaml"

# (method, spec path, request path, JSON body or None, query params or None).
# Placeholders like {product_id} are filled from the `world` fixture.
OPERATIONS: list[tuple[str, str, str, Any, dict[str, Any] | None]] = [
    (
        "POST",
        "/v2/create_lip_sync_video",
        "/v2/create_lip_sync_video",
        {
            "video_url": "https://res.example.com/in.mp4",
            "audio_url": "https://res.example.com/in.wav",
            "playback_type": "normal",
        },
        None,
    ),
    ("GET", "/v2/lip_sync_video/{task_id}", "/v2/lip_sync_video/{lip_sync}", None, None),
    (
        "POST",
        "/v2/ai_scripts",
        "/v2/ai_scripts",
        {
            "language": "english",
            "video_length_seconds": "30",
            "script_style": "Top 3 Reasons",
            "product_info": {"source_type": "id", "data": {"id": "{product_id}"}},
        },
        None,
    ),
    ("GET", "/v2/ai_scripts/results/{task_id}", "/v2/ai_scripts/results/{script}", None, None),
    ("GET", "/v2/avatar_video/{id}", "/v2/avatar_video/{avatar_video}", None, None),
    ("GET", "/v2/avatars/public", "/v2/avatars/public", None, {"gender": "male"}),
    ("GET", "/v2/avatars/custom", "/v2/avatars/custom", None, None),
    ("GET", "/v2/avatars/photo_avatars", "/v2/avatars/photo_avatars", None, None),
    ("GET", "/v2/avatars/product_avatars", "/v2/avatars/product_avatars", None, None),
    (
        "POST",
        "/v2/create_video_from_avatar",
        "/v2/create_video_from_avatar",
        {
            "avatar": {"avatar_type": 0, "avatar_id": 81},
            "voice": {"type": "script", "voice_id": "en-US-JennyNeural", "script": "Hello!"},
            "aspect_ratio": "portrait",
            "screen_style": 1,
            "caption": True,
        },
        None,
    ),
    (
        "POST",
        "/v2/create_video_from_product",
        "/v2/create_video_from_product",
        {"product_id": "{product_id}", **PRODUCT_VIDEO},
        None,
    ),
    (
        "POST",
        "/v2/create_video_from_product/preview_list",
        "/v2/create_video_from_product/preview_list",
        {
            "product_id": "{product_id}",
            **PRODUCT_VIDEO,
            "visual_styles": ["Simple Product Switch", "Dynamic Showcase"],
        },
        None,
    ),
    (
        "POST",
        "/v2/create_video_from_product/render_single_preview",
        "/v2/create_video_from_product/render_single_preview",
        {"preview_id": "{preview}"},
        None,
    ),
    (
        "POST",
        "/v2/create_video_with_template",
        "/v2/create_video_with_template",
        {
            "template_id": 123,
            "voice_language": "english",
            "variables": [
                {"type": "text", "name": "title", "properties": {"content": "Hi"}},
                {
                    "type": "image",
                    "name": "product_image",
                    "properties": {"url": "https://res.example.com/a.png"},
                },
            ],
        },
        None,
    ),
    ("GET", "/v2/musics", "/v2/musics", None, {"page": 2, "page_size": 5}),
    ("GET", "/v2/photo_avatar", "/v2/photo_avatar", None, {"motion_id": "{photo_motion}"}),
    (
        "POST",
        "/v2/photo_avatar/add_motion",
        "/v2/photo_avatar/add_motion",
        {
            "image_url": "https://res.example.com/p.jpg",
            "name": "Me",
            "voice_id": "en-US-ChristopherNeural",
            "model": "2.0",
        },
        None,
    ),
    ("GET", "/v2/photo_avatar/photo", "/v2/photo_avatar/photo", None, {"photo_id": "{photo}"}),
    (
        "POST",
        "/v2/photo_avatar/photo/generate",
        "/v2/photo_avatar/photo/generate",
        {
            "age": "Adult",
            "avatar_style": "Professional",
            "gender": "Female",
            "model": "modern",
            "aspect_ratio": "portrait",
        },
        None,
    ),
    ("POST", "/v2/product", "/v2/product", {"name": "Blush", "description": "Pink."}, None),
    ("PUT", "/v2/product", "/v2/product", {"product_id": "{product_id}", "name": "New"}, None),
    ("GET", "/v2/product_avatar", "/v2/product_avatar", None, {"motion_id": "{product_motion}"}),
    (
        "POST",
        "/v2/product_avatar/add_motion",
        "/v2/product_avatar/add_motion",
        {
            "generation_id": "{generation}",
            "name": "Presenter",
            "voice_id": "en-US-ChristopherNeural",
            "description": "Waves",
        },
        None,
    ),
    (
        "POST",
        "/v2/product_avatar/generation",
        "/v2/product_avatar/generation",
        {
            "product_image_url": "https://res.example.com/prod.jpg",
            "avatar_source": {"type": "id", "avatar_id": 127, "avatar_type": "public"},
            "quality": "high",
            "aspect_ratio": "2:3",
            "num_images": 2,
        },
        None,
    ),
    (
        "GET",
        "/v2/product_avatar/generation/{batch_id}",
        "/v2/product_avatar/generation/{batch}",
        None,
        None,
    ),
    ("GET", "/v2/product_previews", "/v2/product_previews", None, {"status": 4}),
    (
        "GET",
        "/v2/product_video/{product_video_id}",
        "/v2/product_video/{product_video}",
        None,
        None,
    ),
    ("GET", "/v2/product_videos", "/v2/product_videos", None, {"sort_order": "asc"}),
    ("GET", "/v2/template/custom/{id}", "/v2/template/custom/123", None, None),
    ("GET", "/v2/template_video/{video_id}", "/v2/template_video/{template_video}", None, None),
    ("GET", "/v2/template_videos", "/v2/template_videos", None, None),
    ("GET", "/v2/templates", "/v2/templates", None, {"aspect_ratio": "portrait"}),
    ("GET", "/v2/templates/custom", "/v2/templates/custom", None, None),
    (
        "POST",
        "/v2/upload/asset",
        "/v2/upload/asset",
        {"filename": "a.png", "content_type": "image/png", "file_size": 10},
        None,
    ),
    ("GET", "/v2/user/remaining_quota", "/v2/user/remaining_quota", None, None),
    ("GET", "/v2/user/whoami", "/v2/user/whoami", None, None),
    (
        "POST",
        "/v2/video_translate/",
        "/v2/video_translate/",
        {"video_url": "https://res.example.com/v.mp4", "output_language": "spanish"},
        None,
    ),
    (
        "GET",
        "/v2/video_translate/{video_translate_id}",
        "/v2/video_translate/{translation}",
        None,
        None,
    ),
    (
        "GET",
        "/v2/video_translate/target_languages",
        "/v2/video_translate/target_languages",
        None,
        None,
    ),
    ("GET", "/v2/visual_styles", "/v2/visual_styles", None, {"aspect_ratio": "square"}),
    ("GET", "/v2/voices", "/v2/voices", None, {"language": "english"}),
    ("GET", "/v2/voices/custom", "/v2/voices/custom", None, None),
    ("GET", "/v2/endpoints", "/v2/endpoints", None, None),
    (
        "POST",
        "/v2/endpoint",
        "/v2/endpoint",
        {"url": "https://hooks.example.com/jogg", "status": "enabled", "events": ["x"]},
        None,
    ),
    (
        "PUT",
        "/v2/endpoint/{endpoint_id}",
        "/v2/endpoint/{endpoint}",
        {"url": "https://hooks.example.com/v2", "status": "disabled", "events": []},
        None,
    ),
    ("DELETE", "/v2/endpoint/{endpoint_id}", "/v2/endpoint/{endpoint}", None, None),
    ("GET", "/v2/events", "/v2/events", None, None),
]

# Keys the spec lists that only appear in some states (failures), so not asserted here.
CONDITIONAL = {"err_msg", "error"}


def _fill(value: Any, world: dict[str, str]) -> Any:
    if isinstance(value, str):
        return value.format(**world) if "{" in value else value
    if isinstance(value, dict):
        return {k: _fill(v, world) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, world) for v in value]
    return value


def _body(method: str, spec_path: str) -> Any:
    return next(op[3] for op in OPERATIONS if op[0] == method and op[1] == spec_path)


def _post(c: httpx.Client, path: str, key: str, w: dict[str, str], body: Any = None) -> str:
    body = _fill(_body("POST", path) if body is None else body, w)
    return str(data_of(c.post(path, json=body))[key])


def _build_world(c: httpx.Client, fake: FakeJogg) -> dict[str, str]:
    w: dict[str, str] = {}
    w["product_id"] = _post(c, "/v2/product", "product_id", w, {"url": "https://s.example/p/mug"})
    video = {"product_id": "{product_id}", **PRODUCT_VIDEO}
    w["product_video"] = _post(c, "/v2/create_video_from_product", "video_id", w, video)
    previews = data_of(
        c.post(
            "/v2/create_video_from_product/preview_list",
            json=_fill({**video, "visual_styles": ["Clean Studio"]}, w),
        )
    )["previews"]
    w["preview"] = previews[0]["preview_id"]
    w["avatar_video"] = _post(c, "/v2/create_video_from_avatar", "video_id", w)
    w["template_video"] = _post(c, "/v2/create_video_with_template", "video_id", w)
    w["lip_sync"] = _post(c, "/v2/create_lip_sync_video", "task_id", w)
    w["translation"] = _post(c, "/v2/video_translate/", "video_translate_id", w)
    w["script"] = _post(c, "/v2/ai_scripts", "task_id", w)
    w["photo"] = _post(c, "/v2/photo_avatar/photo/generate", "photo_id", w)
    w["photo_motion"] = _post(c, "/v2/photo_avatar/add_motion", "motion_id", w)
    w["batch"] = _post(c, "/v2/product_avatar/generation", "batch_id", w)
    fake.complete_job(w["batch"])
    batch = data_of(c.get(f"/v2/product_avatar/generation/{w['batch']}"))
    w["generation"] = batch["generations"][0]["generation_id"]
    w["product_motion"] = _post(c, "/v2/product_avatar/add_motion", "motion_id", w)
    w["endpoint"] = _post(c, "/v2/endpoint", "endpoint_id", w)
    fake.advance(60)
    return w


@pytest.fixture
def world() -> Iterator[tuple[FakeJogg, httpx.Client, dict[str, str]]]:
    fake = FakeJogg(clock="manual", rate_limit=None)
    with make_client(fake) as c:
        yield fake, c, _build_world(c, fake)


def _spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC.read_text())  # type: ignore[no-any-return]


_SPEC = _spec()


def _resolve(schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        node: Any = _SPEC
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    if "allOf" in schema:
        merged: dict[str, Any] = {"type": "object", "properties": {}}
        for sub in schema["allOf"]:
            merged["properties"].update(_resolve(sub).get("properties", {}))
        return merged
    return schema


def _data_schema(method: str, path: str) -> dict[str, Any] | None:
    op = _SPEC["paths"][path][method.lower()]
    schema = _resolve(op["responses"]["200"]["content"]["application/json"]["schema"])
    data = schema.get("properties", {}).get("data")
    return None if data is None else _resolve(data)


_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _check(value: Any, schema: dict[str, Any], where: str) -> None:
    schema = _resolve(schema)
    if value is None:
        assert schema.get("nullable"), f"{where} is null but not nullable"
        return
    kind = schema.get("type")
    if kind in _TYPES:
        ok = isinstance(value, _TYPES[kind]) and not (
            kind in ("integer", "number") and isinstance(value, bool)
        )
        assert ok, f"{where}: {value!r} is not {kind}"
    if kind == "object" or "properties" in schema:
        for name, sub in schema.get("properties", {}).items():
            if name in CONDITIONAL and name not in value:
                continue
            assert name in value, f"{where}.{name} missing"
            _check(value[name], sub, f"{where}.{name}")
    if kind == "array" and "items" in schema:
        for i, item in enumerate(value):
            _check(item, schema["items"], f"{where}[{i}]")


def test_the_table_covers_every_operation_of_the_spec() -> None:
    ops = {
        (m.upper(), p)
        for p, item in _SPEC["paths"].items()
        for m in item
        if m in ("get", "post", "put", "delete", "patch")
    }
    assert (
        sorted(
            op["operationId"]
            for p, item in _SPEC["paths"].items()
            for m, op in item.items()
            if (m.upper(), p) in ops - {(method, path) for method, path, *_ in OPERATIONS}
        )
        == []
    ), "operations new in the spec, without a case in OPERATIONS"
    assert {(m, p) for m, p, *_ in OPERATIONS} == ops


@pytest.mark.parametrize(
    ("method", "spec_path", "path", "body", "params"),
    OPERATIONS,
    ids=[f"{m} {p}" for m, p, *_ in OPERATIONS],
)
def test_operation_answers_spec_shaped_data(
    world: tuple[FakeJogg, httpx.Client, dict[str, str]],
    method: str,
    spec_path: str,
    path: str,
    body: Any,
    params: dict[str, Any] | None,
) -> None:
    _, c, w = world
    response = c.request(method, _fill(path, w), json=_fill(body, w), params=_fill(params, w))
    assert response.status_code == 200
    envelope = response.json()
    assert envelope["code"] == 0, envelope
    assert envelope["msg"] == "success"
    assert len(envelope["rid"]) == 32 and int(envelope["rid"], 16) >= 0
    assert envelope["rid"] == envelope["rid"].lower()
    schema = _data_schema(method, spec_path)
    if schema is not None:
        _check(envelope["data"], schema, "data")
