"""Bad input: every facade method and builder refuses invalid arguments with
jogg.ValidationError before any request (a recording transport proves zero requests),
and webhook verification refuses every altered delivery."""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import jogg
from jogg import ProductMediaItem, ProductVideoSpec, TemplateVariable

from ..kit import ScriptedAPI, envelope
from .conftest import AddRow

URL = "https://cdn.example.com/v.mp4"
VOICE = "en-US-ChristopherNeural"

Bad = Callable[[jogg.Jogg], Any]

# (label, call with one invalid argument, the field the error must name)
FACADE: list[tuple[str, Bad, str]] = [
    ("products.create url not a URL", lambda c: c.products.create("not a url"), "url"),
    ("products.create url ftp://", lambda c: c.products.create("ftp://x.example/p"), "url"),
    ("products.create name empty", lambda c: c.products.create(name="  "), "name"),
    ("products.create nothing", lambda c: c.products.create(), "url"),
    (
        "products.create media wrong type",
        lambda c: c.products.create(name="M", media=["x"]),
        "media[0]",
    ),
    ("products.update product_id empty", lambda c: c.products.update("", name="M"), "product_id"),
    ("products.update no change", lambda c: c.products.update("p1"), "update"),
    (
        "product_videos.create length 45",
        lambda c: c.product_videos.create("p1", avatar=1, voice=VOICE, length=45),
        "length",
    ),
    (
        "product_videos.create aspect wide",
        lambda c: c.product_videos.create("p1", avatar=1, voice=VOICE, aspect_ratio="wide"),
        "aspect_ratio",
    ),
    (
        "product_videos.create avatar -1",
        lambda c: c.product_videos.create("p1", avatar=-1, voice=VOICE),
        "avatar",
    ),
    (
        "product_videos.create avatar str",
        lambda c: c.product_videos.create("p1", avatar="amy", voice=VOICE),
        "avatar",
    ),
    ("product_videos.create no voice", lambda c: c.product_videos.create("p1", avatar=1), "voice"),
    (
        "product_videos.create webhook bad",
        lambda c: c.product_videos.create("p1", avatar=1, voice=VOICE, webhook_url="hooks"),
        "webhook_url",
    ),
    (
        "product_videos.create unknown field",
        lambda c: c.product_videos.create("p1", avatar=1, voice=VOICE, colour="red"),
        "colour",
    ),
    (
        "product_videos.create product_id empty",
        lambda c: c.product_videos.create("", avatar=1, voice=VOICE),
        "product_id",
    ),
    ("product_videos.retrieve id empty", lambda c: c.product_videos.retrieve(""), "video_id"),
    ("product_videos.retrieve id None", lambda c: c.product_videos.retrieve(None), "video_id"),
    (
        "product_videos.list status odd",
        lambda c: list(c.product_videos.list(status="done-ish")),
        "status",
    ),
    (
        "product_videos.list sort_order up",
        lambda c: list(c.product_videos.list(sort_order="up")),
        "sort_order",
    ),
    (
        "product_videos.list page_size 0",
        lambda c: list(c.product_videos.list(page_size=0)),
        "page_size",
    ),
    (
        "product_videos.list page_size 1000",
        lambda c: list(c.product_videos.list(page_size=1000)),
        "page_size",
    ),
    (
        "product_videos.wait timeout -1",
        lambda c: c.product_videos.wait("v1", timeout=-1),
        "timeout",
    ),
    (
        "product_videos.wait poll_interval 0",
        lambda c: c.product_videos.wait("v1", poll_interval=0),
        "poll_interval",
    ),
    (
        "previews.create styles empty",
        lambda c: c.previews.create("p1", avatar=1, voice=VOICE, visual_styles=[]),
        "visual_styles",
    ),
    (
        "previews.create styles str",
        lambda c: c.previews.create("p1", avatar=1, voice=VOICE, visual_styles="A"),
        "visual_styles",
    ),
    ("previews.render id empty", lambda c: c.previews.render(""), "preview_id"),
    ("previews.list page_size -1", lambda c: list(c.previews.list(page_size=-1)), "page_size"),
    ("avatars.list_public gender x", lambda c: list(c.avatars.list_public(gender="x")), "gender"),
    (
        "avatars.list_public aspect 5",
        lambda c: list(c.avatars.list_public(aspect_ratio=5)),
        "aspect_ratio",
    ),
    (
        "avatars.list_custom status odd",
        lambda c: list(c.avatars.list_custom(status="odd")),
        "status",
    ),
    (
        "avatars.list_photo page_size str",
        lambda c: list(c.avatars.list_photo(page_size="9")),
        "page_size",
    ),
    (
        "avatars.list_product aspect square",
        lambda c: list(c.avatars.list_product(aspect_ratio="square")),
        "aspect_ratio",
    ),
    ("voices.list age baby", lambda c: list(c.voices.list(age="baby")), "age"),
    ("voices.list_custom language empty", lambda c: list(c.voices.list_custom("")), "language"),
    ("musics.list page_size bool", lambda c: list(c.musics.list(page_size=True)), "page_size"),
    (
        "visual_styles.list aspect odd",
        lambda c: list(c.visual_styles.list(aspect_ratio="odd")),
        "aspect_ratio",
    ),
    (
        "avatar_videos.create no script/audio",
        lambda c: c.avatar_videos.create(avatar=1, voice=VOICE),
        "script",
    ),
    (
        "avatar_videos.create screen_style odd",
        lambda c: c.avatar_videos.create(avatar=1, voice=VOICE, script="Hi", screen_style="odd"),
        "screen_style",
    ),
    (
        "avatar_videos.create audio_url bad",
        lambda c: c.avatar_videos.create(avatar=1, voice=VOICE, audio_url="a.mp3"),
        "audio_url",
    ),
    ("avatar_videos.retrieve id empty", lambda c: c.avatar_videos.retrieve(""), "video_id"),
    ("templates.list aspect odd", lambda c: list(c.templates.list("odd")), "aspect_ratio"),
    (
        "templates.retrieve_custom id str",
        lambda c: c.templates.retrieve_custom("seven"),
        "template_id",
    ),
    (
        "template_videos.create variables None",
        lambda c: c.template_videos.create(7, voice_language="english", variables=None),
        "variables",
    ),
    (
        "template_videos.create variable str",
        lambda c: c.template_videos.create(7, voice_language="english", variables=["x"]),
        "variables[0]",
    ),
    (
        "template_videos.create language empty",
        lambda c: c.template_videos.create(
            7, voice_language="", variables=[TemplateVariable.text("a", "b")]
        ),
        "voice_language",
    ),
    (
        "template_videos.list page_size 0",
        lambda c: list(c.template_videos.list(page_size=0)),
        "page_size",
    ),
    ("lip_sync.create video_url bad", lambda c: c.lip_sync.create("video.mp4", URL), "video_url"),
    (
        "lip_sync.create playback odd",
        lambda c: c.lip_sync.create(URL, URL, playback_type="loop"),
        "playback_type",
    ),
    ("lip_sync.retrieve id empty", lambda c: c.lip_sync.retrieve(" "), "task_id"),
    (
        "translations.create url bad",
        lambda c: c.translations.create("nope", "spanish"),
        "video_url",
    ),
    (
        "translations.create language empty",
        lambda c: c.translations.create(URL, ""),
        "output_language",
    ),
    ("translations.retrieve id empty", lambda c: c.translations.retrieve(""), "translation_id"),
    (
        "ai_scripts.create length 45",
        lambda c: c.ai_scripts.create("english", 45, "Storytime", "Mug"),
        "video_length_seconds",
    ),
    (
        "ai_scripts.create style odd",
        lambda c: c.ai_scripts.create("english", 30, "Odd", "Mug"),
        "script_style",
    ),
    (
        "ai_scripts.create language odd",
        lambda c: c.ai_scripts.create("klingon", 30, "Storytime", "Mug"),
        "language",
    ),
    ("ai_scripts.retrieve id empty", lambda c: c.ai_scripts.retrieve(""), "task_id"),
    (
        "photo_avatars.generate_photo age odd",
        lambda c: c.photo_avatars.generate_photo(
            age="Baby",
            avatar_style="Social",
            gender="Male",
            model="classic",
            aspect_ratio="portrait",
        ),
        "age",
    ),
    (
        "photo_avatars.generate_photo image_url bad",
        lambda c: c.photo_avatars.generate_photo(
            age="Adult",
            avatar_style="Social",
            gender="Male",
            model="classic",
            aspect_ratio="portrait",
            image_url="x.png",
        ),
        "image_url",
    ),
    (
        "photo_avatars.retrieve_photo id empty",
        lambda c: c.photo_avatars.retrieve_photo(""),
        "photo_id",
    ),
    (
        "photo_avatars.add_motion model odd",
        lambda c: c.photo_avatars.add_motion(URL, name="A", voice=VOICE, model="9"),
        "model",
    ),
    (
        "photo_avatars.add_motion name empty",
        lambda c: c.photo_avatars.add_motion(URL, name="", voice=VOICE, model="2.0"),
        "name",
    ),
    (
        "photo_avatars.retrieve_motion id empty",
        lambda c: c.photo_avatars.retrieve_motion(""),
        "motion_id",
    ),
    (
        "product_avatars.generate_images url bad",
        lambda c: c.product_avatars.generate_images("p.png", aspect_ratio="portrait", avatar=1),
        "product_image_url",
    ),
    (
        "product_avatars.generate_images num 0",
        lambda c: c.product_avatars.generate_images(
            URL, aspect_ratio="portrait", avatar=1, num_images=0
        ),
        "num_images",
    ),
    (
        "product_avatars.generate_images quality odd",
        lambda c: c.product_avatars.generate_images(
            URL, aspect_ratio="portrait", avatar=1, quality="ultra"
        ),
        "quality",
    ),
    (
        "product_avatars.retrieve_generation empty",
        lambda c: c.product_avatars.retrieve_generation(""),
        "batch_id",
    ),
    (
        "product_avatars.add_motion model 7",
        lambda c: c.product_avatars.add_motion(
            "g1", name="A", voice=VOICE, description="d", model=7
        ),
        "model",
    ),
    (
        "product_avatars.retrieve_motion empty",
        lambda c: c.product_avatars.retrieve_motion(""),
        "motion_id",
    ),
    ("assets.upload empty bytes", lambda c: c.assets.upload(b"", filename="a.png"), "file"),
    (
        "assets.upload wrong type",
        lambda c: c.assets.upload(b"abc", filename="a.exe"),
        "content_type",
    ),
    ("assets.upload bytes without name", lambda c: c.assets.upload(b"abc"), "filename"),
    (
        "assets.upload image over 10 MB",
        lambda c: c.assets.upload(b"x" * (10 * 1024 * 1024 + 1), filename="a.png"),
        "file",
    ),
    (
        "webhooks.create_endpoint http URL",
        lambda c: c.webhooks.create_endpoint(
            "http://hooks.example.com/x", ["generated_video_success"]
        ),
        "url",
    ),
    (
        "webhooks.create_endpoint no events",
        lambda c: c.webhooks.create_endpoint("https://hooks.example.com/x", []),
        "events",
    ),
    (
        "webhooks.create_endpoint enabled str",
        lambda c: c.webhooks.create_endpoint("https://hooks.example.com/x", ["a"], enabled="yes"),
        "enabled",
    ),
    (
        "webhooks.update_endpoint id empty",
        lambda c: c.webhooks.update_endpoint(
            "", url="https://h.example.com/x", events=["a"], enabled=True
        ),
        "endpoint_id",
    ),
    ("webhooks.delete_endpoint id empty", lambda c: c.webhooks.delete_endpoint(""), "endpoint_id"),
]

