"""The national picture from the regions' own workshops (issue #40): which regions held a
workshop (the workshop sources of a reference set built from their files), what each one's
latest workshop found, what changed between a region's workshops, and the series itself, with
the deck's 2019 facts beside them. Anonymised on request: each region a letter, in a shuffled
order, and no word of a workshop's file, title or facilitator kept."""

from __future__ import annotations

import datetime as dt
import random
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..model import Key, Role
from ..model.values import MatrixPosition, RoleWeights
from ..model.vocabulary import BodyModel
from ..reference import Fact, ReferenceRegion, ReferenceSet, Source
from ..reference.regions import EarlierWorkshop, StrategyInForce

KNOWN_REGIONS = 21  # Sweden's regions: the series is counted against them
SCORES = (1, 2, 3, 4, 5)
# A region's position counts as moved when it moved this far on either axis (of 2).
MOVED = 0.05


@dataclass(frozen=True)
class Held:
    """One workshop of the series: whose, and its source (date, facilitator, file, format)."""

    name: str  # the region, as the report names it
    source: Source
    latest: bool  # the region's latest: its facts are the region's now


class Measure(StrEnum):
    """What changed between two of a region's workshops."""

    POLITICAL_MODEL = "political_model"
    ADMINISTRATIVE_MODEL = "administrative_model"
    MATRIX_TODAY = "matrix_today"
    MATRIX_AMBITION = "matrix_ambition"
    MAIN_ROLE_TODAY = "main_role_today"
    MAIN_ROLE_AMBITION = "main_role_ambition"


Value = BodyModel | MatrixPosition | RoleWeights | None


@dataclass(frozen=True)
class Shift:
    measure: Measure
    before: Value
    after: Value


@dataclass(frozen=True)
class Between:
    """What changed from one of a region's workshops to its next."""

    before: dt.date | None
    after: dt.date | None
    shifts: tuple[Shift, ...]


@dataclass(frozen=True)
class Entry:
    """A region that held a workshop: its latest workshop's facts, its workshops and what
    changed between them, and the deck's 2019 facts beside (none when anonymised)."""

    name: str
    region: ReferenceRegion
    held: tuple[Held, ...]  # oldest first
    changes: tuple[Between, ...]
    deck_administrative: Fact[BodyModel]
    strategy: Fact[StrategyInForce]

    @property
    def latest(self) -> Source:
        return self.held[-1].source


@dataclass(frozen=True)
class NationalPicture:
    name: str  # the set's ("" when anonymised: a folder's name may name a region)
    entries: tuple[Entry, ...]
    missing: tuple[str, ...]  # the regions with no workshop, by name (none named: anonymised)
    missing_count: int
    # The deck's 2019 classification of the administrative models, counted over the 21.
    deck_models: dict[BodyModel, int]
    anonymised: bool = False

    @property
    def held(self) -> list[Held]:
        """Every workshop of the series, in the order held (undated last), then by region."""
        every = [h for e in self.entries for h in e.held]
        return sorted(every, key=lambda h: (h.source.date is None, h.source.date, h.name))

    def as_reference_set(self) -> ReferenceSet:
        """The entries as a reference set (for the maps): each region's latest facts, its
        earlier workshops, and the workshops' sources."""
        sources = {h.source.id: h.source for e in self.entries for h in e.held}
        for e in self.entries:
            for fact in e.region.facts().values():
                if fact.source is not None and fact.source not in sources:
                    raise ValueError(f"{e.name}: a fact names a source that is not a workshop")
        return ReferenceSet(
            name=self.name,
            sources=tuple(sources.values()),
            regions=tuple(e.region for e in self.entries),
        )


def _workshop_sources(region: ReferenceRegion, sources: dict[str, Source]) -> list[Source]:
    """The region's workshops among `sources` (its facts', its earlier ones' and its latest
    workshop's sources, by id)."""
    ids = {f.source for f in region.facts().values() if f.source is not None}
    ids |= {old.source for old in region.earlier}
    if region.workshop is not None:
        ids.add(region.workshop)
    return [s for i in ids if (s := sources.get(i)) is not None and s.is_workshop]


def _dated(source: Source) -> tuple[bool, dt.date, str]:
    return (source.date is None, source.date or dt.date.min, source.workshop_file)


