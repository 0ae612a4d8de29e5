"""The four steps' figures in small, for the workshop on one page (a quarter of an A4
landscape page each): the deck's 0 / 1 / 2+ for each lane, the capital matrix and the role map
with the room's today and ambition, the pyramid's levels; laid out by `figures.onepage` and
`figures.matrix` for the box they get, in 8-pt type or larger."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ..figures.drawing import Drawing
from ..figures.matrix import MatrixContent, matrix_drawing
from ..figures.onepage import SMALL_PX, LaneModel, PyramidLevel, models_drawing, pyramid_drawing
from ..model import Lane, Language, Moment, Step, Workshop
from ..model.text import one_or_many
from ..model.vocabulary import AdministrativeBodyKind
from ..model.workshop import RU_NAMND_KINDS
from ..ui.drawing_painter import measure
from .financing.figure import matrix_content
from .map_marks import mark_key
from .organisation.figure import lane_title
from .roles.figure import roles_content
from .strategy.figure import level_titles

# The markers' radius in a quarter of a page's map (px): the page's (13 px) left the map's
# quadrants little room for their names.
SMALL_MARKER = 7.0


def small_words() -> dict[str, str]:
    return {
        "unknown": QCoreApplication.translate("OnePage", "not known yet"),
        "today": QCoreApplication.translate("OnePage", "Today"),
        "ambition": QCoreApplication.translate("OnePage", "Ambition"),
    }


def step_in_small(
    step: Step, workshop: Workshop, language: Language, width: float, height: float
) -> Drawing:
    """`step`'s figure of `workshop` in small, laid out `width`×`height`."""
    words = small_words()
    if step is Step.ORGANISATION:
        return _organisation(workshop, words, width, height)
    if step is Step.FINANSIERING:
        return _matrix(_financing_content(workshop, language, words), width, height)
    if step is Step.STRATEGI:
        return _pyramid(workshop, width, height)
    return _matrix(_roles_content(workshop, words), width, height)


def _organisation(
    workshop: Workshop, words: dict[str, str], width: float, height: float
) -> Drawing:
    org = workshop.organisation
    names = {b.id: b.name for b in org.political_bodies}
    names.update({b.id: b.name for b in org.administrative_bodies})

    def holding(lane: Lane) -> list[str]:
        """The bodies that hold branches in `lane`, those the deck's model counts first."""
        if lane is Lane.POLITICAL:
            homes = [p.political_body for p in org.branches if p.political_body]
            counted = {b.id for b in org.political_bodies if b.kind in RU_NAMND_KINDS}
        else:
            homes = [p.administrative_body for p in org.branches if p.administrative_body]
            counted = {
                b.id
                for b in org.administrative_bodies
                if b.kind is AdministrativeBodyKind.FORVALTNING
            }
        unique = list(dict.fromkeys(h for h in homes if h is not None))
        unique.sort(key=lambda h: h not in counted)
        return [names[h] for h in unique]

    lanes = [
        LaneModel(
            lane_title(lane),
            model.value if model is not None else None,
            ", ".join(holding(lane)),
            words["unknown"],
        )
        for lane, model in (
            (Lane.POLITICAL, org.political_model),
            (Lane.ADMINISTRATIVE, org.administrative_model),
        )
    ]
    return models_drawing(lanes, width, height, measure)


def _pyramid(workshop: Workshop, width: float, height: float) -> Drawing:
    titles = level_titles()
    documents = workshop.strategy.documents
    levels = []
    for level, title in sorted(titles.items()):
        held = [d.title for d in documents if d.kind.level == level]
        count = one_or_many(
            len(held),
            QCoreApplication.translate("OnePage", "1 document"),
            QCoreApplication.translate("OnePage", "{n} documents"),
        ).format(n=len(held))
        levels.append(PyramidLevel(title, held, count))
    return pyramid_drawing(levels, width, height, measure)


def _matrix(content: MatrixContent, width: float, height: float) -> Drawing:
    return matrix_drawing(content, width, height, SMALL_PX, measure)


def _financing_content(workshop: Workshop, lang: Language, words: dict[str, str]) -> MatrixContent:
    """The capital matrix in small, as the deck draws it: the axes' words round it (no
    quadrant's caption, which a marker could lie on) and the room's today and ambition with
    the arrow; the groups', the phones' and the reference regions' places are in the
    report."""
    full = matrix_content(workshop, None, lang)
    own = {mark_key(m): words[m.value] for m in Moment}
    marks = [replace(m, label=own[m.key]) for m in full.marks if m.key in own]
    return MatrixContent(
        axis=full.axis,
        captions=("",) * 4,
        marks=marks,
        arrow=full.arrow,
        arrow_colour=full.arrow_colour,
        marker_radius=SMALL_MARKER,
        words_outside=True,
    )


def _roles_content(workshop: Workshop, words: dict[str, str]) -> MatrixContent:
    """The role map in small: the four roles' quadrants with the room's today and ambition
    and the arrow (the groups' places are in the report); the roles' names over and under
    their quadrants in the body type, where no marker may lie on them."""
    full = roles_content(workshop)
    own = {mark_key(m): words[m.value] for m in Moment}
    marks = [replace(m, label=own[m.key]) for m in full.marks if m.key in own]
    return MatrixContent(
        axis={},
        captions=full.captions,
        marks=marks,
        arrow=full.arrow,
        arrow_colour=full.arrow_colour,
        tints=full.tints,
        marker_radius=SMALL_MARKER,
        words_outside=True,
    )
