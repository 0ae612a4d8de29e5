"""The national report (issue #40): from the regions' own workshops, the picture SKR drew by
hand in 2019. A summary; per question the national figure (the models beside the deck's 2019
classification, the capital matrix, the RUS's focus and the strategies in force, the role
map with each region's main role, the keys' scores) with each region's entry, its source and
date; the series of workshops as a table and a timeline, the regions without one, and what
changed between a region's workshops. `regionroll reference report`, Arkiv ▸ Nationell
rapport…; anonymised on request (analysis/national.py)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, QSize
from PySide6.QtGui import QPainter

from ..analysis.national import (
    KNOWN_REGIONS,
    MOVED,
    SCORES,
    Entry,
    NationalPicture,
    RoleCount,
    Shift,
    Value,
    anonymised,
    deck_models,
    key_distribution,
    main_roles,
    models,
    national_picture,
    workshop_count,
)
from ..canvases.step_canvas import Figure
from ..figures.drawing import PAGE_PX, Drawing
from ..figures.national import (
    Lane,
    ModelPanel,
    distribution_drawing,
    models_drawing,
    timeline_drawing,
)
from ..figures.national_maps import NationalMap
from ..model import Key, Language, Role, Step
from ..model.deck import DECK_SOURCE, KEY_POINTS, ROLE_NAMES, STEP_QUESTIONS, STEP_TITLES
from ..model.text import one_or_many
from ..model.values import MatrixPosition, RoleWeights
from ..model.vocabulary import BodyModel
from ..reference import ReferenceSet, Source
from ..ui.drawing_painter import measure, paint_drawing
from ..ui.i18n import language
from ..ui.national import national_figure
from ..ui.review_words import date_words
from ..ui.step_summary import main_role_words, position_words
from ..ui.step_words import deck_caveat
from .pages import Pages, Table, escape, via_part
from .report import SHORT_SECTION, Steps


def _words() -> dict[str, str]:
    """The report's words in the UI's language (each a plain call, so lupdate finds it)."""
    return {
        "title": QCoreApplication.translate(
            "NationalReport", "The regions and the development work"
        ),
        "subtitle": QCoreApplication.translate(
            "NationalReport", "The national picture from the regions' own workshops"
        ),
        "anonymised_title": QCoreApplication.translate(
            "NationalReport", "The national picture (anonymised)"
        ),
        "set": QCoreApplication.translate(
            "NationalReport", "Built from the reference set “{name}”."
        ),
        "anonymised": QCoreApplication.translate(
            "NationalReport",
            "Anonymised: the regions are named Region A, B, C … in a shuffled order; no "
            "workshop's title, file or facilitator, no strategy's name and no region without "
            "a workshop is named.",
        ),
        "held": QCoreApplication.translate(
            "NationalReport",
            "{n} of the {total} regions have held a workshop: {count} workshops, from {first} "
            "to {last}.",
        ),
        "held_undated": QCoreApplication.translate(
            "NationalReport", "{n} of the {total} regions have held a workshop: {count} workshops."
        ),
        "held_one": QCoreApplication.translate(
            "NationalReport", "1 of the {total} regions has held a workshop, on {first}."
        ),
        "held_undated_one": QCoreApplication.translate(
            "NationalReport", "1 of the {total} regions has held a workshop."
        ),
        "none_held": QCoreApplication.translate(
            "NationalReport",
            "No region's workshop is in the set: the figures are empty. Build a set from the "
            "regions' workshop files first (regionroll reference build).",
        ),
        "missing": QCoreApplication.translate("NationalReport", "Without a workshop: {names}."),
        "missing_counted": QCoreApplication.translate(
            "NationalReport", "{n} regions have held no workshop (not named: anonymised)."
        ),
        "missing_counted_one": QCoreApplication.translate(
            "NationalReport", "{n} region has held no workshop (not named: anonymised)."
        ),
        "all_held": QCoreApplication.translate(
            "NationalReport", "Every region has held a workshop."
        ),
        "read": QCoreApplication.translate(
            "NationalReport",
            "The app's rule: each region's facts come from its latest workshop (its source "
            "and date in the tables); what a workshop did not say is “not known”, never "
            "guessed.",
        ),
        "summary": QCoreApplication.translate("NationalReport", "Summary"),
        "model_line": QCoreApplication.translate(
            "NationalReport", "model 0: {zero}, model 1: {one}, model 2+: {more}"
        ),
        "unknown_n": QCoreApplication.translate("NationalReport", "not known: {n}"),
        "political_sum": QCoreApplication.translate(
            "NationalReport", "Political organisation (the workshops): {counts}."
        ),
        "administrative_sum": QCoreApplication.translate(
            "NationalReport", "Administration (the workshops): {counts}; the deck (2019): {deck}."
        ),
        "matrix_sum": QCoreApplication.translate(
            "NationalReport",
            "On the capital matrix, regions placed today: {today}; with an ambition: {ambition}.",
        ),
        "focus_sum": QCoreApplication.translate(
            "NationalReport", "The RUS's focus sorted by {n} regions."
        ),
        "focus_sum_one": QCoreApplication.translate(
            "NationalReport", "The RUS's focus sorted by {n} region."
        ),
        "roles_sum": QCoreApplication.translate(
            "NationalReport", "Main role today: {today}. As ambition: {ambition}."
        ),
        "keys_sum": QCoreApplication.translate(
            "NationalReport", "The keys scored by {n} regions (1 = weak … 5 = strong)."
        ),
        "keys_sum_one": QCoreApplication.translate(
            "NationalReport", "The keys scored by {n} region (1 = weak … 5 = strong)."
        ),
        "region": QCoreApplication.translate("NationalReport", "Region"),
        "source": QCoreApplication.translate("NationalReport", "Source"),
        "date": QCoreApplication.translate("NationalReport", "Date"),
        "facilitator": QCoreApplication.translate("NationalReport", "Facilitator"),
        "format": QCoreApplication.translate("NationalReport", "Format version"),
        "file": QCoreApplication.translate("NationalReport", "File"),
        "not_known": QCoreApplication.translate("NationalReport", "not known"),
        "political": QCoreApplication.translate(
            "NationalReport", "Political organisation, the workshops"
        ),
        "administrative": QCoreApplication.translate(
            "NationalReport", "Administration, the workshops"
        ),
        "deck_administrative": QCoreApplication.translate(
            "NationalReport", "Administration, the deck (2019)"
        ),
        "deck_counted": QCoreApplication.translate(
            "NationalReport",
            "The deck's classification of all 21 regions, counted (anonymised: not per region).",
        ),
        "regions_n": QCoreApplication.translate("NationalReport", "{n} regions"),
        "regions_n_one": QCoreApplication.translate("NationalReport", "{n} region"),
        "unknown_names": QCoreApplication.translate("NationalReport", "Not known: {names}."),
        "model": QCoreApplication.translate("NationalReport", "Model {model}"),
        "today": QCoreApplication.translate("NationalReport", "Today"),
        "ambition": QCoreApplication.translate("NationalReport", "Ambition"),
        "spets": "Spets",
        "bredd": "Bredd",
        "karna": "Kärna",
        "unsorted": QCoreApplication.translate("NationalReport", "not sorted"),
        "focus": QCoreApplication.translate("NationalReport", "The RUS's focus (the workshops)"),
        "strategies": QCoreApplication.translate(
            "NationalReport", "The strategies in force in 2019"
        ),
        "strategy": QCoreApplication.translate("NationalReport", "Strategy"),
        "period": QCoreApplication.translate("NationalReport", "Period"),
        "decided": QCoreApplication.translate("NationalReport", "Decided"),
        "strategies_left": QCoreApplication.translate(
            "NationalReport", "Anonymised: the strategies' names would name the regions."
        ),
        "main_today": QCoreApplication.translate("NationalReport", "Main role today"),
        "matrix_read": QCoreApplication.translate(
            "NationalReport",
            "Left: where each region's latest workshop placed its development capital today (○ "
            "its earlier workshops, joined to it); right: its ambition. Each region's source "
            "and date in the table.",
        ),
        "roles_read": QCoreApplication.translate(
            "NationalReport",
            "Left: where each region's latest workshop placed its roles today (○ its earlier "
            "workshops, joined to it); right: its ambition. Each region's source and date in "
            "the table.",
        ),
        "main_ambition": QCoreApplication.translate("NationalReport", "Main role, ambition"),
        "none_tie": QCoreApplication.translate("NationalReport", "none (a tie)"),
        "tie_rule": QCoreApplication.translate(
            "NationalReport",
            "The app's rule: where two or more roles weigh the same, the region has no main "
            "role (“none”); a tie is never broken by the deck's order.",
        ),
        "keys": QCoreApplication.translate("NationalReport", "The keys"),
        "no_score": QCoreApplication.translate("NationalReport", "no score"),
        "score": QCoreApplication.translate("NationalReport", "Score {n}"),
        "keys_read": QCoreApplication.translate(
            "NationalReport",
            "How many regions gave each key each score; a disc's area is its count's share of "
            "the largest.",
        ),
        "series": QCoreApplication.translate("NationalReport", "The series of workshops"),
        "series_read": QCoreApplication.translate(
            "NationalReport",
            "Each region's workshops on the day they were held: its latest filled, the earlier "
            "ones as rings.",
        ),
        "undated": QCoreApplication.translate("NationalReport", "Not dated: {names}."),
        "changes": QCoreApplication.translate(
            "NationalReport", "What changed between a region's workshops"
        ),
        "no_changes": QCoreApplication.translate(
            "NationalReport", "No region has held more than one workshop."
        ),
        "nothing_changed": QCoreApplication.translate(
            "NationalReport", "nothing the set compares changed"
        ),
        "from_to": QCoreApplication.translate("NationalReport", "{a} → {b}"),
        "political_model": QCoreApplication.translate(
            "NationalReport", "political model {a} → {b}"
        ),
        "administrative_model": QCoreApplication.translate(
            "NationalReport", "administration's model {a} → {b}"
        ),
        "matrix_today": QCoreApplication.translate(
            "NationalReport", "today on the matrix {a} → {b}"
        ),
        "matrix_ambition": QCoreApplication.translate(
            "NationalReport", "the ambition on the matrix {a} → {b}"
        ),
        "main_role_today": QCoreApplication.translate(
            "NationalReport", "main role today {a} → {b}"
        ),
        "main_role_ambition": QCoreApplication.translate(
            "NationalReport", "main role as ambition {a} → {b}"
        ),
        "compared": QCoreApplication.translate(
            "NationalReport",
            "The app's rule: compared are the models, the places on the matrix (moved {moved} "
            "or more on an axis) and the main roles; a fact one of the two workshops did not "
            "give is not compared.",
        ),
        "sources": QCoreApplication.translate("NationalReport", "Sources"),
        "workshops": QCoreApplication.translate("NationalReport", "The regions' workshops"),
        "workshops_listed": QCoreApplication.translate(
            "NationalReport",
            "Each workshop the report is built from is listed in “The series of workshops”, "
            "with its title, date, facilitator, format and file.",
        ),
        "workshops_listed_anonymised": QCoreApplication.translate(
            "NationalReport",
            "Each workshop the report is built from is listed in “The series of workshops”, "
            "numbered in the order held, with its date and format.",
        ),
        "workshop": QCoreApplication.translate("NationalReport", "Workshop"),
        "page": QCoreApplication.translate("NationalReport", "Page {n} of {total}"),
        "report": QCoreApplication.translate("NationalReport", "National report"),
    }


def _counted(words: dict[str, str], key: str, n: int) -> str:
    """The words under `key` for `n` things (under `key`_one for one), `n` filled in."""
    return one_or_many(n, words[f"{key}_one"], words[key]).format(n=n)


def _day(day: dt.date | None, unknown: str) -> str:
    return date_words(day) if day is not None else unknown


def _number(value: float) -> str:
    return QLocale().toString(value, "f", 2).replace("-", "−")


def _position(p: MatrixPosition | None, unknown: str) -> str:
    """A place on the matrix in the workshop report's words (its numbers named in them)."""
    return position_words(p) if p is not None else unknown


