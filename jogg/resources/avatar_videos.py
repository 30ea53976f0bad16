"""Talking-avatar videos: an avatar speaks a script, or lip-syncs an audio file."""

from __future__ import annotations

from typing import Any, Literal, Unpack

from jogg_api.api.video import create_video_from_avatar, get_avatar_video
from jogg_api.body_keywords import CreateVideoFromAvatarKeywords
from jogg_api.models.create_video_from_avatar_body import CreateVideoFromAvatarBody
from jogg_api.models.create_video_from_avatar_body_aspect_ratio import (
    CREATE_VIDEO_FROM_AVATAR_BODY_ASPECT_RATIO_VALUES,
    CreateVideoFromAvatarBodyAspectRatio,
)
from jogg_api.models.create_video_from_avatar_body_avatar import CreateVideoFromAvatarBodyAvatar
from jogg_api.models.create_video_from_avatar_body_screen_style import (
    CREATE_VIDEO_FROM_AVATAR_BODY_SCREEN_STYLE_VALUES,
    CreateVideoFromAvatarBodyScreenStyle,
)
from jogg_api.models.create_video_from_avatar_body_voice import CreateVideoFromAvatarBodyVoice
from jogg_api.models.create_video_from_avatar_body_voice_type import (
    CreateVideoFromAvatarBodyVoiceType,
)
from jogg_api.models.create_video_from_avatar_response_200_data_type_0 import (
    CreateVideoFromAvatarResponse200DataType0,
)

from .. import _validation as v
from .. import _wire as w
from .._args import AvatarTypeName, avatar_ref, voice_id
from .._download import AsyncFiles, SyncFiles
from .._errors import ValidationError
from .._options import RequestOptions
from .._polling import ProgressCallback
from .._results.avatars import Avatar, Voice
from .._results.videos import AvatarVideo
from .._transport import Call
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

Files = SyncFiles | AsyncFiles
AspectRatio = CreateVideoFromAvatarBodyAspectRatio
ScreenStyleCode = CreateVideoFromAvatarBodyScreenStyle
# The facade's names for the spec's screen style codes, in code order.
ScreenStyleName = Literal["full_screen", "split_screen", "picture_in_picture"]
SCREEN_STYLE_NAMES: tuple[ScreenStyleName, ...] = (
    "full_screen",
    "split_screen",
    "picture_in_picture",
)
SCREEN_STYLES: dict[ScreenStyleName, ScreenStyleCode] = dict(
    zip(
        SCREEN_STYLE_NAMES,
        w.allowed(CREATE_VIDEO_FROM_AVATAR_BODY_SCREEN_STYLE_VALUES),
        strict=True,
    )
)
ScreenStyle = ScreenStyleName | ScreenStyleCode


