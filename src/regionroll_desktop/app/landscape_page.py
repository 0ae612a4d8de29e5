"""The workshop's opening page: the deck's timeline of a landscape in change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..model import Language
from ..model.deck import (
    DECK_AUDIENCE,
    DECK_EXPECTATIONS,
    DECK_PURPOSE,
    LANDSCAPE,
    LANDSCAPE_ERAS,
    LANDSCAPE_POINT,
)
from ..ui.i18n import language
from ..ui.widgets import Retranslating, heading, muted, named

CELL = "QLabel {{ background: {bg}; border-radius: 10px; padding: 18px; color: #0f172a; }}"
ERA_TINTS = ("#f1f5f9", "#e0f2fe", "#dcfce7")


class LandscapePage(Retranslating, QWidget):
    """The deck's timeline; in the editor also what the deck is for, whom it addresses and
    what it expects (`about`), so the room starts from the deck's own framing."""

    def __init__(self, parent: QWidget | None = None, about: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("landscapePage")
        self.title = QLabel()
        heading(self.title, 1.6)
        self.point = named(QLabel(), "landscapePoint")
        self.point.setWordWrap(True)
        heading(self.point, 1.35, bold=False)
        grid = QGridLayout()
        grid.setSpacing(12)
        self.eras = []
        for col, era in enumerate(LANDSCAPE_ERAS, start=1):
            label = QLabel(era)
            heading(label, 2.0)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(label, 0, col)
            self.eras.append(label)
        self.rows: list[QLabel] = []
        self.cells: list[list[QLabel]] = []
        for row in range(1, len(LANDSCAPE) + 1):
            name = QLabel()
            heading(name, 1.5)
            grid.addWidget(name, row, 0)
            self.rows.append(name)
            cells = []
            for col in range(3):
                cell = named(QLabel(), f"landscape-{row}-{col}")
                cell.setWordWrap(True)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                heading(cell, 1.45, bold=False)
                cell.setStyleSheet(CELL.format(bg=ERA_TINTS[col]))
                cell.setMinimumHeight(90)
                grid.addWidget(cell, row, col + 1)
                cells.append(cell)
            self.cells.append(cells)
        for col in range(1, 4):
            grid.setColumnStretch(col, 1)
        for row in range(1, len(LANDSCAPE) + 1):
            grid.setRowStretch(row, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        self.source = QLabel()
        self.source.setWordWrap(True)
        muted(self.source)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addLayout(grid, 1)  # the timeline fills the page
        layout.addSpacing(16)
        layout.addWidget(self.point)
        self.about = named(QLabel(), "aboutTheDeck")
        self.about.setWordWrap(True)
        self.about.setTextFormat(Qt.TextFormat.RichText)
        layout.addSpacing(8)
        layout.addWidget(self.about)
        self.about.setVisible(about)  # once in the page: a label shown with no parent is a window
        layout.addWidget(line)
        layout.addWidget(self.source)
        self._sizes: list[tuple[QLabel, float]] = [
            (self.title, 1.6),
            (self.point, 1.35),
            *((era, 2.0) for era in self.eras),
            *((name, 1.5) for name in self.rows),
            *((cell, 1.45) for row in self.cells for cell in row),
            (self.source, 0.8),
        ]
        self.retranslate()

    def set_text_px(self, px: int) -> None:
        """Every text scaled from a body size of `px` pixels (for the projector)."""
        for label, factor in self._sizes:
            font = QFont(label.font())
            font.setPixelSize(
                max(px, round(px * factor * 0.75)) if factor < 1 else round(px * factor * 0.75)
            )
            label.setFont(font)
        for row in self.cells:
            for cell in row:
                cell.setMinimumHeight(round(px * 3.2))

    def retranslate(self) -> None:
        lang = language()
        self.title.setText(self.tr("A landscape in change"))
        for name, cells, (row, values) in zip(self.rows, self.cells, LANDSCAPE, strict=True):
            name.setText(row.text(Language.SV))
            name.setToolTip(row.text(lang))
            for cell, value in zip(cells, values, strict=True):
                cell.setText(value.text(lang))
        self.point.setText(LANDSCAPE_POINT.text(lang))
        purpose = " ".join(p.text(lang) for p in DECK_PURPOSE)
        expectations = "".join(f"<li>{e.text(lang)}</li>" for e in DECK_EXPECTATIONS)
        what_for = self.tr("What the deck is for:")
        audience = self.tr("Written for:")
        expects = self.tr("What the deck expects:")
        self.about.setText(
            f"<b>{what_for}</b> {purpose} <b>{audience}</b> {DECK_AUDIENCE.text(lang)}"
            f"<br><b>{expects}</b><ul>{expectations}</ul>"
        )
        self.about.setToolTip(self.tr("Source: {source}").format(source=DECK_AUDIENCE.source))
        self.source.setText(self.tr("Source: {source}").format(source=LANDSCAPE_POINT.source))
