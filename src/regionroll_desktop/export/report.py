"""The workshop report as PDF: a cover, one page per step with its canvas as vector graphics,
its note and what the canvas says (diagnostics, prompts, models), the keys, the comparison
with the latest snapshot, and the sources of every reference fact."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QRectF,
)
from PySide6.QtGui import QPainter

from .. import __version__
from ..analysis.capital import capital_reading
from ..analysis.compare import what_changed
from ..analysis.consequences import consequences
from ..analysis.sides import key_sides
from ..canvases.figures import comparison_figure
from ..canvases.step_canvas import Board, Figure
from ..figures.drawing import PAGE_PX, Reader
from ..model import Branch, FocusTier, Key, Language, Snapshot, Step, Workshop
from ..model.deck import (
    BRANCH_LABELS,
    DECK_SOURCE,
    KEY_POINTS,
    RU_HSV_LEGEND,
    STEP_QUESTIONS,
    STEP_TITLES,
)
from ..reference import ReferenceSet, Source
from ..ui.capital_words import reading_lines, suggestion_rule, suggestion_words
from ..ui.change_words import describe_change, sticky_note_lines, weight_rule
from ..ui.consequence_words import consequences_html
from ..ui.glyphs import shown
from ..ui.i18n import language
from ..ui.national import cited_sources, national_headers, national_rows
from ..ui.outcome_words import action_status_words, link_words, step_words
from ..ui.reference_library import ReferenceLibrary
from ..ui.review_words import held_words, review_summary, verdict_words
from ..ui.side_by_side import comparison_rows
from ..ui.side_words import key_sides_words, side_lines, sides_rule
from ..ui.step_summary import position_rule, summary_lines
from ..ui.step_words import (
    deck_caveat,
    diagnostic_lines,
    key_scale,
    political_assessment_html,
    priority_tests_words,
    prompts_html,
    relevance_tests_quote,
    untested_words,
)
from .onepage import draw_onepage
from .pages import (
    EIGHT_PT_PX,
    TABLE,
    Pages,
    Table,
    escape,
    footer_words,
    snapshot_time,
    via_part,
    workshop_date,
)
from .pictures import FILE_STEMS, NATIONAL_STEM, Picture, build_pictures
from .room_section import room_sections
from .statements import short_date, weakest_words
from .words import report_words

FIGURE_SHARE = 0.45  # a step's figure keeps at least this share of its page
PAIR_SHARE = 0.5  # the comparison's two states on one matrix: at most this share of a page
ASIDE_SHARE = 1 / 3  # of a page's width: the column beside a map for its legend and notes
ASIDE_GAP = 32.0  # between a map and its column: a callout at its edge read as the list's
SHORT_SECTION = 120.0  # a section's start kept together (a heading and a few lines)
REPORT_STEPS = 9  # cover, summary, four steps, keys, comparison, sources: one progress step each
OWN_ROW = "#fef3c7"  # the workshop's own region in the regions' table


Comparison = tuple[Workshop, Workshop, str, str]  # state A, state B, their names


class ExportCancelledError(Exception):
    """The person exporting cancelled; nothing half-written is left behind."""


class Steps:
    """An export's steps, each reported as it is done; `progress(done, total)` returning
    False cancels (ExportCancelledError)."""

    def __init__(self, progress: Callable[[int, int], bool] | None, total: int) -> None:
        self._progress = progress
        self.total = total
        self.done = 0

    def tick(self) -> None:
        self.done += 1
        if self._progress is not None and self._progress(self.done, self.total) is False:
            raise ExportCancelledError


def _cover(
    pages: Pages, w: Workshop, texts: dict[str, str], snapshot: Snapshot | None = None
) -> str:
    """Page 1: the title and the workshop's details. A list of participants or groups too
    long for the page is listed at the report's end instead (the workshop on one page is
    page 2); returns that list's section ("" when the cover holds it)."""
    d = w.details
    listed = [
        (texts["participants"], d.participants or "–"),
        (texts["groups"], ", ".join(g.name for g in d.groups) or "–"),
    ]
    rows = [
        (texts["region"], w.region.name if w.region else "–"),
        (texts["date"], workshop_date(w)),
        (texts["place"], d.place or "–"),
        (texts["facilitator"], d.facilitator or "–"),
    ]
    note = ""
    extra = []
    if snapshot is not None:
        extra.append((texts["snapshot"], f"{snapshot.name} ({snapshot_time(snapshot)})"))
        note = texts["snapshot_note"].format(name=snapshot.name, when=snapshot_time(snapshot))
    built_on = texts["built_on"].format(deck=DECK_SOURCE)

    def cover(details: list[tuple[str, str]]) -> str:
        table = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>"
            for k, v in details
        )
        return (
            f"<h1>{escape(d.title or texts['report'])}</h1>"
            f"<p class='q'>{escape(texts['subtitle'])}</p>"
            f"<table cellpadding='4'>{table}</table><br>"
            + (f"<p><b>{escape(note)}</b></p>" if note else "")
            + f"<p class='muted'>{escape(built_on)} RegionRoll Desktop {__version__}.</p>"
        )

    whole = cover(rows + listed + extra)
    pages.new()
    pages.top = 40
    if pages.text_height(whole) <= pages.room():
        pages.text(whole)
        return ""
    pointer = [(k, texts["listed_last"]) for k, _ in listed]
    pages.text(cover(rows + pointer + extra))
    return "".join(f"<h2>{escape(k)}</h2><p>{escape(v)}</p>" for k, v in listed)


