"""The pages of a PDF document the app writes (the report, the journey): A4 landscape, a
footer on every page, HTML that flows onto new pages without cutting a line, figures drawn as
vector graphics, and the document's metadata."""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QDate,
    QDateTime,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSizeF,
    Qt,
    QTime,
    QUrl,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from .. import __version__
from ..canvases.step_canvas import Figure
from ..model import Snapshot, Workshop
from ..ui.review_words import date_words

DPI = 96
EIGHT_PT_PX = 8 * 96 / 72  # the smallest type a page prints, in the page's pixels
FIRST_PART = 90.0  # a long text starts on the page before when this much room is left there
SECTION_GAP = 24.0  # px between two sections on one page
FOOTER = 30.0  # px at 96 dpi below the body, for the footer line
STYLE = (
    "<style>h1 { font-size: 26pt; } h2 { font-size: 18pt; margin: 0; } "
    "h3 { font-size: 12.5pt; margin-top: 10px; margin-bottom: 2px; } "
    "p, li, td, th { font-size: 10.5pt; } .q { font-size: 13pt; color: #334155; } "
    ".muted { color: #475569; font-size: 9pt; } th { text-align: left; } "
    # One look for every table: a rule under the head and a light one under each row, no
    # frame (a long table is laid out in pieces joined on the page: no seam shows).
    "table.grid th { border-bottom: 1px solid #94a3b8; } "
    "table.grid td { border-bottom: 1px solid #cbd5e1; } "
    # A row whose next row belongs to it (a key and its note) has no rule under it.
    "table.grid td.held { border-bottom: 1px solid #ffffff; }</style>"
)
INK, MUTED = "#111827", "#475569"


def table_start(width: int | None = 100, padding: int = 3) -> str:
    """A table's opening tag in the report's one look (STYLE's `table.grid`): `width` per
    cent of the page's (None: as wide as its words need)."""
    wide = f" width='{width}%'" if width is not None else ""
    return (
        f"<table class='grid'{wide} cellpadding='{padding}' cellspacing='0' border='0' "
        "style='border-collapse: collapse'>"
    )


TABLE = table_start()
TABLE_ROWS = 4  # a long table is laid out this many rows at a time (Pages.table)
DOC_MARGIN = 4.0  # px round a text laid out on the page (Qt's own default)


@contextmanager
def via_part(path: Path) -> Iterator[Path]:
    """A temporary file beside `path` to write the document into, put in `path`'s place when
    all is written; removed when the writing fails or is cancelled (nothing half-written is
    left behind)."""
    tmp = path.with_name(f".{path.name}.part")
    try:
        yield tmp
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(path)


def escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


SPACER = QUrl("regionroll:spacer")


def _document(
    markup: str, width: float, page_height: float | None = None, push: float = 0.0
) -> QTextDocument:
    """`markup` laid out `width` wide (in pages `page_height` tall); `push`: its start that
    far down (a blank image of that height before it: Qt lays no margin above a first
    block)."""
    doc = QTextDocument()
    if push > 0:
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(0)
        doc.addResource(QTextDocument.ResourceType.ImageResource, SPACER, blank)
        markup = (
            f"<p style='margin:0'><img src='{SPACER.toString()}' width='1' "
            f"height='{max(1, round(push) - 2)}'></p>" + markup
        )
    doc.setDocumentMargin(DOC_MARGIN)
    doc.setHtml(STYLE + markup)
    doc.setTextWidth(width)
    if page_height is not None:
        doc.setPageSize(QSizeF(width, page_height))
    return doc


def _no_line_alone(doc: QTextDocument, page_height: float) -> None:
    """No paragraph of `doc` (laid out in pages `page_height` tall) leaves one line alone at
    a page's foot, and no heading ends a page: such a paragraph or heading starts on the
    next page ("Anteckningar", a paragraph's label, stood alone under the figure, its words
    on the page after; at the limits a conclusion's heading did). A table's rows are kept
    whole by `Pages.table`."""
    # Again while a pass moved something: what follows a paragraph moved moves with it,
    # and Qt lays the rest out anew only when asked for the whole (a heading came to end a
    # page after a paragraph above it was moved; at the limits two passes were needed).
    for _ in range(MOVING_PASSES):
        if not _moved_to_next_page(doc, page_height):
            break


MOVING_PASSES = 6


