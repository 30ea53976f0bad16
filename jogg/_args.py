"""Argument checks shared by the builders and the resources: avatars, voices, lengths, URLs.

Each returns the value as the API wants it or raises ValidationError naming the field.
"""

from __future__ import annotations

from typing import Any, Literal
from urllib.parse import urlsplit

from jogg_api.models.create_video_from_product_body_avatar_type import (
    CREATE_VIDEO_FROM_PRODUCT_BODY_AVATAR_TYPE_VALUES,
    CreateVideoFromProductBodyAvatarType,
)
from jogg_api.models.create_video_from_product_body_video_spec_aspect_ratio import (
    CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_ASPECT_RATIO_VALUES,
    CreateVideoFromProductBodyVideoSpecAspectRatio,
)
from jogg_api.models.create_video_from_product_body_video_spec_length import (
    CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_LENGTH_VALUES,
    CreateVideoFromProductBodyVideoSpecLength,
)

from . import _validation as v
from . import _wire as w
from ._errors import ValidationError
from ._hosts import is_loopback
from ._results.avatars import Avatar, Voice

# The facade's names for the avatar type codes of the create calls (product, avatar and
# template videos); the codes themselves are the spec's.
AvatarTypeName = Literal["public", "custom"]
AVATAR_TYPE_NAMES: tuple[AvatarTypeName, ...] = ("public", "custom")
AVATAR_TYPE_CODES: dict[AvatarTypeName, CreateVideoFromProductBodyAvatarType] = dict(
    zip(
        AVATAR_TYPE_NAMES, w.allowed(CREATE_VIDEO_FROM_PRODUCT_BODY_AVATAR_TYPE_VALUES), strict=True
    )
)
# Facade names for spec sets shared by several calls (the create calls use the same sets).
AspectRatio = CreateVideoFromProductBodyVideoSpecAspectRatio
VideoLength = CreateVideoFromProductBodyVideoSpecLength
VIDEO_LENGTHS: tuple[VideoLength, ...] = w.allowed(
    CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_LENGTH_VALUES
)
ASPECT_RATIOS: tuple[AspectRatio, ...] = w.allowed(
    CREATE_VIDEO_FROM_PRODUCT_BODY_VIDEO_SPEC_ASPECT_RATIO_VALUES
)


def voice_id(field: str, value: Any) -> str:
    """A voice id, given as the id or as a ``Voice`` from ``voices.list()``."""
    if isinstance(value, Voice):
        return v.text(field, value.id)
    return v.text(field, value)


def optional_voice_id(field: str, value: Any) -> str | None:
    return None if value is None else voice_id(field, value)


def avatar_ref(avatar: Any, avatar_type: Any) -> tuple[int, CreateVideoFromProductBodyAvatarType]:
    """(avatar id, avatar type code) from an id or an ``Avatar`` and an optional type name.

    An ``Avatar`` knows its kind; only public and custom avatars are accepted here, as the
    spec allows no other avatar type for these videos.
    """
    kind = w.optional_choice("avatar_type", avatar_type, AVATAR_TYPE_NAMES)
    if isinstance(avatar, Avatar):
        kind = kind or next((k for k in AVATAR_TYPE_NAMES if k == avatar.kind), None)
        if kind is None:
            raise ValidationError(
                "avatar", avatar, "a public or custom avatar (this call takes no other kind)"
            )
        return v.integer("avatar", avatar.id, minimum=0), AVATAR_TYPE_CODES[kind]
    if avatar is None:
        raise ValidationError("avatar", avatar, "an avatar id or an Avatar from avatars.list_*()")
    return v.integer("avatar", avatar, minimum=0), AVATAR_TYPE_CODES[kind or "public"]


def length_seconds(field: str, value: Any) -> VideoLength:
    """A video length the spec allows (in seconds), given as an int or a string; sent as the
    string the API wants."""
    candidate = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if type(candidate) is str and candidate in VIDEO_LENGTHS:  # as the spec spells it
        return candidate
    for length in VIDEO_LENGTHS:
        if isinstance(candidate, str) and candidate.strip() == length:
            return length
    raise ValidationError(
        field, value, "one of " + ", ".join(VIDEO_LENGTHS) + " (seconds, as int or str)"
    )


def https_url(field: str, value: Any, *, allow_loopback_http: bool = False) -> str:
    """An absolute https:// URL (the API's webhook endpoints accept nothing else).

    ``allow_loopback_http``: a client talking to a local fake may register a plain http://
    receiver on a loopback host, so that deliveries can be tried end to end.
    """
    url = v.url(field, value)
    if url.lower().startswith("https://"):
        return url
    host = urlsplit(url).hostname or ""
    if allow_loopback_http and is_loopback(host):
        return url
    raise ValidationError(field, value, "an https:// URL")
