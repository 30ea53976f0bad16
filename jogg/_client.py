"""``Jogg`` and ``AsyncJogg``: configuration, and the resources as attributes."""

from __future__ import annotations

import importlib
import logging
import os
import random
import sys
from collections.abc import Callable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar, overload
from urllib.parse import urlsplit

import attrs
import httpx

from . import _validation as v
from ._clock import Clock, SystemClock
from ._download import AsyncFiles, SyncFiles
from ._errors import JoggError, ValidationError
from ._hosts import is_loopback
from ._limits import DEFAULT_MAX_PAGES, DEFAULT_MAX_RESPONSE_BYTES, install_deadline
from ._options import check_headers
from ._throttle import PostThrottle
from ._transport import AsyncTransport, Core, Settings, SyncTransport

if TYPE_CHECKING:
    from ._raw import RawResponses
    from .resources.ai_scripts import AIScripts, AsyncAIScripts
    from .resources.assets import Assets, AsyncAssets
    from .resources.avatar_videos import AsyncAvatarVideos, AvatarVideos
    from .resources.avatars import AsyncAvatars, Avatars
    from .resources.lip_sync import AsyncLipSync, LipSync
    from .resources.musics import AsyncMusics, Musics
    from .resources.photo_avatars import AsyncPhotoAvatars, PhotoAvatars
    from .resources.product_avatars import AsyncProductAvatars, ProductAvatars
    from .resources.product_videos import AsyncPreviews, AsyncProductVideos, Previews, ProductVideos
    from .resources.products import AsyncProducts, Products
    from .resources.template_videos import AsyncTemplateVideos, TemplateVideos
    from .resources.templates import AsyncTemplates, Templates
    from .resources.translations import AsyncTranslations, Translations
    from .resources.user import AsyncUserResource, UserResource
    from .resources.visual_styles import AsyncVisualStyles, VisualStyles
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


