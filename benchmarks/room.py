"""A room answering at once: simulated participants on loopback join the room session and
each sends its answers; every answer must land in the workshop exactly once, soon (the 95th
percentile from send to the workshop's state ≤ 100 ms), and the window's thread must never
stall long (≤ 50 ms). The floor: one participant answering alone, in the same run.

And a paced room (issue #38): every phone keeps looking at the room (a long poll) while the
facilitator moves "now" from question to question; each answers the question the room is on,
the first hundred send an idea, and each upvotes others' ideas it sees. The same targets for
what is sent, the same for the window; and how soon every phone sees "now" move."""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import statistics
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import aiohttp
from common import Row, p95
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

from regionroll_desktop.app.document import WorkshopDocument
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import Question
from regionroll_desktop.room.server import Received, RoomView
from regionroll_desktop.storage.recovery import RecoveryStore

LATENCY_MS, STALL_MS = 100.0, 50.0
TICK_MS = 5  # how often the window's thread is asked to do a little


class StallWatch:
    """The window's longest stall: a timer asked to tick every TICK_MS, and the longest it
    was kept waiting past that (ms), from `start` to `stop`."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._clock = QElapsedTimer()
        self._last = 0
        self._timer = QTimer()
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self._clock.start()
        self._last = self._clock.elapsed()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = self._clock.elapsed()
        self.longest = max(self.longest, float(now - self._last - TICK_MS))
        self._last = now


def answer(n: int) -> dict[str, object]:
    """The n-th answer of a participant: a matrix position, roles, or keys in turn, each
    different (so one landing twice or not at all shows)."""
    x = ((n * 37) % 200) / 100 - 1
    kind = n % 3
    if kind == 0:
        return {
            "question": "matrix.today",
            "position": {"capital_per_capita": x, "proactivity": -x},
        }
    if kind == 1:
        u = (x + 1) / 2
        weights = {"finansiaren": 1 - u, "utforaren": u, "natverkaren": 0, "kapacitetsbyggaren": 0}
        return {"question": "roles.today", "weights": weights}
    return {"question": "keys", "scores": {"politik": 1 + n % 5}}


async def participants(
    address: str, code: str, count: int, each: int, sent: dict[tuple[str, int], float]
) -> list[str]:
    """`count` phones join and send `each` answers, spread over a few seconds; returns any
    refusals."""
    problems: list[str] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as client:

        async def phone(index: int) -> None:
            await asyncio.sleep(index * 0.03)  # the room scans the code over a few seconds
            async with client.post(address + "api/join", json={"code": code}) as joined:
                if joined.status != 200:
                    problems.append(f"join {joined.status}")
                    return
                body = await joined.json()
            auth = {"Authorization": f"Bearer {body['token']}"}
            for n in range(each):
                await asyncio.sleep(0.12)  # a finger lifting now and then, under the rate limit
                sent[(body["token"], n)] = time.perf_counter()
                async with client.post(address + "api/answer", json=answer(n), headers=auth) as r:
                    if r.status != 200:
                        problems.append(f"answer {r.status}")

        await asyncio.gather(*(phone(i) for i in range(count)))
    return problems


def run_room(count: int, each: int) -> tuple[list[float], float, int, int, list[str]]:
    """Latencies (ms), the longest stall (ms), answers landed, answers sent, refusals."""
    # As in the app: a document whose recovery copy keeps what the room says before a phone
    # is told its answer is saved.
    folder = tempfile.TemporaryDirectory()
    document = WorkshopDocument.untitled(e.new_workshop(), RecoveryStore(Path(folder.name)))
    control = document.room
    address = control.start("127.0.0.1")
    control.set_view(
        RoomView(open=frozenset({Question.MATRIX_TODAY, Question.ROLES_TODAY, Question.KEYS}))
    )
    assert control.server is not None
    guard = control.server.guard  # token → participant, once they have joined
    sent: dict[tuple[str, int], float] = {}
    landed: list[tuple[str, Question, float]] = []

    def on_answered(received: Received) -> None:
        landed.append((received.participant.id, received.answer.question, time.perf_counter()))

    control.answered.connect(on_answered)
    ticker = StallWatch()
    ticker.start()
    problems: list[str] = []
    loop = QEventLoop()
    done = threading.Event()

    def load() -> None:
        try:
            problems.extend(asyncio.run(participants(address, control.code, count, each, sent)))
        except Exception as failed:  # a refused or dropped connection: a row that misses
            problems.append(f"the room's load failed: {failed!r}")
        finally:
            done.set()  # never leave the window's loop waiting

    worker = threading.Thread(target=load, daemon=True)
    worker.start()
    finish = QTimer()
    finish.setInterval(20)
    finish.timeout.connect(lambda: loop.quit() if done.is_set() and not control.recording else None)
    finish.start()
    loop.exec()
    QTimer.singleShot(100, loop.quit)  # the last answers recorded
    loop.exec()
    ticker.stop()
    control.stop()
    document.close()
    folder.cleanup()
    # A phone waits for each answer's reply before the next: its answers land in the order
    # sent, so the n-th landed from a participant is its n-th sent.
    landed_at: dict[str, list[float]] = {}
    for pid, _question, at in landed:
        landed_at.setdefault(pid, []).append(at)
    sent_at: dict[str, list[float]] = {}
    for (token, _n), at in sorted(sent.items()):
        sent_at.setdefault(guard.tokens[token], []).append(at)
    latencies = [
        (arrived - left) * 1000
        for pid, lefts in sent_at.items()
        if len(landed_at.get(pid, ())) == len(lefts)  # each once, or it does not count
        for left, arrived in zip(lefts, landed_at[pid], strict=True)
    ]
    return latencies, ticker.longest, len(landed), len(sent), problems


PACE_QUESTIONS = (Question.MATRIX_TODAY, Question.ROLES_TODAY, Question.KEYS, Question.IDEAS)
NOW_EVERY_MS = 900  # the facilitator moves "now" this often
NOW_MS = 500.0  # every phone sees "now" move within this (p95): at once, for a room
UPVOTES = 3  # ideas each phone upvotes, of those it sees


def _paced_answer(question: str, n: int) -> dict[str, object]:
    """The phone's answer to the question the room is on."""
    if question == "roles.today":
        return answer(3 * n + 1)
    if question == "keys":
        return answer(3 * n + 2)
    return answer(3 * n)


