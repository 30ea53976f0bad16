"""Talking-avatar videos: an avatar speaks a script, or lip-syncs an audio file."""

from __future__ import annotations

from typing import Any

from .. import _validation as v
from .._args import ASPECT_RATIOS, avatar_ref, voice_id
from .._download import AsyncFiles, SyncFiles
from .._errors import ValidationError
from .._operations import operation
from .._polling import ProgressCallback
from .._transport import Call
from ..types import Avatar, AvatarVideo, Voice
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

# screen_style: 1 full screen, 2 split screen, 3 picture in picture.
SCREEN_STYLES = {"full_screen": 1, "split_screen": 2, "picture_in_picture": 3}
Files = SyncFiles | AsyncFiles


def screen_style_code(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool) and value in SCREEN_STYLES.values():
        return value
    if isinstance(value, str):
        name = v.choice(
            "screen_style", value.replace(" ", "_").replace("-", "_"), tuple(SCREEN_STYLES)
        )
        return SCREEN_STYLES[name]
    raise ValidationError(
        "screen_style",
        value,
        "one of " + ", ".join(repr(s) for s in SCREEN_STYLES) + " (or 1, 2, 3)",
    )


def create_body(
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
) -> dict[str, Any]:
    avatar_id, type_code = avatar_ref(avatar, avatar_type)
    if (script is None) == (audio_url is None):
        raise ValidationError(
            "script", script, "exactly one of script (text to speak) or audio_url (audio to sync)"
        )
    spoken: dict[str, Any] = {"voice_id": voice_id("voice", voice)}
    if script is not None:
        spoken.update(type="script", script=v.text("script", script))
    else:
        spoken.update(type="audio", audio_url=v.url("audio_url", audio_url))
    return v.drop_none(
        {
            "avatar": {"avatar_type": type_code, "avatar_id": avatar_id},
            "voice": spoken,
            "aspect_ratio": v.choice("aspect_ratio", aspect_ratio, ASPECT_RATIOS),
            "screen_style": screen_style_code(screen_style),
            "caption": v.optional_boolean("caption", caption),
            "video_name": v.optional_text("name", name),
            "webhook_url": v.optional_url("webhook_url", webhook_url),
        }
    )


def create_call(body: dict[str, Any], files: Files) -> Call[AvatarVideo]:
    return Call(
        operation("create_video_from_avatar"),
        parse=lambda data: AvatarVideo.from_data(data, files=files),
        body=body,
    )


def retrieve_call(video_id: Any, files: Files) -> Call[AvatarVideo]:
    vid = job_id("video_id", video_id)
    return Call(
        operation("get_avatar_video"),
        parse=lambda data: AvatarVideo.from_data(data, id=vid, files=files),
        path_params={"id": vid},
    )


class AvatarVideos(SyncResource):
    def create(
        self,
        *,
        avatar: int | Avatar,
        voice: str | Voice,
        script: str | None = None,
        audio_url: str | None = None,
        aspect_ratio: str = "portrait",
        screen_style: str | int = "full_screen",
        avatar_type: str | None = None,
        caption: bool | None = None,
        name: str | None = None,
        webhook_url: str | None = None,
    ) -> AvatarVideo:
        """Start a video of ``avatar`` speaking ``script`` (with ``voice``) or ``audio_url``.

        ``screen_style`` is full_screen, split_screen or picture_in_picture (or 1, 2, 3);
        ``avatar_type`` ("public" or "custom") is only needed for a bare custom avatar id.
        """
        body = create_body(
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
        )
        return self._call(create_call(body, self._files))

    def retrieve(self, video_id: str | AvatarVideo) -> AvatarVideo:
        return self._call(retrieve_call(video_id, self._files))

    def wait(
        self,
        video_id: str | AvatarVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarVideo:
        """Poll until the video is completed (returned) or failed (JobFailedError)."""
        vid = job_id("video_id", video_id)
        return self._wait(vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress)


class AsyncAvatarVideos(AsyncResource):
    async def create(
        self,
        *,
        avatar: int | Avatar,
        voice: str | Voice,
        script: str | None = None,
        audio_url: str | None = None,
        aspect_ratio: str = "portrait",
        screen_style: str | int = "full_screen",
        avatar_type: str | None = None,
        caption: bool | None = None,
        name: str | None = None,
        webhook_url: str | None = None,
    ) -> AvatarVideo:
        body = create_body(
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
        )
        return await self._call(create_call(body, self._files))

    async def retrieve(self, video_id: str | AvatarVideo) -> AvatarVideo:
        return await self._call(retrieve_call(video_id, self._files))

    async def wait(
        self,
        video_id: str | AvatarVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarVideo:
        vid = job_id("video_id", video_id)
        return await self._wait(
            vid, lambda: self.retrieve(vid), timeout, poll_interval, on_progress
        )
