"""What the room answered to one question, in the UI's words, for the projector's results
page (`figures.room_results`): the phones' dots and centre on a map, the keys' medians, the
dots' ranking or the comments, with the app's rule where the result rests on one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.groups import matrix_spread, role_spread
from ..analysis.roles import position_of
from ..analysis.room import key_scores, matrix_answers, roles_answers, room_dots, score_summary
from ..figures.matrix import SOFT_HYPHEN
from ..figures.room_results import Bar, BarsPart, Cloud, MapPart, ResultsContent
from ..model import Key, Language, Moment, Role, Workshop
from ..model.deck import AXIS_WORDS, KEY_POINTS, ROLE_NAMES
from ..model.room import OwnKind, OwnQuestion, Question
from ..model.text import one_or_many
from ..room.ideas import board_of
from .group_colours import MOMENT_COLOURS, ROLE_TINTS
from .i18n import language
from .room_words import question_words, room_rule

MATRIX = {Question.MATRIX_TODAY: Moment.TODAY, Question.MATRIX_AMBITION: Moment.AMBITION}
ROLES = {Question.ROLES_TODAY: Moment.TODAY, Question.ROLES_AMBITION: Moment.AMBITION}
SHOWN_TARGETS = 12  # the dots' ranking shows the most voted this many


def _count(n: int) -> str:
    return one_or_many(
        n,
        QCoreApplication.translate("RoomResults", "{n} phone has answered"),
        QCoreApplication.translate("RoomResults", "{n} phones have answered"),
    ).format(n=n)


def results_content(
    workshop: Workshop, question: Question, own: OwnQuestion | None = None
) -> ResultsContent:
    """The results page of `question` (never who answered what); for the facilitator's own
    question, of `own`."""
    room = workshop.room
    lang = language()
    title = question_words(question)
    empty = QCoreApplication.translate("RoomResults", "No phone has answered yet.")
    if question is Question.IDEAS:
        return _ideas(workshop, title, empty)
    if question is Question.OWN:
        return (
            own_results(workshop, own, empty)
            if own is not None
            else ResultsContent(title, _count(0), empty=empty)
        )
    answers = room.answers_to(question)
    phones = len({a.participant for a in answers})
    if not answers:
        return ResultsContent(title, _count(0), empty=empty)
    rule = room_rule()
    if question in MATRIX:
        moment = MATRIX[question]
        positions = matrix_answers(room, moment)
        spread = matrix_spread(positions)
        words = AXIS_WORDS[lang]
        dots = [((p.proactivity + 1) / 2, (1 - p.capital_per_capita) / 2) for p in positions]
        centre = (
            ((spread.centre.proactivity + 1) / 2, (1 - spread.centre.capital_per_capita) / 2)
            if spread
            else None
        )
        part = MapPart(
            ("", "", "", ""),
            (words["more"], words["less"], words["reactive"], words["proactive"]),
            dots,
            centre,
            MOMENT_COLOURS[moment],
            moment is Moment.TODAY,
        )
        return ResultsContent(title, _count(phones), rule, map=part)
    if question in ROLES:
        moment = ROLES[question]
        weights = roles_answers(room, moment)
        spread_roles = role_spread(weights)
        names = tuple(
            ROLE_NAMES[r].text(Language.SV).replace("Kapacitets", "Kapacitets" + SOFT_HYPHEN, 1)
            for r in Role
        )
        part = MapPart(
            (names[0], names[1], names[2], names[3]),  # the deck's 2×2, as the map
            ("", "", "", ""),
            [position_of(w) for w in weights],
            spread_roles.centre_xy if spread_roles else None,
            MOMENT_COLOURS[moment],
            moment is Moment.TODAY,
            (
                ROLE_TINTS[Role.FINANSIAREN],
                ROLE_TINTS[Role.UTFORAREN],
                ROLE_TINTS[Role.NATVERKAREN],
                ROLE_TINTS[Role.KAPACITETSBYGGAREN],
            ),
        )
        return ResultsContent(title, _count(phones), rule, map=part)
    if question is Question.KEYS:
        locale = QLocale()
        bars = []
        for key in Key:
            summary = score_summary(key_scores(room, key))
            name = KEY_POINTS[key][0].text(Language.SV)
            if summary is None:
                bars.append(Bar(name, 0.0, QCoreApplication.translate("RoomResults", "no score")))
                continue
            median, counts = summary
            scores = sum(counts.values())
            text = one_or_many(
                scores,
                QCoreApplication.translate("RoomResults", "median {m} ({n} score)"),
                QCoreApplication.translate("RoomResults", "median {m} ({n} scores)"),
            ).format(
                m=locale.toString(float(median), "f", 0 if median == int(median) else 1),
                n=scores,
            )
            bars.append(Bar(name, float(median), text))
        return ResultsContent(title, _count(phones), rule, bars=BarsPart(bars, 5.0))
    if question is Question.DOTS:
        given = room_dots(room)
        targets = workshop.dot_targets()
        ranked = sorted(given.items(), key=lambda item: (-item[1], targets.get(item[0], "")))
        bars = [
            Bar(targets.get(target, "?"), float(n), str(n)) for target, n in ranked[:SHOWN_TARGETS]
        ]
        most = float(ranked[0][1]) if ranked else 1.0
        ranking = BarsPart(bars, most, _more(), len(ranked))
        return ResultsContent(title, _count(phones), bars=ranking)
    raise ValueError(f"no results page for {question}")


def _ideas(workshop: Workshop, title: str, empty: str) -> ResultsContent:
    """The ideas the facilitator has not hidden or merged (nor left waiting, under review),
    most upvoted first (merged ones' upvotes counted in), as a ranking; each with what became
    of it."""
    board = board_of(workshop)
    sent = one_or_many(
        len(board.shown),
        QCoreApplication.translate("RoomResults", "{n} idea"),
        QCoreApplication.translate("RoomResults", "{n} ideas"),
    ).format(n=len(board.shown))
    if not board.shown:
        return ResultsContent(
            title,
            sent,
            empty=QCoreApplication.translate("RoomResults", "No idea has been sent yet."),
        )
    fates = {
        "action": QCoreApplication.translate("RoomResults", "→ action"),
        "parked": QCoreApplication.translate("RoomResults", "→ parked"),
    }
    bars = []
    for idea in board.shown[:SHOWN_TARGETS]:
        votes = len(idea.voters)
        words = QCoreApplication.translate("RoomResults", "{n} ▲").format(n=votes)
        if idea.fate is not None:
            words += " " + fates[idea.fate.value]
        bars.append(Bar(idea.text, float(votes), words))
    most = float(max(len(b.voters) for b in board.shown)) or 1.0
    return ResultsContent(title, sent, bars=BarsPart(bars, most, _more(), len(board.shown)))


def own_results(workshop: Workshop, own: OwnQuestion, empty: str) -> ResultsContent:
    """The answers to the facilitator's own question: each choice's count, the scores'
    spread with their median, or the word wall (the words sized by how many gave them)."""
    answers = workshop.room.answers_to_own(own)
    count = _count(len(answers))
    if not answers:
        return ResultsContent(own.text, count, empty=empty)
    if own.kind is OwnKind.CHOICE:
        counts = [0] * len(own.options)
        for answer in answers:
            if answer.choice is not None:
                counts[answer.choice] += 1
        bars = [Bar(o, float(n), str(n)) for o, n in zip(own.options, counts, strict=True)]
        return ResultsContent(own.text, count, bars=BarsPart(bars, float(max(counts)) or 1.0))
    if own.kind is OwnKind.SCALE:
        summary = score_summary([a.score for a in answers if a.score is not None])
        assert summary is not None  # every answer to a scale is a score
        median, spread = summary
        locale = QLocale()
        bars = [Bar(str(s), float(n), str(n)) for s, n in spread.items()]
        rule = QCoreApplication.translate(
            "RoomResults",
            "Median {m}. The app's rule: a median of an even number of scores is the mean of "
            "the middle two.",
        ).format(m=locale.toString(float(median), "f", 0 if median == int(median) else 1))
        return ResultsContent(
            own.text, count, rule, bars=BarsPart(bars, float(max(spread.values())) or 1.0)
        )
    return ResultsContent(own.text, count, cloud=word_cloud(answers_words(workshop, own)))


def answers_words(workshop: Workshop, own: OwnQuestion) -> list[tuple[str, int]]:
    """The word wall's entries and how many phones gave each (the same words in any case
    are one entry, shown as first written), most given first."""
    counts: dict[str, int] = {}
    first: dict[str, str] = {}
    for answer in workshop.room.answers_to_own(own):
        for word in dict.fromkeys(w.casefold() for w in answer.words):
            counts[word] = counts.get(word, 0) + 1
        for w in answer.words:
            first.setdefault(w.casefold(), w)
    return sorted(((first[k], n) for k, n in counts.items()), key=lambda e: (-e[1], e[0]))


def _more() -> str:
    """What a ranking or a word wall says of those the page has no room for."""
    return QCoreApplication.translate("RoomResults", "+ {n} more in the panel and the report")


def word_cloud(entries: list[tuple[str, int]]) -> Cloud:
    return Cloud(tuple(entries), _more())
