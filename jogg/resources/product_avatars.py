"""Product avatars: images of an avatar holding a product, then animated into an avatar."""

from __future__ import annotations

from typing import Any

from .. import _validation as v
from .._args import ASPECT_RATIOS, voice_id
from .._errors import ValidationError
from .._operations import operation
from .._polling import ProgressCallback
from .._transport import Call
from ..types import Avatar, AvatarMotion, ProductAvatarBatch, ProductAvatarImage, Voice
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id

QUALITIES = ("low", "medium", "high")
IMAGE_RATIOS = ("3:2", "2:3", "1:1")
# The ratios by name too, as the rest of the SDK spells them.
IMAGE_RATIO_NAMES = {"landscape": "3:2", "portrait": "2:3", "square": "1:1"}
SOURCE_AVATAR_TYPES = ("public", "photo", "custom")


def image_ratio(value: Any) -> str:
    if isinstance(value, str) and value.strip().lower() in IMAGE_RATIO_NAMES:
        return IMAGE_RATIO_NAMES[value.strip().lower()]
    allowed = (*IMAGE_RATIOS, *IMAGE_RATIO_NAMES)
    return v.choice("aspect_ratio", value, allowed)


def avatar_source(
    avatar: Any, avatar_type: Any, image_url: Any, description: Any
) -> dict[str, Any]:
    """Exactly one of: an existing avatar, an image of a person, or a description of one."""
    given = [name for name, value in (("avatar", avatar), ("avatar_image_url", image_url),
             ("avatar_description", description)) if value is not None]  # fmt: skip
    if len(given) != 1:
        raise ValidationError(
            "avatar",
            {name: "given" for name in given} or None,
            "exactly one of avatar, avatar_image_url or avatar_description",
        )
    if image_url is not None:
        return {"type": "image", "value": v.url("avatar_image_url", image_url)}
    if description is not None:
        return {"type": "description", "value": v.text("avatar_description", description)}
    kind = v.optional_choice("avatar_type", avatar_type, SOURCE_AVATAR_TYPES)
    if isinstance(avatar, Avatar):
        kind = kind or avatar.kind
        if kind not in SOURCE_AVATAR_TYPES:
            raise ValidationError("avatar", avatar, "a public, photo or custom avatar")
        avatar = avatar.id
    return {
        "type": "id",
        "avatar_id": v.integer("avatar", avatar, minimum=0),
        "avatar_type": kind or "public",
    }


def generate_call(
    product_image_url: Any,
    aspect_ratio: Any,
    source: dict[str, Any],
    quality: Any,
    num_images: Any,
    prompt: Any,
    webhook_url: Any,
) -> Call[ProductAvatarBatch]:
    body = v.drop_none(
        {
            "product_image_url": v.url("product_image_url", product_image_url),
            "avatar_source": source,
            "quality": v.choice("quality", quality, QUALITIES),
            "aspect_ratio": image_ratio(aspect_ratio),
            "num_images": v.integer("num_images", num_images, minimum=1, maximum=4),
            "prompt": v.optional_text("prompt", prompt),
            "webhook_url": v.optional_url("webhook_url", webhook_url),
        }
    )
    return Call(
        operation("generate_product_avatar_images"),
        parse=ProductAvatarBatch.from_data,
        body=body,
    )


def retrieve_generation_call(batch_id: Any) -> Call[ProductAvatarBatch]:
    bid = job_id("batch_id", batch_id)
    return Call(
        operation("get_product_avatar_generation"),
        parse=lambda data: ProductAvatarBatch.from_data(data, id=bid),
        path_params={"batch_id": bid},
    )


def add_motion_call(
    generation_id: Any, name: Any, voice: Any, description: Any, model: Any, aspect_ratio: Any
) -> Call[AvatarMotion]:
    body = v.drop_none(
        {
            "generation_id": job_id("generation_id", generation_id),
            "name": v.text("name", name),
            "voice_id": voice_id("voice", voice),
            "description": v.text("description", description),
            "model": v.optional_integer("model", model, minimum=0, maximum=2),
            "aspect_ratio": v.optional_choice("aspect_ratio", aspect_ratio, ASPECT_RATIOS),
        }
    )
    return Call(operation("add_product_avatar_motion"), parse=AvatarMotion.from_data, body=body)


