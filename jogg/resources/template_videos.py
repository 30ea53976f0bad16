"""Videos made from templates: create (filling the template's variables), look up, list, wait."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Literal, Unpack

from jogg_api.api.video import (
    create_video_from_template,
    get_template_video,
    list_template_videos,
)
from jogg_api.body_keywords import CreateVideoFromTemplateKeywords
from jogg_api.models.create_video_from_template_body import CreateVideoFromTemplateBody
from jogg_api.models.create_video_from_template_body_variables_item import (
    CreateVideoFromTemplateBodyVariablesItem,
)
from jogg_api.models.create_video_from_template_response_200_data_type_0 import (
    CreateVideoFromTemplateResponse200DataType0,
)
from jogg_api.models.list_template_videos_response_200_data_type_0 import (
    ListTemplateVideosResponse200DataType0,
)
from jogg_api.models.list_template_videos_response_200_data_type_0_data_type_0_item import (
    ListTemplateVideosResponse200DataType0DataType0Item as ListedVideoItem,
)
from jogg_api.models.list_template_videos_sort_order import (
    LIST_TEMPLATE_VIDEOS_SORT_ORDER_VALUES,
    ListTemplateVideosSortOrder,
)
from jogg_api.models.list_template_videos_status import LIST_TEMPLATE_VIDEOS_STATUS_VALUES

from .. import _validation as v
from .. import _wire as w
from .._args import AvatarTypeName, avatar_ref, optional_voice_id
from .._download import AsyncFiles, SyncFiles
from .._errors import ValidationError
from .._options import RequestOptions
from .._pagination import AsyncPager, ListCall, SyncPager
from .._polling import ProgressCallback
from .._results.avatars import Avatar, Voice
from .._results.videos import Template, TemplateVideo
from .._transport import Call
from ..builders import TemplateVariable
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, history_filters, job_id

Files = SyncFiles | AsyncFiles
SortOrder = ListTemplateVideosSortOrder
# The facade's names for the list's status codes (see jogg._status.LIST_FILTER_CODES).
StatusFilter = Literal["processing", "completed", "failed"]


class CreateOptions(RequestOptions, CreateVideoFromTemplateKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


def checked_template_id(value: Any) -> int:
    """A template id, given as the number or as a ``Template`` from a list call."""
    if isinstance(value, Template):
        value = value.id
    return v.integer("template_id", value, minimum=1)


def variable_models(variables: Any) -> list[CreateVideoFromTemplateBodyVariablesItem]:
    if isinstance(variables, str | bytes | TemplateVariable) or not isinstance(variables, Sequence):
        raise ValidationError("variables", variables, "a list of TemplateVariable")
    found = []
    for index, item in enumerate(variables):
        if not isinstance(item, TemplateVariable):
            raise ValidationError(
                f"variables[{index}]",
                item,
                "a TemplateVariable (TemplateVariable.text/.image/.video/.script)",
            )
        found.append(item._to_wire())
    return found


def create_call(
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
    files: Files,
    options: CreateOptions,
) -> Call[TemplateVideo]:
    """create_video_from_template; the keywords are those of ``create``."""
    if avatar is not None:
        avatar_id, avatar_code = avatar_ref(avatar, avatar_type)
    elif avatar_type is not None:
        raise ValidationError("avatar_type", avatar_type, "None when no avatar is given")
    else:
        avatar_id, avatar_code = None, None
    body = CreateVideoFromTemplateBody(
        template_id=checked_template_id(template_id),
        voice_language=v.text("voice_language", voice_language),
        variables=variable_models(variables),
        video_name=w.given(v.optional_text("name", name)),
        voice_id=w.given(optional_voice_id("voice", voice)),
        captions_enabled=w.given(v.optional_boolean("captions", captions)),
        background_music_id=w.given(v.optional_integer("music_id", music_id, minimum=0)),
        disable_random_trans=w.given(
            v.optional_boolean("disable_random_transitions", disable_random_transitions)
        ),
        disable_random_moving=w.given(
            v.optional_boolean("disable_random_motion", disable_random_motion)
        ),
        disable_trans=w.given(v.optional_boolean("disable_transitions", disable_transitions)),
        disable_moving=w.given(v.optional_boolean("disable_motion", disable_motion)),
        webhook_url=w.given(v.optional_url("webhook_url", webhook_url)),
        avatar_id=w.given(avatar_id),
        avatar_type=w.given(avatar_code),
    )

    def parse(data: Any) -> TemplateVideo:
        m, raw = w.data(CreateVideoFromTemplateResponse200DataType0.from_dict, data, "a video")
        return TemplateVideo._from_wire(m, raw, files, id=m.video_id)

    return Call(
        create_video_from_template,
        w.arguments(create_video_from_template._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def _fields(given: dict[str, Any], *left_out: str) -> dict[str, Any]:
    """A method's ``locals()`` as the keyword arguments of ``create``."""
    return {key: value for key, value in given.items() if key not in ("self", *left_out)}