BUILDERS: list[tuple[str, Callable[[], Any], str]] = [
    ("ProductVideoSpec length 45", lambda: ProductVideoSpec(length=45), "length"),
    ("ProductVideoSpec length bool", lambda: ProductVideoSpec(length=True), "length"),
    ("ProductVideoSpec aspect wide", lambda: ProductVideoSpec(aspect_ratio="wide"), "aspect_ratio"),
    ("ProductVideoSpec style odd", lambda: ProductVideoSpec(script_style="Shouty"), "script_style"),
    ("ProductVideoSpec avatar -1", lambda: ProductVideoSpec(avatar=-1), "avatar"),
    ("ProductVideoSpec voice empty", lambda: ProductVideoSpec(voice=""), "voice"),
    ("ProductVideoSpec music_id -3", lambda: ProductVideoSpec(music_id=-3), "music_id"),
    ("ProductVideoSpec caption str", lambda: ProductVideoSpec(caption="yes"), "caption"),
    (
        "ProductVideoSpec avatar_type odd",
        lambda: ProductVideoSpec(avatar_type="robot"),
        "avatar_type",
    ),
    (
        "ProductVideoSpec webhook not URL",
        lambda: ProductVideoSpec(webhook_url="example.com/hook"),
        "webhook_url",
    ),
    ("ProductVideoSpec language empty", lambda: ProductVideoSpec(language=""), "language"),
    (
        "ProductVideoSpec.replace unknown",
        lambda: ProductVideoSpec().replace(colour="red"),
        "colour",
    ),
    ("ProductMediaItem url ftp", lambda: ProductMediaItem("ftp://x.example/a.png"), "media.url"),
    ("ProductMediaItem url empty", lambda: ProductMediaItem(""), "media.url"),
    ("ProductMediaItem kind audio", lambda: ProductMediaItem(URL, kind="audio"), "media.kind"),
    ("TemplateVariable name empty", lambda: TemplateVariable.text("", "x"), "name"),
    ("TemplateVariable text empty", lambda: TemplateVariable.text("a", ""), "content"),
    ("TemplateVariable image none", lambda: TemplateVariable.image("logo"), "variables[logo]"),
    (
        "TemplateVariable image bad url",
        lambda: TemplateVariable.image("logo", url="logo.png"),
        "url",
    ),
    (
        "TemplateVariable asset_id -1",
        lambda: TemplateVariable.video("clip", asset_id=-1),
        "asset_id",
    ),
]


