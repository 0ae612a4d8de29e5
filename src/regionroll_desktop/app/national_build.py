"""Arkiv ▸ Referensregioner från workshoppar…: a reference set built from the regions' own
workshop files (a folder of them), laid over the shipped set, so the comparison and the
matrix's reference regions show what the regions' own workshops found."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from ..reference import ReferenceSetError
from ..storage.reference_build import build_reference_set, shown_name
from ..ui import dialogs
from ..ui.messages import describe_skip
from ..ui.reference_files import save_reference_set
from ..ui.reference_library import ReferenceLibrary
from ..ui.widgets import named


class NationalBuild(QObject):
    def __init__(self, window: QWidget, library: ReferenceLibrary) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self.action = named(QAction(window), "actReferenceFromWorkshops")
        self.action.triggered.connect(self.build)
        self.retranslate()

    def build(self) -> bool:
        """Ask for a folder, build, say what was used and skipped, and lay the set over the
        shipped one (offering to save it); False when cancelled or nothing was usable."""
        folder = dialogs.choose_folder(
            self._window, None, self.tr("Folder with the regions' workshop files")
        )
        if folder is None:
            return False
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = build_reference_set([folder], folder.name or self.tr("Workshops"))
        finally:
            QGuiApplication.restoreOverrideCursor()
        skipped = "\n".join(f"{shown_name(s.path)}: {describe_skip(s)}" for s in result.skipped)
        title = self.tr("Reference regions from workshops")
        if not result.used:
            dialogs.show_error(
                self._window,
                title,
                self.tr("No workshop file in {folder} could be used.").format(folder=folder),
                skipped,
            )
            return False
        try:
            self._library.use(result.reference_set)
        except ReferenceSetError as exc:
            dialogs.show_error(self._window, title, str(exc), skipped)
            return False
        text = self.tr(
            "{regions} regions from {used} workshop files are now the reference regions; "
            "{skipped} files were skipped."
        ).format(
            regions=len(result.reference_set.regions),
            used=result.used,
            skipped=len(result.skipped),
        )
        if dialogs.ask_save_built_set(self._window, title, text, skipped):
            save_reference_set(self._window, self._library)
        return True

    def retranslate(self) -> None:
        self.action.setText(self.tr("Reference regions from &workshops…"))
        self.action.setToolTip(
            self.tr(
                "Build reference regions from a folder of the regions' own workshop files: "
                "each region's latest workshop gives its positions, models, roles and keys"
            )
        )
