"""The room session's server under hostile input: wrong codes lock an address out, a missing
or forged token is refused, oversized, malformed, NaN, out-of-range and unknown answers are
refused, a flood is cut off; each refused with a clear message and nothing changed. And what
does get in: an answer lands once, a phone that comes back keeps its answers, no phone sees
another's."""

from __future__ import annotations

import asyncio
import json
import urllib.request
from collections.abc import Awaitable, Callable
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from regionroll_desktop.model import Moment, Side
from regionroll_desktop.model.room import (
    MAX_IDEAS_EACH,
    AnsweredBy,
    Idea,
    MatrixAnswer,
    OwnAnswer,
    OwnKind,
    OwnQuestion,
    Participant,
    Question,
    RoomRecord,
    Upvote,
    record_idea,
    record_upvote,
)
from regionroll_desktop.room.guard import (
    LOCKOUT,
    REQUEST_BURST,
    WRONG_CODES,
    RoomGuard,
    client_of,
)
from regionroll_desktop.room.ideas import idea_board
from regionroll_desktop.room.join import join_address
from regionroll_desktop.room.page import participant_page
from regionroll_desktop.room.server import MAX_BODY, Received, RoomServer, RoomView

CODE = "123456"
TODAY = {"question": "matrix.today", "position": {"capital_per_capita": 0.5, "proactivity": -0.25}}


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def room(**view: Any) -> tuple[RoomServer, list[Received], Clock]:
    clock = Clock()
    received: list[Received] = []
    server = RoomServer(
        page=participant_page(),
        on_answer=received.append,
        guard=RoomGuard(code=CODE, clock=clock),
        view=RoomView(open=frozenset({Question.MATRIX_TODAY, Question.KEYS}), **view),
    )
    return server, received, clock


def run(server: RoomServer, body: Callable[[TestClient], Awaitable[None]]) -> None:
    async def go() -> None:
        async with TestClient(TestServer(server.app())) as client:
            await body(client)

    asyncio.run(go())


async def joined(client: TestClient, **extra: Any) -> dict[str, str]:
    response = await client.post("/api/join", json={"code": CODE, **extra})
    assert response.status == 200, await response.text()
    token = (await response.json())["token"]
    return {"Authorization": f"Bearer {token}"}


def test_an_answer_lands_once_and_a_returning_phone_keeps_it() -> None:
    server, received, _clock = room()

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        response = await client.post("/api/answer", json=TODAY, headers=auth)
        assert response.status == 200 and (await response.json()) == {"ok": True, "kept": False}
        state = await (await client.get("/api/state", headers=auth)).json()
        assert state["answers"]["matrix.today"]["position"]["capital_per_capita"] == 0.5
        assert state["view"]["open"] == ["keys", "matrix.today"]
        token = auth["Authorization"].removeprefix("Bearer ")
        again = await client.post("/api/join", json={"token": token})  # came back
        assert (await again.json())["answers"]["matrix.today"]["question"] == "matrix.today"

    run(server, body)
    assert len(received) == 1
    (got,) = received
    assert isinstance(got.answer, MatrixAnswer) and got.answer.moment is Moment.TODAY
    assert got.participant.nickname == "" and got.participant.group is None  # anonymous


def test_no_phone_sees_another_phones_answers() -> None:
    server, _received, _clock = room()

    async def body(client: TestClient) -> None:
        first, second = await joined(client), await joined(client)
        await client.post("/api/answer", json=TODAY, headers=first)
        state = await (await client.get("/api/state", headers=second)).json()
        assert state["answers"] == {}
        assert "participants" not in json.dumps(state)

    run(server, body)


def test_wrong_codes_lock_the_address_out() -> None:
    server, _received, clock = room()

    async def body(client: TestClient) -> None:
        for _ in range(WRONG_CODES):
            response = await client.post("/api/join", json={"code": "000000"})
            assert response.status == 403
            assert (await response.json())["error"] == "wrong-code"
        locked = await client.post("/api/join", json={"code": CODE})  # even the right one
        assert locked.status == 429 and int(locked.headers["Retry-After"]) > 0
        clock.now += LOCKOUT + 1
        assert (await client.post("/api/join", json={"code": CODE})).status == 200

    run(server, body)
    assert len(server.participants) == 1


