"""The strategy pyramid laid out without a window (issue #34: one layout for the editor's
scene, the projector and the figure): the cards in rows in their level's band, over no
other, the bands narrowing towards the top; one card size as wide as the longest word needs;
each link from its document's top to its source's foot, around the cards in between."""

from __future__ import annotations

import itertools

import pytest

from regionroll_desktop.analysis.matrix import Box
from regionroll_desktop.figures.drawing import Dash, Polyline, Role
from regionroll_desktop.figures.pyramid import (
    Card,
    Link,
    MeasuredMetrics,
    PyramidContent,
    card_bodies,
    crosses,
    curve_points,
    link_obstacles_of,
    pyramid_drawing,
    pyramid_layout,
    pyramid_screens,
    route_link,
)
from regionroll_desktop.model import Branch, StrategyKind

from .test_matrix_figure import measure

PX = 12.0
TITLES = {1: "1  RUS", 2: "2  Planer och delområdesstrategier", 3: "3  Handlingsplaner"}
KINDS = {1: StrategyKind.RUS, 2: StrategyKind.PLAN, 3: StrategyKind.HANDLINGSPLAN}


def card(doc_id: str, level: int, title: str = "", flagged: bool = False) -> Card:
    kind = KINDS[level]
    return Card(doc_id, level, title or f"Dokument {doc_id}", "Plan · 2024", kind, (), flagged)


def pyramid(per_level: tuple[int, int, int], links: tuple[Link, ...] = ()) -> PyramidContent:
    cards = tuple(
        card(f"{level}-{n}", level)
        for level, count in zip((1, 2, 3), per_level, strict=True)
        for n in range(count)
    )
    return PyramidContent(TITLES, cards, links)


@pytest.mark.parametrize("compact", [False, True])
@pytest.mark.parametrize("per_level", [(1, 3, 2), (1, 12, 30), (8, 2, 0)])
def test_cards_in_their_bands_over_no_other(compact: bool, per_level: tuple[int, int, int]) -> None:
    content = pyramid(per_level)
    layout = pyramid_layout(content, 1000, MeasuredMetrics(PX, measure), compact)
    for c in content.cards:
        assert layout.cards[c.id].inside(layout.bands[c.level]), c.id
    for a, b in itertools.combinations(layout.cards.values(), 2):
        assert not a.overlaps(b)
    bands = [layout.bands[level] for level in (1, 2, 3)]
    assert bands[0].y < bands[1].y < bands[2].y  # the RUS on top
    widths = [b.w for b in bands]
    assert widths == sorted(widths)  # narrowing towards the top
    if compact:
        assert len(set(widths)) == 1
    assert layout.height >= bands[2].y + bands[2].h


def test_one_card_size_as_wide_as_the_longest_word_needs() -> None:
    long_word = "Kompetensförsörjningsutvecklingsstrategin"
    content = PyramidContent(TITLES, (card("a", 1), card("b", 2, long_word), card("c", 3)))
    layout = pyramid_layout(content, 1000, MeasuredMetrics(PX, measure))
    sizes = {(b.w, b.h) for b in layout.cards.values()}
    assert len(sizes) == 1
    assert layout.card_w >= measure(long_word, PX, True)[0]


def test_a_link_goes_around_the_cards_in_its_way() -> None:
    start, end = (100.0, 300.0), (110.0, 0.0)
    in_the_way = [Box(40, 120, 190, 70)]
    assert crosses(curve_points(start, end), in_the_way)
    lanes = route_link(start, end, in_the_way)
    assert lanes is not None
    assert lanes[0] == start and lanes[-1] == end
    assert not crosses(lanes, in_the_way)
    assert route_link(start, end, []) is None  # the curve when nothing is in the way


def test_the_drawn_links_pass_through_no_card_but_their_own() -> None:
    """Thirty action plans each deriving from the RUS, twelve plans between them: every
    link drawn from its document's top to the RUS's foot, around the cards in between."""
    links = (*(Link(f"3-{n}", "1-0") for n in range(30)), Link("2-3", "1-0", flagged=True))
    content = pyramid((1, 12, 30), links)
    layout = pyramid_layout(content, 1400, MeasuredMetrics(PX, measure))
    drawing = pyramid_drawing(content, layout, PX, measure)
    lines = [p for p in drawing.parts if isinstance(p, Polyline) and len(p.points) > 3]
    assert len(lines) == len(links)
    bodies = card_bodies(layout)
    for link, line in zip(links, lines, strict=True):
        start, end = layout.top_anchor(link.document), layout.bottom_anchor(link.source)
        assert line.points[0] == pytest.approx(start) and line.points[-1] == pytest.approx(end)
        others = link_obstacles_of(bodies, start, end, layout.card_w, (link.document, link.source))
        if route_link(start, end, others) is not None:  # routed: clear of every card
            assert not crosses(line.points, others), link
    flagged = lines[-1]
    assert flagged.stroke is not None and flagged.stroke.dash is Dash.DASH


