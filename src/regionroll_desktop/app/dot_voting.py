"""Dot voting, a standard facilitation technique: each group spends a few dots on the actions or
the RUS priorities; the counts show as they change, and the actions can be ordered by them."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..analysis.room import room_dots
from ..model import Workshop
from ..model import edits as e
from ..model.limits import MAX_DOTS
from ..ui.keys import native_keys
from ..ui.session import Session
from ..ui.widgets import muted, named

TARGET = Qt.ItemDataRole.UserRole


class DotVotingBox(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.group = named(QComboBox(), "dotGroup")
        self.per_group = named(QSpinBox(), "dotsPerGroup")
        self.per_group.setRange(1, MAX_DOTS)
        self.per_group.setKeyboardTracking(False)
        self.per_group_label = QLabel()
        self.per_group_label.setBuddy(self.per_group)
        self.left = named(QLabel(), "dotsLeft")
        self.targets = named(QListWidget(), "dotTargets")
        self.targets.setMinimumHeight(140)
        self.add = named(QPushButton(), "addDot")
        self.take = named(QPushButton(), "removeDot")
        self.order = named(QPushButton(), "orderByDots")
        self.empty = named(QLabel(wordWrap=True), "dotsNoGroups")
        muted(self.empty)
        top = QHBoxLayout()
        top.addWidget(self.group, 1)
        top.addWidget(self.left, 1)
        top.addWidget(self.per_group_label)
        top.addWidget(self.per_group)
        buttons = QHBoxLayout()
        for button in (self.add, self.take, self.order):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addLayout(top)
        layout.addWidget(self.targets)
        layout.addLayout(buttons)
        self.add.clicked.connect(lambda: self._dot(+1))
        self.take.clicked.connect(lambda: self._dot(-1))
        self.order.clicked.connect(self._order)
        self.group.activated.connect(lambda _i: self.show_workshop(self.session.workshop))
        self.targets.itemDoubleClicked.connect(lambda _item: self._dot(+1))
        self.targets.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.per_group.valueChanged.connect(self._per_group)
        self.retranslate()

    def _group_id(self) -> str | None:
        data = self.group.currentData()
        return data if isinstance(data, str) else None

    def _target(self) -> str | None:
        item = self.targets.currentItem()
        data = item.data(TARGET) if item is not None else None
        return data if isinstance(data, str) else None

    def _dot(self, by: int) -> None:
        group, target = self._group_id(), self._target()
        if group is None or target is None:
            return
        if by > 0:
            self.session.apply(self.tr("Place a dot"), lambda w: e.add_dot(w, group, target))
        else:
            self.session.apply(self.tr("Take a dot back"), lambda w: e.remove_dot(w, group, target))

    def _order(self) -> None:
        self.session.apply(self.tr("Order the actions by dots"), e.order_actions_by_dots)

    def _per_group(self, dots: int) -> None:
        if dots != self.session.workshop.outcome.dots_per_group:
            self.session.apply(
                self.tr("Change the dots per group"), lambda w: e.set_dots_per_group(w, dots)
            )
            self.show_workshop(self.session.workshop)  # a refused change shows the real value

    def show_workshop(self, workshop: Workshop) -> None:
        outcome = workshop.outcome
        groups = workshop.details.groups
        chosen = self._group_id()
        with QSignalBlocker(self.group):
            self.group.clear()
            for g in groups:
                self.group.addItem(g.name, g.id)
            self.group.setCurrentIndex(max(0, self.group.findData(chosen)))
        with QSignalBlocker(self.per_group):
            self.per_group.setValue(outcome.dots_per_group)
        group = self._group_id()
        names = {g.id: g.name for g in groups}
        row = self.targets.currentRow()
        with QSignalBlocker(self.targets):
            self.targets.clear()
            entries = [
                (a.id, self.tr("Action: {what}").format(what=a.what)) for a in outcome.actions
            ]
            entries += [
                (f.id, self.tr("RUS priority: {name}").format(name=f.text))
                for f in workshop.strategy.focus_areas
            ]
            phones = room_dots(workshop.room)
            for target, text in entries:
                total = outcome.dots_on(target)
                # "Grupp 1: 2" — a group's name may end in a number ("Grupp 1 2" read as two).
                by_group = ", ".join(
                    self.tr("{group}: {dots}").format(
                        group=names.get(v.group, v.group), dots=v.dots
                    )
                    for v in outcome.votes
                    if v.target == target
                )
                dots = "●" * total
                line = f"{text}   {dots} {total}" + (f"  ({by_group})" if by_group else "")
                if phones[target]:
                    line += "  " + self.tr("· the room's phones: {n}").format(n=phones[target])
                item = QListWidgetItem(line)
                item.setData(TARGET, target)
                self.targets.addItem(item)
            if entries:
                self.targets.setCurrentRow(min(max(row, 0), len(entries) - 1))
        has_groups = bool(groups)
        for widget in (self.group, self.left, self.per_group, self.per_group_label, self.targets):
            widget.setVisible(has_groups)
        self.targets.setVisible(has_groups or bool(room_dots(workshop.room)))  # phones voted
        for button in (self.add, self.take, self.order):
            button.setVisible(has_groups)
        self.empty.setVisible(not has_groups)
        if group is not None:
            self.left.setText(
                self.tr("{n} of {total} dots left").format(
                    n=outcome.dots_left(group), total=outcome.dots_per_group
                )
            )
        self._update_buttons()

    def _update_buttons(self) -> None:
        outcome = self.session.workshop.outcome
        group, target = self._group_id(), self._target()
        self.add.setEnabled(
            group is not None and target is not None and outcome.dots_left(group) > 0
        )
        self.take.setEnabled(any(v.group == group and v.target == target for v in outcome.votes))
        self.order.setEnabled(bool(outcome.votes) and len(outcome.actions) > 1)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Dot voting"))
        self.group.setToolTip(self.tr("The group that places its dots"))
        self.per_group_label.setText(self.tr("&Dots per group:"))
        self.add.setText(self.tr("+ Dot"))
        self.add.setToolTip(self.tr("One of the group's dots on the chosen line (or double-click)"))
        self.take.setText(self.tr("− Dot"))
        self.order.setText(self.tr("Order the actions by dots"))
        self.empty.setText(
            self.tr(
                "Add groups on the workshop page ({keys}) to let each one vote with dots."
            ).format(keys=native_keys("Ctrl+0"))
        )
        self.show_workshop(self.session.workshop)
