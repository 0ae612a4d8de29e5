"""The workshop document on its own, with no window: open, save, save as, restore, read-only,
and a file another program changed. The dialogs are answered through `ui.dialogs`."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from regionroll_desktop.app.document import RecoveryOffer, WorkshopDocument
from regionroll_desktop.model import Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import DiskState, WorkshopFileError, load_workshop, save_workshop
from regionroll_desktop.storage.recovery import RecoveryStore
from regionroll_desktop.ui import dialogs
from regionroll_desktop.ui.file_lock import FileLock


@pytest.fixture
def store(tmp_path: Path) -> RecoveryStore:
    return RecoveryStore(tmp_path / "recovery")


@pytest.fixture
def on_disk(tmp_path: Path) -> Path:
    path = tmp_path / "ws.regionroll.json"
    save_workshop(e.new_workshop(title="on disk"), path)
    return path


@pytest.fixture
def documents(qapp) -> Iterator[list[WorkshopDocument]]:  # type: ignore[no-untyped-def]
    """Documents a test opened, closed at its end (locks released, recovery files gone)."""
    made: list[WorkshopDocument] = []
    yield made
    for document in made:
        document.close()


def note(document: WorkshopDocument, text: str) -> None:
    document.session.apply("Note", lambda w: e.set_note(w, Step.ORGANISATION, text))


def opened(path: Path, store: RecoveryStore, documents: list[WorkshopDocument]) -> WorkshopDocument:
    document = WorkshopDocument.open(path, store)
    assert document is not None
    documents.append(document)
    return document


def test_open_locks_the_file_and_save_writes_it(on_disk, store, documents, qtbot) -> None:  # type: ignore[no-untyped-def]
    document = opened(on_disk, store, documents)
    assert document.path == on_disk.resolve() and not document.read_only
    assert document.lock is not None and not FileLock(on_disk.resolve()).acquire()
    note(document, "decided")
    assert document.modified
    with qtbot.waitSignal(document.saved) as saved:
        assert document.save()
    assert saved.args == [on_disk.resolve()]
    assert not document.modified
    assert load_workshop(on_disk).note(Step.ORGANISATION) == "decided"
    document.close()
    assert FileLock(on_disk.resolve()).acquire()  # closing released the lock


def test_a_refused_file_raises_with_its_sentence(tmp_path, store) -> None:  # type: ignore[no-untyped-def]
    bad = tmp_path / "bad.regionroll.json"
    bad.write_text("{not json")
    with pytest.raises(WorkshopFileError):
        WorkshopDocument.open(bad, store)


def test_save_as_moves_the_document_and_its_lock(  # type: ignore[no-untyped-def]
    on_disk, store, documents, tmp_path, monkeypatch
) -> None:
    document = opened(on_disk, store, documents)
    target = tmp_path / "copy.regionroll.json"
    monkeypatch.setattr(dialogs, "save_path", lambda parent, suggestion, kind=None: target)
    note(document, "copied")
    assert document.save_as()
    assert document.path == target.resolve()
    assert load_workshop(target).note(Step.ORGANISATION) == "copied"
    assert load_workshop(on_disk).note(Step.ORGANISATION) == ""  # the old file untouched
    assert FileLock(on_disk.resolve()).acquire()  # its lock went with the document
    assert not FileLock(target.resolve()).acquire()


def test_an_untitled_document_asks_where_and_a_cancel_saves_nothing(  # type: ignore[no-untyped-def]
    store, documents, monkeypatch
) -> None:
    document = WorkshopDocument.untitled(e.new_workshop(title="Ny"), store)
    documents.append(document)
    assert document.display_name and document.suggested_name() == "Ny.regionroll.json"
    monkeypatch.setattr(dialogs, "save_path", lambda parent, suggestion, kind=None: None)
    note(document, "x")
    assert not document.save()
    assert document.modified


def test_a_file_held_elsewhere_opens_read_only_on_the_users_word(  # type: ignore[no-untyped-def]
    on_disk, store, documents, monkeypatch, tmp_path
) -> None:
    first = opened(on_disk, store, documents)
    monkeypatch.setattr(dialogs, "ask_locked", lambda *a, **k: dialogs.Locked.CANCEL)
    assert WorkshopDocument.open(on_disk, store) is None  # the user would rather not
    monkeypatch.setattr(dialogs, "ask_locked", lambda *a, **k: dialogs.Locked.READ_ONLY)
    second = opened(on_disk, store, documents)
    assert second.read_only and second.lock is None
    # Saving a read-only document asks where; it never writes over the holder's file.
    copy = tmp_path / "mine.regionroll.json"
    monkeypatch.setattr(dialogs, "save_path", lambda parent, suggestion, kind=None: copy)
    note(second, "my copy")
    assert second.save()
    assert second.path == copy.resolve() and not second.read_only
    assert load_workshop(on_disk).note(Step.ORGANISATION) == ""
    assert first.lock is not None


def test_reopening_its_own_file_takes_over_the_lock(on_disk, store, documents) -> None:  # type: ignore[no-untyped-def]
    first = opened(on_disk, store, documents)
    second = WorkshopDocument.open(on_disk, store, current=first)
    assert second is not None
    documents.append(second)
    assert second.lock is not None and first.lock is None and not second.read_only


def test_a_file_another_program_changed_is_not_overwritten_unasked(  # type: ignore[no-untyped-def]
    on_disk, store, documents, monkeypatch, qtbot
) -> None:
    document = opened(on_disk, store, documents)
    note(document, "ours")
    save_workshop(e.new_workshop(title="a colleague's"), on_disk)
    with qtbot.waitSignal(document.diskStateChanged) as changed:
        document.file_watch.check()
    assert changed.args == [DiskState.CHANGED]
    monkeypatch.setattr(dialogs, "ask_replace_changed", lambda *a: dialogs.ChangedOnDisk.CANCEL)
    assert not document.save()
    assert load_workshop(on_disk).details.title == "a colleague's"
    monkeypatch.setattr(dialogs, "ask_replace_changed", lambda *a: dialogs.ChangedOnDisk.REPLACE)
    assert document.save()
    assert load_workshop(on_disk).note(Step.ORGANISATION) == "ours"
    backup = on_disk.with_name(on_disk.name + ".bak")
    assert load_workshop(backup).details.title == "a colleague's"


def test_a_failed_save_offers_elsewhere_and_leaves_the_file(  # type: ignore[no-untyped-def]
    on_disk, store, documents, monkeypatch, tmp_path
) -> None:
    document = opened(on_disk, store, documents)
    note(document, "unsaved")
    told: list[str] = []

    def elsewhere(parent: object, title: str, text: str) -> bool:
        told.append(text)
        return False

    monkeypatch.setattr(dialogs, "ask_save_elsewhere", elsewhere)
    gone = tmp_path / "gone" / "ws.regionroll.json"  # a folder that is not there
    assert not document.save_to(gone)
    assert told and document.modified and document.path == on_disk.resolve()


def test_restore_is_one_undo_step_from_the_file(on_disk, store, documents) -> None:  # type: ignore[no-untyped-def]
    recovered = load_workshop(on_disk)
    recovered = e.set_note(recovered, Step.STRATEGI, "two hours of work")
    store.write("abc", recovered, on_disk.resolve())
    found = store.all()[0]
    assert found.recovery is not None
    document = WorkshopDocument.restore(found.recovery, "abc", store)
    documents.append(document)
    assert document.session.workshop.note(Step.STRATEGI) == "two hours of work"
    assert document.modified and document.path == on_disk.resolve()
    assert document.lock is not None
    document.session.undo_stack.undo()
    assert document.session.workshop.note(Step.STRATEGI) == ""


def test_closing_is_the_users_word_the_recovery_file_goes(on_disk, store, documents) -> None:  # type: ignore[no-untyped-def]
    document = opened(on_disk, store, documents)
    note(document, "work")
    document.autosaver.save_now()
    assert document.autosaver.path.exists()
    document.close()
    assert not document.autosaver.path.exists()


def test_may_close_asks_and_saves_on_the_users_word(  # type: ignore[no-untyped-def]
    on_disk, store, documents, monkeypatch
) -> None:
    document = opened(on_disk, store, documents)
    assert document.may_close()  # nothing to lose: no question
    note(document, "keep me")
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, name: dialogs.Unsaved.CANCEL)
    assert not document.may_close()
    monkeypatch.setattr(dialogs, "ask_unsaved", lambda parent, name: dialogs.Unsaved.SAVE)
    assert document.may_close()
    assert load_workshop(on_disk).note(Step.ORGANISATION) == "keep me"


def test_the_recovery_offer_describes_the_differences(on_disk, store, qapp) -> None:  # type: ignore[no-untyped-def]
    recovered = e.set_note(load_workshop(on_disk), Step.ORGANISATION, "after the break")
    store.write("xyz", recovered, on_disk.resolve())
    found = store.all()[0]
    assert found.recovery is not None
    text, detail = RecoveryOffer(store).describe(found.recovery)
    assert "on disk" in text and on_disk.name in detail


def test_a_read_only_file_is_not_replaced_unasked(  # type: ignore[no-untyped-def]
    on_disk, store, documents, monkeypatch
) -> None:
    document = opened(on_disk, store, documents)
    note(document, "ours")
    on_disk.chmod(0o444)
    asked: list[str] = []

    def ask(parent, name):  # type: ignore[no-untyped-def]
        asked.append(name)
        return dialogs.ChangedOnDisk.CANCEL

    monkeypatch.setattr(dialogs, "ask_replace_read_only", ask)
    assert not document.save()
    assert asked == [on_disk.name] and load_workshop(on_disk).note(Step.ORGANISATION) == ""
    monkeypatch.setattr(dialogs, "ask_replace_read_only", lambda *a: dialogs.ChangedOnDisk.REPLACE)
    assert document.save()
    assert load_workshop(on_disk).note(Step.ORGANISATION) == "ours"
    assert on_disk.stat().st_mode & 0o777 == 0o444  # still protected as its owner chose


def foreign_lock(path: Path, host: str = "kontoret-pc", user: str = "Anna Lindqvist") -> None:
    """A lock as a sync folder delivers it from another computer (its process means nothing
    here), with the note that names the person."""
    lock = path.with_name(f".{path.name}.lock")
    lock.write_bytes(f"4242\nRegionRoll Desktop\n{host}\n\n\n".encode())
    note = {"user": user, "host": host, "since": "2026-11-30T09:42:00+00:00"}
    path.with_name(f".{path.name}.lock.who.json").write_text(json.dumps(note))


def test_another_computers_lock_is_never_taken_over_silently(  # type: ignore[no-untyped-def]
    on_disk, store, documents, monkeypatch
) -> None:
    foreign_lock(on_disk)
    asked: list[tuple[str, bool]] = []

    def ask(parent, held_by, *, may_take_over):  # type: ignore[no-untyped-def]
        asked.append((held_by, may_take_over))
        return dialogs.Locked.READ_ONLY

    monkeypatch.setattr(dialogs, "ask_locked", ask)
    document = opened(on_disk, store, documents)
    assert document.read_only and document.lock is None
    held_by, may_take_over = asked[0]
    assert "Anna Lindqvist" in held_by and "kontoret-pc" in held_by and may_take_over
    assert b"kontoret-pc" in on_disk.with_name(f".{on_disk.name}.lock").read_bytes()
    # On the user's word (that computer crashed with the file open) the lock is taken over.
    monkeypatch.setattr(dialogs, "ask_locked", lambda *a, **k: dialogs.Locked.TAKE_OVER)
    taken = opened(on_disk, store, documents)
    assert taken.lock is not None and not taken.read_only
    assert b"kontoret-pc" not in on_disk.with_name(f".{on_disk.name}.lock").read_bytes()


def test_a_note_from_another_lock_does_not_name_the_holder(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.regionroll.json"
    path.write_text("{}")
    foreign_lock(path, host="kontoret-pc")
    note = path.with_name(f".{path.name}.lock.who.json")
    note.write_text(json.dumps({"user": "Someone Else", "host": "hemma-pc", "since": "x"}))
    holder = FileLock(path).holder()
    assert holder.host == "kontoret-pc" and holder.user == "" and not holder.this_computer
    assert holder.since is not None  # the lock file's own time


def test_a_lock_that_cannot_be_made_is_named_not_blamed_on_a_holder(  # type: ignore[no-untyped-def]
    tmp_path, store, documents, monkeypatch
) -> None:
    """A file whose name leaves no room for the lock's: it opens, unlocked, and says why."""
    path = tmp_path / ("å" * 118 + ".regionroll.json")  # 253 bytes: its lock's name is too long
    save_workshop(e.new_workshop(title="long"), path)
    monkeypatch.setattr(dialogs, "ask_locked", pytest.fail)
    document = opened(path, store, documents)
    assert document.lock is None and not document.read_only
    from regionroll_desktop.ui.file_lock import LockProblem

    assert document.lock_problem is LockProblem.NAME_TOO_LONG


