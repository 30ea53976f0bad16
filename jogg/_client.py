"""``Jogg`` and ``AsyncJogg``: configuration, and the resources as attributes."""

from __future__ import annotations

import importlib
import ipaddress
import logging
import os
import random
import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload
from urllib.parse import urlsplit

import attrs
import httpx

from . import _validation as v
from ._clock import Clock, SystemClock
from ._download import AsyncFiles, SyncFiles
from ._errors import JoggError, ValidationError
from ._throttle import PostThrottle
from ._transport import AsyncTransport, Core, Settings, SyncTransport

if TYPE_CHECKING:
    from .resources.ai_scripts import AIScripts, AsyncAIScripts
    from .resources.assets import Assets, AsyncAssets
    from .resources.avatar_videos import AsyncAvatarVideos, AvatarVideos
    from .resources.avatars import AsyncAvatars, Avatars
    from .resources.lip_sync import AsyncLipSync, LipSync
    from .resources.photo_avatars import AsyncPhotoAvatars, PhotoAvatars
    from .resources.product_avatars import AsyncProductAvatars, ProductAvatars
    from .resources.product_videos import AsyncPreviews, AsyncProductVideos, Previews, ProductVideos
    from .resources.products import AsyncProducts, Products
    from .resources.styles import AsyncMusics, AsyncVisualStyles, Musics, VisualStyles
    from .resources.templates import AsyncTemplates, AsyncTemplateVideos, Templates, TemplateVideos
    from .resources.translations import AsyncTranslations, Translations
    from .resources.user import Account, AsyncAccount
    from .resources.voices import AsyncVoices, Voices
    from .resources.webhooks import AsyncWebhooks, Webhooks

DEFAULT_BASE_URL = "https://api.jogg.ai"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
# The API allows 20 POST requests per minute per key.
DEFAULT_POST_RATE_LIMIT = 20
POST_RATE_WINDOW = 60.0

_log_configured = False


def _configure_logging_from_env() -> None:
    """``JOGG_LOG=debug|info`` turns on the SDK's request log on stderr."""
    global _log_configured
    level = os.environ.get("JOGG_LOG", "").strip().lower()
    if _log_configured or level not in ("debug", "info"):
        return
    _log_configured = True
    logger = logging.getLogger("jogg")
    logger.setLevel(logging.DEBUG if level == "debug" else logging.INFO)
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def _is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _resolve_base_url(base_url: str | None) -> str:
    url = base_url or os.environ.get("JOGG_BASE_URL") or DEFAULT_BASE_URL
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("base_url", url, "an absolute https:// URL")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise ValidationError(
            "base_url",
            url,
            "an https:// URL (plain http:// is only allowed for loopback hosts, "
            "so the API key never travels in clear text)",
        )
    return url.strip().rstrip("/")


def _resolve_api_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get("JOGG_API_KEY")
    if key is not None and not isinstance(key, str):
        # The value itself stays out of the message: it may be the key.
        raise ValidationError("api_key", type(key).__name__, "a string")
    if not key or not key.strip():
        raise JoggError(
            "no API key: pass Jogg(api_key=...) or set the JOGG_API_KEY environment variable "
            "(keys are in the JoggAI dashboard)"
        )
    return key.strip()


def _make_settings(
    api_key: str | None,
    base_url: str | None,
    timeout: float,
    max_retries: int,
    post_rate_limit: int | None,
    clock: Clock | None,
    jitter: Callable[[], float] | None = None,
) -> Settings:
    _configure_logging_from_env()
    clock = clock or SystemClock()
    if jitter is not None and not callable(jitter):
        raise ValidationError("jitter", jitter, "a function returning a number in [0, 1)")
    return Settings(
        api_key=_resolve_api_key(api_key),
        base_url=_resolve_base_url(base_url),
        timeout=_timeout(timeout),
        max_retries=v.integer("max_retries", max_retries, minimum=0, maximum=10),
        clock=clock,
        throttle=PostThrottle(
            v.optional_integer("post_rate_limit", post_rate_limit, minimum=1),
            POST_RATE_WINDOW,
            clock,
        ),
        random=jitter or random.random,
    )


