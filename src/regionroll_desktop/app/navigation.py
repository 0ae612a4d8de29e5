"""The column on the left of the window: the workshop's pages as an agenda, the current one
marked, and the page numbers the window and its shortcuts use."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from ..model import Language, Step
from ..model.deck import STEP_TITLES
from ..model.room import Question
from ..ui.contrast import styled
from ..ui.i18n import language
from ..ui.widgets import Retranslating
from .step_page import STEP_NUMBERS

PAGE_START, PAGE_DETAILS, PAGE_LANDSCAPE = 0, 1, 2
PAGE_OF_STEP = {step: PAGE_LANDSCAPE + n for step, n in STEP_NUMBERS.items()}
PAGE_KEYS = PAGE_LANDSCAPE + len(Step) + 1
PAGE_OUTCOME = PAGE_KEYS + 1
PAGE_COMPARE = PAGE_OUTCOME + 1
PAGE_NATIONAL = PAGE_COMPARE + 1
PAGE_COUNT = PAGE_NATIONAL + 1
# What the phones answer on each page (the room panel's "now" follows the page shown).
PAGE_QUESTIONS: dict[int, tuple[Question, ...]] = {
    PAGE_OF_STEP[Step.FINANSIERING]: (Question.MATRIX_TODAY, Question.MATRIX_AMBITION),
    PAGE_OF_STEP[Step.GENOMFORANDEPRAKTIK]: (Question.ROLES_TODAY, Question.ROLES_AMBITION),
    PAGE_KEYS: (Question.KEYS,),
    PAGE_OUTCOME: (Question.DOTS, Question.IDEAS),
}
# Ctrl+0 the workshop, Ctrl+1…4 the steps, Ctrl+5 the keys, Ctrl+6 the conclusions,
# Ctrl+7 compare, Ctrl+8 the regions side by side.
PAGE_SHORTCUTS = {
    PAGE_DETAILS: "Ctrl+0",
    **{page: f"Ctrl+{n}" for n, page in enumerate(PAGE_OF_STEP.values(), start=1)},
    PAGE_KEYS: f"Ctrl+{len(Step) + 1}",
    PAGE_OUTCOME: f"Ctrl+{len(Step) + 2}",
    PAGE_COMPARE: f"Ctrl+{len(Step) + 3}",
    PAGE_NATIONAL: f"Ctrl+{len(Step) + 4}",
}


class Slide(Enum):
    """What projector mode can show: the pages the room looks at."""

    LANDSCAPE = "landscape"
    ORGANISATION = Step.ORGANISATION.value
    FINANSIERING = Step.FINANSIERING.value
    STRATEGI = Step.STRATEGI.value
    GENOMFORANDEPRAKTIK = Step.GENOMFORANDEPRAKTIK.value
    KEYS = "keys"
    OUTCOME = "outcome"
    COMPARE = "compare"
    NATIONAL = "national"

    @property
    def step(self) -> Step | None:
        try:
            return Step(self.value)
        except ValueError:
            return None

    @classmethod
    def of(cls, step: Step) -> Slide:
        return cls(step.value)


# The step list reads as the workshop's agenda: a calm column with the current step marked.
NAV_INK, NAV_BG, NAV_CURRENT, NAV_HOVER, NAV_MARK = (
    "#e8eef4",
    "#23384d",
    "#35536f",
    "#2c4660",
    "#f0b429",
)
# In high contrast: white on black, the current step black on white with a black mark.
HIGH_NAV = ("#ffffff", "#000000", "#ffffff", "#333333", "#000000")
NAV_TEMPLATE = """
QListWidget#stepNavigation {{ background: {bg}; color: {ink}; padding-top: 12px; }}
QListWidget#stepNavigation::item {{ padding: 12px 18px; border-left: 6px solid transparent; }}
QListWidget#stepNavigation::item:selected {{ background: {current}; color: {current_ink};
    border-left: 6px solid {mark}; }}
QListWidget#stepNavigation::item:hover:!selected {{ background: {hover}; }}
"""


def nav_style(high: bool) -> str:
    ink, bg, current, hover, mark = (
        HIGH_NAV if high else (NAV_INK, NAV_BG, NAV_CURRENT, NAV_HOVER, NAV_MARK)
    )
    current_ink = "#000000" if high else "#ffffff"
    return NAV_TEMPLATE.format(
        bg=bg, ink=ink, current=current, current_ink=current_ink, hover=hover, mark=mark
    )


class StepNavigation(Retranslating, QListWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepNavigation")
        self.setFixedWidth(260)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        styled(self, nav_style)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.setFont(font)
        for _ in range(PAGE_COUNT):
            self.addItem(QListWidgetItem())
        self.retranslate()

    def current_step(self) -> Step | None:
        return next((s for s, page in PAGE_OF_STEP.items() if page == self.currentRow()), None)

    def current_slide(self) -> Slide:
        """What the projector shows for the page that is open (the landscape for the start
        and the workshop's details)."""
        step = self.current_step()
        if step is not None:
            return Slide.of(step)
        slides = {
            PAGE_KEYS: Slide.KEYS,
            PAGE_OUTCOME: Slide.OUTCOME,
            PAGE_COMPARE: Slide.COMPARE,
            PAGE_NATIONAL: Slide.NATIONAL,
        }
        return slides.get(self.currentRow(), Slide.LANDSCAPE)

    def page_name(self, page: int) -> str:
        """The page's name as a menu shows it ("1. Organisation")."""
        item = self.item(page)
        return item.text().replace("  ", ". ", 1) if item is not None else ""

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Pages of the workshop"))
        lang = language()
        names = [
            self.tr("Start"),
            self.tr("The workshop"),
            self.tr("The landscape"),
            *(f"{STEP_NUMBERS[s]}  {STEP_TITLES[s].text(Language.SV)}" for s in Step),
            self.tr("The keys"),
            self.tr("Conclusions"),
            self.tr("Compare"),
            self.tr("The regions"),
        ]
        tips = [
            self.tr("Start a new workshop or open one"),
            self.tr("Title, date, place, participants, groups and the region"),
            self.tr("A landscape in change: 1975, 2000, 2020"),
            *(STEP_TITLES[s].text(lang) for s in Step),
            self.tr("The five keys to the work: a score and a note each"),
            self.tr("What the room concluded on each question, and the actions it will take"),
            self.tr("Snapshots, what changed, and the reference regions side by side"),
            self.tr("Every region on one matrix and one role map, with this workshop among them"),
        ]
        for i, (name, tip) in enumerate(zip(names, tips, strict=True)):
            item = self.item(i)
            if item is not None:
                item.setText(name)
                item.setToolTip(tip)
