"""The markers' colours stay apart for every viewer: today, the ambition and the groups'
colours, pairwise, under typical vision and each colour-vision deficiency (simulated)."""

from __future__ import annotations

from itertools import combinations

from regionroll_desktop.analysis.colours import contrast_ratio, distinctness
from regionroll_desktop.model import GROUP_COLOURS, Moment
from regionroll_desktop.ui.group_colours import MOMENT_COLOURS, group_initial, ink_on

APART = 12.0  # ΔE: clearly different colours at a glance
WHITE = "#ffffff"


def test_the_contrast_formula_matches_wcag() -> None:
    assert round(contrast_ratio("#000000", WHITE), 1) == 21.0
    assert round(contrast_ratio("#777777", WHITE), 2) == 4.48
    assert contrast_ratio(WHITE, WHITE) == 1.0


def test_every_two_marker_colours_stay_apart_for_colour_blind_viewers() -> None:
    colours = {**{m.value: c for m, c in MOMENT_COLOURS.items()}}
    colours |= {f"group {n + 1}": c for n, c in enumerate(GROUP_COLOURS)}
    close = [
        (a, b, round(distinctness(ca, cb), 1))
        for (a, ca), (b, cb) in combinations(colours.items(), 2)
        if distinctness(ca, cb) < APART
    ]
    assert not close, close


def test_markers_stand_out_on_white() -> None:
    for colour in (*MOMENT_COLOURS.values(), *GROUP_COLOURS):
        assert contrast_ratio(colour, WHITE) >= 3.0, colour  # WCAG non-text contrast


def test_a_groups_initial_reads_inside_its_marker() -> None:
    for colour in GROUP_COLOURS:
        assert contrast_ratio(ink_on(colour).name(), colour) >= 4.5, colour
    assert group_initial("Grupp A") == "A"
    assert group_initial("Grupp 12 – kommunernas och regionens tjänstepersoner") == "12"
    assert group_initial("Grupp D – kommunerna") == "D"
    assert group_initial("Kommunerna i norr") == "K"  # not "I": a word of the name
    assert group_initial("Team B") == "B"
    assert group_initial("Grupp a") == "A"
    assert group_initial("Norra gruppen") == "N"
    assert group_initial("  ") == "?"
    assert MOMENT_COLOURS[Moment.TODAY] != MOMENT_COLOURS[Moment.AMBITION]
