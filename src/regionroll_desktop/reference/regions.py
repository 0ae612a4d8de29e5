"""Reference regions: Sweden's 21 regions, each fact with its source.

A fact whose value is None is "not known": the app shows it so and never guesses. A reference
set is a data file; the shipped one holds what the deck and SCB say, and a facilitator's own set
can add facts (say, matrix positions read from the full report) that are merged over it.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from typing import Annotated, ClassVar, Generic, Self, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from ..model.text import Name, Text, clean
from ..model.values import Id, MatrixPosition, RoleWeights
from ..model.vocabulary import BodyModel, Key, Language
from ..model.workshop import CapitalNumbers, RegionChoice

T = TypeVar("T")


class ReferenceSetError(ValueError):
    """A reference set whose parts do not fit together; the message says how."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", allow_inf_nan=False)


Url = Annotated[
    str, AfterValidator(clean), StringConstraints(max_length=2000, pattern=r"^(https?://\S+)?$")
]


class Source(_Frozen):
    id: Id
    title: Name
    publisher: Name = ""
    year: int | None = None
    detail: Text = ""
    date: dt.date | None = None  # a workshop's date, when the source is a workshop
    url: Url = ""  # the page a fact was read from, as text (never opened by the app)
    # A workshop file a built set read (reference format 5): its name, and the workshop
    # format's version it was written in (None: not known, a set built before format 5).
    workshop_file: Name = ""
    format_version: int | None = Field(default=None, ge=1, le=1000)

    @property
    def is_workshop(self) -> bool:
        """Whether the source is a region's own workshop (a file a built set read)."""
        return bool(self.workshop_file)


class StrategyInForce(_Frozen):
    """The regional development strategy (or the programme in its place) a region had in
    force, as a public page names it; what the page does not say is empty."""

    name: Name
    period: Name = ""
    decided: Name = ""  # as the page says it: "2019-04", "2013"
    note: Text = ""  # in Swedish, the data's language
    note_en: Text = ""  # the same in English, for the English UI (empty: none given)

    def note_in(self, language: Language) -> str:
        """The note in `language` (the Swedish one where no English is given)."""
        return self.note_en if language is Language.EN and self.note_en else self.note


Count = Annotated[int, Field(ge=0, le=10_000)]
Score = Annotated[int, Field(ge=1, le=5)]


class FocusCounts(_Frozen):
    """How many of the RUS's priorities the room sorted as spets, bredd and kärna, and how
    many it left unsorted."""

    spets: Count = 0
    bredd: Count = 0
    karna: Count = 0
    unsorted: Count = 0


class KeyScores(_Frozen):
    """The room's score of each of the five keys (1–5; a key not scored is absent)."""

    scores: dict[Key, Score] = Field(default_factory=dict)


class EarlierWorkshop(_Frozen):
    """A region's earlier workshop (a later one gives its position): where it stood then."""

    source: Id
    date: dt.date | None = None
    matrix_today: MatrixPosition | None = None
    matrix_ambition: MatrixPosition | None = None
    roles_today: RoleWeights | None = None
    roles_ambition: RoleWeights | None = None
    # Reference format 5: the models and the keys' scores then too (None: not known).
    political_model: BodyModel | None = None
    administrative_model: BodyModel | None = None
    key_scores: KeyScores | None = None


class Fact(_Frozen, Generic[T]):
    """A value and the id of the source that gives it; no value means "not known"."""

    value: T | None = None
    source: Id | None = None

    @model_validator(mode="after")
    def _sourced(self) -> Self:
        if self.value is not None and self.source is None:
            raise ValueError("a known fact must name its source")
        return self

    @property
    def known(self) -> bool:
        return self.value is not None


# The county codes of Sweden's 21 regions (SCB's länskoder); a reference region is one of them.
COUNTY_CODES = frozenset(
    f"{n:02d}" for n in (1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13, 14, *range(17, 26))
)
MAX_SOURCES = 20_000  # a source per workshop file of a built set, and then some


