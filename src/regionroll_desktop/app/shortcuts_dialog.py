"""Help ▸ Keyboard shortcuts: every shortcut of the window's commands, read from the commands
themselves so the list cannot fall behind, and the keys each canvas answers to."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def command_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    rows = []
    for act in actions:
        keys = ", ".join(
            k.toString(QKeySequence.SequenceFormat.NativeText) for k in act.shortcuts()
        )
        if keys and act.text():
            rows.append((act.text().replace("&", ""), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = command_rows(actions) + self.canvas_rows()
        self.table = QTableWidget(len(rows), 2, objectName="shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("What"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (what, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(what))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 640)

    def canvas_rows(self) -> list[tuple[str, str]]:
        return [
            (self.tr("Capital matrix and role map: move the chosen marker"), self.tr("Arrow keys")),
            (self.tr("… in small steps"), self.tr("Shift+Arrow keys")),
            (self.tr("Capital matrix: show the whole matrix"), "Home"),
            (self.tr("Capital matrix: zoom"), self.tr("Wheel, or pinch")),
            (self.tr("Organisation: choose a branch"), self.tr("Tab, Shift+Tab")),
            (
                self.tr("Organisation: move the selected branch to the next body"),
                self.tr("Arrow keys"),
            ),
            (self.tr("Organisation: the “Move to” menu"), self.tr("Enter, Space or Menu")),
            (self.tr("Strategy: choose a card"), self.tr("Tab, Shift+Tab")),
            (self.tr("Strategy: remove the selected cards or links"), self.tr("Delete")),
            (self.tr("Strategy: zoom the pyramid"), self.tr("Ctrl+wheel, or pinch")),
            (self.tr("Projector: next or previous step"), "PgDown, PgUp"),
            (self.tr("Projector: back to the editor"), "Esc, F5"),
        ]
