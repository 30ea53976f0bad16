"""The requests of ``product_avatars`` and how their answers are read (the resource classes
live in product_avatars.py)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from jogg_api.api.avatar import (
    add_product_avatar_motion,
    generate_product_avatar_images,
    get_product_avatar_generation,
    get_product_avatar_motion,
)
from jogg_api.body_keywords import (
    AddProductAvatarMotionKeywords,
    GenerateProductAvatarImagesKeywords,
)
from jogg_api.models.add_product_avatar_motion_body import AddProductAvatarMotionBody
from jogg_api.models.add_product_avatar_motion_body_aspect_ratio import (
    ADD_PRODUCT_AVATAR_MOTION_BODY_ASPECT_RATIO_VALUES,
    AddProductAvatarMotionBodyAspectRatio,
)
from jogg_api.models.add_product_avatar_motion_response_200_data_type_0 import (
    AddProductAvatarMotionResponse200DataType0,
)
from jogg_api.models.generate_product_avatar_images_body import GenerateProductAvatarImagesBody
from jogg_api.models.generate_product_avatar_images_body_aspect_ratio import (
    GENERATE_PRODUCT_AVATAR_IMAGES_BODY_ASPECT_RATIO_VALUES,
    GenerateProductAvatarImagesBodyAspectRatio,
)
from jogg_api.models.generate_product_avatar_images_body_avatar_source import (
    GenerateProductAvatarImagesBodyAvatarSource as AvatarSource,
)
from jogg_api.models.generate_product_avatar_images_body_avatar_source_avatar_type import (
    GENERATE_PRODUCT_AVATAR_IMAGES_BODY_AVATAR_SOURCE_AVATAR_TYPE_VALUES,
    GenerateProductAvatarImagesBodyAvatarSourceAvatarType,
)
from jogg_api.models.generate_product_avatar_images_body_quality import (
    GENERATE_PRODUCT_AVATAR_IMAGES_BODY_QUALITY_VALUES,
    GenerateProductAvatarImagesBodyQuality,
)
from jogg_api.models.generate_product_avatar_images_response_200_data_type_0 import (
    GenerateProductAvatarImagesResponse200DataType0,
)
from jogg_api.models.generate_product_avatar_images_response_200_data_type_0_generations_type_0_item import (  # noqa: E501
    GenerateProductAvatarImagesResponse200DataType0GenerationsType0Item as CreatedImage,
)
from jogg_api.models.get_product_avatar_motion_response_200_data_type_0 import (
    GetProductAvatarMotionResponse200DataType0,
)

from .. import _validation as v
from .. import _wire as w
from .._args import voice_id
from .._errors import ValidationError
from .._options import RequestOptions
from .._results.avatars import Avatar, AvatarMotion, ProductAvatarBatch, ProductAvatarImage
from .._transport import Call
from ._base import job_id

__all__ = [
    "ImageAspectRatio",
    "ImageQuality",
    "ImageShape",
    "MotionAspectRatio",
    "SourceAvatarType",
    "add_motion_call",
    "avatar_source",
    "generate_call",
    "retrieve_generation_call",
    "retrieve_motion_call",
]

# The facade's names for the spec's sets.
ImageQuality = GenerateProductAvatarImagesBodyQuality
ImageAspectRatio = GenerateProductAvatarImagesBodyAspectRatio
SourceAvatarType = GenerateProductAvatarImagesBodyAvatarSourceAvatarType
MotionAspectRatio = AddProductAvatarMotionBodyAspectRatio

# The image ratios by name too, as the rest of the SDK spells shapes.
ImageShape = Literal["landscape", "portrait", "square"]
IMAGE_RATIO_NAMES: dict[ImageShape, ImageAspectRatio] = {
    "landscape": "3:2",
    "portrait": "2:3",
    "square": "1:1",
}


class GenerateImagesOptions(RequestOptions, GenerateProductAvatarImagesKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


class AddMotionOptions(RequestOptions, AddProductAvatarMotionKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


def image_ratio(value: Any) -> ImageAspectRatio:
    for name, ratio in IMAGE_RATIO_NAMES.items():
        if isinstance(value, str) and value.strip().lower() == name:
            return ratio
    try:
        return w.choice(
            "aspect_ratio", value, GENERATE_PRODUCT_AVATAR_IMAGES_BODY_ASPECT_RATIO_VALUES
        )
    except ValidationError:
        allowed = (
            *w.allowed(GENERATE_PRODUCT_AVATAR_IMAGES_BODY_ASPECT_RATIO_VALUES),
            *IMAGE_RATIO_NAMES,
        )
        raise ValidationError(
            "aspect_ratio", value, "one of " + ", ".join(repr(a) for a in allowed)
        ) from None


def avatar_source(avatar: Any, avatar_type: Any, image_url: Any, description: Any) -> AvatarSource:
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
        return AvatarSource(type_="image", value=v.url("avatar_image_url", image_url))
    if description is not None:
        return AvatarSource(type_="description", value=v.text("avatar_description", description))
    kinds = GENERATE_PRODUCT_AVATAR_IMAGES_BODY_AVATAR_SOURCE_AVATAR_TYPE_VALUES
    kind = w.optional_choice("avatar_type", avatar_type, kinds)
    if isinstance(avatar, Avatar):
        kind = kind or next((k for k in kinds if k == avatar.kind), None)
        if kind is None:
            raise ValidationError("avatar", avatar, "a public, photo or custom avatar")
        avatar = avatar.id
    return AvatarSource(
        type_="id",
        avatar_id=v.integer("avatar", avatar, minimum=0),
        avatar_type=kind or "public",
    )


def _created_batch(
    m: GenerateProductAvatarImagesResponse200DataType0, raw: Mapping[str, Any]
) -> ProductAvatarBatch:
    images = tuple(
        ProductAvatarImage._from_wire(
            i, id=i.generation_id, status=i.status, created_at=i.created_at
        )
        for i, _ in w.items(m.generations, CreatedImage)
    )
    return ProductAvatarBatch._from_wire(m, raw, id=m.batch_id, images=images)


def generate_call(
    product_image_url: Any,
    aspect_ratio: Any,
    source: AvatarSource,
    quality: Any,
    num_images: Any,
    prompt: Any,
    webhook_url: Any,
    options: GenerateImagesOptions,
) -> Call[ProductAvatarBatch]:
    body = GenerateProductAvatarImagesBody(
        product_image_url=v.url("product_image_url", product_image_url),
        avatar_source=source,
        quality=w.choice("quality", quality, GENERATE_PRODUCT_AVATAR_IMAGES_BODY_QUALITY_VALUES),
        aspect_ratio=image_ratio(aspect_ratio),
        num_images=v.integer("num_images", num_images, minimum=1, maximum=4),
        prompt=w.given(v.optional_text("prompt", prompt)),
        webhook_url=w.given(v.optional_url("webhook_url", webhook_url)),
    )

    def parse(data: Any) -> ProductAvatarBatch:
        m, raw = w.data(
            GenerateProductAvatarImagesResponse200DataType0.from_dict,
            data,
            "a product avatar batch",
        )
        return _created_batch(m, raw)

    return Call(
        generate_product_avatar_images,
        w.arguments(generate_product_avatar_images._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def retrieve_generation_call(batch_id: Any, options: RequestOptions) -> Call[ProductAvatarBatch]:
    bid = job_id("batch_id", batch_id)
    return Call(
        get_product_avatar_generation,
        w.arguments(get_product_avatar_generation._get_kwargs, batch_id=bid),
        parse=lambda data: ProductAvatarBatch.from_data(data, id=bid),
        options=options,
    )


def add_motion_call(
    generation_id: Any,
    name: Any,
    voice: Any,
    description: Any,
    model: Any,
    aspect_ratio: Any,
    options: AddMotionOptions,
) -> Call[AvatarMotion]:
    body = AddProductAvatarMotionBody(
        generation_id=job_id("generation_id", generation_id),
        name=v.text("name", name),
        voice_id=voice_id("voice", voice),
        description=v.text("description", description),
        model=w.given(v.optional_integer("model", model, minimum=0, maximum=2)),
        aspect_ratio=w.given_choice(
            "aspect_ratio", aspect_ratio, ADD_PRODUCT_AVATAR_MOTION_BODY_ASPECT_RATIO_VALUES
        ),
    )

    def parse(data: Any) -> AvatarMotion:
        m, raw = w.data(AddProductAvatarMotionResponse200DataType0.from_dict, data, "a motion")
        return AvatarMotion._from_wire(m, raw, id=m.motion_id, avatar_id=m.avatar_id, name=m.name)

    return Call(
        add_product_avatar_motion,
        w.arguments(add_product_avatar_motion._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def retrieve_motion_call(motion_id: Any, options: RequestOptions) -> Call[AvatarMotion]:
    mid = job_id("motion_id", motion_id)

    def parse(data: Any) -> AvatarMotion:
        m, raw = w.data(GetProductAvatarMotionResponse200DataType0.from_dict, data, "a motion")
        return AvatarMotion._from_wire(
            m,
            raw,
            id=m.motion_id,
            avatar_id=m.avatar_id,
            status=m.status,
            name=m.name,
            image_url=m.image_url,
            preview_url=m.motion_preview_url,
            voice_id=m.voice_id,
            error=m.error_msg,
            known_id=mid,
        )

    return Call(
        get_product_avatar_motion,
        w.arguments(get_product_avatar_motion._get_kwargs, motion_id=mid),
        parse=parse,
        options=options,
    )
