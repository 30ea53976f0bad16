"""Background music and visual styles for product videos."""

from __future__ import annotations

from .. import _validation as v
from .._args import ASPECT_RATIOS
from .._operations import operation
from .._pagination import AsyncPager, ListCall, SyncPager
from ..types import Music, VisualStyle
from ._base import AsyncResource, SyncResource


def musics_spec(page_size: int | None) -> ListCall[Music]:
    return ListCall(
        operation("list_musics"),
        items_key="music",
        parse_item=Music.from_data,
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
    )


def visual_styles_spec(aspect_ratio: str | None) -> ListCall[VisualStyle]:
    return ListCall(
        operation("list_visual_styles"),
        items_key="visual_styles",
        parse_item=VisualStyle.from_data,
        query={"aspect_ratio": v.optional_choice("aspect_ratio", aspect_ratio, ASPECT_RATIOS)},
        paged=False,
    )


class Musics(SyncResource):
    def list(self, *, page_size: int | None = None) -> SyncPager[Music]:
        return self._list(musics_spec(page_size))


class AsyncMusics(AsyncResource):
    def list(self, *, page_size: int | None = None) -> AsyncPager[Music]:
        return self._list(musics_spec(page_size))


class VisualStyles(SyncResource):
    def list(self, *, aspect_ratio: str | None = None) -> SyncPager[VisualStyle]:
        return self._list(visual_styles_spec(aspect_ratio))


class AsyncVisualStyles(AsyncResource):
    def list(self, *, aspect_ratio: str | None = None) -> AsyncPager[VisualStyle]:
        return self._list(visual_styles_spec(aspect_ratio))
