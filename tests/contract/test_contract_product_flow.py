"""Every method of the product-to-video flow, called once against Prism: the requests the
facade builds must satisfy openapi/jogg-v2.yaml, and the facade must read Prism's example
answers (which follow the spec, not the facade's habits)."""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import Any

import httpx
import pytest

import jogg

from .conftest import CONTRACT_KEY, ResponseRecorder

pytestmark = pytest.mark.prism

PRODUCT_ID = "NTIzMzc0NjI5"
SPEC = jogg.ProductVideoSpec(
    avatar=127,
    voice="en-US-ChristopherNeural",
    length=30,
    aspect_ratio="portrait",
    script_style="top 3 reasons",
    language="english",
    music_id=13,
    visual_style="Simple Product Switch",
    caption=True,
    name="Owala FreeSip launch",
    override_script="Meet the bottle that keeps up with you.",
    webhook_url="https://hooks.example.com/jogg",
)
MEDIA = [
    jogg.ProductMediaItem(
        "https://cdn.example.com/owala/front.jpg", name="front.jpg", description="Front view"
    ),
    jogg.ProductMediaItem("https://cdn.example.com/owala/demo.mp4", kind="video"),
]


def first(pager: Any) -> Any:
    """One page is enough to check the request; Prism's totals would page on and on."""
    return next(iter(pager), None)


# method name -> (call, the request it must send, a check of the parsed result)
CALLS: dict[str, tuple[Callable[[jogg.Jogg], Any], str, Callable[[Any], bool]]] = {
    "products.create": (
        lambda c: c.products.create(
            "https://shop.example.com/products/owala-freesip",
            name="Owala FreeSip",
            description="Insulated stainless steel water bottle with a two-way spout.",
            target_audience="Commuters and hikers",
            media=MEDIA,
        ),
        "POST /v2/product",
        lambda product: isinstance(product, jogg.Product) and bool(product.id),
    ),
    "products.update": (
        lambda c: c.products.update(
            PRODUCT_ID,
            name="Owala FreeSip 24 oz",
            description="Now in 24 oz.",
            target_audience="Gym goers",
            media=MEDIA[:1],
        ),
        "PUT /v2/product",
        lambda result: result is None,
    ),
    "product_videos.create": (
        lambda c: c.product_videos.create(PRODUCT_ID, SPEC),
        "POST /v2/create_video_from_product",
        lambda video: isinstance(video, jogg.ProductVideo) and bool(video.id),
    ),
    "product_videos.create(custom avatar, overrides)": (
        lambda c: c.product_videos.create(
            PRODUCT_ID,
            SPEC,
            avatar=jogg.Avatar(id=9001, kind="custom"),
            length="15",
            aspect_ratio="square",
        ),
        "POST /v2/create_video_from_product",
        lambda video: isinstance(video, jogg.ProductVideo),
    ),
    "product_videos.retrieve": (
        lambda c: c.product_videos.retrieve("video_789"),
        "GET /v2/product_video/video_789",
        lambda video: video.id == "video_789" and isinstance(video.status, jogg.JobStatus),
    ),
    "product_videos.list": (
        lambda c: first(
            c.product_videos.list(
                status="completed", sort_by="created_at", sort_order="desc", page_size=20
            )
        ),
        "GET /v2/product_videos",
        lambda video: video is None or isinstance(video, jogg.ProductVideo),
    ),
    "previews.create": (
        lambda c: c.previews.create(
            PRODUCT_ID, SPEC, visual_styles=["Simple Product Switch", "Dynamic Showcase"]
        ),
        "POST /v2/create_video_from_product/preview_list",
        lambda previews: (
            isinstance(previews, list) and all(isinstance(p, jogg.Preview) for p in previews)
        ),
    ),
    "previews.render": (
        lambda c: c.previews.render("preview_123"),
        "POST /v2/create_video_from_product/render_single_preview",
        lambda video: isinstance(video, jogg.ProductVideo) and bool(video.id),
    ),
    "previews.list": (
        lambda c: first(c.previews.list(status="processing", sort_order="asc", page_size=5)),
        "GET /v2/product_previews",
        lambda preview: preview is None or isinstance(preview, jogg.Preview),
    ),
    "avatars.list_public": (
        lambda c: first(
            c.avatars.list_public(
                aspect_ratio="portrait",
                style="professional",
                gender="female",
                age="adult",
                scene="studio",
                ethnicity="east_asian",
                page_size=10,
            )
        ),
        "GET /v2/avatars/public",
        lambda avatar: avatar is None or avatar.kind == "public",
    ),
    "avatars.list_custom": (
        lambda c: first(c.avatars.list_custom(name="Me", status="completed", page_size=10)),
        "GET /v2/avatars/custom",
        lambda avatar: avatar is None or avatar.kind == "custom",
    ),
    "avatars.list_photo": (
        lambda c: first(c.avatars.list_photo(status="processing")),
        "GET /v2/avatars/photo_avatars",
        lambda avatar: avatar is None or avatar.kind == "photo",
    ),
    "avatars.list_product": (
        lambda c: first(c.avatars.list_product(aspect_ratio="landscape")),
        "GET /v2/avatars/product_avatars",
        lambda avatar: avatar is None or avatar.kind == "product",
    ),
    "voices.list": (
        lambda c: first(
            c.voices.list(
                gender="male",
                language="english",
                age="middle_aged",
                use_case="narrative_story",
                page_size=10,
            )
        ),
        "GET /v2/voices",
        lambda voice: voice is None or isinstance(voice, jogg.Voice),
    ),
    "voices.list_custom": (
        lambda c: first(c.voices.list_custom(language="english")),
        "GET /v2/voices/custom",
        lambda voice: voice is None or voice.custom,
    ),
    "musics.list": (
        lambda c: first(c.musics.list()),
        "GET /v2/musics",
        lambda music: music is None or isinstance(music, jogg.Music),
    ),
    "visual_styles.list": (
        lambda c: first(c.visual_styles.list(aspect_ratio="portrait")),
        "GET /v2/visual_styles",
        lambda style: style is None or isinstance(style, jogg.VisualStyle),
    ),
}