def retrieve_call(video: Any, files: Files, options: RequestOptions) -> Call[TemplateVideo]:
    vid = job_id("video_id", video)
    return Call(
        get_template_video,
        w.arguments(get_template_video._get_kwargs, video_id=vid),
        parse=lambda data: TemplateVideo.from_data(data, id=vid, files=files),
        options=options,
    )


def _listed_video(item: ListedVideoItem, raw: Any, files: Files) -> TemplateVideo:
    return TemplateVideo._from_wire(
        item,
        raw,
        files,
        id=item.video_id,
        status=item.status,
        name=item.video_name,
        video_url=item.url,
        cover_url=item.cover_url,
        duration=item.duration_seconds,
        created_at=item.created_at,
        error=item.error,
    )


def list_spec(
    status: Any,
    sort_by: Any,
    sort_order: Any,
    page_size: Any,
    files: Files,
    options: RequestOptions,
) -> ListCall[TemplateVideo]:
    def read(data: Any) -> list[TemplateVideo]:
        m, _ = w.data(ListTemplateVideosResponse200DataType0.from_dict, data, "template videos")
        return [_listed_video(i, raw, files) for i, raw in w.items(m.data, ListedVideoItem)]

    return ListCall(
        list_template_videos,
        read_items=read,
        arguments=w.arguments(
            list_template_videos._get_kwargs,
            **history_filters(
                status,
                sort_by,
                sort_order,
                LIST_TEMPLATE_VIDEOS_STATUS_VALUES,
                LIST_TEMPLATE_VIDEOS_SORT_ORDER_VALUES,
            ),
        ),
        page_size=v.optional_integer("page_size", page_size, minimum=1, maximum=100),
        options=options,
    )


class TemplateVideos(SyncResource):
    """Videos made from templates: create, look up, list, wait for."""

    def create(
        self,
        template_id: int | Template,
        *,
        voice_language: str,
        variables: Sequence[TemplateVariable],
        name: str | None = None,
        avatar: int | Avatar | None = None,
        avatar_type: AvatarTypeName | None = None,
        voice: str | Voice | None = None,
        captions: bool | None = None,
        music_id: int | None = None,
        disable_random_transitions: bool | None = None,
        disable_random_motion: bool | None = None,
        disable_transitions: bool | None = None,
        disable_motion: bool | None = None,
        webhook_url: str | None = None,
        **options: Unpack[CreateOptions],
    ) -> TemplateVideo:
        """Start a video from a template, filling its ``variables`` (see TemplateVariable).

        template_id: the template (its id, or the Template).
        voice_language: the language of the voice-over (for example english).
        variables: the template's variables, filled in (TemplateVariable values).
        name: the video's name.
        avatar: the avatar that presents (its id, or a public or custom Avatar).
        avatar_type: public or custom; only needed for a bare custom avatar id.
        voice: the voice (its id, or the Voice).
        captions: whether to burn in captions.
        music_id: the background music (a music id).
        disable_random_transitions: turn off the randomly chosen transitions.
        disable_random_motion: turn off the randomly chosen motion.
        disable_transitions: turn off transitions between scenes.
        disable_motion: turn off motion within scenes.
        webhook_url: where the API reports the outcome.
        """
        fields = _fields(locals(), "options")
        return self._call(create_call(**fields, files=self._files, options=options))

    def retrieve(
        self, video_id: str | TemplateVideo, **options: Unpack[RequestOptions]
    ) -> TemplateVideo:
        """The video as it is now.

        video_id: the video (its id, or the TemplateVideo).
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
    ) -> SyncPager[TemplateVideo]:
        """Every template video, newest first by default, fetched page by page as you iterate.

        status: only videos in this state (processing, completed or failed).
        sort_by: the field to sort by (the API's default: created_at).
        sort_order: asc or desc.
        page_size: items per page (1-100).
        """
        return self._list(list_spec(status, sort_by, sort_order, page_size, self._files, options))

    def wait(
        self,
        video_id: str | TemplateVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> TemplateVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError).

        video_id: the video (its id, or the TemplateVideo).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        """
        vid = job_id("video_id", video_id)
        return self._wait(vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress)

    def create_and_wait(
        self,
        template_id: int | Template,
        *,
        voice_language: str,
        variables: Sequence[TemplateVariable],
        name: str | None = None,
        avatar: int | Avatar | None = None,
        avatar_type: AvatarTypeName | None = None,
        voice: str | Voice | None = None,
        captions: bool | None = None,
        music_id: int | None = None,
        disable_random_transitions: bool | None = None,
        disable_random_motion: bool | None = None,
        disable_transitions: bool | None = None,
        disable_motion: bool | None = None,
        webhook_url: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateVideoFromTemplateKeywords],
    ) -> TemplateVideo:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created video: resume with ``wait``, never create again.

        template_id: the template (its id, or the Template).
        voice_language: the language of the voice-over (for example english).
        variables: the template's variables, filled in (TemplateVariable values).
        name: the video's name.
        avatar: the avatar that presents (its id, or a public or custom Avatar).
        avatar_type: public or custom; only needed for a bare custom avatar id.
        voice: the voice (its id, or the Voice).
        captions: whether to burn in captions.
        music_id: the background music (a music id).
        disable_random_transitions: turn off the randomly chosen transitions.
        disable_random_motion: turn off the randomly chosen motion.
        disable_transitions: turn off transitions between scenes.
        disable_motion: turn off motion within scenes.
        webhook_url: where the API reports the outcome.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        video = self.create(
            **_fields(locals(), "timeout", "poll_interval", "on_progress", "fields"), **fields
        )
        return self._wait_created(
            video, self.retrieve, "client.template_videos.wait", timeout, poll_interval, on_progress
        )


