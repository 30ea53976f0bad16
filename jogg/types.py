"""The facade's result types: frozen, with Pythonic names, and ``raw`` holding the full JSON
the API sent (unknown fields included).

Each is read leniently from the generated client's response models: a missing or mistyped
field becomes None, an unknown status is kept as JobStatus UNKNOWN. Only an answer that is
not a JSON object at all is an error (APIError). The classes live in ``jogg._results`` by
area; this module is their public home.
"""

from __future__ import annotations

from ._results._common import JobError
from ._results.account import Asset, Quota, User, WebhookEndpoint
from ._results.avatars import (
    Avatar,
    AvatarMotion,
    AvatarPhoto,
    Music,
    ProductAvatarBatch,
    ProductAvatarImage,
    VisualStyle,
    Voice,
)
from ._results.products import Preview, Product, ProductMedia, ProductVideo
from ._results.videos import (
    AIScript,
    AvatarVideo,
    GeneratedScript,
    LipSyncVideo,
    Template,
    TemplateVariableInfo,
    TemplateVideo,
    Translation,
)

__all__ = [
    "AIScript",
    "Asset",
    "Avatar",
    "AvatarMotion",
    "AvatarPhoto",
    "AvatarVideo",
    "GeneratedScript",
    "JobError",
    "LipSyncVideo",
    "Music",
    "Preview",
    "Product",
    "ProductAvatarBatch",
    "ProductAvatarImage",
    "ProductMedia",
    "ProductVideo",
    "Quota",
    "Template",
    "TemplateVariableInfo",
    "TemplateVideo",
    "Translation",
    "User",
    "VisualStyle",
    "Voice",
    "WebhookEndpoint",
]
