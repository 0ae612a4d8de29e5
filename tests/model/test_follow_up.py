"""A follow-up workshop (issue #39): it starts from the last one's region, organisation and
strategy, keeps the last one beside as it was left, reviews its actions and carries the
unfinished ones over; no participant's name or note is carried unless chosen, and the
previous workshop is never changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from regionroll_desktop.model import ActionStatus, ReviewVerdict, Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import Participant, RoomRecord
from regionroll_desktop.storage import load_workshop
from regionroll_desktop.storage.workshop_file import dump_workshop, load_workshop_bytes

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
HELD = dt.datetime(2026, 11, 27, 9, 0, tzinfo=dt.UTC)


def _previous() -> Workshop:
    w = load_workshop(SAMPLE)
    w = e.set_details(w, participants="Anna Andersson, Bo Berg")
    w = e.set_note(w, Step.STRATEGI, "Bo tyckte att RUS:en var för lång.")
    room = RoomRecord(participants=(Participant(id="p-1", nickname="Anna"),))
    return w.model_copy(update={"room": room})


def test_a_follow_up_starts_from_what_was_left_and_keeps_the_last_one_beside() -> None:
    before = _previous()
    w = e.follow_up(
        before, "Förra workshoppen", HELD, "exempel.regionroll.json", on=dt.date(2027, 11, 20)
    )
    assert w.region == before.region and w.details.date == dt.date(2027, 11, 20)
    assert w.organisation.political_bodies == before.organisation.political_bodies
    assert w.strategy.documents == before.strategy.documents
    # What the room places and agrees, it places and agrees anew.
    assert w.financing.today is None and w.implementation.ambition is None
    assert w.financing.numbers == before.financing.numbers  # facts with their year, kept
    assert w.outcome.actions == () and not any(c.text for c in w.outcome.conclusions)
    (then,) = w.snapshots
    assert then.previous and w.previous is then and then.source == "exempel.regionroll.json"
    assert then.taken_at == HELD and then.workshop.financing.today == before.financing.today
    assert then.workshop.snapshots == ()  # as it was left, without its own snapshots
    # Its actions to review, those it marked done already done; its open questions parked.
    assert [r.action for r in w.outcome.reviews] == [a.id for a in before.outcome.actions]
    done = {a.id for a in before.outcome.actions if a.status is ActionStatus.DONE}
    assert {r.action for r in w.outcome.reviews if r.verdict is ReviewVerdict.DONE} == done
    assert [q.text for q in w.outcome.parked] == [
        q.text for q in before.outcome.parked if not q.closed
    ]
    assert load_workshop_bytes(dump_workshop(w)) == w  # it saves and reads back


def test_no_name_or_note_is_carried_unless_chosen() -> None:
    before = _previous()
    w = e.follow_up(before, "Förra", HELD)
    for state in (w, w.snapshots[0].workshop):
        assert state.details.participants == ""
        assert state.strategy.note == "" and state.room == RoomRecord()
        assert state.sticky_notes == ()
    kept = e.follow_up(before, "Förra", HELD, keep_words=True)
    assert kept.details.participants == "Anna Andersson, Bo Berg"
    assert kept.snapshots[0].workshop.room.participants[0].nickname == "Anna"
    assert before == _previous()  # the previous workshop is never changed


def test_the_last_actions_are_reviewed_and_carried_over_in_one_step_each() -> None:
    before = _previous()
    first = before.outcome.actions[0]
    w = e.follow_up(before, "Förra", HELD)
    w = e.review_action(w, first.id, verdict=ReviewVerdict.ONGOING, note="Halvvägs")
    w = e.carry_action(w, first.id, carried_id="action-again")
    review = w.outcome.review(first.id)
    assert review is not None and review.verdict is ReviewVerdict.ONGOING
    assert review.note == "Halvvägs" and review.carried == "action-again"
    again = w.outcome.action("action-again")
    assert (again.what, again.who, again.status) == (first.what, first.who, ActionStatus.PROPOSED)
    with pytest.raises(e.EditError, match="carried over already"):
        e.carry_action(w, first.id)
    with pytest.raises(e.EditError, match="no action"):
        e.review_action(w, "action-nowhere", verdict=ReviewVerdict.DONE)
    # The order of the review is the previous workshop's, whatever is reviewed first.
    last = before.outcome.actions[-1]
    w = e.review_action(w, last.id, verdict=ReviewVerdict.STRUCK)
    assert [r.action for r in w.outcome.reviews] == [a.id for a in before.outcome.actions]
