"""Groups' own markers on the capital matrix: placed, dragged with real mouse events, their
spread described, and one group's answer or their centre adopted in one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
from regionroll_desktop.canvases.markers import GroupMark
from regionroll_desktop.model import MatrixPosition, Moment, RegionChoice
from regionroll_desktop.model import edits as e

from .test_financing import close
from .test_financing import drag as drag_from


def at(capital: float, proactivity: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=capital, proactivity=proactivity)


@pytest.fixture
def canvas(shown) -> FinancingCanvas:  # type: ignore[no-untyped-def]
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for gid, name in (("a", "Grupp A"), ("b", "Grupp B"), ("c", "Grupp C")):
        w = e.add_group(w, name, group_id=gid)
    return shown(FinancingCanvas, w, (1200, 800))  # type: ignore[no-any-return]


def place(canvas: FinancingCanvas, gid: str) -> None:
    QTest.mouseClick(canvas.panel.groups.rows[gid][1], Qt.MouseButton.LeftButton)


def test_each_group_places_and_drags_its_own_marker(canvas: FinancingCanvas) -> None:
    session = canvas.session
    place(canvas, "a")
    start = session.workshop.financing.group_position("a", "today")
    assert start is not None and GroupMark("a") in canvas.plot.group_markers
    assert session.undo_stack.count() == 1
    drag_from(canvas.plot, start, at(0.6, -0.5))
    moved = session.workshop.financing.group_position("a", "today")
    assert close(moved, at(0.6, -0.5)) and session.undo_stack.count() == 2
    assert session.workshop.financing.today is None  # the workshop's answer is untouched
    assert "Flytta markören för Grupp A" in session.undo_stack.undoText()


def test_the_spread_is_described_and_the_centre_adopted(canvas: FinancingCanvas) -> None:
    session = canvas.session
    for gid, position in (("a", at(0.5, -0.5)), ("b", at(0.6, -0.4)), ("c", at(0.4, -0.6))):
        session.apply("g", lambda w, g=gid, p=position: e.set_group_position(w, g, "today", p))
    summary = canvas.panel.groups.summary.text()
    assert "De 3 grupperna är överens" in summary and "samma kvadrant" in summary
    assert canvas.plot.group_centre.data.size == 1
    steps = session.undo_stack.count()
    QTest.mouseClick(canvas.panel.groups.adopt_centre, Qt.MouseButton.LeftButton)
    assert close(session.workshop.financing.today, at(0.5, -0.5), 1e-6)
    assert session.undo_stack.count() == steps + 1  # one undo step
    assert close(canvas.plot.marker_position("today"), at(0.5, -0.5))
    session.undo_stack.undo()
    assert session.workshop.financing.today is None


def test_one_groups_answer_is_adopted_and_groups_that_differ_are_told(
    canvas: FinancingCanvas,
) -> None:
    session = canvas.session
    session.apply("g", lambda w: e.set_group_position(w, "a", "today", at(0.8, 0.8)))
    session.apply("g", lambda w: e.set_group_position(w, "b", "today", at(-0.8, -0.8)))
    assert "skiljer sig" in canvas.panel.groups.summary.text()
    QTest.mouseClick(canvas.panel.groups.rows["b"][2], Qt.MouseButton.LeftButton)
    assert close(session.workshop.financing.today, at(-0.8, -0.8), 1e-6)
    assert "Grupp B" in session.undo_stack.undoText()
    assert not canvas.panel.groups.rows["c"][2].isEnabled()  # C has no marker to adopt


def test_the_groups_answer_for_a_stated_moment(canvas: FinancingCanvas) -> None:
    """The moment the groups answer for is its own control: choosing which marker the arrow
    keys move does not hide the groups' markers."""
    session, box = canvas.session, canvas.panel.groups
    session.apply("g", lambda w: e.set_group_position(w, "a", "today", at(0.1, 0.1)))
    assert set(canvas.plot.group_markers) == {GroupMark("a")}
    assert box.moment_buttons[Moment.TODAY].isChecked()
    canvas.panel.rows[Moment.AMBITION].active.setChecked(True)  # the arrow keys' marker
    assert set(canvas.plot.group_markers) == {GroupMark("a")}  # the groups' markers stay
    marker = canvas.plot.group_markers[GroupMark("a")]
    assert marker.initial == "A" and marker.text == "Grupp A (i dag)"

    QTest.mouseClick(box.moment_buttons[Moment.AMBITION], Qt.MouseButton.LeftButton)
    assert canvas.plot.group_markers == {}
    # Never "no group has placed" while markers exist: the other moment's are counted.
    assert "1 för i dag" in box.summary.text(), box.summary.text()
    place(canvas, "b")
    assert session.workshop.financing.group_position("b", Moment.AMBITION) is not None
    assert session.workshop.financing.group_position("b", Moment.TODAY) is None
    assert canvas.plot.group_markers[GroupMark("b")].text == "Grupp B (ambition)"
    box.show_groups.setChecked(False)
    assert not canvas.plot.group_markers[GroupMark("b")].isVisible()


