"""Argument checks shared by the builders and the resources: avatars, voices, lengths, URLs.

Each returns the value as the API wants it or raises ValidationError naming the field.
"""

from __future__ import annotations

from typing import Any

from . import _validation as v
from ._errors import ValidationError
from .types import Avatar, Voice

# Avatar type codes of the create calls (product, avatar and template videos): 0 or 1.
AVATAR_TYPE_CODES = {"public": 0, "custom": 1}
VIDEO_LENGTHS = ("15", "30", "60")
ASPECT_RATIOS = ("portrait", "landscape", "square")


def voice_id(field: str, value: Any) -> str:
    """A voice id, given as the id or as a ``Voice`` from ``voices.list()``."""
    if isinstance(value, Voice):
        return v.text(field, value.id)
    return v.text(field, value)


def optional_voice_id(field: str, value: Any) -> str | None:
    return None if value is None else voice_id(field, value)


def avatar_ref(avatar: Any, avatar_type: Any) -> tuple[int, int]:
    """(avatar id, avatar type code) from an id or an ``Avatar`` and an optional type name.

    An ``Avatar`` knows its kind; only public and custom avatars are accepted here, as the
    spec allows no other avatar type for these videos.
    """
    kind = v.optional_choice("avatar_type", avatar_type, tuple(AVATAR_TYPE_CODES))
    if isinstance(avatar, Avatar):
        kind = kind or avatar.kind
        if kind not in AVATAR_TYPE_CODES:
            raise ValidationError(
                "avatar", avatar, "a public or custom avatar (this call takes no other kind)"
            )
        return v.integer("avatar", avatar.id, minimum=0), AVATAR_TYPE_CODES[kind]
    if avatar is None:
        raise ValidationError("avatar", avatar, "an avatar id or an Avatar from avatars.list_*()")
    return v.integer("avatar", avatar, minimum=0), AVATAR_TYPE_CODES[kind or "public"]


def length_seconds(field: str, value: Any) -> str:
    """15, 30 or 60 seconds, given as an int or a string; sent as the string the API wants."""
    candidate = str(value) if isinstance(value, int) and not isinstance(value, bool) else value
    if isinstance(candidate, str) and candidate.strip() in VIDEO_LENGTHS:
        return candidate.strip()
    raise ValidationError(field, value, "15, 30 or 60 (seconds, as int or str)")


def https_url(field: str, value: Any) -> str:
    """An absolute https:// URL (webhook endpoints accept nothing else)."""
    url = v.url(field, value)
    if not url.lower().startswith("https://"):
        raise ValidationError(field, value, "an https:// URL")
    return url
