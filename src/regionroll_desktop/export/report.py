"""The workshop report as PDF: a cover, one page per step with its canvas as vector graphics,
its note and what the canvas says (diagnostics, prompts, models), the keys, the comparison
with the latest snapshot, and the sources of every reference fact."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTime,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from .. import __version__
from ..analysis.compare import what_changed
from ..analysis.keys import weakest
from ..canvases.step_canvas import Board, Figure
from ..model import Key, Language, Snapshot, Step, Workshop
from ..model.deck import AXIS_WORDS, DECK_SOURCE, KEY_POINTS, STEP_QUESTIONS, STEP_TITLES
from ..ui.change_words import describe_change
from ..ui.i18n import language
from ..ui.national import national_headers, national_rows
from ..ui.outcome_words import action_status_words, link_words, step_words
from ..ui.reference_library import ReferenceLibrary
from ..ui.side_by_side import MatrixPair, comparison_rows
from ..ui.step_summary import summary_lines
from ..ui.step_words import diagnostic_lines, political_assessment_html, prompts_html
from .pictures import FILE_STEMS, NATIONAL_STEM, Picture, build_pictures, discard

DPI = 96
REPORT_STEPS = 9  # cover, summary, four steps, keys, comparison, sources: one progress step each
FOOTER = 30.0  # px at 96 dpi below the body, for the footer line
STYLE = (
    "<style>h1 { font-size: 26pt; } h2 { font-size: 18pt; margin: 0; } "
    "h3 { font-size: 12.5pt; margin-top: 10px; margin-bottom: 2px; } "
    "p, li, td, th { font-size: 10.5pt; } .q { font-size: 13pt; color: #334155; } "
    ".muted { color: #475569; font-size: 9pt; } th { text-align: left; }</style>"
)
INK, MUTED = "#111827", "#475569"


def _texts() -> dict[str, str]:
    """The report's words in the UI's language (each a plain call, so lupdate finds it)."""
    return {
        "region": QCoreApplication.translate("Report", "Region"),
        "date": QCoreApplication.translate("Report", "Date"),
        "place": QCoreApplication.translate("Report", "Place"),
        "facilitator": QCoreApplication.translate("Report", "Facilitator"),
        "participants": QCoreApplication.translate("Report", "Participants"),
        "groups": QCoreApplication.translate("Report", "Groups"),
        "report": QCoreApplication.translate("Report", "Workshop report"),
        "subtitle": QCoreApplication.translate(
            "Report", "The region's role in regional development"
        ),
        "built_on": QCoreApplication.translate("Report", "Built on: {deck}."),
        "against": QCoreApplication.translate("Report", "Against the desired pyramid"),
        "questions": QCoreApplication.translate("Report", "Questions for the room"),
        "note": QCoreApplication.translate("Report", "The room's note"),
        "keys": QCoreApplication.translate("Report", "The keys"),
        "changed": QCoreApplication.translate("Report", "What changed"),
        "no_snapshot": QCoreApplication.translate(
            "Report", "No snapshot was taken, so there is nothing to compare."
        ),
        "first_snapshot": QCoreApplication.translate(
            "Report", "This is the workshop's first snapshot; nothing was taken before it."
        ),
        "moment": QCoreApplication.translate("Report", "Snapshot"),
        "moment_note": QCoreApplication.translate(
            "Report",
            "This report shows the workshop as it was in the snapshot “{name}”, taken {when}, "
            "not as it is now.",
        ),
        "changed_between": QCoreApplication.translate("Report", "From “{a}” to “{b}”"),
        "now": QCoreApplication.translate("Report", "Now"),
        "sources": QCoreApplication.translate("Report", "Sources"),
        "regions": QCoreApplication.translate("Report", "The regions side by side"),
        "no_differences": QCoreApplication.translate("Report", "No differences."),
        "reference": QCoreApplication.translate("Report", "Reference data: {name}."),
        "never_guessed": QCoreApplication.translate(
            "Report", "Facts no source gives are shown as not known and never guessed."
        ),
        "summary": QCoreApplication.translate("Report", "Summary"),
        "conclusion": QCoreApplication.translate("Report", "The room's conclusion:"),
        "decided": QCoreApplication.translate("Report", "Decided:"),
        "actions": QCoreApplication.translate("Report", "Actions"),
        "no_actions": QCoreApplication.translate("Report", "No actions were recorded."),
        "parked": QCoreApplication.translate("Report", "Parked questions"),
        "parked_open": QCoreApplication.translate("Report", "Still open"),
        "parked_closed": QCoreApplication.translate("Report", "Closed"),
        "what": QCoreApplication.translate("Report", "What"),
        "who": QCoreApplication.translate("Report", "Who"),
        "due": QCoreApplication.translate("Report", "By"),
        "step": QCoreApplication.translate("Report", "Linked to"),
        "status": QCoreApplication.translate("Report", "Status"),
        "dots": QCoreApplication.translate("Report", "Dots"),
        "summary_intro": QCoreApplication.translate(
            "Report", "The region's answers to the deck's four questions, as the room left them."
        ),
        "weakest": QCoreApplication.translate("Report", "Weakest key: {keys} ({score} of 5)"),
        "weakest_many": QCoreApplication.translate("Report", "Weakest keys: {keys} ({score} of 5)"),
        "unscored": QCoreApplication.translate("Report", "The keys were not scored."),
        "key": QCoreApplication.translate("Report", "Key"),
        "point": QCoreApplication.translate("Report", "The deck's point"),
        "score": QCoreApplication.translate("Report", "Score"),
        "key_note": QCoreApplication.translate("Report", "Note"),
        "page": QCoreApplication.translate("Report", "Page {n} of {total}"),
        "subject": QCoreApplication.translate(
            "Report", "The region's role in regional development: {region}"
        ),
    }


Comparison = tuple[Workshop, Workshop, str, str]  # state A, state B, their names


class ExportCancelledError(Exception):
    """The person exporting cancelled; nothing half-written is left behind."""


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _document(markup: str, width: float, page_height: float | None = None) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(STYLE + markup)
    doc.setTextWidth(width)
    if page_height is not None:
        doc.setPageSize(QSizeF(width, page_height))
    return doc


def _xmp(title: str, author: str, subject: str) -> bytes:
    """The document's metadata as XMP (Qt writes Title, Author and Creator in the PDF's own
    info too; the subject travels here)."""
    e = html.escape
    return (
        '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
        'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(title)}</rdf:li></rdf:Alt>'
        f"</dc:title><dc:creator><rdf:Seq><rdf:li>{e(author)}</rdf:li></rdf:Seq></dc:creator>"
        f'<dc:description><rdf:Alt><rdf:li xml:lang="x-default">{e(subject)}</rdf:li>'
        f"</rdf:Alt></dc:description><pdf:Keywords>{e(subject)}</pdf:Keywords>"
        f"<xmp:CreatorTool>RegionRoll Desktop {e(__version__)}</xmp:CreatorTool>"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    ).encode()


Draw = Callable[[QPainter], None]


class _Pages:
    """The report's pages: each is drawn by a function, and every page gets the same footer
    (the region and date on the left, "Page n of N" on the right) once all are known."""

    def __init__(self, path: Path, title: str, author: str, subject: str) -> None:
        self.path = path
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(14, 12, 14, 10),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.writer.setTitle(title)
        self.writer.setAuthor(author)
        self.writer.setCreator(f"RegionRoll Desktop {__version__}")
        self.writer.setDocumentXmpMetadata(_xmp(title, author, subject))
        rect = self.writer.pageLayout().paintRectPixels(DPI)
        self.width = float(rect.width())
        self.height = float(rect.height()) - FOOTER  # the body, above the footer
        self.pages: list[list[Draw]] = []
        self.top = 0.0  # where the next content goes on the last page

    def new(self) -> None:
        self.pages.append([])
        self.top = 0.0

    def room(self) -> float:
        return self.height - self.top

    def draw(self, draw: Draw, height: float) -> None:
        """Content `height` tall at the current place (on a new page when it does not fit)."""
        if not self.pages or (height > self.room() and self.top > 0):
            self.new()
        top = self.top
        self.pages[-1].append(lambda p: _at(p, top, draw))
        self.top += height

    def text(self, markup: str, space_before: float = 0.0) -> None:
        """HTML at the current place, flowing onto as many new pages as it needs; a line is
        never cut at a page's edge."""
        top = self.top + space_before if self.pages and self.top > 0 else 0.0
        doc = _document(markup, self.width)
        if self.pages and doc.size().height() <= self.height - top:
            self.top = top
            self.draw(lambda p: doc.drawContents(p), doc.size().height())
            return
        paged = _document(markup, self.width, self.height)
        fresh = bool(self.pages) and not self.pages[-1]  # an empty page takes the first part
        for n in range(paged.pageCount()):
            if n > 0 or not fresh:
                self.new()
            offset = n * self.height

            def page(p: QPainter, offset: float = offset) -> None:
                p.translate(0, -offset)
                paged.drawContents(p, QRectF(0, offset, self.width, self.height))

            self.draw(page, self.height if n < paged.pageCount() - 1 else 0.0)
        last = paged.documentLayout().blockBoundingRect(paged.lastBlock()).bottom()
        self.top = last - (paged.pageCount() - 1) * self.height

    def figure(self, figure: Figure, max_height: float | None = None) -> None:
        """A figure as wide as the page allows, never taller than the room left (or
        `max_height`), in its own proportions, centred."""
        room = (self.room() if self.top > 0 else self.height) - 8
        limit = min(room, max_height or room)
        ratio = figure.size.width() / max(1, figure.size.height())
        width = min(self.width, limit * ratio)
        height = width / ratio
        left = (self.width - width) / 2
        target = QRectF(left, 0, width, height)
        self.draw(lambda p: figure.draw(p, target), height + 8)

    def write(self, footer: str, texts: dict[str, str]) -> None:
        painter = QPainter(self.writer)
        if not painter.isActive():  # the file could not be made: say so once, draw nothing
            raise OSError(f"could not write {self.path.name}")
        try:
            total = len(self.pages)
            for n, page in enumerate(self.pages, start=1):
                if n > 1:
                    self.writer.newPage()
                for draw in page:
                    painter.save()
                    draw(painter)
                    painter.restore()
                _footer(painter, self, footer, texts["page"].format(n=n, total=total))
        finally:
            painter.end()


