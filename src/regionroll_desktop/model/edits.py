"""Every edit of a workshop as a pure function from one state to the next.

The UI maps each user action to one of these and pushes the result on the undo stack, so all
rules about what an edit may do live here and are tested without Qt. An edit that would make
the document inconsistent raises `EditError` and leaves the state as it was.
"""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, ValidationError

from .limits import LIMITED, MAX_SNAPSHOT_BYTES
from .room import Idea, OwnKind, OwnQuestion, RoomRecord
from .values import MatrixPosition, RoleWeights
from .vocabulary import (
    ActionStatus,
    AdministrativeBodyKind,
    Branch,
    FocusTier,
    IdeaFate,
    Key,
    Lane,
    Moment,
    MunicipalInvolvement,
    PoliticalBodyKind,
    ReviewVerdict,
    Step,
    StrategyKind,
)
from .workshop import (
    CONSEQUENCE_STEPS,
    GROUP_COLOURS,
    Action,
    ActionReview,
    AdministrativeBody,
    CapitalNumbers,
    DerivationLink,
    DotVote,
    Financing,
    FocusArea,
    Group,
    GroupPosition,
    GroupRoles,
    HandledIdea,
    NotePin,
    Organisation,
    OtherRole,
    Outcome,
    ParkedQuestion,
    PoliticalBody,
    RegionChoice,
    Snapshot,
    StickyNote,
    StrategyDocument,
    Workshop,
    WorkshopDetails,
    snapshot_bytes,
    snapshot_room_answers,
)

M = TypeVar("M", bound=BaseModel)


class EditError(ValueError):
    """An edit that the document's rules do not allow; the message says why."""


class LimitError(EditError):
    """An edit that would take the workshop past one of its limits (model/limits.py)."""

    def __init__(self, what: str, limit: int) -> None:
        super().__init__(f"a workshop holds at most {limit} {what.replace('_', ' ')}")
        self.what = what
        self.limit = limit


def _room_for_one_more(items: tuple[object, ...], what: str) -> None:
    """Refuse, in the UI's words, an edit that adds one item past its limit."""
    limit = LIMITED[what]
    if len(items) >= limit:
        raise LimitError(what, limit)


def new_id(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:10]}"


def evolve(model: M, **changes: Any) -> M:
    """A copy of `model` with `changes`, validated (unlike `model_copy`)."""
    data = {name: getattr(model, name) for name in type(model).model_fields}
    unknown = set(changes) - set(data)
    if unknown:
        raise EditError(f"unknown field(s): {', '.join(sorted(unknown))}")
    data.update(changes)
    try:
        return type(model).model_validate(data)
    except ValidationError as exc:
        raise EditError(exc.errors()[0]["msg"]) from None


GENERAL_ADMINISTRATION_ID = "forv-rs"


def new_workshop(region: RegionChoice | None = None, title: str = "") -> Workshop:
    """A workshop to start from: the political lane holds Regionstyrelsen and the
    administrative lane the regional board's own administration (the deck's model 0), so
    both lanes have a body to drop branches into from the start."""
    workshop = add_administrative_body(
        Workshop(region=region),
        "Regionstyrelsens förvaltning",
        body_id=GENERAL_ADMINISTRATION_ID,
        kind=AdministrativeBodyKind.GENERAL,
    )
    return set_details(workshop, title=title) if title else workshop


# --- Details and region ---


def set_details(workshop: Workshop, **changes: Any) -> Workshop:
    return evolve(workshop, details=evolve(workshop.details, **changes))


# --- Groups ---


def add_group(workshop: Workshop, name: str, group_id: str | None = None) -> Workshop:
    """A new group, in the first colour no other group has (they repeat beyond eight)."""
    groups = workshop.details.groups
    _room_for_one_more(groups, "groups")
    taken = [g.colour.lower() for g in groups]
    free = [c for c in GROUP_COLOURS if c not in taken]
    colour = free[0] if free else GROUP_COLOURS[len(groups) % len(GROUP_COLOURS)]
    group = Group(id=group_id or new_id("group"), name=name, colour=colour)
    return set_details(workshop, groups=(*groups, group))


def update_group(workshop: Workshop, group_id: str, **changes: Any) -> Workshop:
    groups = workshop.details.groups
    if workshop.group(group_id) is None:
        raise EditError(f"there is no group with id {group_id!r}")
    updated = tuple(evolve(g, **changes) if g.id == group_id else g for g in groups)
    return set_details(workshop, groups=updated)


def remove_group(workshop: Workshop, group_id: str) -> Workshop:
    """The group goes, and its markers with it."""
    if workshop.group(group_id) is None:
        raise EditError(f"there is no group with id {group_id!r}")
    details = evolve(
        workshop.details, groups=tuple(g for g in workshop.details.groups if g.id != group_id)
    )
    financing = evolve(
        workshop.financing,
        groups=tuple(g for g in workshop.financing.groups if g.group != group_id),
    )
    implementation = evolve(
        workshop.implementation,
        groups=tuple(g for g in workshop.implementation.groups if g.group != group_id),
    )
    outcome = evolve(
        workshop.outcome, votes=tuple(v for v in workshop.outcome.votes if v.group != group_id)
    )
    # Its notes stay, neutral: what the group wrote is the room's, not the group's colour.
    notes = tuple(
        evolve(n, group=None) if n.group == group_id else n for n in workshop.sticky_notes
    )
    return evolve(
        workshop,
        details=details,
        financing=financing,
        implementation=implementation,
        outcome=outcome,
        sticky_notes=notes,
    )


