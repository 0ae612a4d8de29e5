"""File ▸ Export: what to write (the report, the pictures as PNG and/or SVG), how wide the PNG
pictures are, and into which folder; the choices are remembered for next time."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .export_choice import FORMATS, MAX_WIDTH, MIN_WIDTH, ExportChoice
from .widgets import SteadyLabel, muted, named

# Where the folder is chosen: dialogs.choose_folder, passed in by dialogs.ask_export (so tests
# answer it as they answer the other questions, and this module does not import dialogs).
FolderChooser = Callable[[QWidget, Path | None], Path | None]


class ExportDialog(QDialog):
    def __init__(
        self, choice: ExportChoice, choose_folder: FolderChooser, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._choose_folder = choose_folder
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.report = named(QCheckBox(self.tr("The report (PDF)")), "exportReport")
        self.report.setToolTip(
            self.tr("Cover, the four steps, the keys, what changed and the sources")
        )
        self.onepage = named(
            QCheckBox(self.tr("The workshop on one page (PDF and PNG)")), "exportOnePage"
        )
        self.onepage.setToolTip(
            self.tr(
                "One A4 landscape page: the four steps in small, the keys, the room's "
                "conclusions and the actions with who and when"
            )
        )
        self.png = named(QCheckBox(self.tr("Each step's picture as PNG")), "exportPng")
        self.svg = named(QCheckBox(self.tr("Each step's picture as SVG (vector)")), "exportSvg")
        self.csv = named(QCheckBox(self.tr("The actions as a spreadsheet (CSV)")), "exportCsv")
        self.csv.setToolTip(
            self.tr("Opens in Excel: semicolons and UTF-8, as Swedish Excel expects")
        )
        self.answers = named(
            QCheckBox(self.tr("The phones' answers (Excel workbook and CSV)")), "exportAnswers"
        )
        self.answers.setToolTip(
            self.tr(
                "Every phone's answer to each question with its time, a sheet per question; "
                "names only where the room answered by name"
            )
        )
        self.png_width = named(QSpinBox(), "exportWidth")
        self.png_width.setRange(MIN_WIDTH, MAX_WIDTH)
        self.png_width.setSingleStep(160)
        self.png_width.setSuffix(" px")
        self.png_width.setToolTip(self.tr("1920 px fills a Full HD screen; 3840 px prints sharply"))
        self.folder = named(QLineEdit(), "exportFolder")
        self.folder.setPlaceholderText(self.tr("Choose a folder"))
        self.browse = named(QPushButton(self.tr("Choose…")), "exportBrowse")
        self.browse.clicked.connect(self._browse)
        # Room for the reason the export cannot start is kept when there is none: the dialog
        # does not grow, and "Exportera" stays under the pointer, when a box is ticked.
        self.problem = named(SteadyLabel(2), "exportProblem")
        muted(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.report)
        form.addRow(self.onepage)
        form.addRow(self.png)
        form.addRow(self.tr("PNG width:"), self.png_width)
        form.addRow(self.svg)
        form.addRow(self.csv)
        form.addRow(self.answers)
        form.addRow(self.tr("Folder:"), folder_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.report.setChecked("pdf" in choice.formats)
        self.onepage.setChecked("onepage" in choice.formats)
        self.png.setChecked("png" in choice.formats)
        self.svg.setChecked("svg" in choice.formats)
        self.csv.setChecked("csv" in choice.formats)
        self.answers.setChecked("answers" in choice.formats)
        self.png_width.setValue(choice.png_width)
        self.folder.setText(str(choice.folder))
        for box in self._boxes().values():
            box.toggled.connect(self._check)
        self.folder.textChanged.connect(self._check)
        self._check()
        self.resize(520, self.sizeHint().height())

    def _browse(self) -> None:
        text = self.folder.text().strip()
        folder = self._choose_folder(self, Path(text) if text else None)
        if folder is not None:
            self.folder.setText(str(folder))

    def problem_text(self) -> str:
        """Why the export cannot start yet ("" when it can)."""
        if not any(box.isChecked() for box in self._boxes().values()):
            return self.tr(
                "Choose the report, the one page, the pictures, the actions or the answers."
            )
        text = self.folder.text().strip()
        if not text:
            return self.tr("Choose the folder to export into.")
        if not Path(text).is_dir():
            return self.tr("The folder does not exist.")
        return ""

    def _check(self) -> None:
        self.png_width.setEnabled(self.png.isChecked())
        problem = self.problem_text()
        self.problem.setText(problem)
        self.ok.setEnabled(not problem)

    def _boxes(self) -> dict[str, QCheckBox]:
        return {
            "pdf": self.report,
            "onepage": self.onepage,
            "png": self.png,
            "svg": self.svg,
            "csv": self.csv,
            "answers": self.answers,
        }

    def choice(self) -> ExportChoice:
        chosen = self._boxes()
        return ExportChoice(
            tuple(f for f in FORMATS if chosen[f].isChecked()),
            self.png_width.value(),
            Path(self.folder.text().strip()),
        )