class ReferenceRegion(_Frozen):
    # One of the 21 regions by its county code, or (None) a region of its own, known by its
    # name: one a workshop was held for (a group of municipalities, a region in training).
    code: Annotated[str, StringConstraints(pattern=r"^\d{2}$")] | None
    name: Annotated[Name, StringConstraints(min_length=1)]

    @model_validator(mode="after")
    def _swedish(self) -> Self:
        if self.code is not None and self.code not in COUNTY_CODES:
            raise ValueError(
                f"{self.code!r} is not the county code of a Swedish region (01, 03–10, 12–14, "
                "17–25)"
            )
        if self.code is None and not normalise_name(self.name):
            raise ValueError("a region of its own needs a name")
        return self

    @property
    def key(self) -> str:
        """What tells regions apart: the county code, or a region of its own's name."""
        return choice_key(self.code, self.name)

    aliases: tuple[Name, ...] = ()
    county: Fact[Name] = Field(default_factory=Fact[Name])
    official_name: Fact[Name] = Field(default_factory=Fact[Name])
    population_2018: Fact[int] = Field(default_factory=Fact[int])
    population_2019: Fact[int] = Field(default_factory=Fact[int])
    administrative_model: Fact[BodyModel] = Field(default_factory=Fact[BodyModel])
    political_model: Fact[BodyModel] = Field(default_factory=Fact[BodyModel])
    matrix_position: Fact[MatrixPosition] = Field(default_factory=Fact[MatrixPosition])
    matrix_ambition: Fact[MatrixPosition] = Field(default_factory=Fact[MatrixPosition])
    roles_today: Fact[RoleWeights] = Field(default_factory=Fact[RoleWeights])
    roles_ambition: Fact[RoleWeights] = Field(default_factory=Fact[RoleWeights])
    rus_focus: Fact[FocusCounts] = Field(default_factory=Fact[FocusCounts])
    key_scores: Fact[KeyScores] = Field(default_factory=Fact[KeyScores])
    strategy_2019: Fact[StrategyInForce] = Field(default_factory=Fact[StrategyInForce])
    # The region's own numbers for its development capital, from its workshop (their own
    # year and source inside; the fact's source is the workshop file).
    capital_numbers: Fact[CapitalNumbers] = Field(default_factory=Fact[CapitalNumbers])
    earlier: tuple[EarlierWorkshop, ...] = Field(default=(), max_length=1000)
    # The source of the region's latest workshop, in a set built from workshop files
    # (reference format 5): held even when that workshop placed nothing.
    workshop: Id | None = None

    FACT_FIELDS: ClassVar[tuple[str, ...]] = (
        "county",
        "official_name",
        "population_2018",
        "population_2019",
        "administrative_model",
        "political_model",
        "matrix_position",
        "matrix_ambition",
        "roles_today",
        "roles_ambition",
        "rus_focus",
        "key_scores",
        "strategy_2019",
        "capital_numbers",
    )

    def facts(self) -> dict[str, Fact[object]]:
        return {name: getattr(self, name) for name in self.FACT_FIELDS}


def choice_key(code: str | None, name: str) -> str:
    """The `key` of the reference region a workshop's region choice stands for."""
    return code if code is not None else "name:" + normalise_name(name)


def own_key(region: RegionChoice | None) -> str | None:
    """The `key` of a workshop's own region (None when it names none): the region it never
    meets among the others."""
    return choice_key(region.code, region.name) if region is not None else None


def normalise_name(name: str) -> str:
    """Fold case, accents kept, hyphens and extra spaces ignored: "Jämtland-Härjedalen" ~
    "jämtland härjedalen"."""
    text = unicodedata.normalize("NFC", name).casefold().replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


