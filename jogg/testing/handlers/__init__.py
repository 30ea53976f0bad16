"""The fake's request handlers, one module per area (named like ``jogg/resources/``).

Each module holds ``HANDLERS``: a table keyed by the spec's operationId, each entry with
its method, its path as ``openapi/jogg-v2.yaml`` spells it, and the function answering it.
``tests/fake/test_handlers.py`` checks that the keys are exactly the spec's operationIds.
"""

from __future__ import annotations

from . import (
    ai_scripts,
    assets,
    avatar_videos,
    avatars,
    lip_sync,
    photo_avatars,
    product_avatars,
    product_videos,
    products,
    styles,
    templates,
    translations,
    user,
    voices,
    webhooks,
)
from ._common import Operation, Table

AREAS = (
    products,
    product_videos,
    avatars,
    voices,
    styles,
    avatar_videos,
    templates,
    lip_sync,
    translations,
    ai_scripts,
    photo_avatars,
    product_avatars,
    assets,
    user,
    webhooks,
)


def _all() -> dict[str, Operation]:
    merged = Table()
    for area in AREAS:
        for op_id, operation in area.HANDLERS.items():
            if op_id in merged:
                raise ValueError(f"operation {op_id} is handled in two areas")
            merged[op_id] = operation
    return merged


HANDLERS: dict[str, Operation] = _all()

__all__ = ["AREAS", "HANDLERS", "Operation"]
