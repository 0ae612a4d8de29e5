"""The national report (issue #40): from the 42 workshop files of the series (tests/
national_set.py), by name and anonymised, on the command line and from the app."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from regionroll_desktop.analysis.national import (
    Measure,
    anonymised,
    key_distribution,
    main_roles,
    national_picture,
    shuffled,
)
from regionroll_desktop.reference import ReferenceSet
from regionroll_desktop.storage import load_reference_set, shipped_reference_set
from regionroll_desktop.storage.reference_build import build_reference_set
from tests.national_set import FACILITATORS, MISSING, SECRET, write_series

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils is not installed"
)


@pytest.fixture(scope="module")
def series(tmp_path_factory: pytest.TempPathFactory) -> ReferenceSet:
    folder = tmp_path_factory.mktemp("series")
    write_series(folder)
    result = build_reference_set([folder], "Serien 2019–2026")
    assert result.used == 42 and not result.skipped
    return result.reference_set


def test_the_picture_names_who_held_a_workshop_and_who_did_not(series: ReferenceSet) -> None:
    deck = shipped_reference_set()
    picture = national_picture(series, deck)
    assert len(picture.entries) == 17 and sum(len(e.held) for e in picture.entries) == 42
    missing = {deck.region(code).name for code in MISSING}
    assert set(picture.missing) == missing and picture.missing_count == 4
    assert sum(picture.deck_models.values()) == 21
    # Each region's latest workshop last, its facts the region's; old formats said as such.
    for entry in picture.entries:
        assert entry.held[-1].latest and not any(h.latest for h in entry.held[:-1])
        assert entry.region.matrix_position.source == entry.latest.id
        assert entry.deck_administrative.known  # the deck classifies all 21
    versions = {h.source.format_version for h in picture.held}
    assert {1, 2, 5} <= versions
    dates = [h.source.date for h in picture.held]
    assert dates == sorted(dates)  # type: ignore[type-var]
    # What changed between a region's workshops, from the earlier entries.
    changed = [s.measure for e in picture.entries for c in e.changes for s in c.shifts]
    assert Measure.MATRIX_TODAY in changed and Measure.POLITICAL_MODEL in changed
    # A tie is counted as "none", never as a role.
    roles = main_roles(picture.entries, ambition=False)
    assert sum(len(v) for v in roles.values()) == 17
    spread = key_distribution(picture.entries)
    assert all(sum(counts) == 17 for counts in spread.values())


def test_anonymised_the_regions_are_letters_in_a_shuffled_order(series: ReferenceSet) -> None:
    picture = national_picture(series, shipped_reference_set())
    hidden = anonymised(picture, shuffled(7))
    letters = [e.name for e in hidden.entries]
    assert letters == [f"Region {chr(ord('A') + n)}" for n in range(17)]
    # The letters do not follow the regions' names: A is not always the first alphabetically.
    by_facts = {e.region.matrix_position.value: e.name for e in picture.entries}
    renamed = [by_facts[e.region.matrix_position.value] for e in hidden.entries]
    assert renamed != [e.name for e in picture.entries]
    assert not hidden.missing and hidden.missing_count == 4 and not hidden.name
    for entry in hidden.entries:
        assert entry.region.code is None and not entry.strategy.known
        for h in entry.held:
            assert h.source.title.startswith("Workshop ") and not h.source.publisher
    hidden.as_reference_set()  # every fact names a source it holds


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _names(deck: ReferenceSet) -> set[str]:
    """Every word that would name a region: its names, county, official name, strategy."""
    names: set[str] = set()
    for r in deck.regions:
        names |= {r.name, *r.aliases}
        for fact in (r.county, r.official_name):
            if fact.value:
                names.add(fact.value)
        if r.strategy_2019.value is not None:
            names.add(r.strategy_2019.value.name)
    return {n for n in names if len(n) > 3}


@needs_poppler
def test_the_report_by_name_and_anonymised(series: ReferenceSet, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.export.national_report import report_name, write_national_report
    from regionroll_desktop.model import Language
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)
    deck = shipped_reference_set()
    named = write_national_report(series, deck, tmp_path / report_name(False))
    text = _text(named)
    assert "Regionerna och utvecklingsarbetet" in text
    assert "17 av de 21 regionerna har hållit en workshop: 42 workshoppar" in text
    assert "Utan workshop: Gotland, Jämtland Härjedalen, Kalmar, Västmanland." in text
    for entry in national_picture(series, deck).entries:
        assert entry.name in text
    assert SECRET not in text  # no participant is ever copied
    pages = text.split("\f")
    figured = [p for p in pages if p.lstrip().startswith(("1. ", "2. ", "3. ", "4. ", "5. "))]
    assert len(figured) == 5
    assert all("inte att klassi" in " ".join(p.split()) for p in figured)  # the caveat
    flat = " ".join(text.split())
    assert "Appens regel:" in flat and "ingen (lika vikt) 3" in flat

    hidden = write_national_report(series, deck, tmp_path / report_name(True), shuffled(3))
    text = _text(hidden)
    info = subprocess.run(
        ["pdfinfo", "-meta", str(hidden)], capture_output=True, text=True, check=True
    ).stdout
    raw = hidden.read_bytes().decode("latin-1")
    assert "Region A" in text and "Region Q" in text
    folded = text.casefold()
    for name in _names(deck) | set(FACILITATORS) | {series.name}:
        assert name.casefold() not in folded, name
        assert name.casefold() not in info.casefold(), name
        assert name not in raw, name
    assert ".regionroll.json" not in text and "Workshopfilen" not in text
    assert hidden.name == "nationell-rapport-anonymiserad.pdf"


def test_the_command_line_writes_the_report_and_refuses_a_bad_set(
    series: ReferenceSet, tmp_path: Path
) -> None:
    from regionroll_desktop.storage.reference_file import save_reference_set

    saved = tmp_path / "serien.regionroll-ref.json"
    save_reference_set(series, saved)
    assert load_reference_set(saved) == series
    command = [sys.executable, "-m", "regionroll_desktop", "reference", "report"]
    out = tmp_path / "rapport"
    done = subprocess.run(
        [*command, str(saved), "--out", str(out), "--anonymise"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(out / "nationell-rapport-anonymiserad.pdf")
    assert [p.name for p in out.iterdir()] == ["nationell-rapport-anonymiserad.pdf"]
    bad = tmp_path / "trasig.regionroll-ref.json"
    bad.write_text("{")
    done = subprocess.run(
        [*command, str(bad), "--out", str(tmp_path / "inget")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1 and "trasig.regionroll-ref.json" in done.stderr
    assert "Traceback" not in done.stderr and not (tmp_path / "inget").exists()
    # The shipped set holds no region's workshop: refused in words, nothing written.
    shipped = tmp_path / "levererad.regionroll-ref.json"
    save_reference_set(shipped_reference_set(), shipped)
    done = subprocess.run(
        [*command, str(shipped), "--out", str(tmp_path / "inget")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 1 and "no region's workshop is in the set" in done.stderr
    assert not (tmp_path / "inget").exists()


def test_a_workshop_that_placed_nothing_still_counts_as_held(tmp_path: Path) -> None:
    """A region's workshop that left every canvas empty is still its workshop: the region
    is not named as one without, and its facts are "not known"."""
    from regionroll_desktop.model import RegionChoice
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.storage import save_workshop

    empty = e.new_workshop(RegionChoice(code="09", name="Gotland"), title="Gotland 2026")
    save_workshop(empty, tmp_path / "gotland.regionroll.json")
    built = build_reference_set([tmp_path], "tom").reference_set
    picture = national_picture(built, shipped_reference_set())
    (entry,) = picture.entries
    assert entry.name == "Gotland" and entry.held[0].latest
    assert not entry.region.matrix_position.known
    assert "Gotland" not in picture.missing and picture.missing_count == 20
    hidden = anonymised(picture, shuffled(1))
    assert hidden.entries[0].region.workshop == hidden.entries[0].held[0].source.id
