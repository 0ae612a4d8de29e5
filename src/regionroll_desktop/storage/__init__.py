"""Files: the workshop format, reference sets, atomic saves. Imports no Qt."""

from .errors import (
    FileErrorKind,
    FileTooLargeError,
    FileUnreadableError,
    ForeignFileError,
    InvalidContentError,
    NewerVersionError,
    NotJsonError,
    SaveError,
    SaveProblem,
    TooDeepError,
    WorkshopFileError,
)
from .jsonio import DiskState, disk_state, is_read_only, shown_path
from .reference_file import (
    load_reference_set,
    save_reference_set,
    shipped_reference_set,
)
from .workshop_file import (
    FORMAT_NAME,
    SCHEMA_VERSION,
    SUFFIX,
    dump_workshop,
    load_workshop,
    load_workshop_bytes,
    open_workshop,
    save_workshop,
    workshop_schema,
)

__all__ = [
    "FORMAT_NAME",
    "SCHEMA_VERSION",
    "SUFFIX",
    "DiskState",
    "FileErrorKind",
    "FileTooLargeError",
    "FileUnreadableError",
    "ForeignFileError",
    "InvalidContentError",
    "NewerVersionError",
    "NotJsonError",
    "SaveError",
    "SaveProblem",
    "TooDeepError",
    "WorkshopFileError",
    "disk_state",
    "dump_workshop",
    "is_read_only",
    "load_reference_set",
    "load_workshop",
    "load_workshop_bytes",
    "open_workshop",
    "save_reference_set",
    "save_workshop",
    "shipped_reference_set",
    "shown_path",
    "workshop_schema",
]
