"""File errors in the UI's language: one sentence each, translated by kind."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..storage import FileErrorKind, WorkshopFileError


def describe_file_error(error: WorkshopFileError) -> str:
    """The error's sentence in the UI language (the English one is the error's own text)."""
    texts = {
        FileErrorKind.UNREADABLE: QCoreApplication.translate(
            "FileError", "The file could not be read: it is missing, or you lack permission."
        ),
        FileErrorKind.TOO_LARGE: QCoreApplication.translate(
            "FileError", "The file is far larger than any workshop, so it was not opened."
        ),
        FileErrorKind.NOT_JSON: QCoreApplication.translate(
            "FileError", "The file is damaged or is not a RegionRoll workshop file."
        ),
        FileErrorKind.TOO_DEEP: QCoreApplication.translate(
            "FileError", "The file is nested far too deeply to be a workshop file."
        ),
        FileErrorKind.FOREIGN: QCoreApplication.translate(
            "FileError", "The file is not a RegionRoll workshop file."
        ),
        FileErrorKind.NEWER_VERSION: QCoreApplication.translate(
            "FileError",
            "The file was made by a newer version of RegionRoll; update the app to open it.",
        ),
        FileErrorKind.INVALID: QCoreApplication.translate(
            "FileError", "The file's content is damaged: it does not describe a valid workshop."
        ),
        FileErrorKind.UNWRITABLE: QCoreApplication.translate(
            "FileError",
            "The workshop could not be saved there; the file on disk is unchanged.",
        ),
    }
    return texts[error.kind]
