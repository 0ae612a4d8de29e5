"""A workshop with every count at its limit (model/limits.py), made with the app's own edits
from the shipped example: the most a workshop may hold, for the benchmark row at the limits
and the tests that open, edit and export it. Names and notes are of a long but real length;
the counts are what the limits bound."""

from __future__ import annotations

import datetime as dt
import math

from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.model import (
    CONSEQUENCE_STEPS,
    ROOM_MARKER,
    Branch,
    CapitalNumbers,
    Key,
    Moment,
    NotePin,
    PinKind,
    Side,
    Step,
    StrategyKind,
    Workshop,
    limits,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    MATRIX_QUESTIONS,
    MAX_COMMENT,
    MAX_COMMENTS_EACH,
    MAX_NICKNAME,
    MAX_PARTICIPANTS,
    ROLES_QUESTIONS,
    CommentAnswer,
    DotsAnswer,
    KeysAnswer,
    MatrixAnswer,
    Participant,
    Question,
    RolesAnswer,
    RoomRecord,
    record_answer,
)
from regionroll_desktop.model.workshop import MAX_MSEK, MatrixPosition, OtherRole, RoleWeights
from regionroll_desktop.resources import resource
from regionroll_desktop.storage import load_workshop

NOTE = ("Rummet diskuterade länge hur ansvaret ska delas mellan regionen och kommunerna. " * 25)[
    :2000
]


