"""Comparing two states of a workshop ("what changed") and a workshop with reference regions.

Both return structured results; the UI puts them into words in the UI's language.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from ..model import (
    CONSEQUENCE_STEPS,
    ROOM_MARKER,
    Branch,
    Key,
    Lane,
    Moment,
    NotePin,
    PinKind,
    Role,
    Step,
    StickyNote,
    Workshop,
)
from ..model.room import ANSWERED_ONCE, STEP_OF, OwnAnswer, Question
from ..model.values import MatrixPosition, RoleWeights
from ..reference import ReferenceRegion, ReferenceSet, own_key
from .roles import role_distance
from .sides import matrix_sides, role_sides

WEIGHT_STEP = 0.05  # role weights that move less than five percentage points are not reported


class ChangeKind(StrEnum):
    REGION = "region"
    BODY_ADDED = "body_added"
    BODY_REMOVED = "body_removed"
    BODY_RENAMED = "body_renamed"
    BRANCH_MOVED = "branch_moved"
    REMIT = "remit"
    MODEL = "model"
    MUNICIPAL = "municipal"
    MARKER = "marker"  # placed, removed or moved on the capital matrix
    DOC_ADDED = "doc_added"
    DOC_REMOVED = "doc_removed"
    DOC_CHANGED = "doc_changed"
    LINK_ADDED = "link_added"
    LINK_REMOVED = "link_removed"
    FOCUS = "focus"
    MAIN_ROLE = "main_role"
    WEIGHT = "weight"
    OTHER_ROLE = "other_role"  # the room's own role named, renamed, reweighed or removed
    GROUP_MARKER = "group_marker"  # a group's marker placed, removed or moved on the matrix
    GROUP_ROLES = "group_roles"  # a group's main role changed on the role map
    KEY_SCORE = "key_score"
    NOTE = "note"
    CONCLUSION = "conclusion"  # a step's conclusion written, rewritten or marked decided
    ACTION_ADDED = "action_added"
    ACTION_REMOVED = "action_removed"
    ACTION_CHANGED = "action_changed"  # its what, who, due date, step or status
    PARKED = "parked"  # a question parked, closed, reopened or removed
    DOTS = "dots"  # the dots on an action or a RUS priority
    STICKY_NOTE = "sticky_note"  # put up, taken down, rewritten, pinned, unpinned, recoloured
    ROOM_ANSWERS = "room_answers"  # the phones' answers to one question (how many, changed)
    SIDES = "sides"  # how far apart the elected members and the officials are (its band)
    CONSEQUENCE = "consequence"  # what the ambition means for a step, written or rewritten
    NUMBERS = "numbers"  # the region's own numbers for its capital, given or changed
    PRIORITY_TESTS = "priority_tests"  # a RUS priority's two tests


class NoteChange(StrEnum):
    """What happened to a sticky note (a free note moved about is not a change worth words)."""

    ADDED = "added"
    REMOVED = "removed"
    REWRITTEN = "rewritten"
    PINNED = "pinned"
    UNPINNED = "unpinned"
    RECOLOURED = "recoloured"


TIED = "tie"  # a main role "before" or "after" that is a tie between roles


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    step: Step | None
    subject: str = ""  # what changed: a body, a branch, a document, a role, a key …
    before: object = None
    after: object = None
    detail: dict[str, object] = field(default_factory=dict)


def _body_names(w: Workshop, lane: Lane) -> dict[str, str]:
    org = w.organisation
    bodies = org.political_bodies if lane is Lane.POLITICAL else org.administrative_bodies
    return {b.id: b.name for b in bodies}


def _organisation(a: Workshop, b: Workshop) -> list[Change]:
    out: list[Change] = []
    step = Step.ORGANISATION
    for lane in Lane:
        old, new = _body_names(a, lane), _body_names(b, lane)
        out += [
            Change(ChangeKind.BODY_ADDED, step, new[i], detail={"lane": lane})
            for i in new
            if i not in old
        ]
        out += [
            Change(ChangeKind.BODY_REMOVED, step, old[i], detail={"lane": lane})
            for i in old
            if i not in new
        ]
        out += [
            Change(ChangeKind.BODY_RENAMED, step, new[i], old[i], new[i], {"lane": lane})
            for i in new
            if i in old and old[i] != new[i]
        ]
        for branch in Branch:
            before = getattr(a.organisation.placement(branch), f"{lane}_body")
            after = getattr(b.organisation.placement(branch), f"{lane}_body")
            if before != after and not b.organisation.placement(branch).outside_remit:
                out.append(
                    Change(
                        ChangeKind.BRANCH_MOVED,
                        step,
                        branch.value,
                        old.get(before or "", None),
                        new.get(after or "", None),
                        {"lane": lane},
                    )
                )
    for branch in Branch:
        was = a.organisation.placement(branch).outside_remit
        now = b.organisation.placement(branch).outside_remit
        if was != now:
            out.append(Change(ChangeKind.REMIT, step, branch.value, was, now))
    for name in ("political_model", "administrative_model"):
        before, after = getattr(a.organisation, name), getattr(b.organisation, name)
        if before != after:
            out.append(Change(ChangeKind.MODEL, step, name, before, after))
    if a.organisation.municipal_involvement != b.organisation.municipal_involvement:
        out.append(
            Change(
                ChangeKind.MUNICIPAL,
                step,
                "municipal",
                a.organisation.municipal_involvement,
                b.organisation.municipal_involvement,
            )
        )
    return out


def _financing(a: Workshop, b: Workshop) -> list[Change]:
    out = []
    for moment in Moment:
        before, after = a.financing.at(moment), b.financing.at(moment)
        if before != after:
            out.append(Change(ChangeKind.MARKER, Step.FINANSIERING, moment, before, after))
    if a.financing.numbers != b.financing.numbers:
        out.append(
            Change(
                ChangeKind.NUMBERS,
                Step.FINANSIERING,
                "numbers",
                a.financing.numbers,
                b.financing.numbers,
            )
        )
    out += _group_changes(
        a,
        b,
        ChangeKind.GROUP_MARKER,
        Step.FINANSIERING,
        {(g.group, g.moment): g.position for g in a.financing.groups},
        {(g.group, g.moment): g.position for g in b.financing.groups},
    )
    return out


def _group_changes(
    a: Workshop,
    b: Workshop,
    kind: ChangeKind,
    step: Step,
    marks_a: dict[tuple[str, Moment], object],
    marks_b: dict[tuple[str, Moment], object],
) -> list[Change]:
    """A change for each group's mark (by group and moment) that differs from `a` to `b`;
    named by the later state's name of the group (a renamed group keeps its marks)."""
    names = {g.id: g.name for w in (a, b) for g in w.details.groups}
    return [
        Change(kind, step, names.get(group, group), before, after, {"moment": moment})
        for group, moment in sorted(marks_a.keys() | marks_b.keys())
        if (before := marks_a.get((group, moment))) != (after := marks_b.get((group, moment)))
    ]