def _pages_of(page_height: float) -> Callable[[float], int]:
    """Which page (from 0) a height in the document falls on."""
    return lambda y: int(y // page_height)


def _moved_to_next_page(doc: QTextDocument, page_height: float) -> bool:
    """One pass of `_no_line_alone`: whether it moved something."""
    layout = doc.documentLayout()

    page_of = _pages_of(page_height)
    block, moved = doc.begin(), False
    while block.isValid():
        top = layout.blockBoundingRect(block).top()  # lays the block out (again) first
        lines = block.layout()
        following = block.next()
        alone = lines.lineCount() > 1 and page_of(top + lines.lineAt(0).y()) != page_of(
            top + lines.lineAt(1).y()
        )
        if (
            not alone
            and block.blockFormat().headingLevel() > 0
            and following.isValid()
            and lines.lineCount() > 0
        ):
            after = layout.blockBoundingRect(following).top()
            first = following.layout()
            after += first.lineAt(0).y() + first.lineAt(0).height() if first.lineCount() else 0
            alone = page_of(top + lines.lineAt(0).y()) != page_of(after - 0.5)
        moving = block
        if alone and block.previous().isValid() and block.previous().blockFormat().headingLevel():
            moving = block.previous()  # its heading goes with it
        if (
            alone
            and moving.blockFormat().pageBreakPolicy() == PAGE_BREAK_AUTO
            and QTextCursor(moving).currentTable() is None
        ):
            cursor = QTextCursor(moving)
            spaced = moving.blockFormat()
            spaced.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            cursor.setBlockFormat(spaced)  # the blocks after it laid out again when asked
            moved = True
        block = following
    if moved:  # laid out again whole: after a change in place Qt drew no page past it
        doc.markContentsDirty(0, doc.characterCount())
    return moved


PAGE_BREAK_AUTO = QTextFormat.PageBreakFlag.PageBreak_Auto


def _cells_cut_at_pages(doc: QTextDocument, page_height: float) -> None:
    """Each paragraph in a table's cell that runs across a page's edge made two at it (a
    tall row's): Qt draws a paragraph from its last line above what is drawn, so the line
    before the edge was written again above the next page's body, clipped from sight but
    kept in the text (read twice by a screen reader); a paragraph that starts on the page
    has none. (A paragraph outside a table is drawn a line at a time by `_lines_on`.)"""
    layout = doc.documentLayout()

    page_of = _pages_of(page_height)
    for _ in range(MOVING_PASSES):
        cuts: list[int] = []
        for table in doc.rootFrame().childFrames():  # the tables (a nested one within)
            block = doc.findBlock(table.firstPosition())
            while block.isValid() and block.position() <= table.lastPosition():
                rect = layout.blockBoundingRect(block)
                lines = block.layout()
                if page_of(rect.top()) != page_of(rect.bottom()) and lines.lineCount() > 1:
                    pages = [
                        page_of(rect.top() + lines.lineAt(i).y()) for i in range(lines.lineCount())
                    ]
                    cuts += [
                        block.position() + lines.lineAt(i).textStart()
                        for i in range(1, len(pages))
                        if pages[i] != pages[i - 1]
                    ]
                block = block.next()
        if not cuts:
            return
        cursor = QTextCursor(doc)
        for at in reversed(cuts):  # from the last: the places before stay where they are
            cursor.setPosition(at)
            cursor.insertBlock()
        doc.markContentsDirty(0, doc.characterCount())


def _lines_on(painter: QPainter, doc: QTextDocument, shown: QRectF) -> float:
    """Draws the lines within `shown` of the paragraph of `doc` that runs into it from
    above, and returns where the rest of `doc` is to be drawn from (`shown`'s top, or that
    paragraph's foot). Qt draws a paragraph from its last line above the clip: on a PDF's
    page that line was clipped from sight but kept in the text, read twice by a screen reader
    and copied twice (a paragraph in a table is left to Qt)."""
    layout = doc.documentLayout()
    at = layout.hitTest(QPointF(shown.left() + 1, shown.top()), Qt.HitTestAccuracy.FuzzyHit)
    block = doc.findBlock(max(0, at))
    rect = layout.blockBoundingRect(block)
    inside = QTextCursor(block).currentFrame() is doc.rootFrame()
    lines = block.layout()
    if not (block.isValid() and inside and lines.lineCount() > 1):
        return shown.top()
    # Across the page's top: its first line above it, its last below.
    if (
        not rect.top() + lines.lineAt(0).y()
        < shown.top()
        <= rect.top() + lines.lineAt(lines.lineCount() - 1).y()
    ):
        return shown.top()
    painter.save()
    painter.setClipRect(shown)
    painter.setPen(QColor("black"))
    for i in range(lines.lineCount()):
        line = lines.lineAt(i)
        y = rect.top() + line.y()
        if y >= shown.top() and y + line.height() <= shown.bottom() + 0.5:
            line.draw(painter, rect.topLeft())
    painter.restore()
    return rect.bottom() + 0.5


BODY_PT = 10.5  # a table's words (STYLE's td and th)
CELL_AIR = 2 * 3 + 6.0  # px a cell needs beside its words: its padding both sides, and air


def _plain(cell: str) -> str:
    """A cell's words without their markup."""
    return html.unescape(re.sub(r"<[^>]+>", " ", cell))


def fitted_widths(table: Table, width: float) -> tuple[int, ...]:
    """Each column's share (per cent) of a table `width` px wide, from its words: every
    column at least as wide as its longest word, the room left given where lines are
    longest (as a browser lays out a table of no set widths); the same for every piece of a
    long table, which lines them up."""
    body = QFont()
    body.setPointSizeF(BODY_PT)
    head = QFont(body)
    head.setBold(True)
    metrics = {False: QFontMetricsF(body), True: QFontMetricsF(head)}
    measured: dict[tuple[str, bool], float] = {}

    def advance(text: str, bold: bool) -> float:
        key = (text, bold)
        if key not in measured:
            measured[key] = metrics[bold].horizontalAdvance(text)
        return measured[key]

    columns = len(table.heads)
    most = [0.0] * columns
    least = [0.0] * columns
    for row, bold in ((table.heads, True), *((r, False) for r in table.rows)):
        for i, cell in enumerate(row):
            text = cell if bold else _plain(cell)
            lines = text.splitlines() or [""]
            most[i] = max(most[i], *(advance(line.strip(), bold) for line in lines))
            words = text.split() or [""]
            least[i] = max(least[i], *(advance(word, bold) for word in words))
    usable = width * table.width / 100
    most = [min(m + CELL_AIR, usable) for m in most]
    least = [min(w + CELL_AIR, m) for w, m in zip(least, most, strict=True)]
    if sum(most) <= usable:  # every line whole: the room left shared as the lines are
        shares = most
    elif sum(least) >= usable:  # even the longest words crowd it
        shares = least
    else:
        # The short columns whole (a name, a date, a status on one line), shortest first,
        # while the others keep room for their longest words; the long ones share the rest
        # as their lines are long (each at least its longest word).
        shares = list(least)
        wrapping = set(range(columns))
        for i in sorted(range(columns), key=lambda c: most[c]):
            others = sum(least[j] for j in wrapping if j != i)
            fixed = sum(shares[j] for j in range(columns) if j not in wrapping)
            if fixed + most[i] + others > usable:
                break
            shares[i] = most[i]
            wrapping.discard(i)
        spare = usable - sum(shares[j] for j in range(columns) if j not in wrapping)
        weight = sum(most[j] for j in wrapping)
        for j in wrapping:
            shares[j] = max(least[j], spare * most[j] / weight)
    total = sum(shares) or 1.0
    widths = [max(1, round(100 * share / total)) for share in shares]
    widths[widths.index(max(widths))] += 100 - sum(widths)  # they add up to a whole
    return tuple(widths)


@dataclass(frozen=True)
class Table:
    """A table the pages lay out in small tables (Pages.table): `heads` in plain words,
    `rows` of each cell's markup (escaped), `widths` per cent (empty: fitted to the words,
    `fitted_widths`); `lead` (a heading) kept with its first rows and `after` (a line) with
    its last; `under`, each row's line under it (escaped markup, "" for none: a key's long
    note), across every column but the first with no rule between the two, the pair one row
    to the pages (never parted at a page's edge: a key ended a page, its note on the next)."""

    heads: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...] = ()
    lead: str = ""
    after: str = ""
    aligns: tuple[str, ...] = ()  # each column's alignment ("left" where not given)
    width: int = 100  # per cent of the page's width
    under: tuple[str, ...] = ()

    def markup(self, rows: Sequence[int] | None = None, head: bool = True) -> str:
        """The rows numbered `rows` (all when None) as one table (`head`: its head shown; the
        widths kept either way, on the head's cells or the first row's, so that tables one
        under the other line up)."""
        align = [*self.aligns, *("left",) * (len(self.widths) - len(self.aligns))]
        start = table_start(self.width)

        def cells(n: int, sized: bool = False) -> str:
            held = " class='held'" if self._under(n) else ""  # no rule above its line

            def cell(text: str, width: int, side: str) -> str:
                aligned = f" align='{side}'" if sized or side != "left" else ""
                wide = f" width='{width}%'" if sized else ""
                return f"<td{held}{aligned}{wide}>{text}</td>"

            return "".join(
                cell(c, w, a) for c, w, a in zip(self.rows[n], self.widths, align, strict=True)
            )

        def row(n: int, sized: bool = False) -> str:
            line = self._under(n)
            spanned = len(self.widths) - 1
            below = f"<tr><td></td><td colspan='{spanned}'>{line}</td></tr>" if line else ""
            return f"<tr>{cells(n, sized)}</tr>{below}"

        numbers = range(len(self.rows)) if rows is None else rows
        if head:
            names = "".join(
                f"<th align='{a}' width='{w}%'>{escape(h)}</th>"
                for h, w, a in zip(self.heads, self.widths, align, strict=True)
            )
            body = "".join(row(n) for n in numbers)
            return f"{start}<thead><tr>{names}</tr></thead>{body}</table>"
        first, *rest = numbers
        return f"{start}{row(first, sized=True)}{''.join(row(n) for n in rest)}</table>"

    def _under(self, n: int) -> str:
        return self.under[n] if n < len(self.under) else ""


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


