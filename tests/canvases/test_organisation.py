"""The organisation canvas, driven by real mouse and key events through the view."""

from __future__ import annotations

import functools

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMenu

from regionroll_desktop.canvases.organisation.canvas import OrganisationCanvas
from regionroll_desktop.canvases.organisation.items import OUTSIDE, TRAY
from regionroll_desktop.model import (
    REGIONSTYRELSEN_ID,
    BodyModel,
    Branch,
    MunicipalInvolvement,
    NotePin,
    PinKind,
    PoliticalBodyKind,
    RegionChoice,
    Step,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui import dialogs

from .mouse import drag


@pytest.fixture
def canvas(shown) -> OrganisationCanvas:  # type: ignore[no-untyped-def]
    workshop = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    workshop = e.add_political_body(workshop, "Regionala utvecklingsnämnden", "run")
    workshop = e.add_administrative_body(workshop, "Regional utveckling", "ruf")
    return shown(OrganisationCanvas, workshop, (1200, 900))  # type: ignore[no-any-return]


def view_point(canvas: OrganisationCanvas, scene_point: QPointF) -> QPoint:
    view = canvas.view
    view.ensureVisible(scene_point.x(), scene_point.y(), 1, 1)
    QApplication.processEvents()
    return view.mapFromScene(scene_point)


def drag_chip(
    canvas: OrganisationCanvas, branch: Branch, lane: str, box_key: str, box_lane: str | None = None
) -> None:
    """Press on the chip, move in steps onto the box, release: as a mouse would."""
    chip = canvas.scene.chips[(branch, lane)]
    box = canvas.scene.boxes[(box_lane or lane, box_key)]
    start = view_point(canvas, chip.sceneBoundingRect().center())
    drag(canvas.view, start, canvas.view.mapFromScene(box.sceneBoundingRect().center()))


def test_dragging_branches_sets_the_models(canvas: OrganisationCanvas) -> None:
    session = canvas.session
    drag_chip(canvas, Branch.NARINGSLIV, "political", "run")
    org = session.workshop.organisation
    assert org.placement(Branch.NARINGSLIV).political_body == "run"
    assert org.political_model is BodyModel.ONE
    assert canvas.panel.political_model.text() == "1"
    assert "Risk för klyfta mellan RU och HSV" in canvas.panel.political_text.text()
    assert session.undo_stack.count() == 1
    drag_chip(canvas, Branch.KULTUR, "political", REGIONSTYRELSEN_ID)
    assert session.workshop.organisation.placement(Branch.KULTUR).political_body == "rs"
    drag_chip(canvas, Branch.PLAN, "administrative", "ruf")
    assert session.workshop.organisation.administrative_model is BodyModel.ONE
    assert canvas.panel.administrative_model.text() == "1"
    assert "Stockholm" in canvas.panel.comparison.text()  # a region with model 1
    assert session.undo_stack.count() == 3
    session.undo_stack.undo()
    assert session.workshop.organisation.administrative_model is None
    assert canvas.panel.administrative_model.text() == "–"
    session.undo_stack.redo()
    assert canvas.panel.administrative_model.text() == "1"


def test_a_chip_cannot_jump_lanes_and_snaps_back(canvas: OrganisationCanvas) -> None:
    chip = canvas.scene.chips[(Branch.MILJO, "political")]
    home = QPointF(chip.pos())
    drag_chip(canvas, Branch.MILJO, "political", "ruf", box_lane="administrative")
    assert canvas.session.undo_stack.count() == 0
    assert chip.pos() == home


def test_outside_the_remit_and_back(canvas: OrganisationCanvas) -> None:
    drag_chip(canvas, Branch.KOLLEKTIVTRAFIK, "political", OUTSIDE, box_lane=OUTSIDE)
    placement = canvas.session.workshop.organisation.placement(Branch.KOLLEKTIVTRAFIK)
    assert placement.outside_remit
    assert not canvas.scene.chips[(Branch.KOLLEKTIVTRAFIK, "administrative")].isVisible()
    drag_chip(canvas, Branch.KOLLEKTIVTRAFIK, "political", "ruf", box_lane="administrative")
    placement = canvas.session.workshop.organisation.placement(Branch.KOLLEKTIVTRAFIK)
    assert not placement.outside_remit and placement.administrative_body == "ruf"
    assert canvas.session.undo_stack.count() == 2


def test_the_keyboard_moves_a_chip(canvas: OrganisationCanvas) -> None:
    chip = canvas.scene.chips[(Branch.BILDNING, "political")]
    canvas.view.setFocus()
    canvas.scene.setFocusItem(chip)
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Right)
    assert canvas.session.workshop.organisation.placement(Branch.BILDNING).political_body == "rs"
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Right)
    assert canvas.session.workshop.organisation.placement(Branch.BILDNING).political_body == "run"
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Left)
    assert canvas.session.workshop.organisation.placement(Branch.BILDNING).political_body == "rs"
    assert canvas.session.undo_stack.count() == 3


