"""Test setup: Qt renders offscreen, and the app's settings never touch the user's."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")

# The app's data (recovery files) and settings go to a throw-away folder, never the user's.
import tempfile

_home = tempfile.mkdtemp(prefix="regionroll-tests-")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")


import gc  # noqa: E402
from collections.abc import Iterator  # noqa: E402

# The tests make hundreds of unparented Qt objects (sessions, controls, canvases) whose Python
# sides sit in reference cycles. Python's cyclic collector tears such cycles down in an order
# PySide6 does not always survive (a segmentation fault: once inside Qt's own walk over the
# widgets in the contrast test, once at the suite's end, and between two room-session tests
# when collected on purpose). The app's own objects have Qt parents and are deleted by Qt; the
# tests' are left to reference counting here, with the cyclic collector off.
gc.disable()

import pytest  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def one_widgets_application(qapp: object) -> None:
    """Every test runs with the one QApplication, made before any test: a test that made a
    bare QGuiApplication first (the icon's rendering does) left every later widget, scene
    and in-process export without one (errors, then a crash in a random order)."""


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch, request: pytest.FixtureRequest) -> None:
    """A modal dialog would wait forever for a click no test sends: fail loudly instead
    (unless the test answers them with key presses, as the keyboard-only pass does)."""
    if request.node.get_closest_marker("keyboard_answers_dialogs"):
        return
    from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog, QMessageBox

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a test opened a modal dialog; answer it through ui.dialogs")

    for dialog in (QDialog, QMessageBox, QInputDialog, QFileDialog):
        monkeypatch.setattr(dialog, "exec", refuse)
    for name in ("about", "information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, refuse)
    for name in ("getText", "getItem"):
        monkeypatch.setattr(QInputDialog, name, refuse)


@pytest.fixture(autouse=True)
def no_collection_as_a_document_opens(monkeypatch: pytest.MonkeyPatch) -> None:
    """A document opened settles the heap: after the first of a process, with a full
    collection (`jsonio.settle_heap`). In the tests that collection met what earlier tests
    left in cycles (see `gc.disable()` above) and crashed: a paused room session's
    unparented control, then a projector closed, then any second document opened. Here every
    document (and every workshop the command line's export loads) is settled as a process's
    first: frozen, not collected."""
    from regionroll_desktop.app import document
    from regionroll_desktop.storage import jsonio

    def settle_without_collecting() -> None:
        gc.unfreeze()
        gc.freeze()

    monkeypatch.setattr(document, "settle_heap", settle_without_collecting)
    monkeypatch.setattr(jsonio, "settle_heap", settle_without_collecting)


@pytest.fixture(autouse=True)
def no_collection_as_a_room_session_starts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A room session's start collects once, then freezes what lives (`_QuietHeap`). In the
    tests that collection met what earlier tests left in cycles (see `gc.disable()` above)
    and crashed in the collector, by the order the tests ran in (a room panel's test after a
    projector's). Here the session's start freezes without collecting, as a document's
    settling does."""
    from regionroll_desktop.ui.room_session import _QuietHeap

    def enter_without_collecting() -> None:
        if _QuietHeap.running == 0:
            gc.freeze()
        _QuietHeap.running += 1

    monkeypatch.setattr(_QuietHeap, "enter", staticmethod(enter_without_collecting))


@pytest.fixture(autouse=True)
def no_save_retry_pauses(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blocked save is retried after pauses; tests that block it need not wait for them."""
    from regionroll_desktop.storage import jsonio

    monkeypatch.setattr(jsonio, "REPLACE_RETRY_DELAYS", (0.0,) * len(jsonio.REPLACE_RETRY_DELAYS))


@pytest.fixture
def every_mouse_move():  # type: ignore[no-untyped-def]
    """pyqtgraph drops mouse moves beyond 100 a second; tests send them back to back."""
    import pyqtgraph as pg

    old = pg.getConfigOption("mouseRateLimit")
    pg.setConfigOptions(mouseRateLimit=-1)
    yield
    pg.setConfigOptions(mouseRateLimit=old)


@pytest.fixture(autouse=True)
def windows_gone_after_each_test() -> Iterator[None]:
    """What a test closed is deleted when it ends: a window's deleteLater waits for an event
    loop no test runs, so closed windows piled up, and every later palette change reached
    them all."""
    yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """The tests have run: what they left in reference cycles is frozen out of the collector
    before the summary, whose plugins collect (hypothesis's, loaded by trio's entry point,
    crashed in the collector there; see `gc.disable()` above)."""
    gc.freeze()


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """Nothing is left to test by now: what the tests left in reference cycles is frozen out of
    the collector and goes with the process (see `gc.disable()` above)."""
    gc.freeze()
