"""Templates: the public catalogue and the account's own (the videos made from them are in
template_videos.py, re-exported here)."""

from __future__ import annotations

from typing import Any, Unpack

from jogg_api.api.template import get_custom_template, list_custom_templates, list_templates
from jogg_api.models.list_custom_templates_aspect_ratio import (
    LIST_CUSTOM_TEMPLATES_ASPECT_RATIO_VALUES,
)
from jogg_api.models.list_custom_templates_response_200_data_type_0 import (
    ListCustomTemplatesResponse200DataType0,
)
from jogg_api.models.list_templates_aspect_ratio import (
    LIST_TEMPLATES_ASPECT_RATIO_VALUES,
    ListTemplatesAspectRatio,
)
from jogg_api.models.list_templates_response_200_data_type_0 import (
    ListTemplatesResponse200DataType0,
)
from jogg_api.models.list_templates_response_200_data_type_0_templates_type_0_item import (
    ListTemplatesResponse200DataType0TemplatesType0Item as ListedTemplateItem,
)
from jogg_api.models.template_info import TemplateInfo

from .. import _wire as w
from .._options import RequestOptions
from .._pagination import AsyncPager, ListCall, SyncPager
from .._results.videos import Template
from .._transport import Call
from ._base import AsyncResource, SyncResource
from .template_videos import AsyncTemplateVideos, TemplateVideos, checked_template_id

__all__ = ["AsyncTemplateVideos", "AsyncTemplates", "TemplateVideos", "Templates"]

# Both template lists take the same set of aspect ratios.
AspectRatio = ListTemplatesAspectRatio


def _listed_template(item: ListedTemplateItem | TemplateInfo, raw: Any, custom: bool) -> Template:
    return Template._from_wire(
        item,
        raw,
        id=item.id,
        name=item.name,
        cover_url=item.cover_url,
        preview_url=item.preview_url,
        aspect_ratio=item.aspect_ratio,
        custom=custom,
    )


def _public_templates(data: Any) -> list[Template]:
    m, _ = w.data(ListTemplatesResponse200DataType0.from_dict, data, "templates")
    return [_listed_template(i, raw, False) for i, raw in w.items(m.templates, ListedTemplateItem)]


def _custom_templates(data: Any) -> list[Template]:
    m, _ = w.data(ListCustomTemplatesResponse200DataType0.from_dict, data, "templates")
    return [_listed_template(i, raw, True) for i, raw in w.items(m.templates, TemplateInfo)]


def templates_spec(aspect_ratio: Any, options: RequestOptions) -> ListCall[Template]:
    return ListCall(
        list_templates,
        read_items=_public_templates,
        arguments=w.arguments(
            list_templates._get_kwargs,
            aspect_ratio=w.given_choice(
                "aspect_ratio", aspect_ratio, LIST_TEMPLATES_ASPECT_RATIO_VALUES
            ),
        ),
        paged=False,
        options=options,
    )


def custom_templates_spec(aspect_ratio: Any, options: RequestOptions) -> ListCall[Template]:
    return ListCall(
        list_custom_templates,
        read_items=_custom_templates,
        arguments=w.arguments(
            list_custom_templates._get_kwargs,
            aspect_ratio=w.given_choice(
                "aspect_ratio", aspect_ratio, LIST_CUSTOM_TEMPLATES_ASPECT_RATIO_VALUES
            ),
        ),
        paged=False,
        options=options,
    )


def custom_template_call(template: Any, options: RequestOptions) -> Call[Template]:
    return Call(
        get_custom_template,
        w.arguments(get_custom_template._get_kwargs, id=checked_template_id(template)),
        parse=lambda data: Template.from_data(data, custom=True),
        options=options,
    )


class Templates(SyncResource):
    """Templates: the public catalogue and the account's own."""

    def list(
        self, aspect_ratio: AspectRatio | None = None, **options: Unpack[RequestOptions]
    ) -> SyncPager[Template]:
        """The public templates (one request; iterate the result).

        aspect_ratio: only templates of this shape (portrait, landscape or square).
        """
        return self._list(templates_spec(aspect_ratio, options))

    def list_custom(
        self, aspect_ratio: AspectRatio | None = None, **options: Unpack[RequestOptions]
    ) -> SyncPager[Template]:
        """The account's own templates (one request; iterate the result).

        aspect_ratio: only templates of this shape (portrait, landscape or square).
        """
        return self._list(custom_templates_spec(aspect_ratio, options))

    def retrieve_custom(
        self, template_id: int | Template, **options: Unpack[RequestOptions]
    ) -> Template:
        """One custom template with its variables (what ``template_videos.create`` fills).

        template_id: the template (its id, or the Template).
        """
        return self._call(custom_template_call(template_id, options))


class AsyncTemplates(AsyncResource):
    """Templates: the public catalogue and the account's own."""

    def list(
        self, aspect_ratio: AspectRatio | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[Template]:
        """The public templates (one request; iterate the result).

        aspect_ratio: only templates of this shape (portrait, landscape or square).
        """
        return self._list(templates_spec(aspect_ratio, options))

    def list_custom(
        self, aspect_ratio: AspectRatio | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[Template]:
        """The account's own templates (one request; iterate the result).

        aspect_ratio: only templates of this shape (portrait, landscape or square).
        """
        return self._list(custom_templates_spec(aspect_ratio, options))

    async def retrieve_custom(
        self, template_id: int | Template, **options: Unpack[RequestOptions]
    ) -> Template:
        """One custom template with its variables (what ``template_videos.create`` fills).

        template_id: the template (its id, or the Template).
        """
        return await self._call(custom_template_call(template_id, options))
