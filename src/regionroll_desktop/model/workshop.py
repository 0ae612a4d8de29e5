"""The workshop document: a tree of immutable pydantic models, complete for all four steps.

Sequences are tuples so that a state can be shared freely (undo, snapshots) without copying.
Derived facts, such as the political and administrative models, are properties computed from
the stored facts and never stored themselves.
"""

from __future__ import annotations

import datetime as dt
import weakref
from typing import Annotated, Self

from pydantic import (
    Field,
    StringConstraints,
    model_validator,
)
from pydantic_core import to_json

from .limits import (
    MAX_ACTIONS,
    MAX_ADMINISTRATIVE_BODIES,
    MAX_DOCUMENTS,
    MAX_DOTS,
    MAX_FOCUS_AREAS,
    MAX_GROUP_MARKS,
    MAX_GROUPS,
    MAX_IDEAS,
    MAX_LINKS,
    MAX_OWN_QUESTIONS,
    MAX_PARKED,
    MAX_POLITICAL_BODIES,
    MAX_PRIORITY_DOCUMENTS,
    MAX_SNAPSHOT_ROOM_ANSWERS,
    MAX_SNAPSHOTS,
    MAX_STICKY_NOTES,
    MAX_VOTES,
)
from .text import Name, Text
from .values import (
    Frozen,
    Id,
    MatrixPosition,
    RoleWeights,
)
from .vocabulary import (
    ActionStatus,
    AdministrativeBodyKind,
    BodyModel,
    Branch,
    FocusTier,
    IdeaFate,
    Key,
    Language,
    Moment,
    MunicipalInvolvement,
    PinKind,
    PoliticalBodyKind,
    ReviewVerdict,
    Side,
    Step,
    StrategyKind,
)


