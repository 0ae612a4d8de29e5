"""Every text colour the canvases, the window, the projector and the report draw, on every
background it is drawn on: at least 4.5 : 1 (WCAG 2.1 AA)."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtGui import QColor

from regionroll_desktop.analysis.colours import contrast_ratio
from regionroll_desktop.app import (
    compare_page,
    disk_banner,
    landscape_page,
    launch,
    national_page,
    navigation,
    outcome_figure,
    projector,
)
from regionroll_desktop.canvases import sticky_notes
from regionroll_desktop.canvases.keys import NORMAL, WEAK
from regionroll_desktop.canvases.organisation import items as organisation
from regionroll_desktop.canvases.roles import scene as roles
from regionroll_desktop.canvases.strategy import focus
from regionroll_desktop.canvases.strategy import items as strategy
from regionroll_desktop.export import pages, report
from regionroll_desktop.figures import matrix, national_maps, onepage, room_results
from regionroll_desktop.model import GROUP_COLOURS
from regionroll_desktop.ui import contrast, timer_widget
from regionroll_desktop.ui.contrast import MUTED_INK
from regionroll_desktop.ui.group_colours import (
    MOMENT_COLOURS,
    PREVIOUS_COLOURS,
    ROLE_TINTS,
    SIDE_COLOURS,
    ink_on,
    label_ink,
)

AA = 4.5
WHITE, WINDOW = "#ffffff", "#efefef"  # paper and the projector; the window's grey
BLACK = "#000000"  # the window's text


def _css(style: str, key: str) -> str:
    found = re.search(rf"\b{key}:\s*(#[0-9a-fA-F]{{6}})", style)
    assert found, (key, style)
    return found.group(1)


def _label(colour: str) -> str:
    """How a marker's label is drawn."""
    return str(label_ink(colour).name())


def pairs() -> list[tuple[str, str, str]]:
    """(text, background, where) for every text the app draws."""
    found: list[tuple[str, str, str]] = []
    for tint in organisation.BRANCH_COLOURS.values():
        found.append((organisation.INK, tint, "organisation chip"))
    for fill in [*organisation.BOX_FILLS.values(), WHITE]:
        found += [
            (organisation.INK, fill, "organisation body"),
            (organisation.MUTED, fill, "organisation body"),
        ]
    for tint in strategy.KIND_COLOURS.values():
        found += [(strategy.CARD_INK, tint, "strategy card"), (strategy.CARD_MUTED, tint, "card")]
    for tint in strategy.BAND_TINTS:
        found.append((strategy.BAND_INK, tint, "pyramid level"))
    for tint in (*matrix.QUADRANT_TINTS, WHITE):
        found += [(matrix.AXIS_INK, tint, "matrix axis"), (matrix.CAPTION_INK, tint, "")]
        found.append((matrix.REFERENCE_INK, tint, "a reference region's name on the matrix"))
        for colour in (*MOMENT_COLOURS.values(), *GROUP_COLOURS, *PREVIOUS_COLOURS.values()):
            found.append((_label(colour), tint, "matrix marker label"))
    for tint in ROLE_TINTS.values():
        found.append((roles.ROLE_NAME_INK, tint, "role name"))
        for colour in (*MOMENT_COLOURS.values(), *GROUP_COLOURS, *PREVIOUS_COLOURS.values()):
            found.append((_label(colour), tint, "role marker label"))
    found.append((roles.NOTE_INK, WHITE, "role map note"))
    for colour in GROUP_COLOURS:
        found.append((ink_on(colour).name(), colour, "a group's initial"))
    for tint in landscape_page.ERA_TINTS:
        found.append((_css(landscape_page.CELL, "color"), tint, "landscape cell"))
    found += [
        (navigation.NAV_INK, navigation.NAV_BG, "step list"),
        (navigation.NAV_INK, navigation.NAV_HOVER, "step list, hover"),
        (WHITE, navigation.NAV_CURRENT, "step list, current"),
        (MUTED_INK, WINDOW, "muted text"),
        (MUTED_INK, WHITE, "muted text"),
        (_css(timer_widget.CALM, "color"), WINDOW, "timer"),
        (_css(timer_widget.OVER, "color"), _css(timer_widget.OVER, "background"), "timer over"),
        (_css(timer_widget.PULSE, "color"), _css(timer_widget.PULSE, "background"), "pulse"),
        (
            _css(disk_banner.BANNER_STYLE, "color"),
            _css(disk_banner.BANNER_STYLE, "background"),
            "disk banner",
        ),
        (pages.INK, WHITE, "report"),
        (pages.MUTED, WHITE, "report"),
        (_css(pages.STYLE, "color"), WHITE, "report question"),
        (WEAK, WHITE, "keys: weakest"),
        (NORMAL, WHITE, "keys"),
    ]
    return found


def test_every_text_has_aa_contrast() -> None:
    low = [
        (where, fg, bg, round(contrast_ratio(fg, bg), 2))
        for fg, bg, where in [*pairs(), *more_pairs()]
        if contrast_ratio(fg, bg) < AA
    ]
    assert not low, low


