"""A bar above the page that says, until it is resolved, that the file on disk changed."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ..storage import DiskState
from ..ui.widgets import Retranslating

BANNER_STYLE = """
QFrame#diskBanner { background: #fff4ce; border-bottom: 1px solid #e0c060; }
QFrame#diskBanner QLabel { color: #3d3000; }
"""


class DiskBanner(Retranslating, QFrame):
    saveAsRequested = Signal()  # noqa: N815 (Qt signal naming)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("diskBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.state = DiskState.SAME
        self.file_name = ""
        self.label = QLabel(wordWrap=True)
        self.save_as = QPushButton()
        self.save_as.clicked.connect(self.saveAsRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 8, 16, 8)
        row.addWidget(self.label, 1)
        row.addWidget(self.save_as)
        self.hide()
        self.retranslate()

    def show_state(self, state: DiskState, file_name: str) -> None:
        self.state, self.file_name = state, file_name
        self.retranslate()
        self.setVisible(state is not DiskState.SAME)

    def retranslate(self) -> None:
        texts = {
            DiskState.SAME: "",
            DiskState.CHANGED: self.tr(
                "Another program changed “{name}” on disk. Your workshop here is unchanged; "
                "saving will ask whether to replace the other version or keep both."
            ),
            DiskState.EMPTY: self.tr(
                "Another program emptied “{name}” on disk. Your workshop here is intact: "
                "save to write it back."
            ),
            DiskState.MISSING: self.tr(
                "“{name}” is no longer on disk (its folder or network drive may have gone). "
                "Your workshop here is intact and autosaved; save it elsewhere to be safe."
            ),
        }
        self.label.setText(texts[self.state].format(name=self.file_name))
        self.save_as.setText(self.tr("Save as…"))
