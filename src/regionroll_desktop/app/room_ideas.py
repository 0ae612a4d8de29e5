"""The phones' ideas for the facilitator (issue #38): each idea with its upvotes, most upvoted
first, and what was made of it; one click (one undo step) makes the chosen idea a proposed
action or a parked question, hides it (never on the projector or in the report) or merges it
into another (its upvotes counted there). Shown in the room panel while the room answers and
on the conclusions page after."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..model import IdeaFate, Workshop
from ..model import edits as e
from ..model.room import Idea
from ..model.text import one_or_many
from ..room.ideas import board_of, board_parts
from ..ui.glyphs import shown
from ..ui.keys import native_keys
from ..ui.room_words import idea_kind_words
from ..ui.session import Session
from ..ui.widgets import muted, named

IDEA = Qt.ItemDataRole.UserRole


class IdeasBox(QGroupBox):
    """The room's ideas, to be weighed by the facilitator."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, hide_when_empty: bool = False
    ) -> None:
        super().__init__(parent)
        self.session = session
        self._hide_when_empty = hide_when_empty  # a page where the room may never have been
        self.list = named(QListWidget(), "roomIdeas")
        self.list.setMinimumHeight(120)
        self.list.setWordWrap(True)
        self.list.setSpacing(3)  # an idea and its line about it, apart from the next
        self.empty = named(QLabel(wordWrap=True), "roomIdeasEmpty")
        muted(self.empty)
        # Reviewed: a new idea reaches the other phones when the facilitator shows it.
        self.review = named(QCheckBox(), "ideasReview")
        self.review.toggled.connect(self._set_review)
        self.show_idea = named(QPushButton(), "ideaShow")
        self.show_idea.clicked.connect(lambda: self._apply("shown"))
        self.to_action = named(QPushButton(), "ideaToAction")
        self.to_parked = named(QPushButton(), "ideaToParked")
        self.hide_idea = named(QPushButton(), "ideaHide")
        self.merge = named(QPushButton(), "ideaMerge")
        self.reopen = named(QPushButton(), "ideaReopen")
        self.merge_menu = QMenu(self.merge)
        self.merge.setMenu(self.merge_menu)
        self.merge_menu.aboutToShow.connect(self._fill_merge_menu)
        self.to_action.clicked.connect(lambda: self._apply("action"))
        self.to_parked.clicked.connect(lambda: self._apply("parked"))
        self.hide_idea.clicked.connect(lambda: self._apply("hidden"))
        self.reopen.clicked.connect(lambda: self._apply("open"))
        # The keys a facilitator's hands expect on the list (there only: the page's own
        # Delete and Ctrl+Enter stay theirs): Ctrl+Enter makes an action, Delete hides,
        # Enter shows a waiting idea to the room.
        for keys, what in (("Ctrl+Return", "action"), ("Delete", "hidden"), ("Return", "shown")):
            shortcut = QShortcut(QKeySequence(keys), self.list)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda w=what: self._apply(w))
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        buttons = QHBoxLayout()
        for button in (
            self.show_idea,
            self.to_action,
            self.to_parked,
            self.hide_idea,
            self.merge,
            self.reopen,
        ):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.review)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        session.watch(board_parts, self._show, self)
        self.retranslate()
        self._show(session.workshop)

    # --- what shows ---

    def _ordered(
        self, workshop: Workshop, votes: dict[str, int], waiting: frozenset[str]
    ) -> list[Idea]:
        """Those `waiting` to be shown first (in the order they came), then the open ideas,
        most upvoted (`votes`, merged ones' counted) first; then those handled."""
        fates = {h.idea: h.fate for h in workshop.outcome.handled}
        order = {
            None: 0,
            IdeaFate.ACTION: 1,
            IdeaFate.PARKED: 1,
            IdeaFate.MERGED: 2,
            IdeaFate.HIDDEN: 3,
        }
        return sorted(
            workshop.room.ideas,
            key=lambda i: (i.id not in waiting, order[fates.get(i.id)], -votes.get(i.id, 0)),
        )

    def _show(self, workshop: Workshop) -> None:
        with QSignalBlocker(self.review):
            self.review.setChecked(workshop.outcome.review_ideas)
        waiting = workshop.waiting_ideas()
        votes = {b.id: len(b.voters) for b in board_of(workshop).shown}
        ideas = self._ordered(workshop, votes, waiting)
        texts = {i.id: i.text for i in workshop.room.ideas}
        current = self._current_id()
        with QSignalBlocker(self.list):
            self.list.clear()
            for idea in ideas:
                fate = workshop.outcome.fate(idea.id)
                n = votes.get(idea.id, len(idea.votes))
                what = one_or_many(
                    n, self.tr("{kind} · {n} upvote"), self.tr("{kind} · {n} upvotes")
                ).format(kind=idea_kind_words(idea.kind), n=n)
                if fate is not None:
                    what += " · " + self._fate_words(fate.fate, texts.get(fate.into or "", ""))
                if idea.id in waiting:
                    what += " · " + self.tr(
                        "waiting: the room does not see it yet (Enter shows it)"
                    )
                item = QListWidgetItem(f"{shown(idea.text)}\n{what}")
                item.setData(IDEA, idea.id)
                if fate is not None and fate.fate in (IdeaFate.HIDDEN, IdeaFate.MERGED):
                    font = item.font()
                    font.setStrikeOut(fate.fate is IdeaFate.HIDDEN)
                    item.setFont(font)
                    item.setForeground(self.palette().placeholderText())
                self.list.addItem(item)
            row = next((n for n, i in enumerate(ideas) if i.id == current), 0)
            if ideas:
                self.list.setCurrentRow(row)
        self.empty.setVisible(not ideas)
        self.list.setVisible(bool(ideas))
        if self._hide_when_empty:
            self.setVisible(bool(ideas))
        self._update_buttons()

    def _fate_words(self, fate: IdeaFate, into: str) -> str:
        return {
            IdeaFate.HIDDEN: self.tr("hidden"),
            IdeaFate.MERGED: self.tr("merged into “{text}”").format(text=shown(into)),
            IdeaFate.ACTION: self.tr("made an action"),
            IdeaFate.PARKED: self.tr("parked"),
        }[fate]

    def _current_id(self) -> str | None:
        item = self.list.currentItem()
        value = item.data(IDEA) if item is not None else None
        return value if isinstance(value, str) else None

    def _update_buttons(self) -> None:
        idea = self._current_id()
        outcome = self.session.workshop.outcome
        fate = outcome.fate(idea) if idea is not None else None
        is_open = idea is not None and fate is None
        for button in (self.to_action, self.to_parked, self.hide_idea, self.merge):
            button.setEnabled(is_open)
        self.show_idea.setVisible(outcome.review_ideas)
        self.show_idea.setEnabled(idea is not None and outcome.waiting(idea))
        self.merge.setEnabled(is_open and len(self._merge_targets(idea)) > 0)
        self.reopen.setEnabled(fate is not None and fate.fate in (IdeaFate.HIDDEN, IdeaFate.MERGED))

    def _merge_targets(self, idea: str | None) -> list[Idea]:
        workshop = self.session.workshop
        outcome = workshop.outcome
        return [
            i
            for i in workshop.room.ideas
            if i.id != idea and outcome.fate(i.id) is None and not outcome.waiting(i.id)
        ]

    def _fill_merge_menu(self) -> None:
        self.merge_menu.clear()
        idea = self._current_id()
        for target in self._merge_targets(idea):
            action = self.merge_menu.addAction(shown(target.text))
            action.triggered.connect(lambda _=False, t=target.id: self.merge_into(t))

    # --- what the facilitator makes of an idea (one undo step each) ---

    def merge_into(self, target: str) -> bool:
        idea = self._current_id()
        if idea is None:
            return False
        return self.session.apply(
            self.tr("Merge an idea into another"), lambda w: e.merge_idea(w, idea, target)
        )

    def _apply(self, what: str) -> bool:
        idea = self._current_id()
        if idea is None:
            return False
        if what == "action":
            return self.session.apply(
                self.tr("Make an idea an action"), lambda w: e.idea_to_action(w, idea)
            )
        if what == "parked":
            return self.session.apply(self.tr("Park an idea"), lambda w: e.idea_to_parked(w, idea))
        if what == "hidden":
            return self.session.apply(self.tr("Hide an idea"), lambda w: e.hide_idea(w, idea))
        if what == "shown":
            if not self.session.workshop.outcome.waiting(idea):
                return False  # (Enter on an idea the room sees already: nothing to do)
            return self.session.apply(
                self.tr("Show an idea to the room"), lambda w: e.show_idea(w, idea)
            )
        return self.session.apply(self.tr("Show an idea again"), lambda w: e.reopen_idea(w, idea))

    def _set_review(self, review: bool) -> None:
        text = self.tr("Review the room's ideas") if review else self.tr("Stop reviewing ideas")
        if not self.session.apply(text, lambda w: e.set_review_ideas(w, review)):
            with QSignalBlocker(self.review):
                self.review.setChecked(self.session.workshop.outcome.review_ideas)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Ideas from the room's phones (who sent them is not shown)"))
        self.review.setText(self.tr("Show each new idea to the room only when I let it through"))
        self.review.setToolTip(
            self.tr(
                "A new idea then waits here, and on its own phone, until you show it (Enter): "
                "the other phones, the projector and the report see it only then. The ideas "
                "the room has seen stay shown."
            )
        )
        self.show_idea.setText(self.tr("Show to the room"))
        self.show_idea.setToolTip(
            self.tr("The chosen idea, waiting, reaches the room's phones (Enter)")
        )
        self.empty.setText(
            self.tr(
                "No idea yet. Open “Ideas” for the phones: each may send a proposed action or "
                "a question for the parking lot, and upvote the others'."
            )
        )
        self.to_action.setText(self.tr("→ Action"))
        self.to_action.setToolTip(
            self.tr("The chosen idea becomes a proposed action in its words ({keys})").format(
                keys=native_keys("Ctrl+Return")
            )
        )
        self.to_parked.setText(self.tr("→ Parking lot"))
        self.to_parked.setToolTip(self.tr("The chosen idea becomes a parked question"))
        self.hide_idea.setText(self.tr("Hide"))
        self.hide_idea.setToolTip(
            self.tr(
                "The chosen idea leaves the phones, and never shows on the projector or in "
                "the report (Delete); it stays here, to be shown again"
            )
        )
        self.merge.setText(self.tr("Merge into"))
        self.merge.setToolTip(
            self.tr("The chosen idea says what another says: its upvotes count there")
        )
        self.reopen.setText(self.tr("Show again"))
        self._show(self.session.workshop)
