"""The workshop on one page, from the workshop alone: what `figures.onepage` lays out, in the
UI's language, for an A4 landscape page (the report's second page, or a PDF and a PNG of its
own to put on the table at the next nämnd meeting)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from ..analysis.roles import position_of
from ..canvases.financing.figure import mark_key, matrix_content
from ..canvases.organisation.figure import lane_title
from ..canvases.strategy.figure import level_titles
from ..figures.drawing import PAGE_PX, Drawing
from ..figures.matrix import Mark, MatrixContent, matrix_drawing
from ..figures.onepage import (
    Conclusion,
    KeyBar,
    LaneModel,
    OnePageContent,
    Panel,
    PyramidLevel,
    models_drawing,
    one_page,
    pyramid_drawing,
)
from ..model import Key, Lane, Language, Moment, Role, RoleWeights, Step, Workshop
from ..model.deck import (
    KEY_POINTS,
    ROLE_NAMES,
    ROLES_NOT_A_CLASSIFICATION,
    STEP_QUESTIONS,
    STEP_TITLES,
)
from ..model.vocabulary import AdministrativeBodyKind
from ..model.workshop import RU_NAMND_KINDS
from ..ui.drawing_painter import measure, paint_drawing
from ..ui.group_colours import MOMENT_COLOURS, label_ink
from ..ui.i18n import language
from ..ui.outcome_words import action_status_words
from .pages import Pages, workshop_date
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
        "scale": QCoreApplication.translate("OnePage", "1 = weak, 5 = strong"),
        "unscored": QCoreApplication.translate("OnePage", "not scored"),
        "unknown": QCoreApplication.translate("OnePage", "not known yet"),
        "more": QCoreApplication.translate("OnePage", "+ {n} more actions in the report"),
        "footnote": QCoreApplication.translate("OnePage", "The deck (slide “{slide}”): “{text}”"),
        "shortened": QCoreApplication.translate(
            "OnePage",
            "The app's rule: a text too long for its place on this page ends with “…”; "
            "the report holds it whole.",
        ),
        "today": QCoreApplication.translate("OnePage", "Today"),
        "ambition": QCoreApplication.translate("OnePage", "Ambition"),
    }


def onepage_content(workshop: Workshop) -> OnePageContent:
    """The one page's words and small figures for `workshop`, in the UI's language."""
    lang = language()
    texts, words = report_words(), onepage_words()
    d = workshop.details
    region = workshop.region.name if workshop.region else ""
    title = " – ".join(x for x in (words["title"], region or d.title) if x)
    subtitle = " · ".join(x for x in (workshop_date(workshop), d.place, d.facilitator) if x)
    figures = {
        Step.ORGANISATION: partial(_organisation, workshop, words),
        Step.FINANSIERING: partial(_matrix, _financing_content(workshop, lang, words)),
        Step.STRATEGI: partial(_pyramid, workshop),
        Step.GENOMFORANDEPRAKTIK: partial(_matrix, _roles_content(workshop, words)),
    }
    panels = [
        Panel(
            f"{n}. {STEP_TITLES[step].text(Language.SV)}",
            STEP_QUESTIONS[step].text(lang),
            figures[step],
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
        scale=words["scale"],
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
        footnote=words["footnote"].format(
            text=ROLES_NOT_A_CLASSIFICATION.text(lang), slide=ROLES_NOT_A_CLASSIFICATION.slide
        ),
        shortened=words["shortened"],
    )


def _organisation(
    workshop: Workshop, words: dict[str, str], width: float, height: float
) -> Drawing:
    org = workshop.organisation
    names = {b.id: b.name for b in org.political_bodies}
    names.update({b.id: b.name for b in org.administrative_bodies})

    def holding(lane: Lane) -> list[str]:
        """The bodies that hold branches in `lane`, those the deck's model counts first."""
        if lane is Lane.POLITICAL:
            homes = [p.political_body for p in org.branches if p.political_body]
            counted = {b.id for b in org.political_bodies if b.kind in RU_NAMND_KINDS}
        else:
            homes = [p.administrative_body for p in org.branches if p.administrative_body]
            counted = {
                b.id
                for b in org.administrative_bodies
                if b.kind is AdministrativeBodyKind.FORVALTNING
            }
        unique = list(dict.fromkeys(h for h in homes if h is not None))
        unique.sort(key=lambda h: h not in counted)
        return [names[h] for h in unique]

    lanes = [
        LaneModel(
            lane_title(lane),
            model.value if model is not None else None,
            ", ".join(holding(lane)),
            words["unknown"],
        )
        for lane, model in (
            (Lane.POLITICAL, org.political_model),
            (Lane.ADMINISTRATIVE, org.administrative_model),
        )
    ]
    return models_drawing(lanes, width, height, measure)


def _pyramid(workshop: Workshop, width: float, height: float) -> Drawing:
    titles = level_titles()
    documents = workshop.strategy.documents
    levels = []
    for level, title in sorted(titles.items()):
        held = [d.title for d in documents if d.kind.level == level]
        count = (
            QCoreApplication.translate("OnePage", "1 document")
            if len(held) == 1
            else QCoreApplication.translate("OnePage", "{n} documents").format(n=len(held))
        )
        levels.append(PyramidLevel(title, held, count))
    return pyramid_drawing(levels, width, height, measure)