@pytest.mark.parametrize(
    "headers",
    [{}, {"Authorization": "Bearer forged-token"}, {"Authorization": "Basic abc"}],
)
def test_a_missing_or_forged_token_is_refused(headers: dict[str, str]) -> None:
    server, received, _clock = room()

    async def body(client: TestClient) -> None:
        await joined(client)
        for request in (
            client.post("/api/answer", json=TODAY, headers=headers),
            client.get("/api/state", headers=headers),
        ):
            response = await request
            assert response.status == 401 and (await response.json())["error"] == "token"

    run(server, body)
    assert received == [] and server.answers == {}


def at(capital: str) -> bytes:
    """A matrix answer with `capital` written as it stands (NaN and 1e999 are not JSON's)."""
    return (
        b'{"question":"matrix.today","position":{"capital_per_capita":'
        + capital.encode()
        + b',"proactivity":0}}'
    )


WEIGHTS = {"finansiaren": 1, "utforaren": 1, "natverkaren": 0, "kapacitetsbyggaren": 0}
BAD_ANSWERS: list[tuple[str, bytes, int]] = [
    ("malformed JSON", b'{"question": "matrix.today", "position": {', 400),
    ("not JSON at all", b"\x00\xff\xfe", 400),
    ("NaN", at("NaN"), 400),
    ("infinity", at("1e999"), 400),
    ("out of range", at("1.5"), 400),
    ("unknown question", b'{"question":"salary","value":1}', 400),
    ("unknown field", b'{"question":"keys","scores":{"politik":3},"admin":true}', 400),
    ("a score of 6", b'{"question":"keys","scores":{"politik":6}}', 400),
    ("an unknown key", b'{"question":"keys","scores":{"pengar":3}}', 400),
    (
        "weights not adding up",
        json.dumps({"question": "roles.today", "weights": WEIGHTS}).encode(),
        400,
    ),
    ("a closed question", b'{"question":"dots","targets":[]}', 409),
    ("an array", b"[1, 2, 3]", 400),
]


@pytest.mark.parametrize(("what", "raw", "status"), BAD_ANSWERS, ids=[b[0] for b in BAD_ANSWERS])
def test_bad_answers_are_refused_and_change_nothing(what: str, raw: bytes, status: int) -> None:
    server, received, _clock = room()

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        headers = {**auth, "Content-Type": "application/json"}
        response = await client.post("/api/answer", data=raw, headers=headers)
        assert response.status == status, what
        reply = await response.json()
        assert reply["error"] and reply["message"]
        assert "1e999" not in reply["message"] and "admin" not in reply["message"]  # no echo
        # The phone is still in the room and can answer properly.
        assert (await client.post("/api/answer", json=TODAY, headers=auth)).status == 200

    run(server, body)
    assert [r.answer.question for r in received] == [Question.MATRIX_TODAY]


def test_an_oversized_body_and_a_wrong_content_type_are_refused() -> None:
    server, received, _clock = room()

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        big = json.dumps({**TODAY, "padding": "x" * (MAX_BODY * 4)})
        response = await client.post(
            "/api/answer", data=big, headers={**auth, "Content-Type": "application/json"}
        )
        assert response.status == 413
        response = await client.post(
            "/api/answer", data=json.dumps(TODAY), headers={**auth, "Content-Type": "text/plain"}
        )
        assert response.status == 415

    run(server, body)
    assert received == []


def test_a_flood_is_cut_off_and_the_room_stays_open() -> None:
    server, received, clock = room()

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        statuses = [
            (await client.post("/api/answer", json=TODAY, headers=auth)).status
            for _ in range(int(REQUEST_BURST) + 10)
        ]
        assert statuses.count(200) == REQUEST_BURST and statuses.count(429) == 10
        other = await joined(client)  # another phone is not held up by the flood
        assert (await client.post("/api/answer", json=TODAY, headers=other)).status == 200
        clock.now += 5  # the flooder may answer again after a pause
        assert (await client.post("/api/answer", json=TODAY, headers=auth)).status == 200

    run(server, body)
    assert len(received) == REQUEST_BURST + 2


def test_a_full_room_says_so() -> None:
    server, _received, _clock = room()
    server.guard.max_participants = 2

    async def body(client: TestClient) -> None:
        await joined(client)
        await joined(client)
        response = await client.post("/api/join", json={"code": CODE})
        assert response.status == 503 and (await response.json())["error"] == "full"

    run(server, body)


