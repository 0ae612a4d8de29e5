"""Landet: the national picture. Every reference region on one capital matrix and one role
map with the open workshop among them, and a table of the models, roles, keys and the
strategy each region had in force in 2019, each row naming where its facts come from."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..model import Key, Language, Workshop
from ..model.deck import KEY_POINTS
from ..model.vocabulary import BodyModel
from ..model.workshop import RoleWeights
from ..reference import ReferenceRegion, ReferenceSet, Source
from ..ui.figure_widget import FigureWidget
from ..ui.i18n import language
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session
from ..ui.step_summary import main_role_words
from ..ui.widgets import Retranslating, heading, muted, named, plain_tip
from .national_figure import national_figure

OWN_ROW = QColor("#fef3c7")


def source_of(region: ReferenceRegion, reference: ReferenceSet) -> Source | None:
    """Where the region's positions come from: the source of its first known position, role
    or model (a built set's are its latest workshop)."""
    for fact in (
        region.matrix_position,
        region.roles_today,
        region.political_model,
        region.administrative_model,
    ):
        if fact.source is not None:
            try:
                return reference.source(fact.source)
            except KeyError:
                return None
    return None


def weakest_keys(scores: dict[Key, int]) -> str:
    """The lowest-scored keys by name with their score ("Politik, Strategi (2)"); a tie
    names them all."""
    if not scores:
        return ""
    low = min(scores.values())
    names = [KEY_POINTS[k][0].text(Language.SV) for k in Key if scores.get(k) == low]
    return f"{', '.join(names)} ({low})"


class NationalPage(Retranslating, QWidget):
    def __init__(self, session: Session, library: ReferenceLibrary) -> None:
        super().__init__()
        self.session = session
        self.library = library
        self.title = QLabel()
        heading(self.title, 1.6)
        self.intro = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        muted(self.intro)
        self.figure = named(
            FigureWidget(
                lambda: national_figure(self.session.workshop, self.library.merged, language())
            ),
            "nationalFigure",
        )
        self.table = named(QTableWidget(), "nationalTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.figure)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(split, 1)
        session.watch(
            lambda w: (w.region, w.financing, w.implementation, w.organisation, w.keys),
            lambda _w: self.refresh(),
            self,
        )
        library.changed.connect(self.refresh)
        self.retranslate()

    def refresh(self) -> None:
        self.figure.refresh()
        self._show_table(self.session.workshop, self.library.merged)
        self._show_intro()

    def _show_intro(self) -> None:
        self.intro.setText(
            self.tr(
                "Reference regions: {set}. Each region's facts come from the source its row "
                "names; a region not placed is named under the map, never guessed. Build them "
                "from the regions' own workshops with File ▸ Reference regions from workshops…"
            ).format(set=self.library.merged.name)
        )

    def _show_table(self, workshop: Workshop, reference: ReferenceSet) -> None:
        lang = language()
        unknown = self.tr("not known")
        headers = [
            self.tr("Region"),
            self.tr("Source"),
            self.tr("Political model"),
            self.tr("Administrative model"),
            self.tr("Main role today"),
            self.tr("Main role, ambition"),
            self.tr("Weakest keys"),
            self.tr("Strategy in force 2019"),
        ]

        def model(value: BodyModel | None) -> str:
            return value.value if value is not None else unknown

        def role(weights: RoleWeights | None) -> str:
            return main_role_words(weights, lang) if weights is not None else unknown

        own_code = workshop.region.code if workshop.region else None
        rows: list[tuple[list[str], list[str], bool]] = []
        if workshop.region is not None:
            org, roles = workshop.organisation, workshop.implementation
            scores = {k.key: k.score for k in workshop.keys if k.score is not None}
            strategy = self._strategy(reference, own_code)
            rows.append(
                (
                    [
                        workshop.region.name,
                        self.tr("this workshop"),
                        model(org.political_model),
                        model(org.administrative_model),
                        role(roles.today),
                        role(roles.ambition),
                        weakest_keys(scores) or unknown,
                        strategy[0],
                    ],
                    ["", "", "", "", "", "", "", strategy[1]],
                    True,
                )
            )
        for region in reference.regions:
            if region.code == own_code:
                continue
            source = source_of(region, reference)
            when = f" ({source.date.isoformat()})" if source and source.date else ""
            keys = region.key_scores.value
            strategy = self._strategy(reference, region.code)
            rows.append(
                (
                    [
                        region.name,
                        (source.title + when) if source else "–",
                        model(region.political_model.value),
                        model(region.administrative_model.value),
                        role(region.roles_today.value),
                        role(region.roles_ambition.value),
                        weakest_keys(dict(keys.scores)) if keys else unknown,
                        strategy[0],
                    ],
                    ["", self._source_tip(source), "", "", "", "", "", strategy[1]],
                    False,
                )
            )
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for i, (texts, tips, own) in enumerate(rows):
            for j, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if tips[j]:
                    item.setToolTip(plain_tip(tips[j]))
                if own:
                    item.setBackground(QBrush(OWN_ROW))
                    font = QFont(item.font())
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(i, j, item)
        self.table.resizeColumnsToContents()

    def _strategy(self, reference: ReferenceSet, code: str | None) -> tuple[str, str]:
        """The strategy in force in 2019 and, as a tooltip, its note and the page it comes
        from; "not known" when no source names one."""
        if code is None:
            return self.tr("not known"), ""
        try:
            fact = reference.region(code).strategy_2019
        except KeyError:
            return self.tr("not known"), ""
        if fact.value is None or fact.source is None:
            return self.tr("not known"), ""
        strategy = fact.value
        text = strategy.name + (f" ({strategy.period})" if strategy.period else "")
        return text, "\n".join(
            x for x in (strategy.note, self._source_tip(reference.source(fact.source))) if x
        )

    def _source_tip(self, source: Source | None) -> str:
        if source is None:
            return ""
        parts = [source.title, source.publisher, source.detail, source.url]
        return "\n".join(p for p in parts if p)

    def retranslate(self) -> None:
        self.title.setText(self.tr("The regions side by side"))
        self.refresh()
