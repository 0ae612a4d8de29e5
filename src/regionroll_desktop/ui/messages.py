"""File errors in the UI's language: one sentence each, translated by kind (and why a
reference build skipped a file)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..model.edits import EditError, LimitError
from ..storage import FileErrorKind, SaveError, SaveProblem, WorkshopFileError
from ..storage.errors import FileUnreadableError, Unreadable
from ..storage.reference_build import Skipped, SkipReason
from .file_lock import LockHolder, LockProblem


def describe_file_error(error: WorkshopFileError) -> str:
    """The error's sentence in the UI language (the English one is the error's own text)."""
    if isinstance(error, SaveError):
        return _describe_save_problem(error.problem)
    if isinstance(error, FileUnreadableError):
        return _describe_unreadable(error.reason)
    if error.what == "reference set" and error.kind in _REFERENCE_TEXTS:
        return QCoreApplication.translate("FileError", str(_REFERENCE_TEXTS[error.kind]))
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
    }
    return texts[error.kind]


def _describe_unreadable(reason: Unreadable) -> str:
    texts = {
        Unreadable.MISSING: QT_TRANSLATE_NOOP(
            "FileError", "The file could not be read: it is not there (moved or deleted?)."
        ),
        Unreadable.FOLDER: QT_TRANSLATE_NOOP(
            "FileError", "It is a folder, not a file: choose a file in it."
        ),
        Unreadable.NOT_A_FILE: QT_TRANSLATE_NOOP(
            "FileError",
            "It is not a file but a pipe, a device or a socket, so it was not read.",
        ),
        Unreadable.PERMISSION: QT_TRANSLATE_NOOP(
            "FileError", "The file could not be read: you do not have permission to read it."
        ),
        Unreadable.OTHER: QT_TRANSLATE_NOOP(
            "FileError",
            "The file could not be read: the disk or the network drive reported an error.",
        ),
    }
    return QCoreApplication.translate("FileError", str(texts[reason]))


_REFERENCE_TEXTS = {
    FileErrorKind.TOO_LARGE: QT_TRANSLATE_NOOP(
        "FileError", "The file is far larger than any reference set, so it was not opened."
    ),
    FileErrorKind.NOT_JSON: QT_TRANSLATE_NOOP(
        "FileError", "The file is damaged or is not a RegionRoll reference-set file."
    ),
    FileErrorKind.TOO_DEEP: QT_TRANSLATE_NOOP(
        "FileError", "The file is nested far too deeply to be a reference-set file."
    ),
    FileErrorKind.FOREIGN: QT_TRANSLATE_NOOP(
        "FileError", "The file is not a RegionRoll reference-set file."
    ),
    FileErrorKind.INVALID: QT_TRANSLATE_NOOP(
        "FileError",
        "The file's content is damaged: it does not describe a valid reference set.",
    ),
}


def _describe_save_problem(problem: SaveProblem) -> str:
    texts = {
        SaveProblem.TOO_LARGE: QCoreApplication.translate(
            "FileError",
            "The workshop has grown larger than the app can open again (64 MB), so it was not "
            "saved; remove snapshots or long texts and save again. The file on disk is "
            "unchanged.",
        ),
        SaveProblem.PERMISSION: QCoreApplication.translate(
            "FileError",
            "You do not have permission to save in that folder; the file on disk is unchanged.",
        ),
        SaveProblem.DISK_FULL: QCoreApplication.translate(
            "FileError", "The disk is full; the file on disk is unchanged."
        ),
        SaveProblem.READ_ONLY_DISK: QCoreApplication.translate(
            "FileError", "The disk is read-only; the file on disk is unchanged."
        ),
        SaveProblem.FOLDER_GONE: QCoreApplication.translate(
            "FileError",
            "The folder is no longer there (a network drive or USB stick may have gone); "
            "your work is still here and in the recovery file.",
        ),
        SaveProblem.NAME_TOO_LONG: QCoreApplication.translate(
            "FileError",
            "The file name is too long for the disk; save under a shorter name. "
            "The file on disk is unchanged.",
        ),
        SaveProblem.BLOCKED: QCoreApplication.translate(
            "FileError",
            "Another program (often a virus scanner or a sync client) kept the file busy; "
            "the file on disk is unchanged. Try again in a moment.",
        ),
        SaveProblem.OTHER: QCoreApplication.translate(
            "FileError", "The workshop could not be saved there; the file on disk is unchanged."
        ),
    }
    return texts[problem]


def describe_autosave_problem(problem: SaveProblem, folder: Path) -> str:
    """Why autosave is not working, and what the facilitator can do about it."""
    texts = {
        SaveProblem.PERMISSION: QCoreApplication.translate(
            "FileError",
            "Autosave is not working: you do not have permission to write in its folder "
            "{folder}. Save the workshop to keep your changes.",
        ),
        SaveProblem.DISK_FULL: QCoreApplication.translate(
            "FileError",
            "Autosave is not working: the disk is full. Save the workshop on another disk "
            "to keep your changes.",
        ),
        SaveProblem.READ_ONLY_DISK: QCoreApplication.translate(
            "FileError",
            "Autosave is not working: its folder {folder} is on a read-only disk. Save the "
            "workshop to keep your changes.",
        ),
    }
    fallback = QCoreApplication.translate(
        "FileError",
        "Autosave is not working: its folder {folder} cannot be made or written. Save the "
        "workshop to keep your changes.",
    )
    return texts.get(problem, fallback).format(folder=folder)


def describe_holder(name: str, holder: LockHolder) -> str:
    """Who has the file open, where and since when, in one sentence."""
    when = QCoreApplication.translate("FileLock", "an unknown time")
    if holder.since is not None:
        local = holder.since.astimezone()
        same_day = local.date() == dt.datetime.now().astimezone().date()
        when = local.strftime("%H:%M" if same_day else "%Y-%m-%d %H:%M")
    if holder.this_computer:
        text = QCoreApplication.translate(
            "FileLock",
            "“{name}” is open in another RegionRoll window on this computer, since {when}.",
        )
    elif holder.user:
        text = QCoreApplication.translate(
            "FileLock", "“{name}” is open by {user} on the computer {host}, since {when}."
        )
    else:
        text = QCoreApplication.translate(
            "FileLock", "“{name}” is open on the computer {host}, since {when}."
        )
    return text.format(name=name, user=holder.user, host=holder.host, when=when)


def describe_lock_problem(name: str, problem: LockProblem) -> str:
    """A lock could not be put beside the file (nobody holds it): what that means."""
    reasons = {
        LockProblem.PERMISSION: QCoreApplication.translate(
            "FileLock", "you do not have permission to write in its folder"
        ),
        LockProblem.READ_ONLY_DISK: QCoreApplication.translate(
            "FileLock", "it is on a read-only disk"
        ),
        LockProblem.DISK_FULL: QCoreApplication.translate("FileLock", "the disk is full"),
        LockProblem.NAME_TOO_LONG: QCoreApplication.translate(
            "FileLock", "its name is too long for the disk"
        ),
        LockProblem.OTHER: QCoreApplication.translate(
            "FileLock", "its folder could not be written"
        ),
    }
    return QCoreApplication.translate(
        "FileLock",
        "“{name}” could not be marked as open because {reason}: someone else opening it is "
        "not told, and saving there may fail. Save it elsewhere to be safe.",
    ).format(name=name, reason=reasons[problem])


def describe_edit_error(error: EditError) -> str:
    """Why an edit was refused, in the UI's language where the app words it (a limit)."""
    if not isinstance(error, LimitError):
        return str(error)
    texts = {
        "groups": QT_TRANSLATE_NOOP("Limits", "A workshop holds at most {n} groups."),
        "political_bodies": QT_TRANSLATE_NOOP(
            "Limits", "The political organisation holds at most {n} bodies."
        ),
        "administrative_bodies": QT_TRANSLATE_NOOP(
            "Limits", "The administrative organisation holds at most {n} bodies."
        ),
        "documents": QT_TRANSLATE_NOOP("Limits", "The pyramid holds at most {n} documents."),
        "links": QT_TRANSLATE_NOOP("Limits", "The pyramid holds at most {n} links."),
        "focus_areas": QT_TRANSLATE_NOOP("Limits", "The RUS focus holds at most {n} priorities."),
        "actions": QT_TRANSLATE_NOOP("Limits", "A workshop holds at most {n} actions."),
        "parked": QT_TRANSLATE_NOOP("Limits", "The parking lot holds at most {n} questions."),
        "snapshots": QT_TRANSLATE_NOOP(
            "Limits", "A workshop holds at most {n} snapshots; delete one to take another."
        ),
        "sticky_notes": QT_TRANSLATE_NOOP(
            "Limits", "The canvases hold at most {n} sticky notes together."
        ),
        "own_questions": QT_TRANSLATE_NOOP(
            "Limits", "A workshop holds at most {n} questions of your own; remove one first."
        ),
        "snapshot_room_answers": QT_TRANSLATE_NOOP(
            "Limits",
            "The snapshots keep at most {n} of the room's answers together; delete an older "
            "snapshot to take another.",
        ),
        "snapshot_megabytes": QT_TRANSLATE_NOOP(
            "Limits",
            "The snapshots may take at most {n} MB of the file together, so that the workshop "
            "can always be saved; delete an older snapshot to take another.",
        ),
    }
    text = texts.get(error.what)
    if text is None:
        return str(error)
    return QCoreApplication.translate("Limits", str(text)).format(n=error.limit)


