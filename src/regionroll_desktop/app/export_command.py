"""File ▸ Export: the report and/or each step's picture, at a chosen PNG width, into a chosen
folder (all remembered), with progress that can be cancelled and the folder opened after."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QProgressDialog, QStatusBar, QWidget

from ..export.report import Comparison
from ..model.text import one_or_many
from ..storage import SaveError, SaveProblem
from ..ui import dialogs
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session
from ..ui.settings import AppSettings

# Windows' errors for a file another program has open: access denied, sharing and lock
# violations (a PDF reader showing last export's report, a spreadsheet with the actions).
HELD_ELSEWHERE = frozenset({5, 32, 33})


def export_problem(exc: OSError | SaveError, folder: Path) -> str:
    """What went wrong, in one sentence the user can act on."""
    if isinstance(exc, SaveError):
        target = exc.name if exc.problem is SaveProblem.BLOCKED else ""
    elif getattr(exc, "winerror", None) in HELD_ELSEWHERE:
        target = exc.filename2 or exc.filename
    else:
        target = ""
    if target:
        return QCoreApplication.translate(
            "Export",
            "{name} is open in another program (a PDF reader or a spreadsheet); close it "
            "there and export again. The file as it was is unchanged.",
        ).format(name=Path(target).name)
    return QCoreApplication.translate(
        "Export", "The files could not be written to {folder}."
    ).format(folder=folder)


def _progress(parent: QWidget) -> tuple[QProgressDialog, Callable[[int, int], bool]]:
    """A progress dialog that can be cancelled, and the callback an export reports to."""
    progress = QProgressDialog(
        QCoreApplication.translate("Export", "Exporting…"),
        QCoreApplication.translate("Export", "Cancel"),
        0,
        1,
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

    return progress, step


def _done(parent: QWidget, status: QStatusBar | None, count: int, folder: Path) -> None:
    """Say what was written where (in the status bar too, when there is one) and offer to
    open the folder."""
    done = one_or_many(
        count,
        QCoreApplication.translate("Export", "Exported {n} file to {folder}"),
        QCoreApplication.translate("Export", "Exported {n} files to {folder}"),
    ).format(n=count, folder=folder)
    if status is not None:
        status.showMessage(done, 8000)
    title = QCoreApplication.translate("Export", "Export done")
    if dialogs.ask_open_folder(parent, title, done + "."):
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def export_with_progress(
    parent: QWidget,
    session: Session,
    library: ReferenceLibrary,
    comparison: Comparison | None,
    status: QStatusBar,
    settings: AppSettings,
    snapshot_id: str | None = None,
) -> list[Path]:
    """Ask what to export and where, and export it; returns the files written (none when
    cancelled or failed, which the user is told). With `snapshot_id`, the snapshot of that id
    as it was when taken (export/as_taken.py), not the current state."""
    start = session.path.parent if session.path else Path.home()
    choice = dialogs.ask_export(parent, settings.export_choice(start))
    if choice is None:
        return []
    settings.remember_export(choice)
    from ..export.as_taken import as_taken
    from ..export.report import ExportCancelledError
    from ..export.run import export_all

    workshop, snapshot = session.workshop, None
    if snapshot_id is not None:
        snapshot = next((s for s in workshop.snapshots if s.id == snapshot_id), None)
        if snapshot is None:
            return []  # deleted while the dialog was open
        workshop, comparison = as_taken(workshop, snapshot)

    progress, step = _progress(parent)

    folder = choice.folder
    try:
        written = export_all(
            workshop,
            library,
            folder,
            formats=choice.formats,
            png_width=choice.png_width,
            progress=step,
            comparison=comparison,
            snapshot=snapshot,
        )
    except ExportCancelledError:
        status.showMessage(
            QCoreApplication.translate("Export", "Export cancelled; nothing was written."), 6000
        )
        return []
    except (OSError, SaveError) as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Export", "Could not export"),
            export_problem(exc, folder),
            str(exc),
        )
        return []
    finally:
        progress.close()
    _done(parent, status, len(written), folder)
    return written


def export_journey(parent: QWidget, session: Session, library: ReferenceLibrary) -> Path | None:
    """Jämför ▸ Exportera resan…: ask for a folder and write the journey report into it (the
    snapshots in time order and the state now, step by step); returns the file, or None when
    cancelled or failed (which the user is told)."""
    from ..export.journey import write_journey
    from ..export.run import file_stem

    start = session.path.parent if session.path else Path.home()
    title = QCoreApplication.translate("Export", "Export the journey into folder")
    folder = dialogs.choose_folder(parent, start, title)
    if folder is None:
        return None
    workshop = session.workshop
    path = folder / f"{file_stem(workshop.details.title)}-resan.pdf"
    return written_with_progress(
        parent, folder, path, lambda step: write_journey(workshop, library, path, step)
    )


def written_with_progress(
    parent: QWidget, folder: Path, path: Path, write: Callable[[Callable[[int, int], bool]], Path]
) -> Path | None:
    """Write one document (a journey, the national report) to `path` in `folder` with a
    progress dialog (`write` given its step); the file, or None when cancelled or failed
    (which the user is told)."""
    from ..export.report import ExportCancelledError

    progress, step = _progress(parent)
    try:
        write(step)
    except ExportCancelledError:
        return None
    except (OSError, SaveError) as exc:
        title = QCoreApplication.translate("Export", "Could not export")
        dialogs.show_error(parent, title, export_problem(exc, folder), str(exc))
        return None
    finally:
        progress.close()
    _done(parent, None, 1, folder)
    return path


def export_region_journey(
    parent: QWidget, session: Session, library: ReferenceLibrary
) -> Path | None:
    """Jämför ▸ Regionens resa…: the region's workshops chosen as files (this one's own file
    among them when saved), then a folder; their journey in the order they were held, each
    named by its day with its file as the source. Files of another region are refused in
    words, and nothing is written."""
    from ..export.journey import MixedRegionsError, workshop_stops, write_journey
    from ..export.run import file_stem
    from ..storage import WorkshopFileError, load_workshop

    start = session.path.parent if session.path else Path.home()
    paths = dialogs.open_paths(parent, start)
    if session.path is not None and session.path not in paths and paths:
        paths = [session.path, *paths]
    if len(paths) < 2:
        if paths:
            dialogs.show_error(
                parent,
                QCoreApplication.translate("Export", "The region's journey"),
                QCoreApplication.translate(
                    "Export", "Choose at least two of the region's workshop files."
                ),
            )
        return None
    loaded = []
    for path in paths:
        try:
            loaded.append((path, load_workshop(path)))
        except WorkshopFileError as exc:
            dialogs.show_error(
                parent,
                QCoreApplication.translate("Export", "Could not export"),
                f"{path.name}: {exc}",
            )
            return None
    try:
        stops = workshop_stops(loaded)
    except MixedRegionsError as exc:
        dialogs.show_error(
            parent,
            QCoreApplication.translate("Export", "The region's journey"),
            QCoreApplication.translate(
                "Export", "A journey is one region's; these files hold several: {regions}."
            ).format(regions=str(exc)),
        )
        return None
    title = QCoreApplication.translate("Export", "Export the region's journey into folder")
    folder = dialogs.choose_folder(parent, start, title)
    if folder is None:
        return None
    latest = stops[-1].workshop
    name = latest.region.name if latest.region else latest.details.title
    path = folder / f"{file_stem(name)}-resan.pdf"
    return written_with_progress(
        parent, folder, path, lambda step: write_journey(latest, library, path, step, stops=stops)
    )
