"""Autosave under continuous work, and a data folder the app cannot use."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from regionroll_desktop.app.main import create_window
from regionroll_desktop.model import Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import SaveProblem
from regionroll_desktop.storage.recovery import RecoveryStore
from regionroll_desktop.ui import autosave
from regionroll_desktop.ui.autosave import DELAY_MS, MAX_WAIT_S, Autosaver
from regionroll_desktop.ui.session import Session


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def type_note(session: Session, text: str) -> None:
    session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, text), "note.s")


def test_typing_without_a_pause_is_autosaved_within_the_maximum_wait(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A keystroke every 0.2 s for 12 s (the pause never comes), on a fake clock: the timer
    fires when it is due, and no keystroke waits longer than the maximum to be autosaved."""
    clock = FakeClock()
    session = Session()
    saver = Autosaver(session, RecoveryStore(tmp_path / "rec"), clock=clock)
    text, due = "", None
    saves: list[tuple[float, str]] = []
    typed_at: list[float] = []
    for _ in range(60):
        clock.now += 0.2
        if due is not None and due <= clock.now:
            clock_now, clock.now = clock.now, due
            saver.timer.timeout.emit()
            saves.append((due, session.workshop.note(Step.STRATEGI)))
            clock.now = clock_now
        text += "a"
        type_note(session, text)
        typed_at.append(clock.now)
        due = clock.now + saver.timer.interval() / 1000
    assert len(saves) >= 2
    for n, typed in enumerate(typed_at, start=1):  # the n-th key is saved with n characters
        saved = next((t for t, note in saves if len(note) >= n), None)
        if saved is not None:
            assert saved - typed <= MAX_WAIT_S + 1e-9
        else:  # typed in the last moments: its save is still due, within the maximum
            assert due is not None and due - typed <= MAX_WAIT_S + 1e-9
    saver.wait()  # the timer's writes go on a thread of their own
    recovered = saver.store.all()[0].recovery
    assert recovered is not None and recovered.workshop.note(Step.STRATEGI) == saves[-1][1]
    saver.release()


def test_the_timer_never_points_past_the_maximum_wait(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    clock = FakeClock()
    session = Session()
    saver = Autosaver(session, RecoveryStore(tmp_path / "rec"), clock=clock)
    first = clock.now  # the first change comes now; the rest every 0.3 s
    for n in range(1, 40):
        clock.now = first + (n - 1) * 0.3
        type_note(session, "x" * n)
        fires_at = clock.now + saver.timer.interval() / 1000
        # (past the deadline the timer is due at once; here no event loop lets it fire)
        assert fires_at <= max(first + MAX_WAIT_S, clock.now) + 1e-9
    saver.save_now()
    clock.now += 0.1
    type_note(session, "after")
    assert saver.timer.interval() == DELAY_MS  # a new first change waits for a pause again
    saver.release()


def test_the_app_starts_with_an_unusable_data_folder(qtbot, settings, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    settings.recovery_dir = blocker / "recovery"
    window = create_window(settings=settings)
    qtbot.addWidget(window)
    window.show()
    assert window.offer_recovery() == 0
    assert window.disk_banner.isVisibleTo(window)
    assert str(settings.recovery_dir) in window.disk_banner.label.text()
    window.session.apply("Note", lambda w: e.set_note(w, Step.ORGANISATION, "still works"))
    window.document.autosaver.save_now()  # fails calmly, the work stays
    assert window.session.workshop.note(Step.ORGANISATION) == "still works"
    window.document.autosaver.discard()  # nothing to remove there: calmly nothing
    blocker.unlink()  # the folder can be made now: autosave works again and says so
    window.document.autosaver.save_now()
    assert window.document.autosaver.path.exists()
    assert not window.disk_banner.isVisibleTo(window)
    window.session.undo_stack.setClean()


def test_a_failed_autosave_is_told_until_it_works(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    store = RecoveryStore(tmp_path / "rec")
    saver = Autosaver(session, store)
    seen: list[object] = []
    saver.problemChanged.connect(seen.append)
    real_write = store.write_bytes

    def full_disk(*args, **kwargs):  # type: ignore[no-untyped-def]
        from regionroll_desktop.storage import SaveError

        raise SaveError("full", problem=SaveProblem.DISK_FULL)

    monkeypatch.setattr(store, "write_bytes", full_disk)
    type_note(session, "x")
    saver.save_now()
    assert saver.problem is not None and saver.problem.problem is SaveProblem.DISK_FULL
    assert saver.timer.isActive() and saver.timer.interval() == autosave.RETRY_MS
    type_note(session, "xy")  # typing on does not retry at every key
    assert saver.timer.interval() == autosave.RETRY_MS
    monkeypatch.setattr(store, "write_bytes", real_write)
    saver.timer.timeout.emit()  # in the background: told when it is done
    qtbot.waitUntil(lambda: saver.problem is None)
    assert saver.path.exists()
    assert [p is None for p in seen] == [False, True]
    saver.release()


def test_the_timers_autosave_writes_while_the_window_works_on(qtbot, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The file is written on a thread of its own: a slow disk does not hold the window, the
    writes keep their order, and discarding waits for the one under way."""
    import threading
    import time

    session = Session()
    store = RecoveryStore(tmp_path / "rec")
    saver = Autosaver(session, store)
    real_write = store.write_bytes
    release = threading.Event()
    threads: list[str] = []

    def slow_disk(path, data):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        release.wait(5)
        real_write(path, data)

    monkeypatch.setattr(store, "write_bytes", slow_disk)
    type_note(session, "first")
    started = time.perf_counter()
    saver.timer.timeout.emit()
    assert time.perf_counter() - started < 0.5  # not waiting for the disk
    type_note(session, "second")
    saver.timer.timeout.emit()
    assert not saver.path.exists()
    release.set()
    saver.wait()
    assert saver.path.exists() and threads and threading.main_thread().name not in threads
    from regionroll_desktop.storage.recovery import RECOVERY_FORMAT

    assert RECOVERY_FORMAT.load(saver.path).workshop.note(Step.STRATEGI) == "second"
    saver.discard()
    assert not saver.path.exists()


def test_an_unwritable_recovery_folder_is_named(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    if os.geteuid() == 0:
        pytest.skip("root writes anywhere")
    folder = tmp_path / "rec"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        saver = Autosaver(Session(), RecoveryStore(folder))
        saver.session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "x"))
        saver.save_now()
        assert saver.problem is not None and saver.problem.problem is SaveProblem.PERMISSION
        assert saver.problem.folder == Path(folder)
    finally:
        folder.chmod(0o700)


def test_the_snapshots_texts_are_written_ahead_while_the_window_idles(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """One snapshot per turn of the event loop, so the first autosave writes none of them."""
    import datetime as dt

    from regionroll_desktop.model.workshop import snapshot_json_kept

    w = e.new_workshop()
    for n in range(3):
        w = e.take_snapshot(w, f"Bild {n}", dt.datetime(2026, 12, 6, 9, n, tzinfo=dt.UTC))
    opened = w.model_copy(update={"snapshots": tuple(s.model_copy() for s in w.snapshots)})
    session = Session(opened)
    assert not any(snapshot_json_kept(s) for s in session.workshop.snapshots)
    saver = Autosaver(session, RecoveryStore(tmp_path / "rec"))
    qtbot.waitUntil(lambda: all(snapshot_json_kept(s) for s in session.workshop.snapshots))
    assert not saver._warming.isActive() or saver._unwritten() is None
    saver.release()
