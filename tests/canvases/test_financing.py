"""The capital matrix, driven by real mouse and key events through the view."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QDropEvent, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from regionroll_desktop.canvases.financing.canvas import FinancingCanvas
from regionroll_desktop.canvases.financing.matrix_plot import MatrixPlot
from regionroll_desktop.model import MatrixPosition, RegionChoice
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_reference_set, shipped_reference_set
from regionroll_desktop.ui import dialogs
from regionroll_desktop.ui.reference_library import ReferenceLibrary


def at(capital: float, character: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=capital, proactivity=character)


@pytest.fixture
def canvas(shown) -> FinancingCanvas:  # type: ignore[no-untyped-def]
    workshop = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    workshop = e.set_matrix_position(workshop, "today", at(-0.3, -0.4))
    return shown(FinancingCanvas, workshop, (1100, 700))  # type: ignore[no-any-return]


def widget_point(plot: MatrixPlot, position: MatrixPosition) -> QPoint:
    scene = plot.vb.mapViewToScene(QPointF(position.proactivity, position.capital_per_capita))
    return plot.mapFromScene(scene)


def mouse(plot: MatrixPlot, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
    local = QPointF(point)
    event = QMouseEvent(
        kind,
        local,
        QPointF(plot.viewport().mapToGlobal(point)),
        Qt.MouseButton.LeftButton,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(plot.viewport(), event)


def drag(plot: MatrixPlot, start: MatrixPosition, end: MatrixPosition, steps: int = 12) -> None:
    a, b = widget_point(plot, start), widget_point(plot, end)
    mouse(plot, QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton)
    for i in range(1, steps + 1):
        p = a + (b - a) * (i / steps)
        mouse(plot, QEvent.Type.MouseMove, p, Qt.MouseButton.LeftButton)
    mouse(plot, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def close(a: MatrixPosition | None, b: MatrixPosition, tolerance: float = 0.03) -> bool:
    return (
        a is not None
        and abs(a.capital_per_capita - b.capital_per_capita) < tolerance
        and abs(a.proactivity - b.proactivity) < tolerance
    )


def test_dragging_the_marker_is_one_undo_step(canvas: FinancingCanvas) -> None:
    session = canvas.session
    moves: list[MatrixPosition] = []
    canvas.plot.markerMoved.connect(lambda key, pos: moves.append(pos))
    drag(canvas.plot, at(-0.3, -0.4), at(0.5, 0.6))
    today = session.workshop.financing.today
    assert close(today, at(0.5, 0.6))
    assert len(moves) > 5  # it moved live
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.workshop.financing.today == at(-0.3, -0.4)
    assert close(canvas.plot.marker_position("today"), at(-0.3, -0.4), 0.001)
    session.undo_stack.redo()
    assert session.workshop.financing.today == today


def test_a_drag_never_leaves_the_matrix(canvas: FinancingCanvas) -> None:
    outside = MatrixPosition.model_construct(capital_per_capita=-1.15, proactivity=1.15)
    drag(canvas.plot, at(-0.3, -0.4), outside)
    assert canvas.session.workshop.financing.today == at(-1.0, 1.0)


def test_arrow_key_nudges_merge_into_one_step(canvas: FinancingCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    canvas.plot.setFocus()
    for _ in range(3):
        QTest.keyClick(canvas.plot, Qt.Key.Key_Right)
    QTest.keyClick(canvas.plot, Qt.Key.Key_Up, Qt.KeyboardModifier.ShiftModifier)
    today = canvas.session.workshop.financing.today
    assert today is not None
    assert round(today.proactivity, 6) == -0.25 and round(today.capital_per_capita, 6) == -0.29
    assert canvas.session.undo_stack.count() == 1
    canvas.session.undo_stack.undo()
    assert canvas.session.workshop.financing.today == at(-0.3, -0.4)


def test_ambition_marker_is_added_typed_and_removed(canvas: FinancingCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    row = canvas.panel.rows["ambition"]
    assert not row.capital.isEnabled() and not canvas.plot.arrow_line.isVisible()
    qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    # Beside today (-0.3, -0.4), never on it: a fifth of the matrix towards the middle.
    assert canvas.session.workshop.financing.ambition == at(-0.3, 0)
    assert canvas.plot.arrow_line.isVisible() and canvas.plot.arrow_head.isVisible()
    row.capital.setValue(0.6)
    assert canvas.session.workshop.financing.ambition == at(0.6, 0)
    canvas.plot.setFocus()
    QTest.keyClick(canvas.plot, Qt.Key.Key_Right)  # the ambition is now the active marker
    assert canvas.session.workshop.financing.ambition == at(0.6, 0.05)
    qtbot.mouseClick(row.toggle, Qt.MouseButton.LeftButton)
    assert canvas.session.workshop.financing.ambition is None
    assert not canvas.plot.markers["ambition"].isVisible()
    assert not canvas.plot.arrow_line.isVisible()


def drop(canvas: FinancingCanvas, payload: str, where: MatrixPosition) -> None:
    palette = canvas.panel.chips
    item = next(
        palette.item(i)
        for i in range(palette.count())
        if palette.item(i).data(Qt.ItemDataRole.UserRole) == payload
    )
    mime: QMimeData = palette.mimeData([item])
    point = QPointF(widget_point(canvas.plot, where))
    for kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
        from PySide6.QtGui import QDragMoveEvent

        QApplication.sendEvent(
            canvas.plot.viewport(),
            QDragMoveEvent(
                point.toPoint(),
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
                kind,
            ),
        )
    event = QDropEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(canvas.plot.viewport(), event)


def test_palette_drop_places_the_region(canvas: FinancingCanvas) -> None:
    canvas.session.apply("clear", lambda w: e.set_matrix_position(w, "today", None))
    assert not canvas.plot.markers["today"].isVisible()
    drop(canvas, "ambition", at(0.4, 0.7))
    assert close(canvas.session.workshop.financing.ambition, at(0.4, 0.7))
    drop(canvas, "today", at(-0.5, 0.2))
    assert close(canvas.session.workshop.financing.today, at(-0.5, 0.2))
    assert canvas.plot.markers["today"].isVisible()


def test_palette_enter_places_at_the_centre(canvas: FinancingCanvas) -> None:
    canvas.session.apply("clear", lambda w: e.set_matrix_position(w, "today", None))
    palette = canvas.panel.chips
    palette.setCurrentRow(0)
    palette.setFocus()
    QTest.keyClick(palette, Qt.Key.Key_Return)
    assert canvas.session.workshop.financing.today == at(0, 0)


def test_nothing_is_placed_for_the_shipped_references(canvas: FinancingCanvas) -> None:
    assert canvas.panel.unplaced.count() == 21
    assert "21 av 21" in canvas.panel.unplaced_label.text()
    assert len(canvas.plot.references.data) == 0
    assert "Ingen referensregion" in canvas.panel.nearest.text()


def test_reference_set_round_trip_and_nearest(
    canvas: FinancingCanvas, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialogs, "ask_source_note", lambda parent, current: "Avläst ur figur")
    path = tmp_path / "mina.regionroll-ref.json"
    monkeypatch.setattr(dialogs, "save_path", lambda parent, suggestion, kind: path)
    canvas.panel.edit_mode.click()
    assert canvas.panel.edit_mode.isChecked()
    drop(canvas, "ref:10", at(-0.35, -0.35))  # Blekinge, close to Sörmland today
    drop(canvas, "ref:01", at(-0.8, 0.3))  # Stockholm
    drop(canvas, "ref:25", at(0.9, 0.8))  # Norrbotten
    merged = canvas.library.merged
    assert close(merged.region("10").matrix_position.value, at(-0.35, -0.35))
    assert merged.source(merged.region("10").matrix_position.source or "").title == (
        "Avläst ur figur"
    )
    assert canvas.library.modified
    # A reference handle dragged in reference mode moves that region.
    drag(canvas.plot, merged.region("25").matrix_position.value, at(0.6, 0.6))
    assert close(canvas.library.merged.region("25").matrix_position.value, at(0.6, 0.6))
    canvas.library.undo_stack.undo()
    assert close(canvas.library.merged.region("25").matrix_position.value, at(0.9, 0.8))
    assert canvas.save_reference_set() and path.exists()
    assert not canvas.library.modified
    canvas.panel.edit_mode.click()

    saved = load_reference_set(path)
    assert {r.code for r in saved.regions} == {"01", "10", "25"}
    fresh = ReferenceLibrary(shipped_reference_set())
    fresh.load(path)
    other = FinancingCanvas(canvas.session, fresh)
    assert len(other.plot.references.data) == 3
    assert other.panel.unplaced.count() == 18
    assert other.panel.nearest.text().splitlines()[0].startswith("Blekinge")
    assert "mina.regionroll-ref.json" in other.panel.set_status.text()
    other.deleteLater()


def test_close_reference_labels_do_not_pile_up(canvas: FinancingCanvas, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_source_note", lambda parent, current: "Test")
    canvas.panel.edit_mode.click()
    for i, region in enumerate(shipped_reference_set().regions):
        canvas.library.set_position(region, at(0.02 * (i % 5), 0.015 * i))
    canvas.panel.edit_mode.click()
    texts = canvas.plot.texts
    assert 0 < len(texts.entries("label")) <= 21
    rects = [entry.rect for entry in texts.entries()]  # labels, axis words and captions
    for i, a in enumerate(rects):
        for b in rects[i + 1 :]:
            assert not a.intersects(b)


def test_the_app_does_not_load_pyqtgraph_before_its_first_window(tmp_path: Path) -> None:
    code = (
        "import os, sys\n"
        "os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from regionroll_desktop.app.main import create_window\n"
        "from regionroll_desktop.ui.settings import AppSettings\n"
        f"s = AppSettings(QSettings(r'{tmp_path / 's.ini'}', QSettings.Format.IniFormat))\n"
        "w = create_window(settings=s)\n"
        "w.show(); app.processEvents()\n"
        "assert 'pyqtgraph' not in sys.modules, 'pyqtgraph loaded at start-up'\n"
        "from regionroll_desktop.model import Step\n"
        "w.show_step(Step.FINANSIERING); app.processEvents()\n"
        "assert 'pyqtgraph' in sys.modules\n"
        "assert w.step_pages[Step.FINANSIERING].canvas is not None\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_nearest_regions_follow_the_drag_live(canvas: FinancingCanvas, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_source_note", lambda parent, current: "Test")
    canvas.panel.edit_mode.click()
    regions = shipped_reference_set()
    canvas.library.set_position(regions.region("01"), at(0.8, 0.8))
    canvas.library.set_position(regions.region("10"), at(-0.8, -0.8))
    canvas.panel.edit_mode.click()
    assert canvas.panel.nearest.text().startswith("Blekinge")
    plot = canvas.plot
    a, b = widget_point(plot, at(-0.3, -0.4)), widget_point(plot, at(0.7, 0.7))
    mouse(plot, QEvent.Type.MouseButtonPress, a, Qt.MouseButton.LeftButton)
    for i in range(1, 11):
        mouse(plot, QEvent.Type.MouseMove, a + (b - a) * (i / 10), Qt.MouseButton.LeftButton)
    # Before the button is released, the list already names the region under the marker.
    qtbot.waitUntil(lambda: canvas.panel.nearest.text().startswith("Stockholm"), timeout=2000)
    mouse(plot, QEvent.Type.MouseButtonRelease, b, Qt.MouseButton.NoButton)


def test_hovering_a_reference_point_tells_its_source(canvas: FinancingCanvas, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_source_note", lambda parent, current: "Avläst ur figur")
    canvas.panel.edit_mode.click()
    canvas.library.set_position(shipped_reference_set().region("12"), at(0.4, -0.2))
    canvas.panel.edit_mode.click()
    tip = canvas.plot._reference_tip(-0.2, 0.4, "12")
    assert tip.splitlines()[0] == "Skåne"
    assert "+0.40" in tip and "Avläst ur figur" in tip


def test_reference_mode_in_the_window_has_its_own_undo(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from regionroll_desktop.app.main import create_window
    from regionroll_desktop.model import Step
    from regionroll_desktop.ui.settings import AppSettings

    monkeypatch.setattr(dialogs, "ask_source_note", lambda parent, current: "Test")
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    window.show_step(Step.FINANSIERING)
    canvas = window.step_pages[Step.FINANSIERING].canvas
    assert isinstance(canvas, FinancingCanvas)
    canvas.panel.edit_mode.click()
    drop(canvas, "ref:12", at(0.4, -0.2))
    assert canvas.library.merged.region("12").matrix_position.known
    assert window.session.undo_stack.count() == 0  # the workshop is untouched
    window.act_undo.trigger()
    assert not canvas.library.merged.region("12").matrix_position.known
    canvas.panel.edit_mode.click()  # back to the workshop's own undo
    drop(canvas, "today", at(0.1, 0.1))
    window.act_undo.trigger()
    assert window.session.workshop.financing.today is None
    window.library.undo_stack.setClean()


def test_nudging_an_absent_marker_says_what_to_do(canvas: FinancingCanvas) -> None:
    messages: list[str] = []
    canvas.session.editFailed.connect(messages.append)
    canvas.panel.rows["ambition"].active.setChecked(True)
    canvas.plot.setFocus()
    QTest.keyClick(canvas.plot, Qt.Key.Key_Up)
    assert messages and "Placera markören först" in messages[0]
    assert canvas.session.undo_stack.count() == 0


@pytest.mark.parametrize("width", [320, 420, 1000])
def test_the_matrix_middle_words_never_meet(shown, width: int) -> None:  # type: ignore[no-untyped-def]
    canvas = shown(FinancingCanvas, e.new_workshop(RegionChoice(code="04", name="Sörmland")))
    canvas.plot.setFixedSize(width, 420)
    QApplication.processEvents()
    axis = [t for t in canvas.plot._fixed_texts() if t.kind == "axis"]
    rects = [t.rect for t in axis]
    assert len(rects) == 4
    meeting = [(a, b) for i, a in enumerate(rects) for b in rects[i + 1 :] if a.intersects(b)]
    assert not meeting
    two_line = [t.text for t in axis if "\n" in t.text]
    assert bool(two_line) == (width < 500)


def test_placing_the_ambition_never_hides_today(canvas: FinancingCanvas, qtbot) -> None:  # type: ignore[no-untyped-def]
    """'Placera' for today, then for the ambition: the second lands beside the first, never
    on it (issue #33); and the other way round."""
    from regionroll_desktop.model import Moment

    for first, second in ((Moment.TODAY, Moment.AMBITION), (Moment.AMBITION, Moment.TODAY)):
        for moment in Moment:
            canvas.session.apply("clear", lambda w, m=moment: e.set_matrix_position(w, m, None))
        qtbot.mouseClick(canvas.panel.rows[first].toggle, Qt.MouseButton.LeftButton)
        qtbot.mouseClick(canvas.panel.rows[second].toggle, Qt.MouseButton.LeftButton)
        financing = canvas.session.workshop.financing
        a, b = financing.at(first), financing.at(second)
        assert a == at(0, 0) and b is not None
        assert abs(a.proactivity - b.proactivity) >= 0.3, (first, b)


@pytest.mark.parametrize(
    "spot", [at(0.03, 0.97), at(-0.03, -0.97), at(0.9, 0.9), at(-0.9, -0.9), at(0.9, -0.95)]
)
def test_the_matrix_words_give_way_to_a_marker(shown, spot: MatrixPosition) -> None:  # type: ignore[no-untyped-def]
    """A marker on a side's word (the middle line at the edge) or on a corner's caption:
    the word moves aside, as the figures' do (a marker hid "Mer proaktivt kapital" on the
    projected matrix at the limits)."""
    workshop = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    workshop = e.set_matrix_position(workshop, "today", spot)
    canvas = shown(FinancingCanvas, workshop, (1100, 700))
    plot = canvas.plot
    marker = plot.markers[next(iter(plot.markers))]
    centre = marker.mapRectToScene(marker.boundingRect()).center()  # its ring, as drawn:
    r = marker.scale / 2 + 1.5
    rect = QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)
    words = plot.texts.entries("axis") + plot.texts.entries("caption")
    assert len(words) == 8
    # The words' rects are in the plot's scene pixels, as the marker's is.
    covered = [w.text for w in words if plot.texts.mapRectToScene(w.rect).intersects(rect)]
    assert not covered, (covered, rect)


