"""The benchmark suite keeps working (speed itself is never asserted in a test)."""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_benchmark_prints_one_table_with_ratios(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "run.py"),
            "--frames",
            "30",
            "--runs",
            "1",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    assert "ratio" in result.stdout and "matrix drag, 200 reference points" in result.stdout
    rows = json.loads(out.read_text())
    names = {r["name"] for r in rows}
    assert names >= {
        "start: first window painted",
        "start: workshop open, taking input",
        "start: peak memory",
        "load, 100 items",
        "save, 100 items",
        "matrix drag, 21 reference points",
        "pyramid drag, 200 cards, 400 links (the limits)",
        "headless export PNG+SVG+PDF",
        "at the limits: open, Strategi shown",
        "at the limits: a title typed, per key",
        "at the limits: export PNG+SVG+PDF",
        "at the limits: 200 notes on one marker placed (projected)",
        "at the limits: 200 notes on one card or marker, figures laid out",
        "reference set from 1,000 workshop files",
        "room: 200 phones × 20 answers, send → workshop",
        "room: 200 phones, longest stall of the window",
    }
    assert any(n.startswith("save, at the limits") for n in names)
    assert all(r["floor_median"] > 0 and r["ratio"] > 0 for r in rows)


def test_the_soak_reports_memory_and_autosave(tmp_path: Path) -> None:
    out = tmp_path / "soak.json"
    command = [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--only", "soak"]
    subprocess.run(
        [*command, "--soak-seconds", "20", "--json", str(out)],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    rows = {r["name"].split(":")[1].strip(): r for r in json.loads(out.read_text())}
    assert set(rows) == {"RSS growth, 2nd half", "longest wait for an autosave"}
    assert rows["RSS growth, 2nd half"]["floor_median"] > 50  # MB at half time: it ran
