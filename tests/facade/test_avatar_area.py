"""Avatars, voices, music, visual styles and the photo/product avatar jobs: filters as the
API matches them, result objects as ids, create-and-wait for each job kind, and twins that
agree."""

from __future__ import annotations

import importlib
import inspect
import re
from typing import Any

import httpx
import pytest

import jogg
from jogg._errors import WaitAfterCreateError
from jogg.resources import (
    avatars,
    musics,
    photo_avatars,
    product_avatars,
    visual_styles,
    voices,
)
from jogg.types import ProductAvatarImage

from ..kit import ScriptedAPI, VirtualClock, envelope, raises, resolve, take

pytestmark = pytest.mark.anyio

IMAGE = "https://cdn.example.com/p.png"


def query(request: httpx.Request) -> dict[str, str]:
    return dict(request.url.params)


async def test_voice_filters_are_sent_as_the_api_spells_them(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", "/v2/voices", envelope({"voices": [{"voice_id": "v1", "language": "english"}]}))
    api.on("GET", "/v2/voices/custom", envelope({"voices": []}))
    client = api.client(flavor)

    found = await take(client.voices.list(language=" English ", use_case="Narrative Story"))
    await take(client.voices.list_custom("ENGLISH"))

    assert [v.id for v in found] == ["v1"]
    assert query(api.requests[0]) == {
        "page": "1",
        "language": "english",
        "use_case": "narrative_story",
    }
    assert query(api.requests[1]) == {"language": "english"}


@pytest.mark.parametrize(
    ("call", "field", "allowed"),
    [
        (lambda c: c.avatars.list_public(style="fancy"), "style", "'professional'"),
        (lambda c: c.avatars.list_custom(status="done"), "status", "'completed'"),
        (lambda c: c.avatars.list_product(aspect_ratio="square"), "aspect_ratio", "'portrait'"),
        (lambda c: c.voices.list(age="teen"), "age", "'middle_aged'"),
        (lambda c: c.visual_styles.list(aspect_ratio="wide"), "aspect_ratio", "'square'"),
    ],
)
async def test_closed_filters_are_refused_with_the_spec_values(
    api: ScriptedAPI, flavor: str, call: Any, field: str, allowed: str
) -> None:
    error = await raises(jogg.ValidationError, lambda: take(call(api.client(flavor))))
    assert error.field == field and allowed in str(error)
    assert api.requests == []


async def test_closed_filters_match_any_case(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", "/v2/avatars/public", envelope({"avatars": []}))
    await take(api.client(flavor).avatars.list_public(style="Social", age="YOUNG_ADULT"))
    assert query(api.requests[0]) == {"page": "1", "style": "social", "age": "young_adult"}


async def test_list_calls_take_per_call_options(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", "/v2/musics", envelope({"music": [{"id": 3, "music_url": "https://m/3"}]}))
    tracks = await take(
        api.client(flavor).musics.list(extra_headers={"X-Trace": "t1"}, extra_query={"genre": "x"})
    )
    assert [(t.id, t.url) for t in tracks] == [(3, "https://m/3")]
    assert api.requests[0].headers["x-trace"] == "t1"
    assert query(api.requests[0])["genre"] == "x"


async def test_result_objects_are_taken_as_ids(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", "/v2/photo_avatar/photo", envelope({"photo_id": "ph_1", "status": 1}))
    api.on("POST", "/v2/product_avatar/add_motion", envelope({"motion_id": "mo_1"}))
    client = api.client(flavor)
    photo = jogg.AvatarPhoto(id="ph_1", status=jogg.JobStatus.parse(1))
    image = ProductAvatarImage(id="gen_7", status=jogg.JobStatus.parse("completed"))
    voice = jogg.Voice(id="en-US-JennyNeural")

    again = await resolve(client.photo_avatars.retrieve_photo(photo))
    motion = await resolve(
        client.product_avatars.add_motion(image, name="Sam", voice=voice, description="Shows it")
    )

    assert again.id == "ph_1" and query(api.requests[0]) == {"photo_id": "ph_1"}
    assert motion.id == "mo_1" and motion.status.state is jogg.JobState.PENDING
    assert api.bodies()[1] == {
        "generation_id": "gen_7",
        "name": "Sam",
        "voice_id": "en-US-JennyNeural",
        "description": "Shows it",
    }


async def test_generate_photo_and_wait(api: ScriptedAPI, clock: VirtualClock, flavor: str) -> None:
    api.on("POST", "/v2/photo_avatar/photo/generate", envelope({"photo_id": "ph_1"}))
    api.on(
        "GET",
        "/v2/photo_avatar/photo",
        envelope({"photo_id": "ph_1", "status": 0}),
        envelope({"photo_id": "ph_1", "status": 1, "image_url_list": [IMAGE]}),
    )
    photo = await resolve(
        api.client(flavor).photo_avatars.generate_photo_and_wait(
            age="young adult",
            avatar_style="professional",
            gender="female",
            model="modern",
            aspect_ratio="portrait",
            poll_interval=5,
        )
    )
    assert photo.status.is_completed and photo.image_urls == (IMAGE,)
    assert api.bodies()[0] == {
        "age": "Young adult",
        "avatar_style": "Professional",
        "gender": "Female",
        "model": "modern",
        "aspect_ratio": "portrait",
    }
    assert clock.sleeps == [5, 5]  # a job just created: no look before the first interval


async def test_add_motion_and_wait(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "POST",
        "/v2/photo_avatar/add_motion",
        envelope({"motion_id": "mo_1", "avatar_id": 9, "status": "pending"}),
    )
    api.on("GET", "/v2/photo_avatar", envelope({"motion_id": "mo_1", "status": "completed"}))
    photo = jogg.AvatarPhoto(id="ph_1", status=jogg.JobStatus.parse(1))
    motion = await resolve(
        api.client(flavor).photo_avatars.add_motion_and_wait(
            IMAGE, name="Sam", voice="v1", model="2.0-pro", photo_id=photo, poll_interval=1
        )
    )
    assert motion.status.is_completed and motion.id == "mo_1"
    assert api.bodies()[0]["model"] == "2.0-Pro" and api.bodies()[0]["photo_id"] == "ph_1"
    assert query(api.requests[1]) == {"motion_id": "mo_1"}


async def test_product_avatar_jobs_and_wait(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "POST",
        "/v2/product_avatar/generation",
        envelope({"batch_id": "ba_1", "generations": [{"generation_id": "g1", "status": 0}]}),
    )
    api.on(
        "GET",
        "/v2/product_avatar/generation/ba_1",
        envelope(
            {"batch_id": "ba_1", "generations": [{"generation_id": "g1", "status": "completed"}]}
        ),
    )
    api.on("POST", "/v2/product_avatar/add_motion", envelope({"motion_id": "pm_1"}))
    api.on(
        "GET",
        "/v2/product_avatar",
        envelope({"motion_id": "pm_1", "status": "completed", "avatar_id": 10}),
    )
    client = api.client(flavor)
    avatar = jogg.Avatar(id=7, kind="photo")

    batch = await resolve(
        client.product_avatars.generate_images_and_wait(
            IMAGE, aspect_ratio="landscape", avatar=avatar, poll_interval=1
        )
    )
    motion = await resolve(
        client.product_avatars.add_motion_and_wait(
            batch.images[0], name="Sam", voice="v1", description="Shows it", poll_interval=1
        )
    )

    assert batch.status.is_completed and [i.id for i in batch.images] == ["g1"]
    assert motion.avatar_id == 10 and motion.status.is_completed
    assert api.bodies()[0] == {
        "product_image_url": IMAGE,
        "avatar_source": {"type": "id", "avatar_id": 7, "avatar_type": "photo"},
        "quality": "medium",
        "aspect_ratio": "3:2",
        "num_images": 1,
    }
    assert api.bodies()[2]["generation_id"] == "g1"


async def test_a_failed_wait_after_create_hands_back_the_job(api: ScriptedAPI, flavor: str) -> None:
    api.on("POST", "/v2/photo_avatar/photo/generate", envelope({"photo_id": "ph_1"}))
    api.on("GET", "/v2/photo_avatar/photo", envelope(code=10104, msg="not found"))
    error = await raises(
        WaitAfterCreateError,
        lambda: api.client(flavor).photo_avatars.generate_photo_and_wait(
            age="Adult",
            avatar_style="Social",
            gender="Male",
            model="classic",
            aspect_ratio="square",
        ),
    )
    assert error.job.id == "ph_1" and "wait_photo" in str(error)


def test_old_module_of_musics_and_visual_styles_still_imports() -> None:
    with pytest.warns(DeprecationWarning, match="jogg.resources.musics"):
        styles = importlib.reload(importlib.import_module("jogg.resources.styles"))
    assert styles.Musics is musics.Musics and styles.AsyncMusics is musics.AsyncMusics
    assert styles.VisualStyles is visual_styles.VisualStyles
    assert styles.AsyncVisualStyles is visual_styles.AsyncVisualStyles
    assert type(jogg.Jogg("k").musics) is musics.Musics
    assert type(jogg.AsyncJogg("k").visual_styles) is visual_styles.AsyncVisualStyles


TWINS = [
    (avatars.Avatars, avatars.AsyncAvatars),
    (voices.Voices, voices.AsyncVoices),
    (musics.Musics, musics.AsyncMusics),
    (visual_styles.VisualStyles, visual_styles.AsyncVisualStyles),
    (photo_avatars.PhotoAvatars, photo_avatars.AsyncPhotoAvatars),
    (product_avatars.ProductAvatars, product_avatars.AsyncProductAvatars),
]


def public_methods(cls: type) -> dict[str, Any]:
    return {
        name: member
        for name, member in vars(cls).items()
        if callable(member) and not name.startswith("_")
    }


def same_parameters(method: Any, twin: Any) -> bool:
    ours, theirs = inspect.signature(method), inspect.signature(twin)
    returns = str(ours.return_annotation).replace("Sync", "Async")
    return ours.parameters == theirs.parameters and returns == str(theirs.return_annotation)


@pytest.mark.parametrize(("sync", "twin"), TWINS, ids=lambda c: c.__name__)
def test_twins_have_the_same_methods_signatures_and_docs(sync: type, twin: type) -> None:
    assert sync.__doc__ and sync.__doc__ == twin.__doc__
    methods, twins = public_methods(sync), public_methods(twin)
    assert methods.keys() == twins.keys()
    for name, method in methods.items():
        # The same parameters; only the pager type of list methods differs.
        assert same_parameters(method, twins[name]), name
        assert method.__doc__ and method.__doc__ == twins[name].__doc__, name


@pytest.mark.parametrize(("sync", "twin"), TWINS, ids=lambda c: c.__name__)
def test_every_parameter_is_documented(sync: type, twin: type) -> None:
    for name, method in public_methods(sync).items():
        documented = set(re.findall(r"^\s+(\w+): ", method.__doc__ or "", re.M))
        parameters = {
            p.name
            for p in inspect.signature(method).parameters.values()
            if p.name != "self" and p.kind is not p.VAR_KEYWORD
        }
        assert parameters <= documented, (name, parameters - documented)
        # Waits take the wait's own timeout instead of per-call options.
        waits = name.startswith("wait") or name.endswith("_and_wait")
        assert ("options" in inspect.signature(method).parameters) is not waits, name