def test_the_figure_draws_every_card_s_words_inside_it_and_the_levels_titles() -> None:
    content = PyramidContent(
        TITLES,
        (
            Card(
                "r",
                1,
                "Regional utvecklingsstrategi 2030",
                "RUS · 2021",
                StrategyKind.RUS,
                (Branch.KULTUR, Branch.PLAN),
            ),
            card("p", 2, "Regionplan"),
            card("h", 3, "Besöksnäringens handlingsplan", flagged=True),
        ),
        (Link("p", "r"), Link("h", "p")),
    )
    layout = pyramid_layout(content, 1000, MeasuredMetrics(PX, measure))
    drawing = pyramid_drawing(content, layout, PX, measure)
    words = drawing.words(Role.TEXT)
    for c in content.cards:
        b = layout.cards[c.id]
        title = next(w for w in words if w.text.replace("\n", " ") == c.title)
        grown = Box(b.x - 4, b.y - 4, b.w + 8, b.h + 8)  # `measure`'s padding round the words
        assert title.box.inside(grown), c.title
        assert drawing.anchors[c.id] == (b.x + b.w, b.y)  # a note's callout at its corner
    for level, title in TITLES.items():
        drawn = next(w for w in words if w.text == title)
        assert drawn.fill is not None  # on its band's tint, over the links that rise past it
        assert drawn.box.inside(layout.bands[level])


@pytest.mark.parametrize("per_level", [(1, 3, 2), (4, 30, 60), (1, 0, 40), (20, 0, 0)])
@pytest.mark.parametrize("shown", [200.0, 420.0, 900.0])
def test_a_tall_pyramid_in_screens_cuts_no_card(
    per_level: tuple[int, int, int], shown: float
) -> None:
    """A pyramid taller than the screen in the room's type, projected a screen at a time
    (at the limits its top showed in 14 px type, the rest cut at the screen's foot): each
    card whole on exactly one screen, each screen no taller than the screen unless it is one
    row, the screens one after the other from the top to the foot; a level's first row with
    the level's title, and room above any screen's first row for it; one screen when the
    whole fits."""
    layout = pyramid_layout(pyramid(per_level), 700, MeasuredMetrics(PX, measure), True)
    screens = pyramid_screens(layout, shown)
    if layout.height <= shown:
        assert screens == [(0.0, layout.height)]
        return
    assert screens[0][0] <= layout.bands[1].y and screens[-1][1] <= layout.height
    for (_, foot), (top, _) in itertools.pairwise(screens):
        assert top <= foot + 1e-6  # nothing between two screens
    for top, foot in screens:  # room for a level's title above a screen's first row
        first = min((b.y for b in layout.cards.values() if top <= b.y < foot), default=foot)
        assert top <= first - 8 - layout.title_h + 1e-6
    for top, foot in screens:
        rows = {round(b.y, 3) for b in layout.cards.values() if top <= b.y < foot}
        assert foot - top <= shown or len(rows) <= 1, (top, foot, shown)
    for doc_id, box in layout.cards.items():
        on = [s for s in screens if s[0] <= box.y and box.y + box.h <= s[1]]
        assert len(on) == 1, doc_id
    for level, band in layout.bands.items():
        first = min(
            (b.y for b in layout.cards.values() if band.y <= b.y < band.y + band.h), default=None
        )
        if first is not None:  # the screen with the level's first row shows its title
            (screen,) = [s for s in screens if s[0] <= first < s[1]]
            assert screen[0] <= band.y, level


def test_a_title_s_letters_take_only_the_start_of_its_band() -> None:
    """What a figure's words cover is their letters' box, not the room they are laid in: a
    level's title is laid in a box as wide as its level (a note's callout by a card at the
    level's far end kept off the whole band)."""
    from regionroll_desktop.figures.drawing import Align, Words, ink_box

    band = Box(10, 20, 600, 30)
    title = Words("2 VP/RP/ÖP", band, 12, "#000", True, align=Align.LEFT)
    w, h = measure(title.text, 12, True)
    assert ink_box(title, measure) == Box(10, 20 + (30 - h) / 2, w, h)
    centred = Words("RUS", band, 12, "#000", True)
    w, h = measure("RUS", 12, True)
    assert ink_box(centred, measure) == Box(10 + (600 - w) / 2, 20 + (30 - h) / 2, w, h)
    turned = Words("Mer kapital", band, 12, "#000", True, turn=90)
    assert ink_box(turned, measure) == band