@pytest.fixture(scope="module")
def recording() -> tuple[jogg.Jogg, list[httpx.Request]]:
    api = ScriptedAPI(key="bad-input-key", base_url="https://api.example.test")
    api.fallback = lambda request: envelope({}, msg="ok")
    return api.sync_client(), api.requests


@pytest.mark.parametrize(("label", "call", "field"), FACADE, ids=[f[0] for f in FACADE])
def test_facade_refuses_bad_arguments_before_any_request(
    label: str, call: Bad, field: str, recording: tuple[jogg.Jogg, list[httpx.Request]]
) -> None:
    client, sent = recording
    before = len(sent)
    with pytest.raises(jogg.ValidationError) as caught:
        call(client)
    assert len(sent) == before, f"{label}: a request was sent"
    assert field in caught.value.field, f"{label}: error names {caught.value.field!r}"


@pytest.mark.parametrize(("label", "build", "field"), BUILDERS, ids=[b[0] for b in BUILDERS])
def test_builders_refuse_bad_values(label: str, build: Callable[[], Any], field: str) -> None:
    with pytest.raises(jogg.ValidationError) as caught:
        build()
    assert field in caught.value.field


def test_bad_input_table_covers_every_facade_resource(row: AddRow) -> None:
    client = jogg.Jogg("k", base_url="https://api.example.test")
    resources = {
        name
        for name, value in vars(client).items()
        if not name.startswith("_") and hasattr(value, "_transport")
    }
    covered = {label.split(".")[0] for label, _, _ in FACADE}
    covered.add("user")  # whoami() and remaining_quota() take no arguments to refuse
    assert resources <= covered, f"resources with no bad-input rows: {resources - covered}"
    row(
        f"bad input: {len(FACADE)} facade + {len(BUILDERS)} builder cases",
        0,
        "ValidationError naming the field, 0 requests",
    )


