"""Sticky notes: put on a step's canvas, written, coloured, moved, pinned and taken away."""

from __future__ import annotations

from pathlib import Path

import pytest
from pydantic import ValidationError

from regionroll_desktop.model import ROOM_MARKER, Moment, NotePin, PinKind, Step, StickyNote
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.limits import MAX_STICKY_NOTES
from regionroll_desktop.storage.workshop_file import dump_workshop, load_workshop_bytes

FIXTURES = Path(__file__).resolve().parents[1] / "storage" / "fixtures"
BODY = NotePin(kind=PinKind.BODY, item="rs")


def test_a_note_is_put_written_moved_pinned_and_removed() -> None:
    w = e.add_sticky_note(e.new_workshop(), Step.ORGANISATION, "Vem äger frågan?", note_id="n1")
    (note,) = w.notes_on(Step.ORGANISATION)
    assert (note.text, note.group, note.pin) == ("Vem äger frågan?", None, None)
    assert w.notes_on(Step.STRATEGI) == ()
    w = e.update_sticky_note(w, "n1", text="Vem äger?", x=0.5, y=0.75)
    w = e.update_sticky_note(w, "n1", pin=BODY)
    note = w.sticky_note("n1")
    assert note is not None and (note.text, note.x, note.y, note.pin) == (
        "Vem äger?",
        0.5,
        0.75,
        BODY,
    )
    w = e.remove_sticky_note(w, "n1")
    assert w.sticky_notes == () and w.sticky_note("n1") is None


def test_a_note_takes_a_group_colour_and_goes_neutral_with_its_group() -> None:
    w = e.add_group(e.new_workshop(), "Grupp A", group_id="a")
    w = e.add_sticky_note(w, Step.FINANSIERING, "x", group="a", note_id="n1")
    with pytest.raises(e.EditError, match="no group"):
        e.add_sticky_note(w, Step.FINANSIERING, "y", group="b")
    w = e.remove_group(w, "a")
    note = w.sticky_note("n1")
    assert note is not None and note.group is None and note.text == "x"


@pytest.mark.parametrize(
    ("step", "pin"),
    [
        (Step.FINANSIERING, BODY),
        (Step.ORGANISATION, NotePin(kind=PinKind.CARD, item="d1")),
        (Step.STRATEGI, NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=Moment.TODAY)),
    ],
)
def test_a_note_is_pinned_only_to_an_item_of_its_own_canvas(step: Step, pin: NotePin) -> None:
    with pytest.raises(e.EditError, match="cannot be pinned"):
        e.add_sticky_note(e.new_workshop(), step, "x", pin=pin)


def test_a_marker_pin_names_its_moment_and_only_a_marker_pin_does() -> None:
    with pytest.raises(ValidationError, match="moment"):
        NotePin(kind=PinKind.MARKER, item=ROOM_MARKER)
    with pytest.raises(ValidationError, match="moment"):
        NotePin(kind=PinKind.BODY, item="rs", moment=Moment.TODAY)


def test_a_note_lies_on_its_canvas() -> None:
    with pytest.raises(ValidationError):
        StickyNote(id="n", step=Step.STRATEGI, x=1.2)
    with pytest.raises(e.EditError):
        e.add_sticky_note(e.new_workshop(), Step.STRATEGI, "x", x=-0.1)


def test_the_notes_have_a_limit() -> None:
    w = e.new_workshop()
    for n in range(MAX_STICKY_NOTES):
        w = e.add_sticky_note(w, Step.STRATEGI, str(n), note_id=f"n{n}")
    with pytest.raises(e.LimitError):
        e.add_sticky_note(w, Step.STRATEGI, "one too many")


def test_notes_are_saved_and_read_back() -> None:
    w = e.add_sticky_note(e.new_workshop(), Step.ORGANISATION, "å ä ö", pin=BODY, note_id="n1")
    assert load_workshop_bytes(dump_workshop(w)) == w


def test_version_4_fixture_loads_forever() -> None:
    w = load_workshop_bytes((FIXTURES / "workshop-v4.regionroll.json").read_bytes())
    assert w.details.title == "Format 4: sticky notes"
    pins = {n.id: n.pin for n in w.sticky_notes}
    assert pins == {
        "note-free": None,
        "note-body": NotePin(kind=PinKind.BODY, item="hru"),
        "note-card": NotePin(kind=PinKind.CARD, item="rus"),
        "note-marker": NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=Moment.TODAY),
        "note-empty": None,
    }
    free = w.sticky_note("note-free")
    assert free is not None and (free.group, free.x, free.y) == ("grupp-a", 0.6, 0.1)


def test_older_files_have_no_notes() -> None:
    for version in (1, 2, 3):
        data = (FIXTURES / f"workshop-v{version}.regionroll.json").read_bytes()
        assert load_workshop_bytes(data).sticky_notes == ()
