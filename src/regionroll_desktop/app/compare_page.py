"""Snapshots and comparison: take, rename, delete, restore and import snapshots; see what
changed between two states in words; hold the region against the reference regions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontInfo, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..analysis.compare import LIKENESS_ATTRIBUTES, similarity, what_changed
from ..canvases.figures import comparison_figure
from ..canvases.step_canvas import Figure
from ..figures.drawing import PAGE_PX
from ..model import MatrixPosition, Workshop
from ..model import edits as e
from ..model.values import RoleWeights
from ..storage import WorkshopFileError, load_workshop
from ..ui import dialogs
from ..ui.change_words import describe_change, weight_rule
from ..ui.figure_widget import FigureWidget
from ..ui.i18n import language
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session
from ..ui.side_by_side import comparison_rows
from ..ui.step_summary import main_role_words, position_words
from ..ui.step_words import deck_caveat
from ..ui.widgets import Retranslating, heading, muted, named
from .export_command import export_journey, export_region_journey

CURRENT = "__current__"
DIFFERS = "#fef3c7"  # a cell that differs from the other column


class PairTable(QTableWidget):
    """What differs between the two states: the row's name, then each state's words, both
    states always in view (no sideways scrolling), long words wrapped onto more lines rather
    than cut (issue #33: at 1920 px the second state was behind a scroll bar)."""

    LABEL_SHARE = 0.34  # of the width, at most, for the rows' names

    def __init__(self) -> None:
        super().__init__()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QTableWidget.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def fit(self) -> None:
        """The names' column as wide as its words up to its share, the states share the rest;
        each row as tall as its wrapped words."""
        header = self.horizontalHeader()
        if self.columnCount() == 0:
            return
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        width = self.viewport().width()
        label = min(self.sizeHintForColumn(0) + 8, round(width * self.LABEL_SHARE))
        self.setColumnWidth(0, max(label, header.minimumSectionSize()))
        for column in range(1, self.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.resizeRowsToContents()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit()


class ComparePage(Retranslating, QWidget):
    # A snapshot's id: export it as it was (the window asks what and where).
    exportRequested = Signal(str)  # noqa: N815 (Qt's naming)
    # The facilitator chose other states to compare (the projector shows them too).
    chosenChanged = Signal()  # noqa: N815 (Qt's naming)

    def __init__(
        self, session: Session, library: ReferenceLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("comparePage")
        self.session = session
        self.library = library
        self.title = QLabel()
        heading(self.title, 1.6)

        self.snapshots_box = QGroupBox()
        self.snapshots = named(QListWidget(), "snapshotList")
        self.take = named(QPushButton(), "snapshotTake")
        self.rename = named(QPushButton(), "snapshotRename")
        self.delete = named(QPushButton(), "snapshotDelete")
        self.restore = named(QPushButton(), "snapshotRestore")
        self.import_file = named(QPushButton(), "snapshotImport")
        self.export = named(QPushButton(), "snapshotExport")
        self.journey = named(QPushButton(), "journeyExport")
        self.region_journey = named(QPushButton(), "regionJourneyExport")
        buttons = QGridLayout()
        for i, button in enumerate(
            (self.take, self.rename, self.delete, self.restore, self.import_file, self.export)
        ):
            buttons.addWidget(button, i // 2, i % 2)
        box = QVBoxLayout(self.snapshots_box)
        box.addWidget(self.snapshots, 1)
        buttons.addWidget(self.journey, 3, 0, 1, 2)
        buttons.addWidget(self.region_journey, 4, 0, 1, 2)
        box.addLayout(buttons)

        self.changes_box = QGroupBox()
        self.left = named(QComboBox(), "compareLeft")
        self.right = named(QComboBox(), "compareRight")
        self.arrow = QLabel("→")
        self.changes = named(QListWidget(), "changeList")
        self.changes.setWordWrap(True)
        pick = QHBoxLayout()
        pick.addWidget(self.left, 1)
        pick.addWidget(self.arrow)
        pick.addWidget(self.right, 1)
        changes = QVBoxLayout(self.changes_box)
        changes.addLayout(pick)
        changes.addWidget(self.changes, 1)
        # The app's rule behind the list, under it.
        self.changes_rule = named(QLabel(textFormat=Qt.TextFormat.PlainText), "changesRule")
        self.changes_rule.setWordWrap(True)
        muted(self.changes_rule)
        changes.addWidget(self.changes_rule)

        self.reference_box = QGroupBox()
        self.table = named(QTableWidget(), "similarityTable")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.rule = named(QLabel(textFormat=Qt.TextFormat.PlainText), "similarityRule")
        self.rule.setWordWrap(True)
        ref = QVBoxLayout(self.reference_box)
        ref.addWidget(self.table, 1)
        ref.addWidget(self.rule)

        # The two states on one matrix, laid out for the widget's size in the page's type.
        self._pair: tuple[Workshop, Workshop, str, str] | None = None
        self.pair = named(
            FigureWidget(
                lambda: self._pair_figure(QSize(600, 600), PAGE_PX), fitted=self._pair_figure
            ),
            "comparePair",
        )
        self.pair.set_least_px(QFontInfo(self.font()).pixelSize())
        self.pair_table = named(PairTable(), "sideBySideTable")
        # Before two states are chosen, a sentence says how, not an empty matrix.
        self.pair_empty = named(QLabel(wordWrap=True), "sideBySideEmpty")
        self.pair_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        side = QWidget()
        side_layout = QHBoxLayout(side)
        side_layout.addWidget(self.pair, 1)
        side_layout.addWidget(self.pair_table, 1)
        side_layout.addWidget(self.pair_empty, 1)
        self.tabs = named(QTabWidget(), "compareTabs")
        self.tabs.addTab(side, "")
        self.tabs.addTab(self.reference_box, "")

        top = QWidget()
        columns = QHBoxLayout(top)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(self.snapshots_box, 2)
        columns.addWidget(self.changes_box, 3)
        # The lists above and the comparison below share the height; the user moves the line
        # between them (on a laptop's 768 lines the matrix side by side had some 200 px).
        self.split = named(QSplitter(Qt.Orientation.Vertical), "compareSplit")
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(top)
        self.split.addWidget(self.tabs)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title)
        layout.addWidget(self.split, 1)

        self.take.clicked.connect(self.take_snapshot)
        self.rename.clicked.connect(self.rename_snapshot)
        self.delete.clicked.connect(self.delete_snapshot)
        self.restore.clicked.connect(self.restore_snapshot)
        self.import_file.clicked.connect(lambda: self.import_snapshot(None))
        self.export.clicked.connect(self.export_snapshot)
        self.journey.clicked.connect(lambda: export_journey(self, self.session, self.library))
        self.region_journey.clicked.connect(
            lambda: export_region_journey(self, self.session, self.library)
        )
        self.snapshots.currentRowChanged.connect(self._update_buttons)
        self.left.activated.connect(lambda _: self._choose())
        self.right.activated.connect(lambda _: self._choose())
        # Comparing is not free (every snapshot against now, every reference region): a hidden
        # page only notes that it is out of date and catches up when it is shown or asked.
        self._stale = False
        session.changed.connect(self._outdated)
        library.changed.connect(self._outdated)
        self.retranslate()

    # --- snapshots ---

    def _selected(self) -> str | None:
        item = self.snapshots.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def take_snapshot(self) -> None:
        count = len(self.session.workshop.snapshots) + 1
        name = dialogs.ask_text(
            self,
            self.tr("Take a snapshot"),
            self.tr("Name:"),
            self.tr("Snapshot {n}").format(n=count),
        )
        if name is None:
            return
        snap_id = e.new_id("snap")
        self.session.apply(
            self.tr("Take snapshot “{name}”").format(name=name),
            lambda w: e.take_snapshot(w, name, snapshot_id=snap_id),
        )
        self._select(snap_id)
        self.right.setCurrentIndex(self.right.findData(CURRENT))
        self.left.setCurrentIndex(self.left.findData(snap_id))
        self._show_changes()

    def rename_snapshot(self) -> None:
        snap_id = self._selected()
        if snap_id is None:
            return
        current = next(s.name for s in self.session.workshop.snapshots if s.id == snap_id)
        name = dialogs.ask_text(self, self.tr("Rename snapshot"), self.tr("Name:"), current)
        if name is not None:
            self.session.apply(
                self.tr("Rename snapshot"), lambda w: e.rename_snapshot(w, snap_id, name)
            )

    def delete_snapshot(self) -> None:
        snap_id = self._selected()
        if snap_id is not None:
            self.session.apply(self.tr("Delete snapshot"), lambda w: e.delete_snapshot(w, snap_id))

    def restore_snapshot(self) -> None:
        """The snapshot becomes the current state; one undo step brings the old one back."""
        snap_id = self._selected()
        if snap_id is not None:
            self.session.apply(
                self.tr("Restore snapshot"), lambda w: e.restore_snapshot(w, snap_id)
            )

    def export_snapshot(self) -> None:
        """The chosen snapshot's report and pictures, as it was, without restoring it."""
        snap_id = self._selected()
        if snap_id is not None:
            self.exportRequested.emit(snap_id)

    def import_snapshot(self, path: Path | None) -> bool:
        """Another workshop file (e.g. a group's) becomes a snapshot of this one."""
        path = path or dialogs.open_path(self, None)
        if path is None:
            return False
        try:
            other = load_workshop(path)
        except WorkshopFileError as exc:
            dialogs.show_file_error(
                self, self.tr("Could not import {name}").format(name=path.name), exc
            )
            return False
        name = other.details.title or path.name.removesuffix(".regionroll.json")
        snap_id = e.new_id("snap")

        def edit(w: Workshop) -> Workshop:
            taken = e.take_snapshot(other.without_snapshots(), name, snapshot_id=snap_id)
            return e.evolve(w, snapshots=(*w.snapshots, taken.snapshots[0]))

        self.session.apply(self.tr("Import “{name}” as a snapshot").format(name=name), edit)
        return True

    def _select(self, snap_id: str) -> None:
        for row in range(self.snapshots.count()):
            if self.snapshots.item(row).data(Qt.ItemDataRole.UserRole) == snap_id:
                self.snapshots.setCurrentRow(row)

    def _update_buttons(self) -> None:
        chosen = self._selected() is not None
        for button in (self.rename, self.delete, self.restore, self.export):
            button.setEnabled(chosen)

    # --- showing ---

    def _outdated(self) -> None:
        if self.isVisible():
            self.show_workshop(self.session.workshop)
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._stale:
            self.show_workshop(self.session.workshop)
        super().showEvent(event)

    def show_workshop(self, workshop: Workshop) -> None:
        self._stale = False
        selected = self._selected()
        self.snapshots.clear()
        for snap in workshop.snapshots:
            when = snap.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
            item = QListWidgetItem(f"{snap.name}\n{when}")
            item.setData(Qt.ItemDataRole.UserRole, snap.id)
            self.snapshots.addItem(item)
        if selected:
            self._select(selected)
        self._update_buttons()
        # By default: the latest snapshot against now.
        for combo, default in ((self.left, len(workshop.snapshots)), (self.right, 0)):
            chosen = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("Now"), CURRENT)
            for snap in workshop.snapshots:
                combo.addItem(snap.name, snap.id)
            index = combo.findData(chosen) if chosen is not None else -1
            combo.setCurrentIndex(index if index >= 0 else default)
        self._show_changes()
        self._show_similarity(workshop)

    def _state(self, key: str) -> Workshop | None:
        workshop = self.session.workshop
        if key == CURRENT:
            return workshop
        return next((s.workshop for s in workshop.snapshots if s.id == key), None)

    def _choose(self) -> None:
        self._show_changes()
        self.chosenChanged.emit()

    def _show_changes(self) -> None:
        self.changes.clear()
        self.changes_rule.setText(weight_rule())
        a, b = self._state(self.left.currentData()), self._state(self.right.currentData())
        paired = not (a is None or b is None or self.left.currentData() == self.right.currentData())
        for widget in (self.pair, self.pair_table):
            widget.setVisible(paired)
        self.pair_empty.setVisible(not paired)
        if a is None or b is None or not paired:
            self._pair = None
            self.pair.refresh()
            self.pair_table.setRowCount(0)
            how = self.tr("Take a snapshot, then compare it with now or with another snapshot.")
            self.changes.addItem(how)
            self.pair_empty.setText(
                how
                if len(self.session.workshop.snapshots) == 0
                else self.tr("Choose two different states above to see them side by side.")
            )
            return
        self._show_pair(a, b)
        found = what_changed(a, b)
        for change in found:
            self.changes.addItem(describe_change(change))
        if not found:
            self.changes.addItem(self.tr("No differences."))

    def chosen(self) -> tuple[Workshop, Workshop, str, str] | None:
        """The two states being compared, and their names (for the report)."""
        if self._stale:
            self.show_workshop(self.session.workshop)
        a, b = self._state(self.left.currentData()), self._state(self.right.currentData())
        if a is None or b is None or self.left.currentData() == self.right.currentData():
            return None
        return a, b, self.left.currentText(), self.right.currentText()

    def _pair_figure(self, size: QSize, px: float) -> Figure:
        """The chosen states on one matrix, laid out for `size` in `px` type."""
        a, b, name_a, name_b = self._pair or (Workshop(), Workshop(), "", "")
        return comparison_figure(
            a, b, (name_a, name_b), language(), size.width(), size.height(), px
        )

    def _show_pair(self, a: Workshop, b: Workshop) -> None:
        self._pair = (a, b, self.left.currentText(), self.right.currentText())
        self.pair.refresh()
        rows = comparison_rows(a, b, language())
        self.pair_table.clear()
        self.pair_table.setColumnCount(3)
        self.pair_table.setHorizontalHeaderLabels(
            ["", self.left.currentText(), self.right.currentText()]
        )
        self.pair_table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                item = QTableWidgetItem(text)
                if j and row[1] != row[2]:
                    item.setBackground(QColor(DIFFERS))  # what differs stands out
                self.pair_table.setItem(i, j, item)
        self.pair_table.fit()

    def _show_similarity(self, workshop: Workshop) -> None:
        ranked = similarity(workshop, self.library.merged)
        headers = [
            self.tr("Region"),
            self.tr("Likeness"),
            self.tr("Administrative model"),
            self.tr("Political model"),
            self.tr("Population 2019"),
            self.tr("Matrix position"),
            self.tr("Main role today"),
        ]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        rows: list[list[str]] = []
        own = self.tr("This workshop")
        org = workshop.organisation
        locale = QLocale()
        mine = None
        if workshop.region is not None and workshop.region.code:
            try:
                mine = self.library.merged.region(workshop.region.code).population_2019.value
            except KeyError:
                mine = None
        rows.append(
            [
                f"{own} ({workshop.region.name})" if workshop.region else own,
                "",
                org.administrative_model.value
                if org.administrative_model
                else self.tr("not known"),
                org.political_model.value if org.political_model else self.tr("not known"),
                locale.toString(mine) if mine is not None else self.tr("not known"),
                self._pos(workshop.financing.today),
                self._role(workshop.implementation.today),
            ]
        )
        unknown = self.tr("not known")
        for s in ranked:
            r = s.region
            rows.append(
                [
                    r.name,
                    self._likeness(s.score, len(s.compared)),
                    r.administrative_model.value or unknown,
                    r.political_model.value or unknown,
                    locale.toString(r.population_2019.value)
                    if r.population_2019.value is not None
                    else unknown,
                    self._pos(r.matrix_position.value) if r.matrix_position.known else unknown,
                    self._role(r.roles_today.value),
                ]
            )
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            for j, text in enumerate(row):
                self.table.setItem(i, j, QTableWidgetItem(str(text)))
        # No likeness at all (no region placed by a workshop): the plain table.
        self.table.setColumnHidden(1, all(s.score is None for s in ranked))
        self.table.resizeColumnsToContents()
        # The rule of analysis.compare.similarity (SIMILARITY_RULE), in the UI's language.
        self.rule.setText(
            self.tr(
                "The app's rule for likeness: the mean over the attributes known on both sides, "
                "given only when at least two are and one of them is the matrix position or "
                "the roles today (the organisation and the population alone would classify "
                "regions by size and form) – same administrative model 1, else 0; same "
                "political model 1, else 0; matrix position 1 − distance / 2√2; roles today "
                "1 − half the sum of the weights' differences; population smaller / larger. "
                "Reference regions: {set}. Sources: Help ▸ About."
            ).format(set=self.library.merged.name)
            + "\n"
            + deck_caveat()
        )

    def _likeness(self, score: float | None, compared: int) -> str:
        """A likeness such as "57 % (2 of 4 known)", or "not known (1 of 4 known)": never a
        number resting on less than two facts."""
        known = self.tr("{n} of {total} known").format(n=compared, total=LIKENESS_ATTRIBUTES)
        if score is None:
            return self.tr("not known ({known})").format(known=known)
        return f"{round(score * 100)} % ({known})"

    def _role(self, weights: RoleWeights | None) -> str:
        return self.tr("not known") if weights is None else main_role_words(weights, language())

    def _pos(self, p: MatrixPosition | None) -> str:
        return position_words(p)

    def retranslate(self) -> None:
        self.tabs.setAccessibleName(self.tr("Comparisons"))
        self.pair_table.setAccessibleName(self.tr("The two states side by side"))
        self.title.setText(self.tr("Snapshots and comparison"))
        self.snapshots_box.setTitle(self.tr("Snapshots"))
        self.take.setText(self.tr("Take a snapshot…"))
        self.rename.setText(self.tr("Rename…"))
        self.delete.setText(self.tr("Delete"))
        self.restore.setText(self.tr("Restore"))
        self.restore.setToolTip(self.tr("Make the snapshot the current state (undoable)"))
        self.import_file.setText(self.tr("Import a workshop file…"))
        self.import_file.setToolTip(self.tr("Bring in another group's file as a snapshot"))
        self.region_journey.setText(self.tr("The region's journey across workshops…"))
        self.region_journey.setToolTip(
            self.tr(
                "One report from the region's workshop files (this one's among them): each as "
                "it was left, in the order they were held, step by step, side by side"
            )
        )
        self.journey.setText(self.tr("Export the journey…"))
        self.journey.setToolTip(
            self.tr("One report: every snapshot in time order and now, step by step, side by side")
        )
        self.export.setText(self.tr("Export…"))
        self.export.setToolTip(
            self.tr("The snapshot's report and pictures as it was when taken, not restoring it")
        )
        self.changes_box.setTitle(self.tr("What changed"))
        self.reference_box.setTitle(self.tr("The region beside the reference regions"))
        self.tabs.setTabText(0, self.tr("Side by side"))
        self.tabs.setTabText(1, self.tr("Reference regions"))
        self.pair.setToolTip(
            self.tr(
                "Grey and hollow: the first state; coloured: the second; a dashed line "
                "from where a marker was to where it is"
            )
        )
        self.show_workshop(self.session.workshop)