def _strategy(a: Workshop, b: Workshop) -> list[Change]:
    out: list[Change] = []
    step = Step.STRATEGI
    old = {d.id: d for d in a.strategy.documents}
    new = {d.id: d for d in b.strategy.documents}
    out += [
        Change(ChangeKind.DOC_ADDED, step, new[i].title, after=new[i].kind)
        for i in new
        if i not in old
    ]
    out += [
        Change(ChangeKind.DOC_REMOVED, step, old[i].title, before=old[i].kind)
        for i in old
        if i not in new
    ]
    for i in new:
        if i in old and old[i] != new[i]:
            before, after = old[i], new[i]
            fields = [
                f
                for f in ("title", "kind", "year", "branches")
                if getattr(before, f) != getattr(after, f)
            ]
            out.append(
                Change(ChangeKind.DOC_CHANGED, step, after.title, before, after, {"fields": fields})
            )
    title = {**{i: d.title for i, d in old.items()}, **{i: d.title for i, d in new.items()}}
    links_a = {(lk.document, lk.source) for lk in a.strategy.links}
    links_b = {(lk.document, lk.source) for lk in b.strategy.links}
    out += [
        Change(ChangeKind.LINK_ADDED, step, title[d], after=title[s])
        for d, s in sorted(links_b - links_a)
    ]
    out += [
        Change(ChangeKind.LINK_REMOVED, step, title[d], before=title[s])
        for d, s in sorted(links_a - links_b)
    ]
    areas_a = {f.id: f for f in a.strategy.focus_areas}
    for area in b.strategy.focus_areas:
        old_area = areas_a.get(area.id)
        if old_area is None or old_area.tier != area.tier:
            out.append(
                Change(
                    ChangeKind.FOCUS,
                    step,
                    area.text,
                    old_area.tier if old_area else "new",
                    area.tier,
                )
            )
        if old_area is not None and (old_area.political, old_area.samhandling) != (
            area.political,
            area.samhandling,
        ):
            out.append(Change(ChangeKind.PRIORITY_TESTS, step, area.text, old_area, area))
    ids_b = {f.id for f in b.strategy.focus_areas}
    out += [
        Change(ChangeKind.FOCUS, step, f.text, f.tier, "removed")
        for f in a.strategy.focus_areas
        if f.id not in ids_b
    ]
    return out


