"""RegionRoll's benchmark suite: each measurement beside its floor, measured in the same run.

    uv run python benchmarks/run.py [--json results.json] [--frames 300] [--runs 5]
                                    [--only startup,bundle,files,drag,export,limits,
                                            national,room,soak]

Prints one table of medians, the spread (95th percentile, or the largest of a few runs),
the floor's median and the ratio to it, with each target. The machine is shared, so compare
ratios within one run, not absolute times across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path

# No display, but a screen of a facilitator's laptop or projector, 1920×1080: Qt's offscreen
# screen is 800×800 by default, smaller than the windows measured (the pyramid's view of
# 1600×1000 got no room for its links' cached pixmap, which the app bounds by the largest
# screen, and was measured redrawing 400 links at every move, 9× what a real screen shows).
os.environ.setdefault(
    "QT_QPA_PLATFORM", f"offscreen:configfile={Path(__file__).with_name('screen.json')}"
)
sys.path.insert(0, str(Path(__file__).parent))

from common import Row
from PySide6.QtWidgets import QApplication

SUITES = ("startup", "bundle", "files", "drag", "export", "limits", "national", "room")


def table(rows: list[Row]) -> str:
    header = (
        f"| {'benchmark':<40} | {'median':>9} | {'spread':>16} | {'floor':>9} | {'ratio':>5} "
        f"| target |"
    )
    lines = [header, "|" + "|".join("-" * (len(c)) for c in header.split("|")[1:-1]) + "|"]
    for r in rows:
        mark = "–" if r.met is None else ("ok" if r.met else "MISSED")
        spread = f"{r.p95:g} ({r.spread})"
        lines.append(
            f"| {r.name:<40} | {r.median:>6g} {r.unit:<3}| {spread:>16} | "
            f"{r.floor_median:>6g} {r.unit:<3}| {r.ratio:>5.2f} | {r.target} [{mark}] |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the table as JSON")
    parser.add_argument("--frames", type=int, default=300, help="mouse moves per drag")
    parser.add_argument("--runs", type=int, default=5, help="starts of each program")
    parser.add_argument(
        "--only", default=",".join(SUITES), help="which suites, by name (and: soak)"
    )
    parser.add_argument("--soak-seconds", type=float, default=600, help="how long the soak runs")
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    app = QApplication.instance() or QApplication(sys.argv[:1])
    rows: list[Row] = []
    if "startup" in wanted:  # first: fresh processes, before this one grows
        from startup import startup_rows

        rows += startup_rows(args.runs)
    if "bundle" in wanted:
        from bundle_start import bundle_rows

        rows += bundle_rows(args.runs)
    if "files" in wanted:
        from files import files_rows

        rows += files_rows()
    if "drag" in wanted:
        from drag import drag_rows

        rows += drag_rows(args.frames)
    if "export" in wanted:
        from export import export_rows

        rows += export_rows()
    if "soak" in wanted:  # not by default: it runs for minutes
        from soak import soak_rows

        rows += soak_rows(args.soak_seconds)
    if "national" in wanted:
        from national import national_report_rows, national_rows

        rows += national_rows(runs=max(1, min(args.runs, 3)))
        rows += national_report_rows(runs=max(1, min(args.runs, 2)))
    if "room" in wanted:
        from room import room_rows

        rows += room_rows()
    if "limits" in wanted:
        from limits import limits_rows

        rows += limits_rows(runs=max(1, min(args.runs, 2)))
    print(table(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=2) + "\n")
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
