"""The conclusions and the actions as one drawing: the projector's slide that the room reads."""

from __future__ import annotations

import bisect
import html
from dataclasses import dataclass
from itertools import accumulate

from PySide6.QtCore import QCoreApplication, QRectF, QSize, QSizeF
from PySide6.QtGui import QFont, QPainter, QTextDocument, QTextTable

from ..canvases.step_canvas import Figure
from ..model import Step, Workshop
from ..ui.outcome_words import action_status_words, step_words

WIDTH = 760.0  # narrow: on a projector the words grow to fill the screen
AGREED_INK = "#166534"  # "✔ agreed" (the tick and the word carry it, not the colour)


MARGIN = 8.0  # round the slide's words


def outcome_parts(workshop: Workshop, size: QSize, least_px: float) -> list[Figure]:
    """The slide for a screen `size` large whose words are never under `least_px`: all of it
    as large as the screen allows, when that is at least `least_px`; else in parts of a
    screen each in that type (Page Down shows the next): the conclusions, a long one across
    screens line by line, then the actions under them, as many whole rows as a screen holds,
    their heads repeated and their columns the same on each (at the limits, three hundred
    actions were drawn in type a pixel high; later cut to what fitted and counted)."""
    font = QFont()
    base = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    whole = outcome_figure(workshop)  # narrow: drawn as large as the screen allows
    scale = min(size.width() / whole.size.width(), size.height() / whole.size.height())
    if base * scale >= least_px:
        return [whole]
    grow = max(least_px / max(base, 1.0), 0.01)
    width = max(300.0, size.width() / grow)
    room = max(100.0, size.height() / grow)
    return [_part(pieces, width, room) for pieces in outcome_screens(workshop, width, room)]


@dataclass(frozen=True)
class Piece:
    """What a screen shows of `document`: its page `page` (laid out in pages a screen tall),
    or all of it (None), drawn `top` down the screen."""

    document: QTextDocument
    top: float = 0.0
    page: int | None = None


def outcome_screens(workshop: Workshop, width: float, room: float) -> list[list[Piece]]:
    """The slide's words in screens `room` tall: the conclusions' pages, then the actions'
    rows, the first of them under the conclusions' last page where they fit."""
    conclusions = _document(conclusions_markup(workshop), width)
    conclusions.setPageSize(QSizeF(width, room))  # a long conclusion: line by line
    pages = conclusions.pageCount()
    screens = [[Piece(conclusions, 0.0, k)] for k in range(pages)]
    layout = conclusions.documentLayout()
    used = layout.blockBoundingRect(conclusions.lastBlock()).bottom() - (pages - 1) * room
    actions = workshop.outcome.actions
    if not actions:
        return screens
    widths = _column_widths(workshop, width)
    heights = _row_heights(workshop, width, widths)
    around: dict[bool, float] = {}
    first, top, heading = 0, used, True
    while first < len(actions):

        def chunk(n: int, first: int = first, heading: bool = heading) -> QTextDocument:
            markup = actions_markup(workshop, first, first + n, widths, heading)
            return _document(markup, width)

        # As many rows as their measured heights leave room for under the heads, then made
        # and checked (a row less while the made one is taller than the room).
        if heading not in around:  # the heads and the margins round the rows
            around[heading] = chunk(1).size().height() - heights[first]
        fit = bisect.bisect_right(list(accumulate(heights[first:])), room - top - around[heading])
        made = chunk(max(fit, 1))
        while fit > 1 and made.size().height() > room - top:
            fit -= 1
            made = chunk(fit)
        if top > 0 and (fit == 0 or made.size().height() > room - top):
            top = 0.0  # not one row under the conclusions: on a screen of their own
            continue
        fit = max(fit, 1)  # a row taller than a screen (never, at the limits): shown alone
        if top == 0.0:
            screens.append([])
        screens[-1].append(Piece(made, top))
        first, top, heading = first + fit, 0.0, False
    return screens


def _row_heights(workshop: Workshop, width: float, widths: list[float | None]) -> list[float]:
    """How tall each action's row is, laid out `width` wide in columns `widths`."""
    count = len(workshop.outcome.actions)
    document = _document(actions_markup(workshop, 0, count, widths), width)
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    layout = document.documentLayout()

    def top(row: int) -> float:  # where the row's words start
        return layout.blockBoundingRect(table.cellAt(row, 0).firstCursorPosition().block()).top()

    frame = layout.frameBoundingRect(table)
    inset = top(0) - frame.top()  # from a row's edge to its words
    tops = [top(r) for r in range(1, count + 1)]  # row 0: the heads
    tops.append(frame.bottom() + inset)
    return [tops[r + 1] - tops[r] for r in range(count)]


