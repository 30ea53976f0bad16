"""Product videos and their previews: the heart of the product-to-video flow."""

from __future__ import annotations

from types import ModuleType
from typing import Any, Literal, Unpack, cast

from jogg_api.api.video import (
    create_product_previews,
    create_video_from_product,
    get_product_video,
    list_product_previews,
    list_product_videos,
    render_product_preview,
)
from jogg_api.body_keywords import RenderProductPreviewKeywords
from jogg_api.models.create_product_previews_response_200_data_type_0 import (
    CreateProductPreviewsResponse200DataType0,
)
from jogg_api.models.create_product_previews_response_200_data_type_0_previews_type_0_item import (
    CreateProductPreviewsResponse200DataType0PreviewsType0Item as CreatedPreviewItem,
)
from jogg_api.models.create_video_from_product_response_200_data_type_0 import (
    CreateVideoFromProductResponse200DataType0,
)
from jogg_api.models.list_product_previews_response_200_data_type_0 import (
    ListProductPreviewsResponse200DataType0,
)
from jogg_api.models.list_product_previews_response_200_data_type_0_previews_type_0_item import (
    ListProductPreviewsResponse200DataType0PreviewsType0Item as ListedPreviewItem,
)
from jogg_api.models.list_product_previews_sort_order import LIST_PRODUCT_PREVIEWS_SORT_ORDER_VALUES
from jogg_api.models.list_product_previews_status import LIST_PRODUCT_PREVIEWS_STATUS_VALUES
from jogg_api.models.list_product_videos_response_200_data_type_0 import (
    ListProductVideosResponse200DataType0,
)
from jogg_api.models.list_product_videos_response_200_data_type_0_videos_type_0_item import (
    ListProductVideosResponse200DataType0VideosType0Item as ListedVideoItem,
)
from jogg_api.models.list_product_videos_sort_order import LIST_PRODUCT_VIDEOS_SORT_ORDER_VALUES
from jogg_api.models.list_product_videos_status import LIST_PRODUCT_VIDEOS_STATUS_VALUES
from jogg_api.models.render_product_preview_body import RenderProductPreviewBody
from jogg_api.models.render_product_preview_response_200_data_type_0 import (
    RenderProductPreviewResponse200DataType0,
)

from .. import _validation as v
from .. import _wire as w
from .._download import AsyncFiles, SyncFiles
from .._options import RequestOptions
from .._pagination import AsyncPager, ListCall, SyncPager
from .._polling import ProgressCallback
from .._results.products import Preview, Product, ProductVideo
from .._transport import Call
from ..builders import (
    PreviewCallFields,
    ProductVideoCallFields,
    ProductVideoSpec,
    ProductVideoWaitFields,
    resolve_spec,
)
from ._base import (
    DEFAULT_WAIT_TIMEOUT,
    AsyncResource,
    SyncResource,
    history_filters,
    job_id,
)

Files = SyncFiles | AsyncFiles
SortOrder = Literal["asc", "desc"]
StatusFilter = Literal["processing", "completed", "failed"]


