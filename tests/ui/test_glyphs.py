"""A character no installed font can draw is shown by its name, never as an empty box
(issue #32); what the room wrote is kept as written."""

from __future__ import annotations

from regionroll_desktop.ui.glyphs import drawable, shown


def test_what_no_font_draws_is_named_and_the_rest_is_left_alone(qapp) -> None:  # type: ignore[no-untyped-def]
    text = "Bra 😀 idé \U0001fae0 👩\u200d💻 – åäö"
    out = shown(text)
    assert all(drawable(c) for c in out)  # nothing left that would be a box
    assert out.startswith("Bra ") and out.endswith(" – åäö")
    for char in ("😀", "\U0001fae0", "👩", "💻"):
        assert (char in out) == drawable(char)
    if not drawable("\U0001fae0"):
        assert "[melting face]" in out
    assert shown("Plan 2030") == "Plan 2030"


def test_an_idea_with_an_emoji_no_font_has_shows_its_name_in_the_report(qapp) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.export.pages import Table
    from regionroll_desktop.export.room_section import _ideas, room_words
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.model.room import Idea, Participant, record_idea

    workshop = e.new_workshop()
    idea = Idea(id="idea-1", participant="p-1", text="Smälter \U0001fae0")
    room = record_idea(workshop.room, Participant(id="p-1"), idea)
    table = _ideas(workshop.model_copy(update={"room": room}), room_words(), False)
    assert isinstance(table, Table)
    html = table.markup()
    assert ("\U0001fae0" in html) == drawable("\U0001fae0")
