"""The Organisation step as a figure, from the workshop alone: the editor's own scene (the two
lanes, each body with its branches, the derived model in each lane's title, and only the trays
and the remit box that hold something, as the projector shows them), built with no view and
no widget, wider rather than taller when a page's shape asks for it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QPointF

from ...figures.drawing import PAGE_PX, PAGE_WIDTH
from ...model import Branch, Lane, Language, NotePin, PinKind, Step, Workshop
from ...model.deck import BRANCH_LABELS
from ..step_canvas import Figure, items_figure, lay_out_for_page
from ..sticky_notes import with_callouts
from .scene import OrganisationScene

FIGURE_MARGIN = 10.0


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
    shape) in `px`-pixel type, with a numbered callout inside each body a note is on (in
    its bottom right corner)."""
    scene = OrganisationScene()
    scene.steady = False  # the trays and the remit box take only what they hold
    scene.quick_entry = False
    font = scene.base_font
    font.setPixelSize(max(1, round(px)))
    scene.base_font = font
    scene.show_organisation(
        workshop.organisation, branch_names(), _titled_with_models(workshop, scene_texts())
    )
    lay_out_for_page(scene, width)
    origin = scene.itemsBoundingRect().topLeft() - QPointF(FIGURE_MARGIN, FIGURE_MARGIN)
    figure = items_figure(scene, FIGURE_MARGIN)  # its drawing keeps the scene alive

    def pin_point(pin: NotePin) -> QPointF | None:
        if pin.kind is not PinKind.BODY:
            return None
        box = next(
            (b for (lane, key), b in scene.boxes.items() if key == pin.item and b.isVisible()),
            None,
        )
        if box is None:
            return None
        return box.mapRectToScene(box.boundingRect()).bottomRight() - origin

    notes = workshop.notes_on(Step.ORGANISATION)
    drawn = replace(figure, smallest_px=float(scene.base_font.pixelSize()))
    return with_callouts(drawn, notes, pin_point, inside=True)
