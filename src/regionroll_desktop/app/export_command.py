"""File ▸ Export: every canvas as PNG and SVG and the PDF report, into a folder the user
chooses, with progress that can be cancelled."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QStatusBar, QWidget

from ..export.report import Comparison
from ..ui import dialogs
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session


def export_with_progress(
    parent: QWidget,
    session: Session,
    library: ReferenceLibrary,
    comparison: Comparison | None,
    status: QStatusBar,
) -> list[Path]:
    """Ask for a folder and export into it; returns the files written (none when cancelled
    or failed, which the user is told)."""
    start = session.path.parent if session.path else None
    folder = dialogs.choose_folder(parent, start)
    if folder is None:
        return []
    from ..export.report import ExportCancelledError
    from ..export.run import export_all

    progress = QProgressDialog(
        QCoreApplication.translate("Export", "Exporting…"),
        QCoreApplication.translate("Export", "Cancel"),
        0,
        8,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("Export", "Export"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)

    def step(done: int, total: int) -> bool:
        progress.setMaximum(total)
        progress.setValue(done)
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        written = export_all(
            session.workshop, library, folder, progress=step, comparison=comparison
        )
    except ExportCancelledError:
        status.showMessage(
            QCoreApplication.translate("Export", "Export cancelled; the report was not written."),
            6000,
        )
        return []
    except OSError as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Export", "Could not export"),
            QCoreApplication.translate(
                "Export", "The files could not be written to {folder}."
            ).format(folder=folder),
            str(exc),
        )
        return []
    finally:
        progress.close()
    status.showMessage(
        QCoreApplication.translate("Export", "Exported {n} files to {folder}").format(
            n=len(written), folder=folder
        ),
        8000,
    )
    return written
