"""Keys named as the user's keyboard names them.

Shortcuts are written the portable way ("Ctrl+T"); Qt binds them to Cmd on macOS. Text that
names a key for the user goes through `native_keys`, so a Mac shows "⌘T" where Windows and
Linux show "Ctrl+T" (the Help list reads the commands' own shortcuts the same way).
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence


def native_keys(portable: str) -> str:
    """ "Ctrl+T" as this system writes it: "Ctrl+T", or "⌘T" on macOS."""
    sequence = QKeySequence(portable, QKeySequence.SequenceFormat.PortableText)
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def command_key() -> str:
    """The name of the key that Qt's "Ctrl" is on this system, for "… + wheel" and the like."""
    if sys.platform == "darwin":
        return "⌘"
    return QCoreApplication.translate("Keys", "Ctrl")
