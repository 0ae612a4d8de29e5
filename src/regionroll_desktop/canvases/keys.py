"""The deck's five keys: a score from 1 to 5 and a note for each, and a chart that makes the
weakest key obvious."""

from __future__ import annotations

import html
import math
from collections.abc import Callable
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..analysis.keys import even_score, scored_keys, weakest
from ..analysis.room import key_scores, score_summary
from ..analysis.sides import key_sides
from ..figures.keys import AXIS_INK, BASE_PX, NORMAL, WEAK, KeyRow, KeysContent, keys_drawing
from ..model import Key, Language, Workshop
from ..model import edits as e
from ..model.deck import KEY_POINTS
from ..model.text import one_or_many
from ..ui.drawing_painter import measure
from ..ui.i18n import language
from ..ui.key_findings import findings_rule, key_findings
from ..ui.session import Session
from ..ui.side_words import key_sides_words, sides_rule
from ..ui.widgets import (
    Retranslating,
    VerticalScroll,
    enlarge,
    heading,
    muted,
    named,
    set_text_quietly,
    use_app_undo,
)
from .step_canvas import Figure, KeyHelp, drawing_figure


def keys_chart(
    workshop: Workshop, px: float | None = None, room: tuple[float, float] | None = None
) -> Figure:
    """The keys' scores as bars (`figures.keys`), the weakest in red and marked in words
    too; with `px`, its words that many pixels (a projector's), else print's size; with
    `room`, laid out to fill that room (a screen's, in pixels)."""
    low = weakest(workshop)
    content = KeysContent(
        tuple(
            KeyRow(KEY_POINTS[key][0].text(Language.SV), workshop.key(key).score, key in low)
            for key in Key
        ),
        QCoreApplication.translate("KeysChart", "weakest"),
        QCoreApplication.translate("KeysChart", "not scored"),
    )
    size = math.ceil(px) if px is not None else BASE_PX  # never under the size asked
    drawing = keys_drawing(content, size, measure, room)
    return replace(drawing_figure(drawing), smallest_px=size)


