"""Snapshots: take, rename, delete, restore (undoable), import; what changed; likeness."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from regionroll_desktop.app.compare_page import ComparePage
from regionroll_desktop.canvases.financing.figure import comparison_content, comparison_figure
from regionroll_desktop.model import Branch, Language, RegionChoice, Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import save_workshop, shipped_reference_set
from regionroll_desktop.ui import dialogs
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.reference_library import ReferenceLibrary
from regionroll_desktop.ui.session import Session

from .text_probe import drawn_by


@pytest.fixture
def page(qtbot, monkeypatch) -> ComparePage:  # type: ignore[no-untyped-def]
    set_language(Language.SV)
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"), "Workshop")
    w = e.add_political_body(w, "RUN", "run")
    view = ComparePage(Session(w), ReferenceLibrary(shipped_reference_set()))
    qtbot.addWidget(view)
    view.show()
    return view


def changes(page: ComparePage) -> list[str]:
    return [page.changes.item(i).text() for i in range(page.changes.count())]


def test_take_rename_restore_and_delete(page: ComparePage, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Före paus")
    qtbot.mouseClick(page.take, Qt.MouseButton.LeftButton)
    session = page.session
    assert [s.name for s in session.workshop.snapshots] == ["Före paus"]
    session.apply("edit", lambda w: e.place_branch(w, Branch.KULTUR, "political", "run"))
    session.apply("note", lambda w: e.set_note(w, Step.ORGANISATION, "efter paus"))
    page.left.setCurrentIndex(page.left.findData(session.workshop.snapshots[0].id))
    page.right.setCurrentIndex(0)
    page._show_changes()
    text = changes(page)
    assert any("Kultur flyttades från inte placerad till RUN" in t for t in text)
    assert any("politisk modell – → 1" in t for t in text)
    page.snapshots.setCurrentRow(0)
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Grupp A")
    page.rename_snapshot()
    assert session.workshop.snapshots[0].name == "Grupp A"
    page.snapshots.setCurrentRow(0)
    page.restore_snapshot()
    assert session.workshop.note(Step.ORGANISATION) == ""
    session.undo_stack.undo()  # restoring is undoable
    assert session.workshop.note(Step.ORGANISATION) == "efter paus"
    page.snapshots.setCurrentRow(0)
    page.delete_snapshot()
    assert session.workshop.snapshots == ()


def test_import_another_groups_file(page: ComparePage, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    other = e.set_note(e.new_workshop(title="Grupp B"), Step.STRATEGI, "vår RUS är bred")
    path = tmp_path / "grupp-b.regionroll.json"
    save_workshop(other, path)
    assert page.import_snapshot(path)
    snap = page.session.workshop.snapshots[-1]
    assert snap.name == "Grupp B" and snap.workshop.note(Step.STRATEGI) == "vår RUS är bred"
    bad = tmp_path / "bad.regionroll.json"
    bad.write_text("{")
    errors: list[str] = []
    monkeypatch.setattr(
        dialogs, "show_error", lambda parent, title, text, detail="": errors.append(text)
    )
    assert not page.import_snapshot(bad)
    assert errors and len(page.session.workshop.snapshots) == 1


def test_likeness_table_states_its_rule(page: ComparePage) -> None:
    assert page.table.rowCount() == 21  # this workshop and the 20 other regions
    assert page.table.item(0, 0).text() == "Den här workshoppen (Sörmland)"
    assert "2√2" in page.rule.text()
    assert page.table.item(1, 3).text() == "okänt"  # no reference region's political model
    # No workshop has placed the shipped regions: no likeness column, and the deck's own
    # "illustrate, not classify" beside the table (issue #36).
    assert page.table.isColumnHidden(1)
    assert "inte att klassificera regioner" in page.rule.text()
    assert "Underlaget (bilden ”Regionernas rolltagande”)" in page.rule.text()
    assert "mindre än 5 procentenheter" in page.changes_rule.text()  # under "what changed"


def test_side_by_side_shows_both_states(page: ComparePage, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.model import MatrixPosition

    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Före")
    page.session.apply(
        "m",
        lambda w: e.set_matrix_position(
            w, "today", MatrixPosition(capital_per_capita=-0.5, proactivity=-0.5)
        ),
    )
    page.take_snapshot()
    page.session.apply(
        "m",
        lambda w: e.set_matrix_position(
            w, "today", MatrixPosition(capital_per_capita=0.5, proactivity=0.5)
        ),
    )
    page.session.apply("p", lambda w: e.place_branch(w, Branch.KULTUR, "political", "run"))
    assert page.chosen() is not None
    _a, _b, name_a, name_b = page.chosen()  # type: ignore[misc]
    assert (name_a, name_b) == ("Före", "Nu")
    # The two states on one matrix, each marker named by its state and moment (they carried
    # no names: the reader could not tell the states or the moments apart).
    figure = page.pair.drawing  # laid out for the widget: named beside or in a legend
    words = " ".join(text for _size, text in drawn_by(figure.draw, 600, 600))
    assert "Före: i" in words and "Nu: i dag" in words, words
    a, b = page.session.workshop.snapshots[0].workshop, page.session.workshop
    whole = comparison_figure(a, b, ("Före", "Nu"), Language.SV, 700, 560, 13.0)
    beside = [text for _size, text in drawn_by(whole.draw, 700, 560)]
    assert "Före: i dag" in beside and "Nu: i dag" in beside, beside
    content = comparison_content(a, b, "Före", "Nu", Language.SV)
    before = next(m for m in content.marks if m.label == "Före: i dag")
    assert before.fill is None and before.small  # hollow and small, as an earlier state is
    assert content.links == [((-0.5, -0.5), (0.5, 0.5))]  # from where it was to where it is
    rows = {
        page.pair_table.item(i, 0).text(): (
            page.pair_table.item(i, 1).text(),
            page.pair_table.item(i, 2).text(),
        )
        for i in range(page.pair_table.rowCount())
    }
    assert rows["Politisk modell"] == ("–", "1")
    page.pair.grab()  # paints without error


def test_groups_markers_appear_in_the_comparison(page: ComparePage, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.model import MatrixPosition

    session = page.session
    session.apply("g", lambda w: e.add_group(w, "Grupp A", "ga"))
    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Före")
    qtbot.mouseClick(page.take, Qt.MouseButton.LeftButton)
    where = MatrixPosition(capital_per_capita=0.4, proactivity=-0.2)
    session.apply("g", lambda w: e.set_group_position(w, "ga", "today", where))
    assert any("markören för Grupp A (i dag)" in line for line in changes(page))
    rows = [
        [page.pair_table.item(r, c).text() for c in range(3)]
        for r in range(page.pair_table.rowCount())
    ]
    expected = "något mer reaktivt kapital, mer kapital per capita"
    assert [r for r in rows if r[0] == "Grupp A i matrisen (i dag)" and r[1] == "–"]
    (row,) = [r for r in rows if r[0] == "Grupp A i matrisen (i dag)"]
    assert row[2].startswith(expected) and "0,40" in row[2], row


def test_the_rooms_own_role_is_compared(page: ComparePage, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.model import OtherRole

    monkeypatch.setattr(dialogs, "ask_text", lambda *args: "Före")
    qtbot.mouseClick(page.take, Qt.MouseButton.LeftButton)
    page.session.apply("o", lambda w: e.set_other_role(w, OtherRole(name="Noden", today=20)))
    assert any(
        "deltagarnas egen roll: ingen → Noden (andel i dag 20 %, ambition inte angivet)" in line
        for line in changes(page)
    ), changes(page)


def test_side_by_side_shows_how_far_the_room_came(qapp) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.model import ActionStatus, Workshop
    from regionroll_desktop.ui.side_by_side import comparison_rows

    set_language(Language.SV)
    before = Workshop()
    after = e.set_conclusion(before, Step.STRATEGI, text="Koppla", agreed=True)
    after = e.add_action(after, "Utred", status=ActionStatus.AGREED)
    after = e.park_question(after, "Och kommunerna?")
    rows = {what: (x, y) for what, x, y in comparison_rows(before, after, Language.SV)}
    assert rows["Slutsatser"] == ("0 av 4, 0 överenskomna", "1 av 4, 1 överenskomna")
    assert rows["Åtgärder: överenskommen"] == ("0", "1")
    assert rows["Öppna parkerade frågor"] == ("0", "1")


def test_sticky_notes_are_told_in_what_changed_and_side_by_side(qapp) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.analysis.compare import what_changed
    from regionroll_desktop.model import NotePin, PinKind
    from regionroll_desktop.ui.change_words import describe_change, sticky_note_lines
    from regionroll_desktop.ui.side_by_side import comparison_rows

    set_language(Language.SV)
    a = e.add_group(e.new_workshop(), "Grupp A", group_id="a")
    a = e.add_sticky_note(a, Step.ORGANISATION, "Vem äger?", note_id="n1")
    b = e.update_sticky_note(a, "n1", pin=NotePin(kind=PinKind.BODY, item="rs"), group="a")
    b = e.add_sticky_note(b, Step.STRATEGI, "Revideras", note_id="n2")
    words = [describe_change(c) for c in what_changed(a, b)]
    assert words == [
        "Organisation: lappen ”Vem äger?” fästes vid ”Regionstyrelsen”",
        "Organisation: lappen ”Vem äger?” har nu färgen för Grupp A",
        "Strategi: lapp uppsatt: ”Revideras”",
    ]
    rows = {what: (x, y) for what, x, y in comparison_rows(a, b, Language.SV)}
    assert rows["Lappar: Organisation"] == ("1", "1")
    assert rows["Lappar: Strategi"] == ("0", "1")
    assert "Lappar: Finansiering" not in rows
    assert sticky_note_lines(b, Step.ORGANISATION) == [
        "1. Vem äger? (Grupp A; fäst vid ”Regionstyrelsen”)"
    ]


def test_the_rooms_answers_are_told_in_what_changed_and_side_by_side(qapp) -> None:  # type: ignore[no-untyped-def]
    """The phones' answers: how many to each question and how many changed, in words; their
    centres and each key's median side by side; nothing about who answered."""
    from regionroll_desktop.analysis.compare import what_changed
    from regionroll_desktop.storage import load_workshop
    from regionroll_desktop.ui.change_words import describe_change
    from regionroll_desktop.ui.side_by_side import comparison_rows
    from tests.room_sample import SAMPLE, full_room

    set_language(Language.SV)
    a = load_workshop(SAMPLE).without_snapshots()
    b = a.model_copy(update={"room": full_room(a)})
    words = [describe_change(c) for c in what_changed(a, b)]
    assert words == [
        "Finansiering: mobilernas svar på ”Kapitalmatrisen, i dag”: 0 → 6",
        "Finansiering: mobilernas svar på ”Kapitalmatrisen, ambition”: 0 → 6",
        "Genomförandepraktik: mobilernas svar på ”Rollerna, i dag”: 0 → 6",
        "Genomförandepraktik: mobilernas svar på ”Rollerna, ambition”: 0 → 6",
        "mobilernas svar på ”Nycklarnas bedömning”: 0 → 6",
        "mobilernas svar på ”Prickar på åtgärder och RUS:ens prioriteringar”: 0 → 6",
        "mobilernas svar på ”Idéer: förslag till åtgärder och frågor”: 0 → 2",
    ]
    rows = {what: (x, y) for what, x, y in comparison_rows(a, b, Language.SV)}
    assert rows["Mobilernas svar: Kapitalmatrisen, i dag"] == ("0", "6")
    assert rows["Mobilernas svar: Idéer: förslag till åtgärder och frågor"] == ("0", "2")
    assert rows["Politik: mobilernas median"] == ("–", "2,5")
    centre = rows["Mobilernas mittpunkt i matrisen (i dag)"]
    assert centre[0] == "–" and "kapital per capita −0,25" in centre[1]
    assert rows["Mobilernas mittpunkt: huvudroll (ambition)"] == ("–", "Nätverkaren")


