"""The workshop's actions as a CSV file the region's follow-up opens in Excel: UTF-8 with a
byte order mark and semicolons, as Swedish Excel expects. Imports no Qt."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence

from ..model import Action, ActionStatus

BOM = "\ufeff"


def actions_csv(
    actions: Sequence[Action],
    headers: Sequence[str],
    status_words: Callable[[ActionStatus], str],
    link_words: Callable[[Action], str],
) -> bytes:
    """One row per action, in the list's order: number, what, who, due date (ISO, which Excel
    reads as a date), the step or key it is tied to, status. `headers` names the six columns."""
    if len(headers) != 6:
        raise ValueError("the actions' CSV has six columns")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(headers)
    for n, action in enumerate(actions, start=1):
        writer.writerow(
            [
                n,
                safe_cell(action.what),
                safe_cell(action.who),
                action.due.isoformat() if action.due else "",
                link_words(action),
                status_words(action.status),
            ]
        )
    return (BOM + out.getvalue()).encode("utf-8")


# What makes a spreadsheet read a cell as a formula when it comes first, after any spaces, tabs
# and line breaks (which Excel and LibreOffice skip); the full-width forms are read as the same.
_FORMULA_START = ("=", "+", "-", "@", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_SKIPPED = " \t\r\n"


def safe_cell(text: str) -> str:
    """A text cell that no spreadsheet reads as a formula: one that starts with =, +, - or @
    (after any spaces, tabs or line breaks), or with a tab or a line break, gets a leading
    apostrophe (OWASP's advice on CSV injection)."""
    if text[:1] in ("\t", "\r", "\n") or text.lstrip(_SKIPPED)[:1] in _FORMULA_START:
        return "'" + text
    return text
