"""Characters that Unicode decomposition (NFKD) does not reduce to ASCII, with their spelling.

Changing an entry changes the slug of every text that contains the letter, which is a breaking
change (see AGENTS.md, "Output stability").
"""

from __future__ import annotations

TRANSLITERATIONS: dict[str, str] = {
    "ß": "ss",
    "ẞ": "SS",
    "æ": "ae",
    "Æ": "AE",
    "œ": "oe",
    "Œ": "OE",
    "ø": "o",
    "Ø": "O",
    "đ": "d",
    "Đ": "D",
    "ð": "d",
    "Ð": "D",
    "þ": "th",
    "Þ": "TH",
    "ł": "l",
    "Ł": "L",
    "ı": "i",
    "&": " and ",
    "\u2044": " ",  # FRACTION SLASH, from decomposing "½": "1⁄2" -> "1 2" -> "1-2"
}

TABLE = str.maketrans(TRANSLITERATIONS)
