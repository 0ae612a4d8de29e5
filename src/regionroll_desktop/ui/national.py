"""The national picture as one drawing: every reference region on one capital matrix and on
one role map (today as a dot, an arrow to the ambition where it is known), the open workshop
highlighted among them, the regions not placed named under each map, and the set the facts
come from. The page, the projector and the report draw the same figure."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QRectF, QSize
from PySide6.QtGui import QPainter

from ..analysis.keys import even_score, lowest, scored_keys
from ..analysis.roles import position_of
from ..figures.national_maps import MARGIN as MARGIN  # the figure's own, for its callers
from ..figures.national_maps import PANEL as PANEL
from ..figures.national_maps import TOP as TOP
from ..figures.national_maps import MapWords, Mark, NationalMap, national_maps
from ..model import Key, Language, MatrixPosition, Role, Workshop
from ..model.deck import AXIS_WORDS, KEY_POINTS, ROLE_NAMES
from ..model.values import RoleWeights
from ..model.vocabulary import BodyModel
from ..reference import EarlierWorkshop, Fact, ReferenceRegion, ReferenceSet, Source, own_key
from .drawing_painter import measure, paint_drawing
from .step_summary import main_role_words

BODY_PX = 13.0  # the figure's words, in its own units


@dataclass(frozen=True)
class Drawing:
    """The figure: a function that draws it into a rectangle, its natural size, and the
    region whose dot is at a point of it (its own coordinates; None: no dot there)."""

    draw: Callable[[QPainter, QRectF], None]
    size: QSize
    hit: Callable[[float, float], Mark | None] = lambda _x, _y: None
    overlaps: int = 0  # numbers' discs over another disc or a name (`MapsLayout.overlaps`)


def _matrix_xy(p: MatrixPosition | None) -> tuple[float, float] | None:
    """Proactivity rightwards, more capital per capita upwards."""
    if p is None:
        return None
    return (p.proactivity + 1) / 2, (1 - p.capital_per_capita) / 2


def _roles_xy(w: RoleWeights | None) -> tuple[float, float] | None:
    return None if w is None else position_of(w)


def _marks_on(
    workshop: Workshop | None,
    reference: ReferenceSet,
    today: Callable[[ReferenceRegion], tuple[Fact[Any], Fact[Any]]],
    earlier: Callable[[EarlierWorkshop], Any],
    xy: Callable[[Any], tuple[float, float] | None],
    own: tuple[Any, Any],
) -> tuple[list[Mark], list[str]]:
    """One map's marks (each region's today, ambition, earlier path and source; the open
    workshop's last, from the workshop) and the regions it cannot place."""
    own_region = own_key(workshop.region) if workshop is not None else None
    marks: list[Mark] = []
    unplaced: list[str] = []
    for region in reference.regions:
        if region.key == own_region:
            continue
        now, ambition = today(region)
        at = xy(now.value)
        if at is None:
            unplaced.append(region.name)
            continue
        path = tuple(p for old in region.earlier if (p := xy(earlier(old))) is not None)
        said = source_words(_source(now.source, reference))
        marks.append(Mark(region.name, at, xy(ambition.value), earlier=path, source=said))
    if workshop is not None and (own[0] is not None or own[1] is not None):
        name = workshop.region.name if workshop.region else ""
        name = name or QCoreApplication.translate("NationalFigure", "This workshop")
        marks.append(Mark(name, xy(own[0]), xy(own[1]), True))
    return marks, unplaced


def national_marks(
    workshop: Workshop | None, reference: ReferenceSet
) -> tuple[list[Mark], list[Mark], list[str], list[str]]:
    """The matrix's marks and the role map's, and the regions unplaced on each (by name).
    The open workshop's region is drawn from the workshop, not from the set (None: the
    national report's, of the regions alone)."""
    financing = workshop.financing if workshop is not None else None
    implementation = workshop.implementation if workshop is not None else None
    matrix, no_matrix = _marks_on(
        workshop,
        reference,
        lambda r: (r.matrix_position, r.matrix_ambition),
        lambda old: old.matrix_today,
        _matrix_xy,
        (financing.today, financing.ambition) if financing else (None, None),
    )
    roles, no_roles = _marks_on(
        workshop,
        reference,
        lambda r: (r.roles_today, r.roles_ambition),
        lambda old: old.roles_today,
        _roles_xy,
        (implementation.today, implementation.ambition) if implementation else (None, None),
    )
    return matrix, roles, no_matrix, no_roles


def _source(source_id: str | None, reference: ReferenceSet) -> Source | None:
    try:
        return reference.source(source_id) if source_id else None
    except KeyError:
        return None


