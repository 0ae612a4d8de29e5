"""Regionerna (Ctrl+8): the national picture. Every reference region on one capital matrix
and one role map with the open workshop among them, and a table of the models, roles, keys
and the strategy each region had in force in 2019, each row naming where its facts come from."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QHelpEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ..figures.national_maps import NationalMap
from ..model import Workshop
from ..reference import ReferenceSet
from ..ui.figure_widget import FigureWidget
from ..ui.i18n import language
from ..ui.national import BODY_PX, national_figure, national_headers, national_rows
from ..ui.national import Drawing as NationalDrawing
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session
from ..ui.step_words import deck_caveat
from ..ui.widgets import Retranslating, heading, muted, named, plain_tip

OWN_ROW = QColor("#fef3c7")


class NationalPage(Retranslating, QWidget):
    def figure_at(
        self,
        body_px: float,
        brief: bool = False,
        maps: tuple[NationalMap, ...] = tuple(NationalMap),
    ) -> NationalDrawing:
        """The regions' figure of the current state, its words `body_px` tall (its units);
        `brief`: the regions not placed counted, not named; `maps`: which of the two."""
        return national_figure(
            self.session.workshop, self.library.merged, language(), body_px, brief, maps
        )

    def __init__(self, session: Session, library: ReferenceLibrary) -> None:
        super().__init__()
        self.session = session
        self.library = library
        self.title = QLabel()
        heading(self.title, 1.6)
        self.intro = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        muted(self.intro)
        self.figure = named(
            FigureWidget(lambda: self.figure_at(BODY_PX)),
            "nationalFigure",
        )
        self.table = named(QTableWidget(), "nationalTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.figure)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        self._stale = False
        session.watch(
            lambda w: (w.region, w.financing, w.implementation, w.organisation, w.keys),
            lambda _w: self._outdated(),
            self,
        )
        library.changed.connect(self._outdated)
        self.figure.installEventFilter(self)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        """Every point says where it comes from: its name and source on hover."""
        if watched is self.figure and event.type() == QEvent.Type.ToolTip:
            assert isinstance(event, QHelpEvent)
            target = self.figure.target()
            scale = target.width() / max(1.0, float(self.figure.drawing.size.width()))
            x = (event.pos().x() - target.left()) / scale
            y = (event.pos().y() - target.top()) / scale
            drawing = self.figure.drawing
            mark = drawing.hit(x, y) if isinstance(drawing, NationalDrawing) else None
            if mark is None:
                QToolTip.hideText()
            else:
                where = mark.source or self.tr("this workshop")
                QToolTip.showText(event.globalPos(), plain_tip(f"{mark.name}\n{where}"))
            return True
        return super().eventFilter(watched, event)

    def _outdated(self) -> None:
        """Drawn again at once when shown, else when next shown: an edit on another page (a
        marker nudged with the arrow keys) does not redraw the regions' maps and table."""
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._stale = False
        self.figure.refresh()
        self._show_table(self.session.workshop, self.library.merged)
        self._show_intro()

    def _show_intro(self) -> None:
        self.intro.setText(
            self.tr(
                "Reference regions: {set}. Each region's facts come from the source its row "
                "names; a region not placed is named under the map, never guessed. Build them "
                "from the regions' own workshops with File ▸ Reference regions from workshops…"
            ).format(set=self.library.merged.name)
            + "\n"
            + deck_caveat()
        )

    def _show_table(self, workshop: Workshop, reference: ReferenceSet) -> None:
        headers = national_headers()
        rows = national_rows(workshop, reference, language())
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                if row.tips[j]:
                    item.setToolTip(plain_tip(row.tips[j]))
                if row.own:
                    item.setBackground(QBrush(OWN_ROW))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def retranslate(self) -> None:
        self.table.setAccessibleName(self.tr("The regions side by side"))
        self.title.setText(self.tr("The regions side by side"))
        self._outdated()
