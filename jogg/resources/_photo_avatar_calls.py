"""The requests of ``photo_avatars`` and how their answers are read (the resource classes
live in photo_avatars.py)."""

from __future__ import annotations

from typing import Any

from jogg_api.api.avatar import (
    add_photo_avatar_motion,
    generate_photo_avatar_photo,
    get_photo_avatar_motion,
    get_photo_avatar_photo,
)
from jogg_api.body_keywords import AddPhotoAvatarMotionKeywords, GeneratePhotoAvatarPhotoKeywords
from jogg_api.models.add_photo_avatar_motion_body import AddPhotoAvatarMotionBody
from jogg_api.models.add_photo_avatar_motion_body_model import (
    ADD_PHOTO_AVATAR_MOTION_BODY_MODEL_VALUES,
    AddPhotoAvatarMotionBodyModel,
)
from jogg_api.models.add_photo_avatar_motion_response_200_data_type_0 import (
    AddPhotoAvatarMotionResponse200DataType0,
)
from jogg_api.models.generate_photo_avatar_photo_body import GeneratePhotoAvatarPhotoBody
from jogg_api.models.generate_photo_avatar_photo_body_age import (
    GENERATE_PHOTO_AVATAR_PHOTO_BODY_AGE_VALUES,
    GeneratePhotoAvatarPhotoBodyAge,
)
from jogg_api.models.generate_photo_avatar_photo_body_aspect_ratio import (
    GENERATE_PHOTO_AVATAR_PHOTO_BODY_ASPECT_RATIO_VALUES,
    GeneratePhotoAvatarPhotoBodyAspectRatio,
)
from jogg_api.models.generate_photo_avatar_photo_body_avatar_style import (
    GENERATE_PHOTO_AVATAR_PHOTO_BODY_AVATAR_STYLE_VALUES,
    GeneratePhotoAvatarPhotoBodyAvatarStyle,
)
from jogg_api.models.generate_photo_avatar_photo_body_ethnicity import (
    GENERATE_PHOTO_AVATAR_PHOTO_BODY_ETHNICITY_VALUES,
    GeneratePhotoAvatarPhotoBodyEthnicity,
)
from jogg_api.models.generate_photo_avatar_photo_body_gender import (
    GENERATE_PHOTO_AVATAR_PHOTO_BODY_GENDER_VALUES,
    GeneratePhotoAvatarPhotoBodyGender,
)
from jogg_api.models.generate_photo_avatar_photo_body_model import (
    GENERATE_PHOTO_AVATAR_PHOTO_BODY_MODEL_VALUES,
    GeneratePhotoAvatarPhotoBodyModel,
)
from jogg_api.models.generate_photo_avatar_photo_response_200_data_type_0 import (
    GeneratePhotoAvatarPhotoResponse200DataType0,
)

from .. import _validation as v
from .. import _wire as w
from .._args import voice_id
from .._options import RequestOptions
from .._results.avatars import AvatarMotion, AvatarPhoto
from .._transport import Call
from ._base import job_id

__all__ = [
    "MotionModel",
    "PhotoAge",
    "PhotoAspectRatio",
    "PhotoAvatarStyle",
    "PhotoEthnicity",
    "PhotoGender",
    "PhotoModel",
    "add_motion_call",
    "generate_call",
    "retrieve_motion_call",
    "retrieve_photo_call",
]
# The facade's names for the spec's sets (matched case-insensitively: "young adult" works).
PhotoAge = GeneratePhotoAvatarPhotoBodyAge
PhotoAvatarStyle = GeneratePhotoAvatarPhotoBodyAvatarStyle
PhotoGender = GeneratePhotoAvatarPhotoBodyGender
PhotoModel = GeneratePhotoAvatarPhotoBodyModel
PhotoAspectRatio = GeneratePhotoAvatarPhotoBodyAspectRatio
PhotoEthnicity = GeneratePhotoAvatarPhotoBodyEthnicity
MotionModel = AddPhotoAvatarMotionBodyModel