def _timeout(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValidationError("timeout", value, "a positive number of seconds")
    return float(value)


def _options(settings: Settings, timeout: float | None, max_retries: int | None) -> Settings:
    return attrs.evolve(
        settings,
        timeout=settings.timeout if timeout is None else _timeout(timeout),
        max_retries=(
            settings.max_retries
            if max_retries is None
            else v.integer("max_retries", max_retries, minimum=0, maximum=10)
        ),
    )


R = TypeVar("R")


class _Resource(Generic[R]):
    """A client attribute made on first use. Its module is imported only then, so a program
    that uses two resources does not pay, at import, for all eighteen."""

    def __init__(self, module: str, name: str) -> None:
        self._module = module
        self._name = name
        self._attribute = ""

    def __set_name__(self, owner: type, attribute: str) -> None:
        self._attribute = attribute

    @overload
    def __get__(self, client: None, owner: type) -> _Resource[R]: ...

    @overload
    def __get__(self, client: object, owner: type) -> R: ...

    def __get__(self, client: object | None, owner: type) -> Any:
        if client is None:
            return self
        resource_class = getattr(importlib.import_module(self._module, "jogg"), self._name)
        resource = resource_class(client)
        client.__dict__[self._attribute] = resource  # later reads skip the descriptor
        return resource


class Jogg:
    """The JoggAI v2 API.

    ``api_key`` defaults to ``JOGG_API_KEY``, ``base_url`` to ``JOGG_BASE_URL`` and then
    https://api.jogg.ai. Requests time out after ``timeout`` seconds; safe failures are
    retried ``max_retries`` times; POSTs are paced to ``post_rate_limit`` a minute (None: no
    pacing). Pass ``http_client`` to reuse your own ``httpx.Client`` (you then close it).
    ``clock`` and ``jitter`` are the seams for time and chance: every delay goes through
    ``clock`` and each retry's backoff is scaled by ``jitter()`` (a number in [0, 1), by
    default ``random.random``); tests pass a fixed one to get exact delays.
    """

    products: _Resource[Products] = _Resource(".resources.products", "Products")
    product_videos: _Resource[ProductVideos] = _Resource(
        ".resources.product_videos", "ProductVideos"
    )
    previews: _Resource[Previews] = _Resource(".resources.product_videos", "Previews")
    avatars: _Resource[Avatars] = _Resource(".resources.avatars", "Avatars")
    voices: _Resource[Voices] = _Resource(".resources.voices", "Voices")
    musics: _Resource[Musics] = _Resource(".resources.styles", "Musics")
    visual_styles: _Resource[VisualStyles] = _Resource(".resources.styles", "VisualStyles")
    avatar_videos: _Resource[AvatarVideos] = _Resource(".resources.avatar_videos", "AvatarVideos")
    templates: _Resource[Templates] = _Resource(".resources.templates", "Templates")
    template_videos: _Resource[TemplateVideos] = _Resource(".resources.templates", "TemplateVideos")
    lip_sync: _Resource[LipSync] = _Resource(".resources.lip_sync", "LipSync")
    translations: _Resource[Translations] = _Resource(".resources.translations", "Translations")
    ai_scripts: _Resource[AIScripts] = _Resource(".resources.ai_scripts", "AIScripts")
    photo_avatars: _Resource[PhotoAvatars] = _Resource(".resources.photo_avatars", "PhotoAvatars")
    product_avatars: _Resource[ProductAvatars] = _Resource(
        ".resources.product_avatars", "ProductAvatars"
    )
    assets: _Resource[Assets] = _Resource(".resources.assets", "Assets")
    user: _Resource[Account] = _Resource(".resources.user", "Account")
    webhooks: _Resource[Webhooks] = _Resource(".resources.webhooks", "Webhooks")

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        post_rate_limit: int | None = DEFAULT_POST_RATE_LIMIT,
        clock: Clock | None = None,
        jitter: Callable[[], float] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ValidationError("http_client", http_client, "an httpx.Client")
        settings = _make_settings(
            api_key, base_url, timeout, max_retries, post_rate_limit, clock, jitter
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()
        self._setup(settings)

    def _setup(self, settings: Settings) -> None:
        self._settings = settings
        self._transport = SyncTransport(Core(settings), self._http)
        self._files = SyncFiles(self._transport)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def with_options(self, *, timeout: float | None = None, max_retries: int | None = None) -> Jogg:
        """A copy with other settings that shares this client's connections and POST pacing."""
        copy = object.__new__(Jogg)
        copy._owns_http = False
        copy._http = self._http
        copy._setup(_options(self._settings, timeout, max_retries))
        return copy

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Jogg(base_url={self.base_url!r}, api_key=<redacted>)"


class AsyncJogg:
    """The async twin of ``Jogg``: the same resources, with ``await`` and ``async for``."""

    products: _Resource[AsyncProducts] = _Resource(".resources.products", "AsyncProducts")
    product_videos: _Resource[AsyncProductVideos] = _Resource(
        ".resources.product_videos", "AsyncProductVideos"
    )
    previews: _Resource[AsyncPreviews] = _Resource(".resources.product_videos", "AsyncPreviews")
    avatars: _Resource[AsyncAvatars] = _Resource(".resources.avatars", "AsyncAvatars")
    voices: _Resource[AsyncVoices] = _Resource(".resources.voices", "AsyncVoices")
    musics: _Resource[AsyncMusics] = _Resource(".resources.styles", "AsyncMusics")
    visual_styles: _Resource[AsyncVisualStyles] = _Resource(
        ".resources.styles", "AsyncVisualStyles"
    )
    avatar_videos: _Resource[AsyncAvatarVideos] = _Resource(
        ".resources.avatar_videos", "AsyncAvatarVideos"
    )
    templates: _Resource[AsyncTemplates] = _Resource(".resources.templates", "AsyncTemplates")
    template_videos: _Resource[AsyncTemplateVideos] = _Resource(
        ".resources.templates", "AsyncTemplateVideos"
    )
    lip_sync: _Resource[AsyncLipSync] = _Resource(".resources.lip_sync", "AsyncLipSync")
    translations: _Resource[AsyncTranslations] = _Resource(
        ".resources.translations", "AsyncTranslations"
    )
    ai_scripts: _Resource[AsyncAIScripts] = _Resource(".resources.ai_scripts", "AsyncAIScripts")
    photo_avatars: _Resource[AsyncPhotoAvatars] = _Resource(
        ".resources.photo_avatars", "AsyncPhotoAvatars"
    )
    product_avatars: _Resource[AsyncProductAvatars] = _Resource(
        ".resources.product_avatars", "AsyncProductAvatars"
    )
    assets: _Resource[AsyncAssets] = _Resource(".resources.assets", "AsyncAssets")
    user: _Resource[AsyncAccount] = _Resource(".resources.user", "AsyncAccount")
    webhooks: _Resource[AsyncWebhooks] = _Resource(".resources.webhooks", "AsyncWebhooks")

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        post_rate_limit: int | None = DEFAULT_POST_RATE_LIMIT,
        clock: Clock | None = None,
        jitter: Callable[[], float] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ValidationError("http_client", http_client, "an httpx.AsyncClient")
        settings = _make_settings(
            api_key, base_url, timeout, max_retries, post_rate_limit, clock, jitter
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient()
        self._setup(settings)

    def _setup(self, settings: Settings) -> None:
        self._settings = settings
        self._transport = AsyncTransport(Core(settings), self._http)
        self._files = AsyncFiles(self._transport)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    def with_options(
        self, *, timeout: float | None = None, max_retries: int | None = None
    ) -> AsyncJogg:
        copy = object.__new__(AsyncJogg)
        copy._owns_http = False
        copy._http = self._http
        copy._setup(_options(self._settings, timeout, max_retries))
        return copy

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    def __repr__(self) -> str:
        return f"AsyncJogg(base_url={self.base_url!r}, api_key=<redacted>)"