def set_region(workshop: Workshop, region: RegionChoice | None) -> Workshop:
    return evolve(workshop, region=region)


def set_note(workshop: Workshop, step: Step, text: str) -> Workshop:
    field = {
        Step.ORGANISATION: "organisation",
        Step.FINANSIERING: "financing",
        Step.STRATEGI: "strategy",
        Step.GENOMFORANDEPRAKTIK: "implementation",
    }[step]
    return evolve(workshop, **{field: evolve(getattr(workshop, field), note=text)})


# --- Organisation ---


def _with_org(workshop: Workshop, **changes: Any) -> Workshop:
    return evolve(workshop, organisation=evolve(workshop.organisation, **changes))


def add_political_body(
    workshop: Workshop,
    name: str,
    body_id: str | None = None,
    kind: PoliticalBodyKind = PoliticalBodyKind.NAMND,
) -> Workshop:
    if kind is PoliticalBodyKind.REGIONSTYRELSE:
        raise EditError("a region has one regionstyrelse; a new body is a nämnd")
    _room_for_one_more(workshop.organisation.political_bodies, "political_bodies")
    body = PoliticalBody(id=body_id or new_id("namnd"), name=name, kind=kind)
    return _with_org(workshop, political_bodies=(*workshop.organisation.political_bodies, body))


def add_administrative_body(
    workshop: Workshop,
    name: str,
    body_id: str | None = None,
    kind: AdministrativeBodyKind = AdministrativeBodyKind.FORVALTNING,
) -> Workshop:
    _room_for_one_more(workshop.organisation.administrative_bodies, "administrative_bodies")
    body = AdministrativeBody(id=body_id or new_id("forv"), name=name, kind=kind)
    return _with_org(
        workshop, administrative_bodies=(*workshop.organisation.administrative_bodies, body)
    )


def _lane_of(org: Organisation, body_id: str) -> Lane:
    if any(b.id == body_id for b in org.political_bodies):
        return Lane.POLITICAL
    if any(b.id == body_id for b in org.administrative_bodies):
        return Lane.ADMINISTRATIVE
    raise EditError(f"there is no body with id {body_id!r}")


def rename_body(workshop: Workshop, body_id: str, name: str) -> Workshop:
    org = workshop.organisation
    field = f"{_lane_of(org, body_id)}_bodies"
    bodies = tuple(evolve(b, name=name) if b.id == body_id else b for b in getattr(org, field))
    return _with_org(workshop, **{field: bodies})


def remove_body(workshop: Workshop, body_id: str, move_to: str | None = None) -> Workshop:
    """Remove a body; its branches move to `move_to` (same lane) or back to the tray."""
    org = workshop.organisation
    lane = _lane_of(org, body_id)
    if body_id == move_to:
        raise EditError("a body's branches cannot be moved to the body being removed")
    if move_to is not None and _lane_of(org, move_to) != lane:
        raise EditError("branches can only move to a body in the same organisation")
    field = f"{lane}_bodies"
    bodies = getattr(org, field)
    body = next(b for b in bodies if b.id == body_id)
    if getattr(body, "kind", None) is PoliticalBodyKind.REGIONSTYRELSE:
        raise EditError("Regionstyrelsen is always there and cannot be removed")
    key = f"{lane}_body"
    placements = tuple(
        evolve(p, **{key: move_to}) if getattr(p, key) == body_id else p for p in org.branches
    )
    remaining = tuple(b for b in bodies if b.id != body_id)
    changes: dict[str, Any] = {field: remaining, "branches": placements}
    if org.councils_tied_to == body_id:
        changes["councils_tied_to"] = None
    return _with_org(workshop, **changes)


def set_administrative_body_kind(
    workshop: Workshop, body_id: str, kind: AdministrativeBodyKind
) -> Workshop:
    """Say what kind of förvaltning a body is: one for regional development, or a general
    administration (e.g. the regional board's own, the deck's model 0)."""
    org = workshop.organisation
    if _lane_of(org, body_id) != Lane.ADMINISTRATIVE:
        raise EditError(f"{body_id!r} is not a body of the administrative organisation")
    bodies = tuple(
        evolve(b, kind=kind) if b.id == body_id else b for b in org.administrative_bodies
    )
    return _with_org(workshop, administrative_bodies=bodies)


def set_political_body_kind(workshop: Workshop, body_id: str, kind: PoliticalBodyKind) -> Workshop:
    """Say what kind of nämnd a body is: for regional development, another sector's, or one
    shared with HSV. Regionstyrelsen stays Regionstyrelsen, and no nämnd can become it."""
    org = workshop.organisation
    if _lane_of(org, body_id) != Lane.POLITICAL:
        raise EditError(f"{body_id!r} is not a body of the political organisation")
    body = next(b for b in org.political_bodies if b.id == body_id)
    if PoliticalBodyKind.REGIONSTYRELSE in (body.kind, kind):
        raise EditError("Regionstyrelsen is always there, and only once")
    bodies = tuple(evolve(b, kind=kind) if b.id == body_id else b for b in org.political_bodies)
    return _with_org(workshop, political_bodies=bodies)


