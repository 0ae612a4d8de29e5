from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from regionroll_desktop.app.main import create_window
from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.model import Language
from regionroll_desktop.ui import dialogs
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.settings import AppSettings


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    s = AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    s.recovery_dir = tmp_path / "recovery"
    return s


class Answers:
    """Stands in for the modal dialogs: tests set the answers and read what was shown."""

    def __init__(self) -> None:
        self.unsaved = dialogs.Unsaved.CANCEL
        self.open_path: Path | None = None
        self.save_path: Path | None = None
        self.save_elsewhere = False
        self.errors: list[tuple[str, str]] = []
        self.asked_unsaved = 0
        self.unsaved_names: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    a = Answers()

    def ask_unsaved(parent: object, name: str) -> dialogs.Unsaved:
        a.asked_unsaved += 1
        a.unsaved_names.append(name)
        return a.unsaved

    def show_error(parent: object, title: str, text: str, detail: str = "") -> None:
        a.errors.append((title, text))

    def ask_save_elsewhere(parent: object, title: str, text: str) -> bool:
        a.errors.append((title, text))
        return a.save_elsewhere

    monkeypatch.setattr(dialogs, "ask_unsaved", ask_unsaved)
    monkeypatch.setattr(dialogs, "open_path", lambda parent, folder, kind=None: a.open_path)
    monkeypatch.setattr(dialogs, "save_path", lambda parent, suggestion, kind=None: a.save_path)
    monkeypatch.setattr(dialogs, "show_error", show_error)
    monkeypatch.setattr(dialogs, "ask_save_elsewhere", ask_save_elsewhere)
    return a


@pytest.fixture
def window(qtbot, settings: AppSettings, answers: Answers) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    win = create_window(settings=settings)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.session.undo_stack.setClean()  # let the window close without asking
    win.close()
    win.deleteLater()
    set_language(Language.SV)


def need_program(name: str) -> str:
    """A program the real-window tests need: skipped without it, except in CI, where .ci/run
    installs it, so its absence is a failure and not a silent skip."""
    found = shutil.which(name)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing; .ci/run should have installed it")
        pytest.skip(f"{name} is not installed")
    return found


@pytest.fixture
def display() -> Iterator[str]:
    """A private X server (Xvfb) for a real window: yields its DISPLAY."""
    xvfb = need_program("Xvfb")
    read, write = os.pipe()
    server = subprocess.Popen(
        [xvfb, "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as fh:
        number = fh.readline().strip()
    try:
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)
