"""Text as this computer can draw it: a character that no installed font has (an emoji on a
machine without an emoji font, a symbol from a newer Unicode) would show as an empty box on
the screen, the projector and the report; it is shown by its name instead ("[melting
face]"), and what the room wrote is kept as written in the workshop.

Which fonts can draw what is asked once per character (Qt's own fallback picks among the
same installed families)."""

from __future__ import annotations

import unicodedata
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

# Characters that join or vary others: drawn with them, or dropped with them.
_JOINING = {"\u200d", "\ufe0e", "\ufe0f"}


@cache
def _families() -> tuple[str, ...]:
    return tuple(QFontDatabase.families())


@cache
def drawable(char: str) -> bool:
    """Whether some installed font has a glyph for `char`."""
    code = ord(char)
    if code < 0x2000 or char in _JOINING:
        return True  # Latin, Greek, Cyrillic, punctuation: every font the app uses has them
    return any(QFontMetrics(QFont(family)).inFontUcs4(code) for family in _families())


def shown(text: str) -> str:
    """`text` with each character no font can draw given by its name in brackets; a joiner
    or variation selector beside such a character goes with it."""
    if text.isascii() or all(drawable(c) for c in text):
        return text
    out: list[str] = []
    replaced = False
    for char in text:
        if char in _JOINING:
            if not replaced:
                out.append(char)
            continue
        replaced = not drawable(char)
        out.append(f"[{unicodedata.name(char, 'tecken').lower()}]" if replaced else char)
    return "".join(out)