def _at(painter: QPainter, top: float, draw: Draw) -> None:
    painter.translate(0, top)
    draw(painter)


def _footer(painter: QPainter, pages: _Pages, left: str, right: str) -> None:
    font = QFont()
    font.setPointSizeF(8.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(MUTED))
    top = pages.height + 10
    painter.drawLine(QPointF(0, top - 4), QPointF(pages.width, top - 4))
    rect = QRectF(0, top, pages.width, FOOTER - 10)
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, left)
    painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, right)
    painter.restore()


def _when(w: Workshop) -> str:
    if w.details.date is None:
        return "–"
    date = QDate(w.details.date.year, w.details.date.month, w.details.date.day)
    return QLocale().toString(date, "d MMMM yyyy")


def _taken(moment: Snapshot) -> str:
    """When a snapshot was taken, in the local time and the UI's language."""
    local = moment.taken_at.astimezone()
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, "d MMMM yyyy HH:mm")


def _cover(
    pages: _Pages, w: Workshop, texts: dict[str, str], moment: Snapshot | None = None
) -> None:
    d = w.details
    rows = [
        (texts["region"], w.region.name if w.region else "–"),
        (texts["date"], _when(w)),
        (texts["place"], d.place or "–"),
        (texts["facilitator"], d.facilitator or "–"),
        (texts["participants"], d.participants or "–"),
        (texts["groups"], ", ".join(g.name for g in d.groups) or "–"),
    ]
    if moment is not None:
        rows.append((texts["moment"], f"{moment.name} ({_taken(moment)})"))
    table = "".join(
        f"<tr><td><b>{_esc(k)}</b>&nbsp;&nbsp;</td><td>{_esc(v)}</td></tr>" for k, v in rows
    )
    built_on = texts["built_on"].format(deck=DECK_SOURCE)
    pages.new()
    pages.top = 40
    pages.text(
        f"<h1>{_esc(d.title or texts['report'])}</h1>"
        f"<p class='q'>{_esc(texts['subtitle'])}</p>"
        f"<table cellpadding='4'>{table}</table><br>"
        + (
            f"<p><b>{_esc(texts['moment_note'].format(name=moment.name, when=_taken(moment)))}"
            "</b></p>"
            if moment is not None
            else ""
        )
        + f"<p class='muted'>{_esc(built_on)} RegionRoll Desktop {__version__}.</p>"
    )


