"""Assets: upload your own images, videos and audio for use in other calls."""

from __future__ import annotations

from typing import Unpack

from .._results.account import Asset
from .._uploads import Uploadable, UploadOptions, prepare, upload_plan
from ._base import AsyncResource, SyncResource

_UPLOAD_DOC = """Upload ``file`` (a path, bytes, or a binary file object) and return its ``Asset``.

        The type comes from the file name unless ``content_type`` is given; bytes need a
        ``filename`` or a ``content_type``. Size and type are checked before any request
        (images 10 MB, videos 100 MB, audio 20 MB); the file is streamed, not read whole.

        file: a path, bytes, or a binary file object.
        filename: the name the API records (default: the path's name).
        content_type: the MIME type (default: guessed from the name).
        """


class Assets(SyncResource):
    """Uploads of your own images, videos and audio, for use in other calls."""

    def upload(
        self,
        file: Uploadable,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        **options: Unpack[UploadOptions],
    ) -> Asset:
        source = prepare(file, filename, content_type)
        plan = upload_plan(self._transport.core, source, options)
        return self._transport.run(plan)

    upload.__doc__ = _UPLOAD_DOC


class AsyncAssets(AsyncResource):
    """Uploads of your own images, videos and audio, for use in other calls."""

    async def upload(
        self,
        file: Uploadable,
        *,
        filename: str | None = None,
        content_type: str | None = None,
        **options: Unpack[UploadOptions],
    ) -> Asset:
        source = prepare(file, filename, content_type)
        plan = upload_plan(self._transport.core, source, options)
        return await self._transport.run(plan)

    upload.__doc__ = _UPLOAD_DOC