def _column_widths(workshop: Workshop, width: float) -> list[float | None]:
    """The actions' columns as percentages of the table, as Qt lays out all of its rows
    `width` wide, the widest left to take what the others leave (None): the same on every
    screen the rows are spread across."""
    document = _document(actions_markup(workshop, 0, len(workshop.outcome.actions)), width)
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    layout = document.documentLayout()
    lefts = [
        layout.blockBoundingRect(table.cellAt(0, c).firstCursorPosition().block()).left()
        for c in range(table.columns())
    ]
    inner = width - 2 * MARGIN
    pad = lefts[0] - MARGIN  # a cell's words start this far into it
    edges = [*(left - pad for left in lefts), MARGIN + inner]
    shares = [100 * (edges[c + 1] - edges[c]) / inner for c in range(len(lefts))]
    widest = shares.index(max(shares))
    # A hair more than measured: a head rounded narrower would wrap ("Pricka/r").
    return [None if c == widest else share + 0.5 for c, share in enumerate(shares)]


def _part(pieces: list[Piece], width: float, room: float) -> Figure:
    """One screen of the slide: its pieces drawn `room` tall."""

    def draw(painter: QPainter, target: QRectF) -> None:
        painter.save()
        painter.translate(target.topLeft())
        scale = target.width() / width
        painter.scale(scale, scale)
        for piece in pieces:
            painter.save()
            shift = (piece.page or 0) * room  # where its page starts in its document
            painter.translate(0, piece.top - shift)
            piece.document.drawContents(painter, QRectF(0, shift, width, room - piece.top))
            painter.restore()
        painter.restore()

    return Figure(draw, QSize(round(width), max(1, round(room))))


def _words() -> dict[str, str]:
    return {
        "not written": QCoreApplication.translate("OutcomeFigure", "not written yet"),
        "agreed": QCoreApplication.translate("OutcomeFigure", "agreed"),
        "action": QCoreApplication.translate("OutcomeFigure", "Action"),
        "who": QCoreApplication.translate("OutcomeFigure", "Who"),
        "by": QCoreApplication.translate("OutcomeFigure", "By"),
        "status": QCoreApplication.translate("OutcomeFigure", "Status"),
        "dots": QCoreApplication.translate("OutcomeFigure", "Dots"),
        "actions": QCoreApplication.translate("OutcomeFigure", "Actions"),
        "none": QCoreApplication.translate("OutcomeFigure", "No actions yet."),
    }


def conclusions_markup(workshop: Workshop) -> str:
    """Each question's conclusion (agreed ones marked); "no actions yet" when none is."""
    outcome, words = workshop.outcome, _words()
    parts: list[str] = []
    for step in Step:
        conclusion = outcome.conclusion(step)
        text = html.escape(conclusion.text.strip())
        text = text or f"<i>{html.escape(words['not written'])}</i>"
        agreed = html.escape(words["agreed"])
        mark = f" <b style='color:{AGREED_INK}'>✔ {agreed}</b>" if conclusion.agreed else ""
        parts.append(f"<p><b>{html.escape(step_words(step))}</b>: {text}{mark}</p>")
    if not outcome.actions:
        parts.append(f"<p><i>{html.escape(words['none'])}</i></p>")
    return "".join(parts)


def actions_markup(
    workshop: Workshop,
    first: int,
    last: int,
    widths: list[float | None] | None = None,
    heading: bool = True,
) -> str:
    """The actions `first` to `last` (not included) with who, by when, status and dots, under
    their heads (columns `widths` per cent wide when given), under "Actions" with `heading`;
    nothing when there are none."""
    outcome, words = workshop.outcome, _words()
    actions = outcome.actions[first:last]
    if not actions:
        return ""
    voted = bool(outcome.votes)
    rows = "".join(
        f"<tr><td>{html.escape(a.what)}</td><td>{html.escape(a.who) or '–'}</td>"
        f"<td>{a.due.isoformat() if a.due else '–'}</td>"
        f"<td>{html.escape(action_status_words(a.status))}</td>"
        + (f"<td>{'●' * outcome.dots_on(a.id)}</td>" if voted else "")
        + "</tr>"
        for a in actions
    )
    heads = ["action", "who", "by", "status", *(["dots"] if voted else [])]
    sized = widths or []
    head = "".join(
        f"<th align='left'{_width(sized[c] if c < len(sized) else None)}>"
        f"{html.escape(words[h])}</th>"
        for c, h in enumerate(heads)
    )
    title = f"<h3>{html.escape(words['actions'])}</h3>" if heading else ""
    return (
        f"{title}<table cellpadding='4' cellspacing='0' width='100%'><tr>{head}</tr>{rows}</table>"
    )


def _width(share: float | None) -> str:
    return "" if share is None else f" width='{share:.2f}%'"


def outcome_markup(workshop: Workshop) -> str:
    """The slide's words as markup: each question's conclusion (agreed ones marked), then the
    actions with who, by when, status and dots."""
    return conclusions_markup(workshop) + actions_markup(workshop, 0, len(workshop.outcome.actions))


def _document(markup: str, width: float) -> QTextDocument:
    document = QTextDocument()
    document.setDocumentMargin(MARGIN)
    document.setHtml(markup)
    document.setTextWidth(width)
    return document


def outcome_figure(workshop: Workshop, width: float = WIDTH) -> Figure:
    """The whole slide as one drawing, laid out `width` wide."""
    document = _document(outcome_markup(workshop), width)
    return _part([Piece(document)], width, document.size().height())
