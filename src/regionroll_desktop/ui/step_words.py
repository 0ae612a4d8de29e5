"""What the canvases say about a workshop, in the UI's language: the strategy diagnostics,
the role questions, the political model's assessment. Shared by the canvases and the report,
so the report reads the workshop, not the canvases' widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..analysis.roles import PromptRule, prompts
from ..analysis.strategy import (
    Diagnostic,
    Problem,
    diagnose,
    differences,
    untested_priorities,
)
from ..model import BodyModel, FocusArea, FocusTier, Step, Workshop
from ..model.deck import (
    BRANCH_LABELS,
    POLITICAL_ASSESSMENTS,
    POLITICAL_MODELS,
    ROLES_NOT_A_CLASSIFICATION,
    RU_HSV_LEGEND,
    SHARED_HSV_QUESTION,
    STEP_CONTEXT,
)
from ..model.workshop import Strategy
from .i18n import language


def key_scale() -> str:
    """What a key's score means, wherever scores are given or shown."""
    return QCoreApplication.translate("StepWords", "1 = weak, 5 = strong")


def deck_caveat() -> str:
    """The deck's own "illustrate, not classify", quoted with its slide: beside every result
    that places or compares regions (the role map, the regions side by side, the likeness,
    the workshop on one page)."""
    text = ROLES_NOT_A_CLASSIFICATION
    return QCoreApplication.translate("StepWords", "The deck (slide “{slide}”): “{text}”").format(
        slide=text.slide, text=text.text(language())
    )


def describe_diagnostic(diagnostic: Diagnostic, strategy: Strategy, most: int | None = None) -> str:
    """A difference from the deck's desired pyramid in words, with why it matters; `most`:
    the documents named at most (the rest counted: a screen has room for a few)."""
    titles = {x.id: x.title for x in strategy.documents}
    named = [titles[d] for d in diagnostic.documents if d in titles]
    names = ", ".join(named)
    if most is not None and len(named) > most:
        names = QCoreApplication.translate("StepWords", "{names} and {n} more").format(
            names=", ".join(named[:most]), n=len(named) - most
        )
    texts = {
        Problem.NO_RUS: QCoreApplication.translate(
            "StepWords",
            "No RUS: the desired pyramid has one RUS on top, from which "
            "the other strategies derive.",
        ),
        Problem.SEVERAL_RUS: QCoreApplication.translate(
            "StepWords", "More than one RUS ({names}): the RUS is the one overarching strategy."
        ),
        Problem.ORPHAN: QCoreApplication.translate(
            "StepWords",
            "Derives from nothing: {names}. In the desired pyramid "
            "every strategy derives from the level above.",
        ),
        Problem.UNREACHABLE: QCoreApplication.translate(
            "StepWords",
            "Action plans that do not reach the RUS through their "
            "links: {names}. What they do is not anchored in the "
            "overarching strategy.",
        ),
        Problem.EMPTY_LEVEL: QCoreApplication.translate("StepWords", "Level {level} is empty."),
        Problem.DOWNWARD_LINK: QCoreApplication.translate(
            "StepWords",
            "A link goes downwards ({names}): a document should "
            "derive from the level above, not below.",
        ),
        Problem.SKIPS_LEVEL: QCoreApplication.translate(
            "StepWords",
            "The app's reading, not a difference from the deck: a link skips a level "
            "({names}). The deck draws the desired pyramid's levels one under the other; its "
            "text does not say whether a strategy may derive from a level further up.",
        ),
        Problem.CYCLE: QCoreApplication.translate(
            "StepWords",
            "A cycle of links ({names}): documents that derive from each other have no anchor.",
        ),
        Problem.UNCOVERED: QCoreApplication.translate(
            "StepWords",
            "For information (the app's own observation, not a difference from the deck): no "
            "strategy covers {branches}. The deck asks for no such coverage, and warns that a "
            "broad RUS risks becoming less relevant.",
        ),
    }
    return texts[diagnostic.problem].format(
        names=names,
        level=diagnostic.level,
        branches=", ".join(BRANCH_LABELS[b].text(language()) for b in diagnostic.branches),
    )


