"""The Compare page exports the chosen snapshot as it was, without restoring it."""

from __future__ import annotations

from pathlib import Path

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.ui import dialogs
from regionroll_desktop.ui.settings import ExportChoice


def test_the_chosen_snapshot_exports_without_being_restored(  # type: ignore[no-untyped-def]
    window: MainWindow, answers, tmp_path: Path, monkeypatch
) -> None:
    assert window.open_sample()
    before = window.session.workshop
    monkeypatch.setattr(
        dialogs, "ask_export", lambda parent, choice: ExportChoice(("png", "pdf"), 640, tmp_path)
    )
    monkeypatch.setattr(dialogs, "ask_open_folder", lambda *a: False)
    page = window.compare_page
    page.show_workshop(window.session.workshop)
    assert not page.export.isEnabled()  # nothing chosen yet
    page.snapshots.setCurrentRow(0)
    assert page.export.isEnabled()
    page.export.click()
    names = sorted(p.name for p in tmp_path.iterdir())
    assert "Före-pausen-2-finansiering.png" in names
    assert any(n.endswith("-Före-pausen-rapport.pdf") for n in names)
    assert window.session.workshop is before  # nothing restored, nothing changed
    assert not window.session.undo_stack.canUndo()


def test_the_journey_exports_from_the_compare_page(  # type: ignore[no-untyped-def]
    window: MainWindow, answers, tmp_path: Path, monkeypatch
) -> None:
    assert window.open_sample()
    monkeypatch.setattr(dialogs, "choose_folder", lambda parent, start, title="": tmp_path)
    opened: list[str] = []
    monkeypatch.setattr(dialogs, "ask_open_folder", lambda p, t, text: opened.append(text))
    window.compare_page.journey.click()
    (journey,) = tmp_path.glob("*-resan.pdf")
    assert journey.stat().st_size > 10_000 and opened and str(tmp_path) in opened[0]
    monkeypatch.setattr(dialogs, "choose_folder", lambda parent, start, title="": None)
    window.compare_page.journey.click()  # cancelled in the folder dialog: nothing more
    assert list(tmp_path.glob("*.pdf")) == [journey]


def test_the_regions_journey_from_its_workshop_files(  # type: ignore[no-untyped-def]
    window: MainWindow, answers, tmp_path: Path, monkeypatch
) -> None:
    """Jämför ▸ the region's journey across workshops: two files chosen, a folder, one PDF;
    a file of another region refused in words, nothing written."""
    from regionroll_desktop.model import RegionChoice
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.storage import save_workshop
    from tests.test_journey_across import _three_years

    files = tmp_path / "files"
    files.mkdir()
    paths = _three_years(files)
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(dialogs, "open_paths", lambda parent, start: paths)
    monkeypatch.setattr(dialogs, "choose_folder", lambda parent, start, title="": out)
    monkeypatch.setattr(dialogs, "ask_open_folder", lambda *a: False)
    window.compare_page.region_journey.click()
    assert len(list(out.glob("*-resan.pdf"))) == 1
    other = files / "halland.regionroll.json"
    save_workshop(e.new_workshop(RegionChoice(code="13", name="Halland")), other)
    errors: list[str] = []
    monkeypatch.setattr(dialogs, "open_paths", lambda parent, start: [paths[0], other])
    monkeypatch.setattr(
        dialogs, "show_error", lambda p, title, text, detail="": errors.append(text)
    )
    window.compare_page.region_journey.click()
    assert errors and "Halland" in errors[0]
    assert len(list(out.glob("*.pdf"))) == 1