@pytest.mark.parametrize("method", list(CALLS))
def test_method_sends_a_valid_request(
    prism_client: jogg.Jogg, recorder: ResponseRecorder, method: str
) -> None:
    call, request, check = CALLS[method]
    result = call(prism_client)
    recorder.assert_clean(expected=[request])
    assert check(result), result


def test_listing_follows_a_second_page_validly(
    prism_client: jogg.Jogg, recorder: ResponseRecorder
) -> None:
    # Prism's example answers claim more pages: the page parameters of later requests
    # must be valid too. Prism repeats its one example page, so the listing stops at the
    # repeat (R-PAGE-8) after asking for page 2.
    musics = list(prism_client.musics.list(page_size=1))
    assert len(musics) == 1
    recorder.assert_clean(expected=["GET /v2/musics", "GET /v2/musics"])


@pytest.mark.anyio
async def test_async_client_sends_the_same_valid_requests(
    prism_url: str, recorder: ResponseRecorder
) -> None:
    client = recorder.async_client(prism_url)
    try:
        product = await client.products.create("https://shop.example.com/products/owala")
        await client.products.update(PRODUCT_ID, name="Owala")
        video = await client.product_videos.create(PRODUCT_ID, SPEC)
        await client.product_videos.retrieve(video.id)
        await client.previews.create(PRODUCT_ID, SPEC, visual_styles=["Simple Product Switch"])
        await client.previews.render("preview_123")
        for pager in (
            client.product_videos.list(status="failed"),
            client.previews.list(),
            client.avatars.list_public(gender="male"),
            client.avatars.list_custom(),
            client.avatars.list_photo(),
            client.avatars.list_product(),
            client.voices.list(language="english"),
            client.voices.list_custom(),
            client.musics.list(),
            client.visual_styles.list(),
        ):
            await pager.__anext__()
    finally:
        await recorder.aclose()
    assert product.id
    assert len(recorder.exchanges) == 16
    recorder.assert_clean()


def test_the_harness_reports_a_violation(prism_url: str, recorder: ResponseRecorder) -> None:
    # A request that breaks the spec (no video_spec, avatar, voice, audio, script) must be
    # caught, or a clean run would prove nothing.
    with httpx.Client(event_hooks={"response": [recorder.record]}) as http:
        http.post(
            f"{prism_url}/v2/create_video_from_product",
            json={"product_id": PRODUCT_ID},
            headers={"x-api-key": CONTRACT_KEY},
        )
    with pytest.raises(AssertionError, match="422"):
        recorder.assert_clean()
    assert "video_spec" in recorder.exchanges[0].detail


def test_the_facade_reports_prism_refusals_as_invalid_request(
    prism_url: str, recorder: ResponseRecorder
) -> None:
    # Prism answers a violation with 422 and a problem+json body: the facade must turn that
    # into InvalidRequestError, not a parsing failure. Sending an out-of-spec filter needs
    # a raw call, since the facade itself refuses it before sending.
    client = recorder.sync_client(prism_url)
    bad = jogg.ProductVideoSpec(avatar=1, voice="v").to_body(PRODUCT_ID)
    del bad["script"]
    # The generated body model cannot be built without `script`, so the endpoint's request
    # builder is wrapped to send the broken body as it is.
    from jogg_api.api.video import create_video_from_product

    broken = types.ModuleType(create_video_from_product.__name__)
    broken._get_kwargs = lambda: {  # type: ignore[attr-defined]
        **create_video_from_product._get_kwargs(
            body=jogg.ProductVideoSpec(avatar=1, voice="v")._to_wire(PRODUCT_ID)
        ),
        "json": bad,
    }
    with pytest.raises(jogg.InvalidRequestError) as caught:
        client._transport.call(jogg._transport.Call(broken, {}, parse=lambda data: data))
    assert caught.value.http_status == 422
