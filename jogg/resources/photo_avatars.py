"""Photo avatars: generate a portrait, then animate it into an avatar that can speak."""

from __future__ import annotations

from typing import Unpack

from jogg_api.body_keywords import AddPhotoAvatarMotionKeywords, GeneratePhotoAvatarPhotoKeywords

from .._options import RequestOptions
from .._polling import ProgressCallback
from .._results.avatars import AvatarMotion, AvatarPhoto, Voice
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id
from ._photo_avatar_calls import (
    AddMotionOptions,
    GeneratePhotoOptions,
    MotionModel,
    PhotoAge,
    PhotoAspectRatio,
    PhotoAvatarStyle,
    PhotoEthnicity,
    PhotoGender,
    PhotoModel,
    add_motion_call,
    generate_call,
    retrieve_motion_call,
    retrieve_photo_call,
)

__all__ = [
    "AsyncPhotoAvatars",
    "MotionModel",
    "PhotoAge",
    "PhotoAspectRatio",
    "PhotoAvatarStyle",
    "PhotoAvatars",
    "PhotoEthnicity",
    "PhotoGender",
    "PhotoModel",
]


class PhotoAvatars(SyncResource):
    """Photo avatars: generate portraits (``generate_photo``), then animate one into an
    avatar that can speak (``add_motion``)."""

    def generate_photo(
        self,
        *,
        age: PhotoAge,
        avatar_style: PhotoAvatarStyle,
        gender: PhotoGender,
        model: PhotoModel,
        aspect_ratio: PhotoAspectRatio,
        ethnicity: PhotoEthnicity | None = None,
        background: str | None = None,
        appearance: str | None = None,
        image_url: str | None = None,
        **options: Unpack[GeneratePhotoOptions],
    ) -> AvatarPhoto:
        """Start generating portraits; wait with ``wait_photo`` for ``image_urls``.

        age: the person's age group (Teenager, Young adult, Adult or Elderly).
        avatar_style: Professional or Social.
        gender: Female or Male.
        model: the image model (classic or modern).
        aspect_ratio: the portraits' shape (portrait, landscape or square).
        ethnicity: the person's ethnicity (European, East Asian, ...).
        background: what is behind the person, in words.
        appearance: what the person looks like, in words.
        image_url: a photo to start from.
        """
        return self._call(
            generate_call(
                age,
                avatar_style,
                gender,
                model,
                aspect_ratio,
                ethnicity,
                background,
                appearance,
                image_url,
                options,
            )
        )

    def retrieve_photo(
        self, photo_id: str | AvatarPhoto, **options: Unpack[RequestOptions]
    ) -> AvatarPhoto:
        """The portrait job as it is now.

        photo_id: the job (its id, or the AvatarPhoto).
        """
        return self._call(retrieve_photo_call(photo_id, options))

    def wait_photo(
        self,
        photo_id: str | AvatarPhoto,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarPhoto:
        """Poll until the portraits are ready (returned) or failed (JobFailedError).

        photo_id: the job (its id, or the AvatarPhoto).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        """
        pid = job_id("photo_id", photo_id)
        return self._wait(
            pid, lambda: self.retrieve_photo(pid), timeout, poll_interval, on_progress
        )

    def generate_photo_and_wait(
        self,
        *,
        age: PhotoAge,
        avatar_style: PhotoAvatarStyle,
        gender: PhotoGender,
        model: PhotoModel,
        aspect_ratio: PhotoAspectRatio,
        ethnicity: PhotoEthnicity | None = None,
        background: str | None = None,
        appearance: str | None = None,
        image_url: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[GeneratePhotoAvatarPhotoKeywords],
    ) -> AvatarPhoto:
        """``generate_photo``, then ``wait_photo``. A wait that fails after the job started
        raises WaitAfterCreateError with the job: resume with ``wait_photo``.

        age: the person's age group (Teenager, Young adult, Adult or Elderly).
        avatar_style: Professional or Social.
        gender: Female or Male.
        model: the image model (classic or modern).
        aspect_ratio: the portraits' shape (portrait, landscape or square).
        ethnicity: the person's ethnicity (European, East Asian, ...).
        background: what is behind the person, in words.
        appearance: what the person looks like, in words.
        image_url: a photo to start from.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        photo = self.generate_photo(
            age=age,
            avatar_style=avatar_style,
            gender=gender,
            model=model,
            aspect_ratio=aspect_ratio,
            ethnicity=ethnicity,
            background=background,
            appearance=appearance,
            image_url=image_url,
            **fields,
        )
        return self._wait_created(
            photo,
            self.retrieve_photo,
            "client.photo_avatars.wait_photo",
            timeout,
            poll_interval,
            on_progress,
        )

    def add_motion(
        self,
        image_url: str,
        *,
        name: str,
        voice: str | Voice,
        model: MotionModel,
        photo_id: str | AvatarPhoto | None = None,
        description: str | None = None,
        welcome_message: str | None = None,
        **options: Unpack[AddMotionOptions],
    ) -> AvatarMotion:
        """Animate a portrait (one of ``AvatarPhoto.image_urls``, or any image URL) into an
        avatar; wait with ``wait_motion`` for its ``avatar_id``.

        image_url: the portrait to animate.
        name: the new avatar's name.
        voice: the avatar's voice (its id, or a Voice).
        model: the motion model (1.0, 2.0, 2.0-Pro or 3.0).
        photo_id: the portrait job the image came from (its id, or the AvatarPhoto).
        description: what the avatar is for, in words.
        welcome_message: what the avatar says first.
        """
        return self._call(
            add_motion_call(
                image_url, name, voice, model, photo_id, description, welcome_message, options
            )
        )

    def retrieve_motion(
        self, motion_id: str | AvatarMotion, **options: Unpack[RequestOptions]
    ) -> AvatarMotion:
        """The motion job as it is now.

        motion_id: the job (its id, or the AvatarMotion).
        """
        return self._call(retrieve_motion_call(motion_id, options))

    def wait_motion(
        self,
        motion_id: str | AvatarMotion,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarMotion:
        """Poll until the avatar is animated (returned, with ``avatar_id``) or failed.

        motion_id: the job (its id, or the AvatarMotion).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        """
        mid = job_id("motion_id", motion_id)
        return self._wait(
            mid, lambda: self.retrieve_motion(mid), timeout, poll_interval, on_progress
        )

    def add_motion_and_wait(
        self,
        image_url: str,
        *,
        name: str,
        voice: str | Voice,
        model: MotionModel,
        photo_id: str | AvatarPhoto | None = None,
        description: str | None = None,
        welcome_message: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[AddPhotoAvatarMotionKeywords],
    ) -> AvatarMotion:
        """``add_motion``, then ``wait_motion``. A wait that fails after the job started
        raises WaitAfterCreateError with the job: resume with ``wait_motion``.

        image_url: the portrait to animate.
        name: the new avatar's name.
        voice: the avatar's voice (its id, or a Voice).
        model: the motion model (1.0, 2.0, 2.0-Pro or 3.0).
        photo_id: the portrait job the image came from (its id, or the AvatarPhoto).
        description: what the avatar is for, in words.
        welcome_message: what the avatar says first.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        motion = self.add_motion(
            image_url,
            name=name,
            voice=voice,
            model=model,
            photo_id=photo_id,
            description=description,
            welcome_message=welcome_message,
            **fields,
        )
        return self._wait_created(
            motion,
            self.retrieve_motion,
            "client.photo_avatars.wait_motion",
            timeout,
            poll_interval,
            on_progress,
        )


class AsyncPhotoAvatars(AsyncResource):
    """Photo avatars: generate portraits (``generate_photo``), then animate one into an
    avatar that can speak (``add_motion``)."""

    async def generate_photo(
        self,
        *,
        age: PhotoAge,
        avatar_style: PhotoAvatarStyle,
        gender: PhotoGender,
        model: PhotoModel,
        aspect_ratio: PhotoAspectRatio,
        ethnicity: PhotoEthnicity | None = None,
        background: str | None = None,
        appearance: str | None = None,
        image_url: str | None = None,
        **options: Unpack[GeneratePhotoOptions],
    ) -> AvatarPhoto:
        """Start generating portraits; wait with ``wait_photo`` for ``image_urls``.

        age: the person's age group (Teenager, Young adult, Adult or Elderly).
        avatar_style: Professional or Social.
        gender: Female or Male.
        model: the image model (classic or modern).
        aspect_ratio: the portraits' shape (portrait, landscape or square).
        ethnicity: the person's ethnicity (European, East Asian, ...).
        background: what is behind the person, in words.
        appearance: what the person looks like, in words.
        image_url: a photo to start from.
        """
        return await self._call(
            generate_call(
                age,
                avatar_style,
                gender,
                model,
                aspect_ratio,
                ethnicity,
                background,
                appearance,
                image_url,
                options,
            )
        )

    async def retrieve_photo(
        self, photo_id: str | AvatarPhoto, **options: Unpack[RequestOptions]
    ) -> AvatarPhoto:
        """The portrait job as it is now.

        photo_id: the job (its id, or the AvatarPhoto).
        """
        return await self._call(retrieve_photo_call(photo_id, options))

    async def wait_photo(
        self,
        photo_id: str | AvatarPhoto,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarPhoto:
        """Poll until the portraits are ready (returned) or failed (JobFailedError).

        photo_id: the job (its id, or the AvatarPhoto).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        """
        pid = job_id("photo_id", photo_id)
        return await self._wait(
            pid, lambda: self.retrieve_photo(pid), timeout, poll_interval, on_progress
        )

    async def generate_photo_and_wait(
        self,
        *,
        age: PhotoAge,
        avatar_style: PhotoAvatarStyle,
        gender: PhotoGender,
        model: PhotoModel,
        aspect_ratio: PhotoAspectRatio,
        ethnicity: PhotoEthnicity | None = None,
        background: str | None = None,
        appearance: str | None = None,
        image_url: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[GeneratePhotoAvatarPhotoKeywords],
    ) -> AvatarPhoto:
        """``generate_photo``, then ``wait_photo``. A wait that fails after the job started
        raises WaitAfterCreateError with the job: resume with ``wait_photo``.

        age: the person's age group (Teenager, Young adult, Adult or Elderly).
        avatar_style: Professional or Social.
        gender: Female or Male.
        model: the image model (classic or modern).
        aspect_ratio: the portraits' shape (portrait, landscape or square).
        ethnicity: the person's ethnicity (European, East Asian, ...).
        background: what is behind the person, in words.
        appearance: what the person looks like, in words.
        image_url: a photo to start from.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        photo = await self.generate_photo(
            age=age,
            avatar_style=avatar_style,
            gender=gender,
            model=model,
            aspect_ratio=aspect_ratio,
            ethnicity=ethnicity,
            background=background,
            appearance=appearance,
            image_url=image_url,
            **fields,
        )
        return await self._wait_created(
            photo,
            self.retrieve_photo,
            "client.photo_avatars.wait_photo",
            timeout,
            poll_interval,
            on_progress,
        )

    async def add_motion(
        self,
        image_url: str,
        *,
        name: str,
        voice: str | Voice,
        model: MotionModel,
        photo_id: str | AvatarPhoto | None = None,
        description: str | None = None,
        welcome_message: str | None = None,
        **options: Unpack[AddMotionOptions],
    ) -> AvatarMotion:
        """Animate a portrait (one of ``AvatarPhoto.image_urls``, or any image URL) into an
        avatar; wait with ``wait_motion`` for its ``avatar_id``.

        image_url: the portrait to animate.
        name: the new avatar's name.
        voice: the avatar's voice (its id, or a Voice).
        model: the motion model (1.0, 2.0, 2.0-Pro or 3.0).
        photo_id: the portrait job the image came from (its id, or the AvatarPhoto).
        description: what the avatar is for, in words.
        welcome_message: what the avatar says first.
        """
        return await self._call(
            add_motion_call(
                image_url, name, voice, model, photo_id, description, welcome_message, options
            )
        )

    async def retrieve_motion(
        self, motion_id: str | AvatarMotion, **options: Unpack[RequestOptions]
    ) -> AvatarMotion:
        """The motion job as it is now.

        motion_id: the job (its id, or the AvatarMotion).
        """
        return await self._call(retrieve_motion_call(motion_id, options))

    async def wait_motion(
        self,
        motion_id: str | AvatarMotion,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarMotion:
        """Poll until the avatar is animated (returned, with ``avatar_id``) or failed.

        motion_id: the job (its id, or the AvatarMotion).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        """
        mid = job_id("motion_id", motion_id)
        return await self._wait(
            mid, lambda: self.retrieve_motion(mid), timeout, poll_interval, on_progress
        )

    async def add_motion_and_wait(
        self,
        image_url: str,
        *,
        name: str,
        voice: str | Voice,
        model: MotionModel,
        photo_id: str | AvatarPhoto | None = None,
        description: str | None = None,
        welcome_message: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[AddPhotoAvatarMotionKeywords],
    ) -> AvatarMotion:
        """``add_motion``, then ``wait_motion``. A wait that fails after the job started
        raises WaitAfterCreateError with the job: resume with ``wait_motion``.

        image_url: the portrait to animate.
        name: the new avatar's name.
        voice: the avatar's voice (its id, or a Voice).
        model: the motion model (1.0, 2.0, 2.0-Pro or 3.0).
        photo_id: the portrait job the image came from (its id, or the AvatarPhoto).
        description: what the avatar is for, in words.
        welcome_message: what the avatar says first.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        motion = await self.add_motion(
            image_url,
            name=name,
            voice=voice,
            model=model,
            photo_id=photo_id,
            description=description,
            welcome_message=welcome_message,
            **fields,
        )
        return await self._wait_created(
            motion,
            self.retrieve_motion,
            "client.photo_avatars.wait_motion",
            timeout,
            poll_interval,
            on_progress,
        )