class KeysCanvas(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysCanvas")
        self.session = session
        self.names = {k: QLabel() for k in Key}
        self.points = {k: QLabel() for k in Key}
        self.scores = {k: named(QSpinBox(), f"score-{k.value}") for k in Key}
        self.notes = {k: named(QLineEdit(), f"keyNote-{k.value}") for k in Key}
        # What the key's step found, so the room scores on what it saw.
        self.findings = {k: named(QLabel(), f"keyFindings-{k.value}") for k in Key}
        grid = QGridLayout()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        for row, key in enumerate(Key):
            self.names[key].setFont(bold)
            self.points[key].setWordWrap(True)
            self.findings[key].setWordWrap(True)
            self.findings[key].setTextFormat(Qt.TextFormat.RichText)
            muted(self.findings[key])
            spin = self.scores[key]
            spin.setRange(0, 5)
            spin.setKeyboardTracking(False)
            spin.setFont(bold)  # a score is read across the room: as large as the key's name
            spin.setMinimumSize(88, 40)
            spin.setAlignment(Qt.AlignmentFlag.AlignCenter)
            use_app_undo(self.notes[key])
            grid.addWidget(self.names[key], 3 * row, 0)
            grid.addWidget(self.points[key], 3 * row, 1)
            grid.addWidget(spin, 3 * row, 2)
            grid.addWidget(self.findings[key], 3 * row + 1, 1, 1, 2)
            grid.addWidget(self.notes[key], 3 * row + 2, 1, 1, 2)
            spin.valueChanged.connect(lambda v, k=key: self._score(k, v))
            self.notes[key].textEdited.connect(lambda text, k=key: self._note(k, text))
        grid.setColumnStretch(1, 1)
        self.chart = pg.PlotWidget(background="w")
        self.chart.setObjectName("keysChart")
        self.chart.setMinimumSize(360, 300)
        self.chart.setMouseEnabled(x=False, y=False)
        self.chart.setMenuEnabled(False)
        self.chart.hideButtons()
        self.chart.setXRange(0, 5.2, padding=0)
        # Scores are whole numbers: the axis says so (no 0.5 steps).
        self.chart.getAxis("bottom").setTicks([[(n, str(n)) for n in range(6)]])
        for side in ("left", "bottom"):  # pyqtgraph's grey words read at 3 : 1 only
            self.chart.getAxis(side).setTextPen(AXIS_INK)
            self.chart.getAxis(side).setPen(AXIS_INK)
        self.chart.setYRange(-0.6, len(Key) - 0.4, padding=0)
        self.bars = pg.BarGraphItem(x0=0, y=[], height=0.6, width=[])
        self.chart.addItem(self.bars)
        self.weakest_label = named(QLabel(), "keysWeakest")
        self.weakest_label.setWordWrap(True)
        self.weakest_label.setFont(bold)
        right = QVBoxLayout()
        right.addWidget(self.chart, 1)
        right.addWidget(self.weakest_label)
        self.title = QLabel()
        heading(self.title, 1.6)
        # The keys with their findings may be taller than the window: they scroll, the chart
        # stays in view.
        keys_list = QWidget()
        keys_list.setLayout(grid)
        scroll = self.keys_list = named(VerticalScroll(keys_list), "keysList")
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        columns = QHBoxLayout()
        columns.addWidget(scroll, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        # Where the findings come from: the app's rule, said where they show.
        self.rule = named(QLabel(textFormat=Qt.TextFormat.PlainText), "keysFindingsRule")
        self.rule.setWordWrap(True)
        muted(self.rule)
        layout.addWidget(self.rule)
        layout.addLayout(columns, 1)
        # The findings follow the four steps (not the timers, which tick every second).
        session.watch(
            lambda w: (w.keys, w.organisation, w.financing, w.strategy, w.implementation, w.room),
            self.show_workshop,
            self,
        )
        self.retranslate()

    def _score(self, key: Key, value: int) -> None:
        score = None if value == 0 else value
        self.session.apply(self.tr("Score a key"), lambda w: e.set_key(w, key, score=score))

    def _note(self, key: Key, text: str) -> None:
        self.session.apply(
            self.tr("Note on a key"),
            lambda w: e.set_key(w, key, note=text),
            merge_key=f"keys.{key.value}.note",
        )

    def as_widget(self) -> QWidget:
        return self

    def figure(self) -> Figure:
        return keys_chart(self.session.workshop)

    def present(self, zoom: float, least_px: float) -> None:
        enlarge(self, zoom)

    def key_help(self) -> KeyHelp:
        return []

    def show_notes(self, shown: bool, show_again: Callable[[], None]) -> None:
        """The keys take no sticky notes: nothing to show or hide."""

    def show_workshop(self, workshop: Workshop) -> None:
        lang = language()
        sides = {row.key: row for row in key_sides(workshop)}
        for key, label in self.findings.items():
            lines = key_findings(workshop, key, lang)
            room = self._room_words(workshop, key)
            by_side = key_sides_words(sides[key]) if key in sides else ""
            label.setText(
                "<br>".join("▸ " + html.escape(line) for line in lines)
                + (f"<br><b>▸ {html.escape(room)}</b>" if room else "")
                + (f"<br><b>▸ {html.escape(by_side)}</b>" if by_side else "")
            )
        rule = findings_rule() + (" " + sides_rule() if sides else "")
        if self.rule.text() != rule:
            self.rule.setText(rule)
        for assessment in workshop.keys:
            spin = self.scores[assessment.key]
            blocked = spin.blockSignals(True)
            spin.setValue(assessment.score or 0)
            spin.blockSignals(blocked)
            set_text_quietly(self.notes[assessment.key], assessment.note)
        low = weakest(workshop)
        keys = list(Key)
        ys = [len(keys) - 1 - i for i in range(len(keys))]  # first key on top
        widths = [workshop.key(k).score or 0 for k in keys]
        brushes = [pg.mkBrush(WEAK if k in low else NORMAL) for k in keys]
        self.bars.setOpts(x0=0, y=ys, width=widths, height=0.6, brushes=brushes)
        if low:
            names = ", ".join(KEY_POINTS[k][0].text(Language.SV) for k in low)
            self.weakest_label.setText(self.tr("Weakest: {keys}").format(keys=names))
        elif (even := even_score(scored_keys(workshop))) is not None:
            self.weakest_label.setText(
                self.tr("Every scored key has {score} of 5: none is the weakest.").format(
                    score=even
                )
            )
        else:
            self.weakest_label.setText(self.tr("Score at least two keys to see the weakest."))
        axis = self.chart.getAxis("left")
        axis.setTicks(
            [[(y, KEY_POINTS[k][0].text(Language.SV)) for y, k in zip(ys, keys, strict=True)]]
        )

    def _room_words(self, workshop: Workshop, key: Key) -> str:
        """The phones' scores for `key`: how many, their median, each score's count."""
        summary = score_summary(key_scores(workshop.room, key))
        if summary is None:
            return ""
        median, counts = summary
        locale = QLocale()
        each = " · ".join(f"{score}: {n}" for score, n in counts.items())
        scores = sum(counts.values())
        return one_or_many(
            scores,
            self.tr("The room (phones): {n} score, median {median} ({each})"),
            self.tr("The room (phones): {n} scores, median {median} ({each})"),
        ).format(
            n=scores,
            median=locale.toString(float(median), "g", 3),
            each=each,
        )

    def retranslate(self) -> None:
        self.keys_list.setAccessibleName(self.tr("The keys, each with its score and note"))
        self.chart.setAccessibleName(self.tr("The keys' scores as a chart"))
        self.chart.viewport().setAccessibleName(self.chart.accessibleName())
        for key in Key:
            key_name = KEY_POINTS[key][0].text(Language.SV)
            self.scores[key].setAccessibleName(self.tr("Score for {key}").format(key=key_name))
            self.notes[key].setAccessibleName(self.tr("Note on {key}").format(key=key_name))
        lang = language()
        self.title.setText(self.tr("Keys to the work with regional development"))
        self.rule.setText(findings_rule())
        self.title.setToolTip(
            self.tr("Source: {source}").format(source=KEY_POINTS[Key.POLITIK][1].source)
        )
        for key in Key:
            name, point = KEY_POINTS[key]
            self.names[key].setText(name.text(Language.SV))
            self.points[key].setText(point.text(lang))
            self.points[key].setToolTip(self.tr("Source: {source}").format(source=point.source))
            self.scores[key].setSpecialValueText("–")
            self.scores[key].setToolTip(self.tr("1 weak … 5 strong; – not scored"))
            self.notes[key].setPlaceholderText(self.tr("The room's note on this key"))
        self.chart.getAxis("bottom").setLabel(self.tr("Score (1–5)"))
        self.show_workshop(self.session.workshop)
