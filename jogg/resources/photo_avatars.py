"""Photo avatars: generate a portrait, then animate it into an avatar that can speak."""

from __future__ import annotations

from typing import Any

from .. import _validation as v
from .._args import ASPECT_RATIOS, voice_id
from .._operations import operation
from .._polling import ProgressCallback
from .._transport import Call
from ..types import AvatarMotion, AvatarPhoto, Voice
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

# Spelled as the API wants them; matched case-insensitively ("young adult" works).
AGES = ("Teenager", "Young adult", "Adult", "Elderly")
AVATAR_STYLES = ("Professional", "Social")
GENDERS = ("Female", "Male")
PHOTO_MODELS = ("classic", "modern")
ETHNICITIES = (
    "European",
    "African",
    "South Asian",
    "East Asian",
    "Middle Eastern",
    "South American",
    "North American",
)
MOTION_MODELS = ("1.0", "2.0", "2.0-Pro", "3.0")


def generate_call(
    age: Any,
    avatar_style: Any,
    gender: Any,
    model: Any,
    aspect_ratio: Any,
    ethnicity: Any,
    background: Any,
    appearance: Any,
    image_url: Any,
) -> Call[AvatarPhoto]:
    body = v.drop_none(
        {
            "age": v.choice("age", age, AGES),
            "avatar_style": v.choice("avatar_style", avatar_style, AVATAR_STYLES),
            "gender": v.choice("gender", gender, GENDERS),
            "model": v.choice("model", model, PHOTO_MODELS),
            "aspect_ratio": v.choice("aspect_ratio", aspect_ratio, ASPECT_RATIOS),
            "ethnicity": v.optional_choice("ethnicity", ethnicity, ETHNICITIES),
            "background": v.optional_text("background", background),
            "appearance": v.optional_text("appearance", appearance),
            "image_url": v.optional_url("image_url", image_url),
        }
    )
    return Call(operation("generate_photo_avatar_photo"), parse=AvatarPhoto.from_data, body=body)


def retrieve_photo_call(photo_id: Any) -> Call[AvatarPhoto]:
    pid = job_id("photo_id", photo_id)
    return Call(
        operation("get_photo_avatar_photo"),
        parse=lambda data: AvatarPhoto.from_data(data, id=pid),
        query={"photo_id": pid},
    )


def add_motion_call(
    image_url: Any,
    name: Any,
    voice: Any,
    model: Any,
    photo_id: Any,
    description: Any,
    welcome_message: Any,
) -> Call[AvatarMotion]:
    body = v.drop_none(
        {
            "image_url": v.url("image_url", image_url),
            "name": v.text("name", name),
            "voice_id": voice_id("voice", voice),
            "model": v.choice("model", model, MOTION_MODELS),
            "photo_id": None if photo_id is None else job_id("photo_id", photo_id),
            "description": v.optional_text("description", description),
            "welcome_msg": v.optional_text("welcome_message", welcome_message),
        }
    )
    return Call(operation("add_photo_avatar_motion"), parse=AvatarMotion.from_data, body=body)


def retrieve_motion_call(motion_id: Any) -> Call[AvatarMotion]:
    mid = job_id("motion_id", motion_id)
    return Call(
        operation("get_photo_avatar_motion"),
        parse=lambda data: AvatarMotion.from_data(data, id=mid),
        query={"motion_id": mid},
    )


class PhotoAvatars(SyncResource):
    def generate_photo(
        self,
        *,
        age: str,
        avatar_style: str,
        gender: str,
        model: str,
        aspect_ratio: str,
        ethnicity: str | None = None,
        background: str | None = None,
        appearance: str | None = None,
        image_url: str | None = None,
    ) -> AvatarPhoto:
        """Start generating portraits; wait with ``wait_photo`` for ``image_urls``."""
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
            )
        )

    def retrieve_photo(self, photo_id: str | AvatarPhoto) -> AvatarPhoto:
        return self._call(retrieve_photo_call(photo_id))

    def wait_photo(
        self,
        photo_id: str | AvatarPhoto,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarPhoto:
        """Poll until the photos are ready (returned) or failed (JobFailedError)."""
        pid = job_id("photo_id", photo_id)
        return self._wait(
            pid, lambda: self.retrieve_photo(pid), timeout, poll_interval, on_progress
        )

    def add_motion(
        self,
        image_url: str,
        *,
        name: str,
        voice: str | Voice,
        model: str,
        photo_id: str | AvatarPhoto | None = None,
        description: str | None = None,
        welcome_message: str | None = None,
    ) -> AvatarMotion:
        """Animate a portrait (one of ``AvatarPhoto.image_urls``, or any image URL) into an
        avatar; ``model`` is 1.0, 2.0, 2.0-Pro or 3.0."""
        return self._call(
            add_motion_call(image_url, name, voice, model, photo_id, description, welcome_message)
        )

    def retrieve_motion(self, motion_id: str | AvatarMotion) -> AvatarMotion:
        return self._call(retrieve_motion_call(motion_id))

    def wait_motion(
        self,
        motion_id: str | AvatarMotion,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarMotion:
        """Poll until the avatar is animated (returned, with ``avatar_id``) or failed."""
        mid = job_id("motion_id", motion_id)
        return self._wait(
            mid, lambda: self.retrieve_motion(mid), timeout, poll_interval, on_progress
        )


class AsyncPhotoAvatars(AsyncResource):
    async def generate_photo(
        self,
        *,
        age: str,
        avatar_style: str,
        gender: str,
        model: str,
        aspect_ratio: str,
        ethnicity: str | None = None,
        background: str | None = None,
        appearance: str | None = None,
        image_url: str | None = None,
    ) -> AvatarPhoto:
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
            )
        )

    async def retrieve_photo(self, photo_id: str | AvatarPhoto) -> AvatarPhoto:
        return await self._call(retrieve_photo_call(photo_id))

    async def wait_photo(
        self,
        photo_id: str | AvatarPhoto,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarPhoto:
        pid = job_id("photo_id", photo_id)
        return await self._wait(
            pid, lambda: self.retrieve_photo(pid), timeout, poll_interval, on_progress
        )

    async def add_motion(
        self,
        image_url: str,
        *,
        name: str,
        voice: str | Voice,
        model: str,
        photo_id: str | AvatarPhoto | None = None,
        description: str | None = None,
        welcome_message: str | None = None,
    ) -> AvatarMotion:
        return await self._call(
            add_motion_call(image_url, name, voice, model, photo_id, description, welcome_message)
        )

    async def retrieve_motion(self, motion_id: str | AvatarMotion) -> AvatarMotion:
        return await self._call(retrieve_motion_call(motion_id))

    async def wait_motion(
        self,
        motion_id: str | AvatarMotion,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> AvatarMotion:
        mid = job_id("motion_id", motion_id)
        return await self._wait(
            mid, lambda: self.retrieve_motion(mid), timeout, poll_interval, on_progress
        )