async def paced_phones(
    address: str,
    code: str,
    count: int,
    each: int,
    sent: dict[tuple[str, int], float],
    seen: list[tuple[str, float]],
    stop: threading.Event,
) -> list[str]:
    """`count` phones join; each looks at the room continually (waiting for a change) and
    records when it sees a new "now"; meanwhile it sends `each` things: its answer to the
    "now" question, an idea (the first hundred phones), upvotes of others' ideas."""
    problems: list[str] = []
    connector = aiohttp.TCPConnector(limit=0)
    async with aiohttp.ClientSession(connector=connector) as client:

        async def phone(index: int) -> None:
            await asyncio.sleep(index * 0.03)
            async with client.post(address + "api/join", json={"code": code}) as joined:
                if joined.status != 200:
                    problems.append(f"join {joined.status}")
                    return
                state = await joined.json()
            token = state["token"]
            auth = {"Authorization": f"Bearer {token}"}
            now = [state["view"]["now"]]
            ideas: list[dict[str, object]] = list(state.get("ideas", []))
            mine, their_votes = set(state.get("mine", [])), set(state.get("voted", []))
            version = [state["version"]]
            finished = asyncio.Event()

            async def look() -> None:
                while not finished.is_set():
                    query = f"api/state?after={version[0]}"
                    async with client.get(address + query, headers=auth) as r:
                        if r.status != 200:
                            problems.append(f"look {r.status}")
                            await asyncio.sleep(1)
                            continue
                        got = await r.json()
                    version[0] = got["version"]
                    if "ideas" in got:  # only when they changed since the last look
                        ideas[:] = got["ideas"]
                    mine.clear()
                    mine.update(got["mine"])
                    their_votes.clear()
                    their_votes.update(got["voted"])
                    if got["view"]["now"] != now[0]:
                        now[0] = got["view"]["now"]
                        seen.append((now[0], time.perf_counter()))
                    await asyncio.sleep(0.15)  # as the page: never a hot loop

            looking = asyncio.create_task(look())
            voted: set[str] = set()
            idea_sent = index >= 100  # the room holds a hundred ideas: the first hundred send
            for n in range(each):
                await asyncio.sleep(0.25)
                upvotable = [
                    i["id"]
                    for i in ideas
                    if i["id"] not in mine and i["id"] not in their_votes and i["id"] not in voted
                ]
                if not idea_sent and now[0] == "ideas":
                    path, body = "api/idea", {"question": "ideas", "text": f"Idé från {index}"}
                    idea_sent = True
                elif upvotable and len(voted) < UPVOTES and now[0] == "ideas":
                    path, body = "api/upvote", {"idea": upvotable[index % len(upvotable)]}
                    voted.add(str(body["idea"]))
                else:
                    question = (
                        now[0] if now[0] in ("matrix.today", "roles.today", "keys") else "keys"
                    )
                    path, body = "api/answer", _paced_answer(question, n)
                sent[(token, n)] = time.perf_counter()
                async with client.post(address + path, json=body, headers=auth) as r:
                    if r.status != 200:
                        problems.append(f"{path} {r.status}")
            while not stop.is_set():  # looking on until the facilitator is done
                await asyncio.sleep(0.1)
            finished.set()
            await looking

        await asyncio.gather(*(phone(i) for i in range(count)))
    return problems


