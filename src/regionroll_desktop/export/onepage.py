"""The workshop on one page, from the workshop alone: what `figures.onepage` lays out, in the
UI's language, for an A4 landscape page (the report's second page, or a PDF and a PNG of its
own to put on the table at the next nämnd meeting)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from ..analysis.consequences import consequences, lines
from ..canvases.figures import small_figure
from ..figures.drawing import Drawing
from ..figures.onepage import (
    Conclusion,
    KeyBar,
    OnePageContent,
    Panel,
    one_page,
)
from ..model import Key, Language, Step, Workshop
from ..model.deck import (
    KEY_POINTS,
    STEP_QUESTIONS,
    STEP_TITLES,
)
from ..ui.drawing_painter import measure, paint_drawing
from ..ui.i18n import language
from ..ui.outcome_words import action_status_words
from ..ui.step_words import deck_caveat, key_scale
from .pages import Pages, footer_words, via_part, workshop_date
from .statements import short_date, summary_items, weakest_words
from .words import report_words
from .writers import PNG_QUALITY

PNG_DPI = 150  # the picture file: sharp on a screen, printable


def onepage_words() -> dict[str, str]:
    return {
        "title": QCoreApplication.translate("OnePage", "The workshop on one page"),
        "agreed": QCoreApplication.translate("OnePage", "agreed"),
        "proposed": QCoreApplication.translate("OnePage", "proposal"),
        "conclusions": QCoreApplication.translate("OnePage", "The room's conclusions"),
        "no_conclusions": QCoreApplication.translate("OnePage", "No conclusions were written."),
        "means": QCoreApplication.translate("OnePage", "What the ambition means for us"),
        "unscored": QCoreApplication.translate("OnePage", "not scored"),
        "more": QCoreApplication.translate("OnePage", "+ {n} more actions in the report"),
        "shortened": QCoreApplication.translate(
            "OnePage",
            "The app's rule: a text too long for its place on this page ends with “…”; "
            "the report holds it whole.",
        ),
    }


def onepage_content(workshop: Workshop) -> OnePageContent:
    """The one page's words and small figures for `workshop`, in the UI's language."""
    lang = language()
    texts, words = report_words(), onepage_words()
    d = workshop.details
    region = workshop.region.name if workshop.region else ""
    title = " – ".join(x for x in (words["title"], region or d.title) if x)
    subtitle = " · ".join(x for x in (workshop_date(workshop), d.place, d.facilitator) if x)
    panels = [
        Panel(
            f"{n}. {STEP_TITLES[step].text(Language.SV)}",
            STEP_QUESTIONS[step].text(lang),
            partial(small_figure, step, workshop, lang),
            summary_items(workshop, step, lang),
        )
        for n, step in enumerate(Step, start=1)
    ]
    conclusions = [
        Conclusion(
            STEP_TITLES[step].text(Language.SV),
            words["agreed"] if c.agreed else words["proposed"],
            c.text.strip(),
        )
        for step in Step
        if (c := workshop.outcome.conclusion(step)).text.strip()
    ]
    # What the ambition means for us, after the conclusions: the steps' lines in one.
    if written := consequences(workshop).written:
        said = " ".join(
            f"{STEP_TITLES[step].text(Language.SV)}: {'; '.join(lines(text))}."
            for step, text in written
        )
        conclusions.append(Conclusion(words["means"], "", said))
    locale = QLocale()
    actions = [
        (a.what, a.who, short_date(locale, a.due), action_status_words(a.status))
        for a in workshop.outcome.actions
    ]
    return OnePageContent(
        title=title,
        subtitle=subtitle,
        panels=panels,
        keys_title=texts["keys"],
        keys=[KeyBar(KEY_POINTS[k][0].text(Language.SV), workshop.key(k).score) for k in Key],
        scale=key_scale(),
        unscored=words["unscored"],
        weakest=weakest_words(workshop, texts),
        conclusions_title=words["conclusions"],
        conclusions=conclusions,
        no_conclusions=words["no_conclusions"],
        actions_title=texts["actions"],
        heads=(texts["what"], texts["who"], texts["due"], texts["status"]),
        actions=actions,
        no_actions=texts["no_actions"],
        more_actions=words["more"],
        footnote=deck_caveat(),
        shortened=words["shortened"],
    )


def onepage_drawing(workshop: Workshop, width: float, height: float) -> Drawing:
    """The page `width`×`height` (96-dpi pixels) of `workshop`."""
    return one_page(onepage_content(workshop), width, height, measure)


def draw_onepage(pages: Pages, workshop: Workshop) -> Drawing:
    """The one page as a page of `pages` (a report's, or a document of its own); returns
    its drawing (for a picture of the same page)."""
    pages.new()
    drawing = onepage_drawing(workshop, pages.width, pages.height)
    target = QRectF(0, 0, pages.width, pages.height)
    pages.draw(lambda p: paint_drawing(p, drawing, target), pages.height)
    return drawing


def write_onepage(workshop: Workshop, pdf: Path, png: Path | None = None) -> list[Path]:
    """The one page as a PDF of its own at `pdf` and, with `png`, as a picture (A4 landscape
    at PNG_DPI, white ground); each via a temporary file, so a failed export leaves nothing."""
    texts = report_words()
    region = workshop.region.name if workshop.region else ""
    title = " – ".join(x for x in (onepage_words()["title"], region) if x)
    written: list[Path] = []
    with via_part(pdf) as tmp:
        pages = Pages(tmp, title, workshop.details.facilitator, title)
        drawing = draw_onepage(pages, workshop)
        pages.write(footer_words(workshop) or title, texts["page"])
    written.append(pdf)
    if png is not None:
        written.append(_write_png(drawing, pages, png))
    return written


def _write_png(drawing: Drawing, pages: Pages, path: Path) -> Path:
    """The page's `drawing` as the PDF lays it out (the same margins), at PNG_DPI."""
    layout = pages.writer.pageLayout()
    full = layout.fullRectPixels(PNG_DPI)
    paint = layout.paintRectPixels(PNG_DPI)
    image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    image.setDotsPerMeterX(round(PNG_DPI / 0.0254))
    image.setDotsPerMeterY(round(PNG_DPI / 0.0254))
    scale = paint.width() / pages.width
    painter = QPainter(image)
    try:
        target = QRectF(paint.x(), paint.y(), pages.width * scale, pages.height * scale)
        paint_drawing(painter, drawing, target)
    finally:
        painter.end()
    tmp = path.with_name(f".{path.name}.part.png")  # PNG, by the name
    if not image.save(str(tmp), quality=PNG_QUALITY):
        tmp.unlink(missing_ok=True)
        raise OSError(f"could not write {path.name}")
    tmp.replace(path)
    return path
