"""What the workshop has answered so far in a step, in words, from the document alone.

Shown on each step's page; the canvases give the same facts a picture of their own.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.groups import matrix_spread, role_spread
from ..analysis.matrix import MIDDLE_BAND, in_the_middle
from ..analysis.room import matrix_answers, roles_answers
from ..model import (
    BodyModel,
    FocusTier,
    GroupPosition,
    GroupRoles,
    Language,
    MatrixPosition,
    Moment,
    MunicipalInvolvement,
    OtherRole,
    Role,
    RoleWeights,
    Step,
    StrategyKind,
    Workshop,
)
from ..model.deck import (
    ADMINISTRATIVE_MODELS,
    BRANCH_LABELS,
    POLITICAL_MODELS,
    ROLE_NAMES,
    DeckText,
)
from ..model.values import TIE

# How far from an axis's middle (the matrix runs from −1 to +1) a position is "in the middle"
# (the analysis's band), "somewhat", plain, or "much" more or less: the app's own words.
SOMEWHAT, VERY = 0.4, 0.75


def position_rule() -> str:
    """The app's rule behind a position's words ("in the middle", "somewhat", "much"), where
    they are printed."""
    locale = QLocale()
    return QCoreApplication.translate(
        "StepSummary",
        "The app's rule: on the matrix's axes (−1 to +1) a position within {middle} of the "
        "middle is “in the middle”, under {somewhat} “somewhat”, from {very} “much”.",
    ).format(
        middle=locale.toString(MIDDLE_BAND, "f", 1),
        somewhat=locale.toString(SOMEWHAT, "f", 1),
        very=locale.toString(VERY, "f", 2),
    )


def summary_lines(workshop: Workshop, step: Step, lang: Language) -> list[str]:
    return answer_lines(workshop, step, lang) + _timing(workshop, step)


def answer_lines(workshop: Workshop, step: Step, lang: Language) -> list[str]:
    """What the step has answered, line by line (without the time it took)."""
    return {
        Step.ORGANISATION: _organisation,
        Step.FINANSIERING: _financing,
        Step.STRATEGI: _strategy,
        Step.GENOMFORANDEPRAKTIK: _implementation,
    }[step](workshop, lang)


def _timing(workshop: Workshop, step: Step) -> list[str]:
    """The time the step took, beside its plan (nothing when it was neither timed nor planned)."""
    timing = workshop.step_timing(step)
    if not timing.spent_seconds and timing.planned_minutes is None:
        return []
    minutes = round(timing.spent_seconds / 60)
    if timing.planned_minutes is None:
        text = QCoreApplication.translate("StepSummary", "Time taken: {minutes} min")
    else:
        text = QCoreApplication.translate(
            "StepSummary", "Time taken: {minutes} min of {planned} planned"
        )
    return [text.format(minutes=minutes, planned=timing.planned_minutes)]


def _model(model: BodyModel | None, texts: dict[BodyModel, DeckText], lang: Language) -> str:
    if model is None:
        return QCoreApplication.translate("StepSummary", "not decided yet (no branch placed)")
    return f"{model.value} – {texts[model].text(lang)}"


def _organisation(workshop: Workshop, lang: Language) -> list[str]:
    org = workshop.organisation
    involvement = {
        None: QCoreApplication.translate("StepSummary", "not decided yet"),
        MunicipalInvolvement.IN_NAMND: QCoreApplication.translate(
            "StepSummary", "the municipalities sit in the nämnd"
        ),
        MunicipalInvolvement.COUNCILS: QCoreApplication.translate(
            "StepSummary", "through councils or preparatory bodies"
        ),
        MunicipalInvolvement.NEITHER: QCoreApplication.translate("StepSummary", "neither"),
    }[org.municipal_involvement]
    tied = next((b.name for b in org.political_bodies if b.id == org.councils_tied_to), None)
    if tied is not None:
        involvement = QCoreApplication.translate("StepSummary", "{how}, tied to {body}").format(
            how=involvement, body=tied
        )
    outside = [BRANCH_LABELS[p.branch].text(lang) for p in org.branches if p.outside_remit]
    lines = [
        QCoreApplication.translate("StepSummary", "Political model: {model}").format(
            model=_model(org.political_model, POLITICAL_MODELS, lang)
        ),
        QCoreApplication.translate("StepSummary", "Administrative model: {model}").format(
            model=_model(org.administrative_model, ADMINISTRATIVE_MODELS, lang)
        ),
        QCoreApplication.translate("StepSummary", "Municipal involvement: {how}").format(
            how=involvement
        ),
    ]
    if outside:
        lines.append(
            QCoreApplication.translate("StepSummary", "Outside the region's remit: {b}").format(
                b=", ".join(outside)
            )
        )
    return lines


def _degree(value: float, more: str, less: str, middle: str) -> str:
    """One axis in words: how far from its middle, and which way."""
    size = abs(value)
    if in_the_middle(value):
        return middle
    words = more if value > 0 else less
    if size < SOMEWHAT:
        return QCoreApplication.translate("StepSummary", "somewhat {words}").format(words=words)
    if size >= VERY:
        return QCoreApplication.translate("StepSummary", "much {words}").format(words=words)
    return words


def position_words(position: MatrixPosition | None) -> str:
    """A position on the capital matrix in words, with its numbers in the UI's format:
    "mer reaktivt kapital, något mindre kapital per capita (−0,45; −0,30)"."""
    if position is None:
        return QCoreApplication.translate("StepSummary", "not placed")
    character = _degree(
        position.proactivity,
        QCoreApplication.translate("StepSummary", "more proactive capital"),
        QCoreApplication.translate("StepSummary", "more reactive capital"),
        QCoreApplication.translate("StepSummary", "between reactive and proactive capital"),
    )
    amount = _degree(
        position.capital_per_capita,
        QCoreApplication.translate("StepSummary", "more capital per capita"),
        QCoreApplication.translate("StepSummary", "less capital per capita"),
        QCoreApplication.translate("StepSummary", "in the middle for capital per capita"),
    )
    locale = QLocale()
    numbers = QCoreApplication.translate(
        "StepSummary", "character {x}, capital per capita {y}"
    ).format(
        x=locale.toString(position.proactivity, "f", 2),
        y=locale.toString(position.capital_per_capita, "f", 2),
    )
    return f"{character}, {amount} ({numbers})"


def _financing(workshop: Workshop, lang: Language) -> list[str]:
    f = workshop.financing
    return [
        QCoreApplication.translate("StepSummary", "Today: {where}").format(
            where=position_words(f.today)
        ),
        QCoreApplication.translate("StepSummary", "Ambition: {where}").format(
            where=position_words(f.ambition)
        ),
        *(
            _group_line(workshop, g.group, g.moment, position_words(g.position))
            for g in _in_group_order(workshop, f.groups)
        ),
        *(
            _room_line(moment, len(found), position_words(spread.centre))
            for moment in Moment
            if (spread := matrix_spread(found := matrix_answers(workshop.room, moment)))
        ),
    ]


def room_count_lines(workshop: Workshop, step: Step) -> list[str]:
    """For the room's screen: how many phones have answered on the step's map, today and for
    the ambition (never who); nothing before any has."""
    found = {
        Step.FINANSIERING: lambda m: len(matrix_answers(workshop.room, m)),
        Step.GENOMFORANDEPRAKTIK: lambda m: len(roles_answers(workshop.room, m)),
    }.get(step)
    if found is None:
        return []
    today, ambition = found(Moment.TODAY), found(Moment.AMBITION)
    if not today and not ambition:
        return []
    return [
        QCoreApplication.translate(
            "StepSummary",
            "The room's phones have answered: {today} for today, {ambition} for the ambition",
        ).format(today=today, ambition=ambition)
    ]


def _room_line(moment: Moment, count: int, where: str) -> str:
    """How many phones answered for `moment`, and their centre (never who)."""
    text = (
        QCoreApplication.translate(
            "StepSummary", "The room's phones, today: {n} answers, centre {where}"
        )
        if moment is Moment.TODAY
        else QCoreApplication.translate(
            "StepSummary", "The room's phones, ambition: {n} answers, centre {where}"
        )
    )
    return text.format(n=count, where=where)


T = TypeVar("T", GroupPosition, GroupRoles)


def _in_group_order(workshop: Workshop, marks: tuple[T, ...]) -> list[T]:
    """The groups' marks in the order of the groups, today before the ambition."""
    order = {g.id: n for n, g in enumerate(workshop.details.groups)}
    return sorted(marks, key=lambda m: (order.get(m.group, 0), m.moment != "today"))