def diagnostic_lines(
    workshop: Workshop, found: list[Diagnostic] | None = None, most: int | None = None
) -> list[tuple[str, Diagnostic | None]]:
    """Each difference from the deck's desired pyramid as a line (with it), or the one line
    saying there is none; then, apart, the app's own observations and readings (branches no
    strategy covers, a link past a level). `found` when the caller has already diagnosed the
    workshop; `most`: the documents a line names at most."""
    if found is None:
        found = diagnose(workshop.strategy, workshop.organisation)
    differing = differences(workshop.strategy, workshop.organisation, found)
    notes = [d for d in found if d not in differing]
    lines: list[tuple[str, Diagnostic | None]] = [
        ("⚠ " + describe_diagnostic(d, workshop.strategy, most), d) for d in differing
    ]
    if not differing and workshop.strategy.documents:
        lines.append(
            (
                QCoreApplication.translate("StepWords", "No differences from the desired pyramid."),
                None,
            )
        )
    elif not workshop.strategy.documents:
        lines.append(
            (
                QCoreApplication.translate(
                    "StepWords", "Add the region's strategies to see how they hold together."
                ),
                None,
            )
        )
    lines += [("ℹ " + describe_diagnostic(d, workshop.strategy, most), d) for d in notes]
    return lines


def prompt_questions() -> dict[PromptRule, str]:
    """Each question the roles can raise against the matrix, in the UI's language."""
    return {
        PromptRule.CAPACITY_WITHOUT_CAPITAL: QCoreApplication.translate(
            "StepWords",
            "The ambition is Kapacitetsbyggaren, but the region sits at less capital per "
            "capita on the matrix: where will the capital come from?",
        ),
        PromptRule.FINANCIER_REACTIVE: QCoreApplication.translate(
            "StepWords",
            "Today the main role is Finansiären and the capital is mostly reactive: how do "
            "the calls steer the other actors?",
        ),
        PromptRule.CAPACITY_REACTIVE_AMBITION: QCoreApplication.translate(
            "StepWords",
            "The ambition is Kapacitetsbyggaren, but the ambition on the matrix is more "
            "reactive capital: how does that fit long-term, strategic steering?",
        ),
        PromptRule.NETWORKER_AMBITION: QCoreApplication.translate(
            "StepWords",
            "The ambition is Nätverkaren: how will the region avoid depending on others' "
            "competence and capacity?",
        ),
        PromptRule.DOER_TEMPORARY: QCoreApplication.translate(
            "StepWords",
            "Utföraren takes on roles meant for a first phase: which of the region's own "
            "efforts should be handed over to other actors, and when?",
        ),
        PromptRule.DOER_VULNERABLE: QCoreApplication.translate(
            "StepWords",
            "Utföraren builds its own ability with its own capital and project money: how "
            "vulnerable is the organisation when the projects end?",
        ),
        PromptRule.NETWORKER_WITH_CAPITAL: QCoreApplication.translate(
            "StepWords",
            "Nätverkaren, yet more capital per capita on the matrix: the deck describes the "
            "networker as lacking capital – what makes the region a networker here?",
        ),
    }