def place_branch(workshop: Workshop, branch: Branch, lane: Lane, body_id: str | None) -> Workshop:
    """Put a branch into a body of one lane (None: back to the tray)."""
    org = workshop.organisation
    if body_id is not None and _lane_of(org, body_id) != lane:
        raise EditError(f"{body_id!r} is not a body of the {lane} organisation")
    key = f"{lane}_body"
    placements = tuple(
        evolve(p, **{key: body_id}) if p.branch is branch else p for p in org.branches
    )
    return _with_org(workshop, branches=placements)


def set_outside_remit(workshop: Workshop, branch: Branch, outside: bool) -> Workshop:
    """Mark a branch as outside the region's remit; such a branch sits in no body."""
    changes: dict[str, Any] = {"outside_remit": outside}
    if outside:
        changes |= {"political_body": None, "administrative_body": None}
    placements = tuple(
        evolve(p, **changes) if p.branch is branch else p for p in workshop.organisation.branches
    )
    return _with_org(workshop, branches=placements)


def set_municipal_involvement(
    workshop: Workshop, involvement: MunicipalInvolvement | None
) -> Workshop:
    changes: dict[str, Any] = {"municipal_involvement": involvement}
    if involvement is not MunicipalInvolvement.COUNCILS:
        changes["councils_tied_to"] = None
    return _with_org(workshop, **changes)


def set_councils_tied_to(workshop: Workshop, body_id: str | None) -> Workshop:
    """Which political body the municipalities' councils sit under (None: not said)."""
    org = workshop.organisation
    if body_id is not None:
        if org.municipal_involvement is not MunicipalInvolvement.COUNCILS:
            raise EditError("the councils can only be tied to a body when there are councils")
        if _lane_of(org, body_id) != Lane.POLITICAL:
            raise EditError(f"{body_id!r} is not a body of the political organisation")
    return _with_org(workshop, councils_tied_to=body_id)


# --- Finansiering ---


def set_matrix_position(
    workshop: Workshop, moment: Moment, position: MatrixPosition | None
) -> Workshop:
    return evolve(workshop, financing=evolve(workshop.financing, **{moment: position}))


def set_capital_numbers(workshop: Workshop, numbers: CapitalNumbers | None) -> Workshop:
    """The region's own numbers for its development capital (nothing given: none)."""
    if numbers is not None and numbers.is_empty:
        numbers = None
    return evolve(workshop, financing=evolve(workshop.financing, numbers=numbers))


def set_group_position(
    workshop: Workshop, group_id: str, moment: Moment, position: MatrixPosition | None
) -> Workshop:
    """Place, move or (with None) remove a group's marker on the capital matrix."""
    mark = (
        None
        if position is None
        else GroupPosition(group=group_id, moment=moment, position=position)
    )
    marks = _replace_mark(workshop, workshop.financing.groups, group_id, moment, mark)
    return evolve(workshop, financing=evolve(workshop.financing, groups=marks))


GroupMark = TypeVar("GroupMark", GroupPosition, GroupRoles)


def _replace_mark(
    workshop: Workshop,
    marks: tuple[GroupMark, ...],
    group_id: str,
    moment: Moment,
    mark: GroupMark | None,
) -> tuple[GroupMark, ...]:
    """`marks` with the group's mark for `moment` replaced by `mark` (or removed)."""
    if workshop.group(group_id) is None:
        raise EditError(f"there is no group with id {group_id!r}")
    kept = tuple(m for m in marks if (m.group, m.moment) != (group_id, moment))
    return kept if mark is None else kept + (mark,)  # noqa: RUF005 (mypy types this form)


# --- Strategi ---


def _with_strategy(workshop: Workshop, **changes: Any) -> Workshop:
    return evolve(workshop, strategy=evolve(workshop.strategy, **changes))


def add_document(
    workshop: Workshop,
    title: str,
    kind: StrategyKind,
    year: int | None = None,
    branches: tuple[Branch, ...] = (),
    doc_id: str | None = None,
) -> Workshop:
    _room_for_one_more(workshop.strategy.documents, "documents")
    ordered = tuple(b for b in Branch if b in branches)
    try:
        doc = StrategyDocument(
            id=doc_id or new_id("doc"), title=title, kind=kind, year=year, branches=ordered
        )
    except ValidationError as exc:
        raise EditError(exc.errors()[0]["msg"]) from None
    return _with_strategy(workshop, documents=(*workshop.strategy.documents, doc))


def update_document(workshop: Workshop, doc_id: str, **changes: Any) -> Workshop:
    strategy = workshop.strategy
    try:
        strategy.document(doc_id)
    except KeyError:
        raise EditError(f"there is no strategy document with id {doc_id!r}") from None
    if "branches" in changes:
        changes["branches"] = tuple(b for b in Branch if b in changes["branches"])
    docs = tuple(evolve(d, **changes) if d.id == doc_id else d for d in strategy.documents)
    return _with_strategy(workshop, documents=docs)


