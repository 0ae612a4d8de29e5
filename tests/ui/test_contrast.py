"""Every text colour the canvases, the window, the projector and the report draw, on every
background it is drawn on: at least 4.5 : 1 (WCAG 2.1 AA)."""

from __future__ import annotations

import re

from regionroll_desktop.analysis.colours import contrast_ratio
from regionroll_desktop.app import disk_banner, landscape_page, navigation
from regionroll_desktop.canvases.financing import matrix_plot
from regionroll_desktop.canvases.keys import NORMAL, WEAK
from regionroll_desktop.canvases.organisation import figure as organisation_figure
from regionroll_desktop.canvases.organisation import items as organisation
from regionroll_desktop.canvases.roles import scene as roles
from regionroll_desktop.canvases.strategy import items as strategy
from regionroll_desktop.export import pages
from regionroll_desktop.model import GROUP_COLOURS
from regionroll_desktop.ui import timer_widget
from regionroll_desktop.ui.group_colours import MOMENT_COLOURS, ink_on, label_ink
from regionroll_desktop.ui.widgets import MUTED_INK

AA = 4.5
WHITE, WINDOW = "#ffffff", "#efefef"  # paper and the projector; the window's grey


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
    found.append((organisation_figure.INK, organisation_figure.FILL, "organisation figure"))
    found.append((organisation_figure.MUTED, WHITE, "organisation figure"))
    for tint in strategy.KIND_COLOURS.values():
        found += [(strategy.CARD_INK, tint, "strategy card"), (strategy.CARD_MUTED, tint, "card")]
    for tint in strategy.BAND_TINTS:
        found.append((strategy.BAND_INK, tint, "pyramid level"))
    for tint in (*matrix_plot.QUADRANT_TINTS, WHITE):
        found += [(matrix_plot.AXIS_INK, tint, "matrix axis"), (matrix_plot.CAPTION_INK, tint, "")]
        for colour in (*MOMENT_COLOURS.values(), *GROUP_COLOURS):
            found.append((_label(colour), tint, "matrix marker label"))
    for tint in roles.ROLE_TINTS.values():
        found.append((roles.ROLE_NAME_INK, tint, "role name"))
        for colour in (*MOMENT_COLOURS.values(), *GROUP_COLOURS):
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
        for fg, bg, where in pairs()
        if contrast_ratio(fg, bg) < AA
    ]
    assert not low, low