def test_a_groups_marker_is_placed_and_moved_by_keyboard_alone(canvas: FinancingCanvas) -> None:
    """Tab to the group's Place button, Space; its 'Arrow keys' button; arrows on the matrix
    move that group's marker, one undo step for the run; removing it gives the keys back."""
    session, box = canvas.session, canvas.panel.groups
    arrows = box.arrow_button("a")
    assert arrows is not None and not arrows.isEnabled()  # nothing to move yet
    QTest.keyClick(box.rows["a"][1], Qt.Key.Key_Space)
    start = session.workshop.financing.group_position("a", "today")
    assert start is not None and arrows.isEnabled()
    QTest.keyClick(arrows, Qt.Key.Key_Space)
    assert arrows.isChecked() and canvas.groups.arrow_target == "a"
    assert not canvas.panel.rows[Moment.TODAY].active.isChecked()  # one choice for all
    steps = session.undo_stack.count()
    for _ in range(3):
        QTest.keyClick(canvas.plot, Qt.Key.Key_Right)
    QTest.keyClick(canvas.plot, Qt.Key.Key_Up)
    moved = session.workshop.financing.group_position("a", "today")
    assert moved is not None and moved.proactivity > start.proactivity
    assert moved.capital_per_capita > start.capital_per_capita
    assert session.undo_stack.count() == steps + 1  # the run is one step
    assert "Grupp A" in session.undo_stack.undoText()
    assert session.workshop.financing.today is None  # the workshop's own is untouched
    QTest.keyClick(box.rows["a"][1], Qt.Key.Key_Space)  # remove it
    assert canvas.panel.rows[Moment.TODAY].active.isChecked() and canvas.groups.arrow_target is None
    assert arrows.isEnabled() is False


def test_dragging_a_groups_marker_gives_it_the_arrow_keys(canvas: FinancingCanvas) -> None:
    place(canvas, "b")
    start = canvas.session.workshop.financing.group_position("b", "today")
    assert start is not None
    drag_from(canvas.plot, start, at(0.3, 0.3))
    assert canvas.groups.arrow_target == "b"


