"""The conclusions and the actions as one drawing: the projector's slide that the room reads."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter, QTextDocument

from ..canvases.step_canvas import Figure
from ..model import Step, Workshop
from ..ui.outcome_words import action_status_words, step_words

WIDTH = 760.0  # narrow: on a projector the words grow to fill the screen
AGREED_INK = "#166534"  # "✔ agreed" (the tick and the word carry it, not the colour)


def outcome_figure(workshop: Workshop) -> Figure:
    """Each question's conclusion (decided ones marked), then the actions with who, by when,
    status and dots."""
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
    }

    def t(key: str) -> str:
        return html.escape(words[key])

    parts: list[str] = []
    for step in Step:
        conclusion = outcome.conclusion(step)
        text = html.escape(conclusion.text.strip()) or f"<i>{t('not written')}</i>"
        mark = f" <b style='color:{AGREED_INK}'>✔ {t('agreed')}</b>" if conclusion.agreed else ""
        parts.append(f"<p><b>{html.escape(step_words(step))}</b>: {text}{mark}</p>")
    if outcome.actions:
        voted = bool(outcome.votes)
        rows = "".join(
            f"<tr><td>{html.escape(a.what)}</td><td>{html.escape(a.who) or '–'}</td>"
            f"<td>{a.due.isoformat() if a.due else '–'}</td>"
            f"<td>{html.escape(action_status_words(a.status))}</td>"
            + (f"<td>{'●' * outcome.dots_on(a.id)}</td>" if voted else "")
            + "</tr>"
            for a in outcome.actions
        )
        heads = [t("action"), t("who"), t("by"), t("status"), *([t("dots")] if voted else [])]
        head = "".join(f"<th align='left'>{h}</th>" for h in heads)
        parts.append(
            f"<h3>{t('actions')}</h3><table cellpadding='4' cellspacing='0' "
            f"width='100%'><tr>{head}</tr>{rows}</table>"
        )
    else:
        parts.append(f"<p><i>{t('none')}</i></p>")
    document = QTextDocument()
    document.setDocumentMargin(8)
    document.setHtml("".join(parts))
    document.setTextWidth(WIDTH)
    height = document.size().height()

    def draw(painter: QPainter, target: QRectF) -> None:
        painter.save()
        painter.translate(target.topLeft())
        scale = target.width() / WIDTH
        painter.scale(scale, scale)
        document.drawContents(painter, QRectF(0, 0, WIDTH, height))
        painter.restore()

    return Figure(draw, QSize(round(WIDTH), max(1, round(height))))
