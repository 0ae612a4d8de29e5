"""The report's page on what the room answered from its phones (issue #20): how many took
part and how, each question's answers and what they add up to, each key's scores, the dots
and the comments. Who sent an answer is told only when the room chose to answer by nickname
or by group; an anonymous room's answers are told as counts and centres."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.groups import matrix_spread, role_spread
from ..analysis.room import (
    answered,
    key_scores,
    matrix_answered,
    matrix_answers,
    roles_answered,
    roles_answers,
    room_dots,
    score_summary,
)
from ..model import Key, Language, Moment, Workshop
from ..model.deck import KEY_POINTS
from ..model.room import (
    MATRIX_QUESTIONS,
    ROLES_QUESTIONS,
    CommentAnswer,
    Question,
)
from ..ui.glyphs import shown
from ..ui.i18n import language
from ..ui.outcome_words import step_words
from ..ui.room_words import how_the_room_answered, question_words, room_rule, sender_names
from ..ui.step_summary import position_words, weights_words
from .pages import escape

TABLE = (
    "<table cellpadding='3' cellspacing='0' border='1' width='100%' "
    "style='border-color: #cbd5e1; border-collapse: collapse'>"
)
NARROW = TABLE.replace(" width='100%'", "")  # a table of a few numbers: as wide as they need


def room_words() -> dict[str, str]:
    """The page's headings (each a plain call, so lupdate finds it)."""
    return {
        "title": QCoreApplication.translate("RoomReport", "The room's answers from its phones"),
        "question": QCoreApplication.translate("RoomReport", "Question"),
        "answers": QCoreApplication.translate("RoomReport", "Answers"),
        "adds_up": QCoreApplication.translate("RoomReport", "Together"),
        "keys": QCoreApplication.translate("RoomReport", "The keys' scores from the phones"),
        "key": QCoreApplication.translate("RoomReport", "Key"),
        "median": QCoreApplication.translate("RoomReport", "Median"),
        "given": QCoreApplication.translate("RoomReport", "Gave {n}"),
        "dots": QCoreApplication.translate("RoomReport", "The phones' dots"),
        "target": QCoreApplication.translate("RoomReport", "Action or RUS priority"),
        "dot_count": QCoreApplication.translate("RoomReport", "Dots"),
        "comments": QCoreApplication.translate("RoomReport", "Comments for the parking lot"),
        "each": QCoreApplication.translate("RoomReport", "Each answer"),
        "gone": QCoreApplication.translate("RoomReport", "(no longer in the workshop)"),
    }


def room_sections(w: Workshop) -> list[str]:
    """The page's markup, a part for each of its sections (each kept whole on a page when it
    fits: a heading never stands alone at a page's foot); none when no phone has answered."""
    room = w.room
    if not room.answers:
        return []
    texts = room_words()
    lang = language()
    locale = QLocale()
    parts = [
        f"<h2>{escape(texts['title'])}</h2>",
        f"<p>{escape(how_the_room_answered(room))}</p>",
        f"<p class='muted'>{escape(room_rule())}</p>",
    ]
    together: dict[Question, str] = {}
    for moment in Moment:
        if spread := matrix_spread(matrix_answers(room, moment)):
            together[MATRIX_QUESTIONS[moment]] = position_words(spread.centre)
        if roles := role_spread(roles_answers(room, moment)):
            together[ROLES_QUESTIONS[moment]] = weights_words(roles.centre, lang)
    dots = room_dots(room)
    together[Question.DOTS] = QCoreApplication.translate("RoomReport", "{n} dots").format(
        n=sum(dots.values())
    )
    together[Question.KEYS] = QCoreApplication.translate("RoomReport", "each key's below")
    together[Question.COMMENT] = QCoreApplication.translate("RoomReport", "listed below")
    rows = "".join(
        f"<tr><td>{escape(question_words(q))}</td><td align='right'>{count}</td>"
        f"<td>{escape(together.get(q, '–'))}</td></tr>"
        for q in Question
        if (count := len(room.answers_to(q)))
    )
    parts.append(
        f"{TABLE}<thead><tr><th>{escape(texts['question'])}</th><th align='right'>"
        f"{escape(texts['answers'])}</th><th>{escape(texts['adds_up'])}</th></tr></thead>"
        f"{rows}</table>"
    )
    named = any(p.nickname or p.group for p in room.participants)
    sections = [
        "".join(parts),
        _each_answer(w, texts) if named else "",
        _keys(w, texts, locale),
        _dots(w, texts, dots),
        _comments(w, texts, named),
    ]
    return [x for x in sections if x]


