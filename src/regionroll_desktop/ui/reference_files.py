"""Opening and saving a facilitator's reference-set file, with the questions and messages
that go with it: one place for the capital matrix's buttons and the window's "save before
you quit"."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..storage import SaveError, WorkshopFileError
from . import dialogs
from .reference_library import ReferenceLibrary
from .settings import AppSettings


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReferenceFiles", text)


def open_reference_set(parent: QWidget | None, library: ReferenceLibrary) -> bool:
    """Ask for a reference-set file and lay it over the shipped set; False when cancelled or
    refused (the user is told why)."""
    path = dialogs.open_path(parent, None, dialogs.REFERENCE_SET_FILE)
    if path is None:
        return False
    title = QCoreApplication.translate("ReferenceFiles", "Could not open {name}").format(
        name=path.name
    )
    try:
        library.load(path)
    except WorkshopFileError as exc:
        dialogs.show_file_error(parent, title, exc)
        return False
    except ValueError as exc:
        text = QCoreApplication.translate(
            "ReferenceFiles", "The reference set contradicts the shipped data: {why}."
        ).format(why=str(exc))
        dialogs.show_error(parent, title, text, str(exc))
        return False
    return True


def save_reference_set(parent: QWidget | None, library: ReferenceLibrary) -> bool:
    """Save the facilitator's own placements, asking where; False when there is nothing to
    save, the user cancelled, or the save failed (the user is told why)."""
    if library.overlay is None:
        return False
    suggestion = library.path or Path.home() / _tr("reference-positions")
    path = dialogs.save_path(parent, suggestion, dialogs.REFERENCE_SET_FILE)
    if path is None:
        return False
    try:
        library.save(path)
    except SaveError as exc:
        dialogs.show_file_error(
            parent,
            QCoreApplication.translate("ReferenceFiles", "Could not save {name}").format(
                name=path.name
            ),
            exc,
        )
        return False
    return True


def keep_remembered(library: ReferenceLibrary, settings: AppSettings) -> None:
    """Lay the reference set opened last time over the shipped one (quietly forgotten when it
    can no longer be read), and remember whichever set is opened or saved from now on."""
    path = settings.reference_set
    if path is not None:
        try:
            library.load(path)
        except (WorkshopFileError, ValueError):
            settings.reference_set = None

    def remember() -> None:
        settings.reference_set = library.path

    library.changed.connect(remember)
