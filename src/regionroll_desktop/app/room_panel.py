"""Rummet svarar (issue #20): the facilitator starts a room session, chooses the network it
is served on and how the room answers (anonymously, by nickname, by group), opens the
questions, and shows the join screen on the projector: a QR code, the short address and the
room code. Nothing listens until Start; Stop, closing the workshop or quitting ends it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QKeySequence,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..model.room import MAX_PARTICIPANTS, AnsweredBy, Question
from ..room.guard import PHONES_PER_ADDRESS
from ..room.join import qr_png
from ..room.network import interfaces
from ..ui.room_session import RoomSessionControl
from ..ui.room_words import question_words
from ..ui.widgets import Retranslating, muted, named
from .document import WorkshopDocument
from .projector import INK, other_screen

BY = tuple(AnsweredBy)  # in the order of the choice's items


class JoinScreen(Retranslating, QWidget):
    """The join screen for the room's screen: the QR code, the address and the code, and how
    many have joined and answered (never who)."""

    def __init__(self, control: RoomSessionControl) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("joinScreen")
        self.control = control
        self.setStyleSheet(
            f"QWidget#joinScreen {{ background: white; }} QLabel {{ color: {INK}; }}"
        )
        self.title = QLabel()
        self.qr = named(QLabel(), "joinQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.address = named(QLabel(), "joinAddress")
        self.code = named(QLabel(), "joinCode")
        self.count = named(QLabel(), "joinCount")
        for label in (self.title, self.address, self.code, self.count):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._qr = QPixmap()
        self.hint = QLabel()
        muted(self.hint)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words = QVBoxLayout()
        words.addStretch()
        for widget in (self.title, self.address, self.code, self.count):
            words.addWidget(widget)
        words.addStretch()
        row = QHBoxLayout()
        row.addWidget(self.qr, 1)
        row.addLayout(words, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 24)
        layout.addLayout(row, 1)
        layout.addWidget(self.hint)
        self._link = ""
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        control = self.control
        link = control.link()
        if link != self._link:
            self._link = link
            self._qr = QPixmap()
            self._qr.loadFromData(qr_png(link, scale=1) if link else b"")
            self._size_for_the_room()
        server = control.server
        self.address.setText(link.split("#", 1)[0] if link else self.tr("Not started"))
        self.code.setText(" ".join(control.code[i : i + 3] for i in (0, 3)) if link else "")
        room = control.session.workshop.room
        here = set(server.participants) if server is not None else set()
        joined, answered = len(here), len({a.participant for a in room.answers} & here)
        self.count.setText(
            self.tr("{joined} joined · {answered} have answered").format(
                joined=joined, answered=answered
            )
        )

    def retranslate(self) -> None:
        self.title.setText(self.tr("Answer on your phone"))
        self.setWindowTitle(self.tr("Join the room"))
        self.hint.setText(
            self.tr(
                "Scan the code, or open the address on the room's network and type the code. "
                "Your answers go to this computer only. Esc: close"
            )
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._size_for_the_room()

    def _size_for_the_room(self) -> None:
        """Type and code sized from the screen, for the back of the room: the code an eighth
        of the height; the QR code as large as half the width allows, its squares whole."""
        height = max(1, self.height())
        for label, share in (
            (self.title, 16),
            (self.address, 16),
            (self.code, 7),
            (self.count, 24),
        ):
            font = QFont(label.font())
            font.setBold(True)
            font.setPixelSize(max(18, height // share))
            label.setFont(font)
        hint = QFont(self.hint.font())
        hint.setPixelSize(max(16, height // 42))
        self.hint.setFont(hint)
        if self._qr.isNull():
            self.qr.clear()
            return
        side = min(self.width() // 2 - 48, height - 140)
        modules = self._qr.width()
        side = max(modules, side - side % modules)  # whole pixels per square: crisp
        self.qr.setPixmap(
            self._qr.scaled(side, side, mode=Qt.TransformationMode.FastTransformation)
        )

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._timer.stop()
        super().closeEvent(event)


class RoomPanel(Retranslating, QDialog):
    """The facilitator's room session window, beside the editor (not modal)."""

    def __init__(self, parent: QWidget, document: Callable[[], WorkshopDocument]) -> None:
        super().__init__(parent)
        self.setObjectName("roomPanel")
        self.setModal(False)
        self._document = document
        self._control: RoomSessionControl | None = None
        self._failure = ""  # why the last start failed, until the next
        self.join_screen: JoinScreen | None = None
        self.action = named(QAction(parent), "actRoom")
        self.action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.action.triggered.connect(self.show_panel)
        self.intro = QLabel(wordWrap=True)
        self.network = named(QComboBox(), "roomNetwork")
        self.by = named(QComboBox(), "roomBy")
        self.ask_side = named(QCheckBox(), "roomAskSide")
        self.start_stop = named(QPushButton(), "roomStartStop")
        self.start_stop.clicked.connect(self._start_or_stop)
        self.status = named(QLabel(wordWrap=True), "roomStatus")
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.show_join = named(QPushButton(), "roomShowJoin")
        self.show_join.clicked.connect(self.show_join_screen)
        self.new_code = named(QPushButton(), "roomNewCode")
        self.new_code.clicked.connect(self._new_code)
        self.per_address = named(QSpinBox(), "roomPerAddress")
        self.per_address.setRange(1, MAX_PARTICIPANTS)
        self.per_address.setValue(PHONES_PER_ADDRESS)
        self.per_address.valueChanged.connect(self._per_address_changed)
        self.shared = named(QLabel(wordWrap=True), "roomShared")
        self.remove_shared = named(QPushButton(), "roomRemoveShared")
        self.remove_shared.clicked.connect(self._remove_shared)
        self.questions_box = QGroupBox()
        self.questions = {q: named(QCheckBox(), f"roomOpen-{q.value}") for q in Question}
        self.clear = {q: named(QPushButton(), f"roomClear-{q.value}") for q in Question}
        column = QFormLayout(self.questions_box)
        for question, box in self.questions.items():
            box.toggled.connect(self._questions_changed)
            self.clear[question].clicked.connect(
                lambda _=False, q=question: self._clear_question(q)
            )
            column.addRow(box, self.clear[question])
        self.exposes = QLabel(wordWrap=True)
        muted(self.exposes)
        form = QFormLayout()
        self.network_label, self.by_label, self.per_label = QLabel(), QLabel(), QLabel()
        self.network_label.setBuddy(self.network)
        self.by_label.setBuddy(self.by)
        self.per_label.setBuddy(self.per_address)
        form.addRow(self.network_label, self.network)
        form.addRow(self.by_label, self.by)
        form.addRow("", self.ask_side)
        form.addRow(self.per_label, self.per_address)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_stop)
        buttons.addWidget(self.show_join)
        buttons.addWidget(self.new_code)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        shared = QHBoxLayout()
        shared.addWidget(self.shared, 1)
        shared.addWidget(self.remove_shared, 0, Qt.AlignmentFlag.AlignTop)
        parts = (self.intro, form, buttons, self.status, shared, self.questions_box)
        for part in (*parts, self.exposes):
            if isinstance(part, QWidget):
                layout.addWidget(part)
            else:
                layout.addLayout(part)
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self.refresh)
        self.retranslate()

    @property
    def control(self) -> RoomSessionControl:
        return self._document().room

    def show_panel(self) -> None:
        self._fill_networks()
        self.refresh()
        self.show()
        self.raise_()
        self.activateWindow()
        self._timer.start()

    def _fill_networks(self) -> None:
        chosen = self.network.currentData()
        self.network.clear()
        for interface in interfaces():
            text = (
                self.tr("This computer only ({address})").format(address=interface.address)
                if interface.loopback
                else f"{interface.name} – {interface.address}"
            )
            self.network.addItem(text, interface.address)
        index = self.network.findData(chosen)
        self.network.setCurrentIndex(max(0, index))

    def _start_or_stop(self) -> None:
        control = self.control
        if control.running:
            control.stop()
            if self.join_screen is not None:
                self.join_screen.close()
        else:
            host = self.network.currentData()
            if not isinstance(host, str):
                self.status.setText(self.tr("No network to serve the room on."))
                return
            try:
                control.start(
                    host,
                    0,
                    by=BY[max(0, self.by.currentIndex())],
                    ask_side=self.ask_side.isChecked(),
                )
            except OSError as error:
                self._failure = self.tr(
                    "The room session could not start on {address}: {reason}"
                ).format(address=host, reason=error.strerror or str(error))
                self.refresh()
                return
            self._failure = ""
            self._questions_changed()
        self.refresh()

    def _questions_changed(self) -> None:
        open_ = frozenset(q for q, box in self.questions.items() if box.isChecked())
        self.control.open_questions(open_)
        self.refresh()

    def _new_code(self) -> None:
        self.control.new_code()
        self.refresh()

    def _per_address_changed(self, count: int) -> None:
        self.control.set_phones_per_address(count)
        self.refresh()

    def _most_shared(self) -> str | None:
        shared = self.control.shared_addresses()
        return max(shared, key=lambda address: shared[address]) if shared else None

    def _remove_shared(self) -> None:
        address = self._most_shared()
        if address is not None:
            text = self.tr("Remove the phones that joined from {address}").format(address=address)
            self.control.remove_address(address, text)
        self.refresh()

    def _clear_question(self, question: Question) -> None:
        text = self.tr("Clear the room's answers to “{question}”").format(
            question=question_words(question)
        )
        self.control.clear_question(question, text)
        self.refresh()

    def show_join_screen(self) -> None:
        """The join screen full screen on the other screen when there is one."""
        if self.join_screen is None or self.join_screen.control is not self.control:
            if self.join_screen is not None:
                self.join_screen.close()
            self.join_screen = JoinScreen(self.control)
        screen = self.join_screen
        other = other_screen(self.screen())
        if other is not None:
            screen.setScreen(other)
            screen.setGeometry(other.geometry())
            screen.showFullScreen()
        else:
            screen.resize(960, 600)
            screen.show()
        screen.raise_()

    def refresh(self) -> None:
        control = self.control
        if control is not self._control:  # another workshop: its own session, its questions
            self._control = control
            for question, box in self.questions.items():
                with QSignalBlocker(box):
                    box.setChecked(question in control.view.open)
        running = control.running
        self.start_stop.setText(self.tr("Stop") if running else self.tr("Start"))
        self.network.setEnabled(not running)
        self.by.setEnabled(not running)
        self.ask_side.setEnabled(not running)
        self.show_join.setEnabled(running)
        self.new_code.setEnabled(running)
        with QSignalBlocker(self.per_address):
            self.per_address.setValue(control.phones_per_address)
        shared = control.shared_addresses()
        self.shared.setText(
            " ".join(
                self.tr(
                    "{n} phones joined from {address}: a router many share, or one device "
                    "answering as many."
                ).format(n=n, address=address)
                for address, n in sorted(shared.items(), key=lambda item: -item[1])[:3]
            )
        )
        self.shared.setVisible(bool(shared))
        self.remove_shared.setVisible(bool(shared))
        most = self._most_shared()
        self.remove_shared.setText(
            self.tr("Remove those from {address}").format(address=most) if most else ""
        )
        self.remove_shared.setToolTip(
            self.tr(
                "Take every phone that joined from this address out of the room, with its "
                "answers (one undo step); they may join again, a few at a time"
            )
        )
        workshop = control.session.workshop
        if running:
            link = control.link()
            self.status.setText(
                self.tr("Open on the phones: {address} · room code {code}").format(
                    address=link.split("#", 1)[0], code=control.code
                )
            )
        else:
            self.status.setText(self._failure or self.tr("Not started: nothing listens."))
        for question, box in self.questions.items():
            count = len(workshop.room.answers_to(question))
            box.setText(f"{question_words(question)} ({count})")
            self.clear[question].setEnabled(count > 0)
        self.by.model().item(2).setEnabled(bool(workshop.details.groups))  # type: ignore[attr-defined]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("The room answers"))
        self.action.setText(self.tr("The &room answers…"))
        self.action.setToolTip(
            self.tr("The participants answer on their own phones, over the room's network")
        )
        self.intro.setText(
            self.tr(
                "The participants answer on their own phones over the room's network: this "
                "computer serves a small page, and nothing leaves the room. Choose the network "
                "the phones are on (the venue's Wi-Fi, or this computer's hotspot)."
            )
        )
        self.network_label.setText(self.tr("&Network:"))
        self.by_label.setText(self.tr("&Answers:"))
        with_index = self.by.currentIndex()
        self.by.clear()
        self.by.addItems([self.tr("Anonymous"), self.tr("With a nickname"), self.tr("By group")])
        self.by.setCurrentIndex(max(0, with_index))
        self.ask_side.setText(self.tr("Ask: elected member or official?"))
        self.ask_side.setToolTip(
            self.tr(
                "A phone joining says whether it is an elected member or an official (or would "
                "rather not): still anonymous, the maps and the keys then show the two side by "
                "side"
            )
        )
        self.show_join.setText(self.tr("Show the join screen"))
        self.new_code.setText(self.tr("New code"))
        self.new_code.setToolTip(
            self.tr("A new room code for those who join from now on; the phones in stay in")
        )
        self.per_label.setText(self.tr("&Phones per address:"))
        self.per_address.setToolTip(
            self.tr(
                "How many phones may join from one network address. Phones behind a router "
                "that shares one address (some venue networks) need more; one device "
                "answering as many is held at this number."
            )
        )
        for question, button in self.clear.items():
            button.setText(self.tr("Clear"))
            button.setToolTip(
                self.tr(
                    "Take every answer to “{question}” out of the workshop (one undo step)"
                ).format(question=question_words(question))
            )
            button.setAccessibleName(
                self.tr("Clear the answers to {question}").format(question=question_words(question))
            )
        self.questions_box.setTitle(self.tr("Open for answers"))
        self.exposes.setText(
            self.tr(
                "While it runs, the page and its answers are served on the chosen network only; "
                "a phone needs the room code, sees only the open questions and its own "
                "answers, and wrong codes lock it out for five minutes. A few phones may join "
                "from one address, and the session keeps at most a few hundred connections."
            )
        )
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._timer.stop()  # the session goes on: Stop ends it
        super().closeEvent(event)
