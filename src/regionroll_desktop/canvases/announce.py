"""What a screen reader hears while the keyboard moves on a canvas: the canvas's view says
which item has the focus in its accessible name ("Organisation: arbetsytan – Folkhälsa, i
Regionstyrelsen"). Screen readers speak a focused object's new name (Orca does), so moving
between branches, cards and markers with Tab or the arrow keys is heard; the list beside the
canvas ("Som lista") holds the same items to read at leisure."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QGraphicsItem, QGraphicsView

Words = Callable[[QGraphicsItem], str | None]  # an item in words, or None for no item of note


class FocusAnnouncer(QObject):
    def __init__(self, view: QGraphicsView, words: Words) -> None:
        super().__init__(view)
        self.view = view
        self.words = words
        self.base = ""
        scene = view.scene()
        scene.focusItemChanged.connect(self._focus_changed)

    def set_base(self, name: str) -> None:
        """The canvas's own name (in the UI's language), said before the item."""
        self.base = name
        self.announce()

    def _focus_changed(
        self, _new: QGraphicsItem | None, _old: QGraphicsItem | None, _why: Qt.FocusReason
    ) -> None:
        self.announce()

    def announce(self) -> None:
        """The name again, for the item that has the focus now (its words may have changed:
        a branch moved, a card renamed)."""
        item = self.view.scene().focusItem()
        said = self.words(item) if item is not None else None
        name = f"{self.base} – {said}" if said else self.base
        if self.view.accessibleName() != name:
            self.view.setAccessibleName(name)
            self.view.viewport().setAccessibleName(name)
