"""Rummet svarar (issue #20): the facilitator starts a room session, chooses the network it
is served on and how the room answers (anonymously, by nickname, by group), opens the
questions, and shows the join screen on the projector: a QR code, the short address and the
room code. Nothing listens until Start; Stop, closing the workshop or quitting ends it."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QFontMetrics,
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
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..model.room import MAX_PARTICIPANTS, AnsweredBy, Question
from ..model.text import one_or_many
from ..room.guard import PHONES_PER_ADDRESS
from ..room.join import Wifi, qr_png, wifi_text
from ..room.network import Interface, interfaces
from ..ui.room_session import RoomSessionControl
from ..ui.room_words import question_words
from ..ui.settings import AppSettings
from ..ui.widgets import Retranslating, muted, named
from .document import WorkshopDocument
from .own_questions import OwnQuestionsBox
from .projector import INK, other_screen
from .room_ideas import IdeasBox

BY = tuple(AnsweredBy)  # in the order of the choice's items
PANEL_QUESTIONS = tuple(q for q in Question if q is not Question.OWN)
NO_PHONE_AFTER_S = 60  # the join screen up this long and no phone: the panel says why


class JoinScreen(Retranslating, QWidget):
    """The join screen for the room's screen: the QR code, the address and the code, and how
    many have joined and answered (never who)."""

    def __init__(
        self, control: RoomSessionControl, wifi: Callable[[], Wifi | None] = lambda: None
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("joinScreen")
        self.control = control
        self._wifi = wifi  # the network the phones join first, when the facilitator gave it
        self.setStyleSheet(
            f"QWidget#joinScreen {{ background: white; }} QLabel {{ color: {INK}; }}"
        )
        self.title = QLabel()
        self.qr = named(QLabel(), "joinQr")
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The screen sizes the codes, never the codes the screen (a pixmap asks its size).
        self.qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.address = named(QLabel(), "joinAddress")
        self.code = named(QLabel(), "joinCode")
        self.count = named(QLabel(), "joinCount")
        for label in (self.title, self.address, self.code, self.count):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._qr = QPixmap()
        # The Wi-Fi first (a phone's camera joins it with one tap), then the page.
        self.wifi_qr = named(QLabel(), "joinWifiQr")
        self.wifi_qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wifi_qr.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.wifi_caption = named(QLabel(), "joinWifiCaption")
        self.page_caption = named(QLabel(), "joinPageCaption")
        for caption in (self.wifi_caption, self.page_caption):
            caption.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)
            caption.setWordWrap(True)
        self._wifi_qr = QPixmap()
        self._wifi_text = ""
        self.hint = QLabel()
        muted(self.hint)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        words = QVBoxLayout()
        words.addStretch()
        for widget in (self.title, self.address, self.code, self.count):
            words.addWidget(widget)
        words.addStretch()
        # Each code with its caption right above it: the caption at the foot of the upper
        # third, the code at the head of the rest.
        first = QVBoxLayout()
        first.addWidget(self.wifi_caption, 1)
        first.addWidget(self.wifi_qr, 2)
        self.wifi_host = QWidget()
        self.wifi_host.setLayout(first)
        then = QVBoxLayout()
        then.addWidget(self.page_caption, 1)
        then.addWidget(self.qr, 2)
        row = QHBoxLayout()
        row.addWidget(self.wifi_host, 1)
        row.addLayout(then, 1)
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
        wifi = self._wifi()
        text = wifi_text(wifi) if wifi is not None else ""
        changed = link != self._link or text != self._wifi_text
        if link != self._link:
            self._link = link
            self._qr = QPixmap()
            self._qr.loadFromData(qr_png(link, scale=1) if link else b"")
        if text != self._wifi_text:
            self._wifi_text = text
            self._wifi_qr = QPixmap()
            self._wifi_qr.loadFromData(qr_png(text, scale=1) if text else b"")
        self.wifi_host.setVisible(bool(text))
        self.page_caption.setVisible(bool(text))
        if wifi is not None:
            self.wifi_caption.setText(self.tr("1. The Wi-Fi: {name}").format(name=wifi.ssid))
            self.page_caption.setText(self.tr("2. The page"))
        if changed:
            self._size_for_the_room()
        server = control.server
        self.address.setText(link.split("#", 1)[0] if link else self.tr("Not started"))
        self.code.setText(" ".join(control.code[i : i + 3] for i in (0, 3)) if link else "")
        room = control.session.workshop.room
        here = set(server.participants) if server is not None else set()
        joined, answered = len(here), len({a.participant for a in room.answers} & here)
        count = self.tr("{joined} joined · {answered} have answered").format(
            joined=joined, answered=answered
        )
        if control.running and control.view.ready_round:
            ready = control.ready_count()
            count += " · " + one_or_many(
                ready, self.tr("{n} ready", "one phone"), self.tr("{n} ready")
            ).format(n=ready)
        self.count.setText(count)

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
        two = not self._wifi_qr.isNull()
        # The words' column: a third of the width beside two codes, else a half; a line's
        # type as large as the height asks and its column holds (never cut at the edge).
        column = max(120, self.width() // (3 if two else 2) - 48)
        for label, share in (
            (self.title, 16),
            (self.address, 16),
            (self.code, 7),
            (self.count, 24),
        ):
            font = QFont(label.font())
            font.setBold(True)
            px = max(18, height // share)
            font.setPixelSize(px)
            wide = QFontMetrics(font).horizontalAdvance(label.text()) if label.text() else 0
            if wide > column:
                font.setPixelSize(max(18, int(px * column / wide)))
            label.setFont(font)
        hint = QFont(self.hint.font())
        hint.setPixelSize(max(16, height // 42))
        self.hint.setFont(hint)
        for caption in (self.wifi_caption, self.page_caption):
            font = QFont(caption.font())
            font.setBold(True)
            font.setPixelSize(max(18, height // 24))
            caption.setFont(font)
        limit = self.width() // 3 - 48 if two else self.width() // 2 - 48
        for label, pixmap in ((self.qr, self._qr), (self.wifi_qr, self._wifi_qr)):
            if pixmap.isNull():
                label.clear()
                continue
            side = min(limit, height - (220 if two else 140))
            modules = pixmap.width()
            side = max(modules, side - side % modules)  # whole pixels per square: crisp
            label.setPixmap(
                pixmap.scaled(side, side, mode=Qt.TransformationMode.FastTransformation)
            )
            label.setAlignment(
                Qt.AlignmentFlag.AlignHCenter
                | (Qt.AlignmentFlag.AlignTop if two else Qt.AlignmentFlag.AlignVCenter)
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

    # The room's results on the projector: the question whose answers to show, or None.
    resultsWanted = Signal(object)  # noqa: N815

    def __init__(
        self,
        parent: QWidget,
        document: Callable[[], WorkshopDocument],
        settings: AppSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("roomPanel")
        self.setModal(False)
        self._document = document
        self._settings = settings
        self._interfaces: dict[str, Interface] = {}  # by address, as the network list has them
        self._join_shown_at: float | None = None  # when the join screen went up
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
        # The Wi-Fi the phones join first, kept for the network chosen (given once).
        self.wifi_box = QGroupBox()
        self.wifi_name = named(QLineEdit(), "roomWifiName")
        self.wifi_name.setMaxLength(32)
        self.wifi_password = named(QLineEdit(), "roomWifiPassword")
        self.wifi_password.setMaxLength(63)
        self.wifi_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.wifi_show = named(QCheckBox(), "roomWifiShow")
        self.wifi_show.toggled.connect(
            lambda on: self.wifi_password.setEchoMode(
                QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
            )
        )
        self.wifi_security = named(QComboBox(), "roomWifiSecurity")
        for value in ("WPA", "WEP", ""):
            self.wifi_security.addItem("", value)
        self.wifi_problem = named(QLabel(wordWrap=True), "roomWifiProblem")
        muted(self.wifi_problem)
        self.wifi_labels = [QLabel(), QLabel(), QLabel()]
        wifi_form = QFormLayout(self.wifi_box)
        password_row = QHBoxLayout()
        password_row.addWidget(self.wifi_password, 1)
        password_row.addWidget(self.wifi_show)
        wifi_form.addRow(self.wifi_labels[0], self.wifi_name)
        wifi_form.addRow(self.wifi_labels[1], password_row)
        wifi_form.addRow(self.wifi_labels[2], self.wifi_security)
        self.wifi_labels[0].setBuddy(self.wifi_name)
        self.wifi_labels[1].setBuddy(self.wifi_password)
        self.wifi_labels[2].setBuddy(self.wifi_security)
        wifi_form.addRow(self.wifi_problem)
        self.wifi_name.editingFinished.connect(self._wifi_edited)
        self.wifi_password.editingFinished.connect(self._wifi_edited)
        self.wifi_security.activated.connect(lambda _i: self._wifi_edited())
        self.network.currentIndexChanged.connect(lambda _i: self._show_wifi())
        # Whether a phone has reached this computer yet (the room's own test, before it arrives).
        self.reach = named(QLabel(wordWrap=True), "roomReach")
        self.reach.setTextFormat(Qt.TextFormat.PlainText)
        self.shared = named(QLabel(wordWrap=True), "roomShared")
        self.remove_shared = named(QPushButton(), "roomRemoveShared")
        self.remove_shared.clicked.connect(self._remove_shared)
        self.questions_box = QGroupBox()
        # The app's questions (the facilitator's own are asked from their own tab).
        self.questions = {q: named(QCheckBox(), f"roomOpen-{q.value}") for q in PANEL_QUESTIONS}
        self.clear = {q: named(QPushButton(), f"roomClear-{q.value}") for q in PANEL_QUESTIONS}
        # The question the room is on now: the phones show it first and marked.
        self.now = {q: named(QRadioButton(), f"roomNow-{q.value}") for q in PANEL_QUESTIONS}
        self.follow = named(QCheckBox(), "roomFollow")
        # "Klar?": a quick thumbs-up from each phone, counted for the room's screen.
        self.ask_ready = named(QPushButton(), "roomAskReady")
        self.ask_ready.clicked.connect(self._ask_ready)
        self.ready = named(QLabel(), "roomReady")
        # The "now" question's answers on the projector ("Visa resultat"), hidden again
        # ("Dölj") so that the room answers before it sees the others.
        self.show_results = named(QPushButton(), "roomShowResults")
        self.show_results.setCheckable(True)
        self.show_results.toggled.connect(self._results_toggled)
        column = QFormLayout(self.questions_box)
        column.addRow(self.follow)
        ready_row = QHBoxLayout()
        ready_row.addWidget(self.ask_ready)
        ready_row.addWidget(self.ready, 1)
        ready_row.addWidget(self.show_results)
        column.addRow(ready_row)
        for question, box in self.questions.items():
            box.toggled.connect(self._questions_changed)
            self.clear[question].clicked.connect(
                lambda _=False, q=question: self._clear_question(q)
            )
            self.now[question].setAutoExclusive(False)  # the "now" clicked again: none
            self.now[question].clicked.connect(
                lambda on, q=question: self.set_now(q if on else None)
            )
            row = QHBoxLayout()
            row.addWidget(self.now[question])
            row.addWidget(self.clear[question])
            column.addRow(box, row)
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
        shared = QHBoxLayout()
        shared.addWidget(self.shared, 1)
        shared.addWidget(self.remove_shared, 0, Qt.AlignmentFlag.AlignTop)
        # Above the tabs what holds whatever the tab: start and stop, where the phones go,
        # whether one has reached this computer. The tabs: the network, the app's questions
        # and the pace, the ideas, the facilitator's own question.
        connection = QWidget()
        connection_layout = QVBoxLayout(connection)
        for part in (self.intro, form, self.wifi_box, self.exposes):
            if isinstance(part, QWidget):
                connection_layout.addWidget(part)
            else:
                connection_layout.addLayout(part)
        connection_layout.addStretch()
        self.ideas_host = QWidget()
        self.ideas_layout = QVBoxLayout(self.ideas_host)
        self.ideas_layout.setContentsMargins(0, 0, 0, 0)
        self.ideas_box: IdeasBox | None = None
        self.own_box = OwnQuestionsBox(lambda: self.control)
        self.tabs = named(QTabWidget(), "roomTabs")
        self.tabs.addTab(connection, "")
        self.tabs.addTab(self.questions_box, "")
        self.tabs.addTab(self.ideas_host, "")
        self.tabs.addTab(self.own_box, "")
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.reach)
        layout.addLayout(shared)  # phones sharing an address: said whatever the tab
        layout.addWidget(self.tabs, 1)
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

    # --- the Wi-Fi the phones join first ---

    def _network_name(self) -> str:
        interface = self._interfaces.get(self.network.currentData())
        return interface.name if interface is not None else ""

    def current_wifi(self) -> Wifi | None:
        """The Wi-Fi given for the chosen network (None: none, or not yet a valid one)."""
        name = " ".join(self.wifi_name.text().split())
        if not name:
            return None
        try:
            return Wifi(
                name,
                self.wifi_password.text(),
                str(self.wifi_security.currentData() or ""),
            )
        except ValueError:
            return None

    def _wifi_edited(self) -> None:
        name = " ".join(self.wifi_name.text().split())
        problem = ""
        wifi: Wifi | None = None
        if name:
            try:
                wifi = Wifi(name, self.wifi_password.text(), str(self.wifi_security.currentData()))
            except ValueError:
                problem = self.tr(
                    "The network's name is at most 32 bytes and its password at most 63 "
                    "characters: the join screen shows no Wi-Fi code until they fit."
                )
            if wifi is not None and wifi.security and not wifi.password:
                problem = self.tr("A secured network needs its password (or choose Open).")
                wifi = None
        self.wifi_problem.setText(problem)
        self.wifi_problem.setVisible(bool(problem))
        network = self._network_name()
        if self._settings is not None and network and not problem:
            self._settings.remember_wifi(network, wifi)
        if self.join_screen is not None:
            self.join_screen.refresh()

    def _show_wifi(self) -> None:
        """The Wi-Fi last given for the chosen network (nothing for a new one)."""
        network = self._network_name()
        wifi = self._settings.wifi(network) if self._settings and network else None
        for field, text in (
            (self.wifi_name, wifi.ssid if wifi else ""),
            (self.wifi_password, wifi.password if wifi else ""),
        ):
            with QSignalBlocker(field):
                field.setText(text)
        with QSignalBlocker(self.wifi_security):
            index = self.wifi_security.findData(wifi.security if wifi else "WPA")
            self.wifi_security.setCurrentIndex(max(0, index))
        self.wifi_problem.hide()

    # --- the pace ---

    def set_now(self, question: Question | None) -> None:
        """The room is on `question` now (opened if it was not), or on none; results shown
        follow it (to the next question's, or hidden when none is "now")."""
        control = self.control
        if not control.running:
            return
        control.set_now(question)
        if self.show_results.isChecked():
            if question is None:
                self.show_results.setChecked(False)
            else:
                self.resultsWanted.emit(question)
        self.refresh()

    def _results_toggled(self, on: bool) -> None:
        now = self.control.view.now if self.control.running else None
        self.resultsWanted.emit(now if on else None)
        self.refresh()

    def _ask_ready(self) -> None:
        """ "Klar?": each phone shows a thumbs-up; the count starts again."""
        if self.control.running:
            self.control.ask_ready()
            self.refresh()

    def ready_words(self) -> str:
        control = self.control
        if not control.running or not control.view.ready_round:
            return ""
        joined = len(control.server.participants) if control.server is not None else 0
        return self.tr("Ready: {n} of {m}").format(n=control.ready_count(), m=joined)

    def follow_page(self, questions: tuple[Question, ...]) -> None:
        """The page shown is about `questions` (empty: about none): when "follow" is ticked,
        the room is on the first of them that is open, else the first (which then opens); a
        "now" that is one of them stays (the facilitator chose the ambition, say)."""
        control = self.control
        if not (self.follow.isChecked() and control.running):
            return
        if control.view.now in questions:
            return
        open_ones = [q for q in questions if q in control.view.open]
        self.set_now(open_ones[0] if open_ones else questions[0] if questions else None)

    def _reach_words(self) -> str:
        """Whether a phone has reached this computer, and if none has a minute after the join
        screen went up, the likely causes and what to do."""
        control = self.control
        server = control.server
        if not control.running or server is None:
            return ""
        if server.last_contact is not None:
            seconds = max(0, round(time.time() - server.last_contact))
            return self.tr("✓ A phone reached this computer {n} s ago.").format(n=seconds)
        shown = self._join_shown_at
        if shown is not None and time.monotonic() - shown >= NO_PHONE_AFTER_S:
            return self.tr(
                "No phone has reached this computer in a minute. Likely causes: the network "
                "keeps its guests apart (common on hotel and venue Wi-Fi), or this computer's "
                "firewall blocks the connection. What to do: allow RegionRoll through the "
                "firewall when asked; or use this computer's hotspot (up to 8 phones on "
                "Windows) or a small travel router of your own, which needs no internet."
            )
        return self.tr(
            "Test with your own phone: open the address on the same network; this says when a "
            "phone reaches this computer."
        )

    def _fill_networks(self) -> None:
        chosen = self.network.currentData()
        self.network.clear()
        self._interfaces = {i.address: i for i in interfaces()}
        for interface in self._interfaces.values():
            text = (
                self.tr("This computer only ({address})").format(address=interface.address)
                if interface.loopback
                else f"{interface.name} – {interface.address}"
            )
            self.network.addItem(text, interface.address)
        index = self.network.findData(chosen)
        self.network.setCurrentIndex(max(0, index))
        self._show_wifi()

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
            self.tabs.setCurrentWidget(self.questions_box)  # started: on to the questions
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
            self.join_screen = JoinScreen(self.control, self.current_wifi)
        self._join_shown_at = time.monotonic()
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
            if self.ideas_box is not None:  # the last workshop's ideas leave at once
                self.ideas_layout.removeWidget(self.ideas_box)
                self.ideas_box.hide()
                self.ideas_box.deleteLater()
            self.ideas_box = IdeasBox(control.session)
            self.ideas_layout.addWidget(self.ideas_box)
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
        reach = self._reach_words()
        self.reach.setText(reach)
        self.reach.setVisible(bool(reach))
        self.ask_ready.setEnabled(running)
        self.ready.setText(self.ready_words())
        has_now = running and control.view.now is not None
        if not has_now and self.show_results.isChecked():
            with QSignalBlocker(self.show_results):
                self.show_results.setChecked(False)
            self.resultsWanted.emit(None)
        self.show_results.setEnabled(has_now)
        self.show_results.setText(
            self.tr("Hide the results")
            if self.show_results.isChecked()
            else self.tr("Show results")
        )
        for question, box in self.questions.items():
            count = workshop.room.count(question)
            box.setText(f"{question_words(question)} ({count})")
            self.clear[question].setEnabled(count > 0)
            with QSignalBlocker(box):
                box.setChecked(question in control.view.open)
            now = self.now[question]
            now.setEnabled(running)
            with QSignalBlocker(now):
                now.setChecked(running and control.view.now is question)
        self.by.model().item(2).setEnabled(bool(workshop.details.groups))  # type: ignore[attr-defined]
        self.own_box.refresh()

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
        self.wifi_box.setTitle(self.tr("The Wi-Fi the phones join first (optional)"))
        self.wifi_box.setToolTip(
            self.tr(
                "Given once for the chosen network and kept on this computer: the join screen "
                "then shows a Wi-Fi code a phone's camera joins with one tap, and then the page's"
            )
        )
        self.wifi_labels[0].setText(self.tr("Network name:"))
        self.wifi_labels[1].setText(self.tr("Password:"))
        self.wifi_labels[2].setText(self.tr("Security:"))
        self.wifi_show.setText(self.tr("Show"))
        for i, words in enumerate(
            (self.tr("WPA/WPA2/WPA3"), self.tr("WEP"), self.tr("Open (no password)"))
        ):
            self.wifi_security.setItemText(i, words)
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
        self.follow.setText(self.tr("“Now” follows the page shown (the projector's)"))
        self.follow.setToolTip(
            self.tr(
                "Finansiering puts the room on the capital matrix, Genomförandepraktik on the "
                "roles, the keys on the keys' scores, the conclusions on the dots"
            )
        )
        self.show_results.setToolTip(
            self.tr(
                "The “now” question's answers on the projector, drawn for the room (never who "
                "answered what); hide them again so that the room answers before it sees"
            )
        )
        self.ask_ready.setText(self.tr("Ready?"))
        self.ask_ready.setToolTip(
            self.tr(
                "Each phone shows a thumbs-up (“Klar”); the count shows here and on the join "
                "screen. Asked again, the count starts anew; never kept with the workshop"
            )
        )
        for now in self.now.values():
            now.setText(self.tr("Now"))
            now.setToolTip(
                self.tr("The room is on this question now: the phones show it first, marked")
            )
        for n, words in enumerate(
            (
                self.tr("&Connection"),
                self.tr("&Questions and pace"),
                self.tr("&Ideas"),
                self.tr("Your &own question"),
            )
        ):
            self.tabs.setTabText(n, words)
        self.own_box.retranslate()
        if self.ideas_box is not None:
            self.ideas_box.retranslate()
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