def place_document(
    workshop: Workshop, doc_id: str, kind: StrategyKind, index_in_level: int
) -> Workshop:
    """Give a document `kind` (its level) and put it at `index_in_level` among that level's
    documents; the order within a level is the order the pyramid shows."""
    strategy = workshop.strategy
    try:
        moving = evolve(strategy.document(doc_id), kind=kind)
    except KeyError:
        raise EditError(f"there is no strategy document with id {doc_id!r}") from None
    others = [d for d in strategy.documents if d.id != doc_id]
    level = [i for i, d in enumerate(others) if d.kind.level == kind.level]
    index = max(0, min(index_in_level, len(level)))
    at = level[index] if index < len(level) else (level[-1] + 1 if level else len(others))
    others.insert(at, moving)
    return _with_strategy(workshop, documents=tuple(others))


def remove_document(workshop: Workshop, doc_id: str) -> Workshop:
    """Remove a document, every link to or from it, and its name among what carries a RUS
    priority."""
    strategy = workshop.strategy
    if all(d.id != doc_id for d in strategy.documents):
        raise EditError(f"there is no strategy document with id {doc_id!r}")
    return _with_strategy(
        workshop,
        documents=tuple(d for d in strategy.documents if d.id != doc_id),
        links=tuple(lk for lk in strategy.links if doc_id not in (lk.document, lk.source)),
        focus_areas=tuple(
            evolve(a, documents=tuple(d for d in a.documents if d != doc_id))
            if doc_id in a.documents
            else a
            for a in strategy.focus_areas
        ),
    )


def add_link(workshop: Workshop, document: str, source: str) -> Workshop:
    _room_for_one_more(workshop.strategy.links, "links")
    link = DerivationLink(document=document, source=source)
    return _with_strategy(workshop, links=(*workshop.strategy.links, link))


def remove_link(workshop: Workshop, document: str, source: str) -> Workshop:
    links = workshop.strategy.links
    kept = tuple(lk for lk in links if (lk.document, lk.source) != (document, source))
    if len(kept) == len(links):
        raise EditError("there is no such link")
    return _with_strategy(workshop, links=kept)


def add_focus_area(
    workshop: Workshop, text: str, tier: FocusTier | None = None, area_id: str | None = None
) -> Workshop:
    _room_for_one_more(workshop.strategy.focus_areas, "focus_areas")
    area = FocusArea(id=area_id or new_id("focus"), text=text, tier=tier)
    return _with_strategy(workshop, focus_areas=(*workshop.strategy.focus_areas, area))


def update_focus_area(workshop: Workshop, area_id: str, **changes: Any) -> Workshop:
    """Change a RUS priority's text, tier, tests, branches or documents (the branches are
    kept in the deck's order, the documents in the order given, each once)."""
    areas = workshop.strategy.focus_areas
    if all(a.id != area_id for a in areas):
        raise EditError(f"there is no focus area with id {area_id!r}")
    if "branches" in changes:
        changes["branches"] = tuple(b for b in Branch if b in set(changes["branches"]))
    if "documents" in changes:
        changes["documents"] = tuple(dict.fromkeys(changes["documents"]))
    return _with_strategy(
        workshop,
        focus_areas=tuple(evolve(a, **changes) if a.id == area_id else a for a in areas),
    )


def remove_focus_area(workshop: Workshop, area_id: str) -> Workshop:
    areas = workshop.strategy.focus_areas
    if all(a.id != area_id for a in areas):
        raise EditError(f"there is no focus area with id {area_id!r}")
    workshop = _without_votes_on(workshop, area_id)
    return _with_strategy(workshop, focus_areas=tuple(a for a in areas if a.id != area_id))


# --- Genomförandepraktik and the keys ---


def set_role_weights(workshop: Workshop, moment: Moment, weights: RoleWeights | None) -> Workshop:
    return evolve(workshop, implementation=evolve(workshop.implementation, **{moment: weights}))


def set_other_role(workshop: Workshop, other: OtherRole | None) -> Workshop:
    """Name and weigh a role the deck does not have (None: there is none)."""
    return evolve(workshop, implementation=evolve(workshop.implementation, other_role=other))


def set_group_roles(
    workshop: Workshop, group_id: str, moment: Moment, weights: RoleWeights | None
) -> Workshop:
    """Place, move or (with None) remove a group's marker on the role map."""
    mark = None if weights is None else GroupRoles(group=group_id, moment=moment, weights=weights)
    marks = _replace_mark(workshop, workshop.implementation.groups, group_id, moment, mark)
    return evolve(workshop, implementation=evolve(workshop.implementation, groups=marks))


# --- Timing ---


def set_step_timing(workshop: Workshop, step: Step, **changes: Any) -> Workshop:
    """The step's planned minutes or the time its timer has run."""
    timing = tuple(evolve(t, **changes) if t.step == step else t for t in workshop.timing)
    return evolve(workshop, timing=timing)


