"""Projector mode: the page that is open as a presentation, full screen, whole, in type large
enough for the back of the room.

Each step shows its canvas fitted to the screen (never a scroll bar) beside the step's result
in words: the derived models (Organisation), the pyramid's differences from the deck's
(Strategi), the roles' weights and main roles (Genomförandepraktik); the capital matrix is its
own result. "I" shows what the deck says about the step. The landscape, the keys and the
comparison are projected too. The presentation holds its own views on the same session, so a
drag on the projector (a touch screen, a pen) and one on the laptop change the same workshop.
With one screen it covers it (Esc returns); with two it goes to the other screen and the
laptop keeps the editor. Page Down / Page Up (what a clicker sends) change the page (the
conclusions and actions, when too long for one screen in the room's type, a part at a time).
"""

from __future__ import annotations

import bisect
import html
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QFont,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..analysis.compare import what_changed
from ..analysis.keys import weakest
from ..canvases.figures import comparison_figure
from ..canvases.step_canvas import Aside, Board, Figure, Parts, StepCanvas, drawing_figure
from ..canvases.sticky_notes import NoteLayer
from ..export.report import Comparison
from ..export.statements import weakest_words
from ..export.words import report_words
from ..figures.drawing import Drawing as LaidOut
from ..figures.national_maps import NationalMap
from ..figures.room_results import results_drawing
from ..model import Key, Language, Step, Workshop
from ..model.deck import (
    DECK_SOURCE,
    KEY_POINTS,
    ROLES_NOT_A_CLASSIFICATION,
    RU_HSV_LEGEND,
    STEP_CONTEXT,
    STEP_QUESTIONS,
    STEP_TITLES,
)
from ..model.room import OwnQuestion, Question
from ..model.text import one_or_many
from ..ui.change_words import describe_change, since_words
from ..ui.drawing_painter import measure
from ..ui.figure_widget import Drawing, FigureWidget, grown
from ..ui.i18n import language
from ..ui.national import BODY_PX
from ..ui.national import Drawing as NationalDrawing
from ..ui.room_results import results_content
from ..ui.room_words import question_words
from ..ui.session import Session
from ..ui.side_words import side_lines
from ..ui.step_summary import room_count_lines, summary_lines
from ..ui.step_timer import StepTimer
from ..ui.step_words import diagnostic_lines, key_scale
from ..ui.timer_widget import TimerWidget
from ..ui.widgets import PageStack, Retranslating, named
from .landscape_page import LandscapePage
from .navigation import Slide
from .outcome_figure import outcome_figure, outcome_parts
from .step_page import STEP_NUMBERS

INK, HINT_INK = "#0f172a", "#334155"  # on white
STYLE = f"ProjectorWindow {{ background: white; }} QLabel {{ color: {INK}; }}"
MIN_PX, PX_AT_1080 = 18, 26  # body text: never under 18 px, 26 px on a 1080-line screen
RESULTS_SIZE, RESULTS_PX = (1200.0, 640.0), 18.0  # the results page as laid out, its body type
LEAST_AT_1080 = 24  # the smallest word on a 1080-line screen
SPLIT_BACK = 12  # a long paragraph split between screens ends a name at most this many words back


def other_screen(editor: QScreen) -> QScreen | None:
    """A screen other than the editor's (the projector's), when there is one."""
    return next((s for s in QGuiApplication.screens() if s is not editor), None)


NAMED_ON_SCREEN = 3  # the documents a line on the projector names; the rest are counted


def result_lines(workshop: Workshop, step: Step) -> list[str]:
    """The step's result in words, for the room: nothing for the capital matrix, which shows
    its result itself; in a follow-up, last, what changed on the step since the last
    workshop (as the step's page says it)."""
    lines = _step_result(workshop, step)
    if workshop.previous is not None:
        lines.append(since_words(workshop.previous, workshop, step))
    return lines


def _step_result(workshop: Workshop, step: Step) -> list[str]:
    lang = language()
    phones = room_count_lines(workshop, step)  # how many have answered, never who
    sides = side_lines(workshop, step, lang)  # the elected members and the officials
    if step is Step.FINANSIERING:
        return sides + phones
    if step is Step.STRATEGI:  # a few documents named in each line: the rest counted
        return [text for text, _ in diagnostic_lines(workshop, most=NAMED_ON_SCREEN)]
    own_role = step is Step.GENOMFORANDEPRAKTIK and workshop.implementation.other_role is not None
    lines = summary_lines(workshop, step, lang)[: 3 if own_role else 2]
    if step is Step.GENOMFORANDEPRAKTIK:
        lines += sides
        lines.append(ROLES_NOT_A_CLASSIFICATION.text(lang))  # the deck's own reminder
    return lines + phones


