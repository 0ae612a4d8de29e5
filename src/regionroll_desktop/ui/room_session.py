"""The room session as the window sees it (issue #20): starts and stops the server
(room/server.py) in its own thread on the interface the facilitator picks, hands each answer
to the window's thread through a queued signal, where it is recorded in the workshop (never
an undo step, and in the autosave like any change), and tells the phones which questions are
open. The server never waits on the window, nor the window on the server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from ..model import Workshop
from ..model.room import MAX_PARTICIPANTS, Question, record_answer
from ..room.guard import RoomGuard
from ..room.join import join_address, join_link
from ..room.page import participant_page
from ..room.protocol import Received, RoomView
from .i18n import language
from .session import Session

if TYPE_CHECKING:
    from ..room.server import RoomServer


def room_view(workshop: Workshop, open_: frozenset[Question], by: str) -> RoomView:
    """What the phones see of `workshop`: its region, its groups (when the room answers by
    group), what dots may go on (the actions and the RUS's priorities) and how many."""
    outcome = workshop.outcome
    title = workshop.region.name if workshop.region else workshop.details.title
    return RoomView(
        open=open_,
        title=title,
        language=language().value,
        by=by,
        groups=tuple((g.id, g.name) for g in workshop.details.groups) if by == "group" else (),
        targets=tuple(workshop.dot_targets().items()),
        dots=outcome.dots_per_group,
    )


class _Mailbox(QObject):
    """Lives in the window's thread: a signal emitted from the server's thread reaches its
    slots queued, in the window's thread."""

    received = Signal(object)  # Received


# What arrives is kept on disk (the recovery copy) at once, and then at most this often while
# the room keeps answering: a phone is told its answers are saved only once they are (by its
# next look at the room, within two seconds). A large
# workshop takes longer to write: it is kept at most once per ten times its last write took,
# so that writing never takes more than a tenth of the window's time.
KEEP_EVERY_MS = 500
KEEP_SHARE = 10


class RoomSessionControl(QObject):
    """Start, stop and steer the room session; the answers land in `session`'s workshop."""

    answered = Signal(object)  # Received, after it is recorded

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._mailbox = _Mailbox(self)
        self._mailbox.received.connect(self._arrived)
        self._pending: list[Received] = []  # arrived, to be recorded together
        self._unkept = 0  # the last answer recorded and not yet kept on disk (its seq), or 0
        # Writes what the room said to disk now (the autosave's recovery copy); True when it
        # is kept. Set by the document; without it no answer is said to be kept.
        self.persist: Callable[[], bool] | None = None
        self._keep_timer = QTimer(self)
        self._keep_timer.setSingleShot(True)
        self._keep_timer.timeout.connect(self._keep)
        self._last_kept = QElapsedTimer()
        self._keeping_ms = 0  # how long the last keeping took
        self.server: RoomServer | None = None
        self.view = RoomView()
        # What the phones may dot (the actions, the RUS's priorities) and the groups they may
        # answer for follow the workshop while the session runs.
        session.watch(
            lambda w: (w.outcome.actions, w.strategy.focus_areas, w.details, w.region),
            self._follow,
            self,
        )

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def code(self) -> str:
        return self.server.guard.code if self.server is not None else ""

    def start(self, host: str, port: int = 0, by: str = "anonymous") -> str:
        """Listen on `host` (an interface's address); returns the address phones open.
        Raises OSError with the system's reason when it cannot."""
        if self.running:
            raise RuntimeError("the room session runs already")
        from ..room.server import RoomServer  # aiohttp: loaded when a session starts, not before

        taken = len(self.session.workshop.room.participants)
        self.view = replace(self.view, by=by)
        server = RoomServer(
            page=participant_page(),
            on_answer=self._mailbox.received.emit,  # from the server's thread: queued
            guard=RoomGuard(max_participants=max(0, MAX_PARTICIPANTS - taken)),
            view=self.view,
        )
        bound_host, bound_port = server.start(host, port)
        self.server = server
        return join_address(bound_host, bound_port)

    def link(self) -> str:
        """The address with the code, for the QR code."""
        if self.server is None or self.server.address is None:
            return ""
        host, port = self.server.address
        return join_link(host, port, self.code)

    def stop(self) -> None:
        """Stop listening; what was answered stays in the workshop."""
        if self.server is None:
            return
        self.server.stop()
        self._record()  # what arrived before the server stopped,
        self._keep_timer.stop()
        if self._unkept:
            self._keep()  # kept on disk now
        self.server = None

    def set_view(self, view: RoomView) -> None:
        """What the phones see from now on (the open questions, the groups, the targets)."""
        self.view = view
        if self.server is not None:
            self.server.view = view  # replaced whole: the server reads it per request

    def open_questions(self, questions: frozenset[Question]) -> None:
        """Open `questions` (and only them) to the phones."""
        self.set_view(room_view(self.session.workshop, questions, self.view.by))

    def _follow(self, workshop: Workshop) -> None:
        if self.running:
            view = room_view(workshop, self.view.open, self.view.by)
            if view != self.view:
                self.set_view(view)

    @property
    def recording(self) -> bool:
        """Answers have arrived that are not recorded yet (they will be, shortly)."""
        return bool(self._pending)

    def _arrived(self, received: Received) -> None:
        """Answers that arrive together (a room answering at once) are recorded together,
        as soon as the window's thread is free: one change of the workshop for them all."""
        self._pending.append(received)
        if len(self._pending) == 1:
            QTimer.singleShot(0, self._record)

    def flush(self) -> None:
        """Record what has arrived now, rather than when the window's thread is next free."""
        self._record()

    def _record(self) -> None:
        arrived, self._pending = self._pending, []
        if not arrived:
            return
        room = self.session.workshop.room
        recorded = []
        for received in arrived:
            self._unkept = max(self._unkept, received.seq)
            try:
                room = record_answer(room, received.participant, received.answer)
            except ValidationError:  # past what a workshop holds (the server bounds it before)
                continue
            recorded.append(received)
        self.session.record_room(room)
        for received in recorded:
            self.answered.emit(received)
        self._keep_soon()

    def _keep_soon(self) -> None:
        """Keep what was recorded on disk now, or as soon as KEEP_EVERY_MS has passed since
        the last time (a room answering at once is kept in a few writes, not hundreds)."""
        if self._keep_timer.isActive() or not self._unkept:
            return
        every = max(KEEP_EVERY_MS, KEEP_SHARE * self._keeping_ms)
        since = self._last_kept.elapsed() if self._last_kept.isValid() else every
        self._keep_timer.start(max(0, every - since))

    def _keep(self) -> None:
        through, self._unkept = self._unkept, 0
        self._last_kept.start()
        kept = self.persist() if self.persist is not None else False
        self._keeping_ms = self._last_kept.elapsed()
        if not kept:
            self._unkept = max(self._unkept, through)  # tried again with the next answers
        elif self.server is not None:
            self.server.kept_through = max(self.server.kept_through, through)
