"""A workshop with every count at its limit opens, shows every page, takes an edit, saves,
loads and exports; one more of anything is refused in one sentence."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_COUNT
from regionroll_desktop.model import Step, StrategyKind, limits
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import MAX_PARTICIPANTS, MAX_ROOM_ANSWERS, OwnKind
from regionroll_desktop.model.workshop import snapshot_bytes, snapshot_room_answers
from regionroll_desktop.storage import load_workshop, save_workshop
from regionroll_desktop.storage.jsonio import MAX_FILE_BYTES

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from at_limits import workshop_at_limits


@pytest.fixture(scope="module")
def at_limits(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("limits") / "at-limits.regionroll.json"
    save_workshop(workshop_at_limits(), path)
    return path


def test_every_count_is_at_its_limit(at_limits: Path) -> None:
    w = load_workshop(at_limits)
    assert len(w.details.groups) == limits.MAX_GROUPS
    assert len(w.financing.groups) == len(w.implementation.groups) == limits.MAX_GROUP_MARKS
    assert len(w.organisation.political_bodies) == limits.MAX_POLITICAL_BODIES
    assert len(w.organisation.administrative_bodies) == limits.MAX_ADMINISTRATIVE_BODIES
    assert len(w.strategy.documents) == limits.MAX_DOCUMENTS
    assert len(w.strategy.links) == limits.MAX_LINKS
    assert len(w.strategy.focus_areas) == limits.MAX_FOCUS_AREAS
    assert len(w.outcome.actions) == limits.MAX_ACTIONS
    assert len(w.outcome.parked) == limits.MAX_PARKED
    assert len(w.snapshots) == limits.MAX_SNAPSHOTS
    assert len(w.sticky_notes) == limits.MAX_STICKY_NOTES
    assert len(w.room.participants) == MAX_PARTICIPANTS
    assert len(w.room.answers) == MAX_ROOM_ANSWERS
    assert len(w.room.ideas) == limits.MAX_IDEAS == len(w.outcome.handled)
    assert len(w.own_questions) == limits.MAX_OWN_QUESTIONS
    assert snapshot_room_answers(w.snapshots) == limits.MAX_SNAPSHOT_ROOM_ANSWERS
    # All of it, the room in every snapshot too, in a file the app opens, with room to spare.
    assert at_limits.stat().st_size < 0.9 * MAX_FILE_BYTES


def test_one_more_of_anything_is_refused(at_limits: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    w = load_workshop(at_limits)

    def past_their_share() -> None:
        """The snapshots' bytes (tests/storage/test_hostile_round3.py takes them by edits)."""
        fewer = e.delete_snapshot(w, w.snapshots[-1].id)  # one that keeps the room
        monkeypatch.setattr(e, "MAX_SNAPSHOT_BYTES", snapshot_bytes(fewer.snapshots))
        e.take_snapshot(fewer, "one more megabyte")

    first = w.strategy.documents[0].id
    one_more = [
        lambda: e.add_group(w, "one more"),
        lambda: e.add_political_body(w, "one more"),
        lambda: e.add_administrative_body(w, "one more"),
        lambda: e.add_document(w, "one more", StrategyKind.HANDLINGSPLAN),
        lambda: e.add_link(w, first, w.strategy.documents[-1].id),
        lambda: e.add_focus_area(w, "one more"),
        lambda: e.add_action(w, "one more"),
        lambda: e.park_question(w, "one more"),
        lambda: e.take_snapshot(w, "one more"),
        lambda: e.add_sticky_note(w, Step.STRATEGI, "one more"),
        lambda: e.add_own_question(w, "one more", OwnKind.SCALE),
        lambda: e.take_snapshot(e.delete_snapshot(w, w.snapshots[0].id), "one more room"),
        past_their_share,
    ]
    refused = set()
    for attempt in one_more:
        with pytest.raises(e.LimitError) as error:
            attempt()
        refused.add(error.value.what)
    assert refused == set(limits.LIMITED)  # every limit tried


def test_every_limit_is_told_in_the_uis_words(window: MainWindow) -> None:
    """Each limit's refusal is one sentence in Swedish, never the model's English."""
    from regionroll_desktop.ui.messages import describe_edit_error

    for what, limit in limits.LIMITED.items():
        words = describe_edit_error(e.LimitError(what, limit))
        assert words != str(e.LimitError(what, limit)) and f"{limit}" in words, what


def test_the_app_opens_edits_and_exports_it(window: MainWindow, at_limits: Path, tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(at_limits)
    for page in range(1, PAGE_COUNT):
        window.show_page(page)
        for step_page in window.step_pages.values():
            step_page.ensure_canvas()
        QApplication.processEvents()
    doc = window.session.workshop.strategy.documents[-1]
    assert window.session.apply("Title", lambda w: e.update_document(w, doc.id, title="Ny"))
    assert window.session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "Slutet"))
    copy = tmp_path / "copy.regionroll.json"
    window.session.save(copy)
    assert load_workshop(copy).strategy.documents[-1].title == "Ny"

    from regionroll_desktop.export.run import export_all

    out = tmp_path / "export"
    out.mkdir()
    written = export_all(window.session.workshop, window.library, out)
    assert {p.suffix for p in written} == {".png", ".svg", ".pdf", ".csv"}
    assert all(p.stat().st_size > 0 for p in written)
