"""An exception inside a slot: the workshop is autosaved, the error logged and told calmly,
and the app goes on."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton

from regionroll_desktop.app.crash_guard import CrashGuard
from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.model import Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage.recovery import RecoveryStore


@pytest.fixture
def guard(window: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    guard = CrashGuard(window, tmp_path / "logs" / "errors.log")
    guard.install()
    yield guard
    guard.uninstall()


@pytest.mark.qt_no_exception_capture  # the guard, not pytest-qt, is to meet the exception
def test_an_error_in_a_slot_autosaves_logs_and_tells(
    window: MainWindow, guard: CrashGuard, answers, capsys
) -> None:  # type: ignore[no-untyped-def]
    window.session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "two hours of work"))
    button = QPushButton()

    def broken_slot() -> None:
        raise RuntimeError("a bug in a canvas")

    button.clicked.connect(broken_slot)
    button.click()  # Qt calls the slot; Python's excepthook meets what it raises

    store = RecoveryStore(window.store.folder)
    assert [r.recovery.workshop.note(Step.STRATEGI) for r in store.all()] == ["two hours of work"]
    log = guard.log_path.read_text(encoding="utf-8")
    assert "RuntimeError: a bug in a canvas" in log and "broken_slot" in log
    title, text = answers.errors[-1]
    assert title == "Något gick fel"
    assert "autosparades" in text and str(guard.log_path) in text  # Swedish UI
    assert "a bug in a canvas" in capsys.readouterr().err
    assert window.isVisible() and window.session.modified  # going on, nothing lost


def test_an_error_while_the_message_is_up_is_logged_not_shown_twice(
    window: MainWindow, guard: CrashGuard, answers, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.ui import dialogs

    def show_and_fail_again(*args: object, **kwargs: object) -> None:
        answers.errors.append(("shown", ""))
        guard.handle(ValueError, ValueError("second"), None)

    monkeypatch.setattr(dialogs, "show_error", show_and_fail_again)
    guard.handle(ValueError, ValueError("first"), None)
    assert answers.errors == [("shown", "")]
    log = guard.log_path.read_text(encoding="utf-8")
    assert "ValueError: first" in log and "ValueError: second" in log


def test_the_guard_hands_back_the_previous_hook(window: MainWindow, tmp_path: Path) -> None:
    before = sys.excepthook
    guard = CrashGuard(window, tmp_path / "errors.log")
    guard.install()
    assert sys.excepthook == guard.handle
    guard.uninstall()
    assert sys.excepthook is before