def _each_answer(w: Workshop, texts: dict[str, str]) -> str:
    """Each phone's answer on the maps, by the name or group the room chose."""
    lang = language()
    names = sender_names(w)
    items = [
        f"<li>{escape(question_words(MATRIX_QUESTIONS[moment]))} – "
        f"{escape(names[who.id])}: {escape(position_words(position))}</li>"
        for moment in Moment
        for who, position in matrix_answered(w.room, moment)
    ]
    items += [
        f"<li>{escape(question_words(ROLES_QUESTIONS[moment]))} – "
        f"{escape(names[who.id])}: "
        f"{escape(weights_words(weights, lang))}</li>"
        for moment in Moment
        for who, weights in roles_answered(w.room, moment)
    ]
    return f"<h3>{escape(texts['each'])}</h3><ul>{''.join(items)}</ul>" if items else ""


def _keys(w: Workshop, texts: dict[str, str], locale: QLocale) -> str:
    rows = []
    for key in Key:
        summary = score_summary(key_scores(w.room, key))
        if summary is None:
            continue
        median, counts = summary
        each = "".join(f"<td align='right'>{counts[s]}</td>" for s in range(1, 6))
        rows.append(
            f"<tr><td>{escape(KEY_POINTS[key][0].text(Language.SV))}</td>"
            f"<td align='right'>{sum(counts.values())}</td>"
            f"<td align='right'>{escape(locale.toString(float(median), 'g', 3))}</td>{each}</tr>"
        )
    if not rows:
        return ""
    scores = "".join(
        f"<th align='right'>&nbsp;{escape(texts['given'].format(n=s))}</th>" for s in range(1, 6)
    )
    return (
        f"<h3>{escape(texts['keys'])}</h3>{NARROW}<thead><tr><th>{escape(texts['key'])}</th>"
        f"<th align='right'>{escape(texts['answers'])}</th><th align='right'>"
        f"{escape(texts['median'])}</th>{scores}</tr></thead>{''.join(rows)}</table>"
    )


def _dots(w: Workshop, texts: dict[str, str], dots: Counter[str]) -> str:
    """The phones' dots on each action or RUS priority, the most first (a tie in the order
    the targets were first dotted)."""
    names = w.dot_targets()
    if not dots:
        return ""
    rows = "".join(
        f"<tr><td>{escape(names.get(target, texts['gone']))}</td><td align='right'>{n}</td></tr>"
        for target, n in dots.most_common()
    )
    return (
        f"<h3>{escape(texts['dots'])}</h3>{NARROW}<thead><tr><th>{escape(texts['target'])}</th>"
        f"<th align='right'>{escape(texts['dot_count'])}</th></tr></thead>{rows}</table>"
    )


def _comments(w: Workshop, texts: dict[str, str], named: bool) -> str:
    names = sender_names(w)
    items = []
    for who, answer in answered(w.room, Question.COMMENT):
        if not isinstance(answer, CommentAnswer):
            continue
        where = f" ({escape(step_words(answer.step))})" if answer.step else ""
        sender = f" – {escape(names[who.id])}" if named else ""
        items.append(f"<li>{escape(shown(answer.text))}{where}{sender}</li>")
    if not items:
        return ""
    return f"<h3>{escape(texts['comments'])}</h3><ul>{''.join(items)}</ul>"
