"""Text from a file or a keyboard, made safe to show: characters that change how text reads
without being seen are removed on input.

Removed: direction overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069, which
make "AVSLUTAD" read "DATULSVA" and "document.exe" pose as a PDF), direction marks, zero-width
spaces and joiners-that-are-not-emoji (U+200B, U+200C, U+2060–U+2064, U+FEFF), interlinear
annotation marks, and control characters other than tab and line breaks. The zero-width
joiner U+200D stays: emoji and some scripts need it, and it reorders nothing.
"""

from __future__ import annotations

import re

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
)


def visible(text: str) -> str:
    """`text` without the characters that change how it reads without being seen."""
    return _INVISIBLE.sub("", text)
