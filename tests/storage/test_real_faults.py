"""Faults produced for real, not simulated: a folder nobody may write to, a write-protected
disk and a full disk. Saving into each fails with its own sentence and leaves the file that was
there whole. Making them needs root (CI runs as root) or a plain user (for the folder)."""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from regionroll_desktop.model import Step, StrategyKind
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import SaveError, SaveProblem, load_workshop, save_workshop

ROOT = os.geteuid() == 0


def run(*command: str) -> bool:
    return subprocess.run(command, capture_output=True, timeout=30).returncode == 0


@contextlib.contextmanager
def read_only_folder(folder: Path) -> Iterator[None]:
    """A plain user's folder without write permission; for root, the immutable attribute
    (root ignores permissions, not `chattr +i`)."""
    if not ROOT:
        folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
        try:
            yield
        finally:
            folder.chmod(stat.S_IRWXU)
        return
    if shutil.which("chattr") is None or not run("chattr", "+i", str(folder)):
        pytest.skip("this file system cannot make a folder immutable")
    try:
        yield
    finally:
        run("chattr", "-i", str(folder))


@contextlib.contextmanager
def small_disk(folder: Path, size: str) -> Iterator[None]:
    """A small RAM disk mounted on `folder` (root only)."""
    if not ROOT or not run("mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)):
        pytest.skip("mounting a disk needs root")
    try:
        yield
    finally:
        run("umount", "-l", str(folder))


def big_workshop(title: str, cards: int) -> object:
    """About 0.55 kB a card, and 20 kB in each step's note and conclusion (within the limits)."""
    w = e.new_workshop(title=title)
    for n in range(cards):
        w = e.add_document(w, f"Strategy {n} " + "x" * 480, StrategyKind.HANDLINGSPLAN)
    for step in Step:
        w = e.set_note(w, step, "n" * 20_000)
        w = e.set_conclusion(w, step, text="c" * 20_000)
    return w


def test_a_read_only_folder(tmp_path: Path) -> None:
    path = tmp_path / "ws.regionroll.json"
    save_workshop(e.new_workshop(title="kept"), path)
    before = path.read_bytes()
    with read_only_folder(tmp_path), pytest.raises(SaveError, match="unchanged") as caught:
        save_workshop(e.new_workshop(title="lost"), path)
    assert caught.value.problem is SaveProblem.PERMISSION
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_a_write_protected_disk(tmp_path: Path) -> None:
    disk = tmp_path / "usb"
    disk.mkdir()
    with small_disk(disk, "1m"):
        path = disk / "ws.regionroll.json"
        save_workshop(e.new_workshop(title="kept"), path)
        before = path.read_bytes()
        assert run("mount", "-o", "remount,ro", str(disk))  # the stick's switch is flipped
        with pytest.raises(SaveError, match="read-only") as caught:
            save_workshop(e.new_workshop(title="lost"), path)
        assert caught.value.problem is SaveProblem.READ_ONLY_DISK
        assert path.read_bytes() == before


def test_a_full_disk(tmp_path: Path) -> None:
    disk = tmp_path / "small"
    disk.mkdir()
    with small_disk(disk, "256k"):
        path = disk / "ws.regionroll.json"
        save_workshop(e.new_workshop(title="kept"), path)
        before = path.read_bytes()
        with pytest.raises(SaveError, match="disk is full") as caught:
            save_workshop(big_workshop("too big", 150), path)  # ~350 kB
        assert caught.value.problem is SaveProblem.DISK_FULL
        assert path.read_bytes() == before
        assert load_workshop(path).details.title == "kept"
        assert sorted(p.name for p in disk.iterdir()) == [path.name]  # no half file left