@pytest.mark.skipif(os.name != "posix", reason="names as bytes are a POSIX matter")
def test_a_file_whose_name_is_not_utf8_opens_locks_autosaves_and_recovers(  # type: ignore[no-untyped-def]
    tmp_path, store, documents
) -> None:
    """Two such names (Qt reads both as "m\ufffdte") get locks of their own, and the
    recovery copy finds its file again (issue #31)."""
    raw = os.fsencode(tmp_path)
    first = Path(os.fsdecode(raw + b"/m\xf6te.regionroll.json"))
    second = Path(os.fsdecode(raw + b"/m\xe4te.regionroll.json"))
    for path in (first, second):
        save_workshop(e.new_workshop(title=os.fsdecode(path.name)), path)
    one = opened(first, store, documents)
    other = opened(second, store, documents)
    assert not one.read_only and not other.read_only  # not each other's lock
    assert not FileLock(first).acquire() and not FileLock(second).acquire()
    note(one, "efter pausen")
    one.autosaver.save_now()
    (found,) = store.all()
    assert found.recovery is not None and found.recovery.original_path == first
    _text, detail = RecoveryOffer(store).describe(found.recovery)
    assert "m\\xf6te.regionroll.json: 1" in detail  # its file on disk read again, named


def test_a_pipe_is_explained_as_a_pipe(tmp_path, store, qapp) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.ui.messages import describe_file_error

    pipe = tmp_path / "p.regionroll.json"
    os.mkfifo(pipe)
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopDocument.open(pipe, store)
    assert "pipe" in describe_file_error(refused.value) or "rör" in describe_file_error(
        refused.value
    )
    missing = tmp_path / "missing.regionroll.json"
    with pytest.raises(WorkshopFileError) as refused:
        WorkshopDocument.open(missing, store)
    assert "permission" not in describe_file_error(refused.value)
