from regionroll_desktop.model import Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui.session import Session


def test_apply_undo_redo_and_modified(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    seen: list[Workshop] = []
    session.changed.connect(seen.append)
    assert not session.modified
    assert session.apply("Add", lambda w: e.add_political_body(w, "N", "n"))
    assert session.modified and len(session.workshop.organisation.political_bodies) == 2
    session.undo_stack.undo()
    assert session.workshop == Workshop() and not session.modified
    session.undo_stack.redo()
    assert len(session.workshop.organisation.political_bodies) == 2
    assert len(seen) == 3


def test_edits_with_the_same_merge_key_are_one_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    for text in ("R", "RU", "RUS"):
        session.apply("Note", lambda w, t=text: e.set_note(w, Step.STRATEGI, t), "note.s")
    assert session.undo_stack.count() == 1
    assert session.workshop.note(Step.STRATEGI) == "RUS"
    session.undo_stack.undo()
    assert session.workshop.note(Step.STRATEGI) == ""


def test_merging_back_to_the_start_leaves_no_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "x"), "note.s")
    session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, ""), "note.s")
    assert session.undo_stack.count() == 0 and not session.modified


def test_refused_edit_changes_nothing(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    messages: list[str] = []
    session.editFailed.connect(messages.append)
    assert not session.apply("Remove", lambda w: e.remove_body(w, "rs"))
    assert messages and "Regionstyrelsen" in messages[0]
    assert session.undo_stack.count() == 0


def test_no_op_edit_is_not_a_step(qtbot) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    assert not session.apply("Nothing", lambda w: e.set_note(w, Step.STRATEGI, ""))
    assert session.undo_stack.count() == 0


def test_save_marks_clean_and_sets_the_path(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "x"))
    path = tmp_path / "a.regionroll.json"
    with qtbot.waitSignal(session.pathChanged):
        session.save(path)
    assert not session.modified and session.path == path.resolve()
    assert Session.open(path).workshop == session.workshop


def test_typing_keeps_one_command_alive(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Each keystroke folds into the step on top; no command is made and dropped per key."""
    import weakref

    from regionroll_desktop.ui import session as session_module

    made: list[weakref.ref[session_module.StateCommand]] = []
    original = session_module.StateCommand.__init__

    def counting(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        original(self, *args, **kwargs)
        made.append(weakref.ref(self))

    session = Session()
    session_module.StateCommand.__init__ = counting  # type: ignore[method-assign]
    try:
        for n in range(1, 400):
            session.apply("Note", lambda w, n=n: e.set_note(w, Step.STRATEGI, "x" * n), "note.s")
    finally:
        session_module.StateCommand.__init__ = original  # type: ignore[method-assign]
    # A command dropped is freed by its count of references (the suite runs without the
    # cyclic collector, tests/conftest.py); one PySide kept alive would still be counted.
    assert session.undo_stack.count() == 1
    assert sum(ref() is not None for ref in made) == 1


def test_a_merge_stops_at_the_saved_state(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session = Session()
    session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "a"), "note.s")
    session.save(tmp_path / "w.regionroll.json")
    session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "ab"), "note.s")
    assert session.undo_stack.count() == 2 and session.modified
    session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "a"), "note.s")
    assert session.undo_stack.count() == 1 and not session.modified


def test_the_oldest_steps_go_beyond_the_limit(qtbot) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.ui.session import UNDO_LIMIT

    session = Session()
    for n in range(UNDO_LIMIT + 20):
        session.apply("Note", lambda w, n=n: e.set_note(w, Step.STRATEGI, str(n)))
    assert session.undo_stack.count() == UNDO_LIMIT
    assert session.workshop.note(Step.STRATEGI) == str(UNDO_LIMIT + 19)
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert session.workshop.note(Step.STRATEGI) == "19" and session.modified


def test_what_the_room_said_is_kept_apart_from_undo(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An answer from a phone marks the workshop unsaved without an undo step, and undoing
    the facilitator's edits never takes back what the room said; it is saved."""
    from regionroll_desktop.model.room import MatrixAnswer, Participant, RoomRecord, record_answer

    s = Session(e.new_workshop())
    seen: list[object] = []
    s.changed.connect(seen.append)
    s.apply("Titel", lambda w: e.set_details(w, title="Före"))
    answer = MatrixAnswer.model_validate(
        {"question": "matrix.today", "position": {"capital_per_capita": 0.3, "proactivity": 0.1}}
    )
    room = record_answer(RoomRecord(), Participant(id="p-1"), answer)
    s.record_room(room)
    assert s.workshop.room == room and s.modified and seen[-1] is s.workshop
    assert s.undo_stack.count() == 1  # no step of its own
    s.undo_stack.undo()
    assert s.workshop.details.title != "Före" and s.workshop.room == room
    s.undo_stack.redo()
    assert s.workshop.room == room
    s.save(tmp_path / "ws.regionroll.json")
    assert not s.modified
    assert Session.open(tmp_path / "ws.regionroll.json").workshop.room == room
