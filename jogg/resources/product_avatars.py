"""Product avatars: images of an avatar holding a product, then animated into an avatar."""

from __future__ import annotations

from typing import Unpack

from jogg_api.body_keywords import (
    AddProductAvatarMotionKeywords,
    GenerateProductAvatarImagesKeywords,
)

from .._options import RequestOptions
from .._polling import ProgressCallback
from .._results.avatars import Avatar, AvatarMotion, ProductAvatarBatch, ProductAvatarImage, Voice
from ._base import DEFAULT_WAIT_TIMEOUT, AsyncResource, SyncResource, job_id
from ._product_avatar_calls import (
    AddMotionOptions,
    GenerateImagesOptions,
    ImageAspectRatio,
    ImageQuality,
    ImageShape,
    MotionAspectRatio,
    SourceAvatarType,
    add_motion_call,
    avatar_source,
    generate_call,
    retrieve_generation_call,
    retrieve_motion_call,
)

__all__ = [
    "AsyncProductAvatars",
    "ImageAspectRatio",
    "ImageQuality",
    "ImageShape",
    "MotionAspectRatio",
    "ProductAvatars",
    "SourceAvatarType",
]


class ProductAvatars(SyncResource):
    """Product avatars: images of an avatar presenting a product (``generate_images``),
    then one of them animated into an avatar that can speak (``add_motion``)."""

    def generate_images(
        self,
        product_image_url: str,
        *,
        aspect_ratio: ImageAspectRatio | ImageShape,
        avatar: int | Avatar | None = None,
        avatar_type: SourceAvatarType | None = None,
        avatar_image_url: str | None = None,
        avatar_description: str | None = None,
        quality: ImageQuality = "medium",
        num_images: int = 1,
        prompt: str | None = None,
        webhook_url: str | None = None,
        **options: Unpack[GenerateImagesOptions],
    ) -> ProductAvatarBatch:
        """Start 1-4 images of an avatar presenting the product; wait with
        ``wait_generation``. The avatar is exactly one of ``avatar``, ``avatar_image_url``
        and ``avatar_description``.

        product_image_url: a picture of the product.
        aspect_ratio: the images' shape: 3:2, 2:3 or 1:1 (or landscape, portrait, square).
        avatar: an existing avatar (its id, or an Avatar from avatars.list_*()).
        avatar_type: the kind of a bare avatar id (public, photo or custom; default public).
        avatar_image_url: a picture of the person to show instead.
        avatar_description: the person to show, in words, instead.
        quality: low, medium or high.
        num_images: how many images to make (1-4).
        prompt: what the scene should look like, in words.
        webhook_url: where the API announces the finished images.
        """
        source = avatar_source(avatar, avatar_type, avatar_image_url, avatar_description)
        return self._call(
            generate_call(
                product_image_url,
                aspect_ratio,
                source,
                quality,
                num_images,
                prompt,
                webhook_url,
                options,
            )
        )

    def retrieve_generation(
        self, batch_id: str | ProductAvatarBatch, **options: Unpack[RequestOptions]
    ) -> ProductAvatarBatch:
        """The batch of images as it is now.

        batch_id: the batch (its id, or the ProductAvatarBatch).
        """
        return self._call(retrieve_generation_call(batch_id, options))

    def wait_generation(
        self,
        batch_id: str | ProductAvatarBatch,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ProductAvatarBatch:
        """Poll until no image is still being made; fails only when every image failed.

        batch_id: the batch (its id, or the ProductAvatarBatch).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (batch, elapsed seconds) after each look.
        """
        bid = job_id("batch_id", batch_id)
        return self._wait(
            bid, lambda: self.retrieve_generation(bid), timeout, poll_interval, on_progress
        )

    def generate_images_and_wait(
        self,
        product_image_url: str,
        *,
        aspect_ratio: ImageAspectRatio | ImageShape,
        avatar: int | Avatar | None = None,
        avatar_type: SourceAvatarType | None = None,
        avatar_image_url: str | None = None,
        avatar_description: str | None = None,
        quality: ImageQuality = "medium",
        num_images: int = 1,
        prompt: str | None = None,
        webhook_url: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[GenerateProductAvatarImagesKeywords],
    ) -> ProductAvatarBatch:
        """``generate_images``, then ``wait_generation``. A wait that fails after the batch
        started raises WaitAfterCreateError with the batch: resume with ``wait_generation``.

        product_image_url: a picture of the product.
        aspect_ratio: the images' shape: 3:2, 2:3 or 1:1 (or landscape, portrait, square).
        avatar: an existing avatar (its id, or an Avatar from avatars.list_*()).
        avatar_type: the kind of a bare avatar id (public, photo or custom; default public).
        avatar_image_url: a picture of the person to show instead.
        avatar_description: the person to show, in words, instead.
        quality: low, medium or high.
        num_images: how many images to make (1-4).
        prompt: what the scene should look like, in words.
        webhook_url: where the API announces the finished images.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (batch, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        batch = self.generate_images(
            product_image_url,
            aspect_ratio=aspect_ratio,
            avatar=avatar,
            avatar_type=avatar_type,
            avatar_image_url=avatar_image_url,
            avatar_description=avatar_description,
            quality=quality,
            num_images=num_images,
            prompt=prompt,
            webhook_url=webhook_url,
            **fields,
        )
        return self._wait_created(
            batch,
            self.retrieve_generation,
            "client.product_avatars.wait_generation",
            timeout,
            poll_interval,
            on_progress,
        )

    def add_motion(
        self,
        generation_id: str | ProductAvatarImage,
        *,
        name: str,
        voice: str | Voice,
        description: str,
        model: int | None = None,
        aspect_ratio: MotionAspectRatio | None = None,
        **options: Unpack[AddMotionOptions],
    ) -> AvatarMotion:
        """Animate one generated image into an avatar; wait with ``wait_motion``.

        generation_id: the image (``ProductAvatarBatch.images[i]``, or its id).
        name: the new avatar's name.
        voice: the avatar's voice (its id, or a Voice).
        description: what the avatar is for, in words.
        model: the motion model (0-2).
        aspect_ratio: the avatar's shape (portrait, landscape or square).
        """
        return self._call(
            add_motion_call(generation_id, name, voice, description, model, aspect_ratio, options)
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
        generation_id: str | ProductAvatarImage,
        *,
        name: str,
        voice: str | Voice,
        description: str,
        model: int | None = None,
        aspect_ratio: MotionAspectRatio | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[AddProductAvatarMotionKeywords],
    ) -> AvatarMotion:
        """``add_motion``, then ``wait_motion``. A wait that fails after the job started
        raises WaitAfterCreateError with the job: resume with ``wait_motion``.

        generation_id: the image (``ProductAvatarBatch.images[i]``, or its id).
        name: the new avatar's name.
        voice: the avatar's voice (its id, or a Voice).
        description: what the avatar is for, in words.
        model: the motion model (0-2).
        aspect_ratio: the avatar's shape (portrait, landscape or square).
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        motion = self.add_motion(
            generation_id,
            name=name,
            voice=voice,
            description=description,
            model=model,
            aspect_ratio=aspect_ratio,
            **fields,
        )
        return self._wait_created(
            motion,
            self.retrieve_motion,
            "client.product_avatars.wait_motion",
            timeout,
            poll_interval,
            on_progress,
        )


class AsyncProductAvatars(AsyncResource):
    """Product avatars: images of an avatar presenting a product (``generate_images``),
    then one of them animated into an avatar that can speak (``add_motion``)."""

    async def generate_images(
        self,
        product_image_url: str,
        *,
        aspect_ratio: ImageAspectRatio | ImageShape,
        avatar: int | Avatar | None = None,
        avatar_type: SourceAvatarType | None = None,
        avatar_image_url: str | None = None,
        avatar_description: str | None = None,
        quality: ImageQuality = "medium",
        num_images: int = 1,
        prompt: str | None = None,
        webhook_url: str | None = None,
        **options: Unpack[GenerateImagesOptions],
    ) -> ProductAvatarBatch:
        """Start 1-4 images of an avatar presenting the product; wait with
        ``wait_generation``. The avatar is exactly one of ``avatar``, ``avatar_image_url``
        and ``avatar_description``.

        product_image_url: a picture of the product.
        aspect_ratio: the images' shape: 3:2, 2:3 or 1:1 (or landscape, portrait, square).
        avatar: an existing avatar (its id, or an Avatar from avatars.list_*()).
        avatar_type: the kind of a bare avatar id (public, photo or custom; default public).
        avatar_image_url: a picture of the person to show instead.
        avatar_description: the person to show, in words, instead.
        quality: low, medium or high.
        num_images: how many images to make (1-4).
        prompt: what the scene should look like, in words.
        webhook_url: where the API announces the finished images.
        """
        source = avatar_source(avatar, avatar_type, avatar_image_url, avatar_description)
        return await self._call(
            generate_call(
                product_image_url,
                aspect_ratio,
                source,
                quality,
                num_images,
                prompt,
                webhook_url,
                options,
            )
        )

    async def retrieve_generation(
        self, batch_id: str | ProductAvatarBatch, **options: Unpack[RequestOptions]
    ) -> ProductAvatarBatch:
        """The batch of images as it is now.

        batch_id: the batch (its id, or the ProductAvatarBatch).
        """
        return await self._call(retrieve_generation_call(batch_id, options))

    async def wait_generation(
        self,
        batch_id: str | ProductAvatarBatch,
        *,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> ProductAvatarBatch:
        """Poll until no image is still being made; fails only when every image failed.

        batch_id: the batch (its id, or the ProductAvatarBatch).
        timeout: give up after this many seconds (WaitTimeoutError); None waits for ever.
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (batch, elapsed seconds) after each look.
        """
        bid = job_id("batch_id", batch_id)
        return await self._wait(
            bid, lambda: self.retrieve_generation(bid), timeout, poll_interval, on_progress
        )

    async def generate_images_and_wait(
        self,
        product_image_url: str,
        *,
        aspect_ratio: ImageAspectRatio | ImageShape,
        avatar: int | Avatar | None = None,
        avatar_type: SourceAvatarType | None = None,
        avatar_image_url: str | None = None,
        avatar_description: str | None = None,
        quality: ImageQuality = "medium",
        num_images: int = 1,
        prompt: str | None = None,
        webhook_url: str | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[GenerateProductAvatarImagesKeywords],
    ) -> ProductAvatarBatch:
        """``generate_images``, then ``wait_generation``. A wait that fails after the batch
        started raises WaitAfterCreateError with the batch: resume with ``wait_generation``.

        product_image_url: a picture of the product.
        aspect_ratio: the images' shape: 3:2, 2:3 or 1:1 (or landscape, portrait, square).
        avatar: an existing avatar (its id, or an Avatar from avatars.list_*()).
        avatar_type: the kind of a bare avatar id (public, photo or custom; default public).
        avatar_image_url: a picture of the person to show instead.
        avatar_description: the person to show, in words, instead.
        quality: low, medium or high.
        num_images: how many images to make (1-4).
        prompt: what the scene should look like, in words.
        webhook_url: where the API announces the finished images.
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (batch, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        batch = await self.generate_images(
            product_image_url,
            aspect_ratio=aspect_ratio,
            avatar=avatar,
            avatar_type=avatar_type,
            avatar_image_url=avatar_image_url,
            avatar_description=avatar_description,
            quality=quality,
            num_images=num_images,
            prompt=prompt,
            webhook_url=webhook_url,
            **fields,
        )
        return await self._wait_created(
            batch,
            self.retrieve_generation,
            "client.product_avatars.wait_generation",
            timeout,
            poll_interval,
            on_progress,
        )

    async def add_motion(
        self,
        generation_id: str | ProductAvatarImage,
        *,
        name: str,
        voice: str | Voice,
        description: str,
        model: int | None = None,
        aspect_ratio: MotionAspectRatio | None = None,
        **options: Unpack[AddMotionOptions],
    ) -> AvatarMotion:
        """Animate one generated image into an avatar; wait with ``wait_motion``.

        generation_id: the image (``ProductAvatarBatch.images[i]``, or its id).
        name: the new avatar's name.
        voice: the avatar's voice (its id, or a Voice).
        description: what the avatar is for, in words.
        model: the motion model (0-2).
        aspect_ratio: the avatar's shape (portrait, landscape or square).
        """
        return await self._call(
            add_motion_call(generation_id, name, voice, description, model, aspect_ratio, options)
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
        generation_id: str | ProductAvatarImage,
        *,
        name: str,
        voice: str | Voice,
        description: str,
        model: int | None = None,
        aspect_ratio: MotionAspectRatio | None = None,
        timeout: float | None = DEFAULT_WAIT_TIMEOUT,
        poll_interval: float | None = None,
        on_progress: ProgressCallback | None = None,
        **fields: Unpack[AddProductAvatarMotionKeywords],
    ) -> AvatarMotion:
        """``add_motion``, then ``wait_motion``. A wait that fails after the job started
        raises WaitAfterCreateError with the job: resume with ``wait_motion``.

        generation_id: the image (``ProductAvatarBatch.images[i]``, or its id).
        name: the new avatar's name.
        voice: the avatar's voice (its id, or a Voice).
        description: what the avatar is for, in words.
        model: the motion model (0-2).
        aspect_ratio: the avatar's shape (portrait, landscape or square).
        timeout: give up waiting after this many seconds (WaitTimeoutError).
        poll_interval: seconds between looks (default: the vendor's schedule).
        on_progress: called with (job, elapsed seconds) after each look.
        **fields: body fields the spec added after this version, by name (typed keywords).
        """
        motion = await self.add_motion(
            generation_id,
            name=name,
            voice=voice,
            description=description,
            model=model,
            aspect_ratio=aspect_ratio,
            **fields,
        )
        return await self._wait_created(
            motion,
            self.retrieve_motion,
            "client.product_avatars.wait_motion",
            timeout,
            poll_interval,
            on_progress,
        )
