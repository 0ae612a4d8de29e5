"""The national picture's marks: every region named beside its dot, or numbered with the
legend naming it; nothing drawn over a name (issue #34). The maps are a layout
(`figures/national_maps.py`), read here without a window."""

from __future__ import annotations

from regionroll_desktop.analysis.matrix import Box
from regionroll_desktop.figures.drawing import Role, Words
from regionroll_desktop.figures.national_maps import (
    MapWords,
    Mark,
    NationalMap,
    national_maps,
)
from regionroll_desktop.ui.drawing_painter import measure

WORDS = MapWords(
    titles=("Kapitalmatrisen", "De fyra rollerna"),
    axis={"more": "Mer", "less": "Mindre", "reactive": "Reaktivt", "proactive": "Proaktivt"},
    roles=("Finansiären", "Utföraren", "Nätverkaren", "Kapacitetsbyggaren"),
    under=("", ""),
    legend="● i dag",
)


def _maps(marks: list[Mark], px: float = 13.0):  # type: ignore[no-untyped-def]
    return national_maps(
        {NationalMap.MATRIX: marks, NationalMap.ROLES: marks},
        tuple(NationalMap),
        WORDS,
        px,
        measure,
    )


def test_regions_on_one_spot_are_numbered_and_listed(qapp) -> None:  # type: ignore[no-untyped-def]
    """Eight regions on one spot: each named beside its dot or numbered, the legend beside
    the map naming each number once; no name over another word or dot."""
    marks = [
        Mark(name=f"Region {n}", today=(0.5, 0.5), ambition=None, earlier=(), own=n == 0)
        for n in range(8)
    ]
    drawing = _maps(marks).drawing
    half = drawing.width / 2
    for side in (lambda b: b.x < half, lambda b: b.x >= half):  # each map on its own
        labels = [w for w in drawing.words(Role.LABEL) if side(w.box)]
        numbers = [w for w in drawing.words(Role.NUMBER) if side(w.box)]
        legend = [w.text.replace("\u00a0", " ") for w in drawing.words(Role.LEGEND) if side(w.box)]
        assert legend and len(numbers) == len(legend)
        assert len(labels) + len(legend) == len(marks)
        assert {line.split(" ", 1)[1] for line in legend}.isdisjoint(w.text for w in labels)
        assert sorted(int(w.text) for w in numbers) == list(range(1, len(legend) + 1))
        for n, a in enumerate(labels):
            assert not any(a.box.overlap(b.box) > 0 for b in labels[n + 1 :])
            assert not any(a.box.overlap(b.box) > 0 for b in numbers)


def test_the_maps_words_grow_with_the_type_and_stay_off_the_square(qapp) -> None:  # type: ignore[no-untyped-def]
    """Larger type (the projector's) gets more room round the maps: the axis words, turned
    along the sides, lie outside the square and every word is as large as asked."""
    marks = [Mark(name="Skåne", today=(0.0, 0.0), ambition=(1.0, 1.0))]
    for px in (13.0, 30.0):
        drawing = _maps(marks, px).drawing
        frames = [p for p in drawing.parts if not isinstance(p, Words) and hasattr(p, "box")]
        square: Box = frames[0].box  # type: ignore[attr-defined]
        axes = drawing.words(Role.AXIS)
        assert {w.turn for w in axes} == {0, 90, -90}
        assert all(w.box.overlap(square) == 0 for w in axes[:4])
        assert min(w.px for w in drawing.words()) >= px


def test_in_large_type_each_word_fits_its_place_round_the_map(qapp) -> None:  # type: ignore[no-untyped-def]
    """The deck's axis words and the maps' titles in a projector's large type (a 4:3
    screen's): the square grows until each fits its place beside it, never cut ("kapital
    per ca" showed of "Mer kapital per capita")."""
    words = MapWords(
        titles=("Kapitalmatrisen", "De fyra rollerna"),
        axis={
            "more": "Mer kapital per capita",
            "less": "Mindre kapital per capita",
            "reactive": "Mer reaktivt kapital",
            "proactive": "Mer proaktivt kapital",
        },
        roles=("Finansiären", "Utföraren", "Nätverkaren", "Kapacitetsbyggaren"),
        under=("", ""),
        legend="● i dag",
    )
    mark = Mark(name="Region", today=(0.3, 0.6), ambition=(0.7, 0.4))
    for px in (13.0, 30.0, 48.0):
        drawing = national_maps(
            {NationalMap.MATRIX: [mark], NationalMap.ROLES: [mark]},
            tuple(NationalMap),
            words,
            px,
            measure,
        ).drawing
        placed = [*drawing.words(Role.AXIS), *drawing.words(Role.TEXT)]
        placed += drawing.words(Role.CAPTION)
        for word in placed:
            if "\n" in word.text or word.text == "● i dag":
                continue
            wide = measure(word.text, word.px, word.bold)[0]
            room = word.box.h if word.turn else word.box.w
            assert wide <= room + 0.5, (px, word.text, wide, room)
