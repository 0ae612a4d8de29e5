"""The room's answers from its phones on a map (the capital matrix, the role map): how many
answered for today and for the ambition, where their centre is, in words, and the buttons
that make the centre, or one chosen answer, the workshop's answer (one undo step). Who
answered is shown only when the room chose to answer by nickname or by group; otherwise an
answer is known by the order it came in. The map draws the answers' points and centres
itself (RoomMap)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from ..model import Moment, Workshop
from ..model.room import Participant, without_participant
from ..model.text import one_or_many
from ..ui.room_words import centre_rule, sender_names
from ..ui.session import Session
from ..ui.widgets import Retranslating, muted, named

V = TypeVar("V")  # an answer on the map, and their centre
Edit = Callable[[Workshop], Workshop]


class RoomMap(Protocol[V]):
    """What a canvas tells the room's answers about its map."""

    def room_values(self, workshop: Workshop, moment: Moment) -> Sequence[tuple[Participant, V]]:
        """Each phone's answer for `moment`, with the phone, in the order they came."""
        ...

    def room_centre(self, values: Sequence[V]) -> V | None: ...

    def centre_words(self, centre: V) -> str: ...

    def adopt_edit(self, moment: Moment, value: V) -> Edit: ...

    def draw_room(
        self, values: Mapping[Moment, Sequence[V]], centres: Mapping[Moment, V]
    ) -> None: ...


