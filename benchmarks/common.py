"""What every benchmark row holds, and the statistics they share."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass
class Row:
    name: str
    median: float
    p95: float  # the 95th percentile, or the largest of a few runs (see `spread`)
    floor_median: float
    ratio: float
    target: str
    met: bool | None  # None: measured for information, no target
    unit: str = "ms"
    spread: str = "p95"  # how `p95` was taken: "p95" or "max of N"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def measured_row(
    name: str,
    values: list[float],
    floor: list[float],
    target: str,
    met: bool,
    *,
    digits: int = 2,
    worst: bool = True,
    unit: str = "ms",
) -> Row:
    """A row of `values` beside the floor's median: the median, and the largest (`worst`) or
    the 95th percentile as its spread, rounded to `digits`."""
    median, floor_median = statistics.median(values), statistics.median(floor)
    return Row(
        name,
        round(median, digits),
        round(max(values) if worst else p95(values), digits),
        round(floor_median, digits),
        round(median / floor_median, 2),
        target,
        met,
        unit,
        f"max of {len(values)}" if worst else "p95",
    )


def ratio_row(
    name: str, values: list[float], floor: list[float], target: float, unit: str = "ms"
) -> Row:
    """A row whose target is a ratio to its floor, measured in the same run."""
    ratio = statistics.median(values) / statistics.median(floor)
    return measured_row(
        name, values, floor, f"ratio ≤ {target}", ratio <= target, worst=len(values) < 20, unit=unit
    )


def runs_row(name: str, values: list[float], floor: list[float], target: str, met: bool) -> Row:
    """A row of a few runs: the median and the largest beside the floor's median, in ms."""
    return measured_row(name, values, floor, target, met, digits=1)