def _summary(pages: _Pages, w: Workshop, texts: dict[str, str]) -> None:
    """Page 2: the region's answers to the four questions in words, and the weakest keys."""
    lang = language()
    parts = [
        f"<h2>{_esc(texts['summary'])}</h2><p class='muted'>{_esc(texts['summary_intro'])}</p>"
    ]
    for n, step in enumerate(Step, start=1):
        lines = summary_lines(w, step, lang)
        if step is Step.STRATEGI:
            lines = [text for text, _ in diagnostic_lines(w)]
        elif step is not Step.ORGANISATION:
            lines = lines[:2]  # today and the ambition
        else:
            lines = lines[:3]
        items = "".join(f"<li>{_esc(x)}</li>" for x in lines)
        title = STEP_TITLES[step].text(Language.SV)
        question = STEP_QUESTIONS[step].text(lang)
        parts.append(f"<h3>{n}. {_esc(title)} – {_esc(question)}</h3><ul>{items}</ul>")
        conclusion = w.outcome.conclusion(step)
        if conclusion.text.strip():
            label = texts["decided"] if conclusion.decided else texts["conclusion"]
            parts.append(f"<p><b>{_esc(label)}</b> {_esc(conclusion.text.strip())}</p>")
    parts.append(f"<h3>{_esc(texts['keys'])}</h3><ul><li>{_esc(_weakest(w, texts))}</li></ul>")
    parts.append(_actions_table(w, texts))
    pages.new()
    pages.text("".join(parts))


