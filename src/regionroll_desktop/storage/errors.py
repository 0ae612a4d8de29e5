"""The named ways a file can be wrong. Each message is one sentence a facilitator understands.

The UI translates by `kind`; `str(error)` is the English sentence (used by the command line).
"""

from __future__ import annotations

from enum import StrEnum


class FileErrorKind(StrEnum):
    UNREADABLE = "unreadable"
    TOO_LARGE = "too_large"
    NOT_JSON = "not_json"
    TOO_DEEP = "too_deep"
    FOREIGN = "foreign"
    NEWER_VERSION = "newer_version"
    INVALID = "invalid"
    UNWRITABLE = "unwritable"


class WorkshopFileError(Exception):
    """Base of every error the file layer raises; nothing else escapes a load or a save."""

    kind: FileErrorKind

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail  # e.g. the OS error or the first invalid field, for the curious
        self.what = "workshop"  # the kind of file it was about: "workshop", "reference set", …


class Unreadable(StrEnum):
    """Why a file could not be read, so the UI can say it in its language."""

    MISSING = "missing"
    FOLDER = "folder"
    NOT_A_FILE = "not_a_file"  # a pipe, a device or a socket
    PERMISSION = "permission"
    OTHER = "other"


class FileUnreadableError(WorkshopFileError):
    kind = FileErrorKind.UNREADABLE

    def __init__(
        self, message: str, *, reason: Unreadable = Unreadable.OTHER, detail: str = ""
    ) -> None:
        super().__init__(message, detail=detail)
        self.reason = reason


class FileTooLargeError(WorkshopFileError):
    kind = FileErrorKind.TOO_LARGE


class NotJsonError(WorkshopFileError):
    kind = FileErrorKind.NOT_JSON


class TooDeepError(WorkshopFileError):
    kind = FileErrorKind.TOO_DEEP


class ForeignFileError(WorkshopFileError):
    kind = FileErrorKind.FOREIGN


class NewerVersionError(WorkshopFileError):
    kind = FileErrorKind.NEWER_VERSION

    def __init__(self, message: str, *, version: int, supported: int) -> None:
        super().__init__(message, detail=f"file version {version}, this app reads {supported}")
        self.version = version
        self.supported = supported


class InvalidContentError(WorkshopFileError):
    kind = FileErrorKind.INVALID


class SaveProblem(StrEnum):
    """Why a save failed, so the UI can say it in the user's language."""

    PERMISSION = "permission"
    DISK_FULL = "disk_full"
    READ_ONLY_DISK = "read_only_disk"
    FOLDER_GONE = "folder_gone"
    NAME_TOO_LONG = "name_too_long"
    TOO_LARGE = "too_large"  # more than a load accepts: never written
    BLOCKED = "blocked"  # another program holds the file (Windows: a virus scanner, a sync client)
    OTHER = "other"


class SaveError(WorkshopFileError):
    kind = FileErrorKind.UNWRITABLE

    def __init__(
        self,
        message: str,
        *,
        problem: SaveProblem = SaveProblem.OTHER,
        detail: str = "",
        name: str = "",
    ) -> None:
        super().__init__(message, detail=detail)
        self.problem = problem
        self.name = name  # the file's name, when the failure is about one file
