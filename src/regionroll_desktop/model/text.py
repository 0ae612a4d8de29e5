"""The one rule every text passes at the door: from a file, a keyboard, the clipboard or a
phone, a text is cleaned the same way before the model holds it, so that whatever the app
holds it can show and save.

Replaced: lone surrogates (U+D800–U+DFFF without their pair, from a JSON escape such as
`\\ud800`, another tool or a bad copy-paste) by U+FFFD, the replacement character: nothing
holding one could be written as UTF-8, so a workshop with one could never be saved again.

Removed, as characters that change how text reads without being seen: direction overrides,
embeddings and isolates (U+202A–U+202E, U+2066–U+2069, which make "AVSLUTAD" read "DATULSVA"
and "document.exe" pose as a PDF), direction marks, zero-width spaces and non-joiners (U+200B,
U+200C, U+2060–U+2064, U+FEFF), interlinear annotation marks, and control characters other
than tab and line breaks. The zero-width joiner U+200D stays between two characters it can
join (emoji such as 👩‍💻 and some scripts need it) and goes everywhere else, where it only
hides: at an end, beside a space or beside another joiner.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

from .limits import MAX_NAME, MAX_TEXT

_INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
    "\u061c\u200b\u200c\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]"
    # a joiner with nothing to join on either side
    "|(?<![^\\s\u200d])\u200d|\u200d(?![^\\s\u200d])"
)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


def clean(text: str) -> str:
    """`text` as the model may hold it: lone surrogates replaced, the characters that change
    how it reads without being seen removed (see the module's text)."""
    if text.isprintable():  # nothing to clean: each character removed or replaced is not
        return text  # printable (a control, a format character, a surrogate)
    if text.isascii():
        return _CONTROL.sub("", text)
    return _LONE_SURROGATE.sub(REPLACEMENT, _INVISIBLE.sub("", text))


def has_visible(text: str) -> bool:
    """True when `text` has something to read: a letter, a digit, a punctuation mark or a
    symbol (an emoji is one), not only spaces, marks and joiners."""
    return any(unicodedata.category(c)[0] in "LNPS" for c in text)


# Every name and text a person writes, cleaned by the one rule and then measured.
Name = Annotated[str, AfterValidator(clean), StringConstraints(max_length=MAX_NAME)]
Text = Annotated[str, AfterValidator(clean), StringConstraints(max_length=MAX_TEXT)]


def one_or_many(n: int, one: str, many: str) -> str:
    """The words for `n` things: `one`, written for a single one ("{n} note"), when `n` is
    1, else `many` ("{n} notes"): a noun after any other number takes its plural, in Swedish
    as in English ("1 lapp", "0 lappar", "2 lappar"). Both are translated where they are
    written; the caller fills in `n` (and the rest)."""
    return one if n == 1 else many