def _roles(a: Workshop, b: Workshop) -> list[Change]:
    out: list[Change] = []
    step = Step.GENOMFORANDEPRAKTIK
    for moment in Moment:
        before, after = a.implementation.at(moment), b.implementation.at(moment)
        # A placed marker with no main role is a tie (TIED), not "not placed" (None).
        main_a = (before.main_role or TIED) if before else None
        main_b = (after.main_role or TIED) if after else None
        if main_a != main_b:
            out.append(Change(ChangeKind.MAIN_ROLE, step, moment, main_a, main_b))
        if before and after:
            wa, wb = before.as_dict(), after.as_dict()
            for role in Role:
                if abs(wb[role] - wa[role]) >= WEIGHT_STEP:
                    out.append(
                        Change(
                            ChangeKind.WEIGHT,
                            step,
                            role.value,
                            wa[role],
                            wb[role],
                            {"moment": moment},
                        )
                    )
    if a.implementation.other_role != b.implementation.other_role:
        out.append(
            Change(
                ChangeKind.OTHER_ROLE,
                step,
                "other_role",
                a.implementation.other_role,
                b.implementation.other_role,
            )
        )
    out += _group_changes(
        a,
        b,
        ChangeKind.GROUP_ROLES,
        step,
        {(g.group, g.moment): g.weights.main_role for g in a.implementation.groups},
        {(g.group, g.moment): g.weights.main_role for g in b.implementation.groups},
    )
    return out


def what_changed(a: Workshop, b: Workshop) -> list[Change]:
    """Everything that differs from `a` to `b`, step by step (snapshots themselves aside)."""
    out: list[Change] = []
    if a.region != b.region:
        out.append(
            Change(
                ChangeKind.REGION,
                None,
                "region",
                a.region.name if a.region else None,
                b.region.name if b.region else None,
            )
        )
    out += _organisation(a, b) + _financing(a, b) + _strategy(a, b) + _roles(a, b)
    out += _sides(a, b)
    for key in Key:
        ka, kb = a.key(key), b.key(key)
        if ka.score != kb.score:
            out.append(Change(ChangeKind.KEY_SCORE, None, key.value, ka.score, kb.score))
    for step in Step:
        if a.note(step) != b.note(step):
            out.append(Change(ChangeKind.NOTE, step, step.value, a.note(step), b.note(step)))
    return out + _sticky_notes(a, b) + _outcome(a, b) + _room(a, b)


def pinned_item(workshop: Workshop, pin: NotePin) -> str | None:
    """The name of what `pin` holds on to: a body's name, a card's title, a group's name for
    its marker; `ROOM_MARKER` for the workshop's own marker; None when the item is gone."""
    if pin.kind is PinKind.BODY:
        org = workshop.organisation
        names = {b.id: b.name for b in org.political_bodies}
        names |= {b.id: b.name for b in org.administrative_bodies}
        return names.get(pin.item)
    if pin.kind is PinKind.CARD:
        return next((d.title for d in workshop.strategy.documents if d.id == pin.item), None)
    if pin.item == ROOM_MARKER:
        return ROOM_MARKER
    group = workshop.group(pin.item)
    return group.name if group else None