def test_by_group_the_phone_is_asked_for_its_group() -> None:
    server, received, _clock = room(
        by=AnsweredBy.GROUP, groups=(("a", "Grupp A"), ("b", "Grupp B"))
    )

    async def body(client: TestClient) -> None:
        response = await client.post("/api/join", json={"code": CODE})
        reply = await response.json()
        assert response.status == 400 and reply["error"] == "group"
        assert [g["name"] for g in reply["groups"]] == ["Grupp A", "Grupp B"]
        bad = await client.post("/api/join", json={"code": CODE, "group": "zz"})
        assert bad.status == 400
        auth = await joined(client, group="b")
        await client.post("/api/answer", json=TODAY, headers=auth)

    run(server, body)
    assert received[0].participant.group == "b"


def test_a_phone_says_its_side_only_when_asked_and_only_as_one_of_the_two() -> None:
    """Elected member, official or rather not (issue #37): anything else is refused; a room
    that does not ask records no side, whatever a phone sends."""
    server, received, _clock = room(ask_side=True)

    async def body(client: TestClient) -> None:
        asked = await client.post("/api/room", json={"code": CODE})
        assert (await asked.json())["side"] is True
        for side in ("mayor", "ELECTED", "x" * 17, 5):
            bad = await client.post("/api/join", json={"code": CODE, "side": side})
            assert bad.status == 400, side
        auth = await joined(client, side="officials")
        await client.post("/api/answer", json=TODAY, headers=auth)
        silent = await joined(client)  # would rather not say
        await client.post("/api/answer", json=TODAY, headers=silent)

    run(server, body)
    assert [r.participant.side for r in received] == [Side.OFFICIALS, None]

    server, received, _clock = room()

    async def not_asked(client: TestClient) -> None:
        auth = await joined(client, side="elected")
        await client.post("/api/answer", json=TODAY, headers=auth)

    run(server, not_asked)
    assert received[0].participant.side is None


def test_dots_only_on_the_targets_and_no_more_than_given() -> None:
    server, received, _clock = room(targets=(("t1", "Plan"), ("t2", "Kompetens")), dots=1)
    server.view = RoomView(
        open=frozenset({Question.DOTS}), targets=(("t1", "Plan"), ("t2", "Kompetens")), dots=1
    )

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        for targets, status in ((["t1", "t2"], 400), (["nope"], 400), (["t1", "t1"], 400)):
            reply = await client.post(
                "/api/answer", json={"question": "dots", "targets": targets}, headers=auth
            )
            assert reply.status == status, targets
        ok = await client.post(
            "/api/answer", json={"question": "dots", "targets": ["t2"]}, headers=auth
        )
        assert ok.status == 200

    run(server, body)
    assert len(received) == 1


def test_the_page_is_served_from_memory_with_strict_headers() -> None:
    server, _received, _clock = room()

    async def body(client: TestClient) -> None:
        page = await client.get("/")
        assert page.status == 200 and "room.js" in await page.text()
        assert "default-src 'none'" in page.headers["Content-Security-Policy"]
        assert page.headers["X-Content-Type-Options"] == "nosniff"
        script = await client.get("/room.js")
        assert script.content_type == "text/javascript"
        for path in ("/../pyproject.toml", "/resources/room/room.js", "/%2e%2e/etc/passwd"):
            missing = await client.get(path)
            assert missing.status == 404, path
            assert missing.headers["Content-Security-Policy"]

    run(server, body)


def test_it_listens_only_where_asked_and_stops() -> None:
    server, _received, _clock = room()
    host, port = server.start("127.0.0.1", 0)
    try:
        assert host == "127.0.0.1" and port > 0 and server.running
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as page:
            assert page.status == 200
    finally:
        server.stop()
    assert not server.running
    with pytest.raises(OSError):
        urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2)


def test_an_address_it_cannot_have_is_said() -> None:
    server, _received, _clock = room()
    with pytest.raises(OSError):
        server.start("203.0.113.9", 0)  # not this machine's (TEST-NET-3)
    assert not server.running


def test_participants_are_known_by_a_random_id_never_their_token() -> None:
    server, _received, _clock = room(by=AnsweredBy.NICKNAME)

    async def body(client: TestClient) -> None:
        refused = await client.post("/api/join", json={"code": CODE, "nickname": "   "})
        assert (await refused.json())["error"] == "nickname"
        await joined(client, nickname="Anna")

    run(server, body)
    (participant,) = server.participants.values()
    assert isinstance(participant, Participant) and participant.nickname == "Anna"
    assert participant.id not in server.guard.tokens  # the id is not the token