def _role(weights: RoleWeights | None, words: dict[str, str], lang: Language) -> str:
    return main_role_words(weights, lang) if weights is not None else words["not_known"]


def _value(value: Value, words: dict[str, str], lang: Language) -> str:
    if isinstance(value, BodyModel):
        return value.value
    if isinstance(value, MatrixPosition):
        return _position(value, words["not_known"])
    return _role(value, words, lang)


def _shift(shift: Shift, words: dict[str, str], lang: Language) -> str:
    return words[shift.measure.value].format(
        a=_value(shift.before, words, lang), b=_value(shift.after, words, lang)
    )


def _version(source: Source, unknown: str) -> str:
    return str(source.format_version) if source.format_version else unknown


def _source_cell(entry: Entry, words: dict[str, str]) -> str:
    source = entry.latest
    return f"{source.title}, {_day(source.date, words['not_known'])}"


def _figure(pages: Pages, drawing: Drawing, px: float, max_height: float | None = None) -> None:
    def draw(p: QPainter, target: QRectF) -> None:
        paint_drawing(p, drawing, target)

    size = QSize(round(drawing.width), max(1, round(drawing.height)))
    pages.figure(Figure(draw, size, px), max_height=max_height)


def _heading(pages: Pages, number: int | None, title: str, question: str = "") -> None:
    lead = f"{number}. " if number is not None else ""
    asked = f"<p class='q'>{escape(question)}</p>" if question else ""
    markup = f"<h2>{lead}{escape(title)}</h2>{asked}<p class='muted'>{escape(deck_caveat())}</p>"
    pages.new()
    pages.text(markup)


