"""The report's page on what the room answered from its phones (issue #20): how many took
part and how, each question's answers and what they add up to, each key's scores, the dots,
the ideas (never a hidden one) and the facilitator's own questions. Who sent an answer is
told only when the room chose to answer by nickname or by group; an anonymous room's answers
are told as counts and centres."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.groups import matrix_spread, role_spread
from ..analysis.room import (
    key_scores,
    matrix_answered,
    matrix_answers,
    roles_answered,
    roles_answers,
    room_dots,
    score_summary,
)
from ..model import IdeaFate, Key, Language, Moment, Workshop
from ..model.deck import KEY_POINTS
from ..model.room import (
    ANSWERED_ONCE,
    MATRIX_QUESTIONS,
    ROLES_QUESTIONS,
    OwnKind,
    OwnQuestion,
    Question,
)
from ..model.text import one_or_many
from ..room.ideas import board_of
from ..ui.glyphs import shown
from ..ui.i18n import language
from ..ui.outcome_words import step_words
from ..ui.room_results import answers_words
from ..ui.room_words import (
    how_the_room_answered,
    idea_kind_words,
    question_words,
    room_rule,
    sender_names,
)
from ..ui.step_summary import position_words, weights_words
from .pages import Table, escape, table_start

NARROW = table_start(None)  # a table of a few numbers: as wide as they need


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
        "ideas": QCoreApplication.translate("RoomReport", "The phones' ideas"),
        "idea": QCoreApplication.translate("RoomReport", "Idea"),
        "kind": QCoreApplication.translate("RoomReport", "Kind"),
        "upvotes": QCoreApplication.translate("RoomReport", "Upvotes"),
        "became": QCoreApplication.translate("RoomReport", "What became of it"),
        "open": QCoreApplication.translate("RoomReport", "open"),
        "to_action": QCoreApplication.translate("RoomReport", "a proposed action"),
        "to_parked": QCoreApplication.translate("RoomReport", "a parked question"),
        "also": QCoreApplication.translate("RoomReport", "also sent as: {texts}"),
        "hidden": QCoreApplication.translate(
            "RoomReport", "{n} ideas hidden by the facilitator are not shown."
        ),
        "hidden_one": QCoreApplication.translate(
            "RoomReport", "One idea hidden by the facilitator is not shown."
        ),
        "waiting": QCoreApplication.translate(
            "RoomReport",
            "{n} ideas the facilitator never showed to the room (it reviewed them) are not shown.",
        ),
        "waiting_one": QCoreApplication.translate(
            "RoomReport",
            "One idea the facilitator never showed to the room (it reviewed them) is not shown.",
        ),
        "own": QCoreApplication.translate("RoomReport", "Your own question: {text}"),
        "choice": QCoreApplication.translate("RoomReport", "Choice"),
        "score": QCoreApplication.translate("RoomReport", "Score"),
        "word": QCoreApplication.translate("RoomReport", "Words"),
        "phones": QCoreApplication.translate("RoomReport", "Phones"),
        "own_median": QCoreApplication.translate("RoomReport", "Median {m}."),
        "once": QCoreApplication.translate("RoomReport", "Words only one phone gave ({n}):"),
        "each": QCoreApplication.translate("RoomReport", "Each answer"),
        "gone": QCoreApplication.translate("RoomReport", "(no longer in the workshop)"),
    }


def room_sections(w: Workshop) -> list[str | Table]:
    """The page, a part for each of its sections (markup, or a table the pages lay out a few
    rows at a time; each kept whole on a page when it fits: a heading never stands alone at a
    page's foot); none when no phone has answered."""
    room = w.room
    if not room.answers and not room.ideas:
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
    spent = sum(dots.values())
    together[Question.DOTS] = one_or_many(
        spent,
        QCoreApplication.translate("RoomReport", "{n} dot"),
        QCoreApplication.translate("RoomReport", "{n} dots"),
    ).format(n=spent)
    together[Question.KEYS] = QCoreApplication.translate("RoomReport", "each key's below")
    below = QCoreApplication.translate("RoomReport", "listed below")
    counted = [
        (question_words(q), count, together.get(q, "–"))
        for q in ANSWERED_ONCE
        if (count := len(room.answers_to(q)))
    ]
    shown_ideas = board_of(w).shown
    if shown_ideas:
        counted.append((question_words(Question.IDEAS), len(shown_ideas), below))
    counted += [
        (own.text, count, below)
        for own in w.own_questions
        if (count := len(room.answers_to_own(own)))
    ]
    summary = Table(
        tuple(texts[k] for k in ("question", "answers", "adds_up")),
        tuple((escape(shown(what)), str(n), escape(adds_up)) for what, n, adds_up in counted),
        (36, 8, 56),
        lead="".join(parts),
        aligns=("left", "right"),
    )
    named = any(p.nickname or p.group for p in room.participants)
    sections: list[str | Table] = [
        summary,
        _each_answer(w, texts) if named else "",
        _keys(w, texts, locale),
        _dots(w, texts, dots),
        _ideas(w, texts, named),
        *(_own(w, own, texts, locale) for own in w.own_questions),
    ]
    return [x for x in sections if x]


def _each_answer(w: Workshop, texts: dict[str, str]) -> str:
    """Each phone's answers on the maps, by the name or group the room chose: a phone once,
    with its answers after its name (the name said once, not once per question)."""
    lang = language()
    names = sender_names(w)
    said: dict[str, list[str]] = {}
    for moment in Moment:
        asked = escape(question_words(MATRIX_QUESTIONS[moment]))
        for who, position in matrix_answered(w.room, moment):
            said.setdefault(who.id, []).append(f"{asked}: {escape(position_words(position))}")
    for moment in Moment:
        asked = escape(question_words(ROLES_QUESTIONS[moment]))
        for who, weights in roles_answered(w.room, moment):
            said.setdefault(who.id, []).append(f"{asked}: {escape(weights_words(weights, lang))}")
    items = "".join(
        f"<li><b>{escape(names[who])}</b> – {'; '.join(answers)}</li>"
        for who, answers in said.items()
    )
    return f"<h3>{escape(texts['each'])}</h3><ul>{items}</ul>" if items else ""


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


def _ideas(w: Workshop, texts: dict[str, str], named: bool) -> str | Table:
    """The ideas the facilitator did not hide (nor leave waiting, never shown to the room),
    most upvoted first (merged ones' upvotes and words with the idea they were merged into),
    each with what became of it; the sender only when the room answered by name or
    group."""
    board = board_of(w)
    hidden = sum(1 for h in w.outcome.handled if h.fate is IdeaFate.HIDDEN)
    waiting = len(board.waiting)
    if not board.shown:
        return ""
    names = sender_names(w)
    texts_of = {i.id: i for i in w.room.ideas}
    merged: dict[str, list[str]] = {}
    for h in w.outcome.handled:
        if h.fate is IdeaFate.MERGED and h.into is not None and h.idea in texts_of:
            merged.setdefault(h.into, []).append(shown(texts_of[h.idea].text))

    rows: list[tuple[str, ...]] = []
    for idea in board.shown:
        whole = texts_of[idea.id]
        words = escape(shown(idea.text))
        if whole.step is not None:
            words += f" ({escape(step_words(whole.step))})"
        if named:
            words += f" – {escape(names[idea.author])}"
        if idea.id in merged:
            also = texts["also"].format(texts="; ".join(f"“{t}”" for t in merged[idea.id]))
            words += f"<br><span class='muted'>{escape(also)}</span>"
        became = (
            {IdeaFate.ACTION: texts["to_action"], IdeaFate.PARKED: texts["to_parked"]}.get(
                idea.fate, texts["open"]
            )
            if idea.fate is not None
            else texts["open"]
        )
        kind = escape(idea_kind_words(whole.kind))
        rows.append((words, kind, str(len(idea.voters)), escape(became)))
    said = one_or_many(hidden, texts["hidden_one"], texts["hidden"]).format(n=hidden)
    notes = [said] if hidden else []
    if waiting:
        notes.append(one_or_many(waiting, texts["waiting_one"], texts["waiting"]).format(n=waiting))
    note = "".join(f"<p class='muted'>{escape(x)}</p>" for x in notes)
    return Table(
        tuple(texts[k] for k in ("idea", "kind", "upvotes", "became")),
        tuple(rows),
        (56, 14, 10, 20),
        lead=f"<h3>{escape(texts['ideas'])}</h3>",
        after=note,
        aligns=("left", "left", "center"),
    )


def _own(w: Workshop, own: OwnQuestion, texts: dict[str, str], locale: QLocale) -> str | Table:
    """The answers to one of the facilitator's own questions: each choice's count, the
    scores' spread and median, or the word wall's entries with how many gave each."""
    answers = w.room.answers_to_own(own)
    if not answers:
        return ""
    head = f"<h3>{escape(texts['own'].format(text=shown(own.text)))}</h3>"
    if own.kind is OwnKind.CHOICE:
        counts = Counter(a.choice for a in answers)
        rows = [(option, counts.get(n, 0)) for n, option in enumerate(own.options)]
        first, after = texts["choice"], ""
    elif own.kind is OwnKind.SCALE:
        summary = score_summary([a.score for a in answers if a.score is not None])
        if summary is None:
            return ""
        median, spread = summary
        rows = [(str(score), n) for score, n in spread.items()]
        first = texts["score"]
        after = (
            "<p>"
            + escape(texts["own_median"].format(m=locale.toString(float(median), "g", 3)))
            + "</p>"
        )
    else:
        # Words given by more than one phone in a table, the most given first; the words
        # one phone gave as one paragraph after it (at the limits, hundreds: a column of
        # them ran to 23 pages, read by no one).
        entries = answers_words(w, own)
        rows = [(what, n) for what, n in entries if n > 1]
        once = [what for what, n in entries if n == 1]
        first, after = texts["word"], ""
        if once:
            said = " · ".join(escape(shown(what)) for what in once)
            after = f"<p><b>{escape(texts['once'].format(n=len(once)))}</b> {said}</p>"
        if not rows:
            return head + after
    return Table(
        (first, texts["phones"]),
        tuple((escape(shown(what)), str(n)) for what, n in rows),
        (80, 20),
        lead=head,
        after=after,
        aligns=("left", "right"),
        width=50,
    )
