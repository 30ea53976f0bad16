"""jogg — the Python SDK for the JoggAI v2 video API.

from jogg import Jogg, ProductVideoSpec

client = Jogg()  # reads JOGG_API_KEY
product = client.products.create("https://example.com/product")
spec = ProductVideoSpec(avatar=127, voice="en-US-ChristopherNeural", length=30)
video = client.product_videos.create_and_wait(product.id, spec)
video.download("video.mp4")
"""

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

# The public names are imported on first use (PEP 562), so that `import jogg` - and with it
# the `jogg` command's `--help` - does not load httpx and the SDK until something needs them.
_EXPORTS_BY_MODULE: dict[str, tuple[str, ...]] = {
    "._client": ("AsyncJogg", "Jogg"),
    "._clock": ("Clock",),
    "._errors": (
        "APIConnectionError",
        "APIError",
        "APITimeoutError",
        "AuthenticationError",
        "InsufficientCreditError",
        "InvalidRequestError",
        "JobFailedError",
        "JoggError",
        "NotFoundError",
        "PermissionDeniedError",
        "RateLimitError",
        "ServerError",
        "ValidationError",
        "WaitTimeoutError",
        "WebhookVerificationError",
    ),
    "._status": ("JobState", "JobStatus"),
    "._throttle": ("PostThrottle",),
    ".builders": ("ProductMediaItem", "ProductVideoSpec", "TemplateVariable"),
    ".types": (
        "AIScript",
        "Asset",
        "Avatar",
        "AvatarMotion",
        "AvatarPhoto",
        "AvatarVideo",
        "JobError",
        "LipSyncVideo",
        "Music",
        "Preview",
        "Product",
        "ProductAvatarBatch",
        "ProductVideo",
        "Quota",
        "Template",
        "TemplateVideo",
        "Translation",
        "User",
        "VisualStyle",
        "Voice",
        "WebhookEndpoint",
    ),
    ".webhooks": ("WebhookEvent", "WebhookPayloadError"),
}
_MODULE_OF = {name: module for module, names in _EXPORTS_BY_MODULE.items() for name in names}
_SUBMODULES = ("webhooks",)


def __getattr__(name: str) -> Any:
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


if TYPE_CHECKING:
    from . import webhooks
    from ._client import AsyncJogg, Jogg
    from ._clock import Clock
    from ._errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        InsufficientCreditError,
        InvalidRequestError,
        JobFailedError,
        JoggError,
        NotFoundError,
        PermissionDeniedError,
        RateLimitError,
        ServerError,
        ValidationError,
        WaitTimeoutError,
        WebhookVerificationError,
    )
    from ._status import JobState, JobStatus
    from ._throttle import PostThrottle
    from .builders import ProductMediaItem, ProductVideoSpec, TemplateVariable
    from .types import (
        AIScript,
        Asset,
        Avatar,
        AvatarMotion,
        AvatarPhoto,
        AvatarVideo,
        JobError,
        LipSyncVideo,
        Music,
        Preview,
        Product,
        ProductAvatarBatch,
        ProductVideo,
        Quota,
        Template,
        TemplateVideo,
        Translation,
        User,
        VisualStyle,
        Voice,
        WebhookEndpoint,
    )
    from .webhooks import WebhookEvent, WebhookPayloadError

__all__ = [
    "AIScript",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "Asset",
    "AsyncJogg",
    "AuthenticationError",
    "Avatar",
    "AvatarMotion",
    "AvatarPhoto",
    "AvatarVideo",
    "Clock",
    "InsufficientCreditError",
    "InvalidRequestError",
    "JobError",
    "JobFailedError",
    "JobState",
    "JobStatus",
    "Jogg",
    "JoggError",
    "LipSyncVideo",
    "Music",
    "NotFoundError",
    "PermissionDeniedError",
    "PostThrottle",
    "Preview",
    "Product",
    "ProductAvatarBatch",
    "ProductMediaItem",
    "ProductVideo",
    "ProductVideoSpec",
    "Quota",
    "RateLimitError",
    "ServerError",
    "Template",
    "TemplateVariable",
    "TemplateVideo",
    "Translation",
    "User",
    "ValidationError",
    "VisualStyle",
    "Voice",
    "WaitTimeoutError",
    "WebhookEndpoint",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookVerificationError",
    "__version__",
    "webhooks",
]
