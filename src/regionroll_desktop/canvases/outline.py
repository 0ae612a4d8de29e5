"""The canvas as a list, in the step's side panel: the same content as the drawing, as a tree
a screen reader reads and the keyboard walks (arrow keys; each line is announced), kept in
step with the workshop. Hidden on the projector with the rest of the side panel."""

from __future__ import annotations

from pydantic import BaseModel
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Step, Workshop
from ..model.deck import STEP_TITLES
from ..model.vocabulary import Language
from ..ui.canvas_outline import Node, canvas_outline
from ..ui.i18n import language
from ..ui.session import Session
from ..ui.widgets import add_to_side_panel, named, plain_tip

REBUILD_MS = 250


def drawn(part: BaseModel) -> tuple[object, ...]:
    """A step's part as the drawing shows it: every field but the step's note."""
    return tuple(getattr(part, name) for name in type(part).model_fields if name != "note")


class CanvasOutline(QGroupBox):
    """`step`'s canvas in words, put at the end of the canvas's side panel."""

    def __init__(self, session: Session, step: Step, canvas: QWidget) -> None:
        super().__init__()
        self.setObjectName("canvasOutline")
        self.session = session
        self.step = step
        self.tree = named(QTreeWidget(), "canvasOutlineTree")
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumHeight(160)
        # Every line whole, never cut with "…": a long one scrolls sideways instead.
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        QVBoxLayout(self).addWidget(self.tree)
        add_to_side_panel(canvas, self)
        self.retranslate()
        # What the drawing shows (the step's note is not drawn: typing it rebuilds nothing);
        # rebuilt once typing or dragging pauses, not at every key (at the limits a rebuild
        # takes 20 ms).
        self._rebuild = QTimer(self)
        self._rebuild.setSingleShot(True)
        self._rebuild.setInterval(REBUILD_MS)
        self._rebuild.timeout.connect(lambda: self.show_workshop(self.session.workshop))
        session.watch(
            lambda w: (drawn(w.part(step)), w.sticky_notes, w.details.groups),
            lambda _w: self._rebuild.start(),
            self,
        )
        self.show_workshop(session.workshop)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_workshop(self.session.workshop)
        super().changeEvent(event)

    def retranslate(self) -> None:
        step = STEP_TITLES[self.step].text(Language.SV)
        self.setTitle(self.tr("As a list"))
        self.tree.setAccessibleName(self.tr("{step}: the canvas as a list").format(step=step))
        self.tree.setToolTip(
            self.tr("What the canvas shows, in words: for a screen reader and the keyboard.")
        )

    def show_workshop(self, workshop: Workshop) -> None:
        """Rebuilt whole (a few dozen lines), keeping which line was chosen."""
        self._rebuild.stop()
        current = self.tree.currentItem()
        chosen = current.text(0) if current is not None else None
        self.tree.clear()
        for node in canvas_outline(workshop, self.step, language()):
            self.tree.addTopLevelItem(self._item(node))
        self.tree.expandAll()
        if chosen is not None:
            found = self.tree.findItems(
                chosen, Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive
            )
            if found:
                self.tree.setCurrentItem(found[0])

    def _item(self, node: Node) -> QTreeWidgetItem:
        item = QTreeWidgetItem([node.text])
        item.setToolTip(0, plain_tip(node.text))  # names are text, never markup
        for child in node.children:
            item.addChild(self._item(child))
        return item
