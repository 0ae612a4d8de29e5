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