def _unique(ids: list[str], what: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise ValueError(f"duplicate {what} id {item!r}")
        seen.add(item)


# --- Workshop details and region ---


# Colours for the groups' markers, in the order new groups take them. Chosen so that every two
# of them, and each of them and the today/ambition markers, stay clearly apart for viewers with
# any colour-vision deficiency and stand out on white (tests/ui/test_colours.py checks it);
# the markers also carry the group's initial, so colour is never the only cue.
GROUP_COLOURS = (
    "#332288",  # indigo
    "#1b7837",  # green
    "#cc79a7",  # reddish purple
    "#999933",  # olive
    "#882255",  # wine
    "#000000",  # black
    "#009e73",  # bluish green
    "#aa4499",  # purple
)
HexColour = Annotated[str, StringConstraints(pattern=r"^#[0-9a-fA-F]{6}$")]


class Group(Frozen):
    id: Id
    name: Name
    members: Text = ""
    colour: HexColour = GROUP_COLOURS[0]
    side: Side | None = None  # elected members or officials; None: mixed, or not said


class WorkshopDetails(Frozen):
    title: Name = ""
    date: dt.date | None = None
    place: Name = ""
    facilitator: Name = ""
    participants: Text = ""
    groups: tuple[Group, ...] = Field(default=(), max_length=MAX_GROUPS)
    language: Language = Language.SV

    @model_validator(mode="after")
    def _unique_groups(self) -> Self:
        _unique([g.id for g in self.groups], "group")
        return self


class RegionChoice(Frozen):
    """The workshop's region: a reference region (by county code) or a name of its own."""

    code: Annotated[str, StringConstraints(pattern=r"^\d{2}$")] | None = None
    name: Annotated[Name, StringConstraints(min_length=1, strip_whitespace=True)]


# --- Step 1: Organisation ---

REGIONSTYRELSEN_ID = "rs"


class PoliticalBody(Frozen):
    id: Id
    name: Name
    kind: PoliticalBodyKind = PoliticalBodyKind.NAMND


class AdministrativeBody(Frozen):
    id: Id
    name: Name
    kind: AdministrativeBodyKind = AdministrativeBodyKind.FORVALTNING


class BranchPlacement(Frozen):
    """Where one development branch sits; None means still in the tray."""

    branch: Branch
    political_body: Id | None = None
    administrative_body: Id | None = None
    outside_remit: bool = False


def _default_political_bodies() -> tuple[PoliticalBody, ...]:
    return (
        PoliticalBody(
            id=REGIONSTYRELSEN_ID, name="Regionstyrelsen", kind=PoliticalBodyKind.REGIONSTYRELSE
        ),
    )


def _default_placements() -> tuple[BranchPlacement, ...]:
    return tuple(BranchPlacement(branch=b) for b in Branch)


# The nämnder the deck's political models count: those with a specific responsibility for
# regional development, on their own or shared with HSV.
RU_NAMND_KINDS = frozenset({PoliticalBodyKind.NAMND, PoliticalBodyKind.SHARED_HSV})


def _body_model(count: int) -> BodyModel:
    if count <= 0:
        return BodyModel.ZERO
    return BodyModel.ONE if count == 1 else BodyModel.SEVERAL


class Organisation(Frozen):
    political_bodies: tuple[PoliticalBody, ...] = Field(
        default_factory=_default_political_bodies, max_length=MAX_POLITICAL_BODIES
    )
    administrative_bodies: tuple[AdministrativeBody, ...] = Field(
        default=(), max_length=MAX_ADMINISTRATIVE_BODIES
    )
    branches: tuple[BranchPlacement, ...] = Field(default_factory=_default_placements)
    municipal_involvement: MunicipalInvolvement | None = None
    councils_tied_to: Id | None = None  # the nämnd or Regionstyrelsen the councils sit under
    note: Text = ""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _unique([b.id for b in self.political_bodies], "political body")
        _unique([b.id for b in self.administrative_bodies], "administrative body")
        boards = [b for b in self.political_bodies if b.kind is PoliticalBodyKind.REGIONSTYRELSE]
        if len(boards) != 1:
            raise ValueError("there must be exactly one Regionstyrelsen")
        if [p.branch for p in self.branches] != list(Branch):
            raise ValueError("every development branch must be listed once, in the deck's order")
        political = {b.id for b in self.political_bodies}
        administrative = {b.id for b in self.administrative_bodies}
        if self.councils_tied_to is not None and self.councils_tied_to not in political:
            raise ValueError("the councils are tied to an unknown political body")
        for p in self.branches:
            if p.political_body is not None and p.political_body not in political:
                raise ValueError(f"branch {p.branch} is placed in an unknown political body")
            if p.administrative_body is not None and p.administrative_body not in administrative:
                raise ValueError(f"branch {p.branch} is placed in an unknown administrative body")
        return self

    def placement(self, branch: Branch) -> BranchPlacement:
        return self.branches[list(Branch).index(branch)]

    def branches_in(self, body_id: str) -> tuple[Branch, ...]:
        return tuple(
            p.branch for p in self.branches if body_id in (p.political_body, p.administrative_body)
        )

    @property
    def political_model(self) -> BodyModel | None:
        """The deck's 0 / 1 / 2+: how many nämnder with a specific responsibility for regional
        development (on their own or shared with HSV) hold branches. 0, "ingen nämnd med
        specifikt regionalt utvecklingsansvar": Regionstyrelsen holds it, even when another
        sector's nämnd (kultur, trafik …) holds a branch.

        None while no branch has been placed in the political organisation.
        """
        homes = {p.political_body for p in self.branches if p.political_body is not None}
        if not homes:
            return None
        kinds = {b.id: b.kind for b in self.political_bodies}
        namnder = {h for h in homes if kinds[h] in RU_NAMND_KINDS}
        return _body_model(len(namnder))

    @property
    def shared_with_hsv(self) -> bool:
        """Whether a nämnd shared with HSV holds branches (the deck asks about maturity)."""
        kinds = {b.id: b.kind for b in self.political_bodies}
        return any(
            p.political_body is not None and kinds[p.political_body] is PoliticalBodyKind.SHARED_HSV
            for p in self.branches
        )

    @property
    def administrative_model(self) -> BodyModel | None:
        """The deck's three sentences, counted like the political lane's nämnder: 0, no
        special förvaltning (the branches sit in the general administration, e.g. the
        regional board's); 1, one samlad förvaltning for regional development (other branches
        may sit elsewhere, in the general administration); 2+, the questions spread over
        several förvaltningar. The general administration is never counted.

        None while no branch has been placed in the administrative organisation.
        """
        homes = {p.administrative_body for p in self.branches if p.administrative_body}
        if not homes:
            return None
        kinds = {b.id: b.kind for b in self.administrative_bodies}
        forvaltningar = {h for h in homes if kinds[h] is AdministrativeBodyKind.FORVALTNING}
        return _body_model(len(forvaltningar))


# --- Step 2: Finansiering ---


class GroupPosition(Frozen):
    """Where one group puts the region on the capital matrix, today or as its ambition."""

    group: Id
    moment: Moment
    position: MatrixPosition


MAX_MSEK = 1_000_000.0  # a region's yearly development capital, in millions of kronor
Msek = Annotated[float, Field(ge=0.0, le=MAX_MSEK, allow_inf_nan=False)]


class CapitalNumbers(Frozen):
    """The region's own numbers for its development capital, one year, with their source (all
    optional: what is not given is not known, and nothing is guessed from it). Amounts in
    millions of kronor."""

    year: Annotated[int, Field(ge=1990, le=2200)] | None = None
    source: Name = ""
    anslag: Msek | None = None  # the state's 1:1-anslag
    own_funds: Msek | None = None  # the region's own funds for regional development
    external_funds: Msek | None = None  # EU's and other external funds
    distributed_share: Annotated[int, Field(ge=0, le=100)] | None = None  # % via utlysningar

    @property
    def controlled(self) -> float | None:
        """What the region controls itself (the deck's "statliga 1:1-anslaget och egna
        regionala medel"): known only when both are."""
        if self.anslag is None or self.own_funds is None:
            return None
        return self.anslag + self.own_funds

    @property
    def is_empty(self) -> bool:
        return self == CapitalNumbers()


class Financing(Frozen):
    today: MatrixPosition | None = None
    ambition: MatrixPosition | None = None
    note: Text = ""
    groups: tuple[GroupPosition, ...] = Field(default=(), max_length=MAX_GROUP_MARKS)
    numbers: CapitalNumbers | None = None  # the region's own, when the room gave them

    def at(self, moment: Moment) -> MatrixPosition | None:
        """The workshop's own marker for `moment` (None while not placed)."""
        return self.today if moment is Moment.TODAY else self.ambition

    def group_position(self, group: str, moment: Moment) -> MatrixPosition | None:
        return next(
            (g.position for g in self.groups if g.group == group and g.moment == moment), None
        )


# --- Step 3: Strategi ---


class StrategyDocument(Frozen):
    id: Id
    title: Name
    kind: StrategyKind
    year: Annotated[int, Field(ge=1900, le=2200)] | None = None
    branches: tuple[Branch, ...] = ()

    @model_validator(mode="after")
    def _canonical_branches(self) -> Self:
        if list(self.branches) != [b for b in Branch if b in self.branches]:
            raise ValueError("a document's branches must be unique and in the deck's order")
        return self


class DerivationLink(Frozen):
    """`document` derives from `source` (e.g. an action plan from a field strategy)."""

    document: Id
    source: Id


class FocusArea(Frozen):
    """A priority of the RUS, its tier (Spets / Kärna / Bredd), and the deck's two tests of a
    relevant RUS: a political priority, and what needs samhandling; with the branches and
    documents that carry it."""

    id: Id
    text: Name
    tier: FocusTier | None = None
    political: bool = False  # "politisk prioritering"
    samhandling: bool = False  # "kräver samhandling"
    branches: tuple[Branch, ...] = ()
    documents: tuple[Id, ...] = Field(default=(), max_length=MAX_PRIORITY_DOCUMENTS)

    @model_validator(mode="after")
    def _canonical(self) -> Self:
        if list(self.branches) != [b for b in Branch if b in self.branches]:
            raise ValueError("a priority's branches must be unique and in the deck's order")
        if len(set(self.documents)) != len(self.documents):
            raise ValueError("a priority names a document twice")
        return self

    @property
    def tested(self) -> bool:
        """Whether it passes at least one of the deck's two tests."""
        return self.political or self.samhandling


class Strategy(Frozen):
    documents: tuple[StrategyDocument, ...] = Field(default=(), max_length=MAX_DOCUMENTS)
    links: tuple[DerivationLink, ...] = Field(default=(), max_length=MAX_LINKS)
    focus_areas: tuple[FocusArea, ...] = Field(default=(), max_length=MAX_FOCUS_AREAS)
    note: Text = ""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        ids = [d.id for d in self.documents]
        _unique(ids, "strategy document")
        _unique([f.id for f in self.focus_areas], "focus area")
        known = set(ids)
        if any(d not in known for f in self.focus_areas for d in f.documents):
            raise ValueError("a priority refers to a strategy document that does not exist")
        pairs: set[tuple[str, str]] = set()
        for link in self.links:
            if link.document not in known or link.source not in known:
                raise ValueError("a link refers to a strategy document that does not exist")
            if link.document == link.source:
                raise ValueError("a strategy document cannot derive from itself")
            pair = (link.document, link.source)
            if pair in pairs:
                raise ValueError("the same link is listed twice")
            pairs.add(pair)
        return self

    def document(self, doc_id: str) -> StrategyDocument:
        for d in self.documents:
            if d.id == doc_id:
                return d
        raise KeyError(doc_id)


# --- Step 4: Genomförandepraktik ---


class GroupRoles(Frozen):
    """How one group weighs the four roles, today or as its ambition."""

    group: Id
    moment: Moment
    weights: RoleWeights


Percent = Annotated[int, Field(ge=0, le=100)]


class OtherRole(Frozen):
    """A role the deck does not have, named by the room (the deck: "det finns sannolikt fler
    roller"), and the share of the region's effort it takes today and as ambition (whole
    percent; None while not said). The four roles' weights describe the rest."""

    name: Annotated[Name, StringConstraints(min_length=1)]
    today: Percent | None = None
    ambition: Percent | None = None

    def at(self, moment: Moment) -> int | None:
        return self.today if moment is Moment.TODAY else self.ambition


class Implementation(Frozen):
    today: RoleWeights | None = None
    ambition: RoleWeights | None = None
    other_role: OtherRole | None = None
    note: Text = ""
    groups: tuple[GroupRoles, ...] = Field(default=(), max_length=MAX_GROUP_MARKS)

    def at(self, moment: Moment) -> RoleWeights | None:
        """The workshop's own weights for `moment` (None while not placed)."""
        return self.today if moment is Moment.TODAY else self.ambition

    def group_weights(self, group: str, moment: Moment) -> RoleWeights | None:
        return next(
            (g.weights for g in self.groups if g.group == group and g.moment == moment), None
        )


# --- The time each step takes ---


class StepTiming(Frozen):
    """The facilitator's plan for a step (minutes; None when there is none) and the time the
    step's timer has run."""

    step: Step
    planned_minutes: Annotated[int, Field(ge=1, le=600)] | None = None
    spent_seconds: Annotated[int, Field(ge=0, le=7 * 24 * 3600)] = 0


def _default_timing() -> tuple[StepTiming, ...]:
    return tuple(StepTiming(step=s) for s in Step)


# --- The keys ---


class KeyAssessment(Frozen):
    key: Key
    score: Annotated[int, Field(ge=1, le=5)] | None = None
    note: Text = ""


def _default_keys() -> tuple[KeyAssessment, ...]:
    return tuple(KeyAssessment(key=k) for k in Key)


# --- The workshop ---


# --- The workshop's outcome: conclusions and actions ---


class Conclusion(Frozen):
    """The room's conclusion on one of the deck's four questions, in its own words."""

    step: Step
    text: Text = ""
    agreed: bool = False  # the room marked it as agreed (it proposes and agrees, never decides)


class Action(Frozen):
    """What will be done, by whom, by when; tied to a step or to one of the keys (or neither)."""

    id: Id
    what: Annotated[Name, StringConstraints(min_length=1)]
    who: Name = ""  # a person or a role
    due: dt.date | None = None
    step: Step | None = None
    key: Key | None = None
    status: ActionStatus = ActionStatus.PROPOSED

    @model_validator(mode="after")
    def _one_link(self) -> Self:
        if self.step is not None and self.key is not None:
            raise ValueError("an action is tied to a step or to a key, not both")
        return self


class ParkedQuestion(Frozen):
    """An open question parked during the workshop ("Parkering"), to come back to."""

    id: Id
    text: Annotated[Name, StringConstraints(min_length=1)]
    step: Step | None = None  # where the room was when it was parked
    closed: bool = False


class HandledIdea(Frozen):
    """What the facilitator made of one idea from the phones (model/room.py Idea): `into` the
    idea it was merged into, or the action or parked question made of it (which the room may
    remove later: the idea stays handled)."""

    idea: Id
    fate: IdeaFate
    into: Id | None = None

    @model_validator(mode="after")
    def _into(self) -> Self:
        if (self.fate is IdeaFate.HIDDEN) != (self.into is None):
            raise ValueError("a hidden idea goes nowhere; any other goes somewhere")
        if self.into == self.idea:
            raise ValueError("an idea cannot be merged into itself")
        return self


class ActionReview(Frozen):
    """The follow-up's word on one action of the previous workshop (by its id there): what
    became of it, a note, and the action it carried over as here (when it did)."""

    action: Id
    verdict: ReviewVerdict | None = None  # not yet reviewed
    note: Text = ""
    carried: Id | None = None


class DotVote(Frozen):
    """A group's dots on one action or one RUS priority (dot voting)."""

    group: Id
    target: Id  # an action's or a RUS priority's id
    dots: Annotated[int, Field(ge=1, le=MAX_DOTS)]


def _default_conclusions() -> tuple[Conclusion, ...]:
    return tuple(Conclusion(step=s) for s in Step)


# What the ambition's role means for the region, step by step (the deck's "analys av rollernas
# strategiska konsekvenser"): for the organisation, the financing and the strategy.
CONSEQUENCE_STEPS = (Step.ORGANISATION, Step.FINANSIERING, Step.STRATEGI)


class Consequence(Frozen):
    """What the ambition means for us, for one step, in the room's own words (one line each)."""

    step: Step
    text: Text = ""


def _default_consequences() -> tuple[Consequence, ...]:
    return tuple(Consequence(step=s) for s in CONSEQUENCE_STEPS)


class Outcome(Frozen):
    conclusions: tuple[Conclusion, ...] = Field(default_factory=_default_conclusions)
    actions: tuple[Action, ...] = Field(default=(), max_length=MAX_ACTIONS)
    parked: tuple[ParkedQuestion, ...] = Field(default=(), max_length=MAX_PARKED)
    dots_per_group: Annotated[int, Field(ge=1, le=MAX_DOTS)] = 3
    votes: tuple[DotVote, ...] = Field(default=(), max_length=MAX_VOTES)
    consequences: tuple[Consequence, ...] = Field(default_factory=_default_consequences)
    # What the facilitator made of the phones' ideas (format 9): an undo step each.
    handled: tuple[HandledIdea, ...] = Field(default=(), max_length=MAX_IDEAS)
    # A follow-up's review of the previous workshop's actions (format 10).
    reviews: tuple[ActionReview, ...] = Field(default=(), max_length=MAX_ACTIONS)
    # The facilitator shows each idea to the room's phones before they see it (format 11):
    # then an open idea not in `shown_ideas` waits (its own phone sees it, marked so).
    review_ideas: bool = False
    shown_ideas: tuple[Id, ...] = Field(default=(), max_length=MAX_IDEAS)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _unique([h.idea for h in self.handled], "handled idea")
        _unique(list(self.shown_ideas), "shown idea")
        _unique([r.action for r in self.reviews], "reviewed action")
        if [c.step for c in self.conclusions] != list(Step):
            raise ValueError("every step's conclusion must be listed once, in the steps' order")
        if [c.step for c in self.consequences] != list(CONSEQUENCE_STEPS):
            raise ValueError("the consequences are for organisation, financing and strategy")
        _unique([a.id for a in self.actions], "action")
        _unique([q.id for q in self.parked], "parked question")
        spent: dict[str, int] = {}
        for vote in self.votes:
            spent[vote.group] = spent.get(vote.group, 0) + vote.dots
        if any(n > self.dots_per_group for n in spent.values()):
            raise ValueError("a group has spent more dots than it has")
        if len({(v.group, v.target) for v in self.votes}) != len(self.votes):
            raise ValueError("a group's dots on one target must be listed once")
        return self

    def conclusion(self, step: Step) -> Conclusion:
        return self.conclusions[list(Step).index(step)]

    def consequence(self, step: Step) -> Consequence:
        """What the ambition means for `step` (one of CONSEQUENCE_STEPS)."""
        return self.consequences[CONSEQUENCE_STEPS.index(step)]

    def action(self, action_id: str) -> Action:
        return next(a for a in self.actions if a.id == action_id)

    def review(self, action: str) -> ActionReview | None:
        """The follow-up's review of the previous workshop's action `action` (None: none)."""
        return next((r for r in self.reviews if r.action == action), None)

    def fate(self, idea: str) -> HandledIdea | None:
        """What the facilitator made of the phones' idea `idea` (None: still open)."""
        return next((h for h in self.handled if h.idea == idea), None)

    def waiting(self, idea: str) -> bool:
        """Whether the phones' idea `idea` waits for the facilitator to show it to the room
        (under `review_ideas`, open and not shown yet): only its own phone sees it."""
        return self.review_ideas and idea not in self.shown_ideas and self.fate(idea) is None

    def dots_on(self, target: str) -> int:
        return sum(v.dots for v in self.votes if v.target == target)

    def dots_left(self, group: str) -> int:
        return self.dots_per_group - sum(v.dots for v in self.votes if v.group == group)

    @property
    def is_empty(self) -> bool:
        return (
            not self.actions
            and not self.parked
            and not any(c.text.strip() for c in self.conclusions)
            and not any(c.text.strip() for c in self.consequences)
        )


# --- Sticky notes on the canvases ---

Fraction = Annotated[float, Field(ge=0.0, le=1.0, allow_inf_nan=False)]
ROOM_MARKER = "room"  # a marker pin's item when the marker is the workshop's own, not a group's
PIN_STEPS = {
    PinKind.BODY: (Step.ORGANISATION,),
    PinKind.CARD: (Step.STRATEGI,),
    PinKind.MARKER: (Step.FINANSIERING, Step.GENOMFORANDEPRAKTIK),
}


class NotePin(Frozen):
    """The item a sticky note is pinned to: a body's or a card's id, or a marker (the
    workshop's own, `ROOM_MARKER`, or a group's id, with its moment). A pin whose item is gone
    (a body removed, a marker cleared) leaves the note where it was last put by itself."""

    kind: PinKind
    item: Id
    moment: Moment | None = None

    @model_validator(mode="after")
    def _moment_for_markers(self) -> Self:
        if (self.kind is PinKind.MARKER) != (self.moment is not None):
            raise ValueError("a marker pin, and only a marker pin, names the marker's moment")
        return self


class StickyNote(Frozen):
    """A short note the room puts on a step's canvas: neutral or in a group's colour, lying
    where it was put (`x`, `y`: its top left corner as fractions of the canvas) or pinned to
    an item, which it then follows."""

    id: Id
    step: Step
    text: Name = ""
    group: Id | None = None  # the group whose colour it takes; None: neutral
    x: Fraction = 0.05
    y: Fraction = 0.05
    pin: NotePin | None = None

    @model_validator(mode="after")
    def _pin_on_its_step(self) -> Self:
        if self.pin is not None and self.step not in PIN_STEPS[self.pin.kind]:
            raise ValueError(f"a note on {self.step} cannot be pinned to a {self.pin.kind}")
        return self


class Workshop(Frozen):
    details: WorkshopDetails = Field(default_factory=WorkshopDetails)
    region: RegionChoice | None = None
    organisation: Organisation = Field(default_factory=Organisation)
    financing: Financing = Field(default_factory=Financing)
    strategy: Strategy = Field(default_factory=Strategy)
    implementation: Implementation = Field(default_factory=Implementation)
    keys: tuple[KeyAssessment, ...] = Field(default_factory=_default_keys)
    outcome: Outcome = Field(default_factory=Outcome)
    timing: tuple[StepTiming, ...] = Field(default_factory=_default_timing)
    sticky_notes: tuple[StickyNote, ...] = Field(default=(), max_length=MAX_STICKY_NOTES)
    snapshots: tuple[Snapshot, ...] = Field(default=(), max_length=MAX_SNAPSHOTS)
    room: RoomRecord = Field(default_factory=lambda: RoomRecord())  # what the phones answered
    # The facilitator's own questions for the phones (format 9), in the order written.
    own_questions: tuple[OwnQuestion, ...] = Field(default=(), max_length=MAX_OWN_QUESTIONS)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if [k.key for k in self.keys] != list(Key):
            raise ValueError("every key must be listed once, in the deck's order")
        if [t.step for t in self.timing] != list(Step):
            raise ValueError("every step's timing must be listed once, in the steps' order")
        targets = {a.id for a in self.outcome.actions} | {f.id for f in self.strategy.focus_areas}
        group_ids = {g.id for g in self.details.groups}
        for vote in self.outcome.votes:
            if vote.group not in group_ids:
                raise ValueError(f"dots belong to the unknown group {vote.group!r}")
            if vote.target not in targets:
                raise ValueError(f"dots sit on {vote.target!r}, neither an action nor a priority")
        _unique([s.id for s in self.snapshots], "snapshot")
        if sum(1 for s in self.snapshots if s.previous) > 1:
            raise ValueError("a workshop follows up one previous workshop")
        _unique([q.id for q in self.own_questions], "own question")
        if snapshot_room_answers(self.snapshots) > MAX_SNAPSHOT_ROOM_ANSWERS:
            raise ValueError(
                f"the snapshots keep more than {MAX_SNAPSHOT_ROOM_ANSWERS} of the room's answers"
            )
        _unique([n.id for n in self.sticky_notes], "sticky note")
        groups = {g.id for g in self.details.groups}
        for note in self.sticky_notes:
            if note.group is not None and note.group not in groups:
                raise ValueError(
                    f"a sticky note takes the colour of the unknown group {note.group!r}"
                )
        marks = {
            "matrix": [(g.group, g.moment) for g in self.financing.groups],
            "role": [(g.group, g.moment) for g in self.implementation.groups],
        }
        for what, pairs in marks.items():
            for group, _moment in pairs:
                if group not in groups:
                    raise ValueError(f"a {what} marker belongs to the unknown group {group!r}")
            if len(pairs) != len(set(pairs)):
                raise ValueError(f"a group has two {what} markers for the same moment")
        return self

    def step_timing(self, step: Step) -> StepTiming:
        return self.timing[list(Step).index(step)]

    def dot_targets(self) -> dict[str, str]:
        """What dots may go on, by id: the actions' words, then the RUS priorities'."""
        targets = {a.id: a.what for a in self.outcome.actions}
        return targets | {f.id: f.text for f in self.strategy.focus_areas}

    def group(self, group_id: str) -> Group | None:
        return next((g for g in self.details.groups if g.id == group_id), None)

    def key(self, key: Key) -> KeyAssessment:
        return self.keys[list(Key).index(key)]

    def note(self, step: Step) -> str:
        return self.part(step).note

    def part(self, step: Step) -> Organisation | Financing | Strategy | Implementation:
        """The part of the workshop that a step edits (with the step's note)."""
        models: dict[Step, Organisation | Financing | Strategy | Implementation] = {
            Step.ORGANISATION: self.organisation,
            Step.FINANSIERING: self.financing,
            Step.STRATEGI: self.strategy,
            Step.GENOMFORANDEPRAKTIK: self.implementation,
        }
        return models[step]

    def waiting_ideas(self) -> frozenset[str]:
        """The phones' ideas that wait for the facilitator to show them to the room."""
        if not self.outcome.review_ideas:
            return frozenset()
        return frozenset(i.id for i in self.room.ideas if self.outcome.waiting(i.id))

    def notes_on(self, step: Step) -> tuple[StickyNote, ...]:
        """The sticky notes on `step`'s canvas, in the order they were put there."""
        return tuple(n for n in self.sticky_notes if n.step is step)

    def sticky_note(self, note_id: str) -> StickyNote | None:
        return next((n for n in self.sticky_notes if n.id == note_id), None)

    def without_snapshots(self) -> Workshop:
        return self.model_copy(update={"snapshots": ()})

    @property
    def previous(self) -> Snapshot | None:
        """The previous workshop this one follows up, as it was left (None: none)."""
        return next((s for s in self.snapshots if s.previous), None)


def snapshot_bytes(snapshots: tuple[Snapshot, ...]) -> int:
    """The bytes the snapshots take together in a file (limits.MAX_SNAPSHOT_BYTES)."""
    return sum(s.file_bytes for s in snapshots)


def snapshot_room_answers(snapshots: tuple[Snapshot, ...]) -> int:
    """How many of the room's answers the snapshots keep together."""
    return sum(len(s.workshop.room.answers) + len(s.workshop.room.ideas) for s in snapshots)


# Each snapshot's text once written, by the snapshot's identity while it lives (kept out of
# the model, so that equal snapshots stay equal whether written or not): a file's snapshots are
# the bulk of it and never change, so saving and autosaving serialise only the live state.
_snapshot_texts: dict[int, bytes] = {}
# How deep a snapshot sits in the deepest file that holds it (a recovery file: the envelope,
# the recovery, the workshop, its list of snapshots), in the files' indentation of two spaces.
SNAPSHOT_DEPTH = 2 * 4


def snapshot_json_kept(snapshot: Snapshot) -> bool:
    """Whether the snapshot's text is written already (a file opened has none kept yet)."""
    return id(snapshot) in _snapshot_texts


def snapshot_json(snapshot: Snapshot, depth: int = SNAPSHOT_DEPTH) -> bytes:
    """The snapshot's JSON as a file lays it out, every line indented `depth` spaces
    (at most SNAPSHOT_DEPTH): written once, at the deepest, and shifted for a shallower file."""
    text = _snapshot_texts.get(id(snapshot))
    if text is None:
        pad = b" " * SNAPSHOT_DEPTH
        text = pad + to_json(snapshot, indent=2).replace(b"\n", b"\n" + pad)
        _snapshot_texts[id(snapshot)] = text
        weakref.finalize(snapshot, _snapshot_texts.pop, id(snapshot), None)
    if depth >= SNAPSHOT_DEPTH:
        return text
    return text[SNAPSHOT_DEPTH - depth :].replace(
        b"\n" + b" " * SNAPSHOT_DEPTH, b"\n" + b" " * depth
    )


class Snapshot(Frozen):
    """A named, timestamped copy of the whole workshop state (without snapshots of its own).
    One may be the previous workshop this one follows up (format 10): its state as it was
    left, held on `taken_at`, read from the file named `source`."""

    id: Id
    name: Name
    taken_at: dt.datetime
    workshop: Workshop
    previous: bool = False
    source: Name = ""  # the previous workshop's file name (never its folder)

    @property
    def file_bytes(self) -> int:
        """The bytes this snapshot takes in a file, as the deepest file writes it, with room
        for what lies between two snapshots and around their list."""
        return len(snapshot_json(self)) + 16

    @model_validator(mode="after")
    def _flat(self) -> Self:
        if self.workshop.snapshots:
            raise ValueError("a snapshot cannot hold snapshots of its own")
        if self.taken_at.tzinfo is None:
            raise ValueError("a snapshot's time must carry its time zone")
        return self


# The room's answers use the types above; the workshop holds them (resolved here, once both
# modules are read).
from .room import OwnQuestion, RoomRecord  # noqa: E402

Workshop.model_rebuild()
Snapshot.model_rebuild()
