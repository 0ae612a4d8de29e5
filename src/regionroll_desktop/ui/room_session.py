"""The room session as the window sees it (issue #20): starts and stops the server
(room/server.py) in its own thread on the interface the facilitator picks, hands each answer
to the window's thread through a queued signal, where it is recorded in the workshop (never
an undo step, and in the autosave like any change), and tells the phones which questions are
open. The server never waits on the window, nor the window on the server."""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from pydantic import ValidationError
from PySide6.QtCore import QElapsedTimer, QObject, QTimer, Signal

from ..model import Key, Language, Workshop
from ..model.deck import KEY_POINTS, RU_HSV_LEGEND
from ..model.room import (
    MAX_PARTICIPANTS,
    STEP_OF,
    AnsweredBy,
    Idea,
    OwnQuestion,
    Question,
    RoomRecord,
    record_all,
    without_participant,
    without_question,
)
from ..room.guard import PHONES_PER_ADDRESS, RoomGuard
from ..room.guard import new_code as fresh_code
from ..room.ideas import board_of, board_parts
from ..room.join import join_address, join_link
from ..room.page import participant_page
from ..room.protocol import Received, RoomView
from .i18n import language
from .session import Session
from .step_words import key_scale

if TYPE_CHECKING:
    from ..room.server import RoomServer


def room_view(
    workshop: Workshop, open_: frozenset[Question], by: AnsweredBy, ask_side: bool = False
) -> RoomView:
    """What the phones see of `workshop`: its region, its groups (when the room answers by
    group), what dots may go on (the actions and the RUS's priorities) and how many, and the
    keys with the deck's point for each and what the scores mean."""
    outcome = workshop.outcome
    title = workshop.region.name if workshop.region else workshop.details.title
    return RoomView(
        open=open_,
        title=title,
        language=language().value,
        by=by,
        groups=tuple((g.id, g.name) for g in workshop.details.groups)
        if by is AnsweredBy.GROUP
        else (),
        targets=tuple(workshop.dot_targets().items()),
        dots=outcome.dots_per_group,
        keys=tuple(
            (k.value, KEY_POINTS[k][0].text(Language.SV), KEY_POINTS[k][1].text(language()))
            for k in Key
        ),
        scale=key_scale(),
        glossary=RU_HSV_LEGEND.text(language()),
        ask_side=ask_side,
    )


def _handed_to(mailbox: _Mailbox) -> Callable[[Received], None]:
    """What the server calls with each answer: the mailbox's signal, reached weakly. The
    server outlives a stop (kept for a start again) and holds this; a strong reference to
    the mailbox, a child of the control that holds the server, would make a cycle through
    Qt's ownership that the collector may tear down in the wrong order (a crash)."""
    box = weakref.ref(mailbox)

    def hand_over(received: Received) -> None:
        target = box()
        if target is not None:
            target.received.emit(received)

    return hand_over


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


