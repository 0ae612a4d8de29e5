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
    IdeaFate,
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
    MAX_IDEA,
    MAX_IDEAS_EACH,
    MAX_NICKNAME,
    MAX_OPTION,
    MAX_OPTIONS,
    MAX_PARTICIPANTS,
    MAX_UPVOTES_EACH,
    MAX_WORD,
    MAX_WORDS_EACH,
    ROLES_QUESTIONS,
    Answer,
    DotsAnswer,
    Idea,
    IdeaKind,
    KeysAnswer,
    MatrixAnswer,
    OwnAnswer,
    OwnKind,
    OwnQuestion,
    Participant,
    ParticipantAnswer,
    Question,
    RolesAnswer,
    RoomRecord,
)
from regionroll_desktop.model.workshop import (
    MAX_MSEK,
    HandledIdea,
    MatrixPosition,
    OtherRole,
    RoleWeights,
)
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


def _own_questions() -> tuple[OwnQuestion, ...]:
    """The facilitator's own questions to their limit, of every kind (each choice with its
    most options)."""
    kinds = tuple(OwnKind)
    return tuple(
        OwnQuestion(
            id=f"own-{n:02d}",
            text=f"Egen fråga {n}: hur ser rummet på regionens roll i kompetensfrågan?",
            kind=kinds[n % len(kinds)],
            options=tuple((f"Alternativ {o}: " + NOTE)[:MAX_OPTION] for o in range(MAX_OPTIONS))
            if kinds[n % len(kinds)] is OwnKind.CHOICE
            else (),
        )
        for n in range(limits.MAX_OWN_QUESTIONS)
    )


