"""The room session's server: a small participant page and its API, on the local network only
while the facilitator runs it. aiohttp in a thread of its own with its own asyncio loop, so
it never blocks the window; what a phone sends is validated by the model's own answer types
(model/room.py) and handed on through `on_answer`, in the server's thread (the window turns
it into a queued Qt signal).

Every request is treated as hostile: bodies are small and bounded, JSON is parsed by pydantic
(NaN, out-of-range and unknown fields refused), the room code is required and wrong codes
lock an address out, each participant proves itself with an unguessable token, requests are
rate-limited, and the number of participants is bounded. No endpoint reads or writes a file
(the page's files are read once, at start, and served from memory), and a phone sees only the
open questions, its own answers and the ideas the facilitator has not hidden (never who sent
one, nor anyone else's answer). A phone's look at the room may wait for a change (a long
poll), never past the door's deadline.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import threading
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError

from ..model.room import (
    MAX_NICKNAME,
    Answer,
    AnsweredBy,
    DotsAnswer,
    Idea,
    IdeaSent,
    OwnAnswer,
    Participant,
    Question,
    Upvote,
    slot,
)
from ..model.text import clean, has_visible
from ..model.vocabulary import Side
from .gate import AcceptErrors, ConnectionGate, GatedSite, connection_cap, connections_for
from .guard import RoomGuard, client_of
from .ideas import IdeaBoard, IdeaLedger
from .open_files import open_file_limit
from .protocol import Received, RoomView

MAX_BODY = 4_096  # bytes in any request: an answer is a few hundred
SECURITY_HEADERS = {
    # The page and its script come from here only; nothing is framed, sniffed or referred.
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}
ANSWER = TypeAdapter(Answer)
IDEA = TypeAdapter(IdeaSent)
UPVOTE = TypeAdapter(Upvote)
# A phone's look at the room waits at most this long for a change (a question opened or
# closed, "now" moved, the ideas): well inside the door's deadline for an unanswered
# connection (gate.DEADLINE_S), so that a waiting look is never taken for a slow attack.
LONG_POLL_S = 8.0
# The ideas change with every upvote: the waiting looks are woken for them at most this
# often (a room upvoting at once is one wake, not hundreds); a question's change at once.
IDEAS_WAKE_S = 1.0


class CodeRequest(BaseModel):
    """A phone asking what the room wants of it before joining: the room code."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    code: str = Field(max_length=16)


class ReadyRequest(BaseModel):
    """A phone saying "klar" to the facilitator's "Klar?" of round `round`."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)

    round: int = Field(ge=1, le=1_000_000)


class JoinRequest(BaseModel):
    """What a phone sends to join: the room code and, as the room chose, a nickname or a
    group; or the token it had, to come back after a dropped connection."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    code: str = Field(default="", max_length=16)
    nickname: str = Field(default="", max_length=MAX_NICKNAME)
    group: str | None = Field(default=None, max_length=64)
    side: str | None = Field(default=None, max_length=16)  # "elected", "officials" or none
    token: str = Field(default="", max_length=64)