class RoomAnswersBox(Retranslating, QGroupBox):
    """In the map's side panel; shown once the room has answered on this map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomAnswersBox")
        self.lines = {m: named(QLabel(wordWrap=True), f"roomAnswers-{m.value}") for m in Moment}
        self.adopt = {m: named(QPushButton(), f"roomAdopt-{m.value}") for m in Moment}
        self.one = named(QComboBox(), "roomOneAnswer")
        self.one.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.chosen = named(QLabel(wordWrap=True), "roomChosenAnswer")
        self.adopt_one = named(QPushButton(), "roomAdoptOne")
        self.remove_one = named(QPushButton(), "roomRemoveOne")
        self.note = QLabel(wordWrap=True)
        muted(self.note)
        layout = QVBoxLayout(self)
        for moment in Moment:
            layout.addWidget(self.lines[moment])
            layout.addWidget(self.adopt[moment])
        layout.addWidget(self.one)
        layout.addWidget(self.chosen)
        layout.addWidget(self.adopt_one)
        layout.addWidget(self.remove_one)
        layout.addWidget(self.note)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The room's answers (phones)"))
        self.adopt[Moment.TODAY].setText(self.tr("Adopt the room's centre for today"))
        self.adopt[Moment.AMBITION].setText(self.tr("Adopt the room's centre as the ambition"))
        self.one.setAccessibleName(self.tr("One phone's answer"))
        self.one.setToolTip(self.tr("Choose one phone's answer to adopt as the workshop's"))
        self.adopt_one.setText(self.tr("Adopt as the workshop's answer"))
        self.remove_one.setText(self.tr("Remove this phone's answers"))
        self.remove_one.setToolTip(
            self.tr(
                "Take every answer of the chosen phone out of the workshop (one device "
                "answering as many, or a test): one undo step; the phone must join again"
            )
        )
        self.note.setText(
            self.tr(
                "Each dot is one phone's answer (a click chooses it in the list); "
                "× is their centre."
            )
            + " "
            + centre_rule()
        )


class RoomAnswers(Generic[V]):
    """The room's answers on one map: drawn, told in words, adoptable."""

    def __init__(self, session: Session, box: RoomAnswersBox, map_: RoomMap[V]) -> None:
        self.session = session
        self.box = box
        self.map = map_
        self._centres: dict[Moment, V] = {}
        self._answers: list[tuple[Moment, str, V]] = []  # as listed to choose from
        self._senders: list[str] = []  # each listed answer's phone (its id)
        for moment, button in box.adopt.items():
            button.clicked.connect(lambda _=False, m=moment: self.adopt(m))
        box.adopt_one.clicked.connect(lambda: self.adopt_answer(box.one.currentIndex()))
        box.remove_one.clicked.connect(lambda: self.remove_phone(box.one.currentIndex()))
        box.one.currentIndexChanged.connect(self._tell_chosen)

    def show(self, workshop: Workshop) -> None:
        answered = {m: list(self.map.room_values(workshop, m)) for m in Moment}
        values = {m: [value for _, value in found] for m, found in answered.items()}
        centres: dict[Moment, V] = {}
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
            if moment in centres:
                text = one_or_many(
                    count,
                    QCoreApplication.translate("RoomAnswers", "{when}: {n} answer, at {centre}"),
                    QCoreApplication.translate(
                        "RoomAnswers", "{when}: {n} answers; their centre: {centre}"
                    ),
                ).format(when=_when(moment), n=count, centre=self.map.centre_words(centres[moment]))
            else:
                text = QCoreApplication.translate("RoomAnswers", "{when}: no answers yet").format(
                    when=_when(moment)
                )
            box.lines[moment].setText(text)
            box.adopt[moment].setEnabled(moment in centres)
        self._list_answers(workshop, answered)

    def _list_answers(
        self, workshop: Workshop, answered: Mapping[Moment, Sequence[tuple[Participant, V]]]
    ) -> None:
        """Each answer to choose from: when, by whom as the room chose to be known (or its
        place in the order they came), and where, in words; the choice kept across updates."""
        names = sender_names(workshop)
        answers = [
            (moment, names[who.id], value) for moment in Moment for who, value in answered[moment]
        ]
        self._senders = [who.id for moment in Moment for who, _ in answered[moment]]
        combo = self.box.one
        chosen = combo.currentIndex()
        was = self._answers[chosen][:2] if 0 <= chosen < len(self._answers) else None
        self._answers = answers
        combo.blockSignals(True)
        combo.clear()
        for moment, sender, _ in answers:
            combo.addItem(
                QCoreApplication.translate("RoomAnswers", "{when}, {who}").format(
                    when=_when(moment), who=sender
                )
            )
        keep = next((n for n, a in enumerate(answers) if a[:2] == was), 0)
        combo.setCurrentIndex(keep if answers else -1)
        combo.blockSignals(False)
        combo.setEnabled(bool(answers))
        self.box.adopt_one.setEnabled(bool(answers))
        self.box.remove_one.setEnabled(bool(answers))
        self._tell_chosen(combo.currentIndex())

    def _tell_chosen(self, index: int) -> None:
        """The chosen answer's place in words, under the list."""
        found = 0 <= index < len(self._answers)
        self.box.chosen.setText(self.map.centre_words(self._answers[index][2]) if found else "")
        self.box.chosen.setVisible(found)

    def choose(self, moment: Moment, n: int) -> None:
        """The `n`th answer for `moment` (as the map drew it) becomes the chosen one in the
        list: a click on a phone's dot, then the button adopts it."""
        found = [i for i, (m, _, _) in enumerate(self._answers) if m is moment]
        if 0 <= n < len(found):
            self.box.one.setCurrentIndex(found[n])

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
        return self.session.apply(text, self.map.adopt_edit(moment, centre))

    def adopt_answer(self, index: int) -> bool:
        """The listed answer at `index` becomes the workshop's answer for its moment (today
        or the ambition): one undo step."""
        if not 0 <= index < len(self._answers):
            return False
        moment, _, value = self._answers[index]
        text = (
            QCoreApplication.translate("RoomAnswers", "Adopt one phone's answer for today")
            if moment is Moment.TODAY
            else QCoreApplication.translate(
                "RoomAnswers", "Adopt one phone's answer as the ambition"
            )
        )
        return self.session.apply(text, self.map.adopt_edit(moment, value))

    def remove_phone(self, index: int) -> bool:
        """Every answer of the listed answer's phone out of the workshop: one undo step."""
        if not 0 <= index < len(self._senders):
            return False
        phone = self._senders[index]
        text = QCoreApplication.translate("RoomAnswers", "Remove one phone's answers")
        return self.session.change_room(text, lambda room: without_participant(room, phone))


def _when(moment: Moment) -> str:
    return (
        QCoreApplication.translate("RoomAnswers", "Today")
        if moment is Moment.TODAY
        else QCoreApplication.translate("RoomAnswers", "Ambition")
    )
