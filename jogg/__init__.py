"""jogg — the Python SDK for the JoggAI v2 video API.

from jogg import Jogg, ProductVideoSpec

client = Jogg()  # reads JOGG_API_KEY
product = client.products.create("https://example.com/product")
spec = ProductVideoSpec(avatar=127, voice="en-US-ChristopherNeural", length=30)
video = client.product_videos.create_and_wait(product.id, spec)
video.download("video.mp4")
"""

import importlib as _importlib
import typing as _typing

from ._version import __version__ as __version__

# The one list of public names: each maps to the module that defines it. It makes `__all__`
# and the lazy imports below; the `TYPE_CHECKING` block repeats it for type checkers, and
# tests/facade/test_exports.py checks that block, and what the package really exports,
# against this table.
#
# The names are imported on first use (PEP 562), so that `import jogg` - and with it the
# `jogg` command's `--help` - does not load httpx and the SDK until something needs them.
_EXPORTS: dict[str, str] = {
    "AsyncJogg": "._client",
    "Jogg": "._client",
    "Clock": "._clock",
    "APIConnectionError": "._errors",
    "APIError": "._errors",
    "APITimeoutError": "._errors",
    "AuthenticationError": "._errors",
    "InsufficientCreditError": "._errors",
    "InvalidRequestError": "._errors",
    "JobFailedError": "._errors",
    "JoggError": "._errors",
    "NotFoundError": "._errors",
    "PermissionDeniedError": "._errors",
    "RateLimitError": "._errors",
    "ServerError": "._errors",
    "ValidationError": "._errors",
    "WaitAfterCreateError": "._errors",
    "WaitTimeoutError": "._errors",
    "RequestOptions": "._options",
    "RawResponse": "._raw",
    "PostThrottle": "._throttle",
    "WebhookVerificationError": "._errors",
    "JobState": "._status",
    "JobStatus": "._status",
    "ProductMediaItem": ".builders",
    "ProductVideoSpec": ".builders",
    "TemplateVariable": ".builders",
    "AIScript": ".types",
    "Asset": ".types",
    "Avatar": ".types",
    "AvatarMotion": ".types",
    "AvatarPhoto": ".types",
    "AvatarVideo": ".types",
    "JobError": ".types",
    "LipSyncVideo": ".types",
    "Music": ".types",
    "Preview": ".types",
    "Product": ".types",
    "ProductAvatarBatch": ".types",
    "ProductVideo": ".types",
    "Quota": ".types",
    "Template": ".types",
    "TemplateVideo": ".types",
    "Translation": ".types",
    "User": ".types",
    "VisualStyle": ".types",
    "Voice": ".types",
    "WebhookEndpoint": ".types",
    "WebhookEvent": ".webhooks",
    "WebhookPayloadError": ".webhooks",
}
# Public submodules reachable as attributes (`jogg.webhooks.parse(...)`).
_SUBMODULES = ("webhooks",)

__all__ = sorted([*_EXPORTS, *_SUBMODULES, "__version__"])


def __getattr__(name: str) -> _typing.Any:
    if name in _SUBMODULES:
        return _importlib.import_module(f".{name}", __name__)
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(_importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The public names and the module's dunders; not its helpers or loaded submodules."""
    dunders = {name for name in globals() if name.startswith("__") and name.endswith("__")}
    return sorted(set(__all__) | dunders)


if _typing.TYPE_CHECKING:
    # For type checkers: the table above, as explicit re-exports (`X as X`).
    from . import webhooks as webhooks
    from ._client import AsyncJogg as AsyncJogg
    from ._client import Jogg as Jogg
    from ._clock import Clock as Clock
    from ._errors import APIConnectionError as APIConnectionError
    from ._errors import APIError as APIError
    from ._errors import APITimeoutError as APITimeoutError
    from ._errors import AuthenticationError as AuthenticationError
    from ._errors import InsufficientCreditError as InsufficientCreditError
    from ._errors import InvalidRequestError as InvalidRequestError
    from ._errors import JobFailedError as JobFailedError
    from ._errors import JoggError as JoggError
    from ._errors import NotFoundError as NotFoundError
    from ._errors import PermissionDeniedError as PermissionDeniedError
    from ._errors import RateLimitError as RateLimitError
    from ._errors import ServerError as ServerError
    from ._errors import ValidationError as ValidationError
    from ._errors import WaitAfterCreateError as WaitAfterCreateError
    from ._errors import WaitTimeoutError as WaitTimeoutError
    from ._errors import WebhookVerificationError as WebhookVerificationError
    from ._options import RequestOptions as RequestOptions
    from ._raw import RawResponse as RawResponse
    from ._status import JobState as JobState
    from ._status import JobStatus as JobStatus
    from ._throttle import PostThrottle as PostThrottle
    from .builders import ProductMediaItem as ProductMediaItem
    from .builders import ProductVideoSpec as ProductVideoSpec
    from .builders import TemplateVariable as TemplateVariable
    from .types import AIScript as AIScript
    from .types import Asset as Asset
    from .types import Avatar as Avatar
    from .types import AvatarMotion as AvatarMotion
    from .types import AvatarPhoto as AvatarPhoto
    from .types import AvatarVideo as AvatarVideo
    from .types import JobError as JobError
    from .types import LipSyncVideo as LipSyncVideo
    from .types import Music as Music
    from .types import Preview as Preview
    from .types import Product as Product
    from .types import ProductAvatarBatch as ProductAvatarBatch
    from .types import ProductVideo as ProductVideo
    from .types import Quota as Quota
    from .types import Template as Template
    from .types import TemplateVideo as TemplateVideo
    from .types import Translation as Translation
    from .types import User as User
    from .types import VisualStyle as VisualStyle
    from .types import Voice as Voice
    from .types import WebhookEndpoint as WebhookEndpoint
    from .webhooks import WebhookEvent as WebhookEvent
    from .webhooks import WebhookPayloadError as WebhookPayloadError