def _fill(workshop: Workshop) -> Workshop:
    """The example with every list filled to its limit (without snapshots)."""
    w = workshop
    for n in range(len(w.details.groups), limits.MAX_GROUPS):
        w = e.add_group(w, f"Grupp {n + 1} – kommunernas och regionens tjänstepersoner")
    for n, group in enumerate(w.details.groups):
        angle = 2 * math.pi * n / limits.MAX_GROUPS
        for moment, r in ((Moment.TODAY, 0.4), (Moment.AMBITION, 0.7)):
            x, y = round(r * math.cos(angle), 3), round(r * math.sin(angle), 3)
            position = MatrixPosition(capital_per_capita=x, proactivity=y)
            w = e.set_group_position(w, group.id, moment, position)
            weights = RoleWeights(
                finansiaren=0.1 + 0.2 * (n % 2),
                utforaren=0.2,
                natverkaren=0.4 - 0.2 * (n % 2),
                kapacitetsbyggaren=0.3,
            )
            w = e.set_group_roles(w, group.id, moment, weights)
    org = w.organisation
    for n in range(len(org.political_bodies), limits.MAX_POLITICAL_BODIES):
        w = e.add_political_body(w, f"Nämnd {n} för regional utveckling och kultur", f"pol{n}")
    for n in range(len(org.administrative_bodies), limits.MAX_ADMINISTRATIVE_BODIES):
        w = e.add_administrative_body(w, f"Förvaltning {n} för regional utveckling", f"adm{n}")
    kinds = list(StrategyKind)
    branches = list(Branch)
    for n in range(len(w.strategy.documents), limits.MAX_DOCUMENTS):
        w = e.add_document(
            w,
            f"Strategi {n} för hållbar tillväxt och kompetensförsörjning i länet",
            kinds[n % len(kinds)],
            2015 + n % 10,
            tuple(branches[n % len(branches) : n % len(branches) + 2]),
            f"doc{n}",
        )
    ids = [d.id for d in w.strategy.documents]
    existing = {(lk.document, lk.source) for lk in w.strategy.links}
    candidates = [
        (ids[j], ids[k]) for j in range(1, len(ids)) for k in (j - 1, j // 2, j // 3) if k < j
    ]
    for document, source in candidates:
        if len(w.strategy.links) >= limits.MAX_LINKS:
            break
        if (document, source) not in existing and (source, document) not in existing:
            existing.add((document, source))
            try:
                w = e.add_link(w, document, source)
            except e.EditError:
                continue  # a link the rules refuse (a cycle): the next one
    for n in range(len(w.strategy.focus_areas), limits.MAX_FOCUS_AREAS):
        w = e.add_focus_area(w, f"Prioritering {n}: digital infrastruktur och kompetens")
    # Each priority with the deck's two tests (some), every branch and its most documents.
    carried = tuple(d.id for d in w.strategy.documents[: limits.MAX_PRIORITY_DOCUMENTS])
    for n, area in enumerate(w.strategy.focus_areas):
        w = e.update_focus_area(
            w,
            area.id,
            political=n % 2 == 0,
            samhandling=n % 3 == 0,
            branches=tuple(Branch),
            documents=carried,
        )
    for n in range(len(w.outcome.actions), limits.MAX_ACTIONS):
        w = e.add_action(
            w,
            f"Åtgärd {n}: ta fram ett underlag om regionens roll",
            f"act{n}",
            who="Regionala utvecklingsförvaltningen",
            due=dt.date(2027, 1 + n % 12, 1),
            step=list(Step)[n % len(Step)],
        )
    for n in range(len(w.outcome.parked), limits.MAX_PARKED):
        w = e.park_question(w, f"Fråga {n}: hur följer vi upp det här?", list(Step)[n % 4])
    for step in Step:
        w = e.set_note(w, step, NOTE)
        w = e.set_conclusion(w, step, text=NOTE)
    for key in Key:
        w = e.set_key(w, key, score=3, note=NOTE)
    for step in CONSEQUENCE_STEPS:
        w = e.set_consequence(w, step, NOTE)
    w = e.set_capital_numbers(
        w,
        CapitalNumbers(
            year=2026,
            source="Regionens årsredovisning och budget för regional utveckling " * 5,
            anslag=limits_msek(0.2),
            own_funds=limits_msek(0.3),
            external_funds=limits_msek(0.5),
            distributed_share=55,
        ),
    )
    sides = (Side.ELECTED, Side.OFFICIALS, None)
    for n, group in enumerate(w.details.groups):
        w = e.update_group(w, group.id, side=sides[n % 3])
    return _stick_notes(e.set_details(w, participants=NOTE))


def limits_msek(share: float) -> float:
    """A share of the largest amount a field takes, in million kronor."""
    return round(MAX_MSEK * share, 1)


def _room(w: Workshop) -> Workshop:
    """A room session at its limits: every phone, each known by a nickname of the longest
    length, answers every question (its dots on as many targets as a phone may) and leaves
    its most comments, each of the longest length."""
    room = RoomRecord()
    targets = tuple(a.id for a in w.outcome.actions[: limits.MAX_DOTS])
    for n in range(MAX_PARTICIPANTS):
        phone = Participant(
            id=f"phone-{n:04d}",
            nickname=f"{n:04d} " + "Ö" * (MAX_NICKNAME - 5),
            side=(Side.ELECTED, Side.OFFICIALS, None)[n % 3],  # the room asked
        )
        turn = 2 * math.pi * n / MAX_PARTICIPANTS
        for moment, r in ((Moment.TODAY, 0.3), (Moment.AMBITION, 0.6)):
            position = MatrixPosition(
                capital_per_capita=round(r * math.sin(turn), 3),
                proactivity=round(r * math.cos(turn), 3),
            )
            room = record_answer(
                room, phone, MatrixAnswer(question=MATRIX_QUESTIONS[moment], position=position)
            )
            weights = weights_at(0.5 + r / 2 * math.cos(turn), 0.5 + r / 2 * math.sin(turn))
            room = record_answer(
                room, phone, RolesAnswer(question=ROLES_QUESTIONS[moment], weights=weights)
            )
        scores = {key: 1 + (n + k) % 5 for k, key in enumerate(Key)}
        room = record_answer(room, phone, KeysAnswer(question=Question.KEYS, scores=scores))
        room = record_answer(room, phone, DotsAnswer(question=Question.DOTS, targets=targets))
        for c in range(MAX_COMMENTS_EACH):
            text = (f"Kommentar {c} från telefon {n}: " + NOTE)[:MAX_COMMENT]
            comment = CommentAnswer(question=Question.COMMENT, text=text, step=list(Step)[c])
            room = record_answer(room, phone, comment)
    return w.model_copy(update={"room": room})


def _stick_notes(w: Workshop) -> Workshop:
    """Sticky notes to their limit, on all four canvases: every other one pinned (to a body,
    a card, the workshop's or a group's marker), every third in a group's colour."""
    org, groups = w.organisation, w.details.groups
    pins = {
        Step.ORGANISATION: [
            NotePin(kind=PinKind.BODY, item=b.id)
            for b in (*org.political_bodies, *org.administrative_bodies)
        ],
        Step.STRATEGI: [NotePin(kind=PinKind.CARD, item=d.id) for d in w.strategy.documents],
        Step.FINANSIERING: [
            NotePin(kind=PinKind.MARKER, item=g.group, moment=g.moment) for g in w.financing.groups
        ],
        Step.GENOMFORANDEPRAKTIK: [
            NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=m) for m in Moment
        ],
    }
    for n in range(limits.MAX_STICKY_NOTES):
        step = list(Step)[n % len(Step)]
        on = pins[step]
        w = e.add_sticky_note(
            w,
            step,
            f"Lapp {n}: vem tar ansvar för det här, och när?",
            x=(n * 0.137) % 1.0,
            y=(n * 0.291) % 1.0,
            group=groups[n % len(groups)].id if n % 3 == 0 else None,
            pin=on[n % len(on)] if n % 2 == 0 and on else None,
        )
    return w