def _recorded(server: RoomServer, received: list[Received]) -> None:
    """What the window does with what arrived: records it and publishes the board."""
    room = RoomRecord()
    for got in received:
        if isinstance(got.answer, Idea):
            room = record_idea(room, got.participant, got.answer)
        elif isinstance(got.answer, Upvote):
            room = record_upvote(room, got.participant, got.answer)
    server.set_board(idea_board(room, ()))


def test_a_phone_sends_at_most_its_ideas_and_upvotes_only_others() -> None:
    """Past MAX_IDEAS_EACH an idea is refused with a plain message (the page keeps its text),
    never dropped unseen; a phone upvotes another's idea, not its own, and sees who sent none."""
    server, received, _clock = room()
    server.view = RoomView(open=frozenset({Question.IDEAS}))

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        for n in range(MAX_IDEAS_EACH):
            sent = await client.post(
                "/api/idea", json={"question": "ideas", "text": f"Idé {n}"}, headers=auth
            )
            assert sent.status == 200
        more = await client.post(
            "/api/idea", json={"question": "ideas", "text": "En till"}, headers=auth
        )
        assert more.status == 409 and (await more.json())["error"] == "enough"
        _recorded(server, received)
        other = await joined(client)
        state = await (await client.get("/api/state", headers=other)).json()
        assert [i["text"] for i in state["ideas"]] == [f"Idé {n}" for n in range(MAX_IDEAS_EACH)]
        assert "p-" not in json.dumps(state["ideas"])  # never who sent one
        first = state["ideas"][0]["id"]
        assert (await client.post("/api/upvote", json={"idea": first}, headers=other)).ok
        own = await client.post("/api/upvote", json={"idea": first}, headers=auth)
        assert own.status == 409 and (await own.json())["error"] == "own-idea"
        gone = await client.post("/api/upvote", json={"idea": "idea-nowhere"}, headers=other)
        assert gone.status == 409
        state = await (await client.get("/api/state", headers=other)).json()
        assert state["voted"] == [first] and state["mine"] == []
        mine = await (await client.get("/api/state", headers=auth)).json()
        assert len(mine["mine"]) == MAX_IDEAS_EACH and mine["voted"] == []
        _recorded(server, received)  # the window records the upvote: the board shows it
        state = await (await client.get("/api/state", headers=other)).json()
        assert state["ideas"][0]["votes"] == 1 and state["voted"] == [first]
        # A look that saw the latest ideas is not sent them again (the room's wire stays
        # light); its own and its upvotes always.
        server.set_view(server.view)  # something else changed: "now", say
        seen = await client.get(f"/api/state?after={state['version']}", headers=other)
        assert "ideas" not in await seen.json()
        server.view = RoomView(open=frozenset())  # closed: no more ideas, none shown
        closed = await client.post(
            "/api/idea", json={"question": "ideas", "text": "Sent"}, headers=other
        )
        assert closed.status == 409
        assert (await (await client.get("/api/state", headers=other)).json())["ideas"] == []

    run(server, body)
    assert len(received) == MAX_IDEAS_EACH + 1


def test_under_review_an_idea_reaches_the_other_phones_when_the_facilitator_shows_it() -> None:
    """The facilitator reviews the ideas: a phone's new idea waits, on its own phone marked
    so (with its words), on no other; it cannot be upvoted; shown, every phone sees it."""
    server, received, _clock = room()
    server.view = RoomView(open=frozenset({Question.IDEAS}))

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        other = await joined(client)
        sent = await client.post(
            "/api/idea", json={"question": "ideas", "text": "Ett RUS-forum"}, headers=auth
        )
        assert sent.status == 200
        room_ = record_idea(RoomRecord(), received[0].participant, received[0].answer)  # type: ignore[arg-type]
        idea = room_.ideas[0].id
        server.set_board(idea_board(room_, (), waiting={idea}))
        theirs = await (await client.get("/api/state", headers=other)).json()
        assert theirs["ideas"] == [] and theirs["waiting"] == []
        mine = await (await client.get("/api/state", headers=auth)).json()
        assert mine["ideas"] == [] and mine["mine"] == []
        assert mine["waiting"] == [{"id": idea, "text": "Ett RUS-forum", "kind": "action"}]
        refused = await client.post("/api/upvote", json={"idea": idea}, headers=other)
        assert refused.status == 409 and (await refused.json())["error"] == "no-idea"
        server.set_board(idea_board(room_, ()))  # shown to the room
        theirs = await (await client.get("/api/state", headers=other)).json()
        assert [i["text"] for i in theirs["ideas"]] == ["Ett RUS-forum"]
        mine = await (await client.get("/api/state", headers=auth)).json()
        assert mine["waiting"] == [] and mine["mine"] == [idea]

    run(server, body)


