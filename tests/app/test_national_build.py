"""Arkiv ▸ Referensregioner från workshoppar…: the regions' own workshops become the
reference regions the comparison and the matrix use."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_COMPARE
from regionroll_desktop.model import Moment, RegionChoice
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.workshop import MatrixPosition
from regionroll_desktop.resources import resource
from regionroll_desktop.storage import load_workshop, save_workshop
from regionroll_desktop.ui import dialogs


def test_a_folder_of_workshops_becomes_the_reference_regions(
    window: MainWindow, answers, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "regionerna"
    folder.mkdir()
    sample = load_workshop(resource("samples", "exempel.regionroll.json"))
    for code, name, x in (("12", "Skåne", 0.6), ("25", "Norrbotten", -0.6)):
        w = e.set_region(sample, RegionChoice(code=code, name=name))
        w = e.set_details(w, date=dt.date(2026, 10, 1))
        position = MatrixPosition(capital_per_capita=x, proactivity=x)
        save_workshop(
            e.set_matrix_position(w, Moment.TODAY, position), folder / f"{code}.regionroll.json"
        )
    (folder / "trasig.regionroll.json").write_text("{")
    save_workshop(e.set_region(sample, None), folder / "utan-region.regionroll.json")
    told: list[tuple[str, str]] = []

    def summary(parent, title, text, skipped):  # type: ignore[no-untyped-def]
        told.append((text, skipped))
        return False

    monkeypatch.setattr(dialogs, "choose_folder", lambda parent, start, title="": folder)
    monkeypatch.setattr(dialogs, "ask_save_built_set", summary)
    assert window.national.build()
    ((text, skipped),) = told
    assert "2" in text and "trasig.regionroll.json" in skipped
    # Why each was skipped, in the UI's Swedish (issue #36).
    assert "utan-region.regionroll.json: Workshoppen anger ingen region." in skipped, skipped
    assert "trasig.regionroll.json: Filen är skadad" in skipped, skipped
    merged = window.library.merged
    assert merged.region("12").matrix_position.value == MatrixPosition(
        capital_per_capita=0.6, proactivity=0.6
    )
    assert merged.region("12").population_2019.known  # the shipped facts stay beneath
    window.open_sample()
    window.show_page(PAGE_COMPARE)
    table = window.compare_page.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert "Skåne" in names and "regionerna" in window.compare_page.rule.text()
    from regionroll_desktop.app.navigation import PAGE_OF_STEP
    from regionroll_desktop.model import Step

    window.show_page(PAGE_OF_STEP[Step.GENOMFORANDEPRAKTIK])
    roles = window.step_pages[Step.GENOMFORANDEPRAKTIK].canvas
    assert roles is not None and "Skåne: 0,00" in roles.nearest.text()  # the same roles
    window.session.undo_stack.setClean()


def test_a_folder_with_nothing_usable_says_so(
    window: MainWindow, answers, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "choose_folder", lambda parent, start, title="": tmp_path)
    assert not window.national.build()
    assert (answers.errors and "kunde användas" in answers.errors[-1][1]) or answers.errors


def test_the_regions_page_shows_every_region_and_names_the_unplaced(
    window: MainWindow, tmp_path: Path
) -> None:
    from regionroll_desktop.app.navigation import PAGE_NATIONAL
    from regionroll_desktop.storage.reference_build import build_reference_set
    from regionroll_desktop.ui.national import national_marks

    folder = tmp_path / "w"
    folder.mkdir()
    sample = load_workshop(resource("samples", "exempel.regionroll.json"))
    w = e.set_region(sample, RegionChoice(code="12", name="Skåne"))
    there = MatrixPosition(capital_per_capita=0.5, proactivity=0.5)
    save_workshop(e.set_matrix_position(w, Moment.TODAY, there), folder / "skane.regionroll.json")
    window.library.use(build_reference_set([folder], "test").reference_set)
    window.open_sample()
    window.session.apply("r", lambda ws: e.set_region(ws, RegionChoice(code="04", name="Sörmland")))
    window.show_page(PAGE_NATIONAL)
    table = window.national_page.table
    assert table.rowCount() == 21  # the workshop's own region first, then the other 20
    # The deck's own "illustrate, not classify" beside the regions side by side (issue #36).
    assert "inte att klassificera regioner" in window.national_page.intro.text()
    assert (
        table.item(0, 0).text() == "Sörmland" and table.item(0, 1).text() == "den här workshoppen"
    )
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    skane = names.index("Skåne")
    assert "skane.regionroll.json" in table.item(skane, 1).toolTip()
    matrix, roles, no_matrix, _ = national_marks(window.session.workshop, window.library.merged)
    assert {m.name for m in matrix} == {"Skåne", "Sörmland"}
    assert "Norrbotten" in no_matrix and "Skåne" not in no_matrix and "Sörmland" not in no_matrix
    assert [m.own for m in matrix if m.name == "Sörmland"] == [True]
    assert {m.name for m in roles} == {"Skåne", "Sörmland"}
    # Every point says where it comes from (the page shows it on hover).
    from regionroll_desktop.ui.national import MARGIN, PANEL, TOP

    (skane_mark,) = [m for m in matrix if m.name == "Skåne"]
    assert skane_mark.today is not None
    x, y = MARGIN + skane_mark.today[0] * PANEL, TOP + MARGIN + skane_mark.today[1] * PANEL
    window.national_page.refresh()
    found = window.national_page.figure.drawing.hit(x + 3, y - 2)
    assert found is not None and found.name == "Skåne"
    assert "skane.regionroll.json" in found.source
    strategy = names.index("Norrbotten")
    assert table.item(strategy, 7).text().startswith("RUS Norrbotten 2030")
    assert "utvecklanorrbotten.se" in table.item(strategy, 7).toolTip()
    window.session.undo_stack.setClean()


def test_a_new_workshop_for_a_region_suggests_its_2019_strategy(window: MainWindow) -> None:
    from regionroll_desktop.app.navigation import PAGE_OF_STEP
    from regionroll_desktop.model import Step, StrategyKind

    window.new_workshop(RegionChoice(code="04", name="Sörmland"), "Workshop")
    (rus,) = window.session.workshop.strategy.documents
    assert (rus.title, rus.kind, rus.year) == ("Sörmlandsstrategin", StrategyKind.RUS, 2019)
    window.show_page(PAGE_OF_STEP[Step.STRATEGI])
    canvas = window.step_pages[Step.STRATEGI].canvas
    assert canvas is not None
    canvas.scene.select_documents({rus.id})
    note = canvas.suggested_from
    assert not note.isHidden() and "regionsormland.se/sormlandsstrategin" in note.text()
    window.session.apply("t", lambda w: e.update_document(w, rus.id, title="Vår egen RUS"))
    canvas.scene.select_documents({rus.id})
    assert note.isHidden()  # the room's own title is no suggestion
    window.session.undo_stack.setClean()
    window.new_workshop(RegionChoice(name="Egen region"), "Workshop")
    assert not window.session.workshop.strategy.documents  # no source, no suggestion
    window.session.undo_stack.setClean()


def test_a_regions_earlier_workshops_are_its_path_on_the_maps(tmp_path: Path) -> None:
    from regionroll_desktop.storage.reference_build import build_reference_set
    from regionroll_desktop.ui.national import national_marks

    sample = load_workshop(resource("samples", "exempel.regionroll.json"))
    folder = tmp_path / "w"
    folder.mkdir()
    for n, x in enumerate((-0.5, 0.0, 0.5)):
        w = e.set_region(sample, RegionChoice(code="12", name="Skåne"))
        w = e.set_details(w, date=dt.date(2024 + n, 1, 1))
        position = MatrixPosition(capital_per_capita=x, proactivity=x)
        save_workshop(
            e.set_matrix_position(w, Moment.TODAY, position), folder / f"{n}.regionroll.json"
        )
    reference = build_reference_set([folder], "t").reference_set
    own = e.new_workshop()
    (skane,) = [m for m in national_marks(own, reference)[0] if m.name == "Skåne"]
    assert skane.today == (0.75, 0.25)  # the latest: proactivity right, more capital up
    assert skane.earlier == ((0.25, 0.75), (0.5, 0.5))  # the two before it, oldest first


def test_a_region_of_its_own_is_a_reference_region_by_its_name(
    window: MainWindow, tmp_path: Path
) -> None:
    """Workshops of a region of its own (no county code) are one region, known by its name;
    the workshop of that region does not meet itself among the others."""
    from regionroll_desktop.app.navigation import PAGE_NATIONAL
    from regionroll_desktop.storage.reference_build import build_reference_set

    folder = tmp_path / "w"
    folder.mkdir()
    sample = load_workshop(resource("samples", "exempel.regionroll.json"))  # a region of its own
    save_workshop(sample, folder / "a.regionroll.json")
    north = e.set_region(sample, RegionChoice(name="Norra samverkansregionen"))
    save_workshop(north, folder / "b.regionroll.json")
    window.library.use(build_reference_set([folder], "egna").reference_set)
    window.open_sample()
    window.show_page(PAGE_NATIONAL)
    table = window.national_page.table
    names = [table.item(r, 0).text() for r in range(table.rowCount())]
    assert names[0] == "Exempelregionen (påhittad)"  # the workshop's own row, once
    assert names.count("Exempelregionen (påhittad)") == 1
    assert "Norra samverkansregionen" in names
    window.show_page(PAGE_COMPARE)
    ranked = [window.compare_page.table.item(r, 0).text() for r in range(1, 5)]
    assert "Exempelregionen (påhittad)" not in ranked
    window.session.undo_stack.setClean()