def _paced_process(
    address: str,
    code: str,
    count: int,
    each: int,
    stop: Any,
    sent_count: Any,
    results: Any,
) -> None:
    """The paced room's phones, in their own process: what they sent (and when), what "now"
    they saw (and when), and any refusal, put on `results` at the end. The room's phones
    are not the laptop's: on this machine they yield it every core the app wants."""
    os.nice(19)
    sent: dict[tuple[str, int], float] = {}
    seen: list[tuple[str, float]] = []
    done = threading.Event()

    def stopper() -> None:  # the facilitator's "done" crosses the processes as an event
        stop.wait()
        done.set()

    threading.Thread(target=stopper, daemon=True).start()

    class Counted(dict[tuple[str, int], float]):
        def __setitem__(self, key: tuple[str, int], value: float) -> None:
            super().__setitem__(key, value)
            sent_count.value = len(self)

    counted = Counted()
    try:
        problems = asyncio.run(paced_phones(address, code, count, each, counted, seen, done))
    except Exception as failed:
        problems = [f"the room's load failed: {failed!r}"]
    sent.update(counted)
    results.put((sent, seen, problems))


def run_paced(count: int, each: int) -> tuple[list[float], float, list[float], int, int, list[str]]:
    """Latencies (ms), the longest stall (ms), how long each phone took to see "now" move
    (ms), what landed, what was sent, refusals."""
    folder = tempfile.TemporaryDirectory()
    document = WorkshopDocument.untitled(e.new_workshop(), RecoveryStore(Path(folder.name)))
    control = document.room
    address = control.start("127.0.0.1")
    control.open_questions(frozenset(PACE_QUESTIONS))
    control.set_now(PACE_QUESTIONS[0])
    assert control.server is not None
    guard = control.server.guard
    sent: dict[tuple[str, int], float] = {}
    seen: list[tuple[str, float]] = []
    moved: list[tuple[str, float]] = []
    landed: list[tuple[str, float]] = []
    control.answered.connect(lambda got: landed.append((got.participant.id, time.perf_counter())))
    ticker = StallWatch()
    turn = [0]

    def move_on() -> None:  # the facilitator: the room is on the next question now
        turn[0] += 1
        question = PACE_QUESTIONS[turn[0] % len(PACE_QUESTIONS)]
        moved.append((question.value, time.perf_counter()))
        control.set_now(question)

    pace = QTimer()
    pace.setInterval(NOW_EVERY_MS)
    pace.timeout.connect(move_on)
    pace.start()
    problems: list[str] = []
    loop = QEventLoop()
    # The phones in a process of their own, as a room's phones are not in the laptop's:
    # their parsing never competes with the window for the interpreter. Their times are the
    # system's monotonic clock, the same in both processes.
    context = multiprocessing.get_context("spawn")
    stop, results = context.Event(), context.Queue()
    sent_count = context.Value("i", 0)
    phones = context.Process(
        target=_paced_process,
        args=(address, control.code, count, each, stop, sent_count, results),
        daemon=True,
    )
    phones.start()
    ticker.start()  # the window measured from here: the room, not the harness
    outcome: list[tuple[dict[tuple[str, int], float], list[tuple[str, float]], list[str]]] = []

    def collected() -> bool:
        if not outcome and not results.empty():
            ticker.stop()  # the room is done; reading the harness's results is not its work
            outcome.append(results.get())
        return bool(outcome) or not phones.is_alive()

    # The phones send for a few seconds; then "now" moves once more and every look sees it.
    wait_sent = QTimer()
    wait_sent.setInterval(50)
    wait_sent.timeout.connect(
        lambda: loop.quit() if sent_count.value >= count * each or collected() else None
    )
    wait_sent.start()
    loop.exec()
    wait_sent.stop()
    QTimer.singleShot(2 * NOW_EVERY_MS, lambda: (pace.stop(), stop.set()))
    finish = QTimer()
    finish.setInterval(20)
    finish.timeout.connect(lambda: loop.quit() if collected() and not control.recording else None)
    finish.start()
    loop.exec()
    QTimer.singleShot(100, loop.quit)
    loop.exec()
    phones.join(timeout=10)
    if outcome:
        sent, seen, failures = outcome[0]
        problems += failures
    else:
        problems.append("the phones' process ended without its results")
    ticker.stop()
    control.stop()
    document.close()
    folder.cleanup()
    landed_at: dict[str, list[float]] = {}
    for pid, at in landed:
        landed_at.setdefault(pid, []).append(at)
    sent_at: dict[str, list[float]] = {}
    for (token, _n), at in sorted(sent.items()):
        sent_at.setdefault(guard.tokens[token], []).append(at)
    latencies = [
        (arrived - left) * 1000
        for pid, lefts in sent_at.items()
        if len(landed_at.get(pid, ())) == len(lefts)
        for left, arrived in zip(lefts, landed_at[pid], strict=True)
    ]
    # Each phone's first sight of each move of "now": from the move to the sight.
    waits = []
    for question, at in moved:
        later = [when for q, when in seen if q == question and when >= at]
        waits += [(when - at) * 1000 for when in later if when - at < NOW_EVERY_MS * 4 / 1000]
    return latencies, ticker.longest, waits, len(landed), len(sent), problems


