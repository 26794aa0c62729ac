"""Turn any Unicode text into clean, stable URL slugs."""

from __future__ import annotations

from tidyslug.core import SlugError, slugify, unique_slug

__all__ = ["SlugError", "slugify", "unique_slug"]
__version__ = "1.3.0"
