"""A follow-up held end to end in the window (issue #39): Ny uppföljning… of the example, the
last workshop's actions reviewed first on the workshop's page (a verdict, a note, one carried
over: each an undo step), the previous workshop beside as a snapshot, and the report's words
on what was done and what was not; the previous file untouched."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_DETAILS
from regionroll_desktop.model import ReviewVerdict
from regionroll_desktop.storage import load_workshop, save_workshop

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def test_a_follow_up_of_the_example_end_to_end(window: MainWindow, tmp_path: Path) -> None:
    last = tmp_path / "förra.regionroll.json"
    shutil.copy(SAMPLE, last)
    before = last.read_bytes()
    assert window.new_follow_up(last, keep_words=False)
    assert window.pages.currentIndex() == PAGE_DETAILS
    session = window.session
    w = session.workshop
    previous = w.previous
    assert previous is not None and previous.source == "förra.regionroll.json"
    assert previous.name.startswith("Förra workshoppen (")
    assert w.outcome.actions == () and w.financing.today is None
    first = previous.workshop.outcome.actions[0]
    box = window.details_page.review
    assert box.isVisible() and box.table.rowCount() == len(previous.workshop.outcome.actions)

    verdict = window.findChild(QComboBox, f"reviewVerdict-{first.id}")
    assert verdict is not None
    verdict.setCurrentIndex(2)  # pågår
    verdict.activated.emit(2)
    review = session.workshop.outcome.review(first.id)
    assert review is not None and review.verdict is ReviewVerdict.ONGOING
    note = window.findChild(QLineEdit, f"reviewNote-{first.id}")
    assert note is not None
    note.setFocus()
    QTest.keyClicks(note, "Halvtid")
    assert session.workshop.outcome.review(first.id).note == "Halvtid"  # type: ignore[union-attr]
    carry = window.findChild(QPushButton, f"reviewCarry-{first.id}")
    assert carry is not None
    steps = session.undo_stack.count()
    QTest.mouseClick(carry, Qt.MouseButton.LeftButton)
    (again,) = session.workshop.outcome.actions
    assert again.what == first.what and session.undo_stack.count() == steps + 1
    carry = window.findChild(QPushButton, f"reviewCarry-{first.id}")
    assert carry is not None and not carry.isEnabled() and "✓" in carry.text()
    assert "förda över: 1" in box.summary.text()
    session.undo_stack.undo()
    assert session.workshop.outcome.actions == ()

    # Saved and read back; the report says what became of the last actions.
    session.undo_stack.redo()
    path = tmp_path / "uppföljning.regionroll.json"
    save_workshop(session.workshop, path)
    assert load_workshop(path) == session.workshop
    assert last.read_bytes() == before  # the previous file is never changed
    from regionroll_desktop.export.report import write_report
    from regionroll_desktop.storage import shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    pdf = write_report(
        session.workshop, ReferenceLibrary(shipped_reference_set()), tmp_path / "r.pdf"
    )
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Förra workshoppens åtgärder (27 november 2026)" in text
    assert "pågår" in text and "Halvtid" in text


def test_each_step_says_what_changed_since_the_last_workshop(
    window: MainWindow, tmp_path: Path
) -> None:
    """On the follow-up's step pages, above the canvas: what changed on that step since the
    last workshop, in words; the room's notes, conclusions and actions are not among them."""
    from regionroll_desktop.app.navigation import PAGE_OF_STEP
    from regionroll_desktop.model import PoliticalBodyKind, Step
    from regionroll_desktop.model import edits as e

    last = tmp_path / "förra.regionroll.json"
    shutil.copy(SAMPLE, last)
    assert window.new_follow_up(last, keep_words=False)
    window.session.apply(
        "b", lambda w: e.add_political_body(w, "Kulturnämnden", kind=PoliticalBodyKind.SECTOR)
    )
    window.show_page(PAGE_OF_STEP[Step.ORGANISATION])
    since = window.step_pages[Step.ORGANISATION].since
    assert since.isVisible()
    assert since.text() == "Sedan förra workshoppen (27 november 2026): lade till Kulturnämnden."
    window.show_page(PAGE_OF_STEP[Step.STRATEGI])
    assert window.step_pages[Step.STRATEGI].since.text() == (
        "Sedan förra workshoppen (27 november 2026): ingen ändring."
    )
    # The roles' markers are left to the map: not said to be unchanged before the room has
    # placed them (the line said "ingen ändring" over an empty map).
    window.show_page(PAGE_OF_STEP[Step.GENOMFORANDEPRAKTIK])
    assert window.step_pages[Step.GENOMFORANDEPRAKTIK].since.text() == (
        "Sedan förra workshoppen (27 november 2026): inget annat än markörerna att jämföra; "
        "förra workshoppens syns på kartan bredvid dagens."
    )