def national_figure(
    workshop: Workshop | None,
    reference: ReferenceSet,
    lang: Language,
    body_px: float = BODY_PX,
    brief: bool = False,
    maps: tuple[NationalMap, ...] = tuple(NationalMap),
    title: str | None = None,
    legend: str | None = None,
) -> Drawing:
    """Every reference region beside the workshop on the matrix and the role map, its words
    `body_px` pixels tall in the figure's own units (a projector asks for more), laid out by
    `figures.national_maps`. `brief` (the projector's): the regions not placed are counted,
    not named (the app's table names them, and says each region's source), so the maps keep
    the screen. Without a workshop (the national report's), the regions alone; `maps`:
    which of the two maps, side by side, the names of a crowded map's numbered regions
    beside it (inside, they covered its dots); `title` and `legend`: in place of the map's
    title and of the line under the maps (a report's pair of maps, today and the ambition,
    says its own)."""
    matrix, roles, no_matrix, no_roles = national_marks(workshop, reference)
    unknown = QCoreApplication.translate("NationalFigure", "Not placed: {names}.")
    own = own_key(workshop.region) if workshop is not None else None
    others = sum(1 for r in reference.regions if r.key != own)

    def not_placed(names: list[str]) -> str:
        if not names:
            return ""
        if brief:  # (the table is the app's: the room sees no table beside the maps)
            return QCoreApplication.translate(
                "NationalFigure", "Not placed: {n} of {total} regions (named in the app's table)."
            ).format(n=len(names), total=others)
        return unknown.format(names=", ".join(names))

    if legend is None and workshop is None:
        legend = QCoreApplication.translate(
            "NationalFigure",
            "● today  → the ambition  ○ earlier workshops  ·  each region's facts: its latest "
            "workshop (its source and date in the table)",
        )
    elif legend is None and brief:
        legend = QCoreApplication.translate(
            "NationalFigure",
            "● today  → the ambition  ○ earlier workshops  ·  highlighted: this workshop  ·  "
            "reference regions: {set} (each region's source in the app's table)",
        ).format(set=reference.name)
    elif legend is None:
        legend = QCoreApplication.translate(
            "NationalFigure",
            "● today  → the ambition  ○ earlier workshops  ·  highlighted: this workshop  ·  "
            "reference regions: {set} (each region's facts: its source, listed in the table)",
        ).format(set=reference.name)
    # The deck's own names, as on the role map in either language (the English gloss did not
    # fit its half of the square: "tetsbyggaren (the capacity builder)", issue #33).
    corners = (Role.FINANSIAREN, Role.UTFORAREN, Role.NATVERKAREN, Role.KAPACITETSBYGGAREN)
    words = MapWords(
        titles=(
            title or QCoreApplication.translate("NationalFigure", "The capital matrix"),
            title or QCoreApplication.translate("NationalFigure", "The four roles"),
        ),
        axis=AXIS_WORDS[lang],
        roles=tuple(ROLE_NAMES[r].text(Language.SV) for r in corners),  # type: ignore[arg-type]
        under=(not_placed(no_matrix), not_placed(no_roles)),
        legend=legend,
    )
    marks = {NationalMap.MATRIX: matrix, NationalMap.ROLES: roles}
    layout = national_maps(marks, maps, words, body_px, measure)
    drawing = layout.drawing

    def draw(painter: QPainter, target: QRectF) -> None:
        paint_drawing(painter, drawing, target)

    def hit(x: float, y: float) -> Mark | None:
        for mark, (dx, dy) in reversed(layout.dots):  # the one drawn last lies on top
            if (dx - x) ** 2 + (dy - y) ** 2 <= 8.0**2:
                return mark
        return None

    return Drawing(draw, QSize(round(drawing.width), round(drawing.height)), hit, layout.overlaps)


# --- the table beside the maps (the page's and the report's) ---


@dataclass(frozen=True)
class NationalRow:
    cells: tuple[str, ...]  # one per national_headers()
    tips: tuple[str, ...]  # where a cell's facts come from ("" when nothing more to say)
    own: bool  # the open workshop's region


def national_headers() -> list[str]:
    return [
        QCoreApplication.translate("NationalTable", "Region"),
        QCoreApplication.translate("NationalTable", "Source"),
        QCoreApplication.translate("NationalTable", "Political model"),
        QCoreApplication.translate("NationalTable", "Administrative model"),
        QCoreApplication.translate("NationalTable", "Main role today"),
        QCoreApplication.translate("NationalTable", "Main role, ambition"),
        QCoreApplication.translate("NationalTable", "Weakest keys"),
        QCoreApplication.translate("NationalTable", "Strategy in force 2019"),
    ]


def source_of(region: ReferenceRegion, reference: ReferenceSet) -> Source | None:
    """Where the region's positions come from: the source of its first known position, role
    or model (a built set's are its latest workshop)."""
    for fact in (
        region.matrix_position,
        region.roles_today,
        region.political_model,
        region.administrative_model,
    ):
        if fact.source is not None:
            try:
                return reference.source(fact.source)
            except KeyError:
                return None
    return None