def national_picture(series: ReferenceSet, deck: ReferenceSet) -> NationalPicture:
    """The national picture of the workshops `series` was built from, beside `deck` (the
    shipped set: the 21 regions, the deck's 2019 models, the strategies in force)."""
    entries = []
    by_id = {s.id: s for s in series.sources}  # looked up once each, not searched
    for region in series.regions:
        sources = _workshop_sources(region, by_id)
        if not sources:
            continue
        facts = (f.source for f in region.facts().values() if f.source is not None)
        latest_id = region.workshop or next(facts, None)
        ordered = sorted(sources, key=_dated)
        # The region's facts come from its latest workshop: it ends the list whatever its date.
        ordered.sort(key=lambda s: s.id == latest_id)
        held = tuple(Held(region.name, s, s.id == latest_id) for s in ordered)
        by_code = _deck_region(deck, region)
        entries.append(
            Entry(
                region.name,
                region,
                held,
                _changes(region, held[-1].source.date),
                by_code.administrative_model if by_code else Fact[BodyModel](),
                by_code.strategy_2019 if by_code else Fact[StrategyInForce](),
            )
        )
    entries.sort(key=lambda e: e.name)
    have = {e.region.key for e in entries}
    missing = tuple(r.name for r in deck.regions if r.code is not None and r.key not in have)
    counts = {m: 0 for m in BodyModel}
    for r in deck.regions:
        model = r.administrative_model.value
        if r.code is not None and model is not None:
            counts[model] += 1
    return NationalPicture(series.name, tuple(entries), missing, len(missing), counts)


def _deck_region(deck: ReferenceSet, region: ReferenceRegion) -> ReferenceRegion | None:
    if region.code is None:
        return None
    try:
        return deck.region(region.code)
    except KeyError:
        return None


def _state(region: ReferenceRegion) -> EarlierWorkshop:
    """The region's latest facts in the shape of an earlier workshop's, to compare."""
    return EarlierWorkshop(
        source=region.matrix_position.source or "latest",
        matrix_today=region.matrix_position.value,
        matrix_ambition=region.matrix_ambition.value,
        roles_today=region.roles_today.value,
        roles_ambition=region.roles_ambition.value,
        political_model=region.political_model.value,
        administrative_model=region.administrative_model.value,
        key_scores=region.key_scores.value,
    )


def _moved(a: MatrixPosition, b: MatrixPosition) -> bool:
    return (
        abs(a.proactivity - b.proactivity) >= MOVED
        or abs(a.capital_per_capita - b.capital_per_capita) >= MOVED
    )


def _leaders(w: RoleWeights | None) -> tuple[Role, ...] | None:
    return None if w is None else w.leaders


def _changes(region: ReferenceRegion, latest_date: dt.date | None) -> tuple[Between, ...]:
    """What changed from each of the region's workshops to the next (a fact not known at one
    of the two is no change: the app never guesses what a workshop did not say)."""
    states = [*region.earlier, _state(region)]
    dates = [old.date for old in region.earlier]
    found = []
    for n in range(len(states) - 1):
        a, b = states[n], states[n + 1]
        shifts: list[Shift] = [
            Shift(measure, x, y)
            for measure, x, y in (
                (Measure.POLITICAL_MODEL, a.political_model, b.political_model),
                (Measure.ADMINISTRATIVE_MODEL, a.administrative_model, b.administrative_model),
            )
            if x is not None and y is not None and x != y
        ]
        for measure, x, y in (
            (Measure.MATRIX_TODAY, a.matrix_today, b.matrix_today),
            (Measure.MATRIX_AMBITION, a.matrix_ambition, b.matrix_ambition),
        ):
            if x is not None and y is not None and _moved(x, y):
                shifts.append(Shift(measure, x, y))
        for measure, r, s in (
            (Measure.MAIN_ROLE_TODAY, a.roles_today, b.roles_today),
            (Measure.MAIN_ROLE_AMBITION, a.roles_ambition, b.roles_ambition),
        ):
            if r is not None and s is not None and _leaders(r) != _leaders(s):
                shifts.append(Shift(measure, r, s))
        after = dates[n + 1] if n + 1 < len(dates) else latest_date
        found.append(Between(dates[n], after, tuple(shifts)))
    return tuple(found)


# --- what the national figures count ---


def models(entries: Sequence[Entry], which: str) -> dict[BodyModel | None, list[str]]:
    """The regions by their workshop's model (`which`: "political_model" or
    "administrative_model"; None: not known), in the entries' order."""
    out: dict[BodyModel | None, list[str]] = {m: [] for m in (*BodyModel, None)}
    for e in entries:
        fact: Fact[Any] = getattr(e.region, which)
        out[fact.value].append(e.name)
    return out


