"""Add an action or park a question from any page, with one shortcut each (Redigera ▸ Ny
åtgärd…, Ctrl+Shift+A; Redigera ▸ Parkera en fråga…, Ctrl+Shift+P). Either takes the step the
room is on; the conclusions page reviews them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ..model import Step
from ..model import edits as e
from ..ui import dialogs
from ..ui.session import Session
from ..ui.widgets import named


class QuickAdd(QObject):
    def __init__(
        self,
        window: QWidget,
        session: Callable[[], Session],
        current_step: Callable[[], Step | None],
    ) -> None:
        super().__init__(window)
        self._window = window
        self._session = session
        self._step = current_step
        self.add_action = named(QAction(window), "actAddAction")
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_action.triggered.connect(self.ask_action)
        self.park = named(QAction(window), "actPark")
        self.park.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.park.triggered.connect(self.ask_parked)
        for act in self.actions:
            window.addAction(act)
        self.retranslate()

    @property
    def actions(self) -> list[QAction]:
        return [self.add_action, self.park]

    def ask_action(self) -> None:
        what = dialogs.ask_text(
            self._window, self.tr("New action"), self.tr("What will be done?"), ""
        )
        if what and what.strip():
            step = self._step()
            self._session().apply(
                self.tr("Add an action"), lambda w: e.add_action(w, what.strip(), step=step)
            )

    def ask_parked(self) -> None:
        text = dialogs.ask_text(
            self._window, self.tr("Park a question"), self.tr("The question to come back to:"), ""
        )
        if text and text.strip():
            step = self._step()
            self._session().apply(
                self.tr("Park a question"), lambda w: e.park_question(w, text.strip(), step)
            )

    def retranslate(self) -> None:
        self.add_action.setText(self.tr("New &action…"))
        self.add_action.setToolTip(self.tr("Add an action from any page; it takes the step open"))
        self.park.setText(self.tr("&Park a question…"))
        self.park.setToolTip(
            self.tr("Park an open question to come back to on the conclusions page")
        )