def room_rows(
    count: int = 200, each: int = 20, progress: Callable[[str], None] = print
) -> list[Row]:
    floor, alone_stall, _landed, _sent, _ = run_room(1, each)
    latencies, stall, landed, sent, problems = run_room(count, each)
    alone, _stall, alone_waits, _landed, _sent, _ = run_paced(1, each)  # the paced floor
    paced, paced_stall, waits, paced_landed, paced_sent, paced_problems = run_paced(count, each)
    if paced_problems:
        progress(f"paced room: refused {len(paced_problems)}: {sorted(set(paced_problems))[:5]}")
    if problems:
        progress(f"room: refused {len(problems)}: {sorted(set(problems))[:5]}")
    exact = landed == sent == count * each
    floor_median = statistics.median(floor)
    median = statistics.median(latencies) if latencies else float("inf")
    name = f"room: {count} phones × {each} answers, send → workshop"
    return [
        Row(
            name,
            round(median, 2),
            round(p95(latencies), 2) if latencies else float("inf"),
            round(floor_median, 2),
            round(median / floor_median, 2),
            f"p95 ≤ {LATENCY_MS:g} ms, each once",
            exact and p95(latencies) <= LATENCY_MS,
        ),
        Row(
            f"room: {count} phones, longest stall of the window",
            round(stall, 1),
            round(stall, 1),
            round(max(alone_stall, 1.0), 1),
            round(stall / max(alone_stall, 1.0), 2),
            f"≤ {STALL_MS:g} ms",
            stall <= STALL_MS,
            spread="max",
        ),
        Row(
            f"paced room: {count} phones looking, answers, ideas, upvotes → workshop",
            round(statistics.median(paced), 2) if paced else float("inf"),
            round(p95(paced), 2) if paced else float("inf"),
            round(statistics.median(alone), 2),
            round(statistics.median(paced) / statistics.median(alone), 2)
            if paced
            else float("inf"),
            f"p95 ≤ {LATENCY_MS:g} ms, each once",
            bool(paced) and paced_landed == paced_sent == count * each and p95(paced) <= LATENCY_MS,
        ),
        Row(
            f"paced room: {count} phones, longest stall of the window",
            round(paced_stall, 1),
            round(paced_stall, 1),
            round(max(alone_stall, 1.0), 1),
            round(paced_stall / max(alone_stall, 1.0), 2),
            f"≤ {STALL_MS:g} ms",
            paced_stall <= STALL_MS,
            spread="max",
        ),
        Row(
            f'paced room: "now" moved → each of {count} phones sees it',
            round(statistics.median(waits), 1) if waits else float("inf"),
            round(p95(waits), 1) if waits else float("inf"),
            round(statistics.median(alone_waits), 1),
            round(statistics.median(waits) / max(statistics.median(alone_waits), 0.1), 2)
            if waits
            else float("inf"),
            f"p95 ≤ {NOW_MS:g} ms",
            bool(waits) and p95(waits) <= NOW_MS,
        ),
    ]
