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

from ..canvases.step_canvas import KeyHelp
from ..canvases.sticky_notes import note_key_help
from ..ui.widgets import named


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
    def __init__(
        self, actions: Iterable[QAction], canvas_keys: KeyHelp, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        canvas_rows = list(dict.fromkeys([*canvas_keys, *note_key_help()]))
        rows = command_rows(actions) + canvas_rows + self.room_rows()
        self.table = named(QTableWidget(len(rows), 2), "shortcutsTable")
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

    def room_rows(self) -> KeyHelp:
        return [
            (
                self.tr(
                    "Projector: next or previous page (a page in parts, the conclusions or a "
                    "tall pyramid: its next part)"
                ),
                "PgDown, PgUp",
            ),
            (self.tr("Projector: back to the editor"), "Esc, F5"),
        ]
