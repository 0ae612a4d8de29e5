"""The Organisation step as a figure, from the workshop alone (no scene, no widget): laid out
by `figures.organisation`, the layout the editor's scene places its items by (the two lanes,
each body with its branches, the derived model in each lane's title, and only the trays and
the remit box that hold something, as the projector shows them), drawn by the one painter,
wider rather than taller when a page's shape asks for it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from ...figures.drawing import PAGE_PX, PAGE_WIDTH, Drawing
from ...figures.organisation import organisation_content, organisation_drawing
from ...model import Branch, Lane, Language, PinKind, Step, Workshop
from ...model.deck import BRANCH_LABELS
from ...ui.drawing_painter import measure
from ..step_canvas import Figure, drawing_figure, page_width
from ..sticky_notes import with_callouts


def lane_title(lane: Lane) -> str:
    if lane is Lane.POLITICAL:
        return QCoreApplication.translate("OrganisationCanvas", "Political organisation")
    return QCoreApplication.translate("OrganisationCanvas", "Administrative organisation")


def scene_texts() -> dict[str, str]:
    """The scene's words in the UI's language: the lanes' titles, the tray's and the remit
    box's captions, and the subtitles for the kinds of body."""

    return {
        "political_title": lane_title(Lane.POLITICAL),
        "administrative_title": lane_title(Lane.ADMINISTRATIVE),
        "tray": QCoreApplication.translate("OrganisationCanvas", "Not placed"),
        "tray_sub": QCoreApplication.translate("OrganisationCanvas", "drag into a body"),
        "board_sub": QCoreApplication.translate("OrganisationCanvas", "always there"),
        "namnd_sub": QCoreApplication.translate(
            "OrganisationCanvas", "nämnd for regional development"
        ),
        "shared_hsv_sub": QCoreApplication.translate("OrganisationCanvas", "nämnd shared with HSV"),
        "sector_namnd_sub": QCoreApplication.translate(
            "OrganisationCanvas", "another sector's nämnd"
        ),
        "general_sub": QCoreApplication.translate("OrganisationCanvas", "general administration"),
        "forvaltning_sub": QCoreApplication.translate(
            "OrganisationCanvas", "förvaltning for regional development"
        ),
        "sector_forvaltning_sub": QCoreApplication.translate(
            "OrganisationCanvas", "another sector's förvaltning"
        ),
        "outside": QCoreApplication.translate("OrganisationCanvas", "Outside the region's remit"),
        "outside_sub": QCoreApplication.translate(
            "OrganisationCanvas", "branches the region does not hold"
        ),
    }


def branch_names() -> dict[Branch, str]:
    return {b: BRANCH_LABELS[b].text(Language.SV) for b in Branch}


def _titled_with_models(workshop: Workshop, texts: dict[str, str]) -> dict[str, str]:
    """The lanes' titles with the model each lane's bodies make (the figure's reader has no
    side panel to read it from)."""
    org = workshop.organisation
    titled = dict(texts)
    for lane, model in (
        (Lane.POLITICAL, org.political_model),
        (Lane.ADMINISTRATIVE, org.administrative_model),
    ):
        if model is not None:
            titled[f"{lane.value}_title"] = QCoreApplication.translate(
                "OrganisationFigure", "{lane} – model {model}"
            ).format(lane=texts[f"{lane.value}_title"], model=model.value)
    return titled


def organisation_figure(
    workshop: Workshop, width: float = PAGE_WIDTH, px: float = PAGE_PX
) -> Figure:
    """The organisation `width` pixels wide (wider when it would be taller than a page's
    shape) in `px`-pixel type, laid out as the projector shows it (`figures.organisation`),
    with a numbered callout at the foot of each body a note is on."""
    notes = workshop.notes_on(Step.ORGANISATION)
    bodies = {b.id for b in workshop.organisation.political_bodies}
    bodies |= {b.id for b in workshop.organisation.administrative_bodies}
    pinned: dict[str, list[int]] = {}
    for n, note in enumerate(notes, start=1):
        if note.pin is not None and note.pin.kind is PinKind.BODY and note.pin.item in bodies:
            pinned.setdefault(note.pin.item, []).append(n)
    content = organisation_content(
        workshop.organisation, branch_names(), _titled_with_models(workshop, scene_texts())
    )
    content = replace(content, notes=pinned)
    drawings: list[Drawing] = []

    def height_at(w: float) -> float:
        drawings.append(organisation_drawing(content, w, px, measure))
        return drawings[-1].height

    page_width(height_at, width)  # wider rather than taller than a page (dozens of bodies)
    figure = replace(drawing_figure(drawings[-1]), smallest_px=px)
    # The notes on a body are called out by the layout; the others (free) beside the figure.
    drawn = {n for numbers in pinned.values() for n in numbers}
    return with_callouts(figure, notes, lambda _pin: None, drawn=drawn)