def test_the_move_to_menu_does_the_same(canvas: OrganisationCanvas) -> None:
    canvas.move_branch(
        Branch.MILJO,
        "administrative",
        canvas.scene.current_box(canvas.scene.chips[(Branch.MILJO, "administrative")]),
    )
    assert canvas.session.undo_stack.count() == 0  # moving to where it is changes nothing
    from regionroll_desktop.canvases.organisation.scene import Target

    canvas.move_branch(Branch.MILJO, "administrative", Target("administrative", "ruf"))
    assert canvas.session.workshop.organisation.placement(Branch.MILJO).administrative_body == (
        "ruf"
    )
    canvas.move_branch(Branch.MILJO, "administrative", Target("administrative", TRAY))
    assert canvas.session.workshop.organisation.placement(Branch.MILJO).administrative_body is None


def test_removing_a_body_asks_where_its_branches_go(
    canvas: OrganisationCanvas, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    for branch in (Branch.NARINGSLIV, Branch.PLAN):
        drag_chip(canvas, branch, "political", "run")
    asked: list[list[str]] = []

    def choose(parent, title, label, options):  # type: ignore[no-untyped-def]
        asked.append(options)
        return options.index("Regionstyrelsen")

    monkeypatch.setattr(dialogs, "ask_choice", choose)
    canvas.remove_body("political", "run")
    org = canvas.session.workshop.organisation
    assert asked and asked[0][0] == "Tillbaka till ej placerade"
    assert org.branches_in("rs") == (Branch.NARINGSLIV, Branch.PLAN)
    assert [b.id for b in org.political_bodies] == ["rs"]
    assert ("political", "run") not in canvas.scene.boxes
    canvas.session.undo_stack.undo()
    assert canvas.session.workshop.organisation.branches_in("run") == (
        Branch.NARINGSLIV,
        Branch.PLAN,
    )
    monkeypatch.setattr(dialogs, "ask_choice", lambda *args: None)  # cancelled: nothing happens
    canvas.remove_body("political", "run")
    assert len(canvas.session.workshop.organisation.political_bodies) == 2


def test_add_rename_municipalities_and_presets(
    canvas: OrganisationCanvas, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(canvas.panel.add_namnd, Qt.MouseButton.LeftButton)
    org = canvas.session.workshop.organisation
    new = org.political_bodies[-1]
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Kulturnämnden")
    canvas.rename_body("political", new.id)
    assert canvas.session.workshop.organisation.political_bodies[-1].name == "Kulturnämnden"
    assert canvas.scene.boxes[("political", new.id)].title == "Kulturnämnden"
    button = canvas.panel.municipal_buttons[MunicipalInvolvement.COUNCILS]
    # On the radio's circle: a click far right of its words is no click on it.
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert canvas.session.workshop.organisation.municipal_involvement is (
        MunicipalInvolvement.COUNCILS
    )
    pos = QPoint(8, button.height() // 2)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=pos)  # clicking it again clears it
    assert canvas.session.workshop.organisation.municipal_involvement is None
    canvas.apply_preset("political", BodyModel.SEVERAL)
    canvas.apply_preset("administrative", BodyModel.ZERO)
    org = canvas.session.workshop.organisation
    assert org.political_model is BodyModel.SEVERAL and org.administrative_model is BodyModel.ZERO
    assert "Gotland" in canvas.panel.comparison.text()


def test_six_bodies_with_all_nine_branches_in_one_stay_readable(canvas: OrganisationCanvas) -> None:
    for i in range(5):
        canvas.session.apply("add", lambda w, i=i: e.add_political_body(w, f"Nämnd {i}", f"n{i}"))
    for branch in Branch:
        canvas.session.apply("put", lambda w, b=branch: e.place_branch(w, b, "political", "n0"))
    scene = canvas.scene
    boxes = [b for (lane, _), b in scene.boxes.items() if lane == "political"]
    rects = [b.sceneBoundingRect() for b in boxes]
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)
    n0 = scene.boxes[("political", "n0")].sceneBoundingRect()
    for branch in Branch:
        chip = scene.chips[(branch, "political")].sceneBoundingRect()
        assert n0.contains(chip)
    assert all(r.right() <= scene.sceneRect().right() for r in rects)


def test_tab_walks_the_chips_and_the_arrows_move_the_one_in_focus(
    canvas: OrganisationCanvas,
) -> None:
    canvas.view.setFocus()
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Tab)
    first = canvas.scene.focusItem()
    assert first is not None and first.isSelected()
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Tab)
    second = canvas.scene.focusItem()
    assert second is not None and second is not first
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Right)  # into the next body
    org = canvas.session.workshop.organisation
    placed = getattr(org.placement(second.branch), f"{second.lane}_body")  # type: ignore[attr-defined]
    assert placed is not None
    QTest.keyClick(canvas.view.viewport(), Qt.Key.Key_Backtab)
    assert canvas.scene.focusItem() is first


