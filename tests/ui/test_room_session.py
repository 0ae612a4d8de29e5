"""The room session in the window's terms: started on loopback, phones join and answer from
other threads, each answer lands in the workshop in the window's thread (no undo step),
and stopping ends it while the answers stay."""

from __future__ import annotations

import json
import threading
import urllib.error
import urllib.request
from typing import Any

from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import Question
from regionroll_desktop.room.join import qr_png
from regionroll_desktop.room.network import interfaces
from regionroll_desktop.ui.room_session import RoomSessionControl
from regionroll_desktop.ui.session import Session


def post(url: str, body: dict[str, Any], token: str = "") -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        url, data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as refused:
        with refused:
            return refused.code, json.loads(refused.read())


def test_answers_from_phones_land_in_the_workshop(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Session(e.new_workshop())
    room = RoomSessionControl(session)
    address = room.start("127.0.0.1")
    try:
        assert address.startswith("http://127.0.0.1:") and room.running
        assert room.link().endswith(f"#code={room.code}") and len(room.code) == 6
        room.open_questions(frozenset({Question.MATRIX_TODAY}))
        results: list[int] = []

        def phone(n: int) -> None:
            _status, joined = post(address + "api/join", {"code": room.code})
            answer = {
                "question": "matrix.today",
                "position": {"capital_per_capita": n / 10, "proactivity": -n / 10},
            }
            results.append(post(address + "api/answer", answer, joined["token"])[0])

        phones = [threading.Thread(target=phone, args=(n,)) for n in range(5)]
        for thread in phones:
            thread.start()
        qtbot.waitUntil(lambda: len(session.workshop.room.answers) == 5, timeout=10_000)
        for thread in phones:
            thread.join(timeout=5)
        assert results == [200] * 5
        assert len(session.workshop.room.participants) == 5
        assert session.undo_stack.count() == 0 and session.modified
    finally:
        room.stop()
    assert not room.running and len(session.workshop.room.answers) == 5


def test_the_interfaces_and_the_qr_code() -> None:
    found = interfaces()
    assert any(i.loopback for i in found) and found[-1].loopback  # this machine alone last
    png = qr_png("http://192.168.1.20:8765/#code=012345")
    assert png.startswith(b"\x89PNG")


def test_a_phone_is_told_saved_only_once_its_answer_is_on_disk(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A kill right after a phone hears "saved" loses nothing: its answers are in the recovery
    copy by then (issue #31). Until they are, and when they cannot be, it hears "sent" only."""
    from regionroll_desktop.app.document import WorkshopDocument
    from regionroll_desktop.storage.recovery import RecoveryStore

    store = RecoveryStore(tmp_path / "recovery")
    document = WorkshopDocument.untitled(e.new_workshop(), store)
    room = document.room
    address = room.start("127.0.0.1")
    try:
        room.open_questions(frozenset({Question.MATRIX_TODAY, Question.KEYS}))
        _status, joined = post(address + "api/join", {"code": room.code})
        token = joined["token"]
        assert joined["kept"]  # nothing to keep yet
        sent = post(address + "api/answer", {"question": "keys", "scores": {"politik": 4}}, token)
        assert sent == (200, {"ok": True, "kept": False})  # in the window's hands, not on disk

        def state() -> dict[str, Any]:
            request = urllib.request.Request(address + "api/state")
            request.add_header("Authorization", f"Bearer {token}")
            with urllib.request.urlopen(request, timeout=5) as response:
                return json.loads(response.read())  # type: ignore[no-any-return]

        qtbot.waitUntil(lambda: state()["kept"], timeout=5_000)
        # What is on disk the moment the phone hears "saved":
        (found,) = store.all()
        assert found.recovery is not None and len(found.recovery.workshop.room.answers) == 1
        # The recovery folder cannot be written: the phone is never told "saved".
        persist = room.persist
        room.persist = lambda: False
        sent = post(address + "api/answer", {"question": "keys", "scores": {"roll": 2}}, token)
        assert sent == (200, {"ok": True, "kept": False})
        qtbot.wait(1_200)  # more than a keeping's pause
        assert not state()["kept"]
        room.persist = persist  # it can again: the next keeping says so
        room.flush()
        post(address + "api/answer", {"question": "keys", "scores": {"strategi": 3}}, token)
        qtbot.waitUntil(lambda: state()["kept"], timeout=5_000)
    finally:
        room.stop()
        document.close()


def test_a_phones_answers_and_a_questions_are_taken_out_as_one_undo_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    """One device stuffing the ballot is taken out, a question is cleared; each is one undo
    step, and undo puts back only what the phone has not answered again since (issue #32)."""
    from regionroll_desktop.model.room import (
        Idea,
        KeysAnswer,
        Participant,
        record_answer,
        record_idea,
        without_participant,
        without_question,
    )

    session = Session(e.new_workshop())
    anna, bot = Participant(id="p-anna"), Participant(id="p-bot")
    room = session.workshop.room
    room = record_answer(room, anna, KeysAnswer(question=Question.KEYS, scores={"politik": 4}))
    room = record_answer(room, bot, KeysAnswer(question=Question.KEYS, scores={"politik": 1}))
    room = record_idea(room, bot, Idea(id="idea-1", participant="p-bot", text="köp!"))
    session.record_room(room)
    assert session.change_room("Ta bort en telefon", lambda r: without_participant(r, "p-bot"))
    assert [p.id for p in session.workshop.room.participants] == ["p-anna"]
    assert len(session.workshop.room.answers) == 1 and session.undo_stack.count() == 1
    # Anna answers again while the removal is on the stack; undo keeps her new answer.
    again = KeysAnswer(question=Question.KEYS, scores={"politik": 5})
    session.record_room(record_answer(session.workshop.room, anna, again))
    session.undo_stack.undo()
    answers = {(a.participant, a.answer.question): a.answer for a in session.workshop.room.answers}
    assert answers[("p-anna", Question.KEYS)] == again
    assert ("p-bot", Question.KEYS) in answers
    assert [i.text for i in session.workshop.room.ideas] == ["köp!"]  # its idea came back too
    session.undo_stack.redo()
    assert {a.participant for a in session.workshop.room.answers} == {"p-anna"}
    assert session.workshop.room.ideas == ()
    session.undo_stack.undo()
    assert session.change_room("Töm frågan", lambda r: without_question(r, Question.KEYS))
    assert session.workshop.room.answers == () and len(session.workshop.room.ideas) == 1
    assert len(session.workshop.room.participants) == 2  # the phones stay
    assert not session.change_room("Töm frågan", lambda r: without_question(r, Question.KEYS))
    session.undo_stack.undo()
    assert len(session.workshop.room.answers) == 2


def test_a_pause_keeps_the_port_the_code_and_the_phones(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Stoppa, then Starta: the phones go on where they were, without scanning again; a
    phone taken out must join again; a new code is given on request (issue #32)."""
    session = Session(e.new_workshop())
    room = RoomSessionControl(session)
    address = room.start("127.0.0.1")
    try:
        code = room.code
        room.open_questions(frozenset({Question.KEYS}))
        _status, anna = post(address + "api/join", {"code": code})
        _status, bot = post(address + "api/join", {"code": code})
        keys = {"question": "keys", "scores": {"politik": 4}}
        assert post(address + "api/answer", keys, anna["token"])[0] == 200
        assert post(address + "api/answer", keys, bot["token"])[0] == 200
        qtbot.waitUntil(lambda: len(session.workshop.room.answers) == 2, timeout=5_000)
        room.stop()
        assert room.start("127.0.0.1") == address and room.code == code
        assert post(address + "api/answer", keys, anna["token"])[0] == 200  # same token
        bot_id = next(p.id for p in session.workshop.room.participants if p.id != anna_id(room))
        assert room.remove_phone(bot_id, "Ta bort en telefons svar")
        assert {a.participant for a in session.workshop.room.answers} == {anna_id(room)}
        assert post(address + "api/answer", keys, bot["token"])[0] == 401  # it must join again
        assert room.clear_question(Question.KEYS, "Töm frågan")
        assert not session.workshop.room.answers and session.undo_stack.count() == 2
        fresh = room.new_code()
        assert fresh != code or len(fresh) == 6
        assert post(address + "api/join", {"code": fresh})[0] == 200
        assert post(address + "api/answer", keys, anna["token"])[0] == 200  # still in
    finally:
        room.stop()


def anna_id(room: RoomSessionControl) -> str:
    server = room.server
    assert server is not None
    return next(iter(server.participants))
