"""A noun after a count: singular after one, plural after any other number, in Swedish and
English alike ("1 lappar", "1 mobiler deltog" and "Exporterade 1 filer" were said)."""

from __future__ import annotations

import pytest

from regionroll_desktop.model import Language
from regionroll_desktop.model.room import Participant, RoomRecord
from regionroll_desktop.model.text import one_or_many
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.room_words import how_the_room_answered


def test_one_or_many() -> None:
    assert [one_or_many(n, "{n} lapp", "{n} lappar").format(n=n) for n in (0, 1, 2, 21)] == [
        "0 lappar",
        "1 lapp",
        "2 lappar",
        "21 lappar",
    ]


@pytest.mark.parametrize(
    ("lang", "nickname", "one", "two"),
    [
        (Language.SV, "Anna", "1 mobil deltog, med smeknamn.", "2 mobiler deltog; deltagarna"),
        (Language.SV, "", "1 mobil deltog, anonymt.", "2 mobiler deltog; deltagarna"),
        (Language.EN, "Anna", "1 phone took part, with a nickname.", "2 phones took part;"),
    ],
)
def test_how_many_phones_took_part(
    qapp: object, lang: Language, nickname: str, one: str, two: str
) -> None:
    set_language(lang)
    try:
        people = [
            Participant(id=f"p{n}", nickname=f"{nickname}{n}" if nickname else "") for n in range(2)
        ]
        assert how_the_room_answered(RoomRecord(participants=(people[0],))) == one
        assert how_the_room_answered(RoomRecord(participants=tuple(people))).startswith(two)
    finally:
        set_language(Language.SV)
