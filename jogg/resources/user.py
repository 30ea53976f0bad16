"""The account behind the API key."""

from __future__ import annotations

from .._operations import operation
from .._transport import Call
from ..types import Quota, User
from ._base import AsyncResource, SyncResource


def whoami_call() -> Call[User]:
    return Call(operation("get_current_user"), parse=User.from_data)


def quota_call() -> Call[Quota]:
    return Call(operation("get_remaining_quota"), parse=Quota.from_data)


class Account(SyncResource):
    def whoami(self) -> User:
        """Who the API key belongs to (a cheap way to check that the key works)."""
        return self._call(whoami_call())

    def remaining_quota(self) -> Quota:
        """The credit left on the account."""
        return self._call(quota_call())


class AsyncAccount(AsyncResource):
    async def whoami(self) -> User:
        return await self._call(whoami_call())

    async def remaining_quota(self) -> Quota:
        return await self._call(quota_call())
