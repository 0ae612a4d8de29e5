"""Faults around a save: a blocked rename, an emptied file, leftovers of a killed save, and a
file changed by another program. Each is produced, and nothing saved before is lost."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import (
    DiskState,
    SaveError,
    SaveProblem,
    disk_state,
    jsonio,
    load_workshop,
    open_workshop,
    save_workshop,
)


def saved(tmp_path: Path, title: str = "kept") -> Path:
    path = tmp_path / "ws.regionroll.json"
    save_workshop(e.new_workshop(title=title), path)
    return path


def test_a_save_blocked_by_another_program_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows: a virus scanner or sync client holding the file makes the rename fail a while."""
    path = saved(tmp_path)
    real_replace = os.replace
    refusals = {"left": 3}

    def busy_for_a_while(src: str, dst: object) -> None:
        if refusals["left"]:
            refusals["left"] -= 1
            raise PermissionError(13, "Access is denied")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", busy_for_a_while)
    save_workshop(e.new_workshop(title="after the scan"), path)
    monkeypatch.undo()
    assert refusals["left"] == 0
    assert load_workshop(path).details.title == "after the scan"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, path.name + ".bak"]


def test_a_save_that_stays_blocked_fails_and_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = saved(tmp_path)
    before = path.read_bytes()
    tries = []

    def always_busy(src: str, dst: object) -> None:
        tries.append(dst)
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(os, "replace", always_busy)
    with pytest.raises(SaveError, match="unchanged") as caught:
        save_workshop(e.new_workshop(title="lost"), path)
    monkeypatch.undo()
    assert len(tries) == len(jsonio.REPLACE_RETRY_DELAYS) + 1
    expected = SaveProblem.BLOCKED if os.name == "nt" else SaveProblem.PERMISSION
    assert caught.value.problem is expected
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_an_emptied_file_does_not_replace_the_backup(tmp_path: Path) -> None:
    path = saved(tmp_path, "first")
    save_workshop(e.new_workshop(title="second"), path)  # .bak now holds "first"
    path.write_bytes(b"")  # a sync client cut the file to nothing
    save_workshop(e.new_workshop(title="third"), path)
    assert load_workshop(path).details.title == "third"
    assert load_workshop(path.with_name(path.name + ".bak")).details.title == "first"


def test_leftovers_of_a_killed_save_are_cleared_by_a_later_save(tmp_path: Path) -> None:
    path = saved(tmp_path)
    old = tmp_path / f".{path.name}.abc123.tmp"
    fresh = tmp_path / f".{path.name}.def456.tmp"  # could be a save in progress elsewhere
    old.write_bytes(b"half a fi")
    fresh.write_bytes(b"half a fi")
    an_hour_ago = time.time() - jsonio.STALE_TEMP_SECONDS - 60
    os.utime(old, (an_hour_ago, an_hour_ago))
    save_workshop(e.new_workshop(title="again"), path)
    assert not old.exists() and fresh.exists()


def test_the_file_on_disk_is_compared_by_content(tmp_path: Path) -> None:
    path = saved(tmp_path)
    workshop, digest = open_workshop(path)
    assert disk_state(path, digest) is DiskState.SAME
    os.utime(path, (0, 0))  # touched, not changed: a sync client may do that
    assert disk_state(path, digest) is DiskState.SAME
    save_workshop(workshop.model_copy(update={"details": workshop.details}), path)
    assert disk_state(path, digest) is DiskState.SAME  # same content written again
    save_workshop(e.new_workshop(title="someone else's"), path)
    assert disk_state(path, digest) is DiskState.CHANGED
    path.write_bytes(b"")
    assert disk_state(path, digest) is DiskState.EMPTY
    path.unlink()
    assert disk_state(path, digest) is DiskState.MISSING
    assert disk_state(tmp_path / "gone" / path.name, digest) is DiskState.MISSING


def test_save_returns_the_digest_of_what_it_wrote(tmp_path: Path) -> None:
    path = tmp_path / "ws.regionroll.json"
    digest = save_workshop(e.new_workshop(title="x"), path)
    assert open_workshop(path)[1] == digest
