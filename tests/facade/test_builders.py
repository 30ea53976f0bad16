"""ProductVideoSpec and the create calls: strict validation naming the field, keyword
overrides, and not a single request sent when an argument is refused."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

import jogg

from ..kit import ScriptedAPI, envelope, raises, resolve

pytestmark = pytest.mark.anyio

CREATE_PATH = "/v2/create_video_from_product"
PUBLIC = jogg.Avatar(id=127, kind="public", name="Anna")
CUSTOM = jogg.Avatar(id=9001, kind="custom", name="Me")
VOICE = jogg.Voice(id="en-US-ChristopherNeural", name="Christopher")


@pytest.mark.parametrize(("value", "sent"), [(15, "15"), (30, "30"), (60, "60"), ("60", "60")])
def test_length_accepts_int_or_str(value: Any, sent: str) -> None:
    spec = jogg.ProductVideoSpec(length=value, avatar=1, voice="v")
    assert spec.to_body("p")["video_spec"]["length"] == sent


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("length", 45),
        ("length", "20"),
        ("length", 30.0),
        ("length", True),
        ("aspect_ratio", "wide"),
        ("aspect_ratio", 1),
        ("script_style", "Epic"),
        ("script_style", None),
        ("avatar", -1),
        ("avatar", "127"),
        ("avatar", True),
        ("voice", ""),
        ("voice", 42),
        ("music_id", -1),
        ("music_id", "13"),
        ("webhook_url", "ftp://example.com/hook"),
        ("webhook_url", "example.com/hook"),
        ("webhook_url", "not a url"),
        ("caption", "yes"),
        ("language", ""),
        ("avatar_type", "secret"),
    ],
)
def test_spec_refuses_bad_values_naming_the_field(field: str, value: Any) -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        jogg.ProductVideoSpec(**{field: value})
    error = caught.value
    assert error.field == field
    assert error.value == value or error.value is value
    assert field in str(error)
    assert isinstance(error, ValueError)


def test_refusal_lists_the_allowed_values() -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        jogg.ProductVideoSpec(aspect_ratio="wide")
    for allowed in ("portrait", "landscape", "square"):
        assert allowed in caught.value.expected
    assert "'wide'" in str(caught.value)


@pytest.mark.parametrize(
    ("given", "canonical"),
    [
        ("storytime", "Storytime"),
        ("DON'T WORRY", "Don't Worry"),
        ("light Marketing", "Light marketing"),
        ("Top 3 Reasons", "Top 3 reasons"),
        ("data", "Data"),
        ("Discovery", "Discovery"),
    ],
)
def test_script_style_matches_case_insensitively(given: str, canonical: str) -> None:
    spec = jogg.ProductVideoSpec(script_style=given, avatar=1, voice="v")
    assert spec.to_body("p")["script"]["style"] == canonical


@pytest.mark.parametrize("ratio", ["portrait", "landscape", "square", "Portrait"])
def test_aspect_ratios(ratio: str) -> None:
    spec = jogg.ProductVideoSpec(aspect_ratio=ratio, avatar=1, voice="v")
    assert spec.to_body("p")["video_spec"]["aspect_ratio"] == ratio.lower()


@pytest.mark.parametrize(
    ("avatar", "avatar_type", "sent"),
    [
        (127, None, {"id": 127, "type": 0}),
        (127, "custom", {"id": 127, "type": 1}),
        (PUBLIC, None, {"id": 127, "type": 0}),
        (CUSTOM, None, {"id": 9001, "type": 1}),
    ],
)
def test_avatar_by_id_or_object(avatar: Any, avatar_type: str | None, sent: dict[str, int]) -> None:
    spec = jogg.ProductVideoSpec(avatar=avatar, avatar_type=avatar_type, voice="v")
    assert spec.to_body("p")["avatar"] == sent


def test_voice_by_id_or_object() -> None:
    by_object = jogg.ProductVideoSpec(avatar=1, voice=VOICE)
    by_id = jogg.ProductVideoSpec(avatar=1, voice="en-US-ChristopherNeural")
    assert by_object.to_body("p")["voice"] == by_id.to_body("p")["voice"]
    assert by_id.to_body("p")["voice"] == {"id": "en-US-ChristopherNeural"}


def test_full_body_matches_the_api() -> None:
    spec = jogg.ProductVideoSpec(
        avatar=PUBLIC,
        voice=VOICE,
        length=15,
        aspect_ratio="portrait",
        script_style="Data",
        language="spanish",
        music_id=0,
        visual_style="Simple Product Switch",
        caption=True,
        name="Summer",
        override_script="Buy it.",
        webhook_url="https://hooks.example.com/jogg",
    )
    assert spec.to_body("prod-1") == {
        "product_id": "prod-1",
        "visual_style": "Simple Product Switch",
        "video_spec": {
            "aspect_ratio": "portrait",
            "length": "15",
            "caption": True,
            "name": "Summer",
        },
        "avatar": {"id": 127, "type": 0},
        "voice": {"id": "en-US-ChristopherNeural"},
        "audio": {"music_id": 0},
        "script": {"style": "Data", "language": "spanish"},
        "override_script": "Buy it.",
        "webhook_url": "https://hooks.example.com/jogg",
    }


def test_spec_is_frozen_and_reusable() -> None:
    spec = jogg.ProductVideoSpec(avatar=1, voice="v")
    with pytest.raises(AttributeError):
        spec.length = "60"  # type: ignore[misc]
    assert spec.to_body("a")["product_id"] == "a"
    assert spec.to_body("b")["product_id"] == "b"
    longer = spec.replace(length=60)
    assert (spec.length, longer.length) == ("30", "60")


async def test_keyword_arguments_override_the_spec(api: ScriptedAPI, flavor: str) -> None:
    api.on("POST", CREATE_PATH, envelope({"video_id": "v1"}))
    spec = jogg.ProductVideoSpec(avatar=1, voice="v", length=30, script_style="Data")
    client = api.client(flavor)

    await resolve(
        client.product_videos.create("prod-1", spec, length=60, script_style="top 3 reasons")
    )
    await resolve(client.product_videos.create("prod-1", avatar=CUSTOM, voice=VOICE))

    first, second = api.bodies()
    assert first["video_spec"]["length"] == "60"
    assert first["script"]["style"] == "Top 3 reasons"
    assert spec.length == "30"  # the spec itself is unchanged
    assert second["avatar"] == {"id": 9001, "type": 1}
    assert second["voice"] == {"id": "en-US-ChristopherNeural"}


REFUSED_CREATES: dict[str, tuple[Callable[[Any], Any], str]] = {
    "unknown-keyword": (
        lambda c: c.product_videos.create("p", avatar=1, voice="v", colour="red"),
        "colour",
    ),
    "bad-override": (
        lambda c: c.product_videos.create("p", avatar=1, voice="v", length=45),
        "length",
    ),
    "no-avatar": (lambda c: c.product_videos.create("p", voice="v"), "avatar"),
    "no-voice": (lambda c: c.product_videos.create("p", avatar=1), "voice"),
    "empty-product": (lambda c: c.product_videos.create("", avatar=1, voice="v"), "product_id"),
    "spec-not-a-spec": (lambda c: c.product_videos.create("p", {"avatar": 1}), "spec"),
    "bad-webhook": (
        lambda c: c.product_videos.create("p", avatar=1, voice="v", webhook_url="javascript:x"),
        "webhook_url",
    ),
    "preview-styles-string": (
        lambda c: c.previews.create("p", avatar=1, voice="v", visual_styles="Split"),
        "visual_styles",
    ),
    "preview-styles-empty": (
        lambda c: c.previews.create("p", avatar=1, voice="v", visual_styles=[]),
        "visual_styles",
    ),
    "product-nothing": (lambda c: c.products.create(), "url"),
    "product-bad-url": (lambda c: c.products.create("shop.example.com/p"), "url"),
    "product-bad-media": (
        lambda c: c.products.create(name="n", media=["https://x.example/a.png"]),
        "media[0]",
    ),
    "update-nothing": (lambda c: c.products.update("p"), "update"),
    "list-bad-status": (lambda c: c.product_videos.list(status="done-ish"), "status"),
    "list-bad-order": (lambda c: c.product_videos.list(sort_order="up"), "sort_order"),
    "list-bad-page-size": (lambda c: c.product_videos.list(page_size=0), "page_size"),
    "avatars-bad-filter": (lambda c: c.avatars.list_public(gender="robot"), "gender"),
    "retrieve-no-id": (lambda c: c.product_videos.retrieve(""), "video_id"),
    "render-no-id": (lambda c: c.previews.render(None), "preview_id"),
}


@pytest.mark.parametrize("case", sorted(REFUSED_CREATES))
async def test_each_refusal_names_the_field_and_sends_nothing(
    api: ScriptedAPI, flavor: str, case: str
) -> None:
    call, field = REFUSED_CREATES[case]
    client = api.client(flavor)
    error = await raises(jogg.ValidationError, lambda: call(client))
    assert error.field == field
    assert field in str(error)
    assert api.requests == []


def test_media_items_build_the_api_shape() -> None:
    item = jogg.ProductMediaItem("https://cdn.example.com/a.mp4", kind="video", name="Demo")
    assert item.to_body() == {"type": 2, "name": "Demo", "url": "https://cdn.example.com/a.mp4"}
    with pytest.raises(jogg.ValidationError) as caught:
        jogg.ProductMediaItem("https://cdn.example.com/a.gif", kind="gif")
    assert caught.value.field == "media.kind"


async def test_products_create_sends_the_given_fields(api: ScriptedAPI, flavor: str) -> None:
    api.on("POST", "/v2/product", envelope({"product_id": "p1"}))
    client = api.client(flavor)
    media = [jogg.ProductMediaItem("https://cdn.example.com/a.png", description="front")]
    await resolve(client.products.create(name="Bottle", target_audience="hikers", media=media))
    assert api.bodies() == [
        {
            "name": "Bottle",
            "target_audience": "hikers",
            "media": [{"type": 1, "url": "https://cdn.example.com/a.png", "description": "front"}],
        }
    ]


@pytest.mark.parametrize("kind", ["photo", "product"])
def test_spec_refuses_an_avatar_kind_the_api_has_no_type_for(kind: str) -> None:
    avatar = jogg.Avatar(id=6001, kind=kind)
    with pytest.raises(jogg.ValidationError) as refused:
        jogg.ProductVideoSpec(avatar=avatar, voice="v")
    assert refused.value.field == "avatar" and "public or custom" in str(refused.value)


def test_spec_sends_the_type_of_a_custom_avatar_or_the_explicit_one() -> None:
    custom = jogg.Avatar(id=5001, kind="custom")
    assert jogg.ProductVideoSpec(avatar=custom, voice="v").to_body("p")["avatar"] == {
        "id": 5001,
        "type": 1,
    }
    explicit = jogg.ProductVideoSpec(avatar=5001, avatar_type="custom", voice="v")
    assert explicit.to_body("p")["avatar"] == {"id": 5001, "type": 1}


async def test_same_keywords_again_send_the_same_body(api: ScriptedAPI, flavor: str) -> None:
    # A catalogue sends one set of settings for every product: the checked spec is reused.
    api.on("POST", CREATE_PATH, envelope({"video_id": "v1"}))
    client = api.client(flavor)
    fields: dict[str, Any] = {"avatar": PUBLIC, "voice": VOICE, "length": 15, "caption": True}

    for product in ("prod-1", "prod-2", "prod-1"):
        await resolve(client.product_videos.create(product, **fields))
    await resolve(client.product_videos.create("prod-3", **{**fields, "length": 60}))

    bodies = api.bodies()
    assert [b["product_id"] for b in bodies] == ["prod-1", "prod-2", "prod-1", "prod-3"]
    assert bodies[0] == {**bodies[1], "product_id": "prod-1"} == bodies[2]
    assert [b["video_spec"]["length"] for b in bodies] == ["15", "15", "15", "60"]
    assert bodies[0]["avatar"] == {"id": 127, "type": 0}
    assert bodies[0]["voice"] == {"id": "en-US-ChristopherNeural"}


@pytest.mark.parametrize(
    ("accepted", "refused"),
    [
        ({"caption": True}, {"caption": 1}),  # equal and hashed alike, but 1 is no boolean
        ({"length": 30}, {"length": 30.0}),
        ({"avatar": 127}, {"avatar": True}),
        ({"music_id": 0}, {"music_id": False}),
    ],
)
async def test_a_value_equal_to_an_accepted_one_is_still_checked(
    api: ScriptedAPI, flavor: str, accepted: dict[str, Any], refused: dict[str, Any]
) -> None:
    api.on("POST", CREATE_PATH, envelope({"video_id": "v1"}))
    client = api.client(flavor)
    base: dict[str, Any] = {"avatar": 1, "voice": "v"}
    await resolve(client.product_videos.create("p", **{**base, **accepted}))

    with pytest.raises(jogg.ValidationError) as caught:
        await resolve(client.product_videos.create("p", **{**base, **refused}))
    assert caught.value.field == next(iter(refused))
    assert len(api.bodies()) == 1


async def test_a_value_that_cannot_be_a_key_is_checked_as_usual(
    api: ScriptedAPI, flavor: str
) -> None:
    client = api.client(flavor)
    with pytest.raises(jogg.ValidationError) as caught:
        await resolve(client.product_videos.create("p", avatar=1, voice="v", name=["a"]))
    assert caught.value.field == "name"
    assert api.bodies() == []
