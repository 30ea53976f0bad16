"""Lip sync: make the people in a video speak the words of an audio file."""

from __future__ import annotations

from typing import Any, Unpack

from jogg_api.api.video import create_lip_sync_video, get_lip_sync_video
from jogg_api.body_keywords import CreateLipSyncVideoKeywords
from jogg_api.models.create_lip_sync_video_body import CreateLipSyncVideoBody
from jogg_api.models.create_lip_sync_video_body_playback_type import (
    CREATE_LIP_SYNC_VIDEO_BODY_PLAYBACK_TYPE_VALUES,
    CreateLipSyncVideoBodyPlaybackType,
)
from jogg_api.models.create_lip_sync_video_response_200_data_type_0 import (
    CreateLipSyncVideoResponse200DataType0,
)

from .. import _validation as v
from .. import _wire as w
from .._download import AsyncFiles, SyncFiles
from .._options import RequestOptions
from .._polling import ProgressCallback
from .._results.videos import LipSyncVideo
from .._transport import Call
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

Files = SyncFiles | AsyncFiles
# What happens when the video is shorter than the audio.
PlaybackType = CreateLipSyncVideoBodyPlaybackType


class CreateOptions(RequestOptions, CreateLipSyncVideoKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


def create_call(
    video_url: Any, audio_url: Any, playback_type: Any, files: Files, options: CreateOptions
) -> Call[LipSyncVideo]:
    body = CreateLipSyncVideoBody(
        video_url=v.url("video_url", video_url),
        audio_url=v.url("audio_url", audio_url),
        playback_type=w.given_choice(
            "playback_type", playback_type, CREATE_LIP_SYNC_VIDEO_BODY_PLAYBACK_TYPE_VALUES
        ),
    )

    def parse(data: Any) -> LipSyncVideo:
        m, raw = w.data(CreateLipSyncVideoResponse200DataType0.from_dict, data, "a lip-sync task")
        return LipSyncVideo._from_wire(m, raw, files, id=m.task_id, status=m.status)

    return Call(
        create_lip_sync_video,
        w.arguments(create_lip_sync_video._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def retrieve_call(task: Any, files: Files, options: RequestOptions) -> Call[LipSyncVideo]:
    tid = job_id("task_id", task)
    return Call(
        get_lip_sync_video,
        w.arguments(get_lip_sync_video._get_kwargs, task_id=tid),
        parse=lambda data: LipSyncVideo.from_data(data, id=tid, files=files),
        options=options,
    )


class LipSync(SyncResource):
    """Lip-sync tasks: a video made to speak an audio file; create, look up, wait."""

    def create(
        self,
        video_url: str,
        audio_url: str,
        *,
        playback_type: PlaybackType | None = None,
        **options: Unpack[CreateOptions],
    ) -> LipSyncVideo:
        """Start a lip-sync task.

        video_url: the video whose speakers are re-synced.
        audio_url: the audio they are to speak.
        playback_type: extending a short video: normal, normal_reverse or normal_reverse_by_audio.
        """
        return self._call(create_call(video_url, audio_url, playback_type, self._files, options))

    def retrieve(
        self, task_id: str | LipSyncVideo, **options: Unpack[RequestOptions]
    ) -> LipSyncVideo:
        """The task as it is now.

        task_id: the task (its id, or the LipSyncVideo).
        """
        return self._call(retrieve_call(task_id, self._files, options))

    def wait(
        self,
        task_id: str | LipSyncVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> LipSyncVideo:
        """Poll until the task is completed (returned) or failed (JobFailedError).

        task_id: the task (its id, or the LipSyncVideo).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (task, elapsed seconds) after each look.
        """
        tid = job_id("task_id", task_id)
        return self._wait(tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress)

    def create_and_wait(
        self,
        video_url: str,
        audio_url: str,
        *,
        playback_type: PlaybackType | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateLipSyncVideoKeywords],
    ) -> LipSyncVideo:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created task: resume with ``wait``, never create again.

        video_url: the video whose speakers are re-synced.
        audio_url: the audio they are to speak.
        playback_type: extending a short video: normal, normal_reverse or normal_reverse_by_audio.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (task, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        task = self.create(video_url, audio_url, playback_type=playback_type, **fields)
        return self._wait_created(
            task, self.retrieve, "client.lip_sync.wait", timeout, poll_interval, on_progress
        )


class AsyncLipSync(AsyncResource):
    """Lip-sync tasks: a video made to speak an audio file; create, look up, wait."""

    async def create(
        self,
        video_url: str,
        audio_url: str,
        *,
        playback_type: PlaybackType | None = None,
        **options: Unpack[CreateOptions],
    ) -> LipSyncVideo:
        """Start a lip-sync task.

        video_url: the video whose speakers are re-synced.
        audio_url: the audio they are to speak.
        playback_type: extending a short video: normal, normal_reverse or normal_reverse_by_audio.
        """
        return await self._call(
            create_call(video_url, audio_url, playback_type, self._files, options)
        )

    async def retrieve(
        self, task_id: str | LipSyncVideo, **options: Unpack[RequestOptions]
    ) -> LipSyncVideo:
        """The task as it is now.

        task_id: the task (its id, or the LipSyncVideo).
        """
        return await self._call(retrieve_call(task_id, self._files, options))

    async def wait(
        self,
        task_id: str | LipSyncVideo,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> LipSyncVideo:
        """Poll until the task is completed (returned) or failed (JobFailedError).

        task_id: the task (its id, or the LipSyncVideo).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (task, elapsed seconds) after each look.
        """
        tid = job_id("task_id", task_id)
        return await self._wait(
            tid, lambda: self.retrieve(tid), timeout, poll_interval, on_progress
        )

    async def create_and_wait(
        self,
        video_url: str,
        audio_url: str,
        *,
        playback_type: PlaybackType | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[CreateLipSyncVideoKeywords],
    ) -> LipSyncVideo:
        """``create``, then ``wait``. A wait that fails after the create raises
        WaitAfterCreateError with the created task: resume with ``wait``, never create again.

        video_url: the video whose speakers are re-synced.
        audio_url: the audio they are to speak.
        playback_type: extending a short video: normal, normal_reverse or normal_reverse_by_audio.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (task, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        task = await self.create(video_url, audio_url, playback_type=playback_type, **fields)
        return await self._wait_created(
            task, self.retrieve, "client.lip_sync.wait", timeout, poll_interval, on_progress
        )