def test_the_facilitators_own_question_takes_only_answers_that_fit_it() -> None:
    asked = OwnQuestion(id="own-1", text="Vilken?", kind=OwnKind.CHOICE, options=("A", "B"))
    server, received, _clock = room()
    server.view = RoomView(open=frozenset({Question.OWN}), own=asked)

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        state = await (await client.get("/api/state", headers=auth)).json()
        assert state["view"]["own"] == {
            "id": "own-1",
            "text": "Vilken?",
            "kind": "choice",
            "options": ["A", "B"],
        }
        for bad in (
            {"question": "own", "asks": "own-1", "choice": 2},  # no third choice
            {"question": "own", "asks": "own-1", "score": 3},  # not a scale
            {"question": "own", "asks": "own-2", "choice": 0},  # not asked
        ):
            assert (await client.post("/api/answer", json=bad, headers=auth)).status == 409
        good = {"question": "own", "asks": "own-1", "choice": 1}
        assert (await client.post("/api/answer", json=good, headers=auth)).ok
        state = await (await client.get("/api/state", headers=auth)).json()
        assert state["answers"]["own:own-1"]["choice"] == 1

    run(server, body)
    (got,) = received
    assert isinstance(got.answer, OwnAnswer) and got.answer.choice == 1


def test_a_waiting_look_is_answered_at_once_when_a_question_closes() -> None:
    """The phones' long poll: a look that has seen the latest version waits, and a question
    closed answers it at once (not at the next poll); a look with an old version does not wait."""
    server, _received, _clock = room()

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        seen = (await (await client.get("/api/state", headers=auth)).json())["version"]
        loop = asyncio.get_running_loop()
        started = loop.time()
        waiting = asyncio.ensure_future(client.get(f"/api/state?after={seen}", headers=auth))
        await asyncio.sleep(0.3)
        assert not waiting.done()  # nothing changed: it waits
        server.set_view(RoomView(open=frozenset({Question.KEYS})))  # the matrix closes
        state = await (await waiting).json()
        assert state["view"]["open"] == ["keys"] and state["version"] != seen
        assert loop.time() - started < 3  # at once, well before the wait's end
        stale = await client.get("/api/state?after=0", headers=auth)  # an old version
        assert stale.ok
        for odd in ("?after=-1", "?after=x", "?after=" + "9" * 40):
            assert (await client.get("/api/state" + odd, headers=auth)).ok  # never waits

    run(server, body)


def _has_ipv6_loopback() -> bool:
    import socket

    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _has_ipv6_loopback(), reason="this machine has no IPv6 loopback")