def test_the_last_workshops_places_are_drawn_beside_todays(
    window: MainWindow, tmp_path: Path
) -> None:
    """The previous workshop's today and ambition on the capital matrix and the role map:
    in the editor (switchable), and in the figures the projector and the report draw."""
    from regionroll_desktop.app.navigation import PAGE_OF_STEP
    from regionroll_desktop.canvases.financing.figure import matrix_content
    from regionroll_desktop.canvases.markers import PreviousMark
    from regionroll_desktop.canvases.roles.figure import previous_marks
    from regionroll_desktop.model import Language, Moment, Step

    last = tmp_path / "förra.regionroll.json"
    shutil.copy(SAMPLE, last)
    assert window.new_follow_up(last, keep_words=False)
    w = window.session.workshop
    labels = {m.key: m.label for m in matrix_content(w, None, Language.SV).marks}
    assert labels["previous:today"] == "Förra: i dag"
    assert labels["previous:ambition"] == "Förra: ambition"
    assert [key for key, _at, _label, _tip in previous_marks(w)] == [
        PreviousMark(Moment.TODAY),
        PreviousMark(Moment.AMBITION),
    ]
    # The role map's figure (the report's, the picture's) names them as the matrix's does.
    from regionroll_desktop.canvases.roles.figure import roles_content

    roles_labels = {m.key: m.label for m in roles_content(w).marks}
    assert roles_labels["previous:today"] == "Förra: i dag"
    assert roles_labels["previous:ambition"] == "Förra: ambition"
    window.show_page(PAGE_OF_STEP[Step.FINANSIERING])
    canvas = window.step_pages[Step.FINANSIERING].canvas
    assert canvas is not None
    plot = canvas.plot  # type: ignore[attr-defined]
    assert set(plot.previous_markers) == {PreviousMark(m) for m in Moment}
    canvas.panel.show_previous.setChecked(False)  # type: ignore[attr-defined]
    assert plot.previous_markers == {}
    window.show_page(PAGE_OF_STEP[Step.GENOMFORANDEPRAKTIK])
    roles = window.step_pages[Step.GENOMFORANDEPRAKTIK].canvas
    assert roles is not None
    assert set(roles.scene.previous_markers) == {PreviousMark(m) for m in Moment}  # type: ignore[attr-defined]


def test_the_projector_says_what_changed_since_the_last_workshop(
    window: MainWindow, tmp_path: Path
) -> None:
    """Projected, a follow-up's step says last what changed on it since the last workshop,
    as its page does."""
    from regionroll_desktop.app.projector import result_lines
    from regionroll_desktop.model import PoliticalBodyKind, Step
    from regionroll_desktop.model import edits as e

    last = tmp_path / "förra.regionroll.json"
    shutil.copy(SAMPLE, last)
    assert window.new_follow_up(last, keep_words=False)
    window.session.apply(
        "b", lambda w: e.add_political_body(w, "Kulturnämnden", kind=PoliticalBodyKind.SECTOR)
    )
    lines = result_lines(window.session.workshop, Step.ORGANISATION)
    assert lines[-1] == "Sedan förra workshoppen (27 november 2026): lade till Kulturnämnden."
    assert lines[0].startswith("Politisk modell")
    assert not any("Sedan förra" in x for x in result_lines(load_workshop(SAMPLE), Step.STRATEGI))
    window.session.undo_stack.setClean()