def retrieve_motion_call(motion_id: Any) -> Call[AvatarMotion]:
    mid = job_id("motion_id", motion_id)
    return Call(
        operation("get_product_avatar_motion"),
        parse=lambda data: AvatarMotion.from_data(data, id=mid),
        query={"motion_id": mid},
    )


class ProductAvatars(SyncResource):
    def generate_images(
        self,
        product_image_url: str,
        *,
        aspect_ratio: str,
        avatar: int | Avatar | None = None,
        avatar_type: str | None = None,
        avatar_image_url: str | None = None,
        avatar_description: str | None = None,
        quality: str = "medium",
        num_images: int = 1,
        prompt: str | None = None,
        webhook_url: str | None = None,
    ) -> ProductAvatarBatch:
        """Start 1-4 images of an avatar presenting the product. The avatar is one of:
        ``avatar`` (an id or Avatar; ``avatar_type`` public/photo/custom for a bare id),
        ``avatar_image_url`` or ``avatar_description``. ``aspect_ratio`` is 3:2, 2:3 or 1:1
        (or landscape, portrait, square)."""
        source = avatar_source(avatar, avatar_type, avatar_image_url, avatar_description)
        return self._call(
            generate_call(
                product_image_url, aspect_ratio, source, quality, num_images, prompt, webhook_url
            )
        )

    def retrieve_generation(self, batch_id: str | ProductAvatarBatch) -> ProductAvatarBatch:
        return self._call(retrieve_generation_call(batch_id))

    def wait_generation(
        self,
        batch_id: str | ProductAvatarBatch,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ProductAvatarBatch:
        """Poll until no image is still being made; fails only when every image failed."""
        bid = job_id("batch_id", batch_id)
        return self._wait(
            bid, lambda: self.retrieve_generation(bid), timeout, poll_interval, on_progress
        )

    def add_motion(
        self,
        generation_id: str | ProductAvatarImage,
        *,
        name: str,
        voice: str | Voice,
        description: str,
        model: int | None = None,
        aspect_ratio: str | None = None,
    ) -> AvatarMotion:
        """Animate one generated image (``ProductAvatarBatch.images[i]`` or its id)."""
        return self._call(
            add_motion_call(generation_id, name, voice, description, model, aspect_ratio)
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


class AsyncProductAvatars(AsyncResource):
    async def generate_images(
        self,
        product_image_url: str,
        *,
        aspect_ratio: str,
        avatar: int | Avatar | None = None,
        avatar_type: str | None = None,
        avatar_image_url: str | None = None,
        avatar_description: str | None = None,
        quality: str = "medium",
        num_images: int = 1,
        prompt: str | None = None,
        webhook_url: str | None = None,
    ) -> ProductAvatarBatch:
        source = avatar_source(avatar, avatar_type, avatar_image_url, avatar_description)
        return await self._call(
            generate_call(
                product_image_url, aspect_ratio, source, quality, num_images, prompt, webhook_url
            )
        )

    async def retrieve_generation(self, batch_id: str | ProductAvatarBatch) -> ProductAvatarBatch:
        return await self._call(retrieve_generation_call(batch_id))

    async def wait_generation(
        self,
        batch_id: str | ProductAvatarBatch,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ProductAvatarBatch:
        bid = job_id("batch_id", batch_id)
        return await self._wait(
            bid, lambda: self.retrieve_generation(bid), timeout, poll_interval, on_progress
        )

    async def add_motion(
        self,
        generation_id: str | ProductAvatarImage,
        *,
        name: str,
        voice: str | Voice,
        description: str,
        model: int | None = None,
        aspect_ratio: str | None = None,
    ) -> AvatarMotion:
        return await self._call(
            add_motion_call(generation_id, name, voice, description, model, aspect_ratio)
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
