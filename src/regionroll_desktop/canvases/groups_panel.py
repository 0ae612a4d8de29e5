"""The groups' box beside the capital matrix and the role map: each group places its own
marker, the box says how far apart the groups are, and the facilitator adopts one group's
answer, or the groups' centre, as the workshop's (one undo step)."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..model import Group, Moment
from ..ui.group_colours import swatch
from ..ui.keys import native_keys
from ..ui.widgets import Retranslating, muted, named, plain_tip

CENTRE = ""  # what `adoptRequested` carries for the groups' centre


class GroupsBox(Retranslating, QGroupBox):
    placeRequested = Signal(str)  # noqa: N815  group id
    removeRequested = Signal(str)  # noqa: N815  group id
    adoptRequested = Signal(str)  # noqa: N815  group id, or CENTRE
    visibilityChanged = Signal(bool)  # noqa: N815
    momentChanged = Signal(object)  # noqa: N815  the Moment the groups answer for
    rowAdded = Signal(str, QRadioButton)  # noqa: N815  group id, its arrow keys' button

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("groupsBox")
        self.show_groups = named(QCheckBox(), "showGroups")
        self.show_groups.setChecked(True)
        self.show_groups.toggled.connect(self.visibilityChanged)
        self.moment_label = QLabel()
        self.moment_buttons = {
            Moment.TODAY: named(QRadioButton(), "groupsToday"),
            Moment.AMBITION: named(QRadioButton(), "groupsAmbition"),
        }
        self.moment_group = QButtonGroup(self)
        moment_row = QHBoxLayout()
        moment_row.setContentsMargins(0, 0, 0, 0)
        moment_row.addWidget(self.moment_label)
        for moment, button in self.moment_buttons.items():
            self.moment_group.addButton(button)
            moment_row.addWidget(button)
            button.toggled.connect(partial(self._moment_toggled, moment))
        moment_row.addStretch()
        self.moment_host = QWidget()
        self.moment_host.setLayout(moment_row)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.summary = named(QLabel(wordWrap=True), "groupsSummary")
        self.rule = QLabel(wordWrap=True)
        muted(self.rule)
        self.adopt_centre = named(QPushButton(), "adoptCentre")
        self.adopt_centre.clicked.connect(lambda: self.adoptRequested.emit(CENTRE))
        self.empty = QLabel(wordWrap=True)
        muted(self.empty)
        # The elected members and the officials side by side, when both answered.
        self.sides = named(QLabel(wordWrap=True), "groupsSides")
        self.sides.setTextFormat(Qt.TextFormat.PlainText)
        self.sides_rule = named(QLabel(wordWrap=True), "groupsSidesRule")
        muted(self.sides_rule)
        for label in (self.sides, self.sides_rule):
            label.hide()
        layout = QVBoxLayout(self)
        for widget in (
            self.empty,
            self.moment_host,
            self.show_groups,
            self.grid_host,
            self.summary,
            self.adopt_centre,
            self.rule,
            self.sides,
            self.sides_rule,
        ):
            layout.addWidget(widget)
        self.rows: dict[str, tuple[QLabel, QToolButton, QToolButton]] = {}
        self.arrow_buttons: dict[str, QRadioButton] = {}
        self._adopt_tip = ""
        self._signature: tuple[tuple[str, str, str], ...] | None = None
        self.retranslate()

    def show_sides(self, words: str, rule: str) -> None:
        """Where the elected members and the officials put the region ("" hides it)."""
        self.sides.setText(words)
        self.sides_rule.setText(rule)
        self.sides.setVisible(bool(words))
        self.sides_rule.setVisible(bool(words))

    def set_tips(self, *, adopt_centre: str, adopt: str) -> None:
        """What adopting means on this canvas; `adopt` may name the {group}."""
        self.adopt_centre.setToolTip(adopt_centre)
        self._adopt_tip = adopt
        self._signature = None  # the rows take the new tip when next shown

    def retranslate(self) -> None:
        self.setTitle(self.tr("The groups' markers"))
        self.moment_label.setText(self.tr("The groups answer for:"))
        self.moment_buttons[Moment.TODAY].setText(self.tr("Today"))
        self.moment_buttons[Moment.AMBITION].setText(self.tr("Ambition"))
        self.moment_host.setToolTip(
            self.tr(
                "Which of the region's positions the groups place their markers for; "
                "the arrow keys still move the marker chosen above"
            )
        )
        self.show_groups.setText(self.tr("Show the groups' markers"))
        self.adopt_centre.setText(self.tr("Adopt the groups' centre"))
        self.empty.setText(
            self.tr(
                "Add groups on the workshop page ({keys}) and each can place its own marker here."
            ).format(keys=native_keys("Ctrl+0"))
        )
        self._signature = None

    def set_moment(self, moment: Moment) -> None:
        """Show which moment the groups answer for (without signalling it back)."""
        button = self.moment_buttons[moment]
        blocked = button.blockSignals(True)
        button.setChecked(True)
        button.blockSignals(blocked)

    def _moment_toggled(self, moment: Moment, on: bool) -> None:
        if on:
            self.momentChanged.emit(moment)

    def count_sentence(self, count: int, moment: Moment, elsewhere: int) -> str | None:
        """What to say when fewer than two groups have placed a marker for `moment`, else
        None; `elsewhere` markers stand for the other moment."""
        if count >= 2:
            return None
        if count == 1:
            text = self.tr("One group has placed its marker for this moment.")
        else:
            text = self.tr("No group has placed a marker for this moment yet.")
        if elsewhere:
            other = (
                self.tr("{n} for the ambition")
                if moment is Moment.TODAY
                else self.tr("{n} for today")
            )
            text += " " + self.tr("Placed for the other moment: {markers}.").format(
                markers=other.format(n=elsewhere)
            )
        return text

    def show_groups_state(
        self, groups: tuple[Group, ...], placed: set[str], summary: str, rule: str
    ) -> None:
        """One row per group (its colour, name, place/remove, adopt) and the agreement."""
        signature = tuple((g.id, g.name, g.colour) for g in groups)
        if signature != self._signature:
            # Rows are rebuilt only when the groups themselves change (on the workshop page),
            # never from a click in a row: the clicked button must outlive its own signal.
            self._signature = signature
            self._rebuild(groups)
        for gid, (label, toggle, adopt) in self.rows.items():
            on = gid in placed
            toggle.setText(self.tr("Remove") if on else self.tr("Place"))
            toggle.setAccessibleName(
                (
                    self.tr("Remove {group}'s marker") if on else self.tr("Place {group}'s marker")
                ).format(group=label.text())
            )
            toggle.setProperty("placed", on)
            adopt.setEnabled(on)
            self.arrow_buttons[gid].setEnabled(on)
        has_groups = bool(groups)
        for widget in (
            self.moment_host,
            self.show_groups,
            self.grid_host,
            self.summary,
            self.adopt_centre,
        ):
            widget.setVisible(has_groups)
        self.rule.setVisible(has_groups)
        self.empty.setVisible(not has_groups)
        self.summary.setText(summary)
        self.rule.setText(self.tr("The app's rule: {rule}").format(rule=rule))
        self.adopt_centre.setEnabled(len(placed) >= 2)

    def arrow_button(self, gid: str) -> QRadioButton | None:
        """The button that makes the arrow keys move this group's marker."""
        return self.arrow_buttons.get(gid)

    def _arrow_texts(self, button: QRadioButton, name: str) -> None:
        button.setText(self.tr("Arrow keys"))
        button.setToolTip(
            plain_tip(self.tr("The arrow keys on the map move {group}'s marker").format(group=name))
        )
        button.setAccessibleName(self.tr("Arrow keys move {group}'s marker").format(group=name))

    def _rebuild(self, groups: tuple[Group, ...]) -> None:
        for button in self.arrow_buttons.values():
            if (owner := button.group()) is not None:
                owner.removeButton(button)  # before it goes, so it is never the checked one
        self.arrow_buttons = {}
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = {}
        for n, group in enumerate(groups):
            dot = QLabel()
            dot.setPixmap(swatch(group.colour).pixmap(16, 16))
            label = QLabel(group.name)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a group's name is not markup
            toggle = named(QToolButton(), f"groupToggle-{group.id}")
            toggle.clicked.connect(lambda _=False, g=group.id, b=toggle: self._toggled(g, b))
            adopt = named(QToolButton(), f"groupAdopt-{group.id}")
            adopt.setText(self.tr("Adopt"))
            adopt.setToolTip(plain_tip(self._adopt_tip.format(group=group.name)))
            adopt.setAccessibleName(self.tr("Adopt {group}'s answer").format(group=group.name))
            adopt.clicked.connect(lambda _=False, g=group.id: self.adoptRequested.emit(g))
            arrows = named(QRadioButton(), f"groupArrows-{group.id}")
            arrows.setAutoExclusive(False)  # the canvas's button group makes it exclusive
            arrows.setProperty("group", group.id)
            self._arrow_texts(arrows, group.name)
            self.grid.addWidget(dot, n, 0)
            self.grid.addWidget(label, n, 1)
            self.grid.addWidget(toggle, n, 2)
            self.grid.addWidget(adopt, n, 3)
            self.grid.addWidget(arrows, n, 4)
            self.rows[group.id] = (label, toggle, adopt)
            self.arrow_buttons[group.id] = arrows
            self.rowAdded.emit(group.id, arrows)
        self.grid.setColumnStretch(1, 1)
        # The keyboard goes through the rows where they stand, not where they were added.
        previous: QWidget = self.show_groups
        for gid, (_label, toggle, adopt) in self.rows.items():
            for widget in (toggle, adopt, self.arrow_buttons[gid]):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        QWidget.setTabOrder(previous, self.adopt_centre)

    def _toggled(self, gid: str, button: QToolButton) -> None:
        if button.property("placed"):
            self.removeRequested.emit(gid)
        else:
            self.placeRequested.emit(gid)