class ReferenceSet(_Frozen):
    name: Name
    description: Text = ""
    sources: tuple[Source, ...] = Field(default=(), max_length=MAX_SOURCES)
    regions: tuple[ReferenceRegion, ...] = Field(default=(), max_length=1000)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        source_ids = [s.id for s in self.sources]
        if len(set(source_ids)) != len(source_ids):
            raise ValueError("a source id is listed twice")
        keys = [r.key for r in self.regions]
        if len(set(keys)) != len(keys):
            raise ValueError("a region is listed twice")
        known = set(source_ids)
        for region in self.regions:
            for field, fact in region.facts().items():
                if fact.source is not None and fact.source not in known:
                    raise ValueError(
                        f"{region.name}: the {field} names a source that is not listed"
                    )
            if region.workshop is not None and region.workshop not in known:
                raise ValueError(f"{region.name}: its workshop names a source that is not listed")
            for earlier in region.earlier:
                if earlier.source not in known:
                    raise ValueError(
                        f"{region.name}: an earlier workshop names a source that is not listed"
                    )
        return self

    def source(self, source_id: str) -> Source:
        for s in self.sources:
            if s.id == source_id:
                return s
        raise KeyError(source_id)

    def region(self, code: str) -> ReferenceRegion:
        """The region with a county code (or, given a region's `key`, any region)."""
        for r in self.regions:
            if r.code == code or r.key == code:
                return r
        raise KeyError(code)

    def resolve(self, name: str) -> ReferenceRegion | None:
        """The region a name stands for: its canonical, short, official or county name."""
        wanted = normalise_name(name)
        wanted_bare = wanted.removeprefix("region ")
        for r in self.regions:
            names = {r.name, *r.aliases}
            for fact in (r.official_name, r.county):
                if fact.value is not None:
                    names.add(fact.value)
            folded = {normalise_name(n) for n in names}
            if wanted in folded or wanted_bare in folded:
                return r
        return None

    def merged_with(self, overlay: ReferenceSet) -> ReferenceSet:
        """This set with every known fact of `overlay` laid over it (regions matched by code)."""
        sources = {s.id: s for s in self.sources}
        for s in overlay.sources:
            if s.id in sources and sources[s.id] != s:
                raise ReferenceSetError(
                    f"the source id {s.id!r} means different things in the two sets"
                )
            sources[s.id] = s
        if len(sources) > MAX_SOURCES:
            raise ReferenceSetError(
                f"together the two sets name {len(sources)} sources, more than the "
                f"{MAX_SOURCES} a reference set may hold"
            )
        regions = {r.key: r for r in self.regions}
        for extra in overlay.regions:
            base = regions.get(extra.key)
            if base is None:
                regions[extra.key] = extra
                continue
            known: dict[str, object] = {f: fact for f, fact in extra.facts().items() if fact.known}
            if extra.earlier:
                known["earlier"] = extra.earlier
            if extra.workshop is not None:
                known["workshop"] = extra.workshop
            regions[extra.key] = base.model_copy(update=known)
        return ReferenceSet(
            name=f"{self.name} + {overlay.name}",
            description=overlay.description or self.description,
            sources=tuple(sources.values()),
            regions=tuple(sorted(regions.values(), key=lambda r: r.name)),
        )


def with_matrix_position(
    overlay: ReferenceSet,
    region: ReferenceRegion,
    position: MatrixPosition | None,
    source: Source,
) -> ReferenceSet:
    """`overlay` with `region`'s matrix position set (None: removed) and credited to `source`.

    The overlay is a facilitator's own set: it holds only the regions and facts they added.
    """
    sources = (*(s for s in overlay.sources if s.id != source.id), source)
    regions = {r.key: r for r in overlay.regions}
    entry = regions.get(region.key) or ReferenceRegion(code=region.code, name=region.name)
    fact = (
        Fact[MatrixPosition](value=position, source=source.id)
        if position is not None
        else Fact[MatrixPosition]()
    )
    entry = entry.model_copy(update={"matrix_position": fact})
    if any(f.known for f in entry.facts().values()):
        regions[region.key] = entry
    else:
        regions.pop(region.key, None)
    return ReferenceSet(
        name=overlay.name,
        description=overlay.description,
        sources=sources,
        regions=tuple(sorted(regions.values(), key=lambda r: r.name)),
    )