class GeneratePhotoOptions(RequestOptions, GeneratePhotoAvatarPhotoKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


class AddMotionOptions(RequestOptions, AddPhotoAvatarMotionKeywords, total=False):
    """Per-call options, and the body fields the spec added that no parameter names yet."""


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
    options: GeneratePhotoOptions,
) -> Call[AvatarPhoto]:
    body = GeneratePhotoAvatarPhotoBody(
        age=w.choice("age", age, GENERATE_PHOTO_AVATAR_PHOTO_BODY_AGE_VALUES),
        avatar_style=w.choice(
            "avatar_style", avatar_style, GENERATE_PHOTO_AVATAR_PHOTO_BODY_AVATAR_STYLE_VALUES
        ),
        gender=w.choice("gender", gender, GENERATE_PHOTO_AVATAR_PHOTO_BODY_GENDER_VALUES),
        model=w.choice("model", model, GENERATE_PHOTO_AVATAR_PHOTO_BODY_MODEL_VALUES),
        aspect_ratio=w.choice(
            "aspect_ratio", aspect_ratio, GENERATE_PHOTO_AVATAR_PHOTO_BODY_ASPECT_RATIO_VALUES
        ),
        ethnicity=w.given_choice(
            "ethnicity", ethnicity, GENERATE_PHOTO_AVATAR_PHOTO_BODY_ETHNICITY_VALUES
        ),
        background=w.given(v.optional_text("background", background)),
        appearance=w.given(v.optional_text("appearance", appearance)),
        image_url=w.given(v.optional_url("image_url", image_url)),
    )

    def parse(data: Any) -> AvatarPhoto:
        m, raw = w.data(GeneratePhotoAvatarPhotoResponse200DataType0.from_dict, data, "a photo job")
        return AvatarPhoto._from_wire(m, raw, id=m.photo_id)

    return Call(
        generate_photo_avatar_photo,
        w.arguments(generate_photo_avatar_photo._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def retrieve_photo_call(photo_id: Any, options: RequestOptions) -> Call[AvatarPhoto]:
    pid = job_id("photo_id", photo_id)
    return Call(
        get_photo_avatar_photo,
        w.arguments(get_photo_avatar_photo._get_kwargs, photo_id=pid),
        parse=lambda data: AvatarPhoto.from_data(data, id=pid),
        options=options,
    )


def add_motion_call(
    image_url: Any,
    name: Any,
    voice: Any,
    model: Any,
    photo_id: Any,
    description: Any,
    welcome_message: Any,
    options: AddMotionOptions,
) -> Call[AvatarMotion]:
    body = AddPhotoAvatarMotionBody(
        image_url=v.url("image_url", image_url),
        name=v.text("name", name),
        voice_id=voice_id("voice", voice),
        model=w.choice("model", model, ADD_PHOTO_AVATAR_MOTION_BODY_MODEL_VALUES),
        photo_id=w.given(None if photo_id is None else job_id("photo_id", photo_id)),
        description=w.given(v.optional_text("description", description)),
        welcome_msg=w.given(v.optional_text("welcome_message", welcome_message)),
    )

    def parse(data: Any) -> AvatarMotion:
        m, raw = w.data(AddPhotoAvatarMotionResponse200DataType0.from_dict, data, "a motion")
        return AvatarMotion._from_wire(
            m, raw, id=m.motion_id, avatar_id=m.avatar_id, status=m.status
        )

    return Call(
        add_photo_avatar_motion,
        w.arguments(add_photo_avatar_motion._get_kwargs, body=body),
        parse=parse,
        options=options,
    )


def retrieve_motion_call(motion_id: Any, options: RequestOptions) -> Call[AvatarMotion]:
    mid = job_id("motion_id", motion_id)
    return Call(
        get_photo_avatar_motion,
        w.arguments(get_photo_avatar_motion._get_kwargs, motion_id=mid),
        parse=lambda data: AvatarMotion.from_data(data, id=mid),
        options=options,
    )