def _summary(pages: Pages, w: Workshop) -> None:
    """Page 2: the workshop on one page (the four steps in small with their answers, the
    keys, the room's conclusions and its actions); the pages after it hold every text whole."""
    draw_onepage(pages, w)


def _actions_table(w: Workshop, texts: dict[str, str]) -> str | Table:
    """The actions as the room left them: what, who, by when, which step, status (and the
    dots, when the groups voted)."""
    actions = w.outcome.actions
    lead = f"<h2>{escape(texts['actions'])}</h2>"
    if not actions:
        return f"{lead}<p>{escape(texts['no_actions'])}</p>"
    locale = QLocale()
    voted = bool(w.outcome.votes)  # the dots, when the groups voted
    rows = tuple(
        (
            escape(a.what),
            escape(a.who) or "–",
            escape(short_date(locale, a.due)),
            escape(link_words(a)),
            escape(action_status_words(a.status)),
            *((str(w.outcome.dots_on(a.id)),) if voted else ()),
        )
        for a in actions
    )
    columns = ("what", "who", "due", "step", "status", *(("dots",) if voted else ()))
    aligns = ("left",) * 5 + ("center",)
    heads = tuple(texts[k] for k in columns)
    return Table(heads, rows, lead=lead, aligns=aligns[: len(columns)])  # widths from words


def _review(w: Workshop) -> str | Table:
    """A follow-up's review of the last workshop's actions: what was done and what was not,
    in words, then each action with who, when, what became of it, its note and whether it
    carried over ("" when the workshop follows up none)."""
    previous = w.previous
    if previous is None or not previous.workshop.outcome.actions:
        return ""
    locale = QLocale()
    here = {a.id for a in w.outcome.actions}
    heads = (
        QCoreApplication.translate("Report", "Action"),
        QCoreApplication.translate("Report", "Who"),
        QCoreApplication.translate("Report", "Due"),
        QCoreApplication.translate("Report", "What became of it"),
        QCoreApplication.translate("Report", "Note"),
        QCoreApplication.translate("Report", "Carried over"),
    )
    rows: list[tuple[str, ...]] = []
    for action in previous.workshop.outcome.actions:
        review = w.outcome.review(action.id)
        carried = review is not None and review.carried in here
        cells = (
            shown(action.what),
            shown(action.who) or "–",
            short_date(locale, action.due),
            verdict_words(review.verdict if review else None),
            shown(review.note) if review and review.note else "–",
            QCoreApplication.translate("Report", "yes") if carried else "–",
        )
        rows.append(tuple(escape(c) for c in cells))
    title = QCoreApplication.translate("Report", "The last workshop's actions ({date})").format(
        date=held_words(previous)
    )
    lead = f"<h2>{escape(title)}</h2><p>{escape(review_summary(w))}</p>"
    return Table(heads, tuple(rows), lead=lead)  # widths from the words