def _group_line(workshop: Workshop, group_id: str, moment: str, where: str) -> str:
    group = workshop.group(group_id)
    name = group.name if group else group_id
    text = (
        QCoreApplication.translate("StepSummary", "{group}, today: {where}")
        if moment == "today"
        else QCoreApplication.translate("StepSummary", "{group}, ambition: {where}")
    )
    return text.format(group=name, where=where)


def _strategy(workshop: Workshop, lang: Language) -> list[str]:
    s = workshop.strategy
    by_level = {level: 0 for level in (1, 2, 3)}
    for doc in s.documents:
        by_level[StrategyKind(doc.kind).level] += 1
    tiers = {tier: sum(1 for a in s.focus_areas if a.tier is tier) for tier in FocusTier}
    unsorted = sum(1 for a in s.focus_areas if a.tier is None)
    return [
        QCoreApplication.translate(
            "StepSummary",
            "Strategy documents: {rus} RUS, {middle} plans and field strategies, "
            "{plans} action plans; {links} “derives from” links",
        ).format(rus=by_level[1], middle=by_level[2], plans=by_level[3], links=len(s.links)),
        QCoreApplication.translate(
            "StepSummary",
            "The RUS's focus: Kärna {core}, Bredd {breadth}, Spets {spear}; not sorted {rest}",
        ).format(
            core=tiers[FocusTier.KARNA],
            breadth=tiers[FocusTier.BREDD],
            spear=tiers[FocusTier.SPETS],
            rest=unsorted,
        ),
    ]