def more_pairs() -> list[tuple[str, str, str]]:
    """The texts drawn with colours of their own outside the canvases' palettes."""
    found = [
        (sticky_notes.INK, sticky_notes.NEUTRAL_PAPER, "sticky note"),
        (
            "#1e293b",  # side_by_side.draw: the axes' words; journey._label: a figure's caption
            WHITE,
            "side by side, journey",
        ),
        ("#374151", WHITE, "keys chart: ticks and notes"),
        ("#111827", WHITE, "keys chart: names"),
        (national_maps.INK, WHITE, "regions figure"),
        (national_maps.MUTED, WHITE, "regions figure"),
        (national_maps.REGION_INK, WHITE, "regions figure: a region's name and number"),
        (national_maps.OWN_INK, WHITE, "regions figure: the workshop's own name"),
        (national_maps.LEGEND_INK, WHITE, "regions figure: its legend"),
        (pages.INK, report.OWN_ROW, "report: the own region's row"),
        (BLACK, national_page.OWN_ROW.name(), "regions table: own row"),
        (BLACK, compare_page.DIFFERS, "comparison: what differs"),
        (BLACK, focus.HINT_BACKGROUND, "RUS focus hint"),
        ("#0f172a", WHITE, "strategy: the two pyramids' titles"),
        (projector.INK, WHITE, "projector text"),
        (projector.HINT_INK, WHITE, "projector hint"),
        (launch.INK, launch.BACKGROUND, "start screen"),
        (outcome_figure.AGREED_INK, WHITE, "outcome: agreed"),
        ("#475569", "#ffffdc", "tooltips' source lines"),
    ]
    found += [  # the room's results page: its word wall's inks, its bars' words beside the track
        *((ink, WHITE, "results: the word wall") for ink in room_results.CLOUD_INKS),
        (room_results.INK, room_results.BAR_BACK, "results: a bar's track"),
    ]
    found += [  # the sides' centres: a letter inside a marker of the side's colour
        (ink_on(colour).name(), colour, "a side's centre's letter")
        for colour in SIDE_COLOURS.values()
    ]
    found += [  # the workshop on one page: the pyramid's levels hold their titles and names
        (onepage.INK, tint, "one page: a pyramid level's words") for tint in onepage.LEVEL_TINTS
    ]
    found.append((onepage.MUTED, WHITE, "one page: questions, the deck's caveat"))
    ink, bg, current, hover, _mark = navigation.HIGH_NAV
    found += [
        (ink, bg, "step list, high contrast"),
        (ink, hover, "step list, high contrast, hover"),
        (BLACK, current, "step list, high contrast, current"),
        (contrast.HIGH_MUTED, contrast.HIGH_PAPER, "muted text, high contrast"),
        (contrast.HIGH_LINK, contrast.HIGH_PAPER, "links, high contrast"),
        (contrast.HIGH_INK, "#f2f2f2", "alternate rows, high contrast"),
    ]
    for colour in GROUP_COLOURS:
        paper = sticky_notes.tinted_paper(QColor(colour)).name()
        found.append((sticky_notes.INK, paper, "a group's sticky note"))
    return found


# Colours that draw no text: lines, frames, fills and marks. A "mark" carries meaning (a marker,
# a link, a selection, a bar) and stands out from white at 3 : 1 (WCAG 1.4.11); a "line" only
# frames or separates what is also told apart by its fill, place or words.
NON_TEXT: dict[str, tuple[str, str]] = {
    "#1d4ed8": ("mark", "selection, chosen link, rubber band, ambition, regions' own"),
    "#8c5a3c": ("mark", "the last workshop's today, in a follow-up (hollow)"),
    "#4b5e8c": ("mark", "the last workshop's ambition, in a follow-up (hollow)"),
    "#b91c1c": ("mark", "a flagged link (dashed too)"),
    "#64748b": ("mark", "reference regions, card and chip frames, weakest bars' others"),
    "#475569": ("mark", "links, the matrix's axes"),
    "#334155": ("mark", "the groups' centre"),
    "#b45309": ("mark", "the own region on the regions' matrix"),
    "#b3261e": ("mark", "a sticky note's pin"),
    "#8a6d00": ("mark", "a neutral sticky note's band"),
    "#c2410c": ("mark", "today's marker"),
    "#dc2626": ("mark", "the weakest keys' bars (and a word)"),
    "#000000": ("mark", "a group's colour"),
    "#94a3b8": ("line", "frames, the side-by-side 'A' marker is also named"),
    "#cbd5e1": ("line", "grid lines, table borders"),
    "#9ca3af": ("line", "the regions figure's grid"),
    "#828892": ("line", "the regions figure's dotted path of earlier workshops (rings too)"),
    "#e0c060": ("line", "the disk banner's border"),
    "#f59e0b": ("line", "the RUS focus hint's border"),
    "#ffffff": ("line", "paper"),
}
ON_DARK = {navigation.NAV_MARK: navigation.NAV_CURRENT}  # the current step's mark, on its row


def test_every_colour_in_the_code_is_checked() -> None:
    """Each colour written in the source is a text or background in a checked pair, or a
    line, frame or mark listed above (marks at 3 : 1 on white)."""
    source = Path(__file__).parents[2] / "src" / "regionroll_desktop"
    written = {
        m.lower()
        for path in source.rglob("*.py")
        for m in re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text(encoding="utf-8"))
    }
    checked = {c.lower() for fg, bg, _ in [*pairs(), *more_pairs()] for c in (fg, bg)}
    unchecked = sorted(written - checked - set(NON_TEXT) - set(ON_DARK))
    assert not unchecked, unchecked
    marks = [(c, WHITE) for c, (kind, _) in NON_TEXT.items() if kind == "mark"]
    faint = [(c, bg) for c, bg in [*marks, *ON_DARK.items()] if contrast_ratio(c, bg) < 3]
    assert not faint, faint
