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


import pytest  # noqa: E402


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


@pytest.hookimpl(tryfirst=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """The suite's last act leaves hundreds of test windows' wrappers in reference cycles
    (canvases, panels, their signals' slots). pytest's last garbage collection tore them
    down in an order that crashed PySide6 (a segmentation fault after every test had
    passed, exit 139). Nothing is left to test by then: the survivors are frozen out of the
    collector and go with the process."""
    import gc

    gc.collect(0)
    gc.freeze()