@dataclass
class ProjectorWindow(Retranslating, QWidget):
    stepRequested = Signal(int)  # noqa: N815  -1 or +1: the previous or next page
    closed = Signal()

    def __init__(
        self,
        session: Session,
        timer: StepTimer,
        make_canvas: Callable[[Board], StepCanvas],
        comparison: Callable[[], Comparison | None],
        national: Callable[[float, bool, tuple[NationalMap, ...]], NationalDrawing] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("projector")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setStyleSheet(STYLE)
        self.session = session
        self._make_canvas = make_canvas
        self._comparison = comparison
        self._national = national
        self._timer = timer
        self.slide = Slide.LANDSCAPE
        self.px = MIN_PX
        self.title = named(QLabel(), "projectorTitle")
        self.title.setWordWrap(True)
        self.question = named(QLabel(), "projectorQuestion")
        self.question.setWordWrap(True)
        self.timers = QStackedWidget()
        self.timer_widgets = {step: TimerWidget(timer, step, big=True) for step in Step}
        for widget in self.timer_widgets.values():
            self.timers.addWidget(widget)
        self.pages = named(PageStack(), "projectorPages")  # only the page shown sizes it
        self.landscape = LandscapePage(about=False)  # the timeline alone fills the screen
        self.pages.addWidget(self.landscape)
        self.canvases: dict[Step, StepCanvas] = {}
        self.slides: dict[Slide, QWidget] = {Slide.LANDSCAPE: self.landscape}
        # The slide shown, a screen at a time when a piece of it is more than a screen holds
        # in the room's type (the conclusions, a tall pyramid, the text beside a canvas).
        self.parts = Parts(self._show_part, self)
        self.parts.changed.connect(self._retitle)
        self._side_pages: list[list[str]] = []  # the text beside it, a screen's paragraphs each
        self.result = named(QLabel(), "projectorResult")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        # Its text is paged to the side's room (`side_pages`): it asks the window for no
        # height of its own (a screen's text for a taller window kept the window that tall
        # when it was made smaller, and its foot off the screen).
        self.result.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.context = named(QLabel(), "projectorContext")
        self.context.setWordWrap(True)
        self.context.setTextFormat(Qt.TextFormat.RichText)
        self.context.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.context.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.context.hide()
        self.context_shown = False  # "I" shows what the deck says in place of the result
        self._context: list[str] = []  # its paragraphs, in markup
        self.hint = named(QLabel(), "projectorHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(f"color: {HINT_INK};")

        side = QVBoxLayout()
        side.setContentsMargins(0, 0, 0, 0)
        side.addWidget(self.result)
        side.addWidget(self.context)  # (no stretch under them: it took half the result's room)
        self.side = QWidget()
        self.side.setLayout(side)
        texts = QVBoxLayout()
        texts.addWidget(self.title)
        texts.addWidget(self.question)
        header = QHBoxLayout()
        header.addLayout(texts, 1)
        header.addWidget(self.timers, 0, Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        body.setSpacing(24)
        body.addWidget(self.pages, 1)
        body.addWidget(self.side)
        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addLayout(header)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)

        def key(shortcut: str | QKeySequence.StandardKey, slot: Callable[[], object]) -> None:
            act = QAction(self)
            act.setShortcut(shortcut)
            act.triggered.connect(slot)
            self.addAction(act)

        key("Esc", self.close)
        key("F5", self.close)
        key("PgDown", lambda: self.turn(1))
        key("PgUp", lambda: self.turn(-1))
        key("Ctrl+T", self._toggle_timer)
        key("I", self.toggle_context)
        session.watch(lambda w: w, self._refresh, self)
        self.retranslate()

    # --- what is shown ---

    def show_slide(self, slide: Slide) -> None:
        """Present `slide` (a step's canvas and result, the landscape, the keys or the
        comparison)."""
        self.slide = slide
        self.results_question = None
        widget = self.slides.get(slide)
        if widget is None:
            widget = self.slides[slide] = self._build(slide)
            self.pages.addWidget(widget)
        self.pages.setCurrentWidget(widget)
        step = slide.step
        self.timers.setVisible(step is not None)
        if step is not None:
            self.timers.setCurrentWidget(self.timer_widgets[step])
        self.context_shown = False
        self._apply_scale()
        self.retranslate()
        # A slide in parts from its first (paged back into it: its last, as a deck's go).
        self.parts.show(Parts.LAST if self._backwards else 0)

    # --- turning the pages ---

    _backwards = False  # while Page Up asks for the slide before
    _outcome_count = 1  # the screens the conclusions and actions take
    _national_count = 1  # the screens the regions' maps take

    def _canvas_parts(self) -> Parts | None:
        """The screens of the projected canvas shown (a pyramid taller than the screen in
        the room's type)."""
        step = self.slide.step
        parts = getattr(self.canvases.get(step), "parts", None) if step is not None else None
        return parts if isinstance(parts, Parts) else None

    def _part_count(self) -> int:
        """How many screens the slide shown takes: as many as its longest piece, the canvas's,
        the conclusions' or the text beside it (the others stay at their last)."""
        counts = [len(self._side_pages)]
        if self.slide is Slide.OUTCOME:
            counts.append(self._outcome_count)
        if self.slide is Slide.NATIONAL:
            counts.append(self._national_count)
        canvas = self._canvas_parts()
        if canvas is not None:
            counts.append(canvas.count)
        return max(counts)

    def _recount(self) -> None:
        self.parts.set_count(self._part_count())

    def _show_part(self) -> None:
        """Each piece of the slide at the screen shown, or its last."""
        shown = self.parts.shown
        canvas = self._canvas_parts()
        if canvas is not None:
            canvas.show(min(shown, canvas.count - 1))
        widget = self.slides.get(self.slide)
        if self.slide in (Slide.OUTCOME, Slide.NATIONAL) and isinstance(widget, FigureWidget):
            widget.refresh()
        self._show_side()

    def turn(self, by: int) -> None:
        """Page Down (+1) or Page Up (-1): the next or previous screen of a slide in parts,
        else the next or previous slide."""
        shown = self.parts.shown + by
        if self.results_question is None and 0 <= shown < self.parts.count:
            self.parts.show(shown)
            return
        self._backwards = by < 0
        try:
            self.stepRequested.emit(by)
        finally:
            self._backwards = False

    def _national_on_screen(self, size: QSize, px: float) -> Drawing:
        """The regions' two maps side by side, their words never under `px` on `size`; or
        one map a screen, where two side by side cannot keep them so large (a crowd's
        legends beside both on a 4:3 screen: the axes' words were cut) or lay numbers over
        one another that one map alone, larger, keeps apart."""
        national = self._national
        assert national is not None

        def maps(which: tuple[NationalMap, ...]) -> tuple[NationalDrawing, float]:
            return grown(lambda body: national(body, True, which), size, px, BODY_PX)

        both, shown = maps(tuple(NationalMap))
        parts = [both]
        if shown < px - 0.05 or both.overlaps:  # (else nothing a map alone does better)
            alone = [maps((m,)) for m in NationalMap]
            least = min(large for _one, large in alone)
            if shown >= px - 0.05:  # one screen, unless one map alone is as large and clearer
                clearer = both.overlaps > max(one.overlaps for one, _large in alone)
                split = clearer and least >= px - 0.05
            else:  # (where neither gets its words as large, the one that gets them larger)
                split = least > shown
            if split:
                parts = [one for one, _large in alone]
        self._national_count = len(parts)
        self._recount()
        return parts[min(self.parts.shown, len(parts) - 1)]

    def _outcome_on_screen(self, size: QSize, px: float) -> Figure:
        """The part of the conclusions and actions shown, laid out for `size` in type never
        under `px` (in parts when all of it would be smaller)."""
        parts = outcome_parts(self.session.workshop, size, px)
        self._outcome_count = len(parts)
        self._recount()
        return parts[min(self.parts.shown, len(parts) - 1)]

    def _retitle(self) -> None:
        """The slide's title, with the screen shown when it takes more than one ("(2 of 5)")."""
        if self.results_question is not None:
            return
        lang = language()
        step = self.slide.step
        if step is not None:
            title = f"{STEP_NUMBERS[step]}. {STEP_TITLES[step].text(lang)}"
        else:
            title = {
                Slide.KEYS: self.tr("The keys"),
                Slide.OUTCOME: self.tr("Conclusions and actions"),
                Slide.COMPARE: self.tr("What changed"),
                Slide.NATIONAL: self.tr("The regions side by side"),
            }.get(self.slide, self.tr("The region's role in regional development"))
        if self.parts.count > 1:
            title = self.tr("{title} ({k} of {n})").format(
                title=title, k=self.parts.shown + 1, n=self.parts.count
            )
        self.title.setText(title)

    # --- the room's results ---

    results_question: Question | None = None
    results_own: OwnQuestion | None = None  # the facilitator's own question, when shown
    results_widget: FigureWidget | None = None

    def show_results(self, question: Question | None, own: OwnQuestion | None = None) -> None:
        """What the phones answered to `question` (the facilitator's own: `own`), drawn for
        the room (no editing control); None: back to the slide shown before."""
        self.results_question = question
        self.results_own = own
        if question is None:
            self.show_slide(self.slide)
            return
        if self.results_widget is None:
            self.results_widget = named(
                FigureWidget(
                    lambda: self._results_figure(RESULTS_PX),
                    for_type=self._results_figure,
                    base_px=RESULTS_PX,
                ),
                "projectorResults",
            )
            self.pages.addWidget(self.results_widget)
        self.results_widget.least_px = self.least_px()
        self.results_widget.refresh()
        self.pages.setCurrentWidget(self.results_widget)
        self.timers.setVisible(False)
        self.context_shown = False
        own_words = own.text if question is Question.OWN and own is not None else ""
        self.title.setText(own_words or question_words(question))
        self.question.setText("")
        self.result.hide()
        self.context.hide()
        self.side.hide()
        self._set_hint()

    def _results_figure(self, px: float) -> Figure:
        question = self.results_question
        if question is None:
            return drawing_figure(LaidOut(1.0, 1.0))
        content = results_content(self.session.workshop, question, self.results_own)
        content = replace(content, title="")  # the page's title says it, large
        width, height = RESULTS_SIZE
        return drawing_figure(results_drawing(content, width, height, px, measure))

    def show_step(self, step: Step | None) -> None:
        self.show_slide(Slide.LANDSCAPE if step is None else Slide.of(step))

    def _build(self, slide: Slide) -> QWidget:
        step = slide.step
        if step is not None:
            canvas = self.canvases[step] = self._make_canvas(Board.of(step))
            notes = getattr(canvas, "notes", None)
            if isinstance(notes, NoteLayer):  # too many notes: their texts beside it
                notes.numberedChanged.connect(lambda s=step: self._aside_changed(s))
            aside = getattr(canvas, "aside", None)
            if isinstance(aside, Aside):  # a legend too long for the screen: beside it
                aside.changed.connect(lambda s=step: self._aside_changed(s))
            parts = getattr(canvas, "parts", None)
            if isinstance(parts, Parts):  # taller than the screen in the room's type
                parts.changed.connect(self._recount)
            canvas.present(self._zoom(), self.least_px())
            return canvas.as_widget()
        if slide is Slide.KEYS:
            from ..canvases.keys import keys_chart  # pyqtgraph: only when projected

            # Laid out for the screen: its words the room's body type, the bars filling
            # the room the screen gives them.
            chart = FigureWidget(
                lambda: keys_chart(self.session.workshop),
                fitted=lambda size, least: keys_chart(
                    self.session.workshop,
                    max(least, self.px),
                    (float(size.width()), float(size.height())),
                ),
            )
            chart.least_px = self.least_px()
            return named(chart, "projectorKeys")
        if slide is Slide.OUTCOME:
            return named(
                FigureWidget(
                    lambda: outcome_figure(self.session.workshop),
                    fitted=self._outcome_on_screen,
                ),
                "projectorOutcome",
            )
        if slide is Slide.NATIONAL and self._national is not None:
            national = self._national
            figure = FigureWidget(
                lambda: national(BODY_PX, True, tuple(NationalMap)), fitted=self._national_on_screen
            )
            figure.least_px = self.least_px()
            return named(figure, "projectorNational")
        pair = FigureWidget(
            lambda: self._pair_figure(QSize(1000, 1000), BODY_PX), fitted=self._pair_figure
        )
        pair.least_px = self.least_px()
        return named(pair, "projectorComparison")

    def _pair_figure(self, size: QSize, px: float) -> Figure:
        """The comparison's two states on one matrix, laid out for `size` in `px` type (an
        empty matrix while none is chosen)."""
        chosen = self._comparison()
        a, b, name_a, name_b = chosen or (Workshop(), Workshop(), "", "")
        return comparison_figure(
            a, b, (name_a, name_b), language(), size.width(), size.height(), px
        )

    def refresh(self) -> None:
        """The figures and the side drawn again for what they show besides the workshop: the
        reference regions, the states compared (a set of regions built while its slide was
        projected did not show until the slide was left and shown again)."""
        self._refresh(self.session.workshop)

    def _refresh(self, _workshop: Workshop) -> None:
        for slide in (Slide.KEYS, Slide.OUTCOME, Slide.COMPARE, Slide.NATIONAL):
            widget = self.slides.get(slide)
            if isinstance(widget, FigureWidget):
                widget.refresh()
        if self.results_question is not None and self.results_widget is not None:
            self.results_widget.refresh()  # the phones' answers as they arrive
            return
        self._show_result()

    def _show_result(self) -> None:
        step = self.slide.step
        legend: list[str] = []  # the names of the numbers drawn on the canvas, under a heading
        headed = 0  # how many lines after the first it heads
        if self.slide is Slide.COMPARE:  # "From … to …:", then what changed
            lines = self._changes()
            headed = len(lines) - 1
        elif self.slide is Slide.KEYS:
            # The chart marks the weakest keys; when none is (a tie of all, one key scored, or
            # none), the side says why, not a chart without a red bar.
            workshop = self.session.workshop
            lines = [] if weakest(workshop) else [weakest_words(workshop, report_words())]
        elif step is not None:
            aside = getattr(self.canvases.get(step), "aside", None)
            beside = aside.lines if isinstance(aside, Aside) else []
            result = result_lines(self.session.workshop, step)
            # A legend of the canvas's numbers first: without it the numbers drawn on the
            # canvas name nothing (the sides' long sentences took the screen before it),
            # under a heading that says what they number (the notes' numbers are listed
            # under theirs); what else it leaves beside it after the result (the models
            # before the bodies with no branch, which at the limits took the screen).
            if isinstance(aside, Aside) and aside.names_numbers and beside:
                legend = [self.tr("Numbered markers on the canvas:"), *beside]
                lines, headed = legend + result, len(beside)
            else:
                lines = result + beside
        else:
            lines = []
        layer = getattr(self.canvases.get(step), "notes", None) if step is not None else None
        notes, left_out = (
            ([], 0) if not isinstance(layer, NoteLayer) else (layer.numbered, layer.left_out)
        )
        marked: list[str] = []
        if self.context_shown:
            # The deck's text ("I") in the result's place, a screen at a time like the rest
            # (at 600 lines its foot was cut); the numbers on the canvas are still named
            # under it (the room read numbers that named nothing).
            lines, marked = legend, self._context
        self._side_pages = self.side_pages(lines, notes, left_out, headed=headed, marked=marked)
        self._recount()
        self._show_side()

    def _show_side(self) -> None:
        """The text beside the slide at the screen shown (or its last)."""
        pages = self._side_pages
        page = pages[min(self.parts.shown, len(pages) - 1)] if pages else []
        # The deck's text ("I"), the names of the canvas's numbers under it, in its label.
        shown, other = (
            (self.context, self.result) if self.context_shown else (self.result, self.context)
        )
        shown.setText(_paragraphs(page))
        shown.setVisible(bool(page))
        other.hide()
        self.side.setVisible(bool(page))

    def _aside_changed(self, step: Step) -> None:
        if self.slide.step is step and self.results_question is None:
            self._show_result()

    def side_pages(
        self,
        lines: list[str],
        notes: list[str] | None = None,
        left_out: int = 0,
        room: int | None = None,
        headed: int = 0,
        marked: Sequence[str] = (),
    ) -> list[list[str]]:
        """The text beside the slide, in screens of what the side holds: the lines, then the
        texts of the numbered notes the canvas shows under a line saying what they are, and
        how many notes it leaves out (their items are off the screen); each screen as many
        paragraphs as fit, in order; a paragraph longer than the side alone goes on over the
        next screens, split between words. Never a cut line, nothing counted away (at the
        limits the legend's names, the bodies with no branch and the notes' texts were
        counted, "… and 26 more"). `room`: the side's height for it (all of it by default);
        `headed`: the first line is the heading of that many lines after it (said again on
        each screen that goes on with them); `marked`: paragraphs in markup before the
        lines, the first the heading of the others (the deck's text, "I"). The screens'
        paragraphs are in markup."""
        notes = [_esc(note) for note in notes or []]
        paragraphs = [*marked, *(_esc(line) for line in lines)]
        if notes:
            paragraphs += [_esc(self.tr("The notes on the canvas, by their numbers:")), *notes]
        canvas = self._canvas_parts()
        if left_out:
            one, many = (
                (  # on the canvas's other screens
                    self.tr(
                        "{n} note on what another screen of this page shows: there, and in the "
                        "report by its number."
                    ),
                    self.tr(
                        "{n} notes on what other screens of this page show: there, and in the "
                        "report by their numbers."
                    ),
                )
                if canvas is not None and canvas.count > 1
                else (
                    self.tr(
                        "{n} note on what the screen does not show: in the report, by its number."
                    ),
                    self.tr(
                        "{n} notes on what the screen does not show: in the report, by "
                        "their numbers."
                    ),
                )
            )
            paragraphs.append(_esc(one_or_many(left_out, one, many).format(n=left_out)))
        room = self.pages.height() if room is None else room
        width = self.side.width()
        if room <= 0 or width <= 0 or not paragraphs:
            return [paragraphs] if paragraphs else []
        probe = QLabel()
        probe.setWordWrap(True)
        probe.setFont(self.result.font())

        def fits(page: list[str]) -> bool:
            probe.setText(_paragraphs(page))
            return probe.heightForWidth(width) <= room

        def most(items: list[str], head: list[str], words: bool = False) -> int:
            """The most of `items` from the first that the side holds under `head` (found
            by halving); `words`: the words of one paragraph."""

            def page(k: int) -> list[str]:
                return [*head, " ".join(items[:k])] if words else [*head, *items[:k]]

            return bisect.bisect_left(
                range(1, len(items) + 1), True, key=lambda k: not fits(page(k))
            )

        # The lists under a heading (what changed, the notes' texts, the deck's text): each
        # as its heading's place, its first item's and the place past its last.
        m, n = len(marked), len(marked) + len(lines)
        lists = [(n, n + 1, n + 1 + len(notes))] if notes else []
        if headed:
            lists.append((m, m + 1, m + 1 + headed))
        if m > 1:
            lists.append((0, 1, m))
        pages: list[list[str]] = []
        at = 0  # the paragraph the next screen starts with
        while at < len(paragraphs):
            # A screen that goes on with a list says again what it is.
            head = [paragraphs[h] for h, first, past in lists if first < at < past]
            rest = paragraphs[at:]
            kept = most(rest, head)
            if 1 < kept < len(rest) and any(at + kept == first for _, first, _ in lists):
                kept -= 1  # a heading goes on with its list, never ends a screen alone
            if kept:
                pages.append([*head, *rest[:kept]])
                at += kept
                continue
            words = rest[0].split()  # longer than the side alone: as many words as fit,
            kept = max(1, most(words, head, words=True))
            ends = [j + 1 for j in range(max(0, kept - SPLIT_BACK), kept) if words[j][-1] in ",;:."]
            kept = ends[-1] if ends else kept  # to the end of a name or clause near the foot
            pages.append([*head, " ".join(words[:kept])])
            if kept < len(words):
                paragraphs[at] = " ".join(words[kept:])
            else:
                at += 1
        return pages

    def _changes(self) -> list[str]:
        chosen = self._comparison()
        if chosen is None:
            return [self.tr("Choose two states on the Compare page to show what changed.")]
        a, b, name_a, name_b = chosen
        changes = [describe_change(c) for c in what_changed(a, b)]
        head = self.tr("From “{a}” to “{b}”:").format(a=name_a, b=name_b)
        if not changes:
            return [head, self.tr("No differences.")]
        return [head, *changes]

    def _set_hint(self) -> None:
        """The keys the screen answers to, at its foot ("I" only where there is what the
        deck says to show)."""
        self.hint.setText(
            self.tr("I: what the deck says · Page Down / Page Up: next / previous · Esc: back")
            if self._has_context()
            else self.tr("Page Down / Page Up: next / previous · Esc: back")
        )

    def _has_context(self) -> bool:
        """Whether the slide has what the deck says to show (a step's context, the keys'
        points); the phones' results, shown in its place, have none (the side with the
        step's result came back beside them)."""
        if self.results_question is not None:
            return False
        return self.slide.step is not None or self.slide is Slide.KEYS

    def toggle_context(self) -> None:
        """What the deck says about the step or the keys, beside the result (the key I)."""
        if not self._has_context():
            return
        self.context_shown = not self.context_shown
        self._show_result()

    # --- the size of things ---

    def least_px(self) -> float:
        """The smallest type anything on the screen may have: 18 px at 720 lines, 24 at
        1080 (the back of the room), in whole pixels (at 1024 lines the conclusions were set
        in 22.7 px type for the 22.76 asked)."""
        return max(MIN_PX, math.ceil(LEAST_AT_1080 * self.height() / 1080 - 1e-6))

    def _zoom(self) -> float:
        """How much larger the canvases draw: about twice on a 1080-line screen."""
        return max(1.2, 2.0 * self.height() / 1080) if self.height() > 0 else 1.6

    def _apply_scale(self) -> None:
        """Type sized for the screen: body text 26 px at 1080 lines, never under 18 px."""
        self.px = max(MIN_PX, round(PX_AT_1080 * self.height() / 1080))
        margin = round(self.px * 1.3)
        self._layout.setContentsMargins(margin, round(margin * 0.6), margin, round(margin * 0.5))
        for label, factor, bold in (
            (self.title, 1.6, True),
            (self.question, 1.15, False),
            (self.result, 1.0, False),
            (self.context, 1.0, False),
            (self.hint, 0.95, False),
        ):
            font = QFont(self.font())
            font.setPixelSize(max(MIN_PX, round(self.px * factor)))
            font.setBold(bold)
            label.setFont(font)
        self.side.setFixedWidth(round(min(self.width() * 0.26, max(0, self.width() - 600))))
        self.landscape.set_text_px(self.px)
        for canvas in self.canvases.values():
            canvas.present(self._zoom(), self.least_px())
        for figure in self.findChildren(FigureWidget):
            figure.set_least_px(self.least_px())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._apply_scale()
        # Laid out again in the new type now: the side's room is the canvas's height under
        # the title as large as it now is (measured before, it was the room under the last
        # size's smaller title, and a window made larger had its side's last line cut).
        self._layout.activate()
        if self.results_question is None:
            self._show_result()  # the result's lines fitted to the new room

    # --- the window ---

    def _toggle_timer(self) -> None:
        step = self.slide.step
        if step is not None:
            self._timer.toggle(step)

    def show_beside(self, editor: QScreen) -> QScreen | None:
        """Full screen on a screen other than the editor's when there is one (returned), else
        over the editor's own."""
        other = other_screen(editor)
        self.show_on(other or editor)
        return other

    def show_on(self, screen: QScreen) -> None:
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.closed.emit()
        super().closeEvent(event)

    def retranslate(self) -> None:
        lang = language()
        step = self.slide.step
        heading = self.tr("What the deck says")
        said = f"<b>{_esc(heading)}</b>"  # the heading of the key I's text
        self._set_hint()
        self._retitle()
        if step is not None:
            self.question.setText(STEP_QUESTIONS[step].text(lang))
            self._context = [
                said,
                *(_esc(p.text(lang)) for p in STEP_CONTEXT[step]),
                _esc(DECK_SOURCE),
            ]
        elif self.slide is Slide.KEYS:
            self.question.setText(self.tr("Where is the work strongest, and where weakest?"))
            # The deck's point for each key, what the scores mean and RU/HSV (the key I).
            self._context = [
                said,
                *(
                    f"<b>{_esc(name.text(Language.SV))}</b>: {_esc(point.text(lang))}"
                    for name, point in (KEY_POINTS[k] for k in Key)
                ),
                _esc(key_scale()),
                _esc(RU_HSV_LEGEND.text(lang)),
                _esc(DECK_SOURCE),
            ]
        elif self.slide is Slide.OUTCOME:
            self.question.setText(self.tr("What did the room conclude, and what will it do?"))
        elif self.slide is Slide.NATIONAL:
            self.question.setText(self.tr("Where does the region stand among the others?"))
        else:
            self.question.setText("")
        self.question.setVisible(bool(self.question.text()))
        self._show_result()


def _esc(text: str) -> str:
    return html.escape(text, quote=False)


def _paragraphs(texts: list[str]) -> str:
    """Paragraphs in markup (`side_pages`'s) as one text."""
    return "".join(f"<p>{text}</p>" for text in texts)
