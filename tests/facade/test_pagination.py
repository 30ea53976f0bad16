"""List methods: lazy iterators over every page, whatever way the answer says there is more."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

import jogg

from ..kit import ScriptedAPI, envelope, take

pytestmark = pytest.mark.anyio

LIST_PATH = "/v2/product_videos"


def video(number: int) -> dict[str, Any]:
    return {"id": f"v{number}", "status": "completed", "title": f"Video {number}"}


def pages(
    sizes: list[int], extra: Callable[[int, int], dict[str, Any]]
) -> Callable[[httpx.Request], dict[str, Any]]:
    """A reply for the list endpoint serving pages of ``sizes`` items; ``extra(page,
    page_count)`` adds the answer's own pagination fields."""

    def reply(request: httpx.Request) -> dict[str, Any]:
        page = int(request.url.params["page"])
        first = sum(sizes[: page - 1])
        count = sizes[page - 1] if page <= len(sizes) else 0
        items = [video(first + i) for i in range(count)]
        return envelope({"videos": items, **extra(page, len(sizes))})

    return reply


def page_numbers(api: ScriptedAPI) -> list[int]:
    return [int(r.url.params["page"]) for r in api.requests]


async def test_three_pages_with_pagination_total_pages(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "GET",
        LIST_PATH,
        pages(
            [2, 2, 2],
            lambda page, count: {
                "pagination": {"page": page, "page_size": 2, "total_pages": count}
            },
        ),
    )
    client = api.client(flavor)

    videos = await take(client.product_videos.list(page_size=2))

    assert [v.id for v in videos] == [f"v{i}" for i in range(6)]
    assert page_numbers(api) == [1, 2, 3]
    assert all(r.url.params["page_size"] == "2" for r in api.requests)


async def test_pages_counted_from_total(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "GET",
        LIST_PATH,
        pages([10, 10, 5], lambda page, count: {"total": 25, "page": page, "page_size": 10}),
    )
    videos = await take(api.client(flavor).product_videos.list())
    assert len(videos) == 25
    assert page_numbers(api) == [1, 2, 3]


async def test_pages_followed_by_has_more(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", LIST_PATH, pages([3, 3, 3], lambda page, count: {"has_more": page < count}))
    videos = await take(api.client(flavor).product_videos.list(page_size=3))
    assert [v.id for v in videos] == [f"v{i}" for i in range(9)]
    assert page_numbers(api) == [1, 2, 3]


async def test_a_short_page_is_the_last_when_the_answer_says_nothing(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on("GET", LIST_PATH, pages([4, 4, 1], lambda page, count: {}))
    videos = await take(api.client(flavor).product_videos.list(page_size=4))
    assert len(videos) == 9
    assert page_numbers(api) == [1, 2, 3]


async def test_an_empty_page_ends_the_iteration(api: ScriptedAPI, flavor: str) -> None:
    # The answer claims more pages than it has: an empty page still stops the iterator.
    api.on("GET", LIST_PATH, pages([2, 0], lambda page, count: {"has_more": True}))
    videos = await take(api.client(flavor).product_videos.list(page_size=2))
    assert len(videos) == 2
    assert page_numbers(api) == [1, 2]


async def test_an_empty_list(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", LIST_PATH, envelope({"videos": [], "total": 0}))
    assert await take(api.client(flavor).product_videos.list()) == []
    assert len(api.requests) == 1


async def test_iteration_is_lazy(api: ScriptedAPI, flavor: str) -> None:
    api.on(
        "GET",
        LIST_PATH,
        pages([2, 2, 2], lambda page, count: {"pagination": {"total_pages": count}}),
    )
    client = api.client(flavor)

    pager = client.product_videos.list(page_size=2)
    assert api.requests == []

    first_three = await take(pager, limit=3)
    assert [v.id for v in first_three] == ["v0", "v1", "v2"]
    assert page_numbers(api) == [1, 2]  # the third page was never needed


async def test_filters_are_sent_as_the_api_expects(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", LIST_PATH, envelope({"videos": []}))
    client = api.client(flavor)
    await take(client.product_videos.list(status="completed", sort_order="desc", page_size=5))
    params = api.requests[0].url.params
    assert params["status"] == "4"  # the API filters by 3 / 4 / 5
    assert params["sort_order"] == "desc"
    assert params["page"] == "1" and params["page_size"] == "5"


async def test_unpaged_lists_are_fetched_once(api: ScriptedAPI, flavor: str) -> None:
    api.on("GET", "/v2/visual_styles", envelope({"visual_styles": [{"id": 1, "name": "Split"}]}))
    styles = await take(api.client(flavor).visual_styles.list(aspect_ratio="portrait"))
    assert [s.name for s in styles] == ["Split"]
    assert len(api.requests) == 1
    assert "page" not in api.requests[0].url.params


async def test_an_error_on_a_later_page_surfaces_during_iteration(
    api: ScriptedAPI, flavor: str
) -> None:
    api.on(
        "GET",
        LIST_PATH,
        envelope({"videos": [video(0), video(1)], "has_more": True}),
        envelope(code=40000, msg="bad page"),
    )
    pager = api.client(flavor).product_videos.list(page_size=2)
    with pytest.raises(jogg.InvalidRequestError):
        await take(pager)


async def test_an_api_that_ignores_page_does_not_loop_for_ever(
    api: ScriptedAPI, flavor: str
) -> None:
    """Every answer says there is more but repeats the same items: iteration stops at the
    first repeat instead of asking for pages for ever."""
    same_page = envelope({"music": [{"id": 1}, {"id": 2}], "has_more": True})
    api.on("GET", "/v2/musics", same_page)
    musics = await take(api.client(flavor).musics.list(page_size=2))
    assert [m.id for m in musics] == [1, 2]
    assert page_numbers(api) == [1, 2]
