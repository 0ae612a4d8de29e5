"""The national report's own figures laid out without a window (issue #40): every word inside
the figure and over no other word, each region once, the counts where they belong."""

from __future__ import annotations

import datetime as dt
import itertools

from regionroll_desktop.figures.drawing import Ellipse, Role, Words
from regionroll_desktop.figures.national import (
    Lane,
    ModelPanel,
    distribution_drawing,
    models_drawing,
    timeline_drawing,
)
from tests.figures.test_matrix_figure import measure

REGIONS = (
    "Blekinge",
    "Dalarna",
    "Jämtland Härjedalen",
    "Västra Götaland",
    "Örebro län",
    "Västernorrland",
    "Östergötland",
)


def _inside_and_apart(words: list[Words], width: float, height: float) -> None:
    for w in words:
        b = w.box
        assert b.x >= -0.01 and b.y >= -0.01, w
        assert b.x + b.w <= width + 0.01 and b.y + b.h <= height + 0.01, w
    for a, b in itertools.combinations(words, 2):
        assert not a.box.overlaps(b.box), (a.text, b.text)


def test_the_models_list_each_region_once_and_a_long_name_indented() -> None:
    """All regions in one model (the crowded case) and names longer than the column: each
    name's lines follow on, indented, never read as another region."""
    crowded = ModelPanel("Politisk organisation", [("Modell 0", REGIONS), ("Modell 1", ())])
    counted = ModelPanel(
        "Underlaget (2019)", [("Modell 0", ()), ("Modell 1", ())], "Okänd: 1.", [7, 14]
    )
    drawing = models_drawing([crowded, counted], 500, 12, measure, "{} regioner".format)
    labels = [w.text for w in drawing.words(Role.LABEL)]
    starts = [t for t in labels if not t.startswith("\u2003")]
    assert len(starts) == len(REGIONS) + 2  # each region once, and the two counts
    assert any(t.startswith("\u2003") for t in labels)  # a long name goes on, indented
    assert "7 regioner" in labels and "14 regioner" in labels
    assert [w.text for w in drawing.words(Role.CAPTION)] == ["Okänd: 1."]
    _inside_and_apart(drawing.words(), drawing.width, drawing.height)


def test_the_keys_distribution_draws_a_disc_for_each_count_and_none_for_zero() -> None:
    rows = [("Politik", (0, 3, 17, 0, 1, 0)), ("Roll", (21, 0, 0, 0, 0, 0))]
    heads = [f"Betyg {n}" for n in range(1, 6)] + ["inget betyg"]
    drawing = distribution_drawing(rows, heads, 900, 12, measure)
    discs = [p for p in drawing.parts if isinstance(p, Ellipse)]
    assert len(discs) == 4  # 3, 17, 1 and 21; no disc where no region is
    numbers = sorted(int(w.text) for w in drawing.words(Role.LABEL))
    assert numbers == [1, 3, 17, 21]
    largest = max(discs, key=lambda d: d.rx)
    smallest = min(discs, key=lambda d: d.rx)
    assert largest.rx > smallest.rx  # an area to its count
    _inside_and_apart(drawing.words(), drawing.width, drawing.height)


def test_the_timeline_puts_each_workshop_on_its_day_and_its_years_below() -> None:
    lanes = [
        Lane(name, [(dt.date(2019 + n % 3, 3, 1), False), (dt.date(2025, 1 + n, 2), True)])
        for n, name in enumerate(REGIONS)
    ]
    drawing = timeline_drawing(lanes, 900, 12, measure)
    dots = [p for p in drawing.parts if isinstance(p, Ellipse)]
    assert len(dots) == 2 * len(REGIONS)
    assert sum(1 for d in dots if d.fill == "#ffffff") == len(REGIONS)  # earlier: rings
    names = [w.text for w in drawing.words(Role.AXIS) if not w.text.isdigit()]
    assert names == list(REGIONS)
    years = [int(w.text) for w in drawing.words(Role.AXIS) if w.text.isdigit()]
    assert years[0] == 2019 and years[-1] == 2025
    # Later days lie to the right.
    by_day = sorted(dots, key=lambda d: d.centre[0])
    assert by_day[0].fill == "#ffffff"
    _inside_and_apart(drawing.words(), drawing.width, drawing.height)
    assert timeline_drawing([], 900, 12, measure).parts == []