def _counts(groups: dict[BodyModel | None, list[str]], words: dict[str, str]) -> str:
    text = words["model_line"].format(
        zero=len(groups[BodyModel.ZERO]),
        one=len(groups[BodyModel.ONE]),
        more=len(groups[BodyModel.SEVERAL]),
    )
    if groups[None]:
        text += ", " + words["unknown_n"].format(n=len(groups[None]))
    return text


def _role_counts(groups: dict[Role | RoleCount, list[str]], words: dict[str, str]) -> str:
    parts = [f"{ROLE_NAMES[r].text(Language.SV)} {len(groups[r])}" for r in Role]
    parts.append(f"{words['none_tie']} {len(groups[RoleCount.NONE])}")
    if groups[RoleCount.UNKNOWN]:
        parts.append(words["unknown_n"].format(n=len(groups[RoleCount.UNKNOWN])))
    return ", ".join(parts)


def _summary(pages: Pages, picture: NationalPicture, words: dict[str, str]) -> None:
    entries = picture.entries
    title = words["anonymised_title"] if picture.anonymised else words["title"]
    lines: list[str] = []
    dates = [h.source.date for h in picture.held if h.source.date is not None]
    if not entries:
        lines.append(words["none_held"])
    elif workshop_count(entries) == 1:  # one region's one workshop
        lines.append(
            words["held_one"].format(total=KNOWN_REGIONS, first=date_words(dates[0]))
            if dates
            else words["held_undated_one"].format(total=KNOWN_REGIONS)
        )
    elif dates:
        lines.append(
            words["held"].format(
                n=len(entries),
                total=KNOWN_REGIONS,
                count=workshop_count(entries),
                first=date_words(min(dates)),
                last=date_words(max(dates)),
            )
        )
    else:
        lines.append(
            words["held_undated"].format(
                n=len(entries), total=KNOWN_REGIONS, count=workshop_count(entries)
            )
        )
    if picture.missing:
        lines.append(words["missing"].format(names=", ".join(picture.missing)))
    elif picture.missing_count:
        lines.append(_counted(words, "missing_counted", picture.missing_count))
    else:
        lines.append(words["all_held"])
    deck = ", ".join(f"{m.value}: {picture.deck_models[m]}" for m in BodyModel)
    placed = [e for e in entries if e.region.matrix_position.known]
    wanted = [e for e in entries if e.region.matrix_ambition.known]
    focus = [e for e in entries if e.region.rus_focus.known]
    scored = [e for e in entries if e.region.key_scores.known]
    questions = [
        (
            STEP_TITLES[Step.ORGANISATION].text(Language.SV),
            words["political_sum"].format(counts=_counts(models(entries, "political_model"), words))
            + " "
            + words["administrative_sum"].format(
                counts=_counts(models(entries, "administrative_model"), words), deck=deck
            ),
        ),
        (
            STEP_TITLES[Step.FINANSIERING].text(Language.SV),
            words["matrix_sum"].format(today=len(placed), ambition=len(wanted)),
        ),
        (
            STEP_TITLES[Step.STRATEGI].text(Language.SV),
            _counted(words, "focus_sum", len(focus)),
        ),
        (
            STEP_TITLES[Step.GENOMFORANDEPRAKTIK].text(Language.SV),
            words["roles_sum"].format(
                today=_role_counts(main_roles(entries, False), words),
                ambition=_role_counts(main_roles(entries, True), words),
            ),
        ),
        (words["keys"], _counted(words, "keys_sum", len(scored))),
    ]
    made = words["anonymised"] if picture.anonymised else words["set"].format(name=picture.name)
    items = "".join(f"<li><b>{escape(q)}</b>: {escape(a)}</li>" for q, a in questions)
    pages.new()
    pages.top = 24
    pages.text(
        f"<h1>{escape(title)}</h1><p class='q'>{escape(words['subtitle'])}</p>"
        + "".join(f"<p>{escape(line)}</p>" for line in lines)
        + f"<h3>{escape(words['summary'])}</h3><ul>{items}</ul>"
        f"<p>{escape(words['read'])}</p><p class='muted'>{escape(deck_caveat())}</p>"
        f"<p class='muted'>{escape(made)} {escape(DECK_SOURCE)}.</p>"
    )