@pytest.mark.parametrize(
    "spots",
    [
        [(-0.8, -0.8)] * 5,  # today, the ambition and three groups on one spot, low left
        [(-1.0, -1.0), (1.0, 1.0), (1.0, -1.0), (-1.0, 1.0), (0.0, 0.0)],  # corners, middle
        [(0.0, -0.5), (0.0, 0.5), (-0.5, 0.0), (0.5, 0.0), (0.02, 0.0)],  # on the axes
    ],
)
def test_every_marker_is_named_beside_it_or_in_the_legend(shown, spots) -> None:  # type: ignore[no-untyped-def]
    """A marker's label lies inside the matrix beside its marker, over no axis word, caption,
    label or marker; or its marker carries a number and the legend beside the matrix (the
    panel's) names it (issue #34: "Grupp 1 (i dag)" had no label at all, today's lay over an
    axis title); no legend lies in the matrix."""
    from regionroll_desktop.analysis.matrix import Box

    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for gid in "abc":
        w = e.add_group(w, f"Grupp {gid.upper()}", group_id=gid)
    (tc, tp), (ac, ap), *groups = spots
    w = e.set_matrix_position(w, Moment.TODAY, at(tc, tp))
    w = e.set_matrix_position(w, Moment.AMBITION, at(ac, ap))
    for gid, (c, p) in zip("abc", groups, strict=True):
        w = e.set_group_position(w, gid, Moment.TODAY, at(c, p))
    for size in ((900, 600), (1600, 900)):
        canvas: FinancingCanvas = shown(FinancingCanvas, w, size)
        plot = canvas.plot
        words = [
            Box(x.rect.x(), x.rect.y(), x.rect.width(), x.rect.height())
            for x in plot.texts.entries()
            if x.kind in ("axis", "caption")
        ]
        assert not [x for x in plot.texts.entries() if x.kind == "legend"]
        lines = [line.replace("\u00a0", " ") for line in canvas.aside.lines]
        assert canvas.panel.legend_box.isVisibleTo(canvas.panel) == bool(lines)
        assert canvas.panel.legend.text().replace("\u00a0", " ").splitlines() == lines
        matrix = plot._matrix_box()
        labels: list[Box] = []
        for marker in plot._all_markers():
            if not marker.isVisible():
                continue
            label = marker.label()
            if marker.number is None:
                assert label is not None and label.isVisible()
                r = label.sceneBoundingRect()
                box = Box(r.x(), r.y(), r.width(), r.height())
                grown = Box(matrix.x - 1, matrix.y - 1, matrix.w + 2, matrix.h + 2)
                assert box.inside(grown), marker.text
                assert not [b for b in [*words, *labels] if box.overlap(b) > 1], marker.text
                labels.append(box)
            else:
                assert label is None or not label.isVisible()
                assert f"{marker.number} {marker.text}" in lines
        numbers = plot.numbers.entries()
        assert len(numbers) == len([m for m in plot._all_markers() if m.number is not None])


def test_a_projected_legend_of_more_than_a_few_lines_goes_beside_the_matrix(shown) -> None:  # type: ignore[no-untyped-def]
    """Twelve groups on one spot: the legend is listed beside the matrix, in the editor's
    panel and, projected, in the text beside it (`aside`); the matrix holds only the numbers
    (inside it, thirty groups' names covered the markers, issue #34)."""
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(12):
        w = e.add_group(w, f"Grupp {n}", group_id=f"g{n}")
        w = e.set_group_position(w, f"g{n}", Moment.TODAY, at(-0.5, -0.5))
    canvas: FinancingCanvas = shown(FinancingCanvas, w, (1600, 900))
    plot = canvas.plot
    assert not [x for x in plot.texts.entries() if x.kind == "legend"]
    assert len(canvas.aside.lines) == 12
    assert canvas.panel.legend_box.isVisibleTo(canvas.panel)
    assert len(canvas.panel.legend.text().splitlines()) == 12
    canvas.present(2.0, 24.0)
    QTest.qWait(50)
    lines = canvas.aside.lines
    assert len(lines) == 12
    assert not [x for x in plot.texts.entries() if x.kind == "legend"]
    numbered = [m for m in plot._all_markers() if m.isVisible() and m.number is not None]
    assert {f"{m.number}\u00a0{' '.join(m.text.split())}" for m in numbered} == set(lines)
    # The twelve on one spot share one disc of their numbers ("1–12"), the figures' rule.
    from tests.figures.test_matrix_figure import numbers_in

    drawn = [n for x in plot.numbers.entries() for n in numbers_in(x.text)]
    assert sorted(drawn) == sorted(m.number for m in numbered if m.number is not None)
    assert len(plot.numbers.entries()) == 1


