"""200 % scale: a 1920x1080 screen leaves 960x540 for the window (Qt's layouts count in
device-independent pixels, so the window at 100 % must fit that). Nothing is cut: a page
larger than the window scrolls; the parts that crowd first reflow."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QScrollArea

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_COUNT, PAGE_KEYS

SCREEN_AT_200 = (960, 540)  # a 1920x1080 screen at 200 %


def test_the_window_fits_a_1080_screen_at_200_percent_on_every_page(window: MainWindow) -> None:
    assert window.open_sample()
    for page in range(PAGE_COUNT):
        window.show_page(page)
        QApplication.processEvents()
        least = window.minimumSizeHint()
        assert least.width() <= SCREEN_AT_200[0] and least.height() <= SCREEN_AT_200[1], (
            page,
            least.toTuple(),
        )
    window.resize(*SCREEN_AT_200)
    scroll = window.findChild(QScrollArea, "pageScroll")
    assert scroll is not None and scroll.widget() is window.pages


def test_the_keys_are_never_squeezed_below_what_they_need(window: MainWindow) -> None:
    assert window.open_sample()
    window.show_page(PAGE_KEYS)
    window.resize(*SCREEN_AT_200)
    for _ in range(3):  # the page's layout, then the area fitting it
        QApplication.processEvents()
    keys = window.findChild(QScrollArea, "keysList")
    assert keys is not None and keys.widget() is not None
    assert keys.viewport().width() >= keys.widget().minimumSizeHint().width()


def test_on_a_laptops_screen_no_page_scrolls_and_on_a_small_one_they_do(
    window: MainWindow,
) -> None:
    """At 1366x740 every page fits the window as it did before pages could scroll (its words
    wrap, its canvas shrinks); at 960x540 a page larger than that scrolls, never squeezed
    below what it needs."""
    assert window.open_sample()
    scroll = window.findChild(QScrollArea, "pageScroll")
    assert scroll is not None
    window.resize(1366, 740)
    for page in range(PAGE_COUNT):
        window.show_page(page)
        for _ in range(3):
            QApplication.processEvents()
        assert window.pages.size() == scroll.viewport().size(), page
    window.resize(*SCREEN_AT_200)
    for page in range(PAGE_COUNT):
        window.show_page(page)
        for _ in range(3):
            QApplication.processEvents()
        least = window.pages.currentWidget().minimumSizeHint()
        assert window.pages.height() >= least.height() and window.pages.width() >= least.width()