def _organisation(pages: Pages, picture: NationalPicture, words: dict[str, str]) -> None:
    entries = picture.entries
    _heading(
        pages,
        1,
        STEP_TITLES[Step.ORGANISATION].text(Language.SV),
        STEP_QUESTIONS[Step.ORGANISATION].text(language()),
    )

    def panel(title: str, groups: dict[BodyModel | None, list[str]]) -> ModelPanel:
        columns = [(words["model"].format(model=m.value), groups[m]) for m in BodyModel]
        foot = words["unknown_names"].format(names=", ".join(groups[None])) if groups[None] else ""
        return ModelPanel(title, columns, foot)

    deck_panel = (
        ModelPanel(
            words["deck_administrative"],
            [(words["model"].format(model=m.value), ()) for m in BodyModel],
            words["deck_counted"],
            counted=[picture.deck_models[m] for m in BodyModel],
        )
        if picture.anonymised
        else panel(words["deck_administrative"], deck_models(entries))
    )
    panels = [
        panel(words["political"], models(entries, "political_model")),
        panel(words["administrative"], models(entries, "administrative_model")),
        deck_panel,
    ]
    drawing = models_drawing(
        panels, pages.width, PAGE_PX, measure, lambda n: _counted(words, "regions_n", n)
    )
    _figure(pages, drawing, PAGE_PX)
    unknown = words["not_known"]
    rows: list[tuple[str, ...]] = []
    for e in entries:
        r = e.region
        deck = e.deck_administrative.value
        row = [
            e.name,
            r.political_model.value.value if r.political_model.value else unknown,
            r.administrative_model.value.value if r.administrative_model.value else unknown,
        ]
        if not picture.anonymised:  # the deck's per region would name it: counted above
            row.append(deck.value if deck else unknown)
        rows.append((*row, _source_cell(e, words)))
    heads = [words["region"], words["political"], words["administrative"]]
    widths = [16, 18, 18, 48]  # the last: the source's
    if not picture.anonymised:
        heads.append(words["deck_administrative"])
        widths[-1:] = [18, 30]
    _rows(pages, [*heads, words["source"]], rows, widths)


