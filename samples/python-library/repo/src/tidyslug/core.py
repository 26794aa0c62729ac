"""Slug generation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable

from tidyslug._translit import TABLE

_WORD = re.compile(r"[A-Za-z0-9]+")


class SlugError(ValueError):
    """Raised when a text contains nothing that can be turned into a slug."""


def slugify(
    text: str,
    *,
    separator: str = "-",
    max_length: int | None = None,
    lowercase: bool = True,
    stopwords: Iterable[str] = (),
) -> str:
    """Return a URL slug for ``text``.

    Letters are transliterated to ASCII, everything that is not a letter or digit separates
    words, and words are joined with ``separator``.

    Args:
        text: Any Unicode text.
        separator: String placed between words. Must not contain letters or digits.
        max_length: Longest slug to return. The slug is cut at a word boundary when
            possible; a single word longer than the limit is cut inside the word.
        lowercase: Whether to lower-case the result.
        stopwords: Words to leave out, compared case-insensitively.

    Returns:
        The slug, never empty.

    Raises:
        ValueError: If ``separator`` is empty or contains letters or digits, or if
            ``max_length`` is smaller than 1.
        SlugError: If no letters or digits remain after transliteration and stopwords.

    Examples:
        >>> slugify("Crème brûlée: 10 tips!")
        'creme-brulee-10-tips'
        >>> slugify("Straße & Co.", separator="_")
        'strasse_and_co'
        >>> slugify("The quick brown fox", max_length=12, stopwords={"the"})
        'quick-brown'
    """
    if not separator or _WORD.search(separator):
        raise ValueError(f"separator must be non-empty punctuation, got {separator!r}")
    if max_length is not None and max_length < 1:
        raise ValueError(f"max_length must be at least 1, got {max_length}")

    # Decompose first ("é" -> "e" + accent, "½" -> "1⁄2"), then spell out what is left.
    ascii_text = (
        unicodedata.normalize("NFKD", text)
        .translate(TABLE)
        .encode("ascii", "ignore")
        .decode("ascii")
    )
    ignored = {word.lower() for word in stopwords}
    words = [word for word in _WORD.findall(ascii_text) if word.lower() not in ignored]
    if not words:
        raise SlugError(f"no letters or digits in {text!r}")

    slug = separator.join(words)
    if lowercase:
        slug = slug.lower()
    if max_length is not None and len(slug) > max_length:
        cut = slug.rfind(separator, 0, max_length + 1)
        slug = slug[:cut] if cut > 0 else slug[:max_length]
    return slug


def unique_slug(text: str, existing: Collection[str], *, separator: str = "-") -> str:
    """Return a slug for ``text`` that is not in ``existing``.

    Appends ``-2``, ``-3`` and so on until the slug is free.

    Args:
        text: Any Unicode text.
        existing: Slugs that are already taken. A ``set`` makes the lookups fast.
        separator: String placed between words and before the counter.

    Returns:
        A slug that does not occur in ``existing``.

    Raises:
        SlugError: If ``text`` contains no letters or digits.

    Examples:
        >>> unique_slug("Hello world", existing={"hello-world", "hello-world-2"})
        'hello-world-3'
    """
    base = slugify(text, separator=separator)
    if base not in existing:
        return base
    counter = 2
    while f"{base}{separator}{counter}" in existing:
        counter += 1
    return f"{base}{separator}{counter}"
