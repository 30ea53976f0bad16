"""Deprecated: the old home of ``Musics`` and ``VisualStyles``, kept so that existing
imports work.

Each now lives in a module named like its class and client attribute:
``jogg.resources.musics`` (``client.musics``) and ``jogg.resources.visual_styles``
(``client.visual_styles``).
"""

from __future__ import annotations

import warnings

from .musics import AsyncMusics, Musics
from .visual_styles import AsyncVisualStyles, VisualStyles

__all__ = ["AsyncMusics", "AsyncVisualStyles", "Musics", "VisualStyles"]

warnings.warn(
    "jogg.resources.styles is deprecated: import Musics from jogg.resources.musics and "
    "VisualStyles from jogg.resources.visual_styles",
    DeprecationWarning,
    stacklevel=2,
)
