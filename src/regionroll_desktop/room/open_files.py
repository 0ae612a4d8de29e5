"""How many files the process may open: read, and raised at start-up to what the system
allows, so that a room session full of phones never nears the limit (a desktop's usual soft
limit is 1,024, macOS's 256). No aiohttp here: the app calls this at every start."""

from __future__ import annotations

import contextlib

FILES_KEPT_FOR_THE_APP = 256  # open files the rest of the app keeps for itself


def open_file_limit() -> int | None:
    """The process's soft limit of open files (None where the system has none to read)."""
    try:
        import resource
    except ImportError:  # Windows: the limit is not a number of files
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else int(soft)


def raise_open_file_limit() -> None:
    """Raise the soft limit of open files to the hard one (a desktop's 1,024 or macOS's 256 is
    far below what the system allows), so that a room full of phones never nears it."""
    try:
        import resource
    except ImportError:
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = hard if hard != resource.RLIM_INFINITY else 10_240  # macOS's OPEN_MAX
    if soft == resource.RLIM_INFINITY or soft >= target:
        return
    with contextlib.suppress(ValueError, OSError):
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
