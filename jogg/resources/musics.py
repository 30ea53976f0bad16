"""Background music for videos (``client.musics``)."""

from __future__ import annotations

from typing import Any, Unpack

from jogg_api.api.asset import list_musics
from jogg_api.models.list_musics_response_200_data_type_0 import ListMusicsResponse200DataType0
from jogg_api.models.music_info import MusicInfo

from .. import _validation as v
from .. import _wire as w
from .._options import RequestOptions
from .._pagination import AsyncPager, ListCall, SyncPager
from .._results.avatars import Music
from ._base import AsyncResource, SyncResource

__all__ = ["AsyncMusics", "Musics"]


def list_spec(page_size: int | None, options: RequestOptions) -> ListCall[Music]:
    def read(data: Any) -> list[Music]:
        m, _ = w.data(ListMusicsResponse200DataType0.from_dict, data, "music")
        return [Music._from_wire(i, raw) for i, raw in w.items(m.music, MusicInfo)]

    return ListCall(
        list_musics,
        read_items=read,
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
        options=options,
    )


class Musics(SyncResource):
    """Background music tracks; pass a track's id as ``music_id`` to a create call."""

    def list(
        self, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> SyncPager[Music]:
        """Every music track, page by page as you iterate.

        page_size: items per page (1-100).
        """
        return self._list(list_spec(page_size, options))


class AsyncMusics(AsyncResource):
    """Background music tracks; pass a track's id as ``music_id`` to a create call."""

    def list(
        self, *, page_size: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[Music]:
        """Every music track, page by page as you iterate.

        page_size: items per page (1-100).
        """
        return self._list(list_spec(page_size, options))