def _rows(
    pages: Pages,
    heads: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[int],
    lead: str = "",
    after: str = "",
) -> None:
    """A table of plain words that flows on from where the last section ended (a thousand
    regions' workshops at the limits)."""
    cells = tuple(tuple(escape(c) for c in row) for row in rows)
    pages.table(Table(tuple(heads), cells, tuple(widths), lead=lead, after=after))


def _flow(pages: Pages, markup: str) -> None:
    """A section that flows on from where the last ended: whole on one page when it fits
    one (a few lines alone on the last page are a spill-over), else its start kept together."""
    tall = pages.text_height(markup)
    pages.section(tall if tall <= pages.height else SHORT_SECTION)
    pages.text(markup)


def _pair(pages: Pages, reference: ReferenceSet, words: dict[str, str], which: NationalMap) -> None:
    """Two maps of `reference` (the picture's regions) side by side: where each region
    stands today (its earlier workshops' path to it), and its ambition. One map with an
    arrow from each of twenty regions to its ambition crossed every name on it."""
    if which is NationalMap.MATRIX:
        now, then = "matrix_position", "matrix_ambition"
    else:
        now, then = "roles_today", "roles_ambition"
    today = reference.model_copy(
        update={
            "regions": tuple(
                r.model_copy(update={then: type(getattr(r, then))()}) for r in reference.regions
            )
        }
    )
    wanted = reference.model_copy(
        update={
            "regions": tuple(
                r.model_copy(
                    update={now: getattr(r, then), then: type(getattr(r, then))(), "earlier": ()}
                )
                for r in reference.regions
            )
        }
    )
    lang = language()
    drawings = [
        national_figure(
            None,
            chosen,
            lang,
            maps=(which,),
            title=title,
            legend="",
        )
        for chosen, title in ((today, words["today"]), (wanted, words["ambition"]))
    ]
    gap = 24.0
    width = sum(d.size.width() for d in drawings) + gap
    height = max(d.size.height() for d in drawings)

    def draw(p: QPainter, target: QRectF) -> None:
        scale = target.width() / width
        left = target.left()
        for d in drawings:
            w, h = d.size.width() * scale, d.size.height() * scale
            d.draw(p, QRectF(left, target.top(), w, h))
            left += w + gap * scale

    figure = Figure(draw, QSize(round(width), round(height)), 13.0)
    pages.figure(figure, max_height=pages.room() - 8)
    read = words["roles_read" if which is NationalMap.ROLES else "matrix_read"]
    pages.text(f"<p class='muted'>{escape(read)}</p>")


