"""The start page: a new workshop for a reference region or a region of its own, open, recent."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Language, RegionChoice, Step
from ..model.deck import STEP_QUESTIONS, STEP_TITLES
from ..reference import ReferenceSet
from ..storage import shown_path
from ..ui.i18n import language
from ..ui.widgets import Retranslating, heading, muted, named

OWN = "__own__"


class StartPage(Retranslating, QWidget):
    newRequested = Signal(object, str)  # noqa: N815  RegionChoice | None, title
    openRequested = Signal(object)  # noqa: N815  Path | None (None: ask for a file)
    sampleRequested = Signal()  # noqa: N815
    followUpRequested = Signal(object)  # noqa: N815  Path | None (None: ask for a file)

    def __init__(self, reference: ReferenceSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._reference = reference
        self.setObjectName("startPage")

        self.title = QLabel()
        heading(self.title, 2.0)
        self.intro = QLabel()
        self.intro.setWordWrap(True)

        self.new_box = QGroupBox()
        self.region = QComboBox()
        self.region.setObjectName("startRegion")
        self.own_name = QLineEdit()
        self.own_name.setObjectName("startOwnName")
        self.workshop_title = QLineEdit()
        self.workshop_title.setObjectName("startTitle")
        self.create_button = QPushButton()
        self.create_button.setObjectName("startCreate")
        self.create_button.setDefault(True)
        form = QFormLayout(self.new_box)
        self.region_label = QLabel()
        self.own_label = QLabel()
        self.title_label = QLabel()
        form.addRow(self.region_label, self.region)
        form.addRow(self.own_label, self.own_name)
        form.addRow(self.title_label, self.workshop_title)
        form.addRow(self.create_button)

        self.open_box = QGroupBox()
        self.open_button = QPushButton()
        self.open_button.setObjectName("startOpen")
        self.recent = QListWidget()
        self.recent.setObjectName("startRecent")
        self.recent.setMinimumHeight(160)
        # Each file's name and folder on two lines: every other file shaded, a little air
        # between them, so that a folder reads with its file (they ran together).
        self.recent.setAlternatingRowColors(True)
        self.recent.setSpacing(2)
        self.no_recent = QLabel()
        self.sample_button = named(QPushButton(), "startSample")
        # A follow-up of a previous workshop: the chosen recent one, or a file.
        self.follow_button = named(QPushButton(), "startFollowUp")
        open_layout = QVBoxLayout(self.open_box)
        open_layout.addWidget(self.open_button)
        open_layout.addWidget(self.follow_button)
        open_layout.addWidget(self.recent)
        open_layout.addWidget(self.no_recent)
        open_layout.addWidget(self.sample_button)

        columns = QHBoxLayout()
        columns.addWidget(self.new_box, 3, Qt.AlignmentFlag.AlignTop)
        columns.addWidget(self.open_box, 2, Qt.AlignmentFlag.AlignTop)
        self.source = QLabel()
        self.source.setWordWrap(True)
        muted(self.source)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(12)
        layout.addLayout(columns)
        layout.addSpacing(12)
        self.agenda_box = QGroupBox()
        self.agenda = named(QLabel(), "startAgenda")
        self.agenda.setWordWrap(True)
        self.agenda.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.agenda_box).addWidget(self.agenda)
        layout.addWidget(self.agenda_box)
        layout.addStretch(1)
        layout.addWidget(self.source)

        self.region.currentIndexChanged.connect(self._region_changed)
        self.create_button.clicked.connect(self._create)
        self.own_name.returnPressed.connect(self._create)
        self.workshop_title.returnPressed.connect(self._create)
        self.open_button.clicked.connect(lambda: self.openRequested.emit(None))
        self.sample_button.clicked.connect(self.sampleRequested)
        self.follow_button.clicked.connect(self._follow_up)
        self.recent.itemActivated.connect(
            lambda item: self.openRequested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))
        )
        self.retranslate()

    def _follow_up(self) -> None:
        """A follow-up of the recent workshop chosen in the list, or of a file (None)."""
        item = self.recent.currentItem() if self.recent.isVisible() else None
        chosen = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        self.followUpRequested.emit(Path(chosen) if chosen else None)

    def set_recent_files(self, paths: list[Path]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{shown_path(path.name)}\n{shown_path(path.parent)}")
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.recent.addItem(item)
        self.recent.setVisible(bool(paths))
        self.no_recent.setVisible(not paths)

    def _fill_regions(self) -> None:
        current = self.region.currentData()
        blocked = self.region.blockSignals(True)
        self.region.clear()
        self.region.addItem(self.tr("Choose a region…"), None)
        for r in self._reference.regions:
            self.region.addItem(r.name, r.code)
        self.region.addItem(self.tr("A region of its own…"), OWN)
        index = self.region.findData(current)
        self.region.setCurrentIndex(max(index, 0))
        self.region.blockSignals(blocked)
        self._region_changed()

    def _region_changed(self) -> None:
        own = self.region.currentData() == OWN
        self.own_name.setEnabled(own)
        self.own_label.setEnabled(own)
        if own:
            self.own_name.setFocus()

    def chosen_region(self) -> RegionChoice | None:
        data = self.region.currentData()
        if data == OWN:
            name = self.own_name.text().strip()
            if not name:
                return None
            match = self._reference.resolve(name)
            if match is not None:
                return RegionChoice(code=match.code, name=match.name)
            return RegionChoice(name=name)
        if data is None:
            return None
        return RegionChoice(code=data, name=self._reference.region(data).name)

    def _create(self) -> None:
        self.newRequested.emit(self.chosen_region(), self.workshop_title.text().strip())

    def retranslate(self) -> None:
        self.title.setText(self.tr("The region's role in regional development"))
        self.intro.setText(
            self.tr(
                "A workshop in four steps – Organisation, Finansiering, Strategi and "
                "Genomförandepraktik – built on the deck “Regionens roll” (WSP for SKL, 2019)."
            )
        )
        self.new_box.setTitle(self.tr("New workshop"))
        self.region_label.setText(self.tr("&Region:"))
        self.region_label.setBuddy(self.region)
        self.own_label.setText(self.tr("Region's &name:"))
        self.own_label.setBuddy(self.own_name)
        self.own_name.setPlaceholderText(self.tr("e.g. a region being formed"))
        self.title_label.setText(self.tr("&Title:"))
        self.title_label.setBuddy(self.workshop_title)
        self.workshop_title.setPlaceholderText(self.tr("e.g. Regionens roll – workshop 1"))
        self.create_button.setText(self.tr("&Start the workshop"))
        self.create_button.setToolTip(self.tr("Start a new workshop for the chosen region"))
        self.open_box.setTitle(self.tr("Open"))
        self.open_button.setText(self.tr("&Open a workshop file…"))
        self.follow_button.setText(self.tr("New &follow-up…"))
        self.follow_button.setToolTip(
            self.tr(
                "A new workshop that starts from a previous one (the recent workshop chosen "
                "below, or a file): its organisation and strategy as they were left, its "
                "answers beside, its actions to review first"
            )
        )
        self.no_recent.setText(self.tr("No recently opened workshops."))
        self.sample_button.setText(self.tr("Open the &example (an invented region)"))
        self.sample_button.setToolTip(
            self.tr(
                "A workshop for an invented region with every step filled in, to see what the "
                "tool does. It opens as a new, unsaved workshop."
            )
        )
        self.source.setText(
            self.tr(
                "Reference data: {name}. Every fact carries its source; see Help ▸ About."
            ).format(name=self._reference.name)
        )
        lang = language()
        self.agenda_box.setTitle(self.tr("The workshop's four questions"))
        self.agenda.setText(
            "<table cellpadding='6'>"
            + "".join(
                f"<tr><td><b>{n}.&nbsp;{STEP_TITLES[s].text(Language.SV)}</b></td>"
                f"<td>{STEP_QUESTIONS[s].text(lang)}</td></tr>"
                for n, s in enumerate(Step, start=1)
            )
            + "</table>"
        )
        self.agenda.setToolTip(
            self.tr("Source: {source}").format(source=STEP_QUESTIONS[Step.ORGANISATION].source)
        )
        self._fill_regions()
