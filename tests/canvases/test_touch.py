"""Every drag works with a finger: real touch events through each canvas's view; the pinch
zooms where zoom makes sense; small markers are hit by a fingertip beside them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF

from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
from regionroll_desktop.canvases.markers import GroupMark
from regionroll_desktop.canvases.organisation.canvas import OrganisationCanvas
from regionroll_desktop.canvases.roles.canvas import RolesCanvas
from regionroll_desktop.canvases.roles.scene import SIDE
from regionroll_desktop.canvases.strategy.canvas import StrategyCanvas
from regionroll_desktop.model import Branch, Language, MatrixPosition, Role, StrategyKind
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui.i18n import set_language

from .touch import device, finger_drag, pinch


@pytest.fixture(autouse=True)
def touch_screen() -> None:
    """As on a touch laptop: the touch screen is there before the canvases are made."""
    set_language(Language.SV)
    device()


def workshop():  # type: ignore[no-untyped-def]
    w = e.new_workshop(title="t")
    w = e.add_group(w, "Grupp A", group_id="a")
    w = e.set_matrix_position(w, "today", MatrixPosition(capital_per_capita=0, proactivity=0))
    w = e.set_group_roles(w, "a", "today", weights_at(0.3, 0.3))
    w = e.add_political_body(w, "RUN", "run")
    w = e.add_document(w, "RUS", StrategyKind.RUS, doc_id="rus")
    return e.add_document(w, "S3", StrategyKind.DELOMRADESSTRATEGI, doc_id="s3")


def test_a_finger_drags_on_the_matrix_and_pinches_it(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(FinancingCanvas, workshop())
    plot = canvas.plot

    def at(x: float, y: float) -> QPoint:
        return plot.mapFromScene(plot.vb.mapViewToScene(QPointF(x, y)))

    finger_drag(plot, at(0, 0), at(0.5, 0.6))
    today = canvas.session.workshop.financing.today
    assert today is not None and abs(today.proactivity - 0.5) < 0.03
    assert abs(today.capital_per_capita - 0.6) < 0.03
    width = plot.vb.viewRange()[0][1] - plot.vb.viewRange()[0][0]
    pinch(plot, plot.viewport().rect().center(), 60, 180)
    zoomed = plot.vb.viewRange()[0][1] - plot.vb.viewRange()[0][0]
    assert zoomed < width * 0.6  # fingers apart: closer in


def test_a_fingertip_beside_a_small_group_marker_still_takes_it(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(RolesCanvas, workshop())
    marker = canvas.scene.group_markers[GroupMark("a")]
    assert marker.rect().width() < 44  # drawn smaller than a fingertip
    centre = canvas.view.mapFromScene(marker.scenePos())
    radius = marker.rect().width() / 2 * canvas.view.transform().m11()  # on screen
    beside = centre + QPoint(0, round(radius + 6))  # just off the drawing
    finger_drag(canvas.view, beside, canvas.view.mapFromScene(QPointF(0.9 * SIDE, 0.9 * SIDE)))
    weights = canvas.session.workshop.implementation.group_weights("a", "today")
    assert weights is not None and weights.main_role is Role.KAPACITETSBYGGAREN


def test_a_finger_moves_a_branch_into_a_body(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(OrganisationCanvas, workshop())
    chip = canvas.scene.chips[(Branch.NARINGSLIV, "political")]
    box = canvas.scene.boxes[("political", "run")]
    finger_drag(
        canvas.view,
        canvas.view.mapFromScene(chip.sceneBoundingRect().center()),
        canvas.view.mapFromScene(box.sceneBoundingRect().center()),
    )
    assert canvas.session.workshop.organisation.placement(Branch.NARINGSLIV).political_body == "run"
    zoom = canvas.view.zoom
    pinch(canvas.view, canvas.view.viewport().rect().center(), 150, 60)
    assert canvas.view.zoom < zoom  # fingers together: farther out


def test_a_finger_links_cards_from_near_the_handle_and_pinches_the_pyramid(shown) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(StrategyCanvas, workshop())
    card = canvas.scene.cards["s3"]
    handle = card.mapToScene(card.handle_rect().center())
    near = canvas.view.mapFromScene(handle) + QPoint(0, -14)  # a fingertip above the drawn handle
    target = canvas.view.mapFromScene(canvas.scene.cards["rus"].sceneBoundingRect().center())
    finger_drag(canvas.view, near, target)
    assert ("s3", "rus") in {
        (lk.document, lk.source) for lk in canvas.session.workshop.strategy.links
    }
    pinch(canvas.view, canvas.view.viewport().rect().center(), 60, 150)
    assert canvas.view.zoom > 1.5