def main_role_words(weights: RoleWeights, lang: Language) -> str:
    """The main role's name, or, on a tie, that there is none and which roles weigh the same."""
    main = weights.main_role
    if main is not None:
        return ROLE_NAMES[main].text(lang)
    values = weights.as_dict()
    top = max(values.values())
    equal = [ROLE_NAMES[r].text(lang) for r in Role if top - values[r] < TIE]
    return QCoreApplication.translate("StepSummary", "none ({roles} weigh the same)").format(
        roles=", ".join(equal)
    )


def weights_words(weights: RoleWeights | None, lang: Language) -> str:
    if weights is None:
        return QCoreApplication.translate("StepSummary", "not set")
    percent = weights.percentages()
    parts = ", ".join(f"{ROLE_NAMES[r].text(Language.SV)} {percent[r]} %" for r in Role)
    if weights.main_role is None:  # a tie: no main role, said as such ("huvudroll ingen" was not)
        return QCoreApplication.translate("StepSummary", "no main role ({parts})").format(
            parts=parts
        )
    return QCoreApplication.translate("StepSummary", "main role {main} ({parts})").format(
        main=main_role_words(weights, lang), parts=parts
    )


def _implementation(workshop: Workshop, lang: Language) -> list[str]:
    i = workshop.implementation
    return [
        QCoreApplication.translate("StepSummary", "Today: {roles}").format(
            roles=weights_words(i.today, lang)
        ),
        QCoreApplication.translate("StepSummary", "Ambition: {roles}").format(
            roles=weights_words(i.ambition, lang)
        ),
        *_other_role(i.other_role),
        *(
            _group_line(workshop, g.group, g.moment, weights_words(g.weights, lang))
            for g in _in_group_order(workshop, i.groups)
        ),
        *(
            _room_line(moment, len(found), weights_words(spread.centre, lang))
            for moment in Moment
            if (spread := role_spread(found := roles_answers(workshop.room, moment)))
        ),
    ]


def _other_role(other: OtherRole | None) -> list[str]:
    """The room's own role beside the deck's four, with its shares of the effort."""
    if other is None:
        return []
    return [
        QCoreApplication.translate("StepSummary", "Another role, the room's own: {role}").format(
            role=other_role_words(other)
        )
    ]


def other_role_words(other: OtherRole) -> str:
    """ "Kunskapsnoden (andel i dag 20 %, ambition inte angivet)"."""

    def share(value: int | None) -> str:
        if value is None:
            return QCoreApplication.translate("StepSummary", "not said")
        return QCoreApplication.translate("StepSummary", "{n} %").format(n=value)

    return QCoreApplication.translate(
        "StepSummary", "{name} (share today {today}, ambition {ambition})"
    ).format(name=other.name, today=share(other.today), ambition=share(other.ambition))