def set_key(
    workshop: Workshop,
    key: Key,
    *,
    score: int | Literal["keep"] | None = "keep",
    note: str | None = None,
) -> Workshop:
    changes: dict[str, Any] = {}
    if score != "keep":
        changes["score"] = score
    if note is not None:
        changes["note"] = note
    keys = tuple(evolve(k, **changes) if k.key is key else k for k in workshop.keys)
    return evolve(workshop, keys=keys)


# --- The outcome: conclusions and actions ---


def _with_outcome(workshop: Workshop, **changes: Any) -> Workshop:
    return evolve(workshop, outcome=evolve(workshop.outcome, **changes))


def set_conclusion(
    workshop: Workshop, step: Step, *, text: str | None = None, agreed: bool | None = None
) -> Workshop:
    """The room's conclusion on a step's question, and whether the room agrees on it."""
    changes: dict[str, Any] = {}
    if text is not None:
        changes["text"] = text
    if agreed is not None:
        changes["agreed"] = agreed
    conclusions = tuple(
        evolve(c, **changes) if c.step is step else c for c in workshop.outcome.conclusions
    )
    return _with_outcome(workshop, conclusions=conclusions)


def set_consequence(workshop: Workshop, step: Step, text: str) -> Workshop:
    """What the ambition means for `step` (organisation, financing or strategy), in the
    room's words."""
    if step not in CONSEQUENCE_STEPS:
        raise EditError(f"a consequence is for organisation, financing or strategy, not {step}")
    consequences = tuple(
        evolve(c, text=text) if c.step is step else c for c in workshop.outcome.consequences
    )
    return _with_outcome(workshop, consequences=consequences)


def add_action(
    workshop: Workshop, what: str, action_id: str | None = None, **fields: Any
) -> Workshop:
    _room_for_one_more(workshop.outcome.actions, "actions")
    action = Action(id=action_id or new_id("action"), what=what, **fields)
    return _with_outcome(workshop, actions=(*workshop.outcome.actions, action))


def _known_action(workshop: Workshop, action_id: str) -> None:
    if not any(a.id == action_id for a in workshop.outcome.actions):
        raise EditError(f"there is no action with id {action_id!r}")


def update_action(workshop: Workshop, action_id: str, **changes: Any) -> Workshop:
    """Change an action's what, who, due date, step or status."""
    _known_action(workshop, action_id)
    actions = tuple(
        evolve(a, **changes) if a.id == action_id else a for a in workshop.outcome.actions
    )
    return _with_outcome(workshop, actions=actions)


def remove_action(workshop: Workshop, action_id: str) -> Workshop:
    _known_action(workshop, action_id)
    outcome = workshop.outcome
    return _with_outcome(
        workshop,
        actions=tuple(a for a in outcome.actions if a.id != action_id),
        votes=tuple(v for v in outcome.votes if v.target != action_id),
    )


def _without_votes_on(workshop: Workshop, target: str) -> Workshop:
    votes = tuple(v for v in workshop.outcome.votes if v.target != target)
    return evolve(workshop, outcome=evolve(workshop.outcome, votes=votes))


def add_dot(workshop: Workshop, group: str, target: str) -> Workshop:
    """One more of `group`'s dots on an action or a RUS priority."""
    outcome = workshop.outcome
    if outcome.dots_left(group) <= 0:
        raise EditError("this group has no dots left")
    current = next((v for v in outcome.votes if v.group == group and v.target == target), None)
    if current is None:
        votes = (*outcome.votes, DotVote(group=group, target=target, dots=1))
    else:
        votes = tuple(evolve(v, dots=v.dots + 1) if v is current else v for v in outcome.votes)
    return _with_outcome(workshop, votes=votes)


def remove_dot(workshop: Workshop, group: str, target: str) -> Workshop:
    """Take one of `group`'s dots back from a target."""
    outcome = workshop.outcome
    current = next((v for v in outcome.votes if v.group == group and v.target == target), None)
    if current is None:
        raise EditError("this group has no dot there")
    if current.dots == 1:
        votes = tuple(v for v in outcome.votes if v is not current)
    else:
        votes = tuple(evolve(v, dots=v.dots - 1) if v is current else v for v in outcome.votes)
    return _with_outcome(workshop, votes=votes)


def set_dots_per_group(workshop: Workshop, dots: int) -> Workshop:
    """How many dots each group has; fewer than a group has spent is refused."""
    return _with_outcome(workshop, dots_per_group=dots)


def order_actions_by_dots(workshop: Workshop) -> Workshop:
    """The actions with the most dots first (a tie keeps the list's order)."""
    outcome = workshop.outcome
    actions = sorted(outcome.actions, key=lambda a: -outcome.dots_on(a.id))
    return _with_outcome(workshop, actions=tuple(actions))


def move_action(workshop: Workshop, action_id: str, to: int) -> Workshop:
    """Put an action at position `to` in the list (clamped to the list)."""
    _known_action(workshop, action_id)
    actions = list(workshop.outcome.actions)
    moving = next(a for a in actions if a.id == action_id)
    actions.remove(moving)
    actions.insert(max(0, min(to, len(actions))), moving)
    return _with_outcome(workshop, actions=tuple(actions))


