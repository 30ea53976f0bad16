"""The account: who the key belongs to and the credit left."""

from __future__ import annotations

from typing import Any

from .. import _seed as seed
from ._common import Ctx, Table

HANDLERS = Table()


@HANDLERS.op("get_current_user", "GET", "/v2/user/whoami")
def get_current_user(ctx: Ctx) -> Any:
    return dict(seed.USER)


@HANDLERS.op("get_remaining_quota", "GET", "/v2/user/remaining_quota")
def get_remaining_quota(ctx: Ctx) -> Any:
    return {"remaining_quota": round(ctx.state.remaining_quota, 2)}
