"""What each of the deck's five keys rests on: the finding of the step it belongs to, so that the
room scores a key on what it saw (and a key whose step found nothing says so)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.groups import matrix_spread
from ..analysis.roles import prompts
from ..model import Key, Language, Moment, Step, Workshop
from ..model.deck import (
    ADMINISTRATIVE_MODELS,
    KEY_POINTS,
    POLITICAL_ASSESSMENTS,
    POLITICAL_MODELS,
    STEP_TITLES,
)
from .step_summary import summary_lines
from .step_words import diagnostic_lines, prompt_questions

# The step whose finding each key rests on.
KEY_STEPS: dict[Key, Step] = {
    Key.POLITIK: Step.ORGANISATION,
    Key.FORVALTNING: Step.ORGANISATION,
    Key.FINANSIERING: Step.FINANSIERING,
    Key.STRATEGI: Step.STRATEGI,
    Key.ROLL: Step.GENOMFORANDEPRAKTIK,
}


def findings_rule() -> str:
    """The app's rule behind the findings beside the keys: which step each key's rests on
    (the deck names the keys, not where their findings come from)."""
    by_step: dict[Step, list[str]] = {}
    for key, step in KEY_STEPS.items():
        by_step.setdefault(step, []).append(KEY_POINTS[key][0].text(Language.SV))
    parts = "; ".join(
        f"{', '.join(keys)} ← {STEP_TITLES[step].text(Language.SV)}"
        for step, keys in by_step.items()
    )
    return QCoreApplication.translate(
        "KeyFindings", "The app's rule: each key's finding comes from one step ({parts})."
    ).format(parts=parts)


def nothing_found(step: Step) -> str:
    return QCoreApplication.translate(
        "KeyFindings", "No finding yet: nothing is placed in step {n}, {name}."
    ).format(n=list(Step).index(step) + 1, name=STEP_TITLES[step].text(Language.SV))


def key_findings(workshop: Workshop, key: Key, lang: Language) -> list[str]:
    """The lines that show beside a key's score: the step's finding in words, or the one line
    saying there is none yet."""
    found = {
        Key.POLITIK: _politics,
        Key.FORVALTNING: _administration,
        Key.FINANSIERING: _financing,
        Key.STRATEGI: _strategy,
        Key.ROLL: _roles,
    }[key](workshop, lang)
    return found or [nothing_found(KEY_STEPS[key])]


def _politics(workshop: Workshop, lang: Language) -> list[str]:
    model = workshop.organisation.political_model
    if model is None:
        return []
    text = QCoreApplication.translate("KeyFindings", "Political model {model}: {words}").format(
        model=model.value, words=POLITICAL_MODELS[model].text(lang)
    )
    deck = "; ".join(a.text(lang) for a in POLITICAL_ASSESSMENTS[model])
    return [text, QCoreApplication.translate("KeyFindings", "The deck: {words}").format(words=deck)]


def _administration(workshop: Workshop, lang: Language) -> list[str]:
    model = workshop.organisation.administrative_model
    if model is None:
        return []
    return [
        QCoreApplication.translate("KeyFindings", "Administrative model {model}: {words}").format(
            model=model.value, words=ADMINISTRATIVE_MODELS[model].text(lang)
        )
    ]


def _financing(workshop: Workshop, lang: Language) -> list[str]:
    f = workshop.financing
    if f.today is None and f.ambition is None and not f.groups:
        return []
    lines = summary_lines(workshop, Step.FINANSIERING, lang)[:2]
    locale = QLocale()
    for moment in Moment:
        spread = matrix_spread([g.position for g in f.groups if g.moment == moment])
        if spread is None or spread.count < 2:
            continue
        far = locale.toString(spread.spread, "f", 2)
        if spread.agree:
            text = QCoreApplication.translate(
                "KeyFindings", "The {n} groups ({moment}) agree: all within {far} of their centre"
            )
        else:
            text = QCoreApplication.translate(
                "KeyFindings", "The {n} groups ({moment}) differ: up to {far} from their centre"
            )
        when = (
            QCoreApplication.translate("KeyFindings", "today")
            if moment is Moment.TODAY
            else QCoreApplication.translate("KeyFindings", "ambition")
        )
        lines.append(text.format(n=spread.count, moment=when, far=far))
    return lines


def _strategy(workshop: Workshop, lang: Language) -> list[str]:
    s = workshop.strategy
    if not s.documents and not s.focus_areas:
        return []
    lines = summary_lines(workshop, Step.STRATEGI, lang)[:2]
    return lines + [text for text, _ in diagnostic_lines(workshop)]


def _roles(workshop: Workshop, lang: Language) -> list[str]:
    i = workshop.implementation
    if i.today is None and i.ambition is None and i.other_role is None:
        return []
    lines = summary_lines(workshop, Step.GENOMFORANDEPRAKTIK, lang)
    lines = lines[: 3 if i.other_role else 2]
    questions = prompt_questions()
    raised = [questions[p.rule] for p in prompts(workshop)]
    if raised:
        lines.append(
            QCoreApplication.translate("KeyFindings", "Questions raised: {questions}").format(
                questions=" ".join(raised)
            )
        )
    return lines
