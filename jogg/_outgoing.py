"""Pieces of building an httpx request that the core keeps between calls."""

from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

import httpx


def merge_headers(
    base: Iterable[tuple[bytes, bytes]], layer: Mapping[str, str]
) -> list[tuple[bytes, bytes]]:
    """``base`` (raw header pairs) with ``layer`` replacing names it also has, any case."""
    replaced = {name.lower().encode("ascii") for name in layer}
    merged = [(name, value) for name, value in base if name.lower() not in replaced]
    merged += [(name.encode("ascii"), value.encode("ascii")) for name, value in layer.items()]
    return merged


@functools.lru_cache(maxsize=16)
def timeout_extension(seconds: float) -> dict[str, float | None]:
    # Shared between requests: httpcore only reads it.
    return httpx.Timeout(seconds).as_dict()
