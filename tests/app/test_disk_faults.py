"""Faults under an open workshop: its file changed, emptied or gone (a vanished network
drive), a full disk. Each is produced; the room's work and every saved file survive."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.model import Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import DiskState, load_workshop, save_workshop
from regionroll_desktop.ui import dialogs


def open_with_unsaved_work(window: MainWindow, path: Path) -> None:
    save_workshop(e.new_workshop(title="ours"), path)
    assert window.open_file(path)
    window.session.apply("Note", lambda w: e.set_note(w, Step.ORGANISATION, "the room's work"))


def our_work(path: Path) -> bool:
    return load_workshop(path).note(Step.ORGANISATION) == "the room's work"


def test_a_file_changed_by_another_program_is_not_overwritten_unasked(
    window: MainWindow, qtbot, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ws.regionroll.json"
    open_with_unsaved_work(window, path)
    save_workshop(e.new_workshop(title="a colleague's"), path)  # on a shared folder
    qtbot.waitUntil(lambda: window.disk_banner.isVisible(), timeout=5000)
    assert window.document.file_watch.state is DiskState.CHANGED
    assert path.name in window.disk_banner.label.text()

    asked: list[str] = []

    def ask(parent: object, name: str) -> dialogs.ChangedOnDisk:
        asked.append(name)
        return answer

    monkeypatch.setattr(dialogs, "ask_replace_changed", ask)
    answer = dialogs.ChangedOnDisk.CANCEL
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert asked == [path.name] and window.session.modified
    assert load_workshop(path).details.title == "a colleague's"

    answer = dialogs.ChangedOnDisk.SAVE_ELSEWHERE  # keep both
    answers.save_path = tmp_path / "ours.regionroll.json"
    assert not window.save()  # the file asked about was not written
    assert load_workshop(path).details.title == "a colleague's"
    assert our_work(answers.save_path) and window.session.path == answers.save_path.resolve()
    qtbot.waitUntil(lambda: not window.disk_banner.isVisible(), timeout=5000)


def test_replacing_a_changed_file_keeps_the_other_version_as_backup(
    window: MainWindow, qtbot, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ws.regionroll.json"
    open_with_unsaved_work(window, path)
    save_workshop(e.new_workshop(title="a colleague's"), path)
    monkeypatch.setattr(dialogs, "ask_replace_changed", lambda *a: dialogs.ChangedOnDisk.REPLACE)
    assert window.save()
    assert our_work(path)
    assert load_workshop(path.with_name(path.name + ".bak")).details.title == "a colleague's"
    assert window.document.file_watch.check() is DiskState.SAME
    assert not window.disk_banner.isVisible()


def test_a_file_that_shrinks_to_nothing_is_written_back(
    window: MainWindow, qtbot, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ws.regionroll.json"
    open_with_unsaved_work(window, path)
    assert window.save()  # the backup now holds the first version
    window.session.apply("Title", lambda w: e.set_details(w, title="after the break"))
    with path.open("r+b") as fh:
        fh.truncate(0)  # a sync client or a full disk elsewhere cut it
    qtbot.waitUntil(lambda: window.disk_banner.isVisible(), timeout=5000)
    assert window.document.file_watch.state is DiskState.EMPTY
    monkeypatch.setattr(dialogs, "ask_replace_changed", pytest.fail)  # nothing there to lose
    assert window.save() and our_work(path)
    assert load_workshop(path).details.title == "after the break"
    backup = path.with_name(path.name + ".bak")
    assert load_workshop(backup).details.title == "ours"  # not the empty file
    qtbot.waitUntil(lambda: not window.disk_banner.isVisible(), timeout=5000)


def test_a_vanished_network_drive(window: MainWindow, qtbot, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    drive = tmp_path / "drive"
    drive.mkdir()
    path = drive / "ws.regionroll.json"
    open_with_unsaved_work(window, path)
    recovery = window.document.autosaver.path if window.document.autosaver else None
    assert recovery is not None
    qtbot.waitUntil(recovery.exists, timeout=5000)  # the work is autosaved locally
    drive.rename(tmp_path / "unmounted")  # the drive goes away mid-session
    qtbot.waitUntil(lambda: window.disk_banner.isVisible(), timeout=5000)
    assert window.document.file_watch.state is DiskState.MISSING

    answers.save_elsewhere = False
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    title, text = answers.errors[-1]
    assert path.name in title and "Mappen finns inte längre" in text  # Swedish UI
    assert window.session.modified and recovery.exists()  # nothing lost, nothing given up

    answers.save_elsewhere = True
    answers.save_path = tmp_path / "local.regionroll.json"
    assert window.save()
    assert our_work(answers.save_path) and not recovery.exists()
    assert load_workshop(tmp_path / "unmounted" / path.name).details.title == "ours"


def test_a_full_disk_says_so_and_keeps_the_file(
    window: MainWindow, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ws.regionroll.json"
    open_with_unsaved_work(window, path)
    before = path.read_bytes()

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", full)
        assert not window.save()
    assert path.read_bytes() == before and window.session.modified
    assert "Disken är full" in answers.errors[-1][1]