class _QuietHeap:
    """While a room session runs, what the app held when it started is left out of Python's
    full garbage collections (gc.freeze): a room answering at once makes many small objects,
    and a full collection over the whole app (its workshop, its windows) held the window
    still for 50–80 ms each time (benchmarks/room.py). Collected once at the start (the
    click on Start), given back to the collector when the last session stops."""

    running = 0

    @classmethod
    def enter(cls) -> None:
        if cls.running == 0:
            gc.collect()
            gc.freeze()
        cls.running += 1

    @classmethod
    def leave(cls) -> None:
        cls.running = max(0, cls.running - 1)
        if cls.running == 0:
            gc.unfreeze()


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
        self._stopped: RoomServer | None = None  # kept for a start again: its code, its phones
        self._last_port = 0
        self._recorded = {p.id for p in session.workshop.room.participants}
        self.phones_per_address = PHONES_PER_ADDRESS
        self.view = RoomView()
        # What the phones may dot (the actions, the RUS's priorities) and the groups they may
        # answer for follow the workshop while the session runs.
        session.watch(
            lambda w: (w.outcome.actions, w.strategy.focus_areas, w.details, w.region),
            self._follow,
            self,
        )
        # A phone taken out (or put back by undo) frees (or takes) its place in the room.
        session.watch(lambda w: w.room.participants, self._participants_changed, self)
        # The ideas the phones see follow the workshop: those sent, their upvotes, and what
        # the facilitator made of them (hidden and merged ones leave the phones; under
        # review, a new one reaches them when shown).
        session.watch(board_parts, self._publish_ideas, self)
        # A question of the facilitator's own removed (or changed by undo) is asked no more.
        session.watch(lambda w: w.own_questions, self._own_questions_changed, self)

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    @property
    def code(self) -> str:
        return self.server.guard.code if self.server is not None else ""

    def start(
        self,
        host: str,
        port: int = 0,
        by: AnsweredBy = AnsweredBy.ANONYMOUS,
        ask_side: bool = False,
    ) -> str:
        """Listen on `host` (an interface's address); returns the address phones open.
        Started again after a stop, it keeps its port (when it is still free), its code and
        its phones: a phone goes on where it was without scanning again. Raises OSError
        with the system's reason when it cannot."""
        if self.running:
            raise RuntimeError("the room session runs already")
        from ..room.server import RoomServer  # aiohttp: loaded when a session starts, not before

        self.view = replace(self.view, by=by, ask_side=ask_side)
        server = self._stopped
        if server is None:
            server = RoomServer(
                page=participant_page(),
                on_answer=_handed_to(self._mailbox),  # from the server's thread: queued
                guard=RoomGuard(),
                view=self.view,
            )
            server.allow_per_address(self.phones_per_address)
        else:
            server.view = self.view
        self._room_left(server)
        last = self._last_port if port == 0 else port
        try:
            bound_host, bound_port = server.start(host, last)
        except OSError:
            if last == port:
                raise
            bound_host, bound_port = server.start(host, port)  # taken meanwhile: a new one
        self.server, self._stopped, self._last_port = server, None, bound_port
        _QuietHeap.enter()
        self._publish_ideas(self.session.workshop)
        return join_address(bound_host, bound_port)

    def _publish_ideas(self, workshop: Workshop) -> None:
        for server in self._servers():
            server.set_board(board_of(workshop))

    def _own_questions_changed(self, workshop: Workshop) -> None:
        own = self.view.own
        if own is not None and own not in workshop.own_questions:
            self.ask_own(None)

    def _room_left(self, server: RoomServer) -> None:
        """The phones this session may still admit: the workshop's room holds at most
        MAX_PARTICIPANTS, this session's own phones among them."""
        here = set(server.participants)
        others = sum(1 for p in self.session.workshop.room.participants if p.id not in here)
        server.guard.max_participants = max(0, MAX_PARTICIPANTS - others)

    def _participants_changed(self, workshop: Workshop) -> None:
        """A phone taken out of the workshop's room (from the maps' lists, or here) is out
        of the session too; its place is free."""
        now = {p.id for p in workshop.room.participants}
        for server in self._servers():
            for gone in self._recorded - now:
                server.forget(gone)
        self._recorded = now
        if self.server is not None:
            self._room_left(self.server)

    def _servers(self) -> list[RoomServer]:
        """The session's server: running, or kept from a stop for a start again."""
        return [s for s in (self.server, self._stopped) if s is not None]

    def new_code(self) -> str:
        """A new room code (the phones that joined keep their place); returns it."""
        server = self.server or self._stopped
        if server is None:
            return ""
        server.guard.code = fresh_code()
        return server.guard.code

    def set_phones_per_address(self, count: int) -> None:
        """How many phones may join from one address (a router's many share one)."""
        self.phones_per_address = max(1, count)
        for server in self._servers():
            server.allow_per_address(self.phones_per_address)

    def shared_addresses(self) -> dict[str, int]:
        """The addresses more than one phone of this session joined from, and how many."""
        server = self.server or self._stopped
        return server.guard.shared() if server is not None else {}

    def remove_phone(self, participant: str, text: str) -> bool:
        """Take one phone's answers out of the workshop (one undo step, `text` its name);
        the phone is out of this session too: it may join again as a new phone."""
        for server in self._servers():
            server.forget(participant)  # also when it has not answered yet
        return self.session.change_room(text, lambda room: without_participant(room, participant))

    def remove_address(self, address: str, text: str) -> bool:
        """Take out every phone that joined from `address` (one device answering as many):
        one undo step."""
        server = self.server or self._stopped
        if server is None:
            return False
        phones = {p for p, a in server.guard.addresses.items() if a == address}
        for phone in phones:
            server.forget(phone)

        def without(room: RoomRecord) -> RoomRecord:
            for phone in phones:
                room = without_participant(room, phone)
            return room

        return self.session.change_room(text, without) or bool(phones)

    def clear_question(self, question: Question, text: str) -> bool:
        """Take every answer to `question` out of the workshop (one undo step); the phones
        may answer it again."""
        for server in self._servers():
            server.clear(question)
        return self.session.change_room(text, lambda room: without_question(room, question))

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
        _QuietHeap.leave()
        self._record()  # what arrived before the server stopped,
        self._keep_timer.stop()
        if self._unkept:
            self._keep()  # kept on disk now
        # Kept for a start again as a new server with the same room: the stopped one's
        # connections and loop go with it.
        self._stopped, self.server = self.server.successor(), None

    def set_view(self, view: RoomView) -> None:
        """What the phones see from now on (the open questions, the groups, the targets)."""
        self.view = view
        if self.server is not None:
            self.server.set_view(view)  # replaced whole: the server reads it per request

    def _view(self, workshop: Workshop, open_: frozenset[Question]) -> RoomView:
        """The view of `workshop` with `open_` questions, keeping what the facilitator set
        (the pace, "Klar?", the own question asked); a closed question is "now" no more."""
        view = self.view
        return replace(
            room_view(workshop, open_, view.by, view.ask_side),
            now=view.now if view.now in open_ else None,
            ready_round=view.ready_round,
            own=view.own if Question.OWN in open_ else None,
        )

    def open_questions(self, questions: frozenset[Question]) -> None:
        """Open `questions` (and only them) to the phones; a closed question is "now" no
        more."""
        if self.view.own is None:
            questions -= {Question.OWN}  # nothing of the facilitator's own is asked
        self.set_view(self._view(self.session.workshop, questions))

    def ask_own(self, question: OwnQuestion | None) -> None:
        """Ask the phones the facilitator's own `question` now (it opens, and is "now"), in
        place of the one asked before; None: no own question is asked (it closes)."""
        if question is None:
            self.set_view(replace(self.view, own=None))
            self.open_questions(self.view.open - {Question.OWN})
            return
        self.set_view(replace(self.view, own=question))
        self.open_questions(self.view.open | {Question.OWN})
        self.set_now(Question.OWN)

    def ask_ready(self) -> int:
        """ "Klar?": the phones show a thumbs-up for a new count; returns its round."""
        round_ = self.view.ready_round + 1
        self.set_view(replace(self.view, ready_round=round_))
        return round_

    def ready_count(self) -> int:
        """How many phones said "klar" to the latest "Klar?"."""
        return self.server.ready_count() if self.server is not None else 0

    def set_now(self, question: Question | None) -> None:
        """The question the room is on now (opened if it was not): the phones show it first
        and marked; None: no question is "now"."""
        if question is not None and question not in self.view.open:
            self.open_questions(self.view.open | {question})
        # "Klar?" asked whether the room was done with the question before: it ends here.
        ready = self.view.ready_round if question == self.view.now else 0
        self.set_view(replace(self.view, now=question, ready_round=ready))

    def _follow(self, workshop: Workshop) -> None:
        if self.running:
            view = self._view(workshop, self.view.open)
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
        step = STEP_OF.get(self.view.now) if self.view.now else None
        batch = []
        for received in arrived:
            self._unkept = max(self._unkept, received.seq)
            arrived_at = dt.datetime.fromtimestamp(received.at, dt.UTC).replace(microsecond=0)
            sent = received.answer
            if isinstance(sent, Idea):  # at the step the room is on, when it is on one
                sent = sent.model_copy(update={"at": arrived_at, "step": step})
            batch.append((received, (received.participant, sent, arrived_at)))
        try:  # a room answering at once: one change, checked once
            room = record_all(room, [item for _r, item in batch])
            recorded = [r for r, _item in batch]
        except ValidationError:  # past what a workshop holds (the server bounds it before):
            recorded = []  # each on its own, the one past the limit left out
            for received, item in batch:
                try:
                    room = record_all(room, [item])
                except ValidationError:
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
