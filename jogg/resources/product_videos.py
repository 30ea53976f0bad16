"""Product videos and their previews: the heart of the product-to-video flow."""

from __future__ import annotations

from typing import Any

from .. import _validation as v
from .._download import AsyncFiles, SyncFiles
from .._operations import operation
from .._pagination import AsyncPager, ListCall, SyncPager
from .._polling import ProgressCallback
from .._transport import Call
from ..builders import ProductVideoSpec, resolve_spec
from ..types import Preview, ProductVideo
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id, list_status

SORT_ORDERS = ("asc", "desc")
Files = SyncFiles | AsyncFiles


def create_call(
    product_id: str, spec: ProductVideoSpec | None, fields: dict[str, Any], files: Files
) -> Call[ProductVideo]:
    body = resolve_spec(spec, fields).to_body(product_id)
    return Call(
        operation("create_video_from_product"),
        parse=lambda data: ProductVideo.from_data(data, files=files),
        body=body,
    )


def retrieve_call(video_id: Any, files: Files) -> Call[ProductVideo]:
    vid = job_id("video_id", video_id)
    return Call(
        operation("get_product_video"),
        parse=lambda data: ProductVideo.from_data(data, id=vid, files=files),
        path_params={"product_video_id": vid},
    )


def history_query(status: Any, sort_by: str | None, sort_order: str | None) -> dict[str, Any]:
    return {
        "status": list_status(status),
        "sort_by": v.optional_text("sort_by", sort_by),
        "sort_order": v.optional_choice("sort_order", sort_order, SORT_ORDERS),
    }


def list_spec(
    status: Any, sort_by: str | None, sort_order: str | None, page_size: int | None, files: Files
) -> ListCall[ProductVideo]:
    return ListCall(
        operation("list_product_videos"),
        items_key="videos",
        parse_item=lambda item: ProductVideo.from_data(item, files=files),
        query=history_query(status, sort_by, sort_order),
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
    )


def previews_call(
    product_id: str,
    spec: ProductVideoSpec | None,
    visual_styles: Any,
    fields: dict[str, Any],
    files: Files,
) -> Call[list[Preview]]:
    styles = v.text_list("visual_styles", visual_styles)
    body = resolve_spec(spec, fields).to_body(product_id)
    body.pop("visual_style", None)
    body["visual_styles"] = styles

    def parse(data: Any) -> list[Preview]:
        from .. import _parse as p

        return [
            Preview.from_data(item, files=files)
            for item in p.objects(p.as_object(data, "previews"), "previews")
        ]

    return Call(operation("create_product_previews"), parse=parse, body=body)


def render_call(preview_id: Any, files: Files) -> Call[ProductVideo]:
    body = {"preview_id": job_id("preview_id", preview_id)}
    return Call(
        operation("render_product_preview"),
        parse=lambda data: ProductVideo.from_data(data, files=files),
        body=body,
    )


def preview_list_spec(
    status: Any, sort_by: str | None, sort_order: str | None, page_size: int | None, files: Files
) -> ListCall[Preview]:
    return ListCall(
        operation("list_product_previews"),
        items_key="previews",
        parse_item=lambda item: Preview.from_data(item, files=files),
        query=history_query(status, sort_by, sort_order),
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
    )


class ProductVideos(SyncResource):
    def create(
        self, product_id: str, spec: ProductVideoSpec | None = None, **fields: Any
    ) -> ProductVideo:
        """Start a video for ``product_id``. Keyword arguments override fields of ``spec``."""
        return self._call(create_call(product_id, spec, fields, self._files))

    def retrieve(self, video_id: str | ProductVideo) -> ProductVideo:
        return self._call(retrieve_call(video_id, self._files))

    def list(
        self,
        *,
        status: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int | None = None,
    ) -> SyncPager[ProductVideo]:
        """Every product video, newest first by default, fetched page by page as you iterate."""
        return self._list(list_spec(status, sort_by, sort_order, page_size, self._files))

    def wait(
        self,
        video_id: str | ProductVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ProductVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError)."""
        vid = job_id("video_id", video_id)
        return self._wait(vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress)

    def create_and_wait(
        self,
        product_id: str,
        spec: ProductVideoSpec | None = None,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Any,
    ) -> ProductVideo:
        video = self.create(product_id, spec, **fields)
        return self.wait(
            video, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )


class AsyncProductVideos(AsyncResource):
    async def create(
        self, product_id: str, spec: ProductVideoSpec | None = None, **fields: Any
    ) -> ProductVideo:
        return await self._call(create_call(product_id, spec, fields, self._files))

    async def retrieve(self, video_id: str | ProductVideo) -> ProductVideo:
        return await self._call(retrieve_call(video_id, self._files))

    def list(
        self,
        *,
        status: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[ProductVideo]:
        return self._list(list_spec(status, sort_by, sort_order, page_size, self._files))

    async def wait(
        self,
        video_id: str | ProductVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ProductVideo:
        vid = job_id("video_id", video_id)
        return await self._wait(
            vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress
        )

    async def create_and_wait(
        self,
        product_id: str,
        spec: ProductVideoSpec | None = None,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Any,
    ) -> ProductVideo:
        video = await self.create(product_id, spec, **fields)
        return await self.wait(
            video, timeout=timeout, poll_interval=poll_interval, on_progress=on_progress
        )


class Previews(SyncResource):
    def create(
        self,
        product_id: str,
        spec: ProductVideoSpec | None = None,
        *,
        visual_styles: list[str],
        **fields: Any,
    ) -> list[Preview]:
        """Ask for one preview per visual style (ready in 2-3 minutes); render the one you like."""
        return self._call(previews_call(product_id, spec, visual_styles, fields, self._files))

    def render(self, preview_id: str | Preview) -> ProductVideo:
        """Turn a preview into the full video; wait for it with ``product_videos.wait``."""
        return self._call(render_call(preview_id, self._files))

    def list(
        self,
        *,
        status: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int | None = None,
    ) -> SyncPager[Preview]:
        return self._list(preview_list_spec(status, sort_by, sort_order, page_size, self._files))


class AsyncPreviews(AsyncResource):
    async def create(
        self,
        product_id: str,
        spec: ProductVideoSpec | None = None,
        *,
        visual_styles: list[str],
        **fields: Any,
    ) -> list[Preview]:
        return await self._call(previews_call(product_id, spec, visual_styles, fields, self._files))

    async def render(self, preview_id: str | Preview) -> ProductVideo:
        return await self._call(render_call(preview_id, self._files))

    def list(
        self,
        *,
        status: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[Preview]:
        return self._list(preview_list_spec(status, sort_by, sort_order, page_size, self._files))