@dataclass
class RoomServer:
    """The participant page and its API. `page` maps the page's paths ("/", "/room.js", …)
    to (body, content type); `on_answer` and `on_join` are called in the server's thread."""

    page: Mapping[str, tuple[bytes, str]]
    on_answer: Callable[[Received], None]
    on_join: Callable[[Participant], None] = lambda _p: None
    guard: RoomGuard = field(default_factory=RoomGuard)
    view: RoomView = field(default_factory=RoomView)  # replaced whole, from any thread
    participants: dict[str, Participant] = field(default_factory=dict)
    answers: dict[tuple[str, str], Answer] = field(default_factory=dict)  # by (phone, slot)
    ideas: IdeaLedger = field(default_factory=IdeaLedger)
    # Who said "klar" to the facilitator's latest "Klar?" (its round, the phones' ids): a
    # count for the room's screen, never kept with the workshop.
    ready: tuple[int, frozenset[str]] = (0, frozenset())
    # Every answer up to this one in the server's order is kept on the facilitator's disk (set
    # by the window once it has written them; an int, replaced whole, read per request): a
    # phone is told its answers are saved only then.
    kept_through: int = 0
    _seq: int = 0  # the last answer taken
    _latest: dict[str, int] = field(default_factory=dict)  # each phone's latest answer
    # The connections kept open at once, in all and from one client, and for how long.
    gate: ConnectionGate = field(
        default_factory=lambda: ConnectionGate(total_cap=connection_cap(open_file_limit()))
    )
    _thread: threading.Thread | None = None
    _loop: asyncio.AbstractEventLoop | None = None
    _stopping: asyncio.Event | None = None
    address: tuple[str, int] | None = None  # where it listens, once started
    # When a phone last reached this computer (any request for the page or the API, from
    # the room's network: "Testa med din egen mobil"); a float, replaced whole.
    last_contact: float | None = None
    # What a phone's look at the room waits on: the version of what it sees (the view and
    # the ideas), raised by `publish`; woken through the loop's own event.
    version: int = 0
    ideas_version: int = 0  # the version at which the ideas last changed
    _board_changed: bool = False
    _view_json: tuple[RoomView, str] | None = None  # the view's words, once per view
    _changed: asyncio.Event | None = None
    _wake_soon: asyncio.Handle | None = None
    _waiting_loop: asyncio.AbstractEventLoop | None = None  # a test's, serving app() itself

    # --- the application ---

    def app(self) -> web.Application:
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guarded])
        for path in self.page:
            app.router.add_get(path, self._serve_page)
        app.router.add_post("/api/join", self._join)
        app.router.add_post("/api/room", self._room)
        app.router.add_get("/api/state", self._state)
        app.router.add_post("/api/answer", self._answer)
        app.router.add_post("/api/ready", self._ready)
        app.router.add_post("/api/idea", self._idea)
        app.router.add_post("/api/upvote", self._upvote)
        return app

    # --- what the phones see changes ---

    def set_view(self, view: RoomView) -> None:
        """What the phones may see from now on (from any thread): the waiting looks are
        answered at once."""
        self.view = view
        self._publish(soon=False)

    def set_board(self, board: IdeaBoard) -> None:
        """The ideas as the workshop now holds them (from the window's thread): the waiting
        looks are answered within IDEAS_WAKE_S."""
        self.ideas.board = board
        self._board_changed = True
        self._publish(soon=True)

    def _publish(self, soon: bool) -> None:
        loop = self._loop or self._waiting_loop
        if loop is None or loop.is_closed():
            self._new_version()
            return
        try:
            loop.call_soon_threadsafe(self._wake, soon)
        except RuntimeError:  # the loop closed meanwhile: no phone is waiting
            self._new_version()

    def _new_version(self) -> None:
        self.version += 1
        if self._board_changed:
            self._board_changed = False
            self.ideas_version = self.version

    def _wake(self, soon: bool) -> None:
        """In the loop: a new version, and every waiting look answered (now, or once within
        IDEAS_WAKE_S for the ideas)."""
        if soon:
            if self._wake_soon is None:
                loop = asyncio.get_running_loop()
                self._wake_soon = loop.call_later(IDEAS_WAKE_S, self._wake, False)
            return
        if self._wake_soon is not None:
            self._wake_soon.cancel()
            self._wake_soon = None
        self._new_version()
        changed, self._changed = self._changed, asyncio.Event()
        if changed is not None:
            changed.set()

    @web.middleware
    async def _guarded(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        response: web.StreamResponse
        try:
            if not self._host_is_ours(request.host):
                # A page elsewhere that resolves its own name to this address (DNS
                # rebinding) reaches the session under another Host: refused.
                response = _error(421, "host", "Open the address the room shows.")
            else:
                self.last_contact = time.time()  # a phone got through the network to here
                response = await handler(request)
        except web.HTTPException as refused:
            response = _error(refused.status, "refused", refused.reason or "")
        except Exception:  # never a trace to a phone: the room sees a plain refusal
            response = _error(500, "server", "Something went wrong.")
        response.headers.update(SECURITY_HEADERS)
        return response

    def _host_is_ours(self, host: str) -> bool:
        """Whether a request's Host names the address and port the session listens on (as
        the join address and the QR code give them)."""
        if self.address is None:
            return True  # not listening on a known address (a test's client): nothing to check
        bound, port = self.address
        literal = f"[{bound}]" if ":" in bound else bound
        return host.lower() in {f"{literal}:{port}".lower(), f"localhost:{port}"} or (
            port == 80 and host.lower() == literal.lower()
        )

    async def _room(self, request: web.Request) -> web.Response:
        """What the room asks of a phone joining (a nickname, a group), for the code: the
        join form then shows its field from the start. A wrong code counts as a try."""
        address = client_of(request.remote)
        if (early := self._not_yet(address)) is not None:
            return early
        try:
            code = CodeRequest.model_validate_json(await self._body(request)).code
        except ValidationError:
            return _error(400, "invalid", "That is not a room code.")
        except _RefusedError as refused:
            return refused.response()
        if not self.guard.check_code(address, code):
            return _error(403, "wrong-code", "Wrong room code.")
        view = self.view
        groups = (
            [{"id": i, "name": n} for i, n in view.groups] if view.by is AnsweredBy.GROUP else []
        )
        return web.json_response(
            {"by": view.by.value, "groups": groups, "title": view.title, "side": view.ask_side}
        )

    async def _serve_page(self, request: web.Request) -> web.Response:
        body, content_type = self.page[request.path]
        return web.Response(body=body, content_type=content_type, charset="utf-8")

    async def _body(self, request: web.Request) -> bytes:
        if request.content_type != "application/json":
            raise _RefusedError(415, "json", "Send JSON.")
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise _RefusedError(413, "too-large", "Too large.")
        return await request.read()  # aiohttp refuses more than client_max_size

    def _who(self, request: web.Request) -> Participant:
        """The participant a request's token belongs to; refused without a valid one."""
        header = request.headers.get("Authorization", "")
        token = header.removeprefix("Bearer ").strip() if header.startswith("Bearer ") else ""
        pid = self.guard.participant(token[:64])
        if pid is None or pid not in self.participants:
            raise _RefusedError(401, "token", "Join the room first.")
        if not self.guard.may_send(token):
            raise _RefusedError(429, "slow-down", "Too many requests: wait a moment.")
        return self.participants[pid]

    async def _join(self, request: web.Request) -> web.Response:
        try:
            address = client_of(request.remote)
            if (refused := self._not_yet(address)) is not None:
                return refused
            try:
                join = JoinRequest.model_validate_json(await self._body(request), strict=True)
            except ValidationError:
                return _error(400, "invalid", "That is not a join request.")
            if join.token and (pid := self.guard.participant(join.token)) is not None:
                return self._joined(join.token, self.participants[pid])
            if not self.guard.check_code(address, join.code):
                return _error(403, "wrong-code", "Wrong room code.")
            if (no_room := self.guard.room_for(address)) == "full":
                return _error(503, "full", "The room is full.")
            if no_room == "address":
                return _error(
                    403,
                    "address",
                    "Enough phones have joined from this network: ask the facilitator.",
                )
            participant = self._participant(join)
            token = self.guard.admit(participant.id, address)
            if token is None:
                return _error(503, "full", "The room is full.")
            self.participants[participant.id] = participant
            self.on_join(participant)
            return self._joined(token, participant)
        except _RefusedError as refused:
            return refused.response()

    def _participant(self, join: JoinRequest) -> Participant:
        view = self.view
        pid = "p-" + secrets.token_hex(6)
        side = self._side(join)
        if view.by is AnsweredBy.NICKNAME:
            nickname = clean(join.nickname).strip()
            if not has_visible(nickname):
                raise _RefusedError(400, "nickname", "Write a nickname.")
            return Participant(id=pid, nickname=nickname, side=side)
        if view.by is AnsweredBy.GROUP:
            if join.group not in {gid for gid, _name in view.groups}:
                raise _RefusedError(400, "group", "Choose your group.", groups=view.groups)
            return Participant(id=pid, group=join.group, side=side)
        return Participant(id=pid, side=side)

    def _side(self, join: JoinRequest) -> Side | None:
        """The side a phone said it sits on, when the room asks (never otherwise: a phone
        cannot tell what it was not asked); "" or none: it would rather not say."""
        if not self.view.ask_side or not join.side:
            return None
        try:
            return Side(join.side)
        except ValueError:
            raise _RefusedError(400, "side", "Choose elected member or official.") from None

    def allow_per_address(self, phones: int) -> None:
        """How many phones may join from one address, and so how many connections it keeps."""
        self.guard.max_per_address = phones
        self.gate.per_client_cap = connections_for(phones)

    def _not_yet(self, address: str) -> web.Response | None:
        """The refusal of a try at the code from `address` before the code is read: locked
        out after wrong codes, or joining faster than a room can (None: it may try)."""
        if (locked := self.guard.locked(address)) > 0:
            return _error(429, "locked", "Too many wrong codes: wait.", retry_after=round(locked))
        if not self.guard.may_join(address):
            return _error(429, "busy", "Many are joining at once: try again.", retry_after=2)
        return None

    def successor(self) -> RoomServer:
        """A server for a start again after a stop: the same room (its code, its phones, what
        they answered), none of this one's connections, loop or thread."""
        after = RoomServer(
            gate=replace(self.gate, open=0, per_client={}, watched={}),
            page=self.page,
            on_answer=self.on_answer,
            on_join=self.on_join,
            guard=self.guard,
            view=self.view,
            participants=self.participants,
            answers=self.answers,
            ideas=self.ideas,
            kept_through=self.kept_through,
            version=self.version,
            ideas_version=self.ideas_version,
        )
        after._seq, after._latest = self._seq, self._latest
        return after

    def forget(self, participant: str) -> None:
        """A phone the facilitator took out of the room: its token stops working (it may join
        again, as a new phone), and what it answered is gone from its view."""
        self.guard.revoke(participant)
        self.participants.pop(participant, None)
        self._latest.pop(participant, None)
        for key in [k for k in self.answers if k[0] == participant]:
            del self.answers[key]

    def clear(self, question: Question) -> None:
        """No phone's answer to `question` shows any longer (the facilitator cleared it; the
        ideas follow the workshop's board)."""
        for key, answer in list(self.answers.items()):
            if answer.question is question:
                del self.answers[key]

    def _joined(self, token: str, participant: Participant) -> web.Response:
        return self._state_response(participant, extra={"token": token})

    def _state_response(
        self,
        participant: Participant,
        since: int | None = None,
        extra: Mapping[str, object] | None = None,
    ) -> web.Response:
        """The phone's look at the room as a response: the shared parts (the view, the ideas)
        written once for all phones and spliced in; the ideas only when they changed after
        the version the phone saw (`since`)."""
        state = {**self._state_of(participant), **(extra or {})}
        view = self.view
        cached = self._view_json
        if cached is None or cached[0] is not view:
            cached = self._view_json = (view, json.dumps(view.as_json(), ensure_ascii=False))
        body = json.dumps(state, ensure_ascii=False)[:-1] + ',"view":' + cached[1]
        if Question.IDEAS in view.open and (since is None or since < self.ideas_version):
            body += ',"ideas":' + self.ideas.shared_json()
        elif Question.IDEAS not in view.open:
            body += ',"ideas":[]'
        return web.Response(text=body + "}", content_type="application/json")

    def _state_of(self, participant: Participant) -> dict[str, Any]:
        mine = {
            key: ANSWER.dump_python(a, mode="json")
            for (pid, key), a in self.answers.items()
            if pid == participant.id
        }
        round_, ready = self.ready
        view = self.view
        own = self.ideas.for_phone(participant.id) if Question.IDEAS in view.open else {}
        return {
            "answers": mine,
            "kept": self._kept(participant),
            "ready": round_ == view.ready_round and participant.id in ready,
            "mine": own.get("mine", []),  # of the ideas: this phone's own, and its upvotes
            "voted": own.get("voted", []),
            "waiting": own.get("waiting", []),  # its own not shown to the room yet
            "version": self.version,
        }

    def ready_count(self) -> int:
        """How many phones said "klar" to the latest "Klar?" (0 when none is asked)."""
        round_, ready = self.ready
        return len(ready) if round_ == self.view.ready_round and round_ else 0

    async def _ready(self, request: web.Request) -> web.Response:
        """A phone's "klar": counted once per phone, for the round asked now only."""
        try:
            participant = self._who(request)
            try:
                asked = ReadyRequest.model_validate_json(await self._body(request)).round
            except ValidationError:
                return _error(400, "invalid", "That is not a ready request.")
            if asked != self.view.ready_round:
                return _error(409, "closed", "That question is not open.")
            round_, ready = self.ready
            if round_ != asked:
                ready = frozenset()
            self.ready = (asked, ready | {participant.id})  # replaced whole: read elsewhere
            return web.json_response({"ready": True})
        except _RefusedError as refused:
            return refused.response()

    def _kept(self, participant: Participant) -> bool:
        """True when all this phone's answers are kept on the facilitator's disk."""
        return self._latest.get(participant.id, 0) <= self.kept_through

    async def _state(self, request: web.Request) -> web.Response:
        """The phone's look at the room; with `?after=N` (the version it saw last) it waits
        until something changes, at most LONG_POLL_S, so that a question closed leaves the
        phones at once without each asking every second."""
        try:
            participant = self._who(request)
        except _RefusedError as refused:
            return refused.response()
        after = request.query.get("after", "")
        since = int(after) if after.isdigit() and len(after) <= 12 else None
        if since is not None and since == self.version:
            if self._changed is None:
                self._changed = asyncio.Event()
                self._waiting_loop = asyncio.get_running_loop()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), LONG_POLL_S)
            if participant.id not in self.participants:  # taken out while it waited
                return _error(401, "token", "Join the room first.")
        return self._state_response(participant, since)

    async def _answer(self, request: web.Request) -> web.Response:
        try:
            participant = self._who(request)
            try:
                # Strictly: a score is a number, not true; a position a number, not "0.5".
                answer = ANSWER.validate_json(await self._body(request), strict=True)
            except ValidationError as invalid:
                return _error(400, "invalid", _first_problem(invalid))
            view = self.view
            if answer.question not in view.open:
                return _error(409, "closed", "That question is not open.")
            if isinstance(answer, DotsAnswer):
                allowed = {tid for tid, _text in view.targets}
                if len(answer.targets) > view.dots or not set(answer.targets) <= allowed:
                    return _error(400, "dots", "Those dots do not fit.")
            if isinstance(answer, OwnAnswer) and (view.own is None or not view.own.fits(answer)):
                return _error(409, "closed", "That question is not open.")
        except _RefusedError as refused:
            return refused.response()
        self.answers[(participant.id, slot(answer))] = answer
        return self._taken(participant, answer)

    def _taken(self, participant: Participant, answer: Answer | Idea | Upvote) -> web.Response:
        """Hand what a phone sent to the window, in the order taken."""
        self._seq += 1
        self._latest[participant.id] = self._seq
        self.on_answer(Received(participant, answer, time.time(), self._seq))
        return web.json_response({"ok": True, "kept": self._kept(participant)})

    async def _idea(self, request: web.Request) -> web.Response:
        """A phone's idea (a proposed action, a question for the parking lot), while the
        ideas are open: at most MAX_IDEAS_EACH from one phone, MAX_IDEAS in the room."""
        try:
            participant = self._who(request)
            try:
                sent = IDEA.validate_json(await self._body(request), strict=True)
            except ValidationError as invalid:
                return _error(400, "invalid", _first_problem(invalid))
            if Question.IDEAS not in self.view.open:
                return _error(409, "closed", "That question is not open.")
            if (why := self.ideas.room_for_idea(participant.id)) != "":
                return _error(409, why, "No more ideas from this phone, or in this room.")
        except _RefusedError as refused:
            return refused.response()
        idea = Idea(
            id="idea-" + secrets.token_hex(6),
            participant=participant.id,
            text=sent.text,
            kind=sent.kind,
        )
        self.ideas.sent[idea.id] = participant.id
        return self._taken(participant, idea)

    async def _upvote(self, request: web.Request) -> web.Response:
        """A phone's upvote of another's idea, or taking it back: at most MAX_UPVOTES_EACH."""
        try:
            participant = self._who(request)
            try:
                upvote = UPVOTE.validate_json(await self._body(request), strict=True)
            except ValidationError as invalid:
                return _error(400, "invalid", _first_problem(invalid))
            if Question.IDEAS not in self.view.open:
                return _error(409, "closed", "That question is not open.")
            if (why := self.ideas.may_upvote(participant.id, upvote.idea, upvote.up)) != "":
                return _error(409, why, "That upvote does not fit.")
        except _RefusedError as refused:
            return refused.response()
        self.ideas.voted[(participant.id, upvote.idea)] = upvote.up
        return self._taken(participant, upvote)

    # --- running in its own thread ---

    def start(self, host: str, port: int = 0) -> tuple[str, int]:
        """Listen on `host` (one interface's address: never every interface unless asked
        for by name) from a thread of its own; returns where. Raises OSError when the
        address cannot be had."""
        if self._thread is not None:
            raise RuntimeError("the room session runs already")
        ready = threading.Event()
        failure: list[BaseException] = []

        def run() -> None:
            loop = asyncio.new_event_loop()
            self._loop = loop
            try:
                loop.run_until_complete(self._serve(host, port, ready))
            except BaseException as error:
                failure.append(error)
                ready.set()
            finally:
                loop.close()

        self._thread = threading.Thread(target=run, name="room-session", daemon=True)
        self._thread.start()
        ready.wait(timeout=10)
        if failure or self.address is None:
            self._thread.join(timeout=5)
            self._thread = None
            error = failure[0] if failure else OSError("the room session did not start")
            raise error if isinstance(error, OSError) else OSError(str(error))
        return self.address

    async def _serve(self, host: str, port: int, ready: threading.Event) -> None:
        self._stopping = asyncio.Event()
        self._changed = asyncio.Event()
        asyncio.get_running_loop().set_exception_handler(AcceptErrors())
        app = self.app()
        gate = self.gate

        async def answered(request: web.Request, _response: web.StreamResponse) -> None:
            gate.answered(request.transport)

        app.on_response_prepare.append(answered)
        options: dict[str, Any] = {"access_log": None, "keepalive_timeout": gate.deadline}
        runner = web.AppRunner(app, **options)
        await runner.setup()
        site = GatedSite(runner, host, port, gate, SECURITY_HEADERS, options, backlog=256)
        await site.start()
        sockets = [s for s in (runner.addresses or [])]
        bound = sockets[0] if sockets else (host, port)
        self.address = (str(bound[0]), int(bound[1]))
        ready.set()
        await self._stopping.wait()
        self._wake(soon=False)  # the waiting looks answered before their connections close
        await runner.cleanup()

    def stop(self) -> None:
        """Stop listening and end the thread (the participants' answers stay received)."""
        loop, stopping, thread = self._loop, self._stopping, self._thread
        if loop is not None and stopping is not None and not loop.is_closed():
            loop.call_soon_threadsafe(stopping.set)
        if thread is not None:
            thread.join(timeout=10)
        self._thread = self._loop = self._stopping = None
        self.address = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()


class _RefusedError(Exception):
    """A request refused, with what the phone is told."""

    def __init__(
        self, status: int, code: str, message: str, groups: tuple[tuple[str, str], ...] = ()
    ) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.groups = status, code, message, groups

    def response(self) -> web.Response:
        extra = {"groups": [{"id": i, "name": n} for i, n in self.groups]} if self.groups else {}
        return _error(self.status, self.code, self.message, extra=extra)


def _error(
    status: int,
    code: str,
    message: str,
    retry_after: int = 0,
    extra: Mapping[str, object] | None = None,
) -> web.Response:
    response = web.json_response(
        {"error": code, "message": message, **(extra or {})}, status=status
    )
    if retry_after:
        response.headers["Retry-After"] = str(retry_after)
    return response


def _first_problem(invalid: ValidationError) -> str:
    """What is wrong with an answer, in a word of pydantic's (never anything the phone sent,
    not even a field's name)."""
    errors = invalid.errors(include_input=False, include_url=False)
    kind = errors[0].get("type", "invalid") if errors else "invalid"
    return f"That answer is not valid ({kind})."