def _financing(
    pages: Pages, picture: NationalPicture, words: dict[str, str], maps: ReferenceSet
) -> None:
    _heading(
        pages,
        2,
        STEP_TITLES[Step.FINANSIERING].text(Language.SV),
        STEP_QUESTIONS[Step.FINANSIERING].text(language()),
    )
    _pair(pages, maps, words, NationalMap.MATRIX)
    unknown = words["not_known"]
    rows = [
        (
            e.name,
            _position(e.region.matrix_position.value, unknown),
            _position(e.region.matrix_ambition.value, unknown),
            _source_cell(e, words),
        )
        for e in picture.entries
    ]
    heads = (words["region"], words["today"], words["ambition"], words["source"])
    _rows(pages, heads, rows, (16, 31, 31, 22))


def _strategy(
    pages: Pages, picture: NationalPicture, words: dict[str, str], deck_rows: list[list[str]]
) -> None:
    _heading(
        pages,
        3,
        STEP_TITLES[Step.STRATEGI].text(Language.SV),
        STEP_QUESTIONS[Step.STRATEGI].text(language()),
    )
    rows = []
    for e in picture.entries:
        focus = e.region.rus_focus.value
        counts = (
            [str(focus.spets), str(focus.bredd), str(focus.karna), str(focus.unsorted)]
            if focus is not None
            else [words["not_known"]] * 4
        )
        rows.append((e.name, *counts, _source_cell(e, words)))
    heads = (
        words["region"],
        words["spets"],
        words["bredd"],
        words["karna"],
        words["unsorted"],
        words["source"],
    )
    heading = f"<h3>{escape(words['focus'])}</h3>"
    widths = (20, 10, 10, 10, 12, 38)
    if picture.anonymised:  # a line for the strategies: kept with the table's last rows
        left = f"<h3>{escape(words['strategies'])}</h3><p>{escape(words['strategies_left'])}</p>"
        _rows(pages, heads, rows, widths, lead=heading, after=left)
        return
    _rows(pages, heads, rows, widths, lead=heading)
    in_force = (
        words["region"],
        words["strategy"],
        words["period"],
        words["decided"],
        words["source"],
    )
    lead = f"<h3>{escape(words['strategies'])}</h3>"
    _rows(pages, in_force, deck_rows, (14, 40, 12, 10, 24), lead=lead)


