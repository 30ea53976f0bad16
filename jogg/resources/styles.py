"""The old home of ``Musics`` and ``VisualStyles``, kept so that existing imports work.

Each now lives in a module named like its class and client attribute:
``jogg.resources.musics`` (``client.musics``) and ``jogg.resources.visual_styles``
(``client.visual_styles``).
"""

from __future__ import annotations

from .musics import AsyncMusics, Musics
from .visual_styles import AsyncVisualStyles, VisualStyles

__all__ = ["AsyncMusics", "AsyncVisualStyles", "Musics", "VisualStyles"]
