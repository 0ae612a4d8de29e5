"""A keyboard-only pass through every step of the example, in the real window: each input is
a key press sent where the keyboard's focus is (the open menu, the dialog, the focused
widget), as the window system delivers it; no mouse event, no call into the app. The user
moves with Tab and the window's shortcuts, and knows where they are by what a screen reader
would say (the focused object's accessible name or text).

`run(window, done)` plays the script on the event loop and calls `done(result)`: what each
step changed, or the reason it failed."""

from __future__ import annotations

import traceback
from collections.abc import Callable, Generator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAccessible, QKeyEvent, QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsView,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from regionroll_desktop.canvases.organisation.items import ChipItem
from regionroll_desktop.model import Key, Moment


@dataclass(frozen=True)
class Text:
    """Letters typed one by one."""

    text: str


@dataclass(frozen=True)
class Until:
    """No key: the user waits until they hear `what` (a dialog opened, its field focused);
    the window system may activate a new window some time after it is shown."""

    ready: Callable[[], bool]
    what: str


Press = str | Text | Until  # a key as QKeySequence spells it ("Ctrl+1", "Tab"), letters, a wait
Script = Generator[Press, None, dict[str, object]]
# What the pass does to the example: a branch moved, Grupp C's marker placed and moved, a card
# named and linked, today's role moved, Finansiering scored 3 (was 2), an action added.
EXPECTED: dict[str, object] = {
    "organisation": {
        "branch": "folkhalsa",
        "moved": True,
        "undo": "Flytta Folkhälsa",
        "heard": [
            "Organisation: arbetsytan – Folkhälsa, i Regionstyrelsen",
            "Organisation: arbetsytan – Folkhälsa, i Regionala utvecklingsnämnden",
        ],
    },
    "financing": {
        "group": "Grupp C",
        "placed": True,
        "moved": True,
        "undo": "Flytta markören för Grupp C",
    },
    "card": ["Regional digitaliseringsplan"],
    "link": True,
    "roles": True,
    "key": [2, 3],
    "actions": ["Ta fram en digitaliseringsplan"],
}
PAUSE_MS = 25  # between keys: the app's timers and layouts run between them
FOCUS_WAITS = 200  # pauses a key waits for the window to have the keyboard's focus (5 s)


def focus() -> QWidget | None:
    """Where a key goes: the open menu, else the focused widget."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def heard(widget: QWidget | None = None) -> str:
    """What a screen reader says for the focused object."""
    widget = widget or focus()
    accessible = QAccessible.queryAccessibleInterface(widget) if widget is not None else None
    return accessible.text(QAccessible.Text.Name) if accessible is not None else ""


def press(key: str | Text) -> None:
    target = focus()
    if target is None:
        raise AssertionError(f"no widget has the keyboard's focus for {key!r}")
    if isinstance(key, Text):
        for ch in key.text:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                code = ord(ch.upper()) if ch.isascii() and ch.isalnum() else 0
                event = QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier, ch)
                QApplication.sendEvent(target, event)
        return
    combination = QKeySequence(key)[0]
    QTest.keyClick(target, combination.key(), combination.keyboardModifiers())


def tab_to(found: Callable[[], bool], what: str, limit: int = 200) -> Generator[Press, None, None]:
    """Tab until `found()`, as a user tabs until they hear what they look for."""
    for _ in range(limit):
        if found():
            return
        yield "Tab"
    raise AssertionError(f"Tab never reached {what} (last heard: {heard()!r})")


def menu_to(text: str, limit: int = 40) -> Generator[Press, None, None]:
    """Down through the open menu until its chosen entry starts with `text`."""
    for _ in range(limit):
        menu = QApplication.activePopupWidget()
        action = menu.activeAction() if menu is not None else None  # type: ignore[attr-defined]
        if action is not None and action.text().replace("&", "").startswith(text):
            return
        yield "Down"
    raise AssertionError(f"the menu has no entry {text!r}")


def in_dialog() -> bool:
    """The keyboard is in the open dialog's text field."""
    dialog, widget = QApplication.activeModalWidget(), focus()
    return dialog is not None and isinstance(widget, QLineEdit) and widget.window() is dialog


def named(name: str) -> Callable[[], bool]:
    return lambda: heard() == name


