"""The participant page's files, read once from the app's resources and served from memory
(no request ever names a file)."""

from __future__ import annotations

from ..resources import resource

PAGE_FILES = {
    "/": ("index.html", "text/html"),
    "/room.js": ("room.js", "text/javascript"),
    "/room.css": ("room.css", "text/css"),
}


def participant_page() -> dict[str, tuple[bytes, str]]:
    """Each path the page is served at → (its bytes, its content type)."""
    return {
        path: (resource("room", name).read_bytes(), kind)
        for path, (name, kind) in PAGE_FILES.items()
    }
