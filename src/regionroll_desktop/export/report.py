"""The workshop report as PDF: a cover, one page per step with its canvas as vector graphics,
its note and what the canvas says (diagnostics, prompts, models), the keys, the comparison
with the latest snapshot, and the sources of every reference fact."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from .. import __version__
from ..analysis.compare import what_changed
from ..model import Language, Step, Workshop
from ..model.deck import AXIS_WORDS, DECK_SOURCE, STEP_QUESTIONS, STEP_TITLES
from ..ui.change_words import describe_change
from ..ui.i18n import language
from ..ui.reference_library import ReferenceLibrary
from ..ui.side_by_side import MatrixPair, comparison_rows
from ..ui.step_summary import summary_lines
from ..ui.step_words import diagnostic_lines, political_assessment_html, prompts_html
from .pictures import Picture, build_pictures, discard

DPI = 96
REPORT_STEPS = 8  # the report's pages, each one step of an export's progress
STYLE = (
    "<style>h1 { font-size: 26pt; } h2 { font-size: 18pt; margin: 0; } "
    "p, li { font-size: 10.5pt; } .q { font-size: 13pt; color: #334155; } "
    ".muted { color: #475569; font-size: 9pt; }</style>"
)


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
        "changed_between": QCoreApplication.translate("Report", "From “{a}” to “{b}”"),
        "now": QCoreApplication.translate("Report", "Now"),
        "sources": QCoreApplication.translate("Report", "Sources"),
        "no_differences": QCoreApplication.translate("Report", "No differences."),
        "reference": QCoreApplication.translate("Report", "Reference data: {name}."),
        "never_guessed": QCoreApplication.translate(
            "Report", "Facts no source gives are shown as not known and never guessed."
        ),
    }


Comparison = tuple[Workshop, Workshop, str, str]  # state A, state B, their names


class ExportCancelledError(Exception):
    """The person exporting cancelled; nothing half-written is left behind."""


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


class _Pages:
    def __init__(self, path: Path) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Landscape,
                QMarginsF(12, 12, 12, 12),
                QPageLayout.Unit.Millimeter,
            )
        )
        self.writer.setTitle("RegionRoll")
        self.writer.setCreator(f"RegionRoll Desktop {__version__}")
        self.painter = QPainter(self.writer)
        rect = self.writer.pageLayout().paintRectPixels(DPI)
        self.width, self.height = float(rect.width()), float(rect.height())
        self.first = True

    def new(self) -> None:
        if not self.first:
            self.writer.newPage()
        self.first = False

    def text(self, markup: str, top: float, height: float | None = None) -> float:
        """Draw HTML from `top`; returns where it ends."""
        doc = QTextDocument()
        doc.setHtml(STYLE + markup)
        doc.setPageSize(QSizeF(self.width, height or self.height))
        doc.setTextWidth(self.width)
        self.painter.save()
        self.painter.translate(0, top)
        doc.drawContents(self.painter, QRectF(0, 0, self.width, height or self.height - top))
        self.painter.restore()
        return top + doc.size().height()

    def picture(self, picture: Picture, top: float, bottom: float) -> float:
        box_h = bottom - top
        ratio = picture.size.width() / max(1, picture.size.height())
        width = min(self.width, box_h * ratio)
        height = width / ratio
        left = (self.width - width) / 2
        picture.draw(self.painter, QRectF(left, top, width, height))
        return top + height

    def finish(self) -> None:
        self.painter.end()


def _cover(pages: _Pages, w: Workshop, texts: dict[str, str]) -> None:
    d = w.details
    rows = [
        (texts["region"], w.region.name if w.region else "–"),
        (texts["date"], d.date.isoformat() if d.date else "–"),
        (texts["place"], d.place or "–"),
        (texts["facilitator"], d.facilitator or "–"),
        (texts["participants"], d.participants or "–"),
        (texts["groups"], ", ".join(g.name for g in d.groups) or "–"),
    ]
    table = "".join(
        f"<tr><td><b>{_esc(k)}</b>&nbsp;&nbsp;</td><td>{_esc(v)}</td></tr>" for k, v in rows
    )
    built_on = texts["built_on"].format(deck=DECK_SOURCE)
    pages.text(
        f"<h1>{_esc(d.title or texts['report'])}</h1>"
        f"<p class='q'>{_esc(texts['subtitle'])}</p>"
        f"<table cellpadding='4'>{table}</table><br>"
        f"<p class='muted'>{_esc(built_on)} RegionRoll Desktop {__version__}.</p>",
        40,
    )


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
        parts.append(f"<p>{political_assessment_html(w.organisation.political_model)}</p>")
    note = w.note(step)
    parts.append(f"<p><b>{_esc(texts['note'])}</b><br>{_esc(note) if note else '–'}</p>")
    return "".join(parts)


def write_report(
    workshop: Workshop,
    library: ReferenceLibrary,
    path: Path,
    progress: Callable[[int, int], bool] | None = None,
    pictures: list[Picture] | None = None,
    comparison: Comparison | None = None,
) -> Path:
    """Write the report to `path` (via a temporary file: a cancelled or failed export leaves
    nothing behind). `progress(done, total)` may return False to cancel."""
    texts = _texts()
    if pictures is None:
        built = build_pictures(workshop, library)
        try:
            return write_report(workshop, library, path, progress, built, comparison)
        finally:
            discard(built)
    by_step = {p.step: p for p in pictures if p.step is not None}
    keys = next(p for p in pictures if p.step is None)
    tmp = path.with_name(f".{path.name}.part")
    pages = _Pages(tmp)
    total, done = REPORT_STEPS, 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done, total) is False:
            raise ExportCancelledError

    try:
        pages.new()
        _cover(pages, workshop, texts)
        tick()
        lang = language()
        for n, step in enumerate(Step, start=1):
            pages.new()
            title = STEP_TITLES[step].text(Language.SV)
            question = STEP_QUESTIONS[step].text(lang)
            head = pages.text(f"<h2>{n}. {_esc(title)}</h2><p class='q'>{_esc(question)}</p>", 0)
            bottom = pages.picture(by_step[step], head + 6, pages.height * 0.62)
            pages.text(_step_text(step, workshop, texts), bottom + 8)
            tick()
        pages.new()
        head = pages.text(f"<h2>{_esc(texts['keys'])}</h2>", 0)
        pages.picture(keys, head + 6, pages.height)
        tick()
        pages.new()
        _comparison_page(pages, workshop, texts, comparison)
        tick()
        pages.new()
        pages.text(_sources(library, texts), 0)
        tick()
    except BaseException:
        pages.finish()
        tmp.unlink(missing_ok=True)
        raise
    pages.finish()
    tmp.replace(path)
    return path


def _comparison_page(
    pages: _Pages, w: Workshop, texts: dict[str, str], comparison: Comparison | None
) -> None:
    """The comparison chosen in the app, or by default the latest snapshot against now."""
    if comparison is None:
        if not w.snapshots:
            pages.text(f"<h2>{_esc(texts['changed'])}</h2><p>{_esc(texts['no_snapshot'])}</p>", 0)
            return
        latest = w.snapshots[-1]
        comparison = (latest.workshop, w.without_snapshots(), latest.name, texts["now"])
    a, b, name_a, name_b = comparison
    title = texts["changed_between"].format(a=name_a, b=name_b)
    none = f"<li>{_esc(texts['no_differences'])}</li>"
    items = "".join(f"<li>{_esc(describe_change(c))}</li>" for c in what_changed(a, b)) or none
    top = pages.text(f"<h2>{_esc(title)}</h2>", 0)
    pair = MatrixPair()
    words = AXIS_WORDS[language()]
    pair.words = (words["more"], words["less"], words["reactive"], words["proactive"])
    pair.set_states(a, b)
    side = min(pages.height * 0.45, pages.width * 0.4)
    pair.draw(pages.painter, QRectF(0, top + 4, side, side))
    rows = "".join(
        f"<tr><td>{_esc(what)}</td><td>{_esc(x)}</td><td>{_esc(y)}</td></tr>"
        for what, x, y in comparison_rows(a, b, language())
    )
    table = (
        f"<table cellpadding='2' border='0'><tr><th></th><th>{_esc(name_a)}</th>"
        f"<th>{_esc(name_b)}</th></tr>{rows}</table>"
    )
    pages.painter.save()
    pages.painter.translate(side + 20, top)
    doc = QTextDocument()
    doc.setHtml(STYLE + table)
    doc.setTextWidth(pages.width - side - 20)
    doc.drawContents(pages.painter, QRectF(0, 0, pages.width - side - 20, pages.height - top))
    pages.painter.restore()
    pages.text(f"<ul>{items}</ul>", top + max(side, doc.size().height()) + 12)


def _sources(library: ReferenceLibrary, texts: dict[str, str]) -> str:
    ref = library.merged
    rows = "".join(
        f"<li><b>{_esc(s.publisher)}</b>: {_esc(s.title)}"
        + (f" ({s.year})" if s.year else "")
        + f". {_esc(s.detail)}</li>"
        for s in ref.sources
    )
    reference = texts["reference"].format(name=ref.name)
    return (
        f"<h2>{_esc(texts['sources'])}</h2><p>{_esc(DECK_SOURCE)}.</p>"
        f"<p>{_esc(reference)}</p><ul>{rows}</ul><p>{_esc(texts['never_guessed'])}</p>"
    )
