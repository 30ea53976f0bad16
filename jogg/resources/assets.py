"""Assets: upload your own images, videos and audio for use in other calls."""

from __future__ import annotations

from .._uploads import Uploadable, prepare, upload_plan
from ..types import Asset
from ._base import AsyncResource, SyncResource


class Assets(SyncResource):
    def upload(
        self, file: Uploadable, *, filename: str | None = None, content_type: str | None = None
    ) -> Asset:
        """Upload ``file`` (a path, bytes, or a binary file object) and return its ``Asset``.

        The type comes from the file name unless ``content_type`` is given; bytes need a
        ``filename`` or a ``content_type``. Size and type are checked before any request
        (images 10 MB, videos 100 MB, audio 20 MB); the file is streamed, not read whole.
        """
        source = prepare(file, filename, content_type)
        return self._transport.run(upload_plan(self._transport.core, source))


class AsyncAssets(AsyncResource):
    async def upload(
        self, file: Uploadable, *, filename: str | None = None, content_type: str | None = None
    ) -> Asset:
        source = prepare(file, filename, content_type)
        return await self._transport.run(upload_plan(self._transport.core, source))
