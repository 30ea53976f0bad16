"""Lip sync: make the people in a video speak the words of an audio file."""

from __future__ import annotations

from typing import Any

from .. import _validation as v
from .._download import AsyncFiles, SyncFiles
from .._operations import operation
from .._polling import ProgressCallback
from .._transport import Call
from ..types import LipSyncVideo
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

# What happens when the video is shorter than the audio.
PLAYBACK_TYPES = ("normal", "normal_reverse", "normal_reverse_by_audio")
Files = SyncFiles | AsyncFiles


def create_call(
    video_url: Any, audio_url: Any, playback_type: Any, files: Files
) -> Call[LipSyncVideo]:
    body = v.drop_none(
        {
            "video_url": v.url("video_url", video_url),
            "audio_url": v.url("audio_url", audio_url),
            "playback_type": v.optional_choice("playback_type", playback_type, PLAYBACK_TYPES),
        }
    )
    return Call(
        operation("create_lip_sync_video"),
        parse=lambda data: LipSyncVideo.from_data(data, files=files),
        body=body,
    )


def retrieve_call(task_id: Any, files: Files) -> Call[LipSyncVideo]:
    tid = job_id("task_id", task_id)
    return Call(
        operation("get_lip_sync_video"),
        parse=lambda data: LipSyncVideo.from_data(data, id=tid, files=files),
        path_params={"task_id": tid},
    )


class LipSync(SyncResource):
    def create(
        self, video_url: str, audio_url: str, *, playback_type: str | None = None
    ) -> LipSyncVideo:
        """Start a lip-sync task. ``playback_type`` (normal, normal_reverse,
        normal_reverse_by_audio) says how a video shorter than the audio is extended."""
        return self._call(create_call(video_url, audio_url, playback_type, self._files))

    def retrieve(self, task_id: str | LipSyncVideo) -> LipSyncVideo:
        return self._call(retrieve_call(task_id, self._files))

    def wait(
        self,
        task_id: str | LipSyncVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> LipSyncVideo:
        """Poll until the task is completed (returned) or failed (JobFailedError)."""
        tid = job_id("task_id", task_id)
        return self._wait(tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress)


class AsyncLipSync(AsyncResource):
    async def create(
        self, video_url: str, audio_url: str, *, playback_type: str | None = None
    ) -> LipSyncVideo:
        return await self._call(create_call(video_url, audio_url, playback_type, self._files))

    async def retrieve(self, task_id: str | LipSyncVideo) -> LipSyncVideo:
        return await self._call(retrieve_call(task_id, self._files))

    async def wait(
        self,
        task_id: str | LipSyncVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> LipSyncVideo:
        tid = job_id("task_id", task_id)
        return await self._wait(
            tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress
        )