class CreateOptions(RequestOptions, CreateVideoFromAvatarKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


def screen_style_code(value: Any) -> ScreenStyleCode:
    """A screen style by name (any case, spaces or dashes for underscores) or by code."""
    if isinstance(value, int) and not isinstance(value, bool):
        for code in SCREEN_STYLES.values():
            if value == code:
                return code
    elif isinstance(value, str):
        wanted = value.strip().replace(" ", "_").replace("-", "_").casefold()
        for name, code in SCREEN_STYLES.items():
            if name == wanted:
                return code
    names = ", ".join(repr(name) for name in SCREEN_STYLES)
    codes = ", ".join(str(code) for code in SCREEN_STYLES.values())
    raise ValidationError("screen_style", value, f"one of {names} (or {codes})")


def _spoken(voice: Any, script: Any, audio_url: Any) -> CreateVideoFromAvatarBodyVoice:
    if (script is None) == (audio_url is None):
        raise ValidationError(
            "script", script, "exactly one of script (text to speak) or audio_url (audio to sync)"
        )
    speaker = voice_id("voice", voice)
    kind: CreateVideoFromAvatarBodyVoiceType
    if script is not None:
        kind = "script"
        return CreateVideoFromAvatarBodyVoice(
            type_=kind, voice_id=speaker, script=v.text("script", script)
        )
    kind = "audio"
    return CreateVideoFromAvatarBodyVoice(
        type_=kind, voice_id=speaker, audio_url=v.url("audio_url", audio_url)
    )


def create_call(
    avatar: Any,
    voice: Any,
    script: Any,
    audio_url: Any,
    aspect_ratio: Any,
    screen_style: Any,
    avatar_type: Any,
    caption: Any,
    name: Any,
    webhook_url: Any,
    files: Files,
    options: CreateOptions,
) -> Call[AvatarVideo]:
    avatar_id, type_code = avatar_ref(avatar, avatar_type)
    body = CreateVideoFromAvatarBody(
        avatar=CreateVideoFromAvatarBodyAvatar(avatar_type=type_code, avatar_id=avatar_id),
        voice=_spoken(voice, script, audio_url),
        aspect_ratio=w.choice(
            "aspect_ratio", aspect_ratio, CREATE_VIDEO_FROM_AVATAR_BODY_ASPECT_RATIO_VALUES
        ),
        screen_style=screen_style_code(screen_style),
        caption=w.given(v.optional_boolean("caption", caption)),
        video_name=w.given(v.optional_text("name", name)),
        webhook_url=w.given(v.optional_url("webhook_url", webhook_url)),
    )

    def parse(data: Any) -> AvatarVideo:
        m, raw = w.data(CreateVideoFromAvatarResponse200DataType0.from_dict, data, "a video")
        return AvatarVideo._from_wire(m, raw, files, id=m.video_id)

    return Call(
        create_video_from_avatar,
        w.arguments(create_video_from_avatar._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def retrieve_call(video: Any, files: Files, options: RequestOptions) -> Call[AvatarVideo]:
    vid = job_id("video_id", video)
    return Call(
        get_avatar_video,
        w.arguments(get_avatar_video._get_kwargs, id=vid),
        parse=lambda data: AvatarVideo.from_data(data, id=vid, files=files),
        options=options,
    )


class AvatarVideos(SyncResource):
    """Videos of an avatar speaking a script or lip-syncing audio: create, look up, wait."""

    def create(
        self,
        *,
        avatar: int | Avatar,
        voice: str | Voice,
        script: str | None = None,
        audio_url: str | None = None,
        aspect_ratio: AspectRatio = "portrait",
        screen_style: ScreenStyle = "full_screen",
        avatar_type: AvatarTypeName | None = None,
        caption: bool | None = None,
        name: str | None = None,
        webhook_url: str | None = None,
        **options: Unpack[CreateOptions],
    ) -> AvatarVideo:
        """Start a video of ``avatar`` speaking ``script`` (with ``voice``) or ``audio_url``.

        avatar: the avatar (its id, or a public or custom Avatar).
        voice: the voice (its id, or the Voice).
        script: the text to speak (give this or audio_url).
        audio_url: the audio to lip-sync (give this or script).
        aspect_ratio: portrait, landscape or square.
        screen_style: full_screen, split_screen or picture_in_picture (or 1, 2, 3).
        avatar_type: public or custom; only needed for a bare custom avatar id.
        caption: whether to burn in captions.
        name: the video's name.
        webhook_url: where the API reports the outcome.
        """
        return self._call(
            create_call(
                avatar,
                voice,
                script,
                audio_url,
                aspect_ratio,
                screen_style,
                avatar_type,
                caption,
                name,
                webhook_url,
                self._files,
                options,
            )
        )

    def retrieve(
        self, video_id: str | AvatarVideo, **options: Unpack[RequestOptions]
    ) -> AvatarVideo:
        """The video as it is now.

        video_id: the video (its id, or the AvatarVideo).
        """
        return self._call(retrieve_call(video_id, self._files, options))

    def wait(
        self,
        video_id: str | AvatarVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError).

        video_id: the video (its id, or the AvatarVideo).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        """
        vid = job_id("video_id", video_id)
        return self._wait(vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress)

    def create_and_wait(
        self,
        *,
        avatar: int | Avatar,
        voice: str | Voice,
        script: str | None = None,
        audio_url: str | None = None,
        aspect_ratio: AspectRatio = "portrait",
        screen_style: ScreenStyle = "full_screen",
        avatar_type: AvatarTypeName | None = None,
        caption: bool | None = None,
        name: str | None = None,
        webhook_url: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateVideoFromAvatarKeywords],
    ) -> AvatarVideo:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created video: resume with ``wait``, never create again.

        avatar: the avatar (its id, or a public or custom Avatar).
        voice: the voice (its id, or the Voice).
        script: the text to speak (give this or audio_url).
        audio_url: the audio to lip-sync (give this or script).
        aspect_ratio: portrait, landscape or square.
        screen_style: full_screen, split_screen or picture_in_picture (or 1, 2, 3).
        avatar_type: public or custom; only needed for a bare custom avatar id.
        caption: whether to burn in captions.
        name: the video's name.
        webhook_url: where the API reports the outcome.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        video = self.create(
            avatar=avatar,
            voice=voice,
            script=script,
            audio_url=audio_url,
            aspect_ratio=aspect_ratio,
            screen_style=screen_style,
            avatar_type=avatar_type,
            caption=caption,
            name=name,
            webhook_url=webhook_url,
            **fields,
        )
        return self._wait_created(
            video, self.retrieve, "client.avatar_videos.wait", timeout, poll_interval, on_progress
        )


class AsyncAvatarVideos(AsyncResource):
    """Videos of an avatar speaking a script or lip-syncing audio: create, look up, wait."""

    async def create(
        self,
        *,
        avatar: int | Avatar,
        voice: str | Voice,
        script: str | None = None,
        audio_url: str | None = None,
        aspect_ratio: AspectRatio = "portrait",
        screen_style: ScreenStyle = "full_screen",
        avatar_type: AvatarTypeName | None = None,
        caption: bool | None = None,
        name: str | None = None,
        webhook_url: str | None = None,
        **options: Unpack[CreateOptions],
    ) -> AvatarVideo:
        """Start a video of ``avatar`` speaking ``script`` (with ``voice``) or ``audio_url``.

        avatar: the avatar (its id, or a public or custom Avatar).
        voice: the voice (its id, or the Voice).
        script: the text to speak (give this or audio_url).
        audio_url: the audio to lip-sync (give this or script).
        aspect_ratio: portrait, landscape or square.
        screen_style: full_screen, split_screen or picture_in_picture (or 1, 2, 3).
        avatar_type: public or custom; only needed for a bare custom avatar id.
        caption: whether to burn in captions.
        name: the video's name.
        webhook_url: where the API reports the outcome.
        """
        return await self._call(
            create_call(
                avatar,
                voice,
                script,
                audio_url,
                aspect_ratio,
                screen_style,
                avatar_type,
                caption,
                name,
                webhook_url,
                self._files,
                options,
            )
        )

    async def retrieve(
        self, video_id: str | AvatarVideo, **options: Unpack[RequestOptions]
    ) -> AvatarVideo:
        """The video as it is now.

        video_id: the video (its id, or the AvatarVideo).
        """
        return await self._call(retrieve_call(video_id, self._files, options))

    async def wait(
        self,
        video_id: str | AvatarVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError).

        video_id: the video (its id, or the AvatarVideo).
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
        *,
        avatar: int | Avatar,
        voice: str | Voice,
        script: str | None = None,
        audio_url: str | None = None,
        aspect_ratio: AspectRatio = "portrait",
        screen_style: ScreenStyle = "full_screen",
        avatar_type: AvatarTypeName | None = None,
        caption: bool | None = None,
        name: str | None = None,
        webhook_url: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateVideoFromAvatarKeywords],
    ) -> AvatarVideo:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created video: resume with ``wait``, never create again.

        avatar: the avatar (its id, or a public or custom Avatar).
        voice: the voice (its id, or the Voice).
        script: the text to speak (give this or audio_url).
        audio_url: the audio to lip-sync (give this or script).
        aspect_ratio: portrait, landscape or square.
        screen_style: full_screen, split_screen or picture_in_picture (or 1, 2, 3).
        avatar_type: public or custom; only needed for a bare custom avatar id.
        caption: whether to burn in captions.
        name: the video's name.
        webhook_url: where the API reports the outcome.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (video, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        video = await self.create(
            avatar=avatar,
            voice=voice,
            script=script,
            audio_url=audio_url,
            aspect_ratio=aspect_ratio,
            screen_style=screen_style,
            avatar_type=avatar_type,
            caption=caption,
            name=name,
            webhook_url=webhook_url,
            **fields,
        )
        return await self._wait_created(
            video, self.retrieve, "client.avatar_videos.wait", timeout, poll_interval, on_progress
        )
