"""The facade's result types: frozen, with Pythonic names, and ``raw`` holding the full JSON
the API sent (unknown fields included).

Each is read leniently from the generated client's response models: a missing or mistyped
field becomes None, an unknown status is kept as JobStatus UNKNOWN. Only an answer that is
not a JSON object at all is an error (APIError). The classes live in ``jogg._results`` by
area and are imported on first use (PEP 562): a program that uses product videos does not
load the answer models of every other area.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Public name -> the module of jogg._results that defines it.
_MODULE_OF: dict[str, str] = {
    "AIScript": "._results.videos",
    "Asset": "._results.account",
    "Avatar": "._results.avatars",
    "AvatarMotion": "._results.avatars",
    "AvatarPhoto": "._results.avatars",
    "AvatarVideo": "._results.videos",
    "GeneratedScript": "._results.videos",
    "JobError": "._results._common",
    "LipSyncVideo": "._results.videos",
    "Music": "._results.avatars",
    "Preview": "._results.products",
    "Product": "._results.products",
    "ProductAvatarBatch": "._results.avatars",
    "ProductAvatarImage": "._results.avatars",
    "ProductMedia": "._results.products",
    "ProductVideo": "._results.products",
    "Quota": "._results.account",
    "Template": "._results.videos",
    "TemplateVariableInfo": "._results.videos",
    "TemplateVideo": "._results.videos",
    "Translation": "._results.videos",
    "User": "._results.account",
    "VisualStyle": "._results.avatars",
    "Voice": "._results.avatars",
    "WebhookEndpoint": "._results.account",
}

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


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, "jogg"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


if TYPE_CHECKING:
    from ._results._common import JobError as JobError
    from ._results.account import Asset as Asset
    from ._results.account import Quota as Quota
    from ._results.account import User as User
    from ._results.account import WebhookEndpoint as WebhookEndpoint
    from ._results.avatars import Avatar as Avatar
    from ._results.avatars import AvatarMotion as AvatarMotion
    from ._results.avatars import AvatarPhoto as AvatarPhoto
    from ._results.avatars import Music as Music
    from ._results.avatars import ProductAvatarBatch as ProductAvatarBatch
    from ._results.avatars import ProductAvatarImage as ProductAvatarImage
    from ._results.avatars import VisualStyle as VisualStyle
    from ._results.avatars import Voice as Voice
    from ._results.products import Preview as Preview
    from ._results.products import Product as Product
    from ._results.products import ProductMedia as ProductMedia
    from ._results.products import ProductVideo as ProductVideo
    from ._results.videos import AIScript as AIScript
    from ._results.videos import AvatarVideo as AvatarVideo
    from ._results.videos import GeneratedScript as GeneratedScript
    from ._results.videos import LipSyncVideo as LipSyncVideo
    from ._results.videos import Template as Template
    from ._results.videos import TemplateVariableInfo as TemplateVariableInfo
    from ._results.videos import TemplateVideo as TemplateVideo
    from ._results.videos import Translation as Translation