def park_question(
    workshop: Workshop, text: str, step: Step | None = None, question_id: str | None = None
) -> Workshop:
    """Park an open question to come back to (Parkering)."""
    _room_for_one_more(workshop.outcome.parked, "parked")
    question = ParkedQuestion(id=question_id or new_id("parked"), text=text, step=step)
    return _with_outcome(workshop, parked=(*workshop.outcome.parked, question))


def _known_parked(workshop: Workshop, question_id: str) -> ParkedQuestion:
    for q in workshop.outcome.parked:
        if q.id == question_id:
            return q
    raise EditError(f"there is no parked question with id {question_id!r}")


def set_parked_closed(workshop: Workshop, question_id: str, closed: bool) -> Workshop:
    _known_parked(workshop, question_id)
    parked = tuple(
        evolve(q, closed=closed) if q.id == question_id else q for q in workshop.outcome.parked
    )
    return _with_outcome(workshop, parked=parked)


def set_parked_text(workshop: Workshop, question_id: str, text: str) -> Workshop:
    """A parked question's words, mended where it is parked."""
    _known_parked(workshop, question_id)
    parked = tuple(
        evolve(q, text=text) if q.id == question_id else q for q in workshop.outcome.parked
    )
    return _with_outcome(workshop, parked=parked)


def remove_parked(workshop: Workshop, question_id: str) -> Workshop:
    _known_parked(workshop, question_id)
    return _with_outcome(
        workshop, parked=tuple(q for q in workshop.outcome.parked if q.id != question_id)
    )


def parked_to_action(
    workshop: Workshop, question_id: str, action_id: str | None = None
) -> Workshop:
    """Turn a parked question into a proposed action (same words, same step); the question
    is closed."""
    question = _known_parked(workshop, question_id)
    workshop = add_action(workshop, question.text, action_id, step=question.step)
    return set_parked_closed(workshop, question_id, True)


# --- The phones' ideas and the facilitator's own questions (issue #38) ---


def _handled(workshop: Workshop, handled: HandledIdea) -> Workshop:
    """The outcome with `handled` in place of what was made of its idea before."""
    kept = tuple(h for h in workshop.outcome.handled if h.idea != handled.idea)
    return _with_outcome(workshop, handled=(*kept, handled))


def _idea(workshop: Workshop, idea_id: str) -> Idea:
    for idea in workshop.room.ideas:
        if idea.id == idea_id:
            return idea
    raise EditError(f"there is no idea with id {idea_id!r}")


def hide_idea(workshop: Workshop, idea_id: str) -> Workshop:
    """The idea shows no more: not on the phones, the projector or in the report."""
    _idea(workshop, idea_id)
    return _handled(workshop, HandledIdea(idea=idea_id, fate=IdeaFate.HIDDEN))


def merge_idea(workshop: Workshop, idea_id: str, into: str) -> Workshop:
    """The idea `idea_id` says what `into` says: it shows no more, and its upvotes count for
    `into` (which must be open itself: ideas merge into one that stands)."""
    _idea(workshop, idea_id)
    _idea(workshop, into)
    outcome = workshop.outcome
    if into == idea_id or outcome.fate(into) is not None or outcome.waiting(into):
        raise EditError("an idea merges into another idea that is still open and shown")
    merged = [h.idea for h in workshop.outcome.handled if h.into == idea_id]
    workshop = _handled(workshop, HandledIdea(idea=idea_id, fate=IdeaFate.MERGED, into=into))
    for other in merged:  # those merged into this one go with it
        workshop = _handled(workshop, HandledIdea(idea=other, fate=IdeaFate.MERGED, into=into))
    return workshop


def idea_to_action(workshop: Workshop, idea_id: str, action_id: str | None = None) -> Workshop:
    """A proposed action in the idea's words (at the step the room was on); the idea is
    handled as that action."""
    idea = _idea(workshop, idea_id)
    action_id = action_id or new_id("action")
    workshop = add_action(workshop, idea.text, action_id, step=idea.step)
    return _handled(workshop, HandledIdea(idea=idea_id, fate=IdeaFate.ACTION, into=action_id))


def idea_to_parked(workshop: Workshop, idea_id: str, question_id: str | None = None) -> Workshop:
    """A parked question in the idea's words; the idea is handled as that question."""
    idea = _idea(workshop, idea_id)
    question_id = question_id or new_id("parked")
    workshop = park_question(workshop, idea.text, idea.step, question_id)
    return _handled(workshop, HandledIdea(idea=idea_id, fate=IdeaFate.PARKED, into=question_id))


def set_review_ideas(workshop: Workshop, review: bool) -> Workshop:
    """Whether the facilitator shows each new idea to the room's phones before they see it;
    the open ideas the room sees when it is turned on stay shown (the room has read them)."""
    outcome = workshop.outcome
    if review == outcome.review_ideas:
        return workshop
    seen: tuple[str, ...] = ()
    if review:
        seen = tuple(i.id for i in workshop.room.ideas if outcome.fate(i.id) is None)
    return _with_outcome(workshop, review_ideas=review, shown_ideas=seen)


def show_idea(workshop: Workshop, idea_id: str) -> Workshop:
    """The waiting idea is shown to the room's phones (under `review_ideas`)."""
    _idea(workshop, idea_id)
    if not workshop.outcome.waiting(idea_id):
        raise EditError("the idea does not wait to be shown")
    return _with_outcome(workshop, shown_ideas=(*workshop.outcome.shown_ideas, idea_id))


