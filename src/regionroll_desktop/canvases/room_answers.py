"""The room's answers from its phones on a map (the capital matrix, the role map): how many
answered for today and for the ambition, where their centre is, in words, and the button
that makes the centre the workshop's answer (one undo step). Who answered is never shown.
The map draws the answers' points and centres itself (RoomMap)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..model import Moment, Workshop
from ..ui.session import Session
from ..ui.widgets import Retranslating, muted, named

V = TypeVar("V")
C = TypeVar("C")  # the centre, as the map works it out
Edit = Callable[[Workshop], Workshop]


class RoomMap(Protocol[V, C]):
    """What a canvas tells the room's answers about its map."""

    def room_values(self, workshop: Workshop, moment: Moment) -> Sequence[V]: ...

    def room_centre(self, values: Sequence[V]) -> C | None: ...

    def centre_words(self, centre: C) -> str: ...

    def adopt_centre_edit(self, moment: Moment, centre: C) -> Edit: ...

    def draw_room(
        self, values: Mapping[Moment, Sequence[V]], centres: Mapping[Moment, C]
    ) -> None: ...


class RoomAnswersBox(Retranslating, QGroupBox):
    """In the map's side panel; shown once the room has answered on this map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomAnswersBox")
        self.lines = {m: named(QLabel(wordWrap=True), f"roomAnswers-{m.value}") for m in Moment}
        self.adopt = {m: named(QPushButton(), f"roomAdopt-{m.value}") for m in Moment}
        self.note = QLabel(wordWrap=True)
        muted(self.note)
        layout = QVBoxLayout(self)
        for moment in Moment:
            layout.addWidget(self.lines[moment])
            layout.addWidget(self.adopt[moment])
        layout.addWidget(self.note)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The room's answers (phones)"))
        self.adopt[Moment.TODAY].setText(self.tr("Adopt the room's centre for today"))
        self.adopt[Moment.AMBITION].setText(self.tr("Adopt the room's centre as the ambition"))
        self.note.setText(
            self.tr("Each dot is one phone's answer; who answered is not shown. × is their centre.")
        )


class RoomAnswers(Generic[V, C]):
    """The room's answers on one map: drawn, told in words, adoptable."""

    def __init__(self, session: Session, box: RoomAnswersBox, map_: RoomMap[V, C]) -> None:
        self.session = session
        self.box = box
        self.map = map_
        self._centres: dict[Moment, C] = {}
        for moment, button in box.adopt.items():
            button.clicked.connect(lambda _=False, m=moment: self.adopt(m))

    def show(self, workshop: Workshop) -> None:
        values = {m: list(self.map.room_values(workshop, m)) for m in Moment}
        centres: dict[Moment, C] = {}
        for moment, found in values.items():
            centre = self.map.room_centre(found)
            if centre is not None:
                centres[moment] = centre
        self._centres = centres
        self.map.draw_room(values, centres)
        box = self.box
        box.setVisible(any(values.values()))
        for moment in Moment:
            count = len(values[moment])
            when = (
                QCoreApplication.translate("RoomAnswers", "Today")
                if moment is Moment.TODAY
                else QCoreApplication.translate("RoomAnswers", "Ambition")
            )
            if moment in centres:
                text = QCoreApplication.translate(
                    "RoomAnswers", "{when}: {n} answers; their centre: {centre}"
                ).format(when=when, n=count, centre=self.map.centre_words(centres[moment]))
            else:
                text = QCoreApplication.translate("RoomAnswers", "{when}: no answers yet").format(
                    when=when
                )
            box.lines[moment].setText(text)
            box.adopt[moment].setEnabled(moment in centres)

    def adopt(self, moment: Moment) -> bool:
        """The room's centre becomes the workshop's answer for `moment`: one undo step."""
        centre = self._centres.get(moment)
        if centre is None:
            return False
        text = (
            QCoreApplication.translate("RoomAnswers", "Adopt the room's centre for today")
            if moment is Moment.TODAY
            else QCoreApplication.translate(
                "RoomAnswers", "Adopt the room's centre as the ambition"
            )
        )
        return self.session.apply(text, self.map.adopt_centre_edit(moment, centre))