def weakest_keys(scores: dict[Key, int]) -> str:
    """The lowest-scored keys by name with their score ("Politik, Strategi (2)"); "all
    equal (3)" when every scored key has the same score, the one key when one alone is
    scored; "" when none is (see `analysis.keys`)."""
    if low := lowest(scores):
        names = ", ".join(KEY_POINTS[k][0].text(Language.SV) for k in low)
        return f"{names} ({scores[low[0]]})"
    if (even := even_score(scores)) is not None:
        return QCoreApplication.translate("NationalTable", "all equal ({score})").format(score=even)
    return ", ".join(f"{KEY_POINTS[k][0].text(Language.SV)} ({v})" for k, v in scores.items())


def source_words(source: Source | None) -> str:
    if source is None:
        return ""
    parts = [source.title, source.publisher, source.detail, source.url]
    return "\n".join(p for p in parts if p)


def _strategy(
    reference: ReferenceSet, code: str | None, unknown: str, lang: Language
) -> tuple[str, str]:
    """The strategy in force in 2019 and its note (in `lang`) and page; `unknown` when no
    source names one."""
    if code is None:
        return unknown, ""
    try:
        fact = reference.region(code).strategy_2019
    except KeyError:
        return unknown, ""
    if fact.value is None or fact.source is None:
        return unknown, ""
    strategy = fact.value
    text = strategy.name + (f" ({strategy.period})" if strategy.period else "")
    note = strategy.note_in(lang)
    tip = "\n".join(x for x in (note, source_words(reference.source(fact.source))) if x)
    return text, tip


def national_rows(workshop: Workshop, reference: ReferenceSet, lang: Language) -> list[NationalRow]:
    """The open workshop's region first (from the workshop), then every other region of the
    set, each with where its facts come from."""
    unknown = QCoreApplication.translate("NationalTable", "not known")

    def model(value: BodyModel | None) -> str:
        return value.value if value is not None else unknown

    def role(weights: RoleWeights | None) -> str:
        return main_role_words(weights, lang) if weights is not None else unknown

    own_code = workshop.region.code if workshop.region else None
    own = own_key(workshop.region)
    rows: list[NationalRow] = []
    if workshop.region is not None:
        org, roles = workshop.organisation, workshop.implementation
        scores = scored_keys(workshop)
        strategy, tip = _strategy(reference, own_code, unknown, lang)
        rows.append(
            NationalRow(
                (
                    workshop.region.name,
                    QCoreApplication.translate("NationalTable", "this workshop"),
                    model(org.political_model),
                    model(org.administrative_model),
                    role(roles.today),
                    role(roles.ambition),
                    weakest_keys(scores) or unknown,
                    strategy,
                ),
                ("", "", "", "", "", "", "", tip),
                True,
            )
        )
    for region in reference.regions:
        if region.key == own:
            continue
        source = source_of(region, reference)
        when = f" ({source.date.isoformat()})" if source and source.date else ""
        keys = region.key_scores.value
        strategy, tip = _strategy(reference, region.code, unknown, lang)
        rows.append(
            NationalRow(
                (
                    region.name,
                    (source.title + when) if source else "–",
                    model(region.political_model.value),
                    model(region.administrative_model.value),
                    role(region.roles_today.value),
                    role(region.roles_ambition.value),
                    weakest_keys(dict(keys.scores)) if keys else unknown,
                    strategy,
                ),
                ("", source_words(source), "", "", "", "", "", tip),
                False,
            )
        )
    return rows


def cited_sources(workshop: Workshop, reference: ReferenceSet) -> list[Source]:
    """The sources of the facts the regions' figure and table show (the workshop's own
    region's strategy in force, and every other region's models, positions, roles, keys and
    strategy), in the set's order: a report lists these and no others."""
    own = own_key(workshop.region)
    cited: set[str] = set()
    for region in reference.regions:
        facts: list[Fact[Any]] = (
            [region.strategy_2019]
            if region.key == own
            else [
                region.political_model,
                region.administrative_model,
                region.matrix_position,
                region.matrix_ambition,
                region.roles_today,
                region.roles_ambition,
                region.key_scores,
                region.strategy_2019,
            ]
        )
        cited.update(f.source for f in facts if f.source is not None)
    return [s for s in reference.sources if s.id in cited]


def has_placed_regions(workshop: Workshop, reference: ReferenceSet) -> bool:
    """Whether the set places any region other than the workshop's own on a map: only then
    is there a national picture to show in a report."""
    own = own_key(workshop.region)
    return any(
        r.key != own and (r.matrix_position.known or r.roles_today.known) for r in reference.regions
    )
