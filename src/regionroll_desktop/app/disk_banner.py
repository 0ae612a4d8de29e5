"""A bar above the page that says, until it is resolved, that the file on disk changed or
that autosave is not working."""

from __future__ import annotations

from dataclasses import astuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ..storage import DiskState
from ..ui.autosave import AutosaveProblem
from ..ui.file_lock import LockProblem
from ..ui.messages import describe_autosave_problem, describe_lock_problem
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
        self.autosave_problem: AutosaveProblem | None = None
        self.lock_problem: LockProblem | None = None
        self.label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
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

    def show_lock_problem(self, problem: LockProblem | None, file_name: str) -> None:
        """Why no lock could be put beside the open file, or None."""
        if (problem, file_name) != (self.lock_problem, self.file_name):
            self.lock_problem, self.file_name = problem, file_name
            self.retranslate()

    def show_autosave_problem(self, problem: AutosaveProblem | None) -> None:
        """Why autosave is not working, or None when it works."""
        self.autosave_problem = problem
        self.retranslate()

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
        lines = [texts[self.state].format(name=self.file_name)]
        if self.lock_problem is not None:
            lines.append(describe_lock_problem(self.file_name, self.lock_problem))
        if self.autosave_problem is not None:
            lines.append(describe_autosave_problem(*astuple(self.autosave_problem)))
        self.label.setText("\n".join(line for line in lines if line))
        self.save_as.setText(self.tr("Save as…"))
        self.setVisible(bool(self.label.text()))
