"""Autosave and recovery: a crash, a kill or a power cut never costs the room its work."""

from __future__ import annotations

import pytest

from regionroll_desktop.app.main import create_window
from regionroll_desktop.model import Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop, save_workshop
from regionroll_desktop.ui import dialogs
from regionroll_desktop.ui.autosave import orphaned


def edit(window, text: str) -> None:  # type: ignore[no-untyped-def]
    window.session.apply("Note", lambda w: e.set_note(w, Step.ORGANISATION, text))


def crash(window) -> None:  # type: ignore[no-untyped-def]
    """What a kill leaves: the recovery file, and locks nobody holds."""
    window.document.autosaver.release()
    if window.document.lock is not None:
        window.document.lock.release()


def test_autosave_writes_a_recovery_file_and_never_the_users_file(window, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ws.regionroll.json"
    save_workshop(e.new_workshop(title="on disk"), path)
    before = path.read_bytes()
    assert window.open_file(path)
    edit(window, "after the break")
    recovery = window.document.autosaver.path
    qtbot.waitUntil(recovery.exists, timeout=5000)  # shortly after the change
    assert path.read_bytes() == before
    assert window.store.all()[0].recovery.workshop.note(Step.ORGANISATION) == "after the break"
    window.act_save.trigger()
    assert not recovery.exists()  # a successful save ends the recovery file's job


def test_a_step_change_saves_at_once(window) -> None:  # type: ignore[no-untyped-def]
    edit(window, "x")
    window.show_step(Step.STRATEGI)
    assert window.document.autosaver.path.exists()


def test_recovery_after_a_crash_restores_the_work(
    window, settings, answers, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "ws.regionroll.json"
    save_workshop(e.new_workshop(title="saved"), path)
    assert window.open_file(path)
    edit(window, "two hours of work")
    window.document.autosaver.save_now()
    assert orphaned(window.store) == []  # a living window's file is not offered
    crash(window)

    second = create_window(settings=settings)
    qtbot.addWidget(second)
    shown: list[tuple[str, str]] = []

    def ask(parent, text, detail):  # type: ignore[no-untyped-def]
        shown.append((text, detail))
        return dialogs.RecoveryAnswer.RESTORE

    monkeypatch.setattr(dialogs, "ask_recovery", ask)
    assert second.offer_recovery() == 1
    text, detail = shown[0]
    assert "saved" in text and "ws.regionroll.json" in detail and "1" in detail
    assert second.session.workshop.note(Step.ORGANISATION) == "two hours of work"
    assert second.session.path == path.resolve() and second.session.modified
    assert second.document.autosaver.path.exists()  # kept until it is saved
    second.act_save.trigger()
    assert load_workshop(path).note(Step.ORGANISATION) == "two hours of work"
    assert not second.document.autosaver.path.exists()
    second.session.undo_stack.setClean()
    window.session.undo_stack.setClean()


def test_untitled_work_is_recoverable_and_later_keeps_it(
    window, settings, answers, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    edit(window, "never saved")
    window.document.autosaver.save_now()
    crash(window)
    second = create_window(settings=settings)
    qtbot.addWidget(second)
    monkeypatch.setattr(dialogs, "ask_recovery", lambda *a: dialogs.RecoveryAnswer.LATER)
    assert second.offer_recovery() == 1
    assert len(second.store.all()) == 1  # later: kept for the next start
    monkeypatch.setattr(dialogs, "ask_recovery", lambda *a: dialogs.RecoveryAnswer.DISCARD)
    assert second.offer_recovery() == 1
    assert second.store.all() == []  # discarded on the user's word
    window.session.undo_stack.setClean()


def test_save_elsewhere_from_the_recovery(
    window, settings, answers, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    edit(window, "rescued")
    window.document.autosaver.save_now()
    crash(window)
    second = create_window(settings=settings)
    qtbot.addWidget(second)
    target = tmp_path / "rescued.regionroll.json"
    answers.save_path = target
    monkeypatch.setattr(dialogs, "ask_recovery", lambda *a: dialogs.RecoveryAnswer.SAVE_ELSEWHERE)
    second.offer_recovery()
    assert load_workshop(target).note(Step.ORGANISATION) == "rescued"
    assert second.store.all() == []
    window.session.undo_stack.setClean()


def test_closing_after_discarding_removes_the_recovery(window, answers) -> None:  # type: ignore[no-untyped-def]
    edit(window, "not wanted")
    window.document.autosaver.save_now()
    recovery = window.document.autosaver.path
    answers.unsaved = dialogs.Unsaved.DISCARD
    assert window.close()
    assert not recovery.exists()


def test_thirty_orphans_are_one_question_until_the_user_wants_more(
    settings, answers, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.storage.recovery import RecoveryStore

    store = RecoveryStore(settings.recovery_dir)
    for n in range(30):
        store.write(store.new_id(), e.new_workshop(title=f"w{n}"), None)
    asked: list[str] = []

    def later(parent, text, detail):  # type: ignore[no-untyped-def]
        asked.append(detail)
        return dialogs.RecoveryAnswer.LATER

    monkeypatch.setattr(dialogs, "ask_recovery", later)
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.offer_recovery()
    assert len(asked) == 1 and "29" in asked[0]
    assert len(store.all()) == 30  # all kept for the next start
    discarded: list[str] = []

    def discard(parent, text, detail):  # type: ignore[no-untyped-def]
        discarded.append(text)
        return dialogs.RecoveryAnswer.DISCARD

    monkeypatch.setattr(dialogs, "ask_recovery", discard)
    window.offer_recovery()
    assert len(discarded) == 30 and store.all() == []


def test_an_unreadable_recovery_file_is_told_once_and_set_aside(
    settings, answers, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.storage.recovery import RecoveryStore

    store = RecoveryStore(settings.recovery_dir)
    store.folder.mkdir(parents=True)
    for n in range(3):
        (store.folder / f"broken{n}.recovery.json").write_text("{not json")
    told: list[str] = []

    def ask(parent, text, detail, aside):  # type: ignore[no-untyped-def]
        told.append(text)
        return False  # set aside

    monkeypatch.setattr(dialogs, "ask_damaged_recovery", ask)
    monkeypatch.setattr(dialogs, "ask_recovery", pytest.fail)
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.offer_recovery()
    assert len(told) == 1 and "3" in told[0]
    assert store.all() == [] and len(list((store.folder / "damaged").iterdir())) == 3
    window.offer_recovery()
    assert len(told) == 1  # never again
