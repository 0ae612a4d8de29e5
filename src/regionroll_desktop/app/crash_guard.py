"""An error inside the app never costs the room its work.

Qt calls Python slots from C++, so an exception in one would only be printed to a console the
facilitator never sees. The guard (installed as `sys.excepthook` by `run`) autosaves the
workshop at once, writes the error to a log file beside the recovery files, and tells the user
in one calm sentence that the work is safe. The app keeps running.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication

from .. import __version__
from ..ui import dialogs
from .main_window import MainWindow

LOG_LIMIT_BYTES = 1024 * 1024  # the log starts afresh beyond this


class CrashGuard:
    def __init__(self, window: MainWindow, log_path: Path) -> None:
        self.window = window
        self.log_path = log_path
        self._showing = False
        self._previous = sys.excepthook

    def install(self) -> None:
        sys.excepthook = self.handle

    def uninstall(self) -> None:
        sys.excepthook = self._previous

    def handle(
        self,
        kind: type[BaseException],
        error: BaseException,
        tb: TracebackType | None,
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous(kind, error, tb)
            return
        text = "".join(traceback.format_exception(kind, error, tb))
        saved = self._autosave()
        logged = self._log(text)
        sys.stderr.write(text)
        if self._showing:  # an error while the message is up: logged, not shown twice
            return
        self._showing = True
        try:
            dialogs.show_error(self.window, *self._message(saved, logged), detail=text)
        finally:
            self._showing = False

    def _autosave(self) -> bool:
        autosaver = self.window.document.autosaver
        try:
            autosaver.save_now()
        except Exception:  # the guard itself must never fail
            return False
        return not self.window.session.modified or autosaver.path.exists()

    def _log(self, text: str) -> bool:
        try:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            if self.log_path.exists() and self.log_path.stat().st_size > LOG_LIMIT_BYTES:
                self.log_path.unlink()
            with self.log_path.open("a", encoding="utf-8") as fh:
                fh.write(f"--- {datetime.now().isoformat(timespec='seconds')} ")
                fh.write(f"RegionRoll {__version__}\n{text}\n")
        except OSError:
            return False
        return True

    def _message(self, saved: bool, logged: bool) -> tuple[str, str]:
        title = QCoreApplication.translate("CrashGuard", "Something went wrong")
        if saved:
            text = QCoreApplication.translate(
                "CrashGuard",
                "An error occurred inside RegionRoll. Your workshop is safe: it was autosaved "
                "just now. You can go on working; save when you can.",
            )
        else:
            text = QCoreApplication.translate(
                "CrashGuard",
                "An error occurred inside RegionRoll, and the workshop could not be autosaved. "
                "Save it now, under a new name if you like.",
            )
        if logged:
            text += " " + QCoreApplication.translate(
                "CrashGuard", "The details are in {log}."
            ).format(log=self.log_path)
        return title, text