def reopen_idea(workshop: Workshop, idea_id: str) -> Workshop:
    """The idea is open again, shown to the room (not merged, not waiting: under review one
    the room never saw, hidden at once, waited again after "Show again"); an action or a
    parked question made of it stays where it is."""
    outcome = workshop.outcome
    if outcome.fate(idea_id) is None:
        raise EditError("the idea is open")
    shown = outcome.shown_ideas
    if outcome.review_ideas and idea_id not in shown:
        shown = (*shown, idea_id)
    return _with_outcome(
        workshop,
        handled=tuple(h for h in outcome.handled if h.idea != idea_id),
        shown_ideas=shown,
    )


def add_own_question(
    workshop: Workshop,
    text: str,
    kind: OwnKind,
    options: tuple[str, ...] = (),
    question_id: str | None = None,
) -> Workshop:
    """A question of the facilitator's own for the phones (a choice, a 1–5 scale or a word
    wall); refused without words, or as a choice with fewer than two options."""
    _room_for_one_more(workshop.own_questions, "own_questions")
    try:
        question = OwnQuestion(
            id=question_id or new_id("own"), text=text, kind=kind, options=options
        )
    except ValidationError as exc:
        raise EditError(exc.errors()[0]["msg"]) from None
    return evolve(workshop, own_questions=(*workshop.own_questions, question))


def remove_own_question(workshop: Workshop, question_id: str) -> Workshop:
    """The question is gone from the workshop (its answers stay in the room's record,
    unshown: an undo brings the question back with them)."""
    if all(q.id != question_id for q in workshop.own_questions):
        raise EditError(f"there is no own question with id {question_id!r}")
    return evolve(
        workshop, own_questions=tuple(q for q in workshop.own_questions if q.id != question_id)
    )


# --- A follow-up workshop (issue #39) ---


def without_words(workshop: Workshop) -> Workshop:
    """`workshop` without what names a person or was written as a note: the participants,
    the steps' and the keys' notes, the sticky notes, and the room's record (its nicknames);
    what the room placed, agreed and proposed stays."""
    return workshop.model_copy(
        update={
            "details": workshop.details.model_copy(update={"participants": ""}),
            "organisation": workshop.organisation.model_copy(update={"note": ""}),
            "financing": workshop.financing.model_copy(update={"note": ""}),
            "strategy": workshop.strategy.model_copy(update={"note": ""}),
            "implementation": workshop.implementation.model_copy(update={"note": ""}),
            "keys": tuple(k.model_copy(update={"note": ""}) for k in workshop.keys),
            "sticky_notes": (),
            "room": RoomRecord(),
        }
    )


def follow_up(
    previous: Workshop,
    name: str,
    held_on: dt.datetime,
    source: str = "",
    on: dt.date | None = None,
    keep_words: bool = False,
    snapshot_id: str | None = None,
) -> Workshop:
    """A follow-up of `previous` (held on `held_on`, read from the file named `source`), to
    be held `on`: it starts from the region, the organisation, the strategy and the region's
    own numbers as they were left (the room changes them as things have changed), with the
    previous workshop kept beside as the snapshot `name` (its state as it was left, without
    its own snapshots), its actions to review (those it marked done already marked so) and
    its open parked questions still parked. The matrix, the roles, the keys, the conclusions
    and the actions start empty: the room places and agrees them anew. No participant's name
    or note is carried unless `keep_words`; the previous workshop itself is never changed."""
    then = previous.without_snapshots()
    if not keep_words:
        then = without_words(then)
    reviews = tuple(
        ActionReview(
            action=a.id, verdict=ReviewVerdict.DONE if a.status is ActionStatus.DONE else None
        )
        for a in previous.outcome.actions
    )
    details = WorkshopDetails(
        title=previous.details.title,
        date=on,
        place=previous.details.place,
        facilitator=previous.details.facilitator,
        participants=previous.details.participants if keep_words else "",
        language=previous.details.language,
    )
    snapshot = Snapshot(
        id=snapshot_id or new_id("snap"),
        name=name,
        taken_at=held_on,
        workshop=then,
        previous=True,
        source=source,
    )
    return Workshop(
        details=details,
        region=previous.region,
        organisation=then.organisation,
        # The region's own numbers are facts with their year and source: kept to be updated.
        financing=Financing(numbers=previous.financing.numbers),
        strategy=then.strategy,
        outcome=Outcome(
            parked=tuple(q for q in previous.outcome.parked if not q.closed), reviews=reviews
        ),
        own_questions=previous.own_questions,
        snapshots=(snapshot,),
    )


def _reviewed(workshop: Workshop, action_id: str) -> tuple[Action, ActionReview]:
    previous = workshop.previous
    action = (
        next((a for a in previous.workshop.outcome.actions if a.id == action_id), None)
        if previous is not None
        else None
    )
    if action is None:
        raise EditError(f"the previous workshop has no action with id {action_id!r}")
    return action, workshop.outcome.review(action_id) or ActionReview(action=action_id)


