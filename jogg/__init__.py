"""jogg — the Python SDK for the JoggAI v2 video API.

from jogg import Jogg, ProductVideoSpec

client = Jogg()  # reads JOGG_API_KEY
product = client.products.create("https://example.com/product")
spec = ProductVideoSpec(avatar=127, voice="en-US-ChristopherNeural", length=30)
video = client.product_videos.create_and_wait(product.id, spec)
video.download("video.mp4")
"""

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
from ._version import __version__
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