def _roles(
    pages: Pages, picture: NationalPicture, words: dict[str, str], maps: ReferenceSet
) -> None:
    lang = language()
    _heading(
        pages,
        4,
        STEP_TITLES[Step.GENOMFORANDEPRAKTIK].text(Language.SV),
        STEP_QUESTIONS[Step.GENOMFORANDEPRAKTIK].text(lang),
    )
    _pair(pages, maps, words, NationalMap.ROLES)
    rows = [
        (
            e.name,
            _role(e.region.roles_today.value, words, lang),
            _role(e.region.roles_ambition.value, words, lang),
            _source_cell(e, words),
        )
        for e in picture.entries
    ]
    heads = (words["region"], words["main_today"], words["main_ambition"], words["source"])
    rule = f"<p class='muted'>{escape(words['tie_rule'])}</p>"
    _rows(pages, heads, rows, (18, 24, 24, 34), after=rule)


def _keys(pages: Pages, picture: NationalPicture, words: dict[str, str]) -> None:
    _heading(pages, 5, words["keys"])
    spread = key_distribution(picture.entries)
    heads = [*(words["score"].format(n=n) for n in SCORES), words["no_score"]]
    rows = [(KEY_POINTS[k][0].text(Language.SV), spread[k]) for k in Key]
    drawing = distribution_drawing(rows, heads, pages.width, PAGE_PX, measure)
    _figure(pages, drawing, PAGE_PX)
    pages.text(f"<p class='muted'>{escape(words['keys_read'])}</p>")
    table_rows = []
    for e in picture.entries:
        scores = e.region.key_scores.value
        given = scores.scores if scores is not None else {}
        cells = [str(given[k]) if k in given else "–" for k in Key]
        table_rows.append((e.name, *cells, _source_cell(e, words)))
    key_heads = [KEY_POINTS[k][0].text(Language.SV) for k in Key]
    heads2 = (words["region"], *key_heads, words["source"])
    _rows(pages, heads2, table_rows, (15, 11, 11, 12, 11, 10, 30))


def _series(pages: Pages, picture: NationalPicture, words: dict[str, str]) -> None:
    _heading(pages, None, words["series"])
    lanes = [
        Lane(e.name, [(h.source.date, h.latest) for h in e.held if h.source.date is not None])
        for e in picture.entries
    ]
    drawing = timeline_drawing(lanes, pages.width, PAGE_PX, measure)
    _figure(pages, drawing, PAGE_PX, max_height=pages.room() - 40)
    undated = [e.name for e in picture.entries if any(h.source.date is None for h in e.held)]
    text = f"<p class='muted'>{escape(words['series_read'])}</p>"
    if undated:
        text += f"<p>{escape(words['undated'].format(names=', '.join(undated)))}</p>"
    pages.text(text)
    unknown = words["not_known"]
    if picture.anonymised:  # no file and no facilitator: either may name a region
        heads: tuple[str, ...] = (
            words["region"],
            words["workshop"],
            words["date"],
            words["format"],
        )
        rows: list[tuple[str, ...]] = [
            (h.name, h.source.title, _day(h.source.date, unknown), _version(h.source, unknown))
            for h in picture.held
        ]
        widths: tuple[int, ...] = (25, 25, 30, 20)
    else:
        heads = (words["region"], words["workshop"], words["date"], words["facilitator"])
        heads += (words["format"], words["file"])
        rows = [
            (
                h.name,
                h.source.title,
                _day(h.source.date, unknown),
                h.source.publisher or unknown,
                _version(h.source, unknown),
                h.source.workshop_file,
            )
            for h in picture.held
        ]
        widths = (13, 18, 12, 16, 14, 27)
    _rows(pages, heads, rows, widths)
    if picture.missing:
        pages.text(f"<p>{escape(words['missing'].format(names=', '.join(picture.missing)))}</p>")
    elif picture.missing_count:
        pages.text(f"<p>{escape(_counted(words, 'missing_counted', picture.missing_count))}</p>")