def _sticky_notes(a: Workshop, b: Workshop) -> list[Change]:
    """Each note put up, taken down, rewritten, pinned or unpinned, or given another colour."""
    out: list[Change] = []
    before = {n.id: n for n in a.sticky_notes}
    after = {n.id: n for n in b.sticky_notes}

    def change(what: NoteChange, was: StickyNote | None, now: StickyNote | None) -> Change:
        note = now or was
        assert note is not None
        detail: dict[str, object] = {"what": what}
        if what is NoteChange.PINNED and now is not None and now.pin is not None:
            detail |= {"pin": now.pin, "item": pinned_item(b, now.pin)}
        if what is NoteChange.RECOLOURED and now is not None and now.group is not None:
            group = b.group(now.group)
            detail["group"] = group.name if group else None
        return Change(ChangeKind.STICKY_NOTE, note.step, note.text, was, now, detail)

    for note in b.sticky_notes:
        old = before.get(note.id)
        if old is None:
            out.append(change(NoteChange.ADDED, None, note))
            continue
        if old.text != note.text:
            out.append(change(NoteChange.REWRITTEN, old, note))
        if old.pin != note.pin:
            what = NoteChange.UNPINNED if note.pin is None else NoteChange.PINNED
            out.append(change(what, old, note))
        if old.group != note.group:
            out.append(change(NoteChange.RECOLOURED, old, note))
    out += [change(NoteChange.REMOVED, n, None) for n in a.sticky_notes if n.id not in after]
    return out


def _sides(a: Workshop, b: Workshop) -> list[Change]:
    """The elected members and the officials: how far apart (a band) on each map and moment,
    when it differs (or one state has no comparison)."""
    out: list[Change] = []
    for moment in Moment:
        for step, measure in (
            (Step.FINANSIERING, matrix_sides),
            (Step.GENOMFORANDEPRAKTIK, role_sides),
        ):
            before, after = measure(a, moment), measure(b, moment)
            was = before.band if before else None
            now = after.band if after else None
            if was != now:
                out.append(Change(ChangeKind.SIDES, step, moment.value, was, now))
    return out


def _outcome(a: Workshop, b: Workshop) -> list[Change]:
    out: list[Change] = []
    for step in Step:
        ca, cb = a.outcome.conclusion(step), b.outcome.conclusion(step)
        if ca != cb:
            out.append(Change(ChangeKind.CONCLUSION, step, step.value, ca, cb))
    for step in CONSEQUENCE_STEPS:
        xa, xb = a.outcome.consequence(step).text, b.outcome.consequence(step).text
        if xa.strip() != xb.strip():
            out.append(Change(ChangeKind.CONSEQUENCE, step, step.value, xa, xb))
    before = {x.id: x for x in a.outcome.actions}
    after = {x.id: x for x in b.outcome.actions}
    for action in b.outcome.actions:
        old = before.get(action.id)
        if old is None:
            out.append(Change(ChangeKind.ACTION_ADDED, action.step, action.what, None, action))
        elif old != action:
            out.append(Change(ChangeKind.ACTION_CHANGED, action.step, action.what, old, action))
    out += [
        Change(ChangeKind.ACTION_REMOVED, x.step, x.what, x, None)
        for x in a.outcome.actions
        if x.id not in after
    ]
    names = a.dot_targets() | b.dot_targets()
    targets = dict.fromkeys(v.target for v in (*a.outcome.votes, *b.outcome.votes))
    for target in targets:
        da, db = a.outcome.dots_on(target), b.outcome.dots_on(target)
        if da != db:
            out.append(Change(ChangeKind.DOTS, None, names.get(target, target), da, db))
    parked_before = {q.id: q for q in a.outcome.parked}
    parked_after = {q.id: q for q in b.outcome.parked}
    for qid in [*parked_before, *(q for q in parked_after if q not in parked_before)]:
        qa, qb = parked_before.get(qid), parked_after.get(qid)
        either = qb or qa
        if qa != qb and either is not None:
            out.append(Change(ChangeKind.PARKED, None, either.text, qa, qb))
    return out


