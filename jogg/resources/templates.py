"""Templates (the public catalogue and the account's own) and the videos made from them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import _validation as v
from .._args import ASPECT_RATIOS, avatar_ref, optional_voice_id
from .._download import AsyncFiles, SyncFiles
from .._errors import ValidationError
from .._operations import operation
from .._pagination import AsyncPager, ListCall, SyncPager
from .._polling import ProgressCallback
from .._transport import Call
from ..builders import TemplateVariable
from ..types import Avatar, Template, TemplateVideo, Voice
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id, list_status

SORT_ORDERS = ("asc", "desc")
Files = SyncFiles | AsyncFiles


def templates_spec(op_id: str, aspect_ratio: str | None, custom: bool) -> ListCall[Template]:
    return ListCall(
        operation(op_id),
        items_key="templates",
        parse_item=lambda item: Template.from_data(item, custom=custom),
        query={"aspect_ratio": v.optional_choice("aspect_ratio", aspect_ratio, ASPECT_RATIOS)},
        paged=False,
    )


def checked_template_id(value: Any) -> int:
    """A template id, given as the number or as a ``Template`` from a list call."""
    if isinstance(value, Template):
        value = value.id
    return v.integer("template_id", value, minimum=1)


def custom_template_call(value: Any) -> Call[Template]:
    tid = checked_template_id(value)
    return Call(
        operation("get_custom_template"),
        parse=lambda data: Template.from_data(data, custom=True),
        path_params={"id": tid},
    )


def variables_body(variables: Any) -> list[dict[str, Any]]:
    if isinstance(variables, str | bytes | TemplateVariable) or not isinstance(variables, Sequence):
        raise ValidationError("variables", variables, "a list of TemplateVariable")
    out = []
    for index, item in enumerate(variables):
        if not isinstance(item, TemplateVariable):
            raise ValidationError(
                f"variables[{index}]",
                item,
                "a TemplateVariable (TemplateVariable.text/.image/.video/.script)",
            )
        out.append(item.to_body())
    return out


def create_body(
    *,
    template_id: Any,
    voice_language: Any,
    variables: Any,
    name: Any,
    avatar: Any,
    avatar_type: Any,
    voice: Any,
    captions: Any,
    music_id: Any,
    disable_random_transitions: Any,
    disable_random_motion: Any,
    disable_transitions: Any,
    disable_motion: Any,
    webhook_url: Any,
) -> dict[str, Any]:
    """The body of create_video_with_template; the keywords are those of ``create``."""
    body: dict[str, Any] = {
        "template_id": checked_template_id(template_id),
        "voice_language": v.text("voice_language", voice_language),
        "variables": variables_body(variables),
        "video_name": v.optional_text("name", name),
        "voice_id": optional_voice_id("voice", voice),
        "captions_enabled": v.optional_boolean("captions", captions),
        "background_music_id": v.optional_integer("music_id", music_id, minimum=0),
        "disable_random_trans": v.optional_boolean(
            "disable_random_transitions", disable_random_transitions
        ),
        "disable_random_moving": v.optional_boolean("disable_random_motion", disable_random_motion),
        "disable_trans": v.optional_boolean("disable_transitions", disable_transitions),
        "disable_moving": v.optional_boolean("disable_motion", disable_motion),
        "webhook_url": v.optional_url("webhook_url", webhook_url),
    }
    if avatar is not None:
        body["avatar_id"], body["avatar_type"] = avatar_ref(avatar, avatar_type)
    elif avatar_type is not None:
        raise ValidationError("avatar_type", avatar_type, "None when no avatar is given")
    return v.drop_none(body)


def arguments(given: dict[str, Any]) -> dict[str, Any]:
    """A method's ``locals()`` without ``self``: its keyword arguments for ``create_body``."""
    return {key: value for key, value in given.items() if key != "self"}


def create_call(body: dict[str, Any], files: Files) -> Call[TemplateVideo]:
    return Call(
        operation("create_video_from_template"),
        parse=lambda data: TemplateVideo.from_data(data, files=files),
        body=body,
    )


def retrieve_call(video_id: Any, files: Files) -> Call[TemplateVideo]:
    vid = job_id("video_id", video_id)
    return Call(
        operation("get_template_video"),
        parse=lambda data: TemplateVideo.from_data(data, id=vid, files=files),
        path_params={"video_id": vid},
    )


