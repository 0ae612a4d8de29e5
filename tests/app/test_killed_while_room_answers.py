"""Killed (a real SIGKILL) while the room answers on its phones: every answer a phone was
told is saved is in the recovery copy the next start offers (issue #31)."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from regionroll_desktop.model.room import MatrixAnswer
from regionroll_desktop.storage.recovery import RECOVERY_FORMAT

from ..app_script import window_script

# The app's window with a new workshop and a room session on loopback, answering by nickname,
# the matrix question open; it prints the address and the code.
APP = window_script(
    "the room answers",
    """
from regionroll_desktop.model.room import AnsweredBy, Question
room = window.document.room
address = room.start("127.0.0.1", by=AnsweredBy.NICKNAME)
room.open_questions(frozenset({Question.MATRIX_TODAY}))
print(address, room.code, flush=True)
app.exec()
""",
)
PHONES = 6


def call(url: str, body: dict[str, Any] | None = None, token: str = "") -> dict[str, Any]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    with urllib.request.urlopen(request, timeout=5) as response:
        return json.loads(response.read())  # type: ignore[no-any-return]


def phone(address: str, code: str, name: str, saved: dict[str, int], stop: threading.Event) -> None:
    """Send answer after answer (the n-th at n/1000 on the matrix's axis); after each look
    at the room that says this phone's answers are kept, the last one sent is saved."""
    try:
        token = call(address + "api/join", {"code": code, "nickname": name})["token"]
        n = 0
        while not stop.is_set():
            n += 1
            answer = {
                "question": "matrix.today",
                "position": {"capital_per_capita": n / 1000, "proactivity": 0.0},
            }
            if call(address + "api/answer", answer, token)["kept"]:
                saved[name] = n
            time.sleep(0.2)
            if call(address + "api/state", token=token)["kept"]:
                saved[name] = n
    except (OSError, urllib.error.URLError, KeyError, ValueError):
        return  # the app was killed


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_no_answer_a_phone_was_told_is_saved_is_lost_to_a_kill(tmp_path: Path) -> None:
    rng = random.Random(31)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    told = 0
    for run in range(3):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        app = subprocess.Popen(
            [sys.executable, "-c", APP, str(folder)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        with app:
            assert app.stdout is not None
            address, code = app.stdout.readline().split()
            saved: dict[str, int] = {}
            stop = threading.Event()
            phones = [
                threading.Thread(target=phone, args=(address, code, f"phone{i}", saved, stop))
                for i in range(PHONES)
            ]
            for thread in phones:
                thread.start()
            time.sleep(rng.uniform(2.0, 5.0))
            app.send_signal(signal.SIGKILL)
            app.wait(10)
            stop.set()
            for thread in phones:
                thread.join(10)
        (recovery_path,) = (folder / "recovery").glob("*.recovery.json")
        room = RECOVERY_FORMAT.load(recovery_path).workshop.room
        names = {p.id: p.nickname for p in room.participants}
        on_disk = {
            names[a.participant]: round(a.answer.position.capital_per_capita * 1000)
            for a in room.answers
            if isinstance(a.answer, MatrixAnswer)
        }
        assert saved, run  # the phones were told their answers were saved
        for name, n in saved.items():
            assert on_disk.get(name, 0) >= n, (run, name, n, on_disk)  # none lost
        told += sum(saved.values())
    assert told > 3 * PHONES  # many answers were at stake