def _with_review(workshop: Workshop, review: ActionReview) -> Workshop:
    reviews = [r for r in workshop.outcome.reviews if r.action != review.action]
    order = (
        [a.id for a in workshop.previous.workshop.outcome.actions]
        if workshop.previous is not None
        else []
    )
    reviews.append(review)
    reviews.sort(key=lambda r: order.index(r.action) if r.action in order else len(order))
    return _with_outcome(workshop, reviews=tuple(reviews))


def review_action(workshop: Workshop, action_id: str, **changes: Any) -> Workshop:
    """The follow-up's word on the previous workshop's action: its verdict and/or note."""
    _action, review = _reviewed(workshop, action_id)
    return _with_review(workshop, evolve(review, **changes))


def carry_action(workshop: Workshop, action_id: str, carried_id: str | None = None) -> Workshop:
    """The previous workshop's action carries over as one of this workshop's, proposed anew
    in its words, with its who and its step or key (its date is the room's to set again)."""
    action, review = _reviewed(workshop, action_id)
    if review.carried is not None and any(a.id == review.carried for a in workshop.outcome.actions):
        raise EditError("the action is carried over already")
    carried_id = carried_id or new_id("action")
    workshop = add_action(
        workshop, action.what, carried_id, who=action.who, step=action.step, key=action.key
    )
    return _with_review(workshop, evolve(review, carried=carried_id))


# --- Snapshots ---


def take_snapshot(
    workshop: Workshop,
    name: str,
    taken_at: dt.datetime | None = None,
    snapshot_id: str | None = None,
) -> Workshop:
    _room_for_one_more(workshop.snapshots, "snapshots")
    room = workshop.room
    kept = snapshot_room_answers(workshop.snapshots) + len(room.answers) + len(room.ideas)
    if kept > LIMITED["snapshot_room_answers"]:
        raise LimitError("snapshot_room_answers", LIMITED["snapshot_room_answers"])
    snapshot = Snapshot(
        id=snapshot_id or new_id("snap"),
        name=name,
        taken_at=taken_at or dt.datetime.now(dt.UTC),
        workshop=workshop.without_snapshots(),
    )
    # Kept within their share of the largest file, whatever is typed after them.
    if snapshot_bytes(workshop.snapshots) + snapshot.file_bytes > MAX_SNAPSHOT_BYTES:
        raise LimitError("snapshot_megabytes", LIMITED["snapshot_megabytes"])
    return evolve(workshop, snapshots=(*workshop.snapshots, snapshot))


def _snapshot(workshop: Workshop, snapshot_id: str) -> Snapshot:
    for s in workshop.snapshots:
        if s.id == snapshot_id:
            return s
    raise EditError(f"there is no snapshot with id {snapshot_id!r}")


def rename_snapshot(workshop: Workshop, snapshot_id: str, name: str) -> Workshop:
    _snapshot(workshop, snapshot_id)
    snaps = tuple(evolve(s, name=name) if s.id == snapshot_id else s for s in workshop.snapshots)
    return evolve(workshop, snapshots=snaps)


def delete_snapshot(workshop: Workshop, snapshot_id: str) -> Workshop:
    _snapshot(workshop, snapshot_id)
    return evolve(workshop, snapshots=tuple(s for s in workshop.snapshots if s.id != snapshot_id))


def restore_snapshot(workshop: Workshop, snapshot_id: str) -> Workshop:
    """The snapshot's state becomes the current one; the list of snapshots is kept."""
    restored = _snapshot(workshop, snapshot_id).workshop
    return evolve(restored, snapshots=workshop.snapshots)


# --- Sticky notes ---


def add_sticky_note(
    workshop: Workshop,
    step: Step,
    text: str = "",
    *,
    x: float = 0.05,
    y: float = 0.05,
    group: str | None = None,
    pin: NotePin | None = None,
    note_id: str | None = None,
) -> Workshop:
    """A new sticky note on `step`'s canvas, on top of the others."""
    _room_for_one_more(workshop.sticky_notes, "sticky_notes")
    if group is not None and workshop.group(group) is None:
        raise EditError(f"there is no group with id {group!r}")
    try:
        note = StickyNote(
            id=note_id or new_id("note"), step=step, text=text, x=x, y=y, group=group, pin=pin
        )
    except ValidationError as exc:
        raise EditError(exc.errors()[0]["msg"]) from None
    return evolve(workshop, sticky_notes=(*workshop.sticky_notes, note))


def update_sticky_note(workshop: Workshop, note_id: str, **changes: Any) -> Workshop:
    """Change a note's text, colour (`group`), place (`x`, `y`) or `pin`."""
    if workshop.sticky_note(note_id) is None:
        raise EditError(f"there is no sticky note with id {note_id!r}")
    notes = tuple(evolve(n, **changes) if n.id == note_id else n for n in workshop.sticky_notes)
    return evolve(workshop, sticky_notes=notes)


def remove_sticky_note(workshop: Workshop, note_id: str) -> Workshop:
    if workshop.sticky_note(note_id) is None:
        raise EditError(f"there is no sticky note with id {note_id!r}")
    return evolve(workshop, sticky_notes=tuple(n for n in workshop.sticky_notes if n.id != note_id))
