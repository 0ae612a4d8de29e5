""" "Annan roll": the deck says there are probably more roles than its four; the room can name
one, and say how large a share of the region's effort it takes today and as ambition."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QSpinBox, QWidget

from ...model import Moment, OtherRole
from ...model.deck import MORE_ROLES
from ...model.limits import MAX_NAME
from ...ui.i18n import language
from ...ui.widgets import muted, named

NOT_SAID = -1  # the spin box's special value: the share is not said


class OtherRoleBox(QGroupBox):
    """The name and the two shares; `edited` carries the new other role (None: none)."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = named(QLineEdit(), "otherRoleName")
        self.name.setMaxLength(MAX_NAME)
        self.name.setClearButtonEnabled(True)
        self.shares = {m: named(QSpinBox(), f"otherRole-{m.value}") for m in Moment}
        self.share_labels = {m: QLabel() for m in Moment}
        self.deck = QLabel(wordWrap=True)
        self.rule = QLabel(wordWrap=True)
        muted(self.rule)
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        grid = QGridLayout(self)
        grid.addWidget(self.deck, 0, 0, 1, 2)
        grid.addWidget(self.name_label, 1, 0)
        grid.addWidget(self.name, 1, 1)
        for row, moment in enumerate(Moment, start=2):
            spin = self.shares[moment]
            spin.setRange(NOT_SAID, 100)
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            self.share_labels[moment].setBuddy(spin)
            grid.addWidget(self.share_labels[moment], row, 0)
            grid.addWidget(spin, row, 1)
            spin.valueChanged.connect(self._emit)
        grid.addWidget(self.rule, 4, 0, 1, 2)
        self.name.editingFinished.connect(self._emit)
        self._shown: OtherRole | None = None

    def value(self) -> OtherRole | None:
        """What the box says now; None when no role is named."""
        name = self.name.text().strip()
        if not name:
            return None
        shares = {
            m.value: (None if s.value() == NOT_SAID else s.value()) for m, s in self.shares.items()
        }
        return OtherRole(name=name, **shares)

    def _emit(self) -> None:
        value = self.value()
        if value != self._shown:
            self.edited.emit(value)

    def show_other(self, other: OtherRole | None) -> None:
        self._shown = other
        if not self.name.hasFocus() or other is not None:
            self.name.setText(other.name if other else "")
        for moment, spin in self.shares.items():
            share = other.at(moment) if other else None
            blocked = spin.blockSignals(True)
            spin.setValue(NOT_SAID if share is None else share)
            spin.setEnabled(other is not None)
            spin.blockSignals(blocked)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Another role"))
        self.deck.setText(self.tr("The deck: “{words}”").format(words=MORE_ROLES.text(language())))
        self.deck.setToolTip(self.tr("Source: {source}").format(source=MORE_ROLES.source))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setPlaceholderText(self.tr("a role the deck does not have"))
        self.name.setToolTip(
            self.tr("Name a role of the region's own; clear the name to remove it")
        )
        self.share_labels[Moment.TODAY].setText(self.tr("Share &today:"))
        self.share_labels[Moment.AMBITION].setText(self.tr("Share as &ambition:"))
        for spin in self.shares.values():
            spin.setSpecialValueText(self.tr("not said"))
            spin.setToolTip(self.tr("How large a share of the region's effort this role takes"))
        self.rule.setText(
            self.tr(
                "The app's rule: this role's share stands on its own; the four roles' weights "
                "describe the rest of the effort, and the main role is chosen among them."
            )
        )
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