def test_a_drop_moves_nothing_else_under_the_pointer(canvas: OrganisationCanvas) -> None:
    """The tray keeps each branch's place and the other lane stays put: after a drop the next
    chip is where the eye left it."""
    scene = canvas.scene
    chips_before = {key: chip.scenePos() for key, chip in scene.chips.items()}
    admin_boxes = {
        key: box.scenePos() for key, box in scene.boxes.items() if key[0] == "administrative"
    }
    drag_chip(canvas, Branch.NARINGSLIV, "political", "run")
    for (branch, lane), chip in scene.chips.items():
        if branch is not Branch.NARINGSLIV or lane != "political":
            assert chip.scenePos() == chips_before[(branch, lane)], (branch, lane)
    for key, pos in admin_boxes.items():
        assert scene.boxes[key].scenePos() == pos, key


def test_both_lanes_start_with_a_body_and_an_empty_page_points_to_start_from(
    canvas: OrganisationCanvas,
) -> None:
    org = canvas.session.workshop.organisation
    assert org.administrative_bodies[0].name == "Regionstyrelsens förvaltning"
    assert "Utgå från" in canvas.panel.hint.text()
    drag_chip(canvas, Branch.KULTUR, "political", REGIONSTYRELSEN_ID)
    assert "Utgå från" not in canvas.panel.hint.text()


def test_long_body_names_are_wrapped_not_cut(canvas: OrganisationCanvas) -> None:
    long = "Regionala utvecklingsnämnden för Jämtland Härjedalen och Trøndelag"
    canvas.session.apply("rename", lambda w: e.rename_body(w, "run", long))
    box = canvas.scene.boxes[("political", "run")]
    assert box.title == long
    assert box.header_height(box.size[0]) > 40  # two or more lines, the whole name
    inside = box.sceneBoundingRect()
    metrics = QFontMetricsF(canvas.scene.base_font)
    for chip in (c for c in canvas.scene.chips.values() if c.isVisible()):
        assert chip.width >= metrics.horizontalAdvance(chip.text) + 16  # the name is whole
        rect = chip.sceneBoundingRect()
        if inside.contains(rect.center()):
            assert inside.contains(rect)


def test_the_rule_and_the_regions_own_2019_model_are_stated(canvas: OrganisationCanvas) -> None:
    text = canvas.panel.comparison.text()
    assert "Appens regel" in text
    # Sörmland's administrative model as the deck gives it for 2019, beside the workshop's.
    assert "Underlaget (2019): Sörmland hade förvaltningsmodell 2+" in text, text


def test_the_kind_of_namnd_and_the_councils_tie(canvas: OrganisationCanvas, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    drag_chip(canvas, Branch.NARINGSLIV, "political", "run")
    assert canvas.panel.political_model.text() == "1"
    box = canvas.scene.boxes[("political", "run")]
    assert box.subtitle == "nämnd för regional utveckling"
    # The box's menu offers the three kinds, the current one checked.
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, where: shown.append(self))
    canvas._box_menu("political", "run", QPoint(0, 0))
    kinds = [a for a in shown[0].actions() if a.isCheckable()]
    assert [a.isChecked() for a in kinds] == [True, False, False]
    kinds[2].trigger()  # another sector's nämnd: not counted by the deck's models
    assert canvas.panel.political_model.text() == "0"
    assert canvas.scene.boxes[("political", "run")].subtitle == "annan sektors nämnd"
    canvas.set_namnd_kind("run", PoliticalBodyKind.SHARED_HSV)
    assert canvas.panel.political_model.text() == "1"
    assert "Gemensam nämnd med HSV kan kräva större mognad" in canvas.panel.political_text.text()
    canvas.session.undo_stack.undo()
    assert "mognad" not in canvas.panel.political_text.text()
    # The councils' tie: only while the municipalities take part through councils.
    combo = canvas.panel.councils_tied_to
    assert not combo.isEnabled()
    canvas.session.apply(
        "councils", lambda w: e.set_municipal_involvement(w, MunicipalInvolvement.COUNCILS)
    )
    assert combo.isEnabled() and combo.currentText() == "inte angivet"
    combo.setCurrentIndex(combo.findData("run"))
    combo.activated.emit(combo.currentIndex())
    assert canvas.session.workshop.organisation.councils_tied_to == "run"
    assert combo.currentData() == "run"


