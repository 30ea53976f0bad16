"""Visual styles of product videos (``client.visual_styles``)."""

from __future__ import annotations

from typing import Any, Unpack

from jogg_api.api.asset import list_visual_styles
from jogg_api.models.list_visual_styles_aspect_ratio import (
    LIST_VISUAL_STYLES_ASPECT_RATIO_VALUES,
    ListVisualStylesAspectRatio,
)
from jogg_api.models.list_visual_styles_response_200_data_type_0 import (
    ListVisualStylesResponse200DataType0,
)
from jogg_api.models.list_visual_styles_response_200_data_type_0_visual_styles_type_0_item import (
    ListVisualStylesResponse200DataType0VisualStylesType0Item as VisualStyleItem,
)

from .. import _wire as w
from .._options import RequestOptions
from .._pagination import AsyncPager, ListCall, SyncPager
from .._results.avatars import VisualStyle
from ._base import AsyncResource, SyncResource

__all__ = ["AsyncVisualStyles", "StyleAspectRatio", "VisualStyles"]

# The facade's name for the spec's set of this filter.
StyleAspectRatio = ListVisualStylesAspectRatio


def list_spec(aspect_ratio: Any, options: RequestOptions) -> ListCall[VisualStyle]:
    def read(data: Any) -> list[VisualStyle]:
        m, _ = w.data(ListVisualStylesResponse200DataType0.from_dict, data, "visual styles")
        return [
            VisualStyle._from_wire(i, raw) for i, raw in w.items(m.visual_styles, VisualStyleItem)
        ]

    return ListCall(
        list_visual_styles,
        read_items=read,
        arguments=w.arguments(
            list_visual_styles._get_kwargs,
            aspect_ratio=w.given_choice(
                "aspect_ratio", aspect_ratio, LIST_VISUAL_STYLES_ASPECT_RATIO_VALUES
            ),
        ),
        paged=False,
        options=options,
    )


class VisualStyles(SyncResource):
    """Visual styles of product videos; pass a style's name as ``visual_style``."""

    def list(
        self,
        *,
        aspect_ratio: StyleAspectRatio | None = None,
        **options: Unpack[RequestOptions],
    ) -> SyncPager[VisualStyle]:
        """Every visual style, all in one request.

        aspect_ratio: only styles made for this shape (portrait, landscape or square).
        """
        return self._list(list_spec(aspect_ratio, options))


class AsyncVisualStyles(AsyncResource):
    """Visual styles of product videos; pass a style's name as ``visual_style``."""

    def list(
        self,
        *,
        aspect_ratio: StyleAspectRatio | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[VisualStyle]:
        """Every visual style, all in one request.

        aspect_ratio: only styles made for this shape (portrait, landscape or square).
        """
        return self._list(list_spec(aspect_ratio, options))
