"""The side panel beside the matrix: typed positions, the palette, nearest and unplaced regions."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...model import Moment
from ...ui.group_colours import AMBITION_COLOUR, TODAY_COLOUR
from ...ui.widgets import legend_box, named
from ..groups_panel import GroupsBox
from ..markers import MarkerKey
from ..room_answers import RoomAnswersBox
from .matrix_plot import MatrixPlot


class PaletteList(QListWidget):
    """Chips that can be dragged onto the matrix (or placed at its centre with Enter)."""

    placeRequested = Signal(str)  # noqa: N815  payload

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPalette")
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.itemActivated.connect(
            lambda item: self.placeRequested.emit(item.data(Qt.ItemDataRole.UserRole))
        )

    def mimeData(self, items: Sequence[QListWidgetItem]) -> QMimeData:  # noqa: N802  (Qt's name)
        mime = QMimeData()
        if items:
            payload = str(items[0].data(Qt.ItemDataRole.UserRole))
            mime.setData(MatrixPlot.MIME, payload.encode("utf-8"))
            mime.setText(items[0].text())
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MatrixPlot.MIME]

    def startDrag(self, actions: Qt.DropAction) -> None:  # noqa: N802
        item = self.currentItem()
        if item is None:
            return
        drag = QDrag(self)
        drag.setMimeData(self.mimeData([item]))
        drag.exec(Qt.DropAction.CopyAction)

    def add_chip(self, text: str, key: MarkerKey, colour: QColor | None, tip: str) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, str(key))  # the drag's payload
        item.setToolTip(tip)
        if colour is not None:
            item.setForeground(colour)
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self.addItem(item)


class MarkerRow:
    """Typed values for one marker: capital per capita and proactivity (the position on the
    capital's character axis), plus place/remove."""

    def __init__(self, moment: Moment, colour: QColor, grid: QGridLayout, row: int) -> None:
        self.moment = moment
        self.title = QLabel()
        palette = self.title.palette()
        palette.setColor(QPalette.ColorRole.WindowText, colour)
        self.title.setPalette(palette)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.capital = self._spin(f"{moment}Capital")
        self.proactivity = self._spin(f"{moment}Proactivity")
        self.toggle = named(QPushButton(), f"{moment}Toggle")
        self.active = named(QRadioButton(), f"{moment}Active")
        grid.addWidget(self.title, row, 0)
        grid.addWidget(self.active, row, 1)
        grid.addWidget(self.toggle, row, 2)
        self.capital_label = QLabel()
        self.proactivity_label = QLabel()
        grid.addWidget(self.capital_label, row + 1, 0)
        grid.addWidget(self.capital, row + 1, 1, 1, 2)
        grid.addWidget(self.proactivity_label, row + 2, 0)
        grid.addWidget(self.proactivity, row + 2, 1, 1, 2)

    @staticmethod
    def _spin(name: str) -> QDoubleSpinBox:
        spin = named(QDoubleSpinBox(), name)
        spin.setRange(-1.0, 1.0)
        spin.setSingleStep(0.05)
        spin.setDecimals(2)
        spin.setKeyboardTracking(False)
        return spin


class MatrixPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("matrixPanel")
        self.setMinimumWidth(340)
        self.setMaximumWidth(400)

        self.markers_box = QGroupBox()
        grid = QGridLayout(self.markers_box)
        self.rows = {
            Moment.TODAY: MarkerRow(Moment.TODAY, TODAY_COLOUR, grid, 0),
            Moment.AMBITION: MarkerRow(Moment.AMBITION, AMBITION_COLOUR, grid, 3),
        }
        self.rows[Moment.TODAY].active.setChecked(True)
        self.reset_view = named(QPushButton(), "matrixResetView")
        grid.addWidget(self.reset_view, 6, 0, 1, 3)
        # A follow-up: where the last workshop left the region, beside today's markers.
        self.show_previous = named(QCheckBox(), "matrixShowPrevious")
        self.show_previous.setChecked(True)
        self.show_previous.hide()
        grid.addWidget(self.show_previous, 7, 0, 1, 3)

        # The markers whose names found no room beside them, by their numbers on the matrix
        # (never a legend in the matrix: a long one covered the markers it named).
        self.legend_box, self.legend = legend_box("matrixLegend")

        self.groups = GroupsBox()
        self.room = RoomAnswersBox()

        self.palette_box = QGroupBox()
        self.chips = PaletteList()
        self.chips.setMaximumHeight(90)
        self.palette_hint = QLabel()
        self.palette_hint.setWordWrap(True)
        box = QVBoxLayout(self.palette_box)
        box.addWidget(self.palette_hint)
        box.addWidget(self.chips)

        self.nearest_box = QGroupBox()
        self.nearest = named(QLabel(), "matrixNearest")
        self.nearest.setWordWrap(True)
        QVBoxLayout(self.nearest_box).addWidget(self.nearest)

        self.reference_box = QGroupBox()
        self.show_references = named(QCheckBox(), "matrixShowReferences")
        self.show_references.setChecked(True)
        self.unplaced_label = QLabel()
        self.unplaced_label.setWordWrap(True)
        self.unplaced = named(QListWidget(), "matrixUnplaced")
        self.unplaced.setMinimumHeight(80)
        self.unplaced.setMaximumHeight(120)
        self.open_set = named(QPushButton(), "matrixOpenSet")
        self.edit_mode = named(QPushButton(), "matrixEditMode")
        self.edit_mode.setCheckable(True)
        self.save_set = named(QPushButton(), "matrixSaveSet")
        self.set_status = QLabel()
        self.set_status.setWordWrap(True)
        ref = QVBoxLayout(self.reference_box)
        for widget in (
            self.show_references,
            self.set_status,
            self.unplaced_label,
            self.unplaced,
            self.open_set,
            self.edit_mode,
            self.save_set,
        ):
            ref.addWidget(widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for section in (
            self.markers_box,
            self.legend_box,
            self.groups,
            self.room,
            self.palette_box,
            self.nearest_box,
            self.reference_box,
        ):
            layout.addWidget(section)
        layout.addStretch()

    def show_legend(self, lines: list[str]) -> None:
        """The numbered markers' names, a line each ("1 Grupp A (i dag)"); hidden when none."""
        self.legend.setText("\n".join(lines))
        self.legend_box.setVisible(bool(lines))

    def add_section(self, section: QWidget, after: QWidget) -> None:
        """A section the canvas makes (it needs the session), placed after `after`."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(after) + 1, section)