def _actions_table(w: Workshop, texts: dict[str, str]) -> str:
    """The actions as the room left them: what, who, by when, which step, status."""
    actions = w.outcome.actions
    if not actions:
        return f"<h3>{_esc(texts['actions'])}</h3><p>{_esc(texts['no_actions'])}</p>"
    locale = QLocale()
    voted = bool(w.outcome.votes)  # the dots, when the groups voted
    rows = "".join(
        f"<tr><td>{_esc(a.what)}</td><td>{_esc(a.who) or '–'}</td>"
        f"<td>{_esc(_date(locale, a.due))}</td><td>{_esc(link_words(a))}</td>"
        f"<td>{_esc(action_status_words(a.status))}</td>"
        + (f"<td align='center'>{w.outcome.dots_on(a.id)}</td>" if voted else "")
        + "</tr>"
        for a in actions
    )
    columns = ("what", "who", "due", "step", "status", *(("dots",) if voted else ()))
    head = "".join(f"<th>{_esc(texts[k])}</th>" for k in columns)
    return (
        f"<h3>{_esc(texts['actions'])}</h3><table cellpadding='2' cellspacing='0' border='1' "
        f"width='100%' style='border-color: #cbd5e1; border-collapse: collapse'>"
        f"<thead><tr>{head}</tr></thead>{rows}</table>"
    )


def _parked(w: Workshop, texts: dict[str, str]) -> str:
    """The parking lot: the open questions first, then those the room closed."""

    def items(closed: bool) -> str:
        return "".join(
            f"<li>{_esc(q.text)}" + (f" ({_esc(step_words(q.step))})" if q.step else "") + "</li>"
            for q in w.outcome.parked
            if q.closed is closed
        )

    parts = [f"<h2>{_esc(texts['parked'])}</h2>"]
    if any(not q.closed for q in w.outcome.parked):
        parts.append(f"<h3>{_esc(texts['parked_open'])}</h3><ul>{items(False)}</ul>")
    if any(q.closed for q in w.outcome.parked):
        parts.append(f"<h3>{_esc(texts['parked_closed'])}</h3><ul>{items(True)}</ul>")
    return "".join(parts)


def _date(locale: QLocale, day: dt.date | None) -> str:
    if day is None:
        return "–"
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def _weakest(w: Workshop, texts: dict[str, str]) -> str:
    low = weakest(w)
    if not low:
        return texts["unscored"]
    names = ", ".join(KEY_POINTS[k][0].text(Language.SV) for k in low)
    template = texts["weakest"] if len(low) == 1 else texts["weakest_many"]
    return template.format(keys=names, score=w.key(low[0]).score)