def test_it_serves_a_room_on_ipv6_too() -> None:
    """On an IPv6 interface: the address in brackets, a phone joins and answers."""
    server, received, _clock = room()
    host, port = server.start("::1", 0)
    try:
        address = join_address(host, port)
        assert address == f"http://[::1]:{port}/"
        join = urllib.request.Request(
            address + "api/join",
            data=json.dumps({"code": CODE}).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(join, timeout=5) as response:
            token = json.loads(response.read())["token"]
        send = urllib.request.Request(
            address + "api/answer",
            data=json.dumps(TODAY).encode(),
            headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        )
        urllib.request.urlopen(send, timeout=5).close()
    finally:
        server.stop()
    assert len(received) == 1


def test_an_ipv6_phone_is_counted_by_its_network() -> None:
    """A phone may take a new IPv6 address within its /64 at will: wrong codes count against
    the network, so a new address does not escape the lock-out; an IPv4 address written as
    IPv6 is the IPv4 address; what cannot be read is one unknown client."""
    assert client_of("2001:db8:1:2::5") == client_of("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert client_of("2001:db8:1:3::5") != client_of("2001:db8:1:2::5")
    assert client_of("::ffff:192.0.2.7") == client_of("192.0.2.7") == "192.0.2.7"
    assert client_of("fe80::1%wlan0") == "fe80::/64"
    assert client_of(None) == client_of("not an address") == "?"
    clock = Clock()
    guard = RoomGuard(code=CODE, clock=clock)
    for n in range(WRONG_CODES):
        guard.check_code(client_of(f"2001:db8:1:2::{n + 1:x}"), "000000")
    assert not guard.may_join(client_of("2001:db8:1:2::abcd"))  # a fresh address, same network
    assert guard.may_join(client_of("2001:db8:9:9::1"))  # another network


def test_the_page_bounds_what_is_typed_as_the_model_does() -> None:
    """The page stops typing where the model would refuse: a nickname's, an idea's and a
    word's length (a phone never types what the room then refuses)."""
    from regionroll_desktop.model.room import MAX_IDEA, MAX_NICKNAME, MAX_WORD

    page = participant_page()
    html, script = page["/"][0].decode(), page["/room.js"][0].decode()
    assert f'id="nickname" name="nickname" maxlength="{MAX_NICKNAME}"' in html
    assert f"text.maxLength = {MAX_IDEA};" in script
    assert f"input.maxLength = {MAX_WORD};" in script


def test_nothing_of_the_server_is_loaded_until_a_session_starts() -> None:
    """The window's modules load none of aiohttp, segno or psutil: a start-up pays nothing
    for a room session that is never started (issue #32)."""
    import subprocess
    import sys

    probe = (
        "import sys; import regionroll_desktop.app.main_window; "
        "print(sorted(m for m in ('aiohttp', 'segno', 'psutil') if m in sys.modules))"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        timeout=120,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        check=True,
    )
    assert done.stdout.strip() == "[]"


def test_one_device_cannot_fill_the_room_or_stuff_the_ballot() -> None:
    """The attack: 195 'phones' from one address in five seconds. Now a few phones per
    address join (the facilitator may allow more), the rest are told why in words, a
    join-rate refusal is not a wrong-code lock-out, and a phone taken out stops counting
    (issue #32)."""
    server, _received, _clock = room()
    server.guard.loopback_unlimited = False  # the test client comes from 127.0.0.1

    async def body(client: TestClient) -> None:
        joined = []
        for _ in range(6):
            response = await client.post("/api/join", json={"code": CODE})
            joined.append((response.status, (await response.json()).get("error")))
        assert joined == [(200, None)] * 4 + [(403, "address")] * 2
        assert server.guard.shared() == {"127.0.0.1": 4}
        server.guard.max_per_address = 5  # the facilitator allows one more (a router)
        assert (await client.post("/api/join", json={"code": CODE})).status == 200
        one = next(iter(server.participants))
        server.forget(one)
        assert server.guard.phones_from("127.0.0.1") == 4
        assert (await client.post("/api/join", json={"code": CODE})).status == 200

    run(server, body)


def test_a_join_rate_refusal_is_not_a_wrong_code_lock_out() -> None:
    server, _received, clock = room()
    server.guard.loopback_unlimited = True

    async def body(client: TestClient) -> None:
        errors = set()
        for _ in range(130):  # faster than the join rate allows
            response = await client.post("/api/join", json={"code": CODE})
            if response.status != 200:
                errors.add((response.status, (await response.json())["error"]))
        assert errors == {(429, "busy")}
        clock.now += 60  # the join rate's bucket fills again
        for _ in range(5):
            await client.post("/api/join", json={"code": "000000"})
        response = await client.post("/api/join", json={"code": CODE})
        assert (response.status, (await response.json())["error"]) == (429, "locked")

    run(server, body)


@pytest.mark.parametrize(
    "answer",
    [
        {"question": "keys", "scores": {"politik": True}},
        {"question": "keys", "scores": {"politik": "4"}},
        {"question": "matrix.today", "position": {"capital_per_capita": "0.5", "proactivity": 0}},
        {"question": "dots", "targets": "a1"},
    ],
)
def test_lax_types_are_refused(answer: dict[str, Any]) -> None:
    """A bool is not a score and a string is not a number (issue #32)."""
    server, received, _clock = room()

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        response = await client.post("/api/answer", json=answer, headers=auth)
        assert response.status == 400 and (await response.json())["error"] == "invalid"

    run(server, body)
    assert not received


def test_the_join_form_learns_what_the_room_asks_for_from_the_code() -> None:
    server, _received, _clock = room(
        by=AnsweredBy.GROUP, groups=(("g1", "Grupp A"), ("g2", "Grupp B"))
    )

    async def body(client: TestClient) -> None:
        response = await client.post("/api/room", json={"code": CODE})
        assert response.status == 200
        assert await response.json() == {
            "by": "group",
            "groups": [{"id": "g1", "name": "Grupp A"}, {"id": "g2", "name": "Grupp B"}],
            "title": "",
            "side": False,  # whether a phone is asked for its side (issue #37)
        }
        for _ in range(5):  # wrong codes count towards the lock-out here too
            assert (await client.post("/api/room", json={"code": "000000"})).status == 403
        response = await client.post("/api/room", json={"code": CODE})
        assert response.status == 429 and (await response.json())["error"] == "locked"

    run(server, body)


def test_a_request_for_another_host_is_refused() -> None:
    """DNS rebinding: a page on another name that resolves to this address is refused."""
    import urllib.error
    import urllib.request

    server, _received, _clock = room()
    host, port = server.start("127.0.0.1")
    try:
        ours = urllib.request.Request(f"http://{host}:{port}/")
        with urllib.request.urlopen(ours, timeout=5) as response:
            assert response.status == 200
        theirs = urllib.request.Request(f"http://{host}:{port}/", headers={"Host": "evil.example"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(theirs, timeout=5)
        with refused.value as error:
            assert error.code == 421 and error.headers["X-Frame-Options"] == "DENY"
    finally:
        server.stop()


def test_a_phone_says_ready_once_per_round_asked() -> None:
    """ "Klar?" (issue #38): a phone's thumbs-up counts once, for the round asked now only;
    anything else is refused in words, and the count starts anew with the next asking."""
    server, _received, _clock = room(ready_round=1)

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        other = await joined(client)
        state = await (await client.get("/api/state", headers=auth)).json()
        assert state["view"]["ready_round"] == 1 and state["ready"] is False
        for bad in ({"round": 2}, {"round": "1"}, {"round": 0}, {"round": 1, "x": 1}):
            reply = await client.post("/api/ready", json=bad, headers=auth)
            assert reply.status in (400, 409), bad
        assert (await client.post("/api/ready", json={"round": 1})).status == 401  # no token
        for _ in range(2):  # twice from one phone: counted once
            assert (await client.post("/api/ready", json={"round": 1}, headers=auth)).ok
        assert server.ready_count() == 1
        assert (await (await client.get("/api/state", headers=auth)).json())["ready"] is True
        server.view = RoomView(open=server.view.open, ready_round=2)  # asked again
        assert server.ready_count() == 0
        assert (await client.post("/api/ready", json={"round": 2}, headers=other)).ok
        assert server.ready_count() == 1

    run(server, body)


@pytest.mark.parametrize(
    ("path", "raw"),
    [
        ("/api/idea", {"question": "ideas", "text": "x" * 141}),
        ("/api/idea", {"question": "ideas", "text": "\u200b\u200b"}),
        ("/api/idea", {"question": "ideas", "text": "Hej", "kind": "spam"}),
        ("/api/idea", {"question": "ideas", "text": "Hej", "id": "idea-mine"}),
        ("/api/idea", {"question": "keys", "text": "Hej"}),
        ("/api/upvote", {"idea": 5}),
        ("/api/upvote", {"idea": "idea-1", "up": "yes"}),
        ("/api/upvote", {"idea": "idea-1", "votes": 100}),
        ("/api/upvote", {"idea": "x" * 10_000}),
    ],
)
def test_hostile_ideas_and_upvotes_are_refused(path: str, raw: dict[str, Any]) -> None:
    """An idea or an upvote the model would refuse is refused in words, and nothing reaches
    the window: too long, nothing to read, an unknown kind, an id of the phone's choosing, a
    vote count of its own."""
    server, received, _clock = room()
    server.view = RoomView(open=frozenset({Question.IDEAS}))

    async def body(client: TestClient) -> None:
        auth = await joined(client)
        reply = await client.post(path, json=raw, headers=auth)
        assert reply.status in (400, 413), await reply.text()
        assert "error" in await reply.json()

    run(server, body)
    assert received == []