def _parked(w: Workshop, texts: dict[str, str]) -> str:
    """The parking lot: the open questions first, then those the room closed."""

    def items(closed: bool) -> str:
        return "".join(
            f"<li>{escape(q.text)}"
            + (f" ({escape(step_words(q.step))})" if q.step else "")
            + "</li>"
            for q in w.outcome.parked
            if q.closed is closed
        )

    parts = [f"<h2>{escape(texts['parked'])}</h2>"]
    if any(not q.closed for q in w.outcome.parked):
        parts.append(f"<h3>{escape(texts['parked_open'])}</h3><ul>{items(False)}</ul>")
    if any(q.closed for q in w.outcome.parked):
        parts.append(f"<h3>{escape(texts['parked_closed'])}</h3><ul>{items(True)}</ul>")
    return "".join(parts)


LEGEND_IN_COLUMNS = 10  # a figure's legend this long is listed in two columns


def _notes_html(title: str, lines: Sequence[str]) -> str:
    """A figure's sticky notes under it, numbered as its callouts."""
    return f"<p><b>{escape(title)}</b><br>{'<br>'.join(escape(x) for x in lines)}</p>"


def _legend_html(title: str, lines: Sequence[str]) -> str:
    """A figure's legend under it: its lines one under another, or a long one down two
    columns (sixty-four short lines in one column of the landscape page took a page and a
    half, its right half empty)."""
    if len(lines) < LEGEND_IN_COLUMNS:
        return f"<p><b>{escape(title)}</b><br>{'<br>'.join(escape(x) for x in lines)}</p>"
    half = -(-len(lines) // 2)
    second = [*lines[half:], ""]
    rows = "".join(
        f"<tr><td width='50%'>{escape(lines[n])}</td><td width='50%'>{escape(second[n])}</td></tr>"
        for n in range(half)
    )
    return (
        f"<p><b>{escape(title)}</b></p>"
        f"<table width='100%' cellpadding='1' cellspacing='0'>{rows}</table>"
    )


def _aside_html(figure: Figure, workshop: Workshop, step: Step, texts: dict[str, str]) -> str:
    """What a map leaves to the text beside or under it: its legend (the numbers it has no
    room to name) and its sticky notes, numbered as it calls them out (after its markers)."""
    parts = [_legend_html(texts["numbers"], figure.legend)] if figure.legend else []
    if notes := sticky_note_lines(workshop, step, figure.first_note):
        parts.append(_notes_html(texts["sticky_notes"], notes))
    return "".join(parts)


def _map_and_aside(
    pages: Pages,
    layout: Callable[[float, float], Figure],
    rooms: tuple[float, float],
    workshop: Workshop,
    step: Step,
    texts: dict[str, str],
) -> None:
    """A step's map laid out for its room (`rooms`: with its notes under it, and beside it)
    with its legend and notes under it; where they do not fit under it on its page, the map
    narrower and they in a column beside it (a crowded map's legend and notes ran onto the
    next page, away from the numbers they name, beside a map that left a third of its page
    blank on either side)."""
    under, beside = rooms
    figure, width, height = pages.fit(layout, max_height=under)
    aside = _aside_html(figure, workshop, step, texts)
    if aside and height + 8 + pages.text_height(aside) > pages.room():
        column = pages.width * ASIDE_SHARE
        if pages.column_height(aside, column) <= beside:
            narrow, w, h = pages.fit(layout, beside, width=pages.width - column - ASIDE_GAP)
            at = QRectF(0, 0, w, h)
            if pages.beside(
                lambda p, _r: narrow.draw(p, at),
                w,
                _aside_html(narrow, workshop, step, texts),
                ASIDE_GAP,
                h,
            ):
                return
    pages.place(figure, width, height)
    if aside:
        pages.text(aside)


def _words_then_figure(
    pages: Pages,
    workshop: Workshop,
    step: Step,
    heading: str,
    figure: Figure,
    texts: dict[str, str],
) -> None:
    """A step whose figure takes a page of its own: its heading, its notes (numbered as the
    figure calls them out) and its words, then the figure on the next page."""
    pages.section(pages.text_height(heading) + SHORT_SECTION)
    pages.text(heading)
    if notes := sticky_note_lines(workshop, step, figure.first_note):
        pages.text(_notes_html(texts["sticky_notes"], notes))
    pages.text(_step_text(step, workshop, texts), space_before=6)
    pages.new()
    pages.figure(figure)


def _step_text(step: Step, w: Workshop, texts: dict[str, str]) -> str:
    lang = language()
    lines = "<br>".join("• " + escape(x) for x in summary_lines(w, step, lang))
    parts = [f"<p>{lines}</p>"]
    if by_side := side_lines(w, step, lang):  # the elected members and the officials
        listed = "<br>".join("• " + escape(x) for x in by_side)
        parts.append(f"<p>{listed}</p><p class='muted'>{escape(sides_rule())}</p>")
    if step is Step.FINANSIERING:  # the rule behind the position's words, where they show
        parts.append(f"<p class='muted'>{escape(position_rule())}</p>")

    if step is Step.STRATEGI:
        listed = "<br>".join(escape(text) for text, _ in diagnostic_lines(w))
        parts.append(f"<p><b>{escape(texts['against'])}</b><br>{listed}</p>")
    if step is Step.GENOMFORANDEPRAKTIK:
        parts.append(f"<p><b>{escape(texts['questions'])}</b></p>{prompts_html(w)}")
        parts.append(consequences_html(consequences(w), lang))
    if step is Step.ORGANISATION:
        org = w.organisation
        assessment = political_assessment_html(
            org.political_model, shared_with_hsv=org.shared_with_hsv
        )
        parts.append(f"<p>{assessment}</p>")
    note = w.note(step)
    parts.append(f"<p><b>{escape(texts['note'])}</b><br>{escape(note) if note else '–'}</p>")
    conclusion = w.outcome.conclusion(step)
    if conclusion.text.strip():
        label = texts["agreed"] if conclusion.agreed else texts["conclusion"]
        parts.append(f"<p><b>{escape(label)}</b> {escape(conclusion.text.strip())}</p>")
    return "".join(parts)


def _numbers(w: Workshop, texts: dict[str, str], reference: ReferenceSet) -> str:
    """The region's own numbers, what they come to and the suggestion, with its rule ("" when
    the workshop gives none)."""
    reading = capital_reading(w, reference)
    if reading is None:
        return ""
    listed = "<br>".join(escape(line) for line in reading_lines(reading, reference))
    return (
        f"<h3>{escape(texts['numbers_own'])}</h3><p>{listed}<br>"
        f"{escape(suggestion_words(reading))}</p>"
        f"<p class='muted'>{escape(suggestion_rule())}</p>"
    )


def _focus_table(w: Workshop, texts: dict[str, str]) -> str | Table:
    """The RUS's priorities by tier, each with the deck's two tests and what carries it, the
    app's observation and the deck's words ("" while there is none)."""
    areas = w.strategy.focus_areas
    if not areas:
        return ""
    titles = {d.id: d.title for d in w.strategy.documents}
    tiers = {t: name for t, name in zip(FocusTier, ("Kärna", "Bredd", "Spets"), strict=True)}
    order = (FocusTier.SPETS, FocusTier.KARNA, FocusTier.BREDD, None)
    rows = []
    above: tuple[str, ...] | None = None
    for tier in order:
        for a in (x for x in areas if x.tier is tier):
            # Every branch is "every branch"; what carries the row above too is said once.
            every = set(a.branches) == set(Branch)
            carried = [texts["every_branch"]] if every else []
            carried += [BRANCH_LABELS[b].text(Language.SV) for b in a.branches if not every]
            carried += [titles[d] for d in a.documents if d in titles]
            said = texts["as_above"] if carried and tuple(carried) == above else ""
            above = tuple(carried)
            rows.append(
                (
                    escape(a.text),
                    escape(tiers[tier] if tier else texts["unsorted"]),
                    escape(priority_tests_words(a) or "–"),
                    escape(said or ", ".join(carried) or "–"),
                )
            )
    heads = tuple(texts[k] for k in ("priority", "tier", "tests", "carried"))
    observation = untested_words(w.strategy)
    said = f"<p>{escape(observation)}</p>" if observation else ""
    return Table(
        heads,
        tuple(rows),  # widths from the words
        lead=f"<h3>{escape(texts['focus'])}</h3>",
        after=f"{said}<p class='muted'>{escape(relevance_tests_quote())}</p>",
    )


# The longest note the keys' table holds in its column; a longer one gets a row of its own.
NOTE_IN_CELL = 400


def _keys(pages: Pages, w: Workshop, chart: Picture, texts: dict[str, str]) -> None:
    """The keys' table and their chart; the table starts on the page before when its head
    and first rows fit there."""
    pages.flow(_keys_table(w, texts), SHORT_SECTION)
    pages.figure(Figure(chart.draw, chart.size, chart.smallest_px), max_height=pages.height * 0.45)


def _keys_table(w: Workshop, texts: dict[str, str]) -> Table:
    """The keys as a table (key, the deck's point, score, note); when a note is long, every
    note is a line of its own under its key, as wide as the other columns (in a column a
    third of the page wide a long note ran over pages), kept with its key at a page's edge;
    its head on each page it runs onto (at the limits the notes ran on under no head)."""
    lang = language()
    under = any(len(w.key(k).note) > NOTE_IN_CELL for k in Key)

    def cells(k: Key) -> tuple[str, ...]:
        score = w.key(k).score
        point = (
            f"<b>{escape(KEY_POINTS[k][0].text(Language.SV))}</b>",
            escape(KEY_POINTS[k][1].text(lang)),
            str(score) if score is not None else "–",
        )
        return point if under else (*point, escape(w.key(k).note) or "–")

    def named(k: Key) -> str:
        return f"<i>{escape(texts['key_note'])}:</i> {escape(w.key(k).note) or '–'}"

    heads = (texts["key"], texts["point"], texts["score"])
    after = (
        f"<p class='muted'>{escape(texts['score'])}: {escape(key_scale())}. "
        f"{escape(RU_HSV_LEGEND.text(lang))}</p><p><b>{escape(weakest_words(w, texts))}</b></p>"
    )
    if by_side := key_sides(w):  # the elected members' and the officials' phones
        listed = "<br>".join(
            f"• {escape(KEY_POINTS[row.key][0].text(Language.SV))}: {escape(key_sides_words(row))}"
            for row in by_side
        )
        after += f"<p>{listed}</p><p class='muted'>{escape(sides_rule())}</p>"
    return Table(
        heads if under else (*heads, texts["key_note"]),
        tuple(cells(k) for k in Key),
        (16, 72, 12) if under else (16, 40, 12, 32),
        lead=f"<h2>{escape(texts['keys'])}</h2>",
        after=after,
        aligns=("left", "left", "center"),
        under=tuple(named(k) for k in Key) if under else (),
    )


def write_report(
    workshop: Workshop,
    library: ReferenceLibrary,
    path: Path,
    progress: Callable[[int, int], bool] | None = None,
    comparison: Comparison | None = None,
    snapshot: Snapshot | None = None,
    shared: list[Picture] | None = None,
) -> Path:
    """Write the report to `path` (via a temporary file: a cancelled or failed export leaves
    nothing behind). `progress(done, total)` may return False to cancel. `snapshot`: the
    snapshot whose state `workshop` is (export/as_taken.py); the cover says so. `shared`:
    the same workshop's pictures for the picture files, whose figures that are the same for
    a page are not built again."""
    texts = report_words()
    pictures = build_pictures(workshop, library, Reader.PAGE, reuse=shared)
    by_step = {p.step: p for p in pictures if p.step is not None}
    keys = next(p for p in pictures if p.name == FILE_STEMS[Board.KEYS])
    national = next((p for p in pictures if p.name == NATIONAL_STEM), None)
    region = workshop.region.name if workshop.region else ""
    title = workshop.details.title or texts["report"]
    subject = texts["subject"].format(region=region or "–")
    tick = Steps(progress, REPORT_STEPS).tick
    with via_part(path) as tmp:
        pages = Pages(tmp, title, workshop.details.facilitator, subject)
        listed_last = _cover(pages, workshop, texts, snapshot)
        tick()
        _summary(pages, workshop)
        tick()
        lang = language()
        for n, step in enumerate(Step, start=1):
            name = STEP_TITLES[step].text(Language.SV)
            question = STEP_QUESTIONS[step].text(lang)
            heading = f"<h2>{n}. {escape(name)}</h2><p class='q'>{escape(question)}</p>"
            picture = by_step[step]
            # A step starts on the page before when its heading and its figure fit there.
            least = picture.least_height(EIGHT_PT_PX)  # no word on the page under 8 pt
            top = pages.text_height(heading)
            if picture.sized is None and top + least + 8 > pages.height >= least + 8:
                # A figure that fits a page only without its heading (a tall pyramid): the
                # step's words under the heading, the figure on the next page (the heading
                # stood alone on a page, the words on a third).
                _words_then_figure(pages, workshop, step, heading, picture.figure, texts)
                tick()
                continue
            pages.section(top + max(pages.height / 2, least) + 8)
            pages.text(heading)
            notes = sticky_note_lines(workshop, step)
            notes_html = _notes_html(texts["sticky_notes"], notes)
            # The notes' list (numbered as the figure's callouts) stays on the figure's page;
            # one longer than half a page goes on after it anyway, and the figure takes the
            # page (at the limits, fifty notes' list left the matrix a third of a page).
            below = pages.text_height(notes_html) + 8 if notes else 0.0
            if below > pages.height / 2:
                below = 0.0
            # The step's words too when the figure keeps most of the page without them: a
            # few lines alone on the next page are a spill-over.
            step_html = _step_text(step, workshop, texts)
            words = pages.text_height(step_html) + 6 + 8  # its space, and the figure's
            room = pages.room() - below
            if room - words >= max(pages.height * FIGURE_SHARE, least):
                room -= words
            beside = max(room + below, pages.height / 2, least)  # the notes not under it
            room = max(pages.height / 2, least, room)
            if picture.sized is not None:
                _map_and_aside(pages, picture.sized, (room, beside), workshop, step, texts)
            else:
                figure = picture.figure
                pages.figure(figure, max_height=room)
                if notes:  # numbered as the figure calls them out: after its markers' numbers
                    lines = sticky_note_lines(workshop, step, figure.first_note)
                    pages.text(_notes_html(texts["sticky_notes"], lines))
            pages.text(step_html, space_before=6)
            tick()
        _keys(pages, workshop, keys, texts)
        # The region's own numbers (Finansiering) and the RUS's priorities with the deck's two
        # tests (Strategi), as text that flows (at the limits, pages of it): after the keys,
        # not where a step's figure needs a page to itself.
        for extra in (_numbers(workshop, texts, library.merged), _focus_table(workshop, texts)):
            if extra:
                pages.flow(extra, SHORT_SECTION)
        if reviewed := _review(workshop):
            pages.flow(reviewed, SHORT_SECTION)
        pages.flow(_actions_table(workshop, texts), SHORT_SECTION)
        # The room's answers from where the actions end, its heading never alone; then each
        # part whole when short (an own question's table of a few rows).
        for n, section in enumerate(room_sections(workshop)):
            pages.flow(section, SHORT_SECTION if n == 0 else 2 * SHORT_SECTION)
        tick()
        pages.section(pages.height * PAIR_SHARE + 60)  # the heading and the two states
        _comparison_page(pages, workshop, texts, comparison, first=snapshot is not None)
        if national is not None:
            pages.new()
            _national_page(pages, workshop, library, national, texts)
        tick()
        if workshop.outcome.parked:
            pages.flow(_parked(workshop, texts), SHORT_SECTION)
        if listed_last:
            pages.flow(listed_last, SHORT_SECTION)
        cited = cited_sources(workshop, library.merged) if national is not None else []
        pages.flow(_sources(library, texts, cited), SHORT_SECTION)
        tick()
        pages.write(footer_words(workshop) or title, texts["page"])
    return path


def _comparison_page(
    pages: Pages,
    w: Workshop,
    texts: dict[str, str],
    comparison: Comparison | None,
    first: bool = False,
) -> None:
    """The comparison chosen in the app, or by default the latest snapshot against now: both
    states on the matrix, side by side in a table, and what changed in words. `first`: the
    report is of a snapshot, and no snapshot was taken before it."""
    if comparison is None:
        if not w.snapshots or first:
            nothing = texts["first_snapshot"] if first else texts["no_snapshot"]
            pages.text(f"<h2>{escape(texts['changed'])}</h2><p>{escape(nothing)}</p>")
            return
        latest = w.snapshots[-1]
        comparison = (latest.workshop, w.without_snapshots(), latest.name, texts["now"])
    a, b, name_a, name_b = comparison
    title = texts["changed_between"].format(a=name_a, b=name_b)
    none = f"<li>{escape(texts['no_differences'])}</li>"
    items = "".join(f"<li>{escape(describe_change(c))}</li>" for c in what_changed(a, b)) or none
    pages.text(f"<h2>{escape(title)}</h2>")
    side = min(pages.room() - 8, pages.height * PAIR_SHARE)
    figure = comparison_figure(a, b, (name_a, name_b), language(), side, side, PAGE_PX)
    table = Table(
        ("", name_a, name_b),
        tuple(
            (escape(what), escape(x), escape(y)) for what, x, y in comparison_rows(a, b, language())
        ),
        (30, 35, 35),
    )

    def pair(p: QPainter, square: QRectF) -> None:
        """The figure in its proportions (a legend's band makes it taller), at the square's
        top, centred across it."""
        w, h = figure.size.width(), figure.size.height()
        scale = min(square.width() / max(w, 1), square.height() / max(h, 1))
        left = square.x() + (square.width() - w * scale) / 2
        figure.draw(p, QRectF(left, square.y(), w * scale, h * scale))

    # The two states and the table beside them when the table fits there, else one under
    # the other (a square alone left half a landscape page empty).
    if not pages.beside(pair, side, table.markup()):
        left = (pages.width - side) / 2
        pages.draw(lambda p: pair(p, QRectF(left, 4, side, side)), side + 12)
        pages.table(table)
    pages.text(f"<ul>{items}</ul><p class='muted'>{escape(weight_rule())}</p>", space_before=6)


def _national_page(
    pages: Pages,
    w: Workshop,
    library: ReferenceLibrary,
    picture: Picture,
    texts: dict[str, str],
) -> None:
    """Every reference region on one matrix and one role map beside the workshop, and the
    table of what each region's source says."""
    pages.text(f"<h2>{escape(texts['regions'])}</h2><p class='muted'>{escape(deck_caveat())}</p>")
    pages.figure(picture.figure, max_height=pages.height * 0.85)
    # Room for the longest words ("Förvaltningsmodell", "Kapacitetsbyggaren"), more for the
    # sources and the strategies' names.
    widths = (9, 12, 8, 17, 12, 16, 11, 15)
    head = "".join(
        f"<th align='left' width='{w}%'>{escape(h)}</th>"
        for h, w in zip(national_headers(), widths, strict=True)
    )
    body = "".join(
        (f"<tr bgcolor='{OWN_ROW}'>" if row.own else "<tr>")  # the workshop's own region
        + "".join(f"<td>{escape(cell)}</td>" for cell in row.cells)
        + "</tr>"
        for row in national_rows(w, library.merged, language())
    )
    pages.text(
        f"{TABLE}<thead><tr>{head}</tr></thead>{body}</table>",
        space_before=6,
    )


def _sources(library: ReferenceLibrary, texts: dict[str, str], cited: list[Source]) -> str:
    """The deck, and one line for each source of a fact the report shows (`cited`: none
    when it shows no reference region's facts)."""
    rows = "".join(
        f"<li>{escape(s.title)}"
        + (f", {escape(s.publisher)}" if s.publisher else "")
        + (f", {s.year}" if s.year else "")
        + (f", {s.date.isoformat()}" if s.date and not s.year else "")
        + (f". {escape(s.url)}" if s.url else "")  # the page a fact was read from
        + "</li>"
        for s in cited
    )
    listed = ""
    if cited:
        reference = texts["reference"].format(name=library.merged.name)
        listed = f"<p>{escape(reference)}</p><ul>{rows}</ul>"
    return (
        f"<h2>{escape(texts['sources'])}</h2><p>{escape(DECK_SOURCE)}.</p>"
        f"{listed}<p>{escape(texts['never_guessed'])}</p>"
    )
