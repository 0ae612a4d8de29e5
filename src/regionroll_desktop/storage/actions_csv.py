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
                _cell(action.what),
                _cell(action.who),
                action.due.isoformat() if action.due else "",
                link_words(action),
                status_words(action.status),
            ]
        )
    return (BOM + out.getvalue()).encode("utf-8")


def _cell(text: str) -> str:
    """A text cell that Excel will not read as a formula (a leading =, +, - or @)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
