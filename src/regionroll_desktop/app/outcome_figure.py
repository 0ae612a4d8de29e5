"""The conclusions and the actions as one drawing: the projector's slide that the room reads."""

from __future__ import annotations

import bisect
import html
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QFont, QPainter, QTextDocument

from ..canvases.step_canvas import Figure
from ..model import Step, Workshop
from ..ui.outcome_words import action_status_words, step_words

WIDTH = 760.0  # narrow: on a projector the words grow to fill the screen
AGREED_INK = "#166534"  # "✔ agreed" (the tick and the word carry it, not the colour)


@dataclass(frozen=True)
class Plan:
    """What the slide holds on one screen: the first `shown` actions (None: all), laid out
    `width` wide, each conclusion at most `most` characters (None: whole)."""

    shown: int | None = None
    width: float = WIDTH
    most: int | None = None


def outcome_on_screen(workshop: Workshop, size: QSize, least_px: float) -> Figure:
    """The slide for a screen `size` large whose words are never under `least_px`."""
    plan = outcome_plan(workshop, size, least_px)
    return outcome_figure(workshop, plan.shown, plan.width, plan.most)


def outcome_plan(workshop: Workshop, size: QSize, least_px: float) -> Plan:
    """All of the slide, as large as the screen allows, when that is at least `least_px`;
    else laid out as wide as the floor's type leaves room for, with as many actions as then
    fit, the rest counted, and when even the conclusions alone do not fit, each cut to the
    same length (at the limits, three hundred actions were drawn in type a pixel high)."""
    font = QFont()
    base = font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72
    whole = outcome_figure(workshop)  # narrow: drawn as large as the screen allows
    scale = min(size.width() / whole.size.width(), size.height() / whole.size.height())
    if base * scale >= least_px:
        return Plan()
    grow = max(least_px / max(base, 1.0), 0.01)
    width = max(300.0, size.width() / grow)
    room = size.height() / grow

    def fits(actions: int, most: int | None = None) -> bool:
        return outcome_figure(workshop, actions, width, most).size.height() <= room

    def most_that_fit(high: int, fit: Callable[[int], bool]) -> int:
        """The largest n up to `high` for which `fit(n)` (fit holds up to some n), or 0."""
        return max(0, bisect.bisect_left(range(high + 1), True, key=lambda n: not fit(n)) - 1)

    if fits(0):  # every conclusion whole: as many actions as fit
        return Plan(most_that_fit(len(workshop.outcome.actions), fits), width)
    # Conclusions too long for the screen even alone: each cut to the same length at a whole
    # word, the app's rule under them (the page and the report hold them whole).
    longest = max(len(workshop.outcome.conclusion(step).text) for step in Step)
    most = max(SHORTEST, most_that_fit(longest, lambda n: fits(0, max(n, SHORTEST))))
    return Plan(0, width, most)


SHORTEST = 40  # the fewest characters of a conclusion the projector shows


def _cut(text: str, most: int | None) -> str:
    """`text`, or its first `most` characters at a whole word, with "…"."""
    if most is None or len(text) <= most:
        return text
    kept = text[:most].rsplit(" ", 1)[0] if " " in text[:most] else text[:most]
    return kept.rstrip(",;:.–- ") + "…"


def outcome_markup(workshop: Workshop, shown: int | None = None, most: int | None = None) -> str:
    """The slide's words as markup (`outcome_figure`'s `shown` and `most`)."""
    outcome = workshop.outcome

    words = {
        "not written": QCoreApplication.translate("OutcomeFigure", "not written yet"),
        "agreed": QCoreApplication.translate("OutcomeFigure", "agreed"),
        "action": QCoreApplication.translate("OutcomeFigure", "Action"),
        "who": QCoreApplication.translate("OutcomeFigure", "Who"),
        "by": QCoreApplication.translate("OutcomeFigure", "By"),
        "status": QCoreApplication.translate("OutcomeFigure", "Status"),
        "dots": QCoreApplication.translate("OutcomeFigure", "Dots"),
        "actions": QCoreApplication.translate("OutcomeFigure", "Actions"),
        "none": QCoreApplication.translate("OutcomeFigure", "No actions yet."),
        "more": QCoreApplication.translate(
            "OutcomeFigure", "… and {n} more actions: on the Conclusions page and in the report."
        ),
        "cut": QCoreApplication.translate(
            "OutcomeFigure",
            "The app's rule: a conclusion too long for the screen ends with “…”; the "
            "Conclusions page and the report hold it whole.",
        ),
    }

    def t(key: str) -> str:
        return html.escape(words[key])

    parts: list[str] = []
    cut = False
    for step in Step:
        conclusion = outcome.conclusion(step)
        said = _cut(conclusion.text.strip(), most)
        cut = cut or said != conclusion.text.strip()
        text = html.escape(said) or f"<i>{t('not written')}</i>"
        mark = f" <b style='color:{AGREED_INK}'>✔ {t('agreed')}</b>" if conclusion.agreed else ""
        parts.append(f"<p><b>{html.escape(step_words(step))}</b>: {text}{mark}</p>")
    actions = outcome.actions if shown is None else outcome.actions[:shown]
    left = len(outcome.actions) - len(actions)
    if actions:
        voted = bool(outcome.votes)
        rows = "".join(
            f"<tr><td>{html.escape(a.what)}</td><td>{html.escape(a.who) or '–'}</td>"
            f"<td>{a.due.isoformat() if a.due else '–'}</td>"
            f"<td>{html.escape(action_status_words(a.status))}</td>"
            + (f"<td>{'●' * outcome.dots_on(a.id)}</td>" if voted else "")
            + "</tr>"
            for a in actions
        )
        heads = [t("action"), t("who"), t("by"), t("status"), *([t("dots")] if voted else [])]
        head = "".join(f"<th align='left'>{h}</th>" for h in heads)
        parts.append(
            f"<h3>{t('actions')}</h3><table cellpadding='4' cellspacing='0' "
            f"width='100%'><tr>{head}</tr>{rows}</table>"
        )
    elif not outcome.actions:
        parts.append(f"<p><i>{t('none')}</i></p>")
    if left:
        parts.append(f"<p><i>{html.escape(words['more'].format(n=left))}</i></p>")
    if cut:
        parts.append(f"<p><i>{t('cut')}</i></p>")
    return "".join(parts)


def outcome_figure(
    workshop: Workshop, shown: int | None = None, width: float = WIDTH, most: int | None = None
) -> Figure:
    """Each question's conclusion (decided ones marked), then the actions with who, by when,
    status and dots; `shown`: the first so many actions, the others counted in a line under
    them; `most`: each conclusion's characters at most (cut at a whole word, the app's rule
    said under them); laid out `width` wide."""
    document = QTextDocument()
    document.setDocumentMargin(8)
    document.setHtml(outcome_markup(workshop, shown, most))
    document.setTextWidth(width)
    height = document.size().height()

    def draw(painter: QPainter, target: QRectF) -> None:
        painter.save()
        painter.translate(target.topLeft())
        scale = target.width() / width
        painter.scale(scale, scale)
        document.drawContents(painter, QRectF(0, 0, width, height))
        painter.restore()

    return Figure(draw, QSize(round(width), max(1, round(height))))
