"""The workshop's details: title, date, place, facilitator, participants, groups, region."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Language, RegionChoice, Side, Workshop
from ..model import edits as e
from ..reference import ReferenceSet
from ..ui.group_colours import swatch
from ..ui.session import Session
from ..ui.side_words import side_name
from ..ui.typed_cells import TypedList
from ..ui.widgets import Retranslating, WordsBeside, heading, named, set_text_quietly, use_app_undo
from .action_review import ActionReviewBox

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "no date"


SIDE_ROLE = Qt.ItemDataRole.UserRole + 2  # a group's side in words, shown after its name


class DetailsPage(Retranslating, QWidget):
    def __init__(
        self, session: Session, reference: ReferenceSet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._reference = reference
        self.heading = QLabel()
        heading(self.heading, 1.6)

        self.title = named(QLineEdit(), "detailsTitle")
        self.date = named(QDateEdit(), "detailsDate")
        self.date.setCalendarPopup(True)
        self.date.setMinimumDate(NO_DATE)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.today = named(QPushButton(), "detailsToday")
        self.place = named(QLineEdit(), "detailsPlace")
        self.facilitator = named(QLineEdit(), "detailsFacilitator")
        self.participants = named(QPlainTextEdit(), "detailsParticipants")
        self.participants.setMaximumHeight(110)
        self.participants.setTabChangesFocus(True)  # Tab leaves the list (no keyboard trap)
        self.region = named(QComboBox(), "detailsRegion")
        self.region.setEditable(True)
        self.region_edit = QLineEdit()  # a region of its own is typed here
        self.region.setLineEdit(self.region_edit)
        self.region.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.region_source = QLabel()
        self.region_source.setWordWrap(True)
        self.language = named(QComboBox(), "detailsLanguage")
        self.language.addItem("Svenska", Language.SV.value)
        self.language.addItem("English", Language.EN.value)

        self.groups = named(TypedList(), "detailsGroups")
        # Enter on the last group opens the next; Esc in one just opened takes it back.
        self._fresh: tuple[str, int] | None = None
        self.groups.rowEntered.connect(self._group_entered)
        self.groups.rowCancelled.connect(self._group_cancelled)
        self.groups.setMaximumHeight(130)
        self.add_group = named(QPushButton(), "detailsAddGroup")
        self.remove_group = named(QPushButton(), "detailsRemoveGroup")
        # Which side of the table the chosen group speaks from (elected members, officials).
        self.group_side = named(QComboBox(), "detailsGroupSide")
        for side in (None, *Side):
            self.group_side.addItem("", side.value if side else "")
        self.groups.setItemDelegate(WordsBeside(self.groups, SIDE_ROLE))
        group_buttons = QVBoxLayout()
        group_buttons.addWidget(self.add_group)
        group_buttons.addWidget(self.remove_group)
        group_buttons.addWidget(self.group_side)
        group_buttons.addStretch()
        groups_row = QHBoxLayout()
        groups_row.addWidget(self.groups, 1)
        groups_row.addLayout(group_buttons)

        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.today)
        date_row.addStretch()

        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows: list[tuple[str, Any]] = [
            ("title", self.title),
            ("region", self.region),
            ("", self.region_source),
            ("date", date_row),
            ("place", self.place),
            ("facilitator", self.facilitator),
            ("participants", self.participants),
            ("groups", groups_row),
            ("language", self.language),
        ]
        for key, field in rows:
            label = QLabel()
            self.labels[key] = label
            form.addRow(label, field)
            if isinstance(field, QWidget):
                label.setBuddy(field)
        self.labels["date"].setBuddy(self.date)
        self.labels["groups"].setBuddy(self.groups)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.heading)
        layout.addSpacing(8)
        # A follow-up reviews the last workshop's actions first, before the steps.
        self.review = ActionReviewBox(session)
        layout.addWidget(self.review)
        layout.addLayout(form)
        layout.addStretch()

        for field in (self.title, self.place, self.facilitator, self.participants):
            use_app_undo(field)
        self.title.textEdited.connect(lambda text: self._set("title", text))
        self.place.textEdited.connect(lambda text: self._set("place", text))
        self.facilitator.textEdited.connect(lambda text: self._set("facilitator", text))
        self.participants.textChanged.connect(
            lambda: self._set("participants", self.participants.toPlainText())
        )
        self.date.dateChanged.connect(self._date_changed)
        self.today.clicked.connect(lambda: self.date.setDate(QDate.currentDate()))
        self.language.activated.connect(self._language_changed)
        self.region.activated.connect(self._region_picked)
        self.region_edit.editingFinished.connect(self._region_typed)
        self.add_group.clicked.connect(self._add_group)
        self.remove_group.clicked.connect(self._remove_group)
        self.groups.itemChanged.connect(self._group_renamed)
        self.groups.currentRowChanged.connect(lambda _row: self._show_group_side())
        self.group_side.activated.connect(self._group_side_chosen)
        session.watch(lambda w: (w.details, w.region), self.show_workshop, self)
        self.retranslate()
        self.show_workshop(session.workshop)

    # --- edits ---

    def _set(self, field: str, value: object) -> None:
        text = {
            "title": self.tr("Edit title"),
            "place": self.tr("Edit place"),
            "facilitator": self.tr("Edit facilitator"),
            "participants": self.tr("Edit participants"),
            "date": self.tr("Change date"),
            "language": self.tr("Change report language"),
            "groups": self.tr("Change groups"),
        }[field]
        self._session.apply(
            text, lambda w: e.set_details(w, **{field: value}), merge_key=f"details.{field}"
        )

    def _date_changed(self, qdate: QDate) -> None:
        value = None if qdate == NO_DATE else dt.date(qdate.year(), qdate.month(), qdate.day())
        self._set("date", value)

    def _language_changed(self) -> None:
        self._set("language", Language(self.language.currentData()))

    def _region_picked(self, index: int) -> None:
        code = self.region.itemData(index)
        if code is None:
            return
        self._apply_region(RegionChoice(code=code, name=self._reference.region(code).name))

    def _region_typed(self) -> None:
        name = self.region.currentText().strip()
        current = self._session.workshop.region
        if not name or (current is not None and current.name == name):
            return
        match = self._reference.resolve(name)
        choice = (
            RegionChoice(code=match.code, name=match.name) if match else RegionChoice(name=name)
        )
        self._apply_region(choice)

    def _apply_region(self, choice: RegionChoice) -> None:
        self._session.apply(self.tr("Change region"), lambda w: e.set_region(w, choice))

    def _add_group(self) -> None:
        groups = self._session.workshop.details.groups
        name = self.tr("Group {n}").format(n=len(groups) + 1)
        group_id = e.new_id("group")
        if not self._session.apply(self.tr("Add group"), lambda w: e.add_group(w, name, group_id)):
            return
        self._fresh = (group_id, self._session.undo_stack.index())
        self.groups.setCurrentRow(self.groups.count() - 1)
        self.groups.setFocus()
        self.groups.editItem(self.groups.currentItem())

    def _group_entered(self, row: int) -> None:
        """Enter on the last group: the room names the next."""
        if row == self.groups.count() - 1:
            self._add_group()

    def _group_cancelled(self, row: int) -> None:
        """Esc in a group just opened and not yet named takes it back (its undo step)."""
        groups = self._session.workshop.details.groups
        stack = self._session.undo_stack
        if 0 <= row < len(groups) and self._fresh == (groups[row].id, stack.index()):
            self._fresh = None
            stack.undo()

    def _remove_group(self) -> None:
        item = self.groups.currentItem()
        if item is None:
            return
        gid = item.data(Qt.ItemDataRole.UserRole)
        # Its markers on the matrix and the role map go with it (one undo step brings all back).
        self._session.apply(self.tr("Remove group"), lambda w: e.remove_group(w, gid))

    def _group_side_chosen(self, index: int) -> None:
        item = self.groups.currentItem()
        if item is None:
            return
        gid = item.data(Qt.ItemDataRole.UserRole)
        value = self.group_side.itemData(index)
        side = Side(value) if value else None
        self._session.apply(
            self.tr("Change a group's side"), lambda w: e.update_group(w, gid, side=side)
        )

    def _show_group_side(self) -> None:
        item = self.groups.currentItem()
        group = self._session.workshop.group(item.data(Qt.ItemDataRole.UserRole)) if item else None
        self.group_side.setEnabled(group is not None)
        value = group.side.value if group is not None and group.side else ""
        blocked = self.group_side.blockSignals(True)
        self.group_side.setCurrentIndex(max(0, self.group_side.findData(value)))
        self.group_side.blockSignals(blocked)

    def _group_renamed(self, item: QListWidgetItem) -> None:
        gid = item.data(Qt.ItemDataRole.UserRole)
        name = item.text().strip()
        if not name:
            self.show_workshop(self._session.workshop)  # an empty name is not a name
            return
        self._session.apply(self.tr("Rename group"), lambda w: e.update_group(w, gid, name=name))

    # --- view ---

    def show_workshop(self, workshop: Workshop) -> None:
        d = workshop.details
        set_text_quietly(self.title, d.title)
        set_text_quietly(self.place, d.place)
        set_text_quietly(self.facilitator, d.facilitator)
        set_text_quietly(self.participants, d.participants)
        blocked = self.date.blockSignals(True)
        self.date.setDate(QDate(d.date.year, d.date.month, d.date.day) if d.date else NO_DATE)
        self.date.blockSignals(blocked)
        self.language.setCurrentIndex(self.language.findData(d.language.value))
        self._show_region(workshop.region)
        # Only what differs is written: the group being named and the one Tab goes to stay.
        blocked = self.groups.blockSignals(True)
        while self.groups.count() > len(d.groups):
            self.groups.takeItem(self.groups.count() - 1)
        for row, g in enumerate(d.groups):
            item = self.groups.item(row)
            if item is None:
                item = QListWidgetItem()
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.groups.addItem(item)
            if item.data(Qt.ItemDataRole.UserRole) != g.id:
                item.setData(Qt.ItemDataRole.UserRole, g.id)
            if item.text() != g.name:
                item.setText(g.name)
            if item.data(Qt.ItemDataRole.UserRole + 1) != g.colour:
                item.setData(Qt.ItemDataRole.UserRole + 1, g.colour)
                item.setIcon(swatch(g.colour))
            beside = side_name(g.side).lower() if g.side else ""
            if item.data(SIDE_ROLE) != beside:
                item.setData(SIDE_ROLE, beside)
        self.groups.blockSignals(blocked)
        self.remove_group.setEnabled(bool(d.groups))
        self._show_group_side()

    def _show_region(self, region: RegionChoice | None) -> None:
        blocked = self.region.blockSignals(True)
        self.region.clear()
        for r in self._reference.regions:
            self.region.addItem(r.name, r.code)
        if region is None:
            self.region.setCurrentIndex(-1)
            self.region.setEditText("")
            self.region_source.setText(self.tr("No region chosen yet."))
            self.region_source.setToolTip("")
        elif region.code is not None and self.region.findData(region.code) >= 0:
            self.region.setCurrentIndex(self.region.findData(region.code))
            ref = self._reference.region(region.code)
            official = ref.official_name.value or region.name
            population = ref.population_2019
            if population.value is not None:
                text = self.tr(
                    "{official}, county code {code}; population {population} "
                    "(31 December 2019). Reference region."
                ).format(
                    official=official,
                    code=region.code,
                    population=QLocale().toString(population.value),
                )
            else:
                text = self.tr("{official}, county code {code}. Reference region.").format(
                    official=official, code=region.code
                )
            self.region_source.setText(text)
            sources = {fact.source for fact in ref.facts().values() if fact.source is not None}
            self.region_source.setToolTip(
                self.tr("Sources: {sources}").format(
                    sources="; ".join(
                        f"{s.publisher}, {s.title}"
                        for s in self._reference.sources
                        if s.id in sources
                    )
                )
            )
        else:
            self.region.setCurrentIndex(-1)
            self.region.setEditText(region.name)
            self.region_source.setText(
                self.tr("A region of its own: no reference facts are compared with it.")
            )
            self.region_source.setToolTip("")
        self.region.blockSignals(blocked)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("The workshop"))
        texts = {
            "title": self.tr("&Title:"),
            "region": self.tr("&Region:"),
            "date": self.tr("&Date:"),
            "place": self.tr("&Place:"),
            "facilitator": self.tr("&Facilitator:"),
            "participants": self.tr("Pa&rticipants:"),
            "groups": self.tr("&Groups:"),
            "language": self.tr("Report &language:"),
            "": "",
        }
        for key, label in self.labels.items():
            label.setText(texts[key])
        self.date.setSpecialValueText(self.tr("No date"))
        self.today.setText(self.tr("T&oday"))
        self.participants.setPlaceholderText(
            self.tr("Who is in the room: names, roles or bodies, one per line")
        )
        self.region_edit.setPlaceholderText(self.tr("Choose or type a region"))
        self.region_edit.setAccessibleName(self.tr("Region"))
        self.region.setToolTip(
            self.tr("One of the 21 reference regions, or type a name of the region's own")
        )
        self.add_group.setText(self.tr("&Add group"))
        self.remove_group.setText(self.tr("Remo&ve group"))
        self.groups.setToolTip(self.tr("Double-click a group to rename it"))
        for i in range(self.group_side.count()):
            value = self.group_side.itemData(i)
            self.group_side.setItemText(i, side_name(Side(value) if value else None))
        self.group_side.setToolTip(
            self.tr(
                "Which side the chosen group speaks from: the maps and the keys show the "
                "elected members and the officials side by side"
            )
        )
        self.group_side.setAccessibleName(self.tr("The chosen group's side"))
        self.language.setToolTip(self.tr("The language the workshop report is written in"))
        self.show_workshop(self._session.workshop)