def workshop_at_limits(snapshots: int = limits.MAX_SNAPSHOTS) -> Workshop:
    """The example at every limit, with `snapshots` snapshots of it: the last of them taken
    after the room answered, as many as keep the most of its answers the snapshots may."""
    w = _fill(load_workshop(resource("samples", "exempel.regionroll.json")))
    w = w.model_copy(update={"snapshots": ()})
    full = _room(w).room
    with_room = min(snapshots, limits.MAX_SNAPSHOT_ROOM_ANSWERS // len(full.answers))
    start = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)
    for n in range(snapshots):
        if n == snapshots - with_room:
            w = w.model_copy(update={"room": full})
        w = e.take_snapshot(w, f"Ögonblicksbild {n + 1}", start + dt.timedelta(minutes=5 * n))
    return w.model_copy(update={"room": full})


# The widest character a text can hold: four bytes in the file (UTF-8, as the file is written).
WIDEST = "😀"
_TEXT_FIELDS = {"members", "participants", "note"}  # Text; every other text is a Name
_NAME_FIELDS = {"name", "title", "place", "facilitator", "what", "who", "text", "nickname"}


def _widest(data: object, parent: str = "") -> object:
    """`data` (a workshop as JSON data) with every text at its full length in the widest
    characters: what the model's limits let one workshop weigh in bytes."""
    if isinstance(data, list):
        return [_widest(item, parent) for item in data]
    if not isinstance(data, dict):
        return data
    out: dict[str, object] = {}
    for key, value in data.items():
        numbers_source = key == "source" and parent == "numbers"  # (a link's is an id)
        if isinstance(value, str) and (
            key in _TEXT_FIELDS or key in _NAME_FIELDS or numbers_source
        ):
            if parent == "answer":
                length = MAX_COMMENT
            elif key in _TEXT_FIELDS or (
                key == "text" and parent in ("conclusions", "consequences")
            ):
                length = limits.MAX_TEXT
            else:
                length = limits.MAX_NAME
            out[key] = WIDEST * length
        else:
            out[key] = _widest(value, key)
    return out


def workshop_at_fullest() -> Workshop:
    """One workshop state (no snapshots) at every count's limit, its room full, another role
    named, and every text at its full length in four-byte characters: the most bytes the
    model lets one state take in a file (model/limits.py MAX_STATE_BYTES)."""
    w = _fill(load_workshop(resource("samples", "exempel.regionroll.json")))
    w = _room(w.model_copy(update={"snapshots": ()}))
    w = e.set_other_role(w, OtherRole(name="En roll till", today=10, ambition=20))
    return Workshop.model_validate(_widest(w.model_dump(mode="json")))