def list_spec(
    status: Any, sort_by: Any, sort_order: Any, page_size: Any, files: Files
) -> ListCall[TemplateVideo]:
    return ListCall(
        operation("list_template_videos"),
        items_key="data",
        parse_item=lambda item: TemplateVideo.from_data(item, files=files),
        query={
            "status": list_status(status),
            "sort_by": v.optional_text("sort_by", sort_by),
            "sort_order": v.optional_choice("sort_order", sort_order, SORT_ORDERS),
        },
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
    )


class Templates(SyncResource):
    def list(self, aspect_ratio: str | None = None) -> SyncPager[Template]:
        """The public templates (one request; iterate the result)."""
        return self._list(templates_spec("list_templates", aspect_ratio, custom=False))

    def list_custom(self, aspect_ratio: str | None = None) -> SyncPager[Template]:
        """The account's own templates."""
        return self._list(templates_spec("list_custom_templates", aspect_ratio, custom=True))

    def retrieve_custom(self, template_id: int | Template) -> Template:
        """One custom template with its variables (what ``template_videos.create`` fills)."""
        return self._call(custom_template_call(template_id))


class AsyncTemplates(AsyncResource):
    def list(self, aspect_ratio: str | None = None) -> AsyncPager[Template]:
        return self._list(templates_spec("list_templates", aspect_ratio, custom=False))

    def list_custom(self, aspect_ratio: str | None = None) -> AsyncPager[Template]:
        return self._list(templates_spec("list_custom_templates", aspect_ratio, custom=True))

    async def retrieve_custom(self, template_id: int | Template) -> Template:
        return await self._call(custom_template_call(template_id))


class TemplateVideos(SyncResource):
    def create(
        self,
        template_id: int | Template,
        *,
        voice_language: str,
        variables: Sequence[TemplateVariable],
        name: str | None = None,
        avatar: int | Avatar | None = None,
        avatar_type: str | None = None,
        voice: str | Voice | None = None,
        captions: bool | None = None,
        music_id: int | None = None,
        disable_random_transitions: bool | None = None,
        disable_random_motion: bool | None = None,
        disable_transitions: bool | None = None,
        disable_motion: bool | None = None,
        webhook_url: str | None = None,
    ) -> TemplateVideo:
        """Start a video from a template, filling its ``variables`` (see TemplateVariable)."""
        body = create_body(**arguments(locals()))
        return self._call(create_call(body, self._files))

    def retrieve(self, video_id: str | TemplateVideo) -> TemplateVideo:
        return self._call(retrieve_call(video_id, self._files))

    def list(
        self,
        *,
        status: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int | None = None,
    ) -> SyncPager[TemplateVideo]:
        """Every template video, fetched page by page as you iterate."""
        return self._list(list_spec(status, sort_by, sort_order, page_size, self._files))

    def wait(
        self,
        video_id: str | TemplateVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> TemplateVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError)."""
        vid = job_id("video_id", video_id)
        return self._wait(vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress)


class AsyncTemplateVideos(AsyncResource):
    async def create(
        self,
        template_id: int | Template,
        *,
        voice_language: str,
        variables: Sequence[TemplateVariable],
        name: str | None = None,
        avatar: int | Avatar | None = None,
        avatar_type: str | None = None,
        voice: str | Voice | None = None,
        captions: bool | None = None,
        music_id: int | None = None,
        disable_random_transitions: bool | None = None,
        disable_random_motion: bool | None = None,
        disable_transitions: bool | None = None,
        disable_motion: bool | None = None,
        webhook_url: str | None = None,
    ) -> TemplateVideo:
        body = create_body(**arguments(locals()))
        return await self._call(create_call(body, self._files))

    async def retrieve(self, video_id: str | TemplateVideo) -> TemplateVideo:
        return await self._call(retrieve_call(video_id, self._files))

    def list(
        self,
        *,
        status: str | None = None,
        sort_by: str | None = None,
        sort_order: str | None = None,
        page_size: int | None = None,
    ) -> AsyncPager[TemplateVideo]:
        return self._list(list_spec(status, sort_by, sort_order, page_size, self._files))

    async def wait(
        self,
        video_id: str | TemplateVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> TemplateVideo:
        vid = job_id("video_id", video_id)
        return await self._wait(
            vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress
        )