def test_a_sides_words_crossed_by_a_ring_of_markers_turn_along_the_side_outside(shown) -> None:  # type: ignore[no-untyped-def]
    """Thirty groups' markers along the middle line, through both sides' words (as the
    limits' rings cross them): no
    place inside the matrix keeps them off a marker, so they lie turned along the matrix's
    sides, outside it and inside the view, as the figures lay them (they were covered by
    the markers, one moved in over the middle)."""
    from regionroll_desktop.model import Moment

    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(30):
        w = e.add_group(w, f"Grupp {n + 1}", group_id=f"g{n}")
        spot = at(0.0, round(-0.97 + 1.94 * n / 29, 3))  # along the middle line
        w = e.set_group_position(w, f"g{n}", Moment.TODAY, spot)
    canvas = shown(FinancingCanvas, w, (1100, 700))
    plot = canvas.plot
    QApplication.processEvents()
    ends = {plot._axis_words["more"], plot._axis_words["less"]}
    sides = [t for t in plot.texts.entries("axis") if t.text not in ends]
    assert len(sides) == 2 and {t.turn for t in sides} == {-90, 90}, sides
    matrix = plot._matrix_box()
    frame = plot.vb.sceneBoundingRect()
    for t in sides:
        rect = plot.texts.mapRectToScene(t.rect)
        assert rect.right() <= matrix.x or rect.left() >= matrix.x + matrix.w, t.text
        assert frame.contains(rect), t.text