def _changes(pages: Pages, picture: NationalPicture, words: dict[str, str]) -> None:
    lang = language()
    unknown = words["not_known"]
    parts = []
    for e in picture.entries:
        if not e.changes:
            continue
        items = "".join(
            "<li>"
            + escape(
                words["from_to"].format(a=_day(c.before, unknown), b=_day(c.after, unknown))
                + ": "
                + ("; ".join(_shift(s, words, lang) for s in c.shifts) or words["nothing_changed"])
            )
            + "</li>"
            for c in e.changes
        )
        parts.append(f"<p><b>{escape(e.name)}</b></p><ul>{items}</ul>")
    rule = words["compared"].format(moved=_number(MOVED))
    head = f"<h2>{escape(words['changes'])}</h2><p class='muted'>{escape(rule)}</p>"
    if not parts:
        _flow(pages, head + f"<p>{escape(words['no_changes'])}</p>")
        return
    # Each region's changes with its name: a name is never left alone at a page's foot.
    for n, part in enumerate(parts):
        block = head + part if n == 0 else part
        tall = pages.text_height(block)
        pages.section(tall if tall <= pages.height / 2 else SHORT_SECTION)  # short: whole
        pages.text(block)


def _sources(
    pages: Pages, picture: NationalPicture, words: dict[str, str], deck: list[Source]
) -> None:
    listed = words["workshops_listed_anonymised" if picture.anonymised else "workshops_listed"]
    lines = [f"<li>{escape(DECK_SOURCE)}</li>"]
    for s in deck:
        detail = ", ".join(x for x in (s.publisher, str(s.year) if s.year else "") if x)
        lines.append(f"<li>{escape(s.title)}{', ' + escape(detail) if detail else ''}</li>")
    _flow(
        pages,
        f"<h2>{escape(words['sources'])}</h2><ul>{''.join(lines)}</ul>"
        f"<h3>{escape(words['workshops'])}</h3><p>{escape(listed)}</p>",
    )


def _strategy_rows(deck: ReferenceSet, unknown: str) -> tuple[list[list[str]], list[Source]]:
    """The strategy each of the 21 regions had in force in 2019 (region, name, period,
    decided, source), and the sources of the deck's facts the report shows."""
    rows, cited = [], {}
    for region in deck.regions:
        if region.code is None:
            continue
        fact = region.strategy_2019
        if fact.value is None or fact.source is None:
            rows.append([region.name, unknown, "", "", ""])
            continue
        source = deck.source(fact.source)
        cited[source.id] = source
        strategy = fact.value
        rows.append([region.name, strategy.name, strategy.period, strategy.decided, source.title])
    for region in deck.regions:
        model = region.administrative_model
        if region.code is not None and model.source is not None:
            cited.setdefault(model.source, deck.source(model.source))
    return rows, list(cited.values())


def report_name(anonymise: bool) -> str:
    """The report's file name: nothing of a region in it."""
    return "nationell-rapport-anonymiserad.pdf" if anonymise else "nationell-rapport.pdf"


def write_national_report(
    series: ReferenceSet,
    deck: ReferenceSet,
    path: Path,
    anonymise: random.Random | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> Path:
    """Write the national report of the workshops `series` was built from, beside `deck`
    (the shipped set), to `path` (via a temporary file: a cancelled or failed export leaves
    nothing behind). `anonymise`: the shuffle that gives the regions their letters (None:
    the regions by name)."""
    words = _words()
    picture = national_picture(series, deck)
    if anonymise is not None:
        picture = anonymised(picture, anonymise)
    deck_rows, deck_sources = _strategy_rows(deck, words["not_known"])
    title = words["anonymised_title"] if picture.anonymised else words["title"]
    subject = words["subtitle"]
    maps = picture.as_reference_set()  # the regions as both pairs of maps draw them
    sections: list[Callable[[], None]] = [
        lambda: _summary(pages, picture, words),
        lambda: _organisation(pages, picture, words),
        lambda: _financing(pages, picture, words, maps),
        lambda: _strategy(pages, picture, words, deck_rows),
        lambda: _roles(pages, picture, words, maps),
        lambda: _keys(pages, picture, words),
        lambda: _series(pages, picture, words),
        lambda: _changes(pages, picture, words),
        lambda: _sources(pages, picture, words, [] if picture.anonymised else deck_sources),
    ]
    tick = Steps(progress, len(sections)).tick
    with via_part(path) as tmp:
        pages = Pages(tmp, title, "", subject)
        for section in sections:
            section()
            tick()
        footer = words["report"] + ("" if picture.anonymised else f" · {picture.name}")
        pages.write(footer, words["page"])
    return path
