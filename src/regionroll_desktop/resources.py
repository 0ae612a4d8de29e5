"""Where the app's data files are: inside the installed package or the source checkout."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).resolve().parent


def resource_dir() -> Path:
    """The `resources/` folder: bundled beside the package, or at the project's root."""
    for candidate in (_HERE / "resources", _HERE.parent.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the app's resources folder is missing; reinstall the app")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