def _step_text(step: Step, w: Workshop, texts: dict[str, str]) -> str:
    lang = language()
    lines = "<br>".join("• " + _esc(x) for x in summary_lines(w, step, lang))
    parts = [f"<p>{lines}</p>"]
    if step is Step.STRATEGI:
        listed = "<br>".join(_esc(text) for text, _ in diagnostic_lines(w))
        parts.append(f"<p><b>{_esc(texts['against'])}</b><br>{listed}</p>")
    if step is Step.GENOMFORANDEPRAKTIK:
        parts.append(f"<p><b>{_esc(texts['questions'])}</b></p>{prompts_html(w)}")
    if step is Step.ORGANISATION:
        org = w.organisation
        assessment = political_assessment_html(
            org.political_model, shared_with_hsv=org.shared_with_hsv
        )
        parts.append(f"<p>{assessment}</p>")
    note = w.note(step)
    parts.append(f"<p><b>{_esc(texts['note'])}</b><br>{_esc(note) if note else '–'}</p>")
    return "".join(parts)


def _keys(pages: _Pages, w: Workshop, chart: Picture, texts: dict[str, str]) -> None:
    """The keys as a table (key, the deck's point, score, note) and their chart."""
    lang = language()
    rows = "".join(
        f"<tr><td><b>{_esc(KEY_POINTS[k][0].text(Language.SV))}</b></td>"
        f"<td>{_esc(KEY_POINTS[k][1].text(lang))}</td>"
        f"<td align='center'>{w.key(k).score if w.key(k).score is not None else '–'}</td>"
        f"<td>{_esc(w.key(k).note) or '–'}</td></tr>"
        for k in Key
    )
    table = (
        f"<h2>{_esc(texts['keys'])}</h2><table cellpadding='5' cellspacing='0' border='1' "
        f"width='100%' style='border-color: #cbd5e1; border-collapse: collapse'>"
        f"<tr><th width='16%'>{_esc(texts['key'])}</th><th width='40%'>{_esc(texts['point'])}"
        f"</th><th width='12%'>{_esc(texts['score'])}</th><th>{_esc(texts['key_note'])}</th>"
        f"</tr>{rows}</table><p><b>{_esc(_weakest(w, texts))}</b></p>"
    )
    pages.new()
    pages.text(table)
    pages.figure(Figure(chart.draw, chart.size), max_height=pages.height * 0.45)


def write_report(
    workshop: Workshop,
    library: ReferenceLibrary,
    path: Path,
    progress: Callable[[int, int], bool] | None = None,
    pictures: list[Picture] | None = None,
    comparison: Comparison | None = None,
    moment: Snapshot | None = None,
) -> Path:
    """Write the report to `path` (via a temporary file: a cancelled or failed export leaves
    nothing behind). `progress(done, total)` may return False to cancel. `moment`: the
    snapshot whose state `workshop` is (export/moments.py); the cover says so."""
    texts = _texts()
    if pictures is None:
        built = build_pictures(workshop, library)
        try:
            return write_report(workshop, library, path, progress, built, comparison, moment)
        finally:
            discard(built)
    by_step = {p.step: p for p in pictures if p.step is not None}
    keys = next(p for p in pictures if p.name == FILE_STEMS[Board.KEYS])
    national = next((p for p in pictures if p.name == NATIONAL_STEM), None)
    region = workshop.region.name if workshop.region else ""
    title = workshop.details.title or texts["report"]
    subject = texts["subject"].format(region=region or "–")
    tmp = path.with_name(f".{path.name}.part")
    pages = _Pages(tmp, title, workshop.details.facilitator, subject)
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done, REPORT_STEPS) is False:
            raise ExportCancelledError

    try:
        _cover(pages, workshop, texts, moment)
        tick()
        _summary(pages, workshop, texts)
        tick()
        lang = language()
        for n, step in enumerate(Step, start=1):
            pages.new()
            name = STEP_TITLES[step].text(Language.SV)
            question = STEP_QUESTIONS[step].text(lang)
            pages.text(f"<h2>{n}. {_esc(name)}</h2><p class='q'>{_esc(question)}</p>")
            picture = by_step[step]
            pages.figure(Figure(picture.draw, picture.size))
            pages.text(_step_text(step, workshop, texts), space_before=6)
            tick()
        _keys(pages, workshop, keys, texts)
        tick()
        pages.new()
        _comparison_page(pages, workshop, texts, comparison, first=moment is not None)
        if national is not None:
            pages.new()
            _national_page(pages, workshop, library, national, texts)
        tick()
        if workshop.outcome.parked:
            pages.new()
            pages.text(_parked(workshop, texts))
        pages.new()
        pages.text(_sources(library, texts))
        tick()
        footer = " · ".join(x for x in (region, _when(workshop)) if x and x != "–")
        pages.write(footer or title, texts)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)
    return path