def test_client_options_are_validated() -> None:
    for options in (
        {"timeout": 0},
        {"timeout": "5"},
        {"max_retries": -1},
        {"max_retries": 1.5},
        {"post_rate_limit": 0},
        {"base_url": "ftp://api.example.test"},
        {"base_url": "http://api.jogg.ai"},
    ):
        with pytest.raises(jogg.ValidationError):
            jogg.Jogg("k", **options)


# ----------------------------------------------------------------------- webhooks

SECRET = "whsec_bad_input_secret"
BODY = json.dumps(
    {
        "event": "generated_product_video_success",
        "timestamp": 1700000000,
        "data": {"video_id": "v1", "status": "completed", "video_url": URL},
    },
    separators=(",", ":"),
).encode()


def sign(body: bytes, secret: str = SECRET) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


GOOD = sign(BODY)

TAMPERED: list[tuple[str, bytes, str]] = [
    ("tampered body", BODY.replace(b"v1", b"v2"), GOOD),
    ("truncated body", BODY[:-5], GOOD),
    ("re-encoded body (spaces)", json.dumps(json.loads(BODY)).encode(), GOOD),
    ("re-encoded body (key order)", json.dumps(json.loads(BODY), sort_keys=True).encode(), GOOD),
    ("empty body", b"", GOOD),
    ("empty body, its own signature", b"", sign(b"") + "0"),
    ("signature of other secret", BODY, sign(BODY, "whsec_other")),
    ("signature too short", BODY, GOOD[:-1]),
    ("signature too long", BODY, GOOD + "a"),
    ("signature empty", BODY, ""),
    ("signature not hex", BODY, "g" * 64),
    ("signature base64", BODY, "c2lnbmF0dXJl" * 4),
    ("signature with prefix", BODY, "sha256=" + GOOD),
    ("wrong signature in upper case", BODY, sign(BODY, "whsec_other").upper()),
]