def prompts_html(workshop: Workshop) -> str:
    """The questions the roles raise against the matrix, each with the deck's sentence."""
    questions = prompt_questions()
    triggers = {
        PromptRule.CAPACITY_WITHOUT_CAPITAL: QCoreApplication.translate(
            "StepWords",
            "shown when the ambition's main role is Kapacitetsbyggaren and today's position "
            "is at less capital per capita, not in the middle",
        ),
        PromptRule.FINANCIER_REACTIVE: QCoreApplication.translate(
            "StepWords",
            "shown when today's main role is Finansiären and today's position is on the "
            "reactive side, not in the middle",
        ),
        PromptRule.CAPACITY_REACTIVE_AMBITION: QCoreApplication.translate(
            "StepWords",
            "shown when the ambition's main role is Kapacitetsbyggaren and its position is on "
            "the reactive side, not in the middle",
        ),
        PromptRule.NETWORKER_AMBITION: QCoreApplication.translate(
            "StepWords", "shown when the ambition's main role is Nätverkaren"
        ),
        PromptRule.DOER_TEMPORARY: QCoreApplication.translate(
            "StepWords", "shown when the main role today or as ambition is Utföraren"
        ),
        PromptRule.DOER_VULNERABLE: QCoreApplication.translate(
            "StepWords", "shown when the main role today or as ambition is Utföraren"
        ),
        PromptRule.NETWORKER_WITH_CAPITAL: QCoreApplication.translate(
            "StepWords",
            "shown when the main role is Nätverkaren and the same moment's position is at "
            "more capital per capita, not in the middle",
        ),
    }
    found = prompts(workshop)
    if not found:
        return QCoreApplication.translate(
            "StepWords",
            "No questions yet: they appear when the roles and the capital matrix meet.",
        )
    lang = language()
    deck = QCoreApplication.translate("StepWords", "The deck:")
    rule = QCoreApplication.translate("StepWords", "The app's rule: {when}.")
    return "".join(
        f"<p><b>{questions[p.rule]}</b><br><i>{deck} ”{p.basis.text(lang)}”"
        f"</i> ({p.basis.slide})<br><span style='color: #475569'>"
        f"{rule.format(when=triggers[p.rule])}</span></p>"
        for p in found
    )


def political_assessment_html(model: BodyModel | None, *, shared_with_hsv: bool = False) -> str:
    """The deck's description of the political model and its assessment points; with a nämnd
    shared with HSV, the deck's question about maturity."""
    if model is None:
        return QCoreApplication.translate("StepWords", "not decided yet: place the branches")
    lang = language()
    points = "".join(f"<br>•&nbsp;{a.text(lang)}" for a in POLITICAL_ASSESSMENTS[model])
    text = f"<b>{POLITICAL_MODELS[model].text(lang)}</b>{points}"
    if shared_with_hsv:
        asks = QCoreApplication.translate("StepWords", "The deck asks: {question}")
        text += "<br><b>" + asks.format(question=SHARED_HSV_QUESTION.text(lang)) + "</b>"
    if "RU" in text or "HSV" in text:  # the deck's own legend goes with its abbreviations
        text += f"<br><span style='color: #475569'>{RU_HSV_LEGEND.text(lang)}</span>"
    return text


def priority_tests_words(area: FocusArea) -> str:
    """A RUS priority's tests in words ("politisk prioritering · kräver samhandling"; "" when
    it passes neither)."""
    words = []
    if area.political:
        words.append(QCoreApplication.translate("StepWords", "political priority"))
    if area.samhandling:
        words.append(QCoreApplication.translate("StepWords", "needs samhandling"))
    return " · ".join(words)


def relevance_tests_quote() -> str:
    """The deck's two tests of a relevant RUS, quoted with their slide."""
    text = STEP_CONTEXT[Step.STRATEGI][3]
    return QCoreApplication.translate("StepWords", "The deck (slide “{slide}”): “{text}”").format(
        slide=text.slide, text=text.text(language())
    )


def untested_words(strategy: Strategy) -> str:
    """The app's observation on the deck's two tests: which Spets and Kärna priorities pass
    neither ("" while Spets and Kärna are empty)."""
    focused = [a for a in strategy.focus_areas if a.tier in (FocusTier.SPETS, FocusTier.KARNA)]
    if not focused:
        return ""
    untested = untested_priorities(strategy)
    if not untested:
        return QCoreApplication.translate(
            "StepWords",
            "The app's observation: every priority in Spets and Kärna is a political priority "
            "or needs samhandling.",
        )
    return QCoreApplication.translate(
        "StepWords",
        "The app's observation: {n} of {total} priorities in Spets and Kärna pass neither of "
        "the deck's two tests (a political priority, needs samhandling): {names}.",
    ).format(n=len(untested), total=len(focused), names=", ".join(a.text for a in untested))
