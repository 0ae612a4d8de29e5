"""What the exported documents say of the workshop in short: each step's answer (one statement
per fact: the summary's lines are lines its step's page says too), the weakest keys, a date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale

from ..analysis.keys import even_score, lowest, scored_keys
from ..model import Language, Step, Workshop
from ..model.deck import KEY_POINTS
from ..ui.step_summary import summary_lines
from ..ui.step_words import diagnostic_lines


def summary_items(w: Workshop, step: Step, lang: Language) -> list[str]:
    """What the summary says of a step: its first lines (the models; today and the
    ambition), or for Strategi its differences from the deck's pyramid. Each is a line the
    step's own page says too (`detail_lines`): one statement per fact."""
    if step is Step.STRATEGI:
        return [text for text, _ in diagnostic_lines(w)]
    lines = summary_lines(w, step, lang)
    return lines[:3] if step is Step.ORGANISATION else lines[:2]


def detail_lines(w: Workshop, step: Step, lang: Language) -> list[str]:
    """What the step's page says of it in lines: the step's lines and, for Strategi, its
    differences from the deck's pyramid."""
    lines = summary_lines(w, step, lang)
    if step is Step.STRATEGI:
        lines += [text for text, _ in diagnostic_lines(w)]
    return lines


def weakest_words(w: Workshop, texts: dict[str, str]) -> str:
    """The weakest keys by name with their score; or that every scored key has the same, or
    that one alone was scored, or none (see `analysis.keys`)."""
    scores = scored_keys(w)
    if low := lowest(scores):
        names = ", ".join(KEY_POINTS[k][0].text(Language.SV) for k in low)
        template = texts["weakest"] if len(low) == 1 else texts["weakest_many"]
        return template.format(keys=names, score=scores[low[0]])
    if (even := even_score(scores)) is not None:
        return texts["keys_even"].format(score=even)
    if scores:
        ((key, score),) = scores.items()
        return texts["one_key"].format(key=KEY_POINTS[key][0].text(Language.SV), score=score)
    return texts["unscored"]


def short_date(locale: QLocale, day: dt.date | None) -> str:
    if day is None:
        return "–"
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
