"""A reference set built from the regions' own workshop files."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from regionroll_desktop.model import Moment, RegionChoice, Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.workshop import MatrixPosition
from regionroll_desktop.resources import resource
from regionroll_desktop.storage import load_reference_set, load_workshop, save_workshop
from regionroll_desktop.storage.reference_build import build_reference_set
from regionroll_desktop.storage.workshop_file import WORKSHOP_FORMAT

SECRET = "Hemliga Hemlighetsdotter"  # a participant's name and a note: never copied


def regional(code: str, name: str, day: dt.date, x: float) -> Workshop:
    """The example as region `code`'s workshop on `day`, today's position at (x, x)."""
    w = load_workshop(resource("samples", "exempel.regionroll.json"))
    w = e.set_region(w, RegionChoice(code=code, name=name))
    w = e.set_details(w, title=f"Workshop {name}", date=day, participants=SECRET)
    w = e.set_note(w, Step.STRATEGI, SECRET)
    w = e.set_conclusion(w, Step.STRATEGI, text=SECRET)
    position = MatrixPosition(capital_per_capita=x, proactivity=x)
    return e.set_matrix_position(w, Moment.TODAY, position)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    out = tmp_path / "workshops"
    (out / "2026").mkdir(parents=True)
    save_workshop(regional("04", "Sörmland", dt.date(2026, 3, 1), 0.1), out / "s1.regionroll.json")
    later = regional("04", "Sörmland", dt.date(2026, 9, 1), 0.5)
    save_workshop(later, out / "2026" / "s2.regionroll.json")
    save_workshop(
        regional("25", "Norrbotten", dt.date(2026, 5, 1), -0.4), out / "n.regionroll.json"
    )
    return out


def test_the_set_carries_the_workshops_facts_and_sources_and_nothing_else(folder: Path) -> None:
    result = build_reference_set([folder], "Våra workshoppar")
    assert result.used == 3 and not result.skipped
    reference = result.reference_set
    assert [r.code for r in reference.regions] == ["25", "04"]  # by name: Norrbotten, Sörmland
    sormland = reference.region("04")
    today = sormland.matrix_position
    assert today.value == MatrixPosition(capital_per_capita=0.5, proactivity=0.5)  # the latest
    source = reference.source(today.source or "")
    assert source.date == dt.date(2026, 9, 1) and source.title == "Workshop Sörmland"
    assert source.publisher and "s2.regionroll.json" in source.detail
    sample = load_workshop(folder / "s1.regionroll.json")
    assert sormland.political_model.value == sample.organisation.political_model
    assert sormland.roles_today.value == sample.implementation.today
    assert sormland.key_scores.value is not None
    assert sormland.key_scores.value.scores == {k.key: k.score for k in sample.keys if k.score}
    assert sormland.rus_focus.value is not None
    # The region's own numbers travel with their workshop as the fact's source (#37).
    assert sormland.capital_numbers.value == sample.financing.numbers is not None
    assert sormland.capital_numbers.source == today.source
    # The earlier workshop is the region's history, with its own source.
    (earlier,) = sormland.earlier
    assert earlier.date == dt.date(2026, 3, 1)
    assert earlier.matrix_today == MatrixPosition(capital_per_capita=0.1, proactivity=0.1)
    assert reference.source(earlier.source).date == dt.date(2026, 3, 1)
    assert not reference.region("25").earlier


def test_no_participant_or_note_is_copied(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "set.regionroll-ref.json"
    from regionroll_desktop.storage.reference_file import save_reference_set

    save_reference_set(build_reference_set([folder], "x").reference_set, out)
    assert SECRET not in out.read_text("utf-8")
    assert load_reference_set(out).region("04").matrix_position.known


def test_bad_files_are_listed_and_skipped(folder: Path) -> None:
    (folder / "broken.regionroll.json").write_text("{ not json")
    (folder / "z-copy.regionroll.json").write_bytes((folder / "n.regionroll.json").read_bytes())
    save_workshop(e.new_workshop(title="no region"), folder / "none.regionroll.json")
    own = load_workshop(resource("samples", "exempel.regionroll.json"))  # a region of its own
    save_workshop(own, folder / "own.regionroll.json")
    same = RegionChoice(name="exempelregionen  (PÅHITTAD)")
    alone = e.set_region(e.new_workshop(title="egen"), same)
    save_workshop(alone, folder / "own-2.regionroll.json")  # the same region of its own
    (folder / "notes.txt").write_text("not looked at: not a workshop file's name")
    result = build_reference_set([folder, folder / "missing.regionroll.json"], "x")
    assert result.used == 5
    reasons = {s.path.name: s.reason for s in result.skipped}
    assert set(reasons) == {
        "broken.regionroll.json",
        "z-copy.regionroll.json",
        "none.regionroll.json",
        "missing.regionroll.json",
    }
    assert "same workshop as" in reasons["z-copy.regionroll.json"]
    assert "names no region" in reasons["none.regionroll.json"]
    # A region of its own is one region, known by its name, whatever case or dashes.
    own_regions = [r for r in result.reference_set.regions if r.code is None]
    assert len(own_regions) == 1 and len(own_regions[0].earlier) == 1
    assert all(r.endswith(".") and "\n" not in r for r in reasons.values())


def test_the_command_line_summarises_and_fails_with_nothing_usable(
    folder: Path, tmp_path: Path
) -> None:
    out = tmp_path / "nationellt"
    command = [sys.executable, "-m", "regionroll_desktop", "reference", "build"]
    done = subprocess.run(
        [*command, str(folder), "--out", str(out)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    written = tmp_path / "nationellt.regionroll-ref.json"
    assert done.stdout.strip().splitlines() == [
        f"Wrote {written}: 2 regions from 3 workshop files (0 skipped)."
    ]
    assert load_reference_set(written).name == "nationellt"
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "x.regionroll.json").write_text("[]")
    done = subprocess.run(
        [*command, str(empty), "--out", str(tmp_path / "none")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "skipped" in done.stderr and "nothing was written" in done.stderr
    assert not (tmp_path / "none.regionroll-ref.json").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="names as bytes, pipes and sockets")
def test_a_folder_of_odd_names_and_entries_is_read_and_every_skip_said(
    folder: Path, tmp_path: Path
) -> None:
    """The attack's folder (issue #31): a name that is not UTF-8, a pipe, a socket, a loop of
    links, a link to nothing, a folder named like a workshop file and a workshop dated
    9999. The command line reads what it can, says one sentence for each of
    the rest, writes the set, and prints no traceback; the set saves and loads again."""
    import os
    import socket

    raw = os.fsencode(folder)
    odd = Path(os.fsdecode(raw + b"/m\xf6te-\xff.regionroll.json"))
    save_workshop(regional("12", "Skåne", dt.date(2026, 4, 1), 0.2), odd)
    os.mkfifo(folder / "pipe.regionroll.json")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "s.regionroll.json"))
    (folder / "loop").symlink_to(folder)
    (folder / "gone.regionroll.json").symlink_to(folder / "nowhere")
    (folder / "dir.regionroll.json").mkdir()
    future = regional("01", "Stockholm", dt.date(9999, 1, 1), 0.0)
    save_workshop(future, folder / "future.regionroll.json")
    try:
        result = build_reference_set([folder], "udda")
        reasons = {shown(s.path): s.reason for s in result.skipped}
        assert result.used == 4  # the three of the fixture and Skåne, whatever its name
        assert "Skåne" in {r.name for r in result.reference_set.regions}
        assert "a pipe" in reasons["pipe.regionroll.json"]
        assert "a socket" in reasons["s.regionroll.json"]
        assert "a loop of links" in reasons["loop"]
        assert "a link to a file that is not there" in reasons["gone.regionroll.json"]
        assert "a folder, not a file" in reasons["dir.regionroll.json"]
        assert "9999-01-01, is in the future" in reasons["future.regionroll.json"]
        assert all(r.endswith(".") and "\n" not in r for r in reasons.values())
        source = next(s for s in result.reference_set.sources if "Sk" in s.title)
        assert source.detail == "Workshopfilen m\\xf6te-\\xff.regionroll.json"  # data: Swedish
        out = tmp_path / "udda.regionroll-ref.json"
        from regionroll_desktop.storage.reference_file import save_reference_set

        save_reference_set(result.reference_set, out)  # the app's save of a built set
        assert load_reference_set(out) == result.reference_set
        command = [sys.executable, "-m", "regionroll_desktop", "reference", "build"]
        done = subprocess.run(
            [*command, str(folder), "--out", str(tmp_path / "cli")],
            capture_output=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr
        assert b"Traceback" not in done.stderr
        assert b"skipped " in done.stderr and b"is in the future" in done.stderr
        assert b"Wrote " in done.stdout and b"from 4 workshop files (6 skipped)" in done.stdout
        validated = subprocess.run(
            [sys.executable, "-m", "regionroll_desktop", "validate", os.fsencode(odd)],
            capture_output=True,
            timeout=120,
        )
        assert (
            validated.returncode == 0 and b"m\\xf6te-\\xff.regionroll.json: ok" in validated.stdout
        )
    finally:
        sock.close()


def shown(path: Path) -> str:
    from regionroll_desktop.storage.reference_build import shown_name

    return shown_name(path)


def test_a_source_names_its_workshop_file_and_format_and_history_keeps_models(
    folder: Path, tmp_path: Path
) -> None:
    """Reference format 5 (issue #40): the series' table names each workshop's file and the
    format it was written in; an earlier workshop keeps its models and keys; a format 4
    set's workshop sources are read as such."""
    import json

    from regionroll_desktop.storage.reference_file import save_reference_set

    reference = build_reference_set([folder], "x").reference_set
    sormland = reference.region("04")
    latest = reference.source(sormland.matrix_position.source or "")
    assert latest.is_workshop and latest.workshop_file == "s2.regionroll.json"
    assert latest.format_version == WORKSHOP_FORMAT.version
    (earlier,) = sormland.earlier
    sample = load_workshop(folder / "s1.regionroll.json")
    assert earlier.political_model == sample.organisation.political_model
    assert earlier.key_scores is not None and earlier.key_scores.scores
    out = tmp_path / "old.regionroll-ref.json"
    save_reference_set(reference, out)
    document = json.loads(out.read_text("utf-8"))
    document["schema_version"] = 4
    for source in document["reference_set"]["sources"]:
        del source["workshop_file"], source["format_version"]
    for region in document["reference_set"]["regions"]:
        for old in region["earlier"]:
            del old["political_model"], old["administrative_model"], old["key_scores"]
    out.write_text(json.dumps(document), "utf-8")
    read = load_reference_set(out)
    assert {s.workshop_file for s in read.sources} == {
        "s1.regionroll.json",
        "s2.regionroll.json",
        "n.regionroll.json",
    }
    assert all(s.format_version is None for s in read.sources)