@pytest.mark.parametrize(("label", "body", "signature"), TAMPERED, ids=[t[0] for t in TAMPERED])
def test_webhook_verification_refuses_altered_deliveries(
    label: str, body: bytes, signature: str
) -> None:
    from jogg import webhooks

    with pytest.raises(jogg.WebhookVerificationError) as caught:
        webhooks.verify(body, signature, SECRET)
    assert SECRET not in str(caught.value) and GOOD not in str(caught.value)
    headers = {"X-Webhook-Signature": signature, "X-Webhook-Event": "x"}
    with pytest.raises(jogg.WebhookVerificationError):
        webhooks.parse(body, headers, SECRET)


def test_webhook_verification_accepts_the_exact_delivery(row: AddRow) -> None:
    from jogg import webhooks

    webhooks.verify(BODY, GOOD, SECRET)
    webhooks.verify(BODY, GOOD.upper(), SECRET)  # hex case carries no information
    event = webhooks.parse(BODY, {"x-webhook-signature": GOOD}, SECRET)
    assert event.event == "generated_product_video_success"
    with pytest.raises(jogg.WebhookVerificationError):
        webhooks.parse(BODY, {}, SECRET)  # no signature header at all
    row(
        f"webhook verify: {len(TAMPERED)} altered deliveries",
        0,
        "all WebhookVerificationError; exact body accepted",
    )