def describe_skip(skipped: Skipped) -> str:
    """Why a reference build left a file or folder out, in the UI's language."""
    if skipped.error is not None:
        return describe_file_error(skipped.error)
    texts = {
        SkipReason.LOOP: QCoreApplication.translate(
            "Skipped", "It leads back to a folder already read (a loop of links)."
        ),
        SkipReason.FOLDER_DENIED: QCoreApplication.translate(
            "Skipped", "The folder was not read: you do not have permission to read it."
        ),
        SkipReason.FOLDER_UNREADABLE: QCoreApplication.translate(
            "Skipped", "The folder was not read: it could not be read."
        ),
        SkipReason.DANGLING_LINK: QCoreApplication.translate(
            "Skipped", "It is a link to a file that is not there."
        ),
        SkipReason.NOT_LOOKED_AT: QCoreApplication.translate(
            "Skipped", "It could not be looked at ({detail})."
        ),
        SkipReason.A_FOLDER: QCoreApplication.translate(
            "Skipped", "It is a folder, not a file (the workshop files in it are read)."
        ),
        SkipReason.A_PIPE: QCoreApplication.translate(
            "Skipped", "It is a pipe, not a file, so it was not read."
        ),
        SkipReason.A_SOCKET: QCoreApplication.translate(
            "Skipped", "It is a socket, not a file, so it was not read."
        ),
        SkipReason.A_DEVICE: QCoreApplication.translate(
            "Skipped", "It is a device, not a file, so it was not read."
        ),
        SkipReason.TOO_MANY: QCoreApplication.translate(
            "Skipped", "More than {detail} files were given; this one was not read."
        ),
        SkipReason.REFUSED: QCoreApplication.translate("Skipped", "The file could not be read."),
        SkipReason.SAME_WORKSHOP: QCoreApplication.translate(
            "Skipped", "It is the same workshop as {detail}."
        ),
        SkipReason.FUTURE_DATE: QCoreApplication.translate(
            "Skipped", "Its date, {detail}, is in the future."
        ),
        SkipReason.NO_REGION: QCoreApplication.translate(
            "Skipped", "The workshop names no region."
        ),
    }
    return texts[skipped.why].format(detail=skipped.detail)
