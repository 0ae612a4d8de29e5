"""The deck's five keys: a score from 1 to 5 and a note for each, and a chart that makes the
weakest key obvious."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model import Key, Language, Workshop
from ..model import edits as e
from ..model.deck import KEY_POINTS
from ..ui.i18n import language
from ..ui.session import Session
from ..ui.widgets import Retranslating, enlarge, heading, named, set_text_quietly, use_app_undo
from .step_canvas import Figure, KeyHelp, widget_figure

WEAK = "#dc2626"
NORMAL = "#64748b"


def weakest(workshop: Workshop) -> list[Key]:
    """The keys with the lowest score (all of them when tied); none while nothing is scored."""
    scored = [(k.score, k.key) for k in workshop.keys if k.score is not None]
    if not scored:
        return []
    low = min(s for s, _ in scored)
    return [key for s, key in scored if s == low]


class KeysCanvas(Retranslating, QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("keysCanvas")
        self.session = session
        self.names = {k: QLabel() for k in Key}
        self.points = {k: QLabel() for k in Key}
        self.scores = {k: named(QSpinBox(), f"score-{k.value}") for k in Key}
        self.notes = {k: named(QLineEdit(), f"keyNote-{k.value}") for k in Key}
        grid = QGridLayout()
        bold = QFont(self.font())
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.2)
        for row, key in enumerate(Key):
            self.names[key].setFont(bold)
            self.points[key].setWordWrap(True)
            spin = self.scores[key]
            spin.setRange(0, 5)
            spin.setKeyboardTracking(False)
            use_app_undo(self.notes[key])
            grid.addWidget(self.names[key], 2 * row, 0)
            grid.addWidget(self.points[key], 2 * row, 1)
            grid.addWidget(spin, 2 * row, 2)
            grid.addWidget(self.notes[key], 2 * row + 1, 1, 1, 2)
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
        columns = QHBoxLayout()
        columns.addLayout(grid, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(columns, 1)
        session.watch(lambda w: w.keys, self.show_workshop, self)
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
        return widget_figure(self)

    def present(self, zoom: float) -> None:
        enlarge(self, zoom)

    def key_help(self) -> KeyHelp:
        return []

    def show_workshop(self, workshop: Workshop) -> None:
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
        else:
            self.weakest_label.setText(self.tr("Score the keys to see the weakest."))
        axis = self.chart.getAxis("left")
        axis.setTicks(
            [[(y, KEY_POINTS[k][0].text(Language.SV)) for y, k in zip(ys, keys, strict=True)]]
        )

    def retranslate(self) -> None:
        lang = language()
        self.title.setText(self.tr("Keys to the work with regional development"))
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
