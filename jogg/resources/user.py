"""The account behind the API key (get_current_user and get_remaining_quota)."""

from __future__ import annotations

import warnings
from typing import Any, Unpack

from jogg_api.api.user import get_current_user, get_remaining_quota

from .. import _wire as w
from .._options import RequestOptions
from .._results.account import Quota, User
from .._transport import Call
from ._base import AsyncResource, SyncResource


def whoami_call(options: RequestOptions) -> Call[User]:
    return Call(
        get_current_user,
        w.arguments(get_current_user._get_kwargs),
        parse=User.from_data,
        options=options,
    )


def quota_call(options: RequestOptions) -> Call[Quota]:
    return Call(
        get_remaining_quota,
        w.arguments(get_remaining_quota._get_kwargs),
        parse=Quota.from_data,
        options=options,
    )


class UserResource(SyncResource):
    """The account behind the API key: who it is and the credit left."""

    def whoami(self, **options: Unpack[RequestOptions]) -> User:
        """Who the API key belongs to (a cheap way to check that the key works)."""
        return self._call(whoami_call(options))

    def remaining_quota(self, **options: Unpack[RequestOptions]) -> Quota:
        """The credit left on the account."""
        return self._call(quota_call(options))


class AsyncUserResource(AsyncResource):
    """The account behind the API key: who it is and the credit left."""

    async def whoami(self, **options: Unpack[RequestOptions]) -> User:
        """Who the API key belongs to (a cheap way to check that the key works)."""
        return await self._call(whoami_call(options))

    async def remaining_quota(self, **options: Unpack[RequestOptions]) -> Quota:
        """The credit left on the account."""
        return await self._call(quota_call(options))


# The classes were called Account and AsyncAccount, which did not match ``client.user``.
_RENAMED = {"Account": UserResource, "AsyncAccount": AsyncUserResource}


def __getattr__(name: str) -> Any:
    renamed = _RENAMED.get(name)
    if renamed is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    warnings.warn(
        f"{name} is now {renamed.__name__} (the class behind client.user)",
        DeprecationWarning,
        stacklevel=2,
    )
    return renamed