def _room(w: Workshop) -> Workshop:
    """A room session at its limits: every phone, each known by a nickname of the longest
    length, answers every question (its dots on as many targets as a phone may) and every
    one of the facilitator's own questions (a word wall with its most words); the room sends
    its most ideas, each of the longest length, every phone upvotes its most, and the
    facilitator has made something of every idea."""
    targets = tuple(a.id for a in w.outcome.actions[: limits.MAX_DOTS])
    own = _own_questions()
    phones: list[Participant] = []
    answers: list[ParticipantAnswer] = []
    when = dt.datetime(2026, 11, 27, 10, 0, tzinfo=dt.UTC)

    def answer(phone: Participant, given: Answer) -> None:
        answers.append(ParticipantAnswer(participant=phone.id, answer=given, at=when))

    for n in range(MAX_PARTICIPANTS):
        phone = Participant(
            id=f"phone-{n:04d}",
            nickname=f"{n:04d} " + "Ö" * (MAX_NICKNAME - 5),
            side=(Side.ELECTED, Side.OFFICIALS, None)[n % 3],  # the room asked
        )
        phones.append(phone)
        turn = 2 * math.pi * n / MAX_PARTICIPANTS
        for moment, r in ((Moment.TODAY, 0.3), (Moment.AMBITION, 0.6)):
            position = MatrixPosition(
                capital_per_capita=round(r * math.sin(turn), 3),
                proactivity=round(r * math.cos(turn), 3),
            )
            answer(phone, MatrixAnswer(question=MATRIX_QUESTIONS[moment], position=position))
            weights = weights_at(0.5 + r / 2 * math.cos(turn), 0.5 + r / 2 * math.sin(turn))
            answer(phone, RolesAnswer(question=ROLES_QUESTIONS[moment], weights=weights))
        scores = {key: 1 + (n + k) % 5 for k, key in enumerate(Key)}
        answer(phone, KeysAnswer(question=Question.KEYS, scores=scores))
        answer(phone, DotsAnswer(question=Question.DOTS, targets=targets))
        for asked in own:
            answer(
                phone,
                OwnAnswer(
                    question=Question.OWN,
                    asks=asked.id,
                    choice=n % MAX_OPTIONS if asked.kind is OwnKind.CHOICE else None,
                    score=1 + n % 5 if asked.kind is OwnKind.SCALE else None,
                    words=tuple((f"{n:03d}-{c} " + NOTE)[:MAX_WORD] for c in range(MAX_WORDS_EACH))
                    if asked.kind is OwnKind.WORDS
                    else (),
                ),
            )
    senders = limits.MAX_IDEAS // MAX_IDEAS_EACH + 1
    ideas = [
        Idea(
            id=f"idea-{i:03d}",
            participant=phones[i // MAX_IDEAS_EACH].id,
            text=(f"Idé {i} från telefon {i // MAX_IDEAS_EACH}: " + NOTE)[:MAX_IDEA],
            kind=(IdeaKind.ACTION, IdeaKind.QUESTION)[i % 2],
            step=list(Step)[i % len(Step)],
            at=when,
            votes=tuple(
                phones[v].id
                for v in range(senders, MAX_PARTICIPANTS)
                if (v + i) % (limits.MAX_IDEAS // MAX_UPVOTES_EACH) == 0
            ),
        )
        for i in range(limits.MAX_IDEAS)
    ]
    room = RoomRecord(participants=tuple(phones), answers=tuple(answers), ideas=tuple(ideas))
    actions, parked = w.outcome.actions, w.outcome.parked
    handled = tuple(
        HandledIdea(idea=i.id, fate=IdeaFate.HIDDEN)
        if n % 4 == 0
        else HandledIdea(idea=i.id, fate=IdeaFate.MERGED, into=ideas[n - 1].id)
        if n % 4 == 1
        else HandledIdea(idea=i.id, fate=IdeaFate.ACTION, into=actions[n % len(actions)].id)
        if n % 4 == 2
        else HandledIdea(idea=i.id, fate=IdeaFate.PARKED, into=parked[n % len(parked)].id)
        for n, i in enumerate(ideas)
    )
    outcome = w.outcome.model_copy(update={"handled": handled})
    return e.evolve(w, room=room, own_questions=own, outcome=outcome)


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
            # (Every other one on each canvas: by the index alone, the maps' got none.)
            pin=on[n % len(on)] if (n // len(Step)) % 2 == 0 and on else None,
        )
    return w


def workshop_at_limits(snapshots: int = limits.MAX_SNAPSHOTS) -> Workshop:
    """The example at every limit, with `snapshots` snapshots of it: the last of them taken
    after the room answered, as many as keep the most of its answers the snapshots may."""
    w = _fill(load_workshop(resource("samples", "exempel.regionroll.json")))
    w = _room(w.model_copy(update={"snapshots": ()}))  # its own questions, its ideas handled
    full, w = w.room, w.model_copy(update={"room": RoomRecord()})
    kept = len(full.answers) + len(full.ideas)  # what a snapshot of the room counts
    with_room = min(snapshots, limits.MAX_SNAPSHOT_ROOM_ANSWERS // kept)
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
_LIST_TEXTS = {"options": MAX_OPTION, "words": MAX_WORD}


def _widest(data: object, parent: str = "") -> object:
    """`data` (a workshop as JSON data) with every text at its full length in the widest
    characters: what the model's limits let one workshop weigh in bytes."""
    if isinstance(data, list):
        if parent in _LIST_TEXTS:  # a choice's options, a phone's words
            # each its own (a choice is listed once): a digit first, the widest after
            size = _LIST_TEXTS[parent]
            return [f"{n}" + WIDEST * (size - len(f"{n}")) for n, _i in enumerate(data)]
        return [_widest(item, parent) for item in data]
    if not isinstance(data, dict):
        return data
    out: dict[str, object] = {}
    for key, value in data.items():
        numbers_source = key == "source" and parent == "numbers"  # (a link's is an id)
        if isinstance(value, str) and (
            key in _TEXT_FIELDS or key in _NAME_FIELDS or numbers_source
        ):
            if parent == "ideas":
                length = MAX_IDEA
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
