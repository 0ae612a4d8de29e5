"""Arkiv ▸ Nationell rapport…: the national report (export/national_report.py) of the regions'
own workshops: of the reference regions in use (a set built from workshop files), or of a
reference-set file chosen here; by name or anonymised; into a chosen folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..analysis.national import national_picture, shuffled
from ..model.text import one_or_many
from ..reference import ReferenceSet
from ..storage import WorkshopFileError, load_reference_set
from ..ui import dialogs
from ..ui.reference_library import ReferenceLibrary
from ..ui.widgets import named
from .export_command import written_with_progress


def _held(series: ReferenceSet, deck: ReferenceSet) -> int:
    """How many regions of `series` held a workshop."""
    return len(national_picture(series, deck).entries)


class NationalReportDialog(QDialog):
    """Which set the report is of (the reference regions in use, or a file) and whether it
    names the regions."""

    def __init__(self, library: ReferenceLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("National report"))
        self._library = library
        self.series: ReferenceSet = library.overlay or library.merged
        self.source = named(QLabel(wordWrap=True), "nationalReportSource")
        self.choose = named(QPushButton(self.tr("Choose a reference set file…")), "chooseSet")
        self.choose.setToolTip(
            self.tr("A set built from the regions' workshop files (regionroll reference build)")
        )
        self.choose.clicked.connect(self._choose)
        self.anonymise = named(
            QCheckBox(self.tr("Anonymise: the regions as Region A, B, C … in a shuffled order")),
            "anonymise",
        )
        self.anonymise.setToolTip(
            self.tr(
                "For a network that shares results without naming anyone: no region, file, "
                "title, facilitator or strategy is named in the report"
            )
        )
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Write report…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(self.choose)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The national picture from the regions' own workshops as a PDF: per question "
                "every region with a workshop beside the deck's 2019 facts, the series of "
                "workshops, and the regions without one."
            ),
            wordWrap=True,
        )
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.anonymise)
        layout.addWidget(self.buttons)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with its words
        self.setMinimumWidth(560)
        self._show_source()

    def _show_source(self) -> None:
        held = _held(self.series, self._library.base)
        text = one_or_many(
            held,
            self.tr("From “{name}”: {n} region with a workshop."),
            self.tr("From “{name}”: {n} regions with a workshop."),
        ).format(name=self.series.name, n=held)
        if not held:
            text += " " + self.tr(
                "Build the reference regions from the workshop files first (File ▸ Reference "
                "regions from workshops…), or choose a set file."
            )
        self.source.setText(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(held > 0)

    def _choose(self) -> None:
        path = dialogs.open_path(self, self._library.path, dialogs.REFERENCE_SET_FILE)
        if path is None:
            return
        try:
            self.series = load_reference_set(path)
        except WorkshopFileError as exc:
            dialogs.show_file_error(self, self.tr("National report"), exc)
            return
        self._show_source()


class NationalReport(QObject):
    def __init__(self, window: QWidget, library: ReferenceLibrary) -> None:
        super().__init__(window)
        self._window = window
        self._library = library
        self.action = named(QAction(window), "actNationalReport")
        self.action.triggered.connect(self.run)
        self.retranslate()

    def run(self) -> Path | None:
        """Ask which set and how, then the folder; write the report with progress. The file,
        or None when cancelled or failed (which the user is told)."""
        from ..export.national_report import report_name, write_national_report

        dialog = NationalReportDialog(self._library, self._window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        anonymise = dialog.anonymise.isChecked()
        series, deck = dialog.series, self._library.base
        title = self.tr("Write the national report into folder")
        start = self._library.path.parent if self._library.path else None
        folder = dialogs.choose_folder(self._window, start, title)
        if folder is None:
            return None
        path = folder / report_name(anonymise)
        rng = shuffled() if anonymise else None
        return written_with_progress(
            self._window,
            folder,
            path,
            lambda step: write_national_report(series, deck, path, rng, step),
        )

    def retranslate(self) -> None:
        self.action.setText(self.tr("National &report…"))
        self.action.setToolTip(
            self.tr(
                "The national picture from the regions' own workshops as a PDF, by name or "
                "anonymised"
            )
        )