def test_every_markers_label_is_in_the_one_labels_font(shown) -> None:  # type: ignore[no-untyped-def]
    """Today's, the ambition's and the groups' labels in the same font, whatever was shown
    before (a workshop opened in a window already laid out had today's and the ambition's
    drawn smaller and not bold, the groups' large and bold)."""
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from regionroll_desktop.storage import load_workshop

    sample = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
    canvas: FinancingCanvas = shown(FinancingCanvas, e.new_workshop(), (800, 520))
    canvas.session.apply("open", lambda _w: load_workshop(sample))
    QApplication.processEvents()
    labels = [
        m.label()
        for m in canvas.plot._all_markers()
        if m.isVisible() and m.label() is not None and m.label().isVisible()
    ]
    assert len(labels) >= 3
    fonts = {
        (lb.textItem.font().pixelSize(), lb.textItem.font().pointSizeF(), lb.textItem.font().bold())
        for lb in labels
    }
    assert len(fonts) == 1 and next(iter(fonts))[2], fonts


def test_a_projected_legend_with_no_free_place_goes_beside_the_matrix(shown) -> None:  # type: ignore[no-untyped-def]
    """A short legend goes beside a projected matrix too (at 720 lines, six groups' legend
    of three lines lay over a quadrant's caption; the example's one line lay in a quadrant,
    where it read as its label); the text beside the canvas lists it first."""
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(3):
        w = e.add_group(w, f"Grupp {n} – kommunernas tjänstepersoner", group_id=f"g{n}")
        w = e.set_group_position(w, f"g{n}", Moment.TODAY, at(-0.5, -0.5))
    canvas: FinancingCanvas = shown(FinancingCanvas, w, (760, 430))
    canvas.present(1.5, 24.0)
    QTest.qWait(50)
    lines = canvas.aside.lines
    assert len(lines) == 3  # short, yet beside it
    assert not [x for x in canvas.plot.texts.entries() if x.kind == "legend"]


@pytest.mark.parametrize("size", [(1100, 700), (1276, 632), (1300, 800)])
def test_no_name_lies_on_the_groups_centre(shown, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """The example's matrix in the editor: every marker's name clear of the groups' centre
    (×), as the figures keep it ("Grupp C (i dag)" ended on it)."""
    from pathlib import Path

    from PySide6.QtCore import QPointF, QRectF

    from regionroll_desktop.storage import load_workshop

    sample = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
    canvas: FinancingCanvas = shown(FinancingCanvas, load_workshop(sample), size)
    plot = canvas.plot
    assert plot.group_centre.isVisible()
    xs, ys = plot.group_centre.getData()
    at_ = plot.vb.mapViewToScene(QPointF(float(xs[0]), float(ys[0])))
    cross = QRectF(at_.x() - 11, at_.y() - 11, 22, 22)
    names = [
        (m.text, label.mapRectToScene(label.boundingRect()))
        for m in plot._all_markers()
        if m.isVisible() and (label := m.label()) is not None and label.isVisible()
    ]
    assert names
    assert not [text for text, rect in names if rect.intersects(cross)]


def test_the_examples_projected_legend_lies_beside_the_matrix(shown) -> None:  # type: ignore[no-untyped-def]
    """The example projected: its numbered markers' names beside the matrix, none in it
    (its one line lay in "Mer kapital, mer reaktivt", where it read as that quadrant's)."""
    from pathlib import Path

    from regionroll_desktop.storage import load_workshop

    sample = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
    canvas: FinancingCanvas = shown(FinancingCanvas, load_workshop(sample), (1280, 620))
    canvas.present(1.5, 24.0)
    QTest.qWait(50)
    numbered = [m for m in canvas.plot._all_markers() if m.isVisible() and m.number is not None]
    assert numbered
    assert len(canvas.aside.lines) == len(numbered)
    assert not [x for x in canvas.plot.texts.entries() if x.kind == "legend"]
