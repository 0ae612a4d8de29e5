"""A region's journey across its workshops (issue #39): `regionroll export --journey` given
several workshop files (or a folder of them) draws each step as each workshop left it, in the
order they were held, each named by its day and its file, and what changed between them;
files of different regions are refused in words and nothing is written."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from regionroll_desktop.cli import main
from regionroll_desktop.model import MatrixPosition, Moment, PoliticalBodyKind, RegionChoice
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop, save_workshop

SAMPLE = Path(__file__).parent.parent / "resources" / "samples" / "exempel.regionroll.json"


def _three_years(folder: Path) -> list[Path]:
    first = load_workshop(SAMPLE)
    then = dt.datetime(2026, 11, 27, 12, 0, tzinfo=dt.UTC)
    second = e.follow_up(first, "Förra workshoppen", then, SAMPLE.name, on=dt.date(2027, 11, 20))
    second = e.add_political_body(second, "Kulturnämnden", kind=PoliticalBodyKind.SECTOR)
    second = e.set_matrix_position(
        second, Moment.TODAY, MatrixPosition(capital_per_capita=-0.1, proactivity=0.1)
    )
    third = e.follow_up(second, "Förra", then, "2027.regionroll.json", on=dt.date(2028, 11, 18))
    third = e.set_matrix_position(
        third, Moment.TODAY, MatrixPosition(capital_per_capita=0.2, proactivity=0.4)
    )
    paths = []
    for name, w in (("2028", third), ("2026", first), ("2027", second)):  # not in order
        path = folder / f"{name}.regionroll.json"
        save_workshop(w, path)
        paths.append(path)
    return paths


def test_a_regions_journey_across_three_workshops(tmp_path: Path) -> None:
    folder = tmp_path / "workshops"
    folder.mkdir()
    paths = _three_years(folder)
    out = tmp_path / "out"
    assert main(["export", *map(str, paths), "--out", str(out), "--journey"]) == 0
    (pdf,) = out.glob("*-resan.pdf")
    text = " ".join(
        subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout.split()
    )
    assert "Regionens resa" in text
    held = [text.index(f"{year}.regionroll.json") for year in ("2026", "2027", "2028")]
    assert held == sorted(held)  # in the order they were held, whatever the order given
    assert "lade till Kulturnämnden" in text
    # A folder of them gives the same journey.
    again = tmp_path / "again"
    assert main(["export", str(folder), "--out", str(again), "--journey"]) == 0
    assert len(list(again.glob("*-resan.pdf"))) == 1


def test_workshops_of_two_regions_make_no_journey(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    a = tmp_path / "a.regionroll.json"
    b = tmp_path / "b.regionroll.json"
    save_workshop(load_workshop(SAMPLE), a)
    save_workshop(e.new_workshop(RegionChoice(code="13", name="Halland")), b)
    out = tmp_path / "out"
    assert main(["export", str(a), str(b), "--out", str(out), "--journey"]) == 2
    assert "Halland" in capsys.readouterr().err
    assert not out.exists() or not list(out.iterdir())
    assert main(["export", str(a), str(b), "--out", str(out)]) == 2  # several: only a journey


def test_the_maps_side_by_side_keep_the_pages_type(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Three workshops' capital matrices and role maps side by side, a third of the page
    each: laid out for their cells, no word under 8 pt (drawn scaled, their words were 4 pt),
    measured where each is drawn."""
    from regionroll_desktop.export.journey import Stop, write_journey
    from regionroll_desktop.export.pages import EIGHT_PT_PX, Pages
    from regionroll_desktop.storage import shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    from .app.text_probe import drawn_by

    rows: list[tuple[object, float]] = []
    real = Pages.draw

    def seen(self, draw, height):  # type: ignore[no-untyped-def]
        rows.append((draw, height))
        return real(self, draw, height)

    monkeypatch.setattr(Pages, "draw", seen)
    workshops = [load_workshop(p) for p in sorted(_three_years(tmp_path))]
    stops = [Stop(f"{n}", "", w) for n, w in enumerate(workshops)]
    write_journey(
        workshops[-1], ReferenceLibrary(shipped_reference_set()), tmp_path / "r.pdf", None, stops
    )
    width = Pages(tmp_path / "probe.pdf", "", "", "").width
    sizes = [
        min(drawn_by(lambda p, _r, draw=draw: draw(p), width, height))[0]  # type: ignore[misc]
        for draw, height in rows
        if drawn_by(lambda p, _r, draw=draw: draw(p), width, height)  # type: ignore[misc]
    ]
    assert sizes and min(sizes) >= EIGHT_PT_PX - 0.05, sorted(sizes)[:3]


def test_a_crowded_maps_numbers_are_named_beside_it(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Thirty groups on one spot of the role map, three workshops side by side: a map whose
    legend is too long for its cell has it listed under the row, so that every number it
    carries is named (its numbers stood unexplained)."""
    from regionroll_desktop.analysis.roles import weights_at
    from regionroll_desktop.export.journey import Stop, write_journey
    from regionroll_desktop.model import Language
    from regionroll_desktop.storage import shipped_reference_set
    from regionroll_desktop.ui.i18n import set_language
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    set_language(Language.SV)
    w = load_workshop(SAMPLE)
    for n in range(30 - len(w.details.groups)):
        w = e.add_group(w, f"Lag {n:02}", group_id=f"lag{n}")
    for group in w.details.groups:
        w = e.set_group_roles(w, group.id, "today", weights_at(0.3, 0.3))
    stops = [Stop(f"{n}", "", w) for n in range(3)]
    pdf = tmp_path / "r.pdf"
    write_journey(w, ReferenceLibrary(shipped_reference_set()), pdf, None, stops)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for n in range(30 - 3):
        assert f"Lag {n:02} (i dag)" in text, n