def _room(a: Workshop, b: Workshop) -> list[Change]:
    """For each question the phones answered: how many answers before and after, and in
    `detail["changed"]` how many phones changed their answer (never who); for the ideas, how
    many were sent before and after and how many gained or lost upvotes; for each of the
    facilitator's own questions (its words in `detail["text"]`), its answers."""
    out: list[Change] = []

    def compared(
        subject: str,
        before: list[tuple[str, object]],
        after: list[tuple[str, object]],
        detail: dict[str, object] | None = None,
    ) -> None:
        if before == after:
            return
        was = dict(before)
        changed = sum(1 for who, answer in after if who in was and was[who] != answer)
        out.append(
            Change(
                ChangeKind.ROOM_ANSWERS,
                STEP_OF.get(Question(subject)) if subject in _QUESTIONS else None,
                subject,
                len(before),
                len(after),
                {"changed": changed, **(detail or {})},
            )
        )

    for question in ANSWERED_ONCE:
        compared(
            question.value,
            [(x.participant, x.answer) for x in a.room.answers_to(question)],
            [(x.participant, x.answer) for x in b.room.answers_to(question)],
        )
    compared(
        Question.IDEAS.value,
        [(i.id, frozenset(i.votes)) for i in a.room.ideas],
        [(i.id, frozenset(i.votes)) for i in b.room.ideas],
    )
    asked = {q.id: q for q in (*a.own_questions, *b.own_questions)}
    for own in asked.values():
        compared(
            Question.OWN.value,
            [(x.participant, x.answer) for x in a.room.answers if _answers(x.answer, own.id)],
            [(x.participant, x.answer) for x in b.room.answers if _answers(x.answer, own.id)],
            {"text": own.text},
        )
    return out


_QUESTIONS = {q.value for q in Question}


def _answers(answer: object, asked: str) -> bool:
    return isinstance(answer, OwnAnswer) and answer.asks == asked


# --- Reference regions side by side --------------------------------------------------------------

SIMILARITY_RULE = (
    "mean over the attributes known on both sides, given only when at least two are and one "
    "of them is a workshop's (the matrix position or the roles today; the organisation and "
    "the population alone would classify regions by size and form): same "
    "administrative model 1, else 0; same political model 1, else 0; matrix position "
    "1 − distance / 2√2; roles today 1 − half the sum of the weights' differences; "
    "population smaller / larger"
)


# administrative model, political model, matrix position, roles today, population
LIKENESS_ATTRIBUTES = 5
MIN_COMPARED = 2  # a likeness resting on fewer known attributes is not given
# The attributes a workshop places (the deck's matrix and roles): a likeness needs one of them.
WORKSHOP_ATTRIBUTES = frozenset({"matrix_position", "roles_today"})


@dataclass(frozen=True)
class Similar:
    region: ReferenceRegion
    # None: fewer than MIN_COMPARED attributes known on both sides, or none a workshop's
    score: float | None
    compared: tuple[str, ...]  # the attributes that were known on both sides


def similarity(workshop: Workshop, reference: ReferenceSet) -> list[Similar]:
    """Reference regions ranked by likeness to the workshop's region (rule: SIMILARITY_RULE)."""
    own = None
    if workshop.region and workshop.region.code:
        try:
            own = reference.region(workshop.region.code)
        except KeyError:
            own = None
    mine: dict[str, object] = {
        "administrative_model": workshop.organisation.administrative_model,
        "political_model": workshop.organisation.political_model,
        "matrix_position": workshop.financing.today,
        "roles_today": workshop.implementation.today,
        "population_2019": own.population_2019.value if own else None,
    }
    own_region = own_key(workshop.region)
    ranked = []
    for region in reference.regions:
        if region.key == own_region:
            continue
        parts: dict[str, float] = {}
        for name, value in mine.items():
            theirs = getattr(region, name).value
            if value is None or theirs is None:
                continue
            if isinstance(value, MatrixPosition) and isinstance(theirs, MatrixPosition):
                d = math.hypot(
                    value.capital_per_capita - theirs.capital_per_capita,
                    value.proactivity - theirs.proactivity,
                )
                parts[name] = 1 - d / (2 * math.sqrt(2))
            elif isinstance(value, RoleWeights) and isinstance(theirs, RoleWeights):
                parts[name] = 1 - role_distance(value, theirs)
            elif name == "population_2019":
                small, large = sorted((float(value), float(theirs)))  # type: ignore[arg-type]
                parts[name] = small / large if large else 0.0
            else:
                parts[name] = 1.0 if value == theirs else 0.0
        given = len(parts) >= MIN_COMPARED and bool(WORKSHOP_ATTRIBUTES & parts.keys())
        score = sum(parts.values()) / len(parts) if given else None
        ranked.append(Similar(region, score, tuple(parts)))
    # The regions with a likeness first, best first; the rest (not known) by name.
    ranked.sort(key=lambda s: (s.score is None, -(s.score or 0.0), s.region.name))
    return ranked