def _matrix(content: MatrixContent, width: float, height: float) -> Drawing:
    return matrix_drawing(content, width, height, PAGE_PX, measure)


def _financing_content(workshop: Workshop, lang: Language, words: dict[str, str]) -> MatrixContent:
    """The capital matrix in small: the quadrants' captions (the axes' words need more room
    than a quarter of a page gives) and the room's today and ambition with the arrow; the
    groups', the phones' and the reference regions' places are in the report."""
    full = matrix_content(workshop, None, lang)
    own = {mark_key(m): words[m.value] for m in Moment}
    marks = [replace(m, label=own[m.key]) for m in full.marks if m.key in own]
    return MatrixContent(
        axis={},
        captions=full.captions,
        marks=marks,
        arrow=full.arrow,
        arrow_colour=full.arrow_colour,
    )


def _roles_content(workshop: Workshop, words: dict[str, str]) -> MatrixContent:
    """The role map as a 2×2 of the four roles (the deck's places: Finansiären upper left,
    Utföraren upper right, Nätverkaren lower left, Kapacitetsbyggaren lower right), with the
    room's today and ambition (the groups' places are in the report)."""
    roles = workshop.implementation

    def at(weights: RoleWeights) -> tuple[float, float]:
        x, y = position_of(weights)  # 0 … 1, down
        return 2 * x - 1, 1 - 2 * y

    marks: list[Mark] = []
    for moment in Moment:
        weights = roles.at(moment)
        if weights is None:
            continue
        colour = MOMENT_COLOURS[moment]
        alpha = 200 if moment is Moment.TODAY else 40
        x, y = at(weights)
        marks.append(
            Mark(
                mark_key(moment),
                x,
                y,
                words[moment.value],
                colour,
                f"#{alpha:02x}{colour[1:]}",
                label_ink(colour).name(),
            )
        )
    names = {r: ROLE_NAMES[r].text(Language.SV) for r in Role}
    # The longest name may be broken where its two words meet, in a narrow quadrant.
    names[Role.KAPACITETSBYGGAREN] = names[Role.KAPACITETSBYGGAREN].replace(
        "Kapacitets", "Kapacitets\u00ad", 1
    )
    both = roles.today is not None and roles.ambition is not None
    return MatrixContent(
        axis={},
        captions=(
            names[Role.UTFORAREN],
            names[Role.FINANSIAREN],
            names[Role.KAPACITETSBYGGAREN],
            names[Role.NATVERKAREN],
        ),
        marks=marks,
        arrow=(mark_key(Moment.TODAY), mark_key(Moment.AMBITION)) if both else None,
        arrow_colour=MOMENT_COLOURS[Moment.AMBITION],
    )


def onepage_drawing(workshop: Workshop, width: float, height: float) -> Drawing:
    """The page `width`×`height` (96-dpi pixels) of `workshop`."""
    return one_page(onepage_content(workshop), width, height, measure)


def draw_onepage(pages: Pages, workshop: Workshop) -> None:
    """The one page as a page of `pages` (a report's, or a document of its own)."""
    pages.new()
    drawing = onepage_drawing(workshop, pages.width, pages.height)
    target = QRectF(0, 0, pages.width, pages.height)
    pages.draw(lambda p: paint_drawing(p, drawing, target), pages.height)


def write_onepage(workshop: Workshop, pdf: Path, png: Path | None = None) -> list[Path]:
    """The one page as a PDF of its own at `pdf` and, with `png`, as a picture (A4 landscape
    at PNG_DPI, white ground); each via a temporary file, so a failed export leaves nothing."""
    texts = report_words()
    region = workshop.region.name if workshop.region else ""
    title = " – ".join(x for x in (onepage_words()["title"], region) if x)
    written: list[Path] = []
    tmp = pdf.with_name(f".{pdf.name}.part")
    pages = Pages(tmp, title, workshop.details.facilitator, title)
    try:
        draw_onepage(pages, workshop)
        footer = " · ".join(x for x in (region, workshop_date(workshop)) if x and x != "–")
        pages.write(footer or title, texts["page"])
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    tmp.replace(pdf)
    written.append(pdf)
    if png is not None:
        written.append(_write_png(workshop, pages, png))
    return written


def _write_png(workshop: Workshop, pages: Pages, path: Path) -> Path:
    """The page as the PDF lays it out (the same margins), at PNG_DPI."""
    layout = pages.writer.pageLayout()
    full = layout.fullRectPixels(PNG_DPI)
    paint = layout.paintRectPixels(PNG_DPI)
    image = QImage(full.width(), full.height(), QImage.Format.Format_RGB32)
    image.fill(QColor("#ffffff"))
    image.setDotsPerMeterX(round(PNG_DPI / 0.0254))
    image.setDotsPerMeterY(round(PNG_DPI / 0.0254))
    drawing = onepage_drawing(workshop, pages.width, pages.height)
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
