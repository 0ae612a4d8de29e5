"""The room's answers from its phones in words, for every page that tells them: the questions'
names, how the room answered (anonymously, by nickname, by group), one answer's sender as the
room chose to be known, and the rule the app applies to add the answers up."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model import Workshop
from ..model.room import IdeaKind, Question, RoomRecord
from ..model.text import one_or_many
from .glyphs import shown


def question_words(question: Question) -> str:
    """A question the facilitator can open, as the panel, the report and "what changed" name it."""
    return {
        Question.MATRIX_TODAY: QCoreApplication.translate("RoomWords", "The capital matrix, today"),
        Question.MATRIX_AMBITION: QCoreApplication.translate(
            "RoomWords", "The capital matrix, ambition"
        ),
        Question.ROLES_TODAY: QCoreApplication.translate("RoomWords", "The roles, today"),
        Question.ROLES_AMBITION: QCoreApplication.translate("RoomWords", "The roles, ambition"),
        Question.KEYS: QCoreApplication.translate("RoomWords", "The keys' scores"),
        Question.DOTS: QCoreApplication.translate(
            "RoomWords", "Dots on actions and RUS priorities"
        ),
        Question.IDEAS: QCoreApplication.translate(
            "RoomWords", "Ideas: proposed actions and questions"
        ),
        Question.OWN: QCoreApplication.translate("RoomWords", "Your own question"),
    }[question]


def idea_kind_words(kind: IdeaKind) -> str:
    """What kind of idea a phone sent, as the lists and the report say it."""
    return {
        IdeaKind.ACTION: QCoreApplication.translate("RoomWords", "proposed action"),
        IdeaKind.QUESTION: QCoreApplication.translate("RoomWords", "question"),
    }[kind]


def how_the_room_answered(room: RoomRecord) -> str:
    """How many phones took part, and whether by name, by group or anonymously."""
    count = len(room.participants)
    if any(p.nickname for p in room.participants):
        text = one_or_many(
            count,
            QCoreApplication.translate("RoomWords", "{n} phone took part, with a nickname."),
            QCoreApplication.translate(
                "RoomWords", "{n} phones took part; the room answered with nicknames."
            ),
        )
    elif any(p.group for p in room.participants):
        text = one_or_many(
            count,
            QCoreApplication.translate("RoomWords", "{n} phone took part, by group."),
            QCoreApplication.translate(
                "RoomWords", "{n} phones took part; the room answered by group."
            ),
        )
    else:
        text = one_or_many(
            count,
            QCoreApplication.translate("RoomWords", "{n} phone took part, anonymously."),
            QCoreApplication.translate(
                "RoomWords",
                "{n} phones took part; the room answered anonymously: who said what is not known.",
            ),
        )
    return text.format(n=count)


def sender_names(workshop: Workshop) -> dict[str, str]:
    """Each phone (by id) as the room chose to be known: its nickname, its group, or only
    "answer n" (the order it joined in) when the room answered anonymously."""
    names = {}
    for n, participant in enumerate(workshop.room.participants, start=1):
        group = workshop.group(participant.group) if participant.group else None
        names[participant.id] = (
            shown(participant.nickname)
            or (group.name if group is not None else "")
            or QCoreApplication.translate("RoomWords", "answer {n}").format(n=n)
        )
    return names


def room_rule() -> str:
    """How the app adds the phones' answers up (its own rule, not the deck's)."""
    return QCoreApplication.translate(
        "RoomWords",
        "The app's rule: the room's centre (×) is the mean of where the phones put their "
        "markers; a key's median of an even number of scores is the mean of the middle two; a "
        "phone's latest answer replaces its earlier one.",
    )


def centre_rule() -> str:
    """How the app finds the room's centre on a map (its own rule, not the deck's)."""
    return QCoreApplication.translate(
        "RoomWords",
        "The app's rule: × is the mean of where the phones put their markers; a phone's latest "
        "answer replaces its earlier one.",
    )