def test_a_workshops_fact_is_never_shown_as_the_decks(shown, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Issue #36: a reference set built from a Halland workshop whose organisation is 2+,
    laid over: the deck's 2019 model (0) stays the deck's, the workshop's is the workshop's."""
    import datetime as dt

    from regionroll_desktop.model import WorkshopDetails
    from regionroll_desktop.model.presets import administrative_preset
    from regionroll_desktop.storage import save_workshop
    from regionroll_desktop.storage.reference_build import build_reference_set

    workshop = e.new_workshop(RegionChoice(code="13", name="Halland"))
    workshop = administrative_preset(workshop, BodyModel.SEVERAL)
    workshop = workshop.model_copy(
        update={"details": WorkshopDetails(title="Halland", date=dt.date(2026, 11, 27))}
    )
    assert workshop.organisation.administrative_model is BodyModel.SEVERAL
    save_workshop(workshop, tmp_path / "halland.regionroll.json")
    built = build_reference_set([tmp_path], "Workshoppar").reference_set

    canvas = shown(OrganisationCanvas, workshop)
    before = canvas.panel.comparison.text()
    assert "Underlaget (2019): Halland hade förvaltningsmodell 0" in before, before
    canvas.library.use(built)
    QApplication.processEvents()
    after = canvas.panel.comparison.text()
    assert "Underlaget (2019): Halland hade" not in after  # the deck's words, not its label
    assert "2019 enligt underlaget: 0 · enligt workshoppen 2026-11-27: 2+" in after, after


def test_the_kind_of_forvaltning_as_in_the_political_lane(
    canvas: OrganisationCanvas, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The same three kinds in both lanes (issue #36): a förvaltning for regional
    development (counted), another sector's (not counted) and a general administration."""
    drag_chip(canvas, Branch.NARINGSLIV, "administrative", "ruf")
    assert canvas.panel.administrative_model.text() == "1"
    assert canvas.scene.boxes[("administrative", "ruf")].subtitle == (
        "förvaltning för regional utveckling"
    )
    shown: list[QMenu] = []
    monkeypatch.setattr(QMenu, "popup", lambda self, where: shown.append(self))
    canvas._box_menu("administrative", "ruf", QPoint(0, 0))
    kinds = [a for a in shown[0].actions() if a.isCheckable()]
    assert [a.text() for a in kinds][1] == "En annan sektors förvaltning (kultur, trafik …)"
    assert [a.isChecked() for a in kinds] == [True, False, False]
    kinds[1].trigger()  # another sector's förvaltning: not counted
    assert canvas.panel.administrative_model.text() == "0"
    assert canvas.scene.boxes[("administrative", "ruf")].subtitle == "annan sektors förvaltning"
    canvas.session.undo_stack.undo()
    assert canvas.panel.administrative_model.text() == "1"


def test_projected_bodies_holding_no_branch_are_their_names_in_rows(
    canvas: OrganisationCanvas,
) -> None:
    """On the projector the nämnder that hold no branch follow the others as boxes of their
    names, several to a row, over nothing (in a column each, a dozen took the height the
    room's type needed). In the editor each keeps its column and room to drop into."""
    names = ["Kulturnämnden", "Patientnämnden", "Servicenämnden", "Tandvårdsnämnden"]
    for n, name in enumerate(names * 3):
        canvas.session.apply("add", lambda w, n=n, x=name: e.add_political_body(w, x, f"e{n}"))
    scene = canvas.scene
    editor = {scene.boxes[("political", f"e{n}")].sceneBoundingRect().x() for n in range(12)}
    canvas.present(2.0, 24.0)
    QApplication.processEvents()
    boxes = [scene.boxes[("political", f"e{n}")] for n in range(12)]
    rects = [b.sceneBoundingRect() for b in boxes]
    rows = {round(r.y()) for r in rects}
    assert len(rows) < len(rects)  # names side by side
    for box, rect in zip(boxes, rects, strict=True):
        assert rect.width() <= box.natural_width() + 1
    others = [b.sceneBoundingRect() for (lane, _), b in scene.boxes.items() if b.isVisible()]
    for i, a in enumerate(others):
        for b in others[i + 1 :]:
            assert not a.intersects(b)
    assert len(editor) <= 2  # in the editor: the lane's columns


def test_a_large_regions_bodies_holding_no_branch_go_beside_the_projected_canvas(
    canvas: OrganisationCanvas,
) -> None:
    """Projected on a small screen, two dozen bodies holding no branch would keep every word
    under the room's type: they are left to the text beside the canvas, by lane, and the
    canvas grows; the editor keeps them all, and a few stay on the canvas (issue #34)."""
    for n in range(14):
        canvas.session.apply("add", lambda w, n=n: e.add_political_body(w, f"Nämnd {n}", f"p{n}"))
    for n in range(10):
        canvas.session.apply("add", lambda w, n=n: e.add_administrative_body(w, f"Förv {n}"))
    canvas.resize(880, 560)
    QApplication.processEvents()
    scene = canvas.scene
    assert all(box.isVisible() for box in scene.boxes.values() if box.key not in ("tray",))
    canvas.present(1.0, 18.0)
    QApplication.processEvents()
    assert scene.names_aside and not scene.boxes[("political", "p0")].isVisible()
    assert canvas.view.zoom * scene.base_font.pointSizeF() * 96 / 72 >= 18 - 0.5
    lines = canvas.aside.lines
    assert len(lines) == 2 and lines[0].endswith(
        "Nämnd 0, Nämnd 1, Nämnd 2, " + ", ".join(f"Nämnd {n}" for n in range(3, 14))
    )
    assert "Förv 9" in lines[1]
    # Notes numbered on the crowded canvas: one pinned to a body beside it is left out and
    # counted, not put where it reads as another's.
    pin = NotePin(kind=PinKind.BODY, item="p0")
    canvas.session.apply(
        "notes",
        lambda w: functools.reduce(
            lambda w, n: e.add_sticky_note(
                w, Step.ORGANISATION, f"Lapp {n} om hur ansvaret delas", pin=pin, note_id=f"n{n}"
            ),
            range(30),
            w,
        ),
    )
    canvas.notes._placed = None
    canvas.notes.place()
    assert canvas.notes.cards["n0"].number == 1 and canvas.notes.cards["n0"].isHidden()
    assert canvas.notes.left_out == 30 and canvas.notes.numbered == []
    # Fewer bodies: all of them on the canvas again, nothing beside it.
    canvas.session.apply(
        "fewer", lambda w: functools.reduce(lambda w, n: e.remove_body(w, f"p{n}"), range(14), w)
    )
    canvas.session.apply(
        "fewer",
        lambda w: functools.reduce(
            lambda w, b: e.remove_body(w, b.id), w.organisation.administrative_bodies[1:], w
        ),
    )
    canvas.view.fit(canvas.view.fit_up_to or 1.0)
    assert not scene.names_aside and canvas.aside.lines == []


def test_the_projected_organisation_fits_again_as_the_room_changes_it(
    canvas: OrganisationCanvas,
) -> None:
    """Bodies added on the laptop while the organisation is projected: the projected canvas
    fits the screen again, and lists beside it what its type leaves no room for (it ran off
    the screen's foot, 1206 px in a view of 594); undone, the bodies are gone from beside it."""
    canvas.resize(880, 560)
    canvas.present(1.0, 18.0)
    QApplication.processEvents()
    view = canvas.view

    def fits() -> bool:
        return canvas.scene.sceneRect().height() * view.zoom <= view.viewport().height() + 0.5

    assert fits() and canvas.aside.lines == []

    def many(w: Workshop) -> Workshop:
        for n in range(14):
            w = e.add_political_body(w, f"Kulturnämnden {n}")
        for n in range(10):
            w = e.add_administrative_body(w, f"Förvaltning {n}")
        return w

    canvas.session.apply("many", many)
    QApplication.processEvents()
    assert fits() and "Kulturnämnden 13" in canvas.aside.lines[0]
    canvas.session.undo_stack.undo()
    QApplication.processEvents()
    assert fits() and canvas.aside.lines == [] and not canvas.scene.names_aside
