"""The region's own numbers beside the capital matrix (optional): the 1:1-anslag, its own
funds, EU's and other external funds and the share handed out through utlysningar, for a
stated year and source; what they come to per inhabitant, and a suggested place for today's
marker that the facilitator may take with one click (never by itself)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...analysis.capital import capital_reading
from ...model import CapitalNumbers, MatrixPosition, Moment, Workshop
from ...model import edits as e
from ...model.limits import MAX_NAME
from ...model.workshop import MAX_MSEK
from ...ui.capital_words import reading_lines, suggestion_rule, suggestion_words
from ...ui.reference_library import ReferenceLibrary
from ...ui.session import Session
from ...ui.widgets import Retranslating, muted, named, use_app_undo

NO_YEAR = 1989  # the year box's "not known"
AMOUNTS = ("anslag", "own_funds", "external_funds")


def _amount_box(name: str) -> QDoubleSpinBox:
    spin = named(QDoubleSpinBox(), name)
    spin.setRange(-1.0, MAX_MSEK)  # −1: not known
    spin.setDecimals(1)
    spin.setSingleStep(1.0)
    spin.setKeyboardTracking(False)
    spin.setValue(-1.0)
    return spin


class NumbersBox(Retranslating, QGroupBox):
    def __init__(
        self, session: Session, library: ReferenceLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("capitalNumbers")
        self.session = session
        self.library = library
        self.setCheckable(False)
        self.year = named(QSpinBox(), "numbersYear")
        self.year.setRange(NO_YEAR, 2200)
        self.year.setKeyboardTracking(False)
        self.source = named(QLineEdit(), "numbersSource")
        self.source.setMaxLength(MAX_NAME)
        use_app_undo(self.source)
        self.amounts = {field: _amount_box(f"numbers-{field}") for field in AMOUNTS}
        self.share = named(QSpinBox(), "numbersShare")
        self.share.setRange(-1, 100)  # −1: not known
        self.share.setKeyboardTracking(False)
        self.labels = {key: QLabel() for key in ("year", "source", *AMOUNTS, "share")}
        form = QFormLayout()
        for key, widget in (
            ("year", self.year),
            ("source", self.source),
            *((field, self.amounts[field]) for field in AMOUNTS),
            ("share", self.share),
        ):
            self.labels[key].setBuddy(widget)
            self.labels[key].setWordWrap(True)
            form.addRow(self.labels[key], widget)
        self.reading = named(QLabel(), "numbersReading")
        self.reading.setWordWrap(True)
        self.reading.setTextFormat(Qt.TextFormat.PlainText)
        self.suggestion = named(QLabel(), "numbersSuggestion")
        self.suggestion.setWordWrap(True)
        self.suggestion.setTextFormat(Qt.TextFormat.PlainText)
        self.rule = named(QLabel(), "numbersRule")
        self.rule.setWordWrap(True)
        self.rule.setTextFormat(Qt.TextFormat.PlainText)
        muted(self.rule)
        self.take = named(QPushButton(), "numbersTake")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        muted(self.hint)
        column = QVBoxLayout(self)
        column.addWidget(self.hint)
        column.addLayout(form)
        for widget in (self.reading, self.suggestion, self.take, self.rule):
            column.addWidget(widget)

        self.year.valueChanged.connect(lambda v: self._change("year", None if v == NO_YEAR else v))
        self.source.textEdited.connect(lambda text: self._change("source", " ".join(text.split())))
        for field, spin in self.amounts.items():
            spin.valueChanged.connect(
                lambda v, field=field: self._change(field, None if v < 0 else round(v, 1))
            )
        self.share.valueChanged.connect(
            lambda v: self._change("distributed_share", None if v < 0 else v)
        )
        self.take.clicked.connect(self.take_suggestion)
        session.watch(
            lambda w: (w.financing.numbers, w.financing.today, w.region),
            self.show_workshop,
            self,
        )
        library.changed.connect(lambda: self.show_workshop(self.session.workshop))
        self.retranslate()

    # --- edits ---

    def _change(self, field: str, value: object) -> None:
        if self._showing:
            return
        current = self.session.workshop.financing.numbers or CapitalNumbers()
        if getattr(current, field) == value:
            return
        numbers = e.evolve(current, **{field: value})
        self.session.apply(
            self.tr("Change the region's numbers"),
            lambda w: e.set_capital_numbers(w, numbers),
            merge_key=f"numbers.{field}",
        )

    def suggested_today(self) -> MatrixPosition | None:
        """Today's marker at the suggestion, axis by axis; an axis the numbers leave unknown
        keeps today's place (None when neither is there to keep)."""
        reading = capital_reading(self.session.workshop, self.library.merged)
        if reading is None:
            return None
        today = self.session.workshop.financing.today
        capital = reading.suggested_capital
        proactivity = reading.suggested_proactivity
        if today is not None:
            capital = today.capital_per_capita if capital is None else capital
            proactivity = today.proactivity if proactivity is None else proactivity
        if capital is None or proactivity is None:
            return None
        return MatrixPosition(capital_per_capita=capital, proactivity=proactivity)

    def take_suggestion(self) -> bool:
        """Today's marker to the suggested place: one undo step, only when asked."""
        place = self.suggested_today()
        if place is None:
            return False
        return self.session.apply(
            self.tr("Place today at the numbers' suggestion"),
            lambda w: e.set_matrix_position(w, Moment.TODAY, place),
        )

    # --- what shows ---

    _showing = False

    def show_workshop(self, workshop: Workshop) -> None:
        numbers = workshop.financing.numbers or CapitalNumbers()
        self._showing = True
        try:
            self.year.setValue(numbers.year or NO_YEAR)
            if self.source.text() != numbers.source and not self.source.hasFocus():
                self.source.setText(numbers.source)
            for field, spin in self.amounts.items():
                value = getattr(numbers, field)
                spin.setValue(-1.0 if value is None else value)
            share = numbers.distributed_share
            self.share.setValue(-1 if share is None else share)
        finally:
            self._showing = False
        reading = capital_reading(workshop, self.library.merged)
        given = reading is not None
        self.reading.setVisible(given)
        self.suggestion.setVisible(given)
        self.rule.setVisible(given)
        self.take.setVisible(given)
        if reading is None:
            return
        self.reading.setText("\n".join(reading_lines(reading, self.library.merged, True)))
        self.suggestion.setText(suggestion_words(reading))
        place = self.suggested_today()
        self.take.setEnabled(place is not None and place != workshop.financing.today)

    def retranslate(self) -> None:
        self.setTitle(self.tr("The region's own numbers (optional)"))
        self.hint.setText(
            self.tr(
                "The development capital of one year, as the region's own budget or annual "
                "report gives it; leave what you do not know empty. Nothing is guessed."
            )
        )
        words = {
            "year": self.tr("Year:"),
            "source": self.tr("Source:"),
            "anslag": self.tr("The state's 1:1-anslag:"),
            "own_funds": self.tr("Own funds for regional development:"),
            "external_funds": self.tr("EU's and other external funds:"),
            "share": self.tr("Handed out through utlysningar:"),
        }
        for key, text in words.items():
            self.labels[key].setText(text)
        not_known = self.tr("not known")
        self.year.setSpecialValueText(not_known)
        self.share.setSpecialValueText(not_known)
        self.share.setSuffix(" %")
        for spin in self.amounts.values():
            spin.setSpecialValueText(not_known)
            spin.setSuffix(" " + self.tr("MSEK"))
        self.source.setPlaceholderText(self.tr("e.g. the region's annual report 2025"))
        self.take.setText(self.tr("Place today's marker there"))
        self.take.setToolTip(self.tr("Moves today's marker to the suggested place (one undo step)"))
        self.rule.setText(suggestion_rule())
        self.show_workshop(self.session.workshop)