def script(window) -> Script:  # type: ignore[no-untyped-def]
    session = window.document.session
    result: dict[str, object] = {}

    def steps() -> int:
        return int(session.undo_stack.count())

    # --- Organisation: a branch into the next body of its lane ---
    yield "Ctrl+1"

    def on_chip() -> bool:
        widget = focus()
        return isinstance(widget, QGraphicsView) and isinstance(
            widget.scene().focusItem(), ChipItem
        )

    yield from tab_to(on_chip, "a branch on the organisation canvas")
    chip = focus().scene().focusItem()  # type: ignore[union-attr]
    before, count, heard_before = session.workshop.organisation, steps(), heard()
    yield "Right"
    result["organisation"] = {
        "branch": str(chip.branch),
        "moved": session.workshop.organisation != before and steps() == count + 1,
        "undo": session.undo_stack.undoText(),
        "heard": [heard_before, heard()],  # the branch, where it was and where it went
    }

    # --- Finansiering: a group's marker, placed and moved ---
    yield "Ctrl+2"
    groups = session.workshop.details.groups
    group = groups[-1]
    toggle = f"groupToggle-{group.id}"
    yield from tab_to(lambda: (focus() or QWidget()).objectName() == toggle, "the group's button")
    if session.workshop.financing.group_position(group.id, Moment.TODAY) is not None:
        yield "Space"  # remove it first, so the pass places it
    yield "Space"
    placed = session.workshop.financing.group_position(group.id, Moment.TODAY)
    # The arrow keys' buttons are one set of radio buttons: Tab reaches the chosen one, the
    # arrow keys go through the set.
    arrows = f"groupArrows-{group.id}"
    yield from tab_to(
        lambda: isinstance(focus(), QRadioButton) and heard().startswith("Piltangenterna"),
        "the arrow keys' buttons",
    )
    for _ in range(8):
        if (focus() or QWidget()).objectName() == arrows:
            break
        yield "Down"
    yield from tab_to(named("Finansiering: kapitalmatrisen"), "the capital matrix")
    for key in ("Right", "Right", "Up"):
        yield key
    moved = session.workshop.financing.group_position(group.id, Moment.TODAY)
    result["financing"] = {
        "group": group.name,
        "placed": placed is not None,
        "moved": placed is not None and moved is not None and moved != placed,
        "undo": session.undo_stack.undoText(),
    }

    # --- Strategi: a new card beside the chosen one, named, then linked ---
    yield "Ctrl+3"
    scene = window.findChild(QWidget, "strategyCanvas").scene  # where the cards are

    yield from tab_to(lambda: scene.chosen_card() is not None, "a card in the pyramid")
    titles = {d.id for d in session.workshop.strategy.documents}
    yield "Return"
    yield Text("Regional digitaliseringsplan")
    yield "Return"
    new = [d for d in session.workshop.strategy.documents if d.id not in titles]
    result["card"] = [d.title for d in new]
    links = set(session.workshop.strategy.links)
    yield "Menu"
    yield from menu_to("Utgår från")
    yield "Right"
    linked = {lk.source for lk in links if lk.document == new[0].id}
    source = next(
        d for d in session.workshop.strategy.documents if d.id != new[0].id and d.id not in linked
    )
    yield from menu_to(source.title)
    yield "Return"
    added = set(session.workshop.strategy.links) - links
    result["link"] = [(lk.document, lk.source) for lk in added] == [(new[0].id, source.id)]

    # --- Genomförandepraktik: today's role marker moved ---
    yield "Ctrl+4"
    before_roles = session.workshop.implementation.today
    yield from tab_to(named("Genomförandepraktik: rollkartan"), "the role map")
    yield "Left"
    yield "Left"
    result["roles"] = session.workshop.implementation.today != before_roles

    # --- Nycklarna: a key scored ---
    yield "Ctrl+5"
    key = Key.FINANSIERING
    score = session.workshop.key(key).score
    yield from tab_to(named("Poäng för Finansiering"), "the key's score")
    yield "Up"
    result["key"] = [score, session.workshop.key(key).score]

    # --- Slutsatser: an action the room will take ---
    yield "Ctrl+6"
    actions = len(session.workshop.outcome.actions)
    yield "Ctrl+Shift+A"
    yield Until(in_dialog, "the new action's field")
    yield Text("Ta fram en digitaliseringsplan")
    yield "Return"
    result["actions"] = [a.what for a in session.workshop.outcome.actions[actions:]]
    return result


def run(window, done: Callable[[dict[str, object]], None]) -> None:  # type: ignore[no-untyped-def]
    """Play the script on the event loop; the next key is timed before this one is pressed,
    so a key that opens a menu or a dialog (a loop of its own) does not stop the script."""
    keys = script(window)
    over = False

    def finish(result: dict[str, object]) -> None:
        nonlocal over
        if over:
            return
        over = True
        if "error" in result:  # a menu or dialog left open would wait for ever
            for widget in (QApplication.activePopupWidget(), QApplication.activeModalWidget()):
                if widget is not None:
                    widget.close()
        done(result)

    waited = 0
    waiting: Until | None = None  # what the pass waits for before its next key

    def step() -> None:
        nonlocal waited, waiting
        if over:
            return
        if focus() is None and waited < FOCUS_WAITS:  # the window is being activated (X)
            waited += 1
            QTimer.singleShot(PAUSE_MS, step)
            return
        if waiting is not None and not waiting.ready():
            if waited >= FOCUS_WAITS:
                finish({"error": f"waited in vain for {waiting.what} (heard: {heard()!r})"})
                return
            waited += 1
            QTimer.singleShot(PAUSE_MS, step)
            return
        waited, waiting = 0, None
        try:
            key = next(keys)
        except StopIteration as stop:
            finish(stop.value)
            return
        except Exception:  # a failed step: the test shows why
            finish({"error": traceback.format_exc()})
            return
        QTimer.singleShot(PAUSE_MS, step)
        if isinstance(key, Until):
            waiting = key
            return
        try:
            press(key)
        except Exception:
            finish({"error": traceback.format_exc()})

    QTimer.singleShot(0, step)
