"""Shared fixture files opened in a test's own folder."""

from __future__ import annotations

import shutil
from pathlib import Path


def copied(source: Path, folder: Path) -> Path:
    """A copy of `source` in `folder`: a test that opens it holds its lock (and leaves its
    autosave's traces) there, never beside the fixture every other test opens, whatever order
    the tests run in."""
    target = folder / "opened" / source.name
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    return target