def _comparison_page(
    pages: _Pages,
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
            pages.text(f"<h2>{_esc(texts['changed'])}</h2><p>{_esc(nothing)}</p>")
            return
        latest = w.snapshots[-1]
        comparison = (latest.workshop, w.without_snapshots(), latest.name, texts["now"])
    a, b, name_a, name_b = comparison
    title = texts["changed_between"].format(a=name_a, b=name_b)
    none = f"<li>{_esc(texts['no_differences'])}</li>"
    items = "".join(f"<li>{_esc(describe_change(c))}</li>" for c in what_changed(a, b)) or none
    pages.text(f"<h2>{_esc(title)}</h2>")
    pair = MatrixPair()
    words = AXIS_WORDS[language()]
    pair.words = (words["more"], words["less"], words["reactive"], words["proactive"])
    pair.set_states(a, b)
    side = min(pages.room() - 8, pages.height * 0.5)
    left = (pages.width - side) / 2
    pages.draw(lambda p: pair.draw(p, QRectF(left, 4, side, side)), side + 12)
    rows = "".join(
        f"<tr><td>{_esc(what)}</td><td>{_esc(x)}</td><td>{_esc(y)}</td></tr>"
        for what, x, y in comparison_rows(a, b, language())
    )
    pages.text(
        f"<table cellpadding='3' cellspacing='0' border='1' style='border-color: #cbd5e1; "
        f"border-collapse: collapse'><thead><tr><th></th><th>{_esc(name_a)}</th>"
        f"<th>{_esc(name_b)}</th></tr></thead>{rows}</table>",  # the head repeats on a new page
        space_before=6,
    )
    pages.text(f"<ul>{items}</ul>", space_before=6)


def _national_page(
    pages: _Pages,
    w: Workshop,
    library: ReferenceLibrary,
    picture: Picture,
    texts: dict[str, str],
) -> None:
    """Every reference region on one matrix and one role map beside the workshop, and the
    table of what each region's source says."""
    pages.text(f"<h2>{_esc(texts['regions'])}</h2>")
    pages.figure(Figure(picture.draw, picture.size), max_height=pages.height * 0.85)
    # Room for the longest words ("Förvaltningsmodell", "Kapacitetsbyggaren"), more for the
    # sources and the strategies' names.
    widths = (9, 12, 8, 17, 12, 16, 11, 15)
    head = "".join(
        f"<th align='left' width='{w}%'>{_esc(h)}</th>"
        for h, w in zip(national_headers(), widths, strict=True)
    )
    body = "".join(
        ("<tr bgcolor='#fef3c7'>" if row.own else "<tr>")  # the workshop's own region
        + "".join(f"<td>{_esc(cell)}</td>" for cell in row.cells)
        + "</tr>"
        for row in national_rows(w, library.merged, language())
    )
    pages.text(
        f"<table width='100%' cellpadding='3' cellspacing='0' border='1' "
        f"style='border-color: #cbd5e1; border-collapse: collapse'>"
        f"<thead><tr>{head}</tr></thead>{body}</table>",
        space_before=6,
    )


def _sources(library: ReferenceLibrary, texts: dict[str, str]) -> str:
    ref = library.merged
    rows = "".join(
        f"<li><b>{_esc(s.publisher)}</b>: {_esc(s.title)}"
        + (f" ({s.year})" if s.year else "")
        + f". {_esc(s.detail)}"
        + (f" {_esc(s.url)}" if s.url else "")  # the page a fact was read from
        + "</li>"
        for s in ref.sources
    )
    reference = texts["reference"].format(name=ref.name)
    return (
        f"<h2>{_esc(texts['sources'])}</h2><p>{_esc(DECK_SOURCE)}.</p>"
        f"<p>{_esc(reference)}</p><ul>{rows}</ul><p>{_esc(texts['never_guessed'])}</p>"
    )