class Pages:
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
        # The last texts laid out across the page's width: a section's start is measured
        # (text_height) just before the text is placed, and each laying out costs.
        self._laid: dict[str, QTextDocument] = {}

    def new(self) -> None:
        self.pages.append([])
        self.top = 0.0

    def section(self, need: float) -> None:
        """A new section: on this page, after a gap, when at least `need` is left (what must
        stay together at its start: a heading and its figure, a heading and a table's first
        rows), else on a new page. Sections flow: no page holds a few lines alone."""
        if not self.pages or self.top == 0:
            if not self.pages:
                self.new()
            return
        if self.room() - SECTION_GAP < need:
            self.new()
        else:
            self.top += SECTION_GAP

    def room(self) -> float:
        return self.height - self.top

    def draw(self, draw: Draw, height: float) -> None:
        """Content `height` tall at the current place (on a new page when it does not fit)."""
        if not self.pages or (height > self.room() and self.top > 0):
            self.new()
        top = self.top
        self.pages[-1].append(lambda p: _at(p, top, draw))
        self.top += height

    def beside(
        self,
        draw: Callable[[QPainter, QRectF], None],
        side: float,
        markup: str,
        gap: float = 16,
        height: float | None = None,
    ) -> bool:
        """A drawing `side` wide (and `height` tall: square when None) on the left and
        `markup` in the column beside it, from the current place (a landscape page's width
        is wasted on a square alone). False, and nothing drawn, when the words are taller
        than the room left."""
        column = self.width - side - gap
        tall = side if height is None else height
        doc = _document(markup, column)
        both_tall = max(tall, doc.size().height())
        room = self.room() if self.top > 0 else self.height
        if column < self.width / 3 - 0.5 or both_tall > room:  # (a third, give or take)
            return False

        def both(p: QPainter) -> None:
            draw(p, QRectF(0, 0, side, tall))
            p.save()
            p.translate(side + gap, 0)
            doc.drawContents(p)
            p.restore()

        self.draw(both, both_tall + 8)
        return True

    def column_height(self, markup: str, width: float) -> float:
        """How tall `markup` is in a column `width` wide."""
        return float(_document(markup, width).size().height())

    def _across(self, markup: str) -> QTextDocument:
        """`markup` laid out across the page's width (the last few kept)."""
        doc = self._laid.get(markup)
        if doc is None:
            if len(self._laid) >= 8:
                self._laid.clear()
            doc = self._laid[markup] = _document(markup, self.width)
        return doc

    def text_height(self, markup: str) -> float:
        """How tall `markup` is across the page's width."""
        return float(self._across(markup).size().height())

    def text(self, markup: str, space_before: float = 0.0, head_shown: float = 0.0) -> None:
        """HTML at the current place, flowing onto as many new pages as it needs; a line is
        never cut at a page's edge, a table's head repeats on each page. A text longer than
        the room left starts in that room (when a few lines fit there), not on a new page:
        a long text never leaves the page before it half empty. `head_shown`: the height of
        a table's head the rows above already show here, left out on this page (the rows
        join them) and shown on each page the text runs onto."""
        top = self.top + space_before if self.pages and self.top > 0 else 0.0
        doc = self._across(markup)
        hidden = head_shown if self.pages and top > head_shown else 0.0
        if self.pages and doc.size().height() - hidden <= self.height - top:
            self.top = top
            shown = QRectF(0, hidden + DOC_MARGIN if hidden else 0, self.width, self.height)

            def drawn(p: QPainter) -> None:
                p.translate(0, -hidden)
                doc.drawContents(p, shown)

            self.draw(drawn, doc.size().height() - hidden)
            return
        if not self.pages or self.height - top < FIRST_PART:
            self.new()
            top = hidden = 0.0
        # Laid out in pages of the body's height, its start pushed down to where this page's
        # content ends: its first page is drawn over this one (its top is blank), the others
        # on pages of their own.
        paged = _document(markup, self.width, self.height, push=top - hidden)
        _no_line_alone(paged, self.height)
        _cells_cut_at_pages(paged, self.height)
        count = paged.pageCount()  # asked once: each asking lays the document out again
        for n in range(count):
            if n > 0:
                self.new()
            offset = n * self.height
            # The first page's part from where it shows (under a head left out there).
            start = offset + (top + DOC_MARGIN if n == 0 and hidden else 0.0)

            def page(
                p: QPainter, offset: float = offset, start: float = start, later: bool = n > 0
            ) -> None:
                p.translate(0, -offset)
                shown = QRectF(0, start, self.width, self.height + offset - start)
                if later:  # a paragraph from the page before: its lines here drawn one by one
                    shown.setTop(_lines_on(p, paged, shown))
                if shown.height() > 0:  # (none when that paragraph goes on past this page)
                    paged.drawContents(p, shown)

            self.pages[-1].append(page)  # at the page's top: the first page's is blank
            self.top = self.height
        last = paged.documentLayout().blockBoundingRect(paged.lastBlock()).bottom()
        self.top = last - (count - 1) * self.height

    def table(self, table: Table) -> None:
        """`table` flowing on from where the last section ended, in small tables each laid
        out on its own and joined to the one above, never split at a page's edge, the head at
        the top of each page. (One table of hundreds of rows took Qt twice as long to lay
        out in pages as in one piece, after it was measured in one.)"""
        if not table.widths:
            table = replace(table, widths=fitted_widths(table, self.width - 2 * DOC_MARGIN))
        rows = tuple(range(len(table.rows)))  # each chunk's rows by their numbers
        chunks = [rows[n : n + TABLE_ROWS] for n in range(0, len(rows), TABLE_ROWS)] or [()]
        if len(chunks) > 1 and len(chunks[-1]) <= TABLE_ROWS // 2:  # no row or two alone
            chunks[-2:] = [(*chunks[-2], *chunks[-1])]
        n = 0
        while n < len(chunks):
            chunk = chunks[n]
            head = 0.0  # the height of the head the rows above show (see `text`)
            tail = table.after if n == len(chunks) - 1 else ""
            if n == 0:
                body = table.lead + table.markup(chunk) + tail
                tall = self.text_height(body)
                if tall > self.height and len(chunk) > 1:  # rows of long texts: fewer at once
                    chunks[n : n + 1] = self._cut(chunk, tall, self.height)
                    continue
                # The heading and the first rows that fit start in the room left (the first
                # rows taller than it waited for a page of their own, leaving this one a
                # few lines alone).
                room = self.room() - SECTION_GAP
                if self.top > 0 and tall > room >= FIRST_PART:
                    if len(chunk) > 1:
                        chunks[n : n + 1] = self._cut(chunk, tall, room)
                        continue
                    if tall > self.height / 3:  # one tall row: from here across the edge
                        tall = FIRST_PART
                self.section(tall)  # the heading and the first rows kept together
            else:
                body = table.markup(chunk, head=False) + tail
                tall = self.text_height(body) - 2 * DOC_MARGIN
                # Joined to the rows above: the two documents' margins drawn over each other.
                # A row taller than a third of a page goes on from here across the page's
                # edge between two of its lines (kept whole, such rows left pages empty).
                if len(chunk) > 1 and tall > self.room():  # the rows that fit fill this page
                    chunks[n : n + 1] = self._cut(chunk, tall, self.room())
                    continue
                if tall <= self.room():
                    self.top = max(0.0, self.top - 2 * DOC_MARGIN)
                elif tall > self.height / 3 and self.room() > FIRST_PART:
                    # Across the edge: with its head, shown on the pages it runs onto (here
                    # the rows above show it).
                    self.top = max(0.0, self.top - 2 * DOC_MARGIN)
                    body = table.markup(chunk) + tail
                    head = self.text_height(body) - 2 * DOC_MARGIN - tall
                else:
                    self.new()
                    body = table.markup(chunk) + tail
            self.text(body, head_shown=head)
            n += 1

    def _cut(self, rows: tuple[int, ...], tall: float, room: float) -> list[tuple[int, ...]]:
        """`rows`, `tall` together, in parts: the first as many as `room` holds (by their
        count, at least one), then the rest, never one row alone (a table's last row stood
        alone under its head said again on the next page); rows taller than a third of a
        page each alone (measured once each, not halved again and again)."""
        if tall / len(rows) > self.height / 3:
            return [(row,) for row in rows]
        first = min(len(rows) - 1, max(1, int(len(rows) * room / tall)))
        if first == len(rows) - 1 and first > 1:
            first -= 1  # two go on together
        return [rows[:first], rows[first:]]

    def flow(self, part: str | Table, keep: float) -> None:
        """A section that flows on from where the last ended, its first `keep` px (or all of
        it, when shorter) kept together: a heading never alone at a page's foot."""
        if isinstance(part, Table):
            self.table(part)
            return
        self.section(min(self.text_height(part), keep))
        self.text(part)

    def figure(self, figure: Figure, max_height: float | None = None) -> None:
        """A figure as wide as the page allows, never taller than the room left (or
        `max_height`), in its own proportions, centred."""
        room = (self.room() if self.top > 0 else self.height) - 8
        # Never smaller than its smallest word allows (8 pt): on the next page if need be
        # (a figure no page holds at 8 pt, at the limits, is drawn as large as it fits).
        least = figure.size.height() * figure.least_scale(EIGHT_PT_PX)
        if room < least <= self.height - 8 and self.top > 0:
            self.new()
            room = self.height - 8
        limit = max(min(room, max_height or room), min(least, room))
        ratio = figure.size.width() / max(1, figure.size.height())
        width = min(self.width, limit * ratio)
        height = width / ratio
        left = (self.width - width) / 2
        target = QRectF(left, 0, width, height)
        self.draw(lambda p: figure.draw(p, target), height + 8)

    def laid_out(
        self,
        layout: Callable[[float, float], Figure],
        max_height: float | None = None,
        widest: float = 1.45,
    ) -> Figure:
        """A figure laid out for the room it gets (`fit`), drawn centred; returns it."""
        figure, width, height = self.fit(layout, max_height, widest)
        self.place(figure, width, height)
        return figure

    def fit(
        self,
        layout: Callable[[float, float], Figure],
        max_height: float | None = None,
        widest: float = 1.45,
        width: float | None = None,
    ) -> tuple[Figure, float, float]:
        """A figure laid out for the room it gets: the page's width (or `width`), at most
        `widest` times the height, as tall as the room left (or `max_height`); returns it
        and the width and height it is drawn at."""
        room = (self.room() if self.top > 0 else self.height) - 8
        height = min(room, max_height or room)
        width = min(width or self.width, height * widest)
        figure = layout(width, height)
        height = width * figure.size.height() / max(1, figure.size.width())
        if height > room:  # a figure that grew (a legend's band at the limits) still fits
            width, height = width * room / height, room
        return figure, width, height

    def place(self, figure: Figure, width: float, height: float) -> None:
        """`figure` drawn `width`×`height` at the current place, centred."""
        target = QRectF((self.width - width) / 2, 0, width, height)
        self.draw(lambda p: figure.draw(p, target), height + 8)

    def write(self, footer: str, page_words: str) -> None:
        """Draw every page, each with the footer: `footer` on the left, `page_words`
        ("Page {n} of {total}") on the right."""
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
                _footer(painter, self, footer, page_words.format(n=n, total=total))
        finally:
            painter.end()


def _at(painter: QPainter, top: float, draw: Draw) -> None:
    painter.translate(0, top)
    draw(painter)


def _footer(painter: QPainter, pages: Pages, left: str, right: str) -> None:
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


def workshop_date(w: Workshop) -> str:
    return date_words(w.details.date) if w.details.date is not None else "–"


def footer_words(w: Workshop) -> str:
    """A page footer's left side: the region and the date ("" when neither is known)."""
    region = w.region.name if w.region else ""
    return " · ".join(x for x in (region, workshop_date(w)) if x and x != "–")


def snapshot_time(moment: Snapshot) -> str:
    """When a snapshot was taken, in the local time and the UI's language."""
    local = moment.taken_at.astimezone()
    stamp = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    return QLocale().toString(stamp, "d MMMM yyyy HH:mm")