class AsyncTemplateVideos(AsyncResource):
    """Videos made from templates: create, look up, list, wait for."""

    async def create(
        self,
        template_id: int | Template,
        *,
        voice_language: str,
        variables: Sequence[TemplateVariable],
        name: str | None = None,
        avatar: int | Avatar | None = None,
        avatar_type: AvatarTypeName | None = None,
        voice: str | Voice | None = None,
        captions: bool | None = None,
        music_id: int | None = None,
        disable_random_transitions: bool | None = None,
        disable_random_motion: bool | None = None,
        disable_transitions: bool | None = None,
        disable_motion: bool | None = None,
        webhook_url: str | None = None,
        **options: Unpack[CreateOptions],
    ) -> TemplateVideo:
        """Start a video from a template, filling its ``variables`` (see TemplateVariable).

        template_id: the template (its id, or the Template).
        voice_language: the language of the voice-over (for example english).
        variables: the template's variables, filled in (TemplateVariable values).
        name: the video's name.
        avatar: the avatar that presents (its id, or a public or custom Avatar).
        avatar_type: public or custom; only needed for a bare custom avatar id.
        voice: the voice (its id, or the Voice).
        captions: whether to burn in captions.
        music_id: the background music (a music id).
        disable_random_transitions: turn off the randomly chosen transitions.
        disable_random_motion: turn off the randomly chosen motion.
        disable_transitions: turn off transitions between scenes.
        disable_motion: turn off motion within scenes.
        webhook_url: where the API reports the outcome.
        """
        fields = _fields(locals(), "options")
        return await self._call(create_call(**fields, files=self._files, options=options))

    async def retrieve(
        self, video_id: str | TemplateVideo, **options: Unpack[RequestOptions]
    ) -> TemplateVideo:
        """The video as it is now.

        video_id: the video (its id, or the TemplateVideo).
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
    ) -> AsyncPager[TemplateVideo]:
        """Every template video, newest first by default, fetched page by page as you iterate.

        status: only videos in this state (processing, completed or failed).
        sort_by: the field to sort by (the API's default: created_at).
        sort_order: asc or desc.
        page_size: items per page (1-100).
        """
        return self._list(list_spec(status, sort_by, sort_order, page_size, self._files, options))

    async def wait(
        self,
        video_id: str | TemplateVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> TemplateVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError).

        video_id: the video (its id, or the TemplateVideo).
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
        template_id: int | Template,
        *,
        voice_language: str,
        variables: Sequence[TemplateVariable],
        name: str | None = None,
        avatar: int | Avatar | None = None,
        avatar_type: AvatarTypeName | None = None,
        voice: str | Voice | None = None,
        captions: bool | None = None,
        music_id: int | None = None,
        disable_random_transitions: bool | None = None,
        disable_random_motion: bool | None = None,
        disable_transitions: bool | None = None,
        disable_motion: bool | None = None,
        webhook_url: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateVideoFromTemplateKeywords],
    ) -> TemplateVideo:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created video: resume with ``wait``, never create again.

        template_id: the template (its id, or the Template).
        voice_language: the language of the voice-over (for example english).
        variables: the template's variables, filled in (TemplateVariable values).
        name: the video's name.
        avatar: the avatar that presents (its id, or a public or custom Avatar).
        avatar_type: public or custom; only needed for a bare custom avatar id.
        voice: the voice (its id, or the Voice).
        captions: whether to burn in captions.
        music_id: the background music (a music id).
        disable_random_transitions: turn off the randomly chosen transitions.
        disable_random_motion: turn off the randomly chosen motion.
        disable_transitions: turn off transitions between scenes.
        disable_motion: turn off motion within scenes.
        webhook_url: where the API reports the outcome.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        video = await self.create(
            **_fields(locals(), "timeout", "poll_interval", "on_progress", "fields"), **fields
        )
        return await self._wait_created(
            video, self.retrieve, "client.template_videos.wait", timeout, poll_interval, on_progress
        )
