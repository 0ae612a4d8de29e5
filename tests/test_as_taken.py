"""A snapshot exported as it was when taken, from the command line
and from the Compare page, equal to the same snapshot restored and exported."""

from __future__ import annotations

import datetime as dt
import subprocess
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from regionroll_desktop.cli import main
from regionroll_desktop.export.as_taken import SnapshotNotFoundError, as_taken, find_snapshot
from regionroll_desktop.export.run import export_all
from regionroll_desktop.model import MatrixPosition, Moment, Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop, save_workshop, shipped_reference_set
from regionroll_desktop.ui.reference_library import ReferenceLibrary

SAMPLE = Path(__file__).parents[1] / "resources" / "samples" / "exempel.regionroll.json"
T0 = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def _day() -> Workshop:
    """The example's morning (its own snapshot), then two more moments, then now."""
    w = load_workshop(SAMPLE)
    w = e.set_matrix_position(
        w, Moment.TODAY, MatrixPosition(capital_per_capita=0.5, proactivity=0.5)
    )
    w = e.take_snapshot(w, "Lunch", T0 + dt.timedelta(hours=3), snapshot_id="snap-lunch")
    w = e.set_matrix_position(
        w, Moment.TODAY, MatrixPosition(capital_per_capita=-0.8, proactivity=0.2)
    )
    w = e.take_snapshot(w, "Lunch", T0 + dt.timedelta(hours=5), snapshot_id="snap-lunch-2")
    w = e.take_snapshot(w, "Slutet", T0 + dt.timedelta(hours=7), snapshot_id="snap-end")
    w = e.add_sticky_note(w, Step.STRATEGI, "Koppla besöksnäringen till RUS:en")
    return e.set_matrix_position(w, Moment.TODAY, None)


def test_a_snapshot_is_found_by_name_or_id_and_never_guessed() -> None:
    w = _day()
    assert find_snapshot(w, "Slutet").id == "snap-end"
    assert find_snapshot(w, "  slutet ").id == "snap-end"
    assert find_snapshot(w, "snap-lunch-2").id == "snap-lunch-2"
    assert find_snapshot(w, "Före pausen").id == "snap-paus"
    with pytest.raises(SnapshotNotFoundError, match="2 snapshots are named “Lunch”"):
        find_snapshot(w, "Lunch")
    with pytest.raises(SnapshotNotFoundError, match=r"no snapshot is named “Kväll”.*“Slutet”"):
        find_snapshot(w, "Kväll")


def test_a_snapshot_as_taken_is_the_workshop_as_it_was_then() -> None:
    w = _day()
    first = find_snapshot(w, "Före pausen")
    state, comparison = as_taken(w, first)
    assert state.snapshots == () and comparison is None
    end = find_snapshot(w, "Slutet")
    state, comparison = as_taken(w, end)
    assert [s.id for s in state.snapshots] == ["snap-paus", "snap-lunch", "snap-lunch-2"]
    assert state.financing.today == MatrixPosition(capital_per_capita=-0.8, proactivity=0.2)
    assert comparison is not None
    before, after, name_a, name_b = comparison
    assert (name_a, name_b) == ("Lunch", "Slutet")
    assert before == w.snapshots[2].workshop and after == end.workshop


def _pictures(folder: Path) -> dict[str, QImage]:
    return {p.name: QImage(str(p)) for p in sorted(folder.glob("*.png"))}


def test_the_command_line_exports_a_snapshot_as_restoring_it_would(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    w = _day()
    path = tmp_path / "dagen.regionroll.json"
    save_workshop(w, path)
    out = tmp_path / "cli"
    command = ["export", str(path), "--out", str(out), "--format", "png,pdf", "--width", "600"]
    assert main([*command, "--snapshot", "snap-lunch"]) == 0
    written = [Path(line) for line in capsys.readouterr().out.split()]
    assert all(p.name.startswith("Lunch-") for p in written if p.suffix == ".png")
    report = next(p for p in written if p.suffix == ".pdf")
    assert report.name.endswith("-Lunch-rapport.pdf")

    # The same snapshot restored (as the Compare page's Restore does) and exported.
    restored = e.restore_snapshot(w, "snap-lunch")
    library = ReferenceLibrary(shipped_reference_set())
    again = tmp_path / "restored"
    again.mkdir()
    export_all(restored, library, again, ("png",), 600)
    cli = {name.removeprefix("Lunch-"): image for name, image in _pictures(out).items()}
    assert cli.keys() == _pictures(again).keys()
    for name, image in _pictures(again).items():
        assert cli[name] == image, name

    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True).stdout
    assert "som den var i ögonblicksbilden ”Lunch”" in text
    assert "Från ”Före pausen” till ”Lunch”" in text
    assert main([*command, "--snapshot", "Lunch"]) == 1  # two are named so: never guessed
    assert "give one's id" in capsys.readouterr().err


def test_the_journey_tells_the_day_in_order(
    qapp: object, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "dagen.regionroll.json"
    save_workshop(_day(), path)
    out = tmp_path / "resan"
    assert main(["export", str(path), "--out", str(out), "--journey"]) == 0
    (report,) = [Path(line) for line in capsys.readouterr().out.split()]
    assert report.name.endswith("-resan.pdf") and report.parent == out
    text = subprocess.run(["pdftotext", str(report), "-"], capture_output=True, text=True).stdout
    cover = text.split("\f")[0]
    assert "Workshoppens förlopp" in cover
    order = [cover.index(name) for name in ("Före pausen", "Lunch", "Slutet", "Nu")]
    assert order == sorted(order)  # the moments in the order they were taken
    assert cover.count("Lunch") == 2 and "som workshoppen är nu" in cover
    steps = [text.index(f"{n}. {name}") for n, name in enumerate(STEP_NAMES, start=1)]
    assert steps == sorted(steps)
    # Lines as the PDF wraps them, joined; its typographic ligatures (ﬂ) as letters.
    flat = unicodedata.normalize("NFKC", " ".join(text.split()))
    assert "Från ”Före pausen” till ”Lunch”" in flat
    assert "Finansiering: i dag flyttades från inte placerad" in flat  # what changed, in words
    assert "Från ”Lunch” till ”Slutet”" in flat
    assert "Inget ändrades i det här steget." in flat  # nothing moved between the two
    # A note put up after the last snapshot: listed under the figures, told in what changed.
    assert "Lappar på ytan Nu: 1. Koppla besöksnäringen till RUS:en" in flat
    assert "Strategi: lapp uppsatt: ”Koppla besöksnäringen till RUS:en”" in flat
    assert main(["export", str(path), "--out", str(out), "--journey", "--snapshot", "x"]) == 2


STEP_NAMES = ("Organisation", "Finansiering", "Strategi", "Genomförandepraktik")
