"""Loading and saving workshops beside pydantic's own JSON reading and writing of the same
data, measured in the same run: 100 synthetic strategy documents (never shipped), and the
largest workshop the limits allow (benchmarks/at_limits.py, with its 50 snapshots)."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from common import Row, ratio_row

from regionroll_desktop.model import StrategyKind, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.workshop import StrategyDocument
from regionroll_desktop.storage import dump_workshop, load_workshop_bytes, save_workshop


def workshop_with(items: int) -> Workshop:
    w = e.new_workshop(title="benchmark")
    documents = tuple(
        StrategyDocument(
            id=f"d{i}", title=f"Dokument {i}", kind=StrategyKind.HANDLINGSPLAN, year=2020
        )
        for i in range(items)
    )
    return w.model_copy(update={"strategy": w.strategy.model_copy(update={"documents": documents})})


def times(action: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        action()
        out.append((time.perf_counter() - t0) * 1000)
    return out


def interleaved(
    ours: Callable[[], object], floor: Callable[[], object], runs: int
) -> tuple[list[float], list[float]]:
    a, b = [], []
    for _ in range(runs):
        a += times(ours, 1)
        b += times(floor, 1)
    return a, b


def rows_for(w: Workshop, what: str, runs: int) -> list[Row]:
    data = dump_workshop(w)
    payload = w.model_dump_json(indent=2)
    ours, floor = interleaved(
        lambda: load_workshop_bytes(data), lambda: Workshop.model_validate_json(payload), runs
    )
    load = ratio_row(f"load, {what}", ours, floor, 1.5)
    ours, floor = interleaved(lambda: dump_workshop(w), lambda: w.model_dump_json(indent=2), runs)
    return [load, ratio_row(f"save, {what}", ours, floor, 1.5)]


def files_rows() -> list[Row]:
    from at_limits import workshop_at_limits

    at_limits = workshop_at_limits()
    size = len(dump_workshop(at_limits)) / 1e6
    rows = [
        *rows_for(workshop_with(100), "100 items", 41),
        *rows_for(at_limits, f"at the limits ({size:.0f} MB)", 7),
    ]
    # Saving to disk, for information: the careful save (temporary file, fsync, backup,
    # rename) beside plainly writing and fsyncing the same bytes.
    w = workshop_with(100)
    data = dump_workshop(w)
    with tempfile.TemporaryDirectory() as folder:
        target, plain = Path(folder) / "w.regionroll.json", Path(folder) / "plain.json"

        def write_plainly() -> None:
            with plain.open("wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())

        ours, floor = interleaved(lambda: save_workshop(w, target), write_plainly, 21)
    row = ratio_row("save to disk, 100 items (atomic)", ours, floor, 0)
    row.target, row.met = "information: temp file, fsync, backup, rename", None
    rows.append(row)
    return rows