class RenderOptions(RequestOptions, RenderProductPreviewKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


def create_call(
    product: str | Product,
    spec: ProductVideoSpec | None,
    fields: dict[str, Any],
    files: Files,
    *,
    with_options: bool = True,
) -> Call[ProductVideo]:
    """``with_options``: whether per-call options may stand among ``fields`` (``create``);
    ``create_and_wait`` takes spec fields only, so an option there is an unknown field."""
    options = _pop_call_keywords(fields, create_video_from_product, with_options=with_options)
    body = resolve_spec(spec, fields)._to_wire(job_id("product_id", product))

    def parse(data: Any) -> ProductVideo:
        m, raw = w.data(CreateVideoFromProductResponse200DataType0.from_dict, data, "a video")
        return ProductVideo._from_wire(m, raw, files, id=m.video_id, status=m.status)

    return Call(
        create_video_from_product,
        w.arguments(create_video_from_product._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def _pop_call_keywords(
    fields: dict[str, Any], endpoint: ModuleType, *, with_options: bool = True
) -> RequestOptions:
    """Out of keyword arguments that also carry spec fields: the per-call options (when the
    method takes them) and the body fields the spec added, both of which the Call checks."""
    names = w.body_keywords(endpoint)
    if with_options:
        names = names | _OPTION_NAMES
    if names.isdisjoint(fields):  # the usual call: spec fields only
        return {}
    taken = {name: fields.pop(name) for name in list(fields) if name in names}
    return cast(RequestOptions, taken)


_OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def retrieve_call(
    video: str | ProductVideo, files: Files, options: RequestOptions
) -> Call[ProductVideo]:
    vid = job_id("video_id", video)
    return Call(
        get_product_video,
        w.arguments(get_product_video._get_kwargs, product_video_id=vid),
        parse=lambda data: ProductVideo.from_data(data, id=vid, files=files),
        options=options,
    )


def _listed_video(item: ListedVideoItem, raw: Any, files: Files) -> ProductVideo:
    return ProductVideo._from_wire(
        item,
        raw,
        files,
        id=item.id,
        status=item.status,
        title=item.title,
        video_url=item.video_url,
        cover_url=item.cover_url,
        duration=item.video_duration,
        created_at=item.created_at,
    )


def list_spec(
    status: Any,
    sort_by: str | None,
    sort_order: str | None,
    page_size: int | None,
    files: Files,
    options: RequestOptions,
) -> ListCall[ProductVideo]:
    def read(data: Any) -> list[ProductVideo]:
        m, _ = w.data(ListProductVideosResponse200DataType0.from_dict, data, "product videos")
        return [_listed_video(i, raw, files) for i, raw in w.items(m.videos, ListedVideoItem)]

    return ListCall(
        list_product_videos,
        read_items=read,
        arguments=w.arguments(
            list_product_videos._get_kwargs,
            **history_filters(
                status,
                sort_by,
                sort_order,
                LIST_PRODUCT_VIDEOS_STATUS_VALUES,
                LIST_PRODUCT_VIDEOS_SORT_ORDER_VALUES,
            ),
        ),
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
        options=options,
    )


def previews_call(
    product: str | Product,
    spec: ProductVideoSpec | None,
    visual_styles: Any,
    fields: dict[str, Any],
    files: Files,
) -> Call[list[Preview]]:
    options = _pop_call_keywords(fields, create_product_previews)
    styles = v.text_list("visual_styles", visual_styles)
    body = resolve_spec(spec, fields)._to_previews_wire(job_id("product_id", product), styles)

    def parse(data: Any) -> list[Preview]:
        m, _ = w.data(CreateProductPreviewsResponse200DataType0.from_dict, data, "previews")
        return [
            Preview._from_wire(
                i, raw, files, id=i.preview_id, visual_style=i.visual_style, error=i.err_msg
            )
            for i, raw in w.items(m.previews, CreatedPreviewItem)
        ]

    return Call(
        create_product_previews,
        w.arguments(create_product_previews._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def render_call(preview: str | Preview, files: Files, options: RenderOptions) -> Call[ProductVideo]:
    body = RenderProductPreviewBody(preview_id=job_id("preview_id", preview))

    def parse(data: Any) -> ProductVideo:
        m, raw = w.data(RenderProductPreviewResponse200DataType0.from_dict, data, "a video")
        return ProductVideo._from_wire(m, raw, files, id=m.video_id, status=m.status)

    return Call(
        render_product_preview,
        w.arguments(render_product_preview._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def preview_list_spec(
    status: Any,
    sort_by: str | None,
    sort_order: str | None,
    page_size: int | None,
    files: Files,
    options: RequestOptions,
) -> ListCall[Preview]:
    def read(data: Any) -> list[Preview]:
        m, _ = w.data(ListProductPreviewsResponse200DataType0.from_dict, data, "previews")
        return [
            Preview._from_wire(
                i,
                raw,
                files,
                id=i.id,
                status=i.status,
                title=i.title,
                video_url=i.video_url,
                cover_url=i.cover_url,
                duration=i.video_duration,
                created_at=i.created_at,
            )
            for i, raw in w.items(m.previews, ListedPreviewItem)
        ]

    return ListCall(
        list_product_previews,
        read_items=read,
        arguments=w.arguments(
            list_product_previews._get_kwargs,
            **history_filters(
                status,
                sort_by,
                sort_order,
                LIST_PRODUCT_PREVIEWS_STATUS_VALUES,
                LIST_PRODUCT_PREVIEWS_SORT_ORDER_VALUES,
            ),
        ),
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
        options=options,
    )


class ProductVideos(SyncResource):
    """Videos made from a product: create, look up, list, wait for."""

    def create(
        self,
        product_id: str | Product,
        spec: ProductVideoSpec | None = None,
        **fields: Unpack[ProductVideoCallFields],
    ) -> ProductVideo:
        """Start a video for a product. Keyword arguments override fields of ``spec``.

        product_id: the product (its id, or the Product).
        spec: the video's settings (ProductVideoSpec); keyword fields override them.
        **fields: ProductVideoSpec fields by name, overriding ``spec``'s, and **options.
        """
        return self._call(create_call(product_id, spec, dict(fields), self._files))

    def retrieve(
        self, video_id: str | ProductVideo, **options: Unpack[RequestOptions]
    ) -> ProductVideo:
        """The video as it is now.

        video_id: the video (its id, or the ProductVideo).
        """
        return self._call(retrieve_call(video_id, self._files, options))

    def list(
        self,
        *,
        status: StatusFilter | None = None,
        sort_by: str | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[ProductVideo]:
        """Every product video, newest first by default, fetched page by page as you iterate.

        status: only videos in this state (processing, completed or failed).
        sort_by: the field to sort by (the API's default: created_at).
        sort_order: asc or desc.
        page_size: items per page (1-100).
        """
        return self._list(list_spec(status, sort_by, sort_order, page_size, self._files, options))

    def wait(
        self,
        video_id: str | ProductVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ProductVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError).

        video_id: the video (its id, or the ProductVideo).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        """
        vid = job_id("video_id", video_id)
        return self._wait(vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress)

    def create_and_wait(
        self,
        product_id: str | Product,
        spec: ProductVideoSpec | None = None,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[ProductVideoWaitFields],
    ) -> ProductVideo:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created video: resume with ``wait``, never create again.

        product_id: the product (its id, or the Product).
        spec: the video's settings (ProductVideoSpec); keyword fields override them.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        **fields: ProductVideoSpec fields by name, overriding ``spec``'s.
        """
        video = self._call(
            create_call(product_id, spec, dict(fields), self._files, with_options=False)
        )
        return self._wait_created(
            video,
            self.retrieve,
            "client.product_videos.wait",
            timeout,
            poll_interval,
            on_progress,
        )


class AsyncProductVideos(AsyncResource):
    """Videos made from a product: create, look up, list, wait for."""

    async def create(
        self,
        product_id: str | Product,
        spec: ProductVideoSpec | None = None,
        **fields: Unpack[ProductVideoCallFields],
    ) -> ProductVideo:
        """Start a video for a product. Keyword arguments override fields of ``spec``.

        product_id: the product (its id, or the Product).
        spec: the video's settings (ProductVideoSpec); keyword fields override them.
        **fields: ProductVideoSpec fields by name, overriding ``spec``'s, and **options.
        """
        return await self._call(create_call(product_id, spec, dict(fields), self._files))

    async def retrieve(
        self, video_id: str | ProductVideo, **options: Unpack[RequestOptions]
    ) -> ProductVideo:
        """The video as it is now.

        video_id: the video (its id, or the ProductVideo).
        """
        return await self._call(retrieve_call(video_id, self._files, options))

    def list(
        self,
        *,
        status: StatusFilter | None = None,
        sort_by: str | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ProductVideo]:
        """Every product video, newest first by default, fetched page by page as you iterate.

        status: only videos in this state (processing, completed or failed).
        sort_by: the field to sort by (the API's default: created_at).
        sort_order: asc or desc.
        page_size: items per page (1-100).
        """
        return self._list(list_spec(status, sort_by, sort_order, page_size, self._files, options))

    async def wait(
        self,
        video_id: str | ProductVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ProductVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError).

        video_id: the video (its id, or the ProductVideo).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        """
        vid = job_id("video_id", video_id)
        return await self._wait(
            vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress
        )

    async def create_and_wait(
        self,
        product_id: str | Product,
        spec: ProductVideoSpec | None = None,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[ProductVideoWaitFields],
    ) -> ProductVideo:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created video: resume with ``wait``, never create again.

        product_id: the product (its id, or the Product).
        spec: the video's settings (ProductVideoSpec); keyword fields override them.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        **fields: ProductVideoSpec fields by name, overriding ``spec``'s.
        """
        video = await self._call(
            create_call(product_id, spec, dict(fields), self._files, with_options=False)
        )
        return await self._wait_created(
            video,
            self.retrieve,
            "client.product_videos.wait",
            timeout,
            poll_interval,
            on_progress,
        )


class Previews(SyncResource):
    """Previews of a product video in several visual styles, and rendering one of them."""

    def create(
        self,
        product_id: str | Product,
        spec: ProductVideoSpec | None = None,
        *,
        visual_styles: list[str],
        **fields: Unpack[PreviewCallFields],
    ) -> list[Preview]:
        """Ask for one preview per visual style (ready in 2-3 minutes); render the one you like.

        product_id: the product (its id, or the Product).
        spec: the video's settings (ProductVideoSpec); keyword fields override them.
        visual_styles: the visual styles to preview (names from visual_styles.list()).
        **fields: ProductVideoSpec fields by name, overriding ``spec``'s, and **options.
        """
        return self._call(previews_call(product_id, spec, visual_styles, dict(fields), self._files))

    def render(self, preview_id: str | Preview, **options: Unpack[RenderOptions]) -> ProductVideo:
        """Turn a preview into the full video; wait for it with ``product_videos.wait``.

        preview_id: the preview (its id, or the Preview).
        """
        return self._call(render_call(preview_id, self._files, options))

    def list(
        self,
        *,
        status: StatusFilter | None = None,
        sort_by: str | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[Preview]:
        """Every preview, page by page as you iterate.

        status: only previews in this state (processing, completed or failed).
        sort_by: the field to sort by (the API's default: created_at).
        sort_order: asc or desc.
        page_size: items per page (1-100).
        """
        return self._list(
            preview_list_spec(status, sort_by, sort_order, page_size, self._files, options)
        )


class AsyncPreviews(AsyncResource):
    """Previews of a product video in several visual styles, and rendering one of them."""

    async def create(
        self,
        product_id: str | Product,
        spec: ProductVideoSpec | None = None,
        *,
        visual_styles: list[str],
        **fields: Unpack[PreviewCallFields],
    ) -> list[Preview]:
        """Ask for one preview per visual style (ready in 2-3 minutes); render the one you like.

        product_id: the product (its id, or the Product).
        spec: the video's settings (ProductVideoSpec); keyword fields override them.
        visual_styles: the visual styles to preview (names from visual_styles.list()).
        **fields: ProductVideoSpec fields by name, overriding ``spec``'s, and **options.
        """
        return await self._call(
            previews_call(product_id, spec, visual_styles, dict(fields), self._files)
        )

    async def render(
        self, preview_id: str | Preview, **options: Unpack[RenderOptions]
    ) -> ProductVideo:
        """Turn a preview into the full video; wait for it with ``product_videos.wait``.

        preview_id: the preview (its id, or the Preview).
        """
        return await self._call(render_call(preview_id, self._files, options))

    def list(
        self,
        *,
        status: StatusFilter | None = None,
        sort_by: str | None = None,
        sort_order: SortOrder | None = None,
        page_size: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Preview]:
        """Every preview, page by page as you iterate.

        status: only previews in this state (processing, completed or failed).
        sort_by: the field to sort by (the API's default: created_at).
        sort_order: asc or desc.
        page_size: items per page (1-100).
        """
        return self._list(
            preview_list_spec(status, sort_by, sort_order, page_size, self._files, options)
        )