def deck_models(entries: Sequence[Entry]) -> dict[BodyModel | None, list[str]]:
    """The regions by the deck's 2019 administrative model (None: not classified there)."""
    out: dict[BodyModel | None, list[str]] = {m: [] for m in (*BodyModel, None)}
    for e in entries:
        out[e.deck_administrative.value].append(e.name)
    return out


class RoleCount(StrEnum):
    """A region's main role as the national figure counts it."""

    NONE = "none"  # a tie: no main role
    UNKNOWN = "unknown"  # the workshop placed no roles


def main_roles(entries: Sequence[Entry], ambition: bool) -> dict[Role | RoleCount, list[str]]:
    """The regions by their main role today (or as ambition); a tie is "none"."""
    out: dict[Role | RoleCount, list[str]] = {k: [] for k in (*Role, *RoleCount)}
    for e in entries:
        weights = (e.region.roles_ambition if ambition else e.region.roles_today).value
        if weights is None:
            out[RoleCount.UNKNOWN].append(e.name)
        else:
            out[weights.main_role or RoleCount.NONE].append(e.name)
    return out


def key_distribution(entries: Sequence[Entry]) -> dict[Key, tuple[int, ...]]:
    """For each key, how many regions gave it each score 1–5, and (last) how many none."""
    out = {}
    for key in Key:
        counts = [0] * (len(SCORES) + 1)
        for e in entries:
            scores = e.region.key_scores.value
            score = scores.scores.get(key) if scores is not None else None
            counts[(score - 1) if score is not None else len(SCORES)] += 1
        out[key] = tuple(counts)
    return out


# --- anonymised ---


def letters(n: int) -> str:
    """The n-th region's letters: A … Z, then AA, AB …"""
    alphabet = string.ascii_uppercase
    word = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        word = alphabet[rest] + word
    return word


KEPT_FACTS = (
    "political_model",
    "administrative_model",
    "matrix_position",
    "matrix_ambition",
    "roles_today",
    "roles_ambition",
    "rus_focus",
    "key_scores",
)


def anonymised(
    picture: NationalPicture, rng: random.Random, name_of: str = "Region {letter}"
) -> NationalPicture:
    """`picture` with every region a letter in a shuffled order ("Region A" …), each
    workshop "Workshop n" in the order held, and nothing kept that could name a region: no
    file, title or facilitator, no strategy's name, population or own numbers, no missing
    region by name (counted), no deck classification per region (counted), no set name."""
    order = list(picture.entries)
    rng.shuffle(order)
    named = {e.region.key: name_of.format(letter=letters(n)) for n, e in enumerate(order)}
    every = sorted(
        (h.source for e in picture.entries for h in e.held), key=lambda s: (*_dated(s), s.id)
    )
    ids = {s.id: f"workshop-{n}" for n, s in enumerate(every, start=1)}
    sources = {
        s.id: Source(
            id=ids[s.id],
            title=f"Workshop {n}",
            year=s.year,
            date=s.date,
            workshop_file=f"workshop-{n}",
            format_version=s.format_version,
        )
        for n, s in enumerate(every, start=1)
    }
    entries = []
    for e in order:
        name = named[e.region.key]
        facts: dict[str, object] = {}
        for field in KEPT_FACTS:
            fact: Fact[Any] = getattr(e.region, field)
            if fact.source is not None and fact.source in ids:
                facts[field] = Fact[Any](value=fact.value, source=ids[fact.source])
        earlier = tuple(
            old.model_copy(update={"source": ids[old.source]})
            for old in e.region.earlier
            if old.source in ids
        )
        workshop = ids.get(e.region.workshop or "")
        region = ReferenceRegion.model_validate(
            {"code": None, "name": name, **facts, "earlier": earlier, "workshop": workshop}
        )
        held = tuple(Held(name, sources[h.source.id], h.latest) for h in e.held)
        entries.append(
            Entry(name, region, held, e.changes, Fact[BodyModel](), Fact[StrategyInForce]())
        )
    entries.sort(key=lambda e: (len(e.name), e.name))
    counts = dict(picture.deck_models)
    return NationalPicture("", tuple(entries), (), picture.missing_count, counts, True)


def shuffled(seed: int | None = None) -> random.Random:
    """The order of an anonymised report's letters: never the regions' own order."""
    return random.Random(seed) if seed is not None else random.SystemRandom()


def workshop_count(entries: Iterable[Entry]) -> int:
    return sum(len(e.held) for e in entries)