def _resolve_base_url(base_url: str | None) -> str:
    url = base_url or os.environ.get("JOGG_BASE_URL") or DEFAULT_BASE_URL
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValidationError("base_url", url, "an absolute https:// URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
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
    key = key.strip()
    if not all(" " <= char <= "~" for char in key):
        # It goes in a header, which carries printable ASCII only. The value stays out of
        # the message: it is (nearly) the key.
        raise ValidationError(
            "api_key", _Hidden(), "printable ASCII characters only (as the dashboard shows it)"
        )
    return key


class _Hidden:
    def __repr__(self) -> str:
        return "<hidden>"


@attrs.frozen
class _Limits:
    """The client options that bound one request's cost (see README, Retries and limits)."""

    max_response_bytes: int
    deadline: float | None
    max_pages: int


def _limits(max_response_bytes: Any, deadline: Any, max_pages: Any) -> _Limits:
    return _Limits(
        v.integer("max_response_bytes", max_response_bytes, minimum=1024),
        None if deadline is None else _seconds("deadline", deadline),
        v.integer("max_pages", max_pages, minimum=1),
    )


def _make_settings(
    api_key: str | None,
    base_url: str | None,
    timeout: float,
    max_retries: int,
    post_rate_limit: int | None,
    post_throttle: PostThrottle | None,
    clock: Clock | None,
    limits: _Limits,
    default_headers: Mapping[str, str] | None = None,
    jitter: Callable[[], float] | None = None,
) -> Settings:
    _configure_logging_from_env()
    clock = clock or SystemClock()
    if jitter is not None and not callable(jitter):
        raise ValidationError("jitter", jitter, "a function returning a number in [0, 1)")
    if post_throttle is not None and not isinstance(post_throttle, PostThrottle):
        raise ValidationError("post_throttle", post_throttle, "a jogg.PostThrottle")
    throttle = post_throttle or PostThrottle(
        v.optional_integer("post_rate_limit", post_rate_limit, minimum=1),
        window=POST_RATE_WINDOW,
        clock=clock,
    )
    return Settings(
        api_key=_resolve_api_key(api_key),
        base_url=_resolve_base_url(base_url),
        timeout=_timeout(timeout),
        max_retries=v.integer("max_retries", max_retries, minimum=0, maximum=10),
        clock=clock,
        throttle=throttle,
        max_response_bytes=limits.max_response_bytes,
        deadline=limits.deadline,
        max_pages=limits.max_pages,
        default_headers=check_headers("default_headers", default_headers or {}),
        random=jitter or random.random,
    )


def _seconds(field: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ValidationError(field, value, "a positive number of seconds")
    return float(value)


def _timeout(value: Any) -> float:
    return _seconds("timeout", value)


def _options(settings: Settings, timeout: float | None, max_retries: int | None,
             changes: dict[str, Any]) -> Settings:  # fmt: skip
    given = {name: value for name, value in changes.items() if value is not None}
    limits = _limits(
        given.get("max_response_bytes", settings.max_response_bytes),
        given.get("deadline", settings.deadline),
        given.get("max_pages", settings.max_pages),
    )
    return attrs.evolve(
        settings,
        timeout=settings.timeout if timeout is None else _timeout(timeout),
        max_retries=(
            settings.max_retries
            if max_retries is None
            else v.integer("max_retries", max_retries, minimum=0, maximum=10)
        ),
        max_response_bytes=limits.max_response_bytes,
        deadline=limits.deadline,
        max_pages=limits.max_pages,
    )


R = TypeVar("R")


class _Resource(Generic[R]):
    """A client attribute made on first use. Its module is imported only then, so a program
    that uses two resources does not pay, at import, for all eighteen.

    For ``help(Jogg)`` it describes itself as ``Products — <first line of its docs>`` (a
    data descriptor, so pydoc lists it with that text); that reads the resource's module.
    """

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
        resource = client.__dict__.get(self._attribute)
        if resource is None:
            resource_class: Any = self.resource_class()
            resource = resource_class(client)
            client.__dict__[self._attribute] = resource
        return resource

    def __set__(self, client: object, value: R) -> None:
        # Defined (as a plain assignment) so that pydoc lists resources as data descriptors
        # with their documentation rather than as "<_Resource object>" methods.
        client.__dict__[self._attribute] = value

    def resource_class(self) -> type[R]:
        found: type[R] = getattr(importlib.import_module(self._module, "jogg"), self._name)
        return found

    @property
    def __doc__(self) -> str:  # type: ignore[override]
        """``Products — Create and update products``: the class and its first line of docs."""
        resource_class = self.resource_class()
        text = (
            resource_class.__dict__.get("__doc__") or sys.modules[resource_class.__module__].__doc__
        )
        summary = (text or "").strip().split("\n")[0].strip()
        return f"{self._name} — {summary}" if summary else self._name

    def __repr__(self) -> str:
        return f"<resource {self._attribute}: jogg{self._module}.{self._name}>"


class Jogg:
    """The JoggAI v2 API.

    ``api_key`` defaults to ``JOGG_API_KEY``, ``base_url`` to ``JOGG_BASE_URL`` and then
    https://api.jogg.ai. Each phase of a request (connect, each read, each write) times out
    after ``timeout`` seconds, and a whole API request after ``deadline`` seconds (default:
    three times ``timeout``); safe failures are retried ``max_retries`` times. An API answer
    may hold at most ``max_response_bytes`` once unpacked (default 10 MiB), and a listing at
    most ``max_pages`` pages (default 1000). POSTs are paced to ``post_rate_limit`` a minute
    (None: no pacing); pass one ``post_throttle`` to several clients to pace them together.
    Pass ``http_client`` to reuse your own ``httpx.Client`` (you then close it), and
    ``default_headers`` to send headers of your own with every API request.
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
    musics: _Resource[Musics] = _Resource(".resources.musics", "Musics")
    visual_styles: _Resource[VisualStyles] = _Resource(".resources.visual_styles", "VisualStyles")
    avatar_videos: _Resource[AvatarVideos] = _Resource(".resources.avatar_videos", "AvatarVideos")
    templates: _Resource[Templates] = _Resource(".resources.templates", "Templates")
    template_videos: _Resource[TemplateVideos] = _Resource(
        ".resources.template_videos", "TemplateVideos"
    )
    lip_sync: _Resource[LipSync] = _Resource(".resources.lip_sync", "LipSync")
    translations: _Resource[Translations] = _Resource(".resources.translations", "Translations")
    ai_scripts: _Resource[AIScripts] = _Resource(".resources.ai_scripts", "AIScripts")
    photo_avatars: _Resource[PhotoAvatars] = _Resource(".resources.photo_avatars", "PhotoAvatars")
    product_avatars: _Resource[ProductAvatars] = _Resource(
        ".resources.product_avatars", "ProductAvatars"
    )
    assets: _Resource[Assets] = _Resource(".resources.assets", "Assets")
    user: _Resource[UserResource] = _Resource(".resources.user", "UserResource")
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
        post_throttle: PostThrottle | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        clock: Clock | None = None,
        default_headers: Mapping[str, str] | None = None,
        jitter: Callable[[], float] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ValidationError("http_client", http_client, "an httpx.Client")
        limits = _limits(max_response_bytes, deadline, max_pages)
        settings = _make_settings(
            api_key,
            base_url,
            timeout,
            max_retries,
            post_rate_limit,
            post_throttle,
            clock,
            limits,
            default_headers,
            jitter,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client()
        install_deadline(self._http)
        self._setup(settings)

    def _setup(self, settings: Settings) -> None:
        self._settings = settings
        self._transport = SyncTransport(Core(settings), self._http)
        self._files = SyncFiles(self._transport)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def with_raw_response(self) -> RawResponses:
        """The same resources, whose calls return a RawResponse (HTTP status, headers, rid,
        elapsed time, and ``parse()`` for the usual result)."""
        from ._raw import RawResponses

        return RawResponses(self)

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        max_pages: int | None = None,
    ) -> Jogg:
        """A copy with other settings that shares this client's connections and POST pacing."""
        limits = {"max_response_bytes": max_response_bytes, "deadline": deadline}
        copy = object.__new__(Jogg)
        copy._owns_http = False
        copy._http = self._http
        copy._setup(
            _options(self._settings, timeout, max_retries, limits | {"max_pages": max_pages})
        )
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
    musics: _Resource[AsyncMusics] = _Resource(".resources.musics", "AsyncMusics")
    visual_styles: _Resource[AsyncVisualStyles] = _Resource(
        ".resources.visual_styles", "AsyncVisualStyles"
    )
    avatar_videos: _Resource[AsyncAvatarVideos] = _Resource(
        ".resources.avatar_videos", "AsyncAvatarVideos"
    )
    templates: _Resource[AsyncTemplates] = _Resource(".resources.templates", "AsyncTemplates")
    template_videos: _Resource[AsyncTemplateVideos] = _Resource(
        ".resources.template_videos", "AsyncTemplateVideos"
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
    user: _Resource[AsyncUserResource] = _Resource(".resources.user", "AsyncUserResource")
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
        post_throttle: PostThrottle | None = None,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        deadline: float | None = None,
        max_pages: int = DEFAULT_MAX_PAGES,
        clock: Clock | None = None,
        default_headers: Mapping[str, str] | None = None,
        jitter: Callable[[], float] | None = None,
    ) -> None:
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ValidationError("http_client", http_client, "an httpx.AsyncClient")
        limits = _limits(max_response_bytes, deadline, max_pages)
        settings = _make_settings(
            api_key,
            base_url,
            timeout,
            max_retries,
            post_rate_limit,
            post_throttle,
            clock,
            limits,
            default_headers,
            jitter,
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient()
        install_deadline(self._http)
        self._setup(settings)

    def _setup(self, settings: Settings) -> None:
        self._settings = settings
        self._transport = AsyncTransport(Core(settings), self._http)
        self._files = AsyncFiles(self._transport)

    @property
    def base_url(self) -> str:
        return self._settings.base_url

    @property
    def with_raw_response(self) -> RawResponses:
        """The same resources, whose calls return a RawResponse (HTTP status, headers, rid,
        elapsed time, and ``parse()`` for the usual result)."""
        from ._raw import RawResponses

        return RawResponses(self)

    def with_options(
        self,
        *,
        timeout: float | None = None,
        max_retries: int | None = None,
        max_response_bytes: int | None = None,
        deadline: float | None = None,
        max_pages: int | None = None,
    ) -> AsyncJogg:
        """A copy with other settings that shares this client's connections and POST pacing."""
        limits = {"max_response_bytes": max_response_bytes, "deadline": deadline}
        copy = object.__new__(AsyncJogg)
        copy._owns_http = False
        copy._http = self._http
        copy._setup(
            _options(self._settings, timeout, max_retries, limits | {"max_pages": max_pages})
        )
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