def test_side_by_side_shows_both_states_whole_at_1366(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Both states in view, long words wrapped, no sideways scrolling; before a snapshot, a
    sentence instead of an empty matrix."""
    from PySide6.QtWidgets import QApplication

    from regionroll_desktop.app.navigation import PAGE_COMPARE
    from regionroll_desktop.storage import load_workshop

    sample = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
    window.session.apply("sample", lambda _w: load_workshop(sample).without_snapshots())
    window.resize(1366, 768)
    window.show_page(PAGE_COMPARE)
    page = window.compare_page
    page.tabs.setCurrentIndex(0)
    QApplication.processEvents()
    assert page.pair_empty.isVisible() and not page.pair.isVisible()
    assert "ögonblicksbild" in page.pair_empty.text()
    long = "Ta fram en gemensam kapitalplan för hela länet tillsammans med kommunerna " * 2
    window.session.apply("s", lambda w: e.take_snapshot(w, "Före"))
    window.session.apply("a", lambda w: e.add_action(w, long.strip()))
    page.show_workshop(window.session.workshop)
    page.left.setCurrentIndex(page.left.findText("Före"))
    page.left.activated.emit(page.left.currentIndex())
    QApplication.processEvents()
    table = page.pair_table
    assert page.pair.isVisible() and table.isVisible() and not page.pair_empty.isVisible()
    assert table.rowCount() > 0
    width = sum(table.columnWidth(c) for c in range(table.columnCount()))
    assert width <= table.viewport().width() + 1
    assert not table.horizontalScrollBar().isVisible()
    assert (
        table.columnWidth(1) == table.columnWidth(2)
        or abs(table.columnWidth(1) - table.columnWidth(2)) <= 1
    )
    line = table.fontMetrics().lineSpacing()
    tallest = max(table.rowHeight(r) for r in range(table.rowCount()))
    assert tallest > 2 * line  # the long action wraps onto more lines, not cut
    # The comparison takes the larger share of the height, and the line above it moves.
    top, comparison = page.split.sizes()
    assert comparison > top
    assert page.pair.height() >= 240  # the matrix side by side had some 200 px at 768 lines
