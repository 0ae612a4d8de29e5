"""F6 and Shift+F6: the keyboard goes from one area of the window to the next — the pages'
list, the drawing, the canvas's side panel, the step's note — as in any program with panes.
The drawing is reached in one key from wherever the keyboard is (Ctrl+3, F6 and the pyramid
takes Enter), where Tab took eight (issue #33)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QGraphicsView, QScrollArea, QWidget

from ..ui.widgets import SIDE_PANEL


def _takes_keys(widget: QWidget) -> bool:
    return (
        widget.isVisible()
        and widget.isEnabled()
        and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
    )


def _first_taking_keys(area: QWidget) -> QWidget | None:
    if _takes_keys(area):
        return area
    return next((w for w in area.findChildren(QWidget) if _takes_keys(w)), None)


def drawing_of(page: QWidget) -> QGraphicsView | None:
    """The page's drawing: its largest visible view (the capital matrix's plot is one too)."""
    views = [v for v in page.findChildren(QGraphicsView) if v.isVisible()]
    return max(views, key=lambda v: v.width() * v.height(), default=None)


def areas(navigation: QWidget, page: QWidget | None) -> list[QWidget]:
    """The window's areas in F6's order, each as the widget that contains it."""
    found: list[QWidget] = [navigation]
    if page is None:
        return found
    drawing = drawing_of(page)
    if drawing is not None:
        found.append(drawing)
    found += [p for p in page.findChildren(QScrollArea, SIDE_PANEL) if p.isVisible()]
    note = getattr(page, "note", None)
    if isinstance(note, QWidget) and note.isVisible():
        found.append(note)
    if len(found) == 1:
        found.append(page)  # a page without areas of its own: its first field
    return found


def next_area(navigation: QWidget, page: QWidget | None, by: int) -> QWidget | None:
    """Where F6 (`by` 1) or Shift+F6 (-1) puts the keyboard: the first widget taking keys in
    the area after the one holding it (from outside every area: the drawing, else the page)."""
    listed = areas(navigation, page)
    focus = QApplication.focusWidget()
    holding = [i for i, a in enumerate(listed) if focus is not None and a.isAncestorOf(focus)]
    if focus in listed:
        here = listed.index(focus)
    elif holding:
        here = holding[-1]  # the innermost: a side panel lies inside the page
    else:
        here = 0 if by > 0 else min(2, len(listed)) % len(listed)
    for step in range(1, len(listed) + 1):
        target = _first_taking_keys(listed[(here + by * step) % len(listed)])
        if target is not None:
            return target
    return None
