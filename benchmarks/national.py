"""Building a reference set from 1,000 workshop files (the regions' own workshops, several
each), beside the floor of loading the same files with the plain loader, in the same run;
and the memory the build adds (it keeps only each file's facts)."""

from __future__ import annotations

import datetime as dt
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

from common import Row, runs_row

from regionroll_desktop.model import Moment, RegionChoice
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.workshop import MatrixPosition
from regionroll_desktop.reference.regions import COUNTY_CODES
from regionroll_desktop.resources import resource as shipped
from regionroll_desktop.storage import dump_workshop, load_workshop
from regionroll_desktop.storage.reference_build import build_reference_set

TARGET_MS = 5000
REPORT_RATIO = 2.0  # the national report from the files, to the build plus one workshop report


def write_workshops(folder: Path, count: int) -> list[Path]:
    """`count` distinct workshop files: the example, as each region in turn, on different
    days and with different positions."""
    base = load_workshop(shipped("samples", "exempel.regionroll.json"))
    codes = sorted(COUNTY_CODES)
    paths = []
    for n in range(count):
        code = codes[n % len(codes)]
        w = e.set_region(base, RegionChoice(code=code, name=f"Region {code}"))
        w = e.set_details(w, date=dt.date(2020, 1, 1) + dt.timedelta(days=n))
        x = round((n % 200) / 100 - 1, 2)
        w = e.set_matrix_position(
            w, Moment.TODAY, MatrixPosition(capital_per_capita=x, proactivity=-x)
        )
        path = folder / f"w{n:04d}.regionroll.json"
        path.write_bytes(dump_workshop(w))
        paths.append(path)
    return paths


def peak_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def national_rows(count: int = 1000, runs: int = 3) -> list[Row]:
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        paths = write_workshops(folder, count)
        ours, floor = [], []
        before = peak_mb()
        for _ in range(runs):
            t0 = time.perf_counter()
            for path in paths:
                load_workshop(path)
            floor.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            result = build_reference_set([folder], "benchmark")
            ours.append((time.perf_counter() - t0) * 1000)
            assert result.used == count
        grown = peak_mb() - before
    target = f"≤ {TARGET_MS} ms; peak memory +{grown:.0f} MB"
    name = f"reference set from {count:,} workshop files"
    return [runs_row(name, ours, floor, target, statistics.median(ours) <= TARGET_MS)]


def national_report_rows(count: int = 1000, runs: int = 2) -> list[Row]:
    """The national report from `count` workshop files (the build and the PDF), beside the
    floor of the same build plus one workshop report (the example's), in the same run."""
    from regionroll_desktop.export.national_report import write_national_report
    from regionroll_desktop.export.report import write_report
    from regionroll_desktop.storage import shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    deck = shipped_reference_set()
    example = load_workshop(shipped("samples", "exempel.regionroll.json"))
    library = ReferenceLibrary(deck)
    ours, floor = [], []
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "files").mkdir()
        write_workshops(folder / "files", count)
        for n in range(runs):
            t0 = time.perf_counter()
            built = build_reference_set([folder / "files"], "benchmark")
            write_report(example, library, folder / f"report-{n}.pdf")
            floor.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            built = build_reference_set([folder / "files"], "benchmark")
            write_national_report(built.reference_set, deck, folder / f"national-{n}.pdf")
            ours.append((time.perf_counter() - t0) * 1000)
    ratio = statistics.median(ours) / statistics.median(floor)
    target = f"ratio ≤ {REPORT_RATIO:g} (build + one report)"
    return [
        runs_row(
            f"national report from {count:,} files", ours, floor, target, ratio <= REPORT_RATIO
        )
    ]
