"""The third attack's reproductions (issue #31): what the app opens it can always save, and a
recovery copy it can always read back."""

from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regionroll_desktop.cli import main
from regionroll_desktop.model import Step, Workshop, limits
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import IdeaSent, OwnAnswer, Question
from regionroll_desktop.model.text import REPLACEMENT, clean, has_visible
from regionroll_desktop.model.workshop import snapshot_bytes
from regionroll_desktop.storage import (
    dump_workshop,
    load_workshop,
    load_workshop_bytes,
    save_workshop,
)
from regionroll_desktop.storage.recovery import RecoveryStore
from regionroll_desktop.storage.workshop_file import WORKSHOP_FORMAT

from ..strategies import workshops

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
from at_limits import workshop_at_fullest

# Every code point, lone surrogates and unassigned ones included; lone surrogates, joiners,
# direction overrides and control characters often.
ANY_TEXT = st.text(
    st.characters(codec=None, exclude_categories=())
    | st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF)
    | st.sampled_from("\u200d\u202e\u2066\x00\x1b\t\n\ufeff👩"),
    max_size=30,
)


def _with_texts(workshop: Workshop) -> dict[str, Any]:
    """The workshop's file as JSON data, with a text in each place a person writes one."""
    w = e.set_note(workshop, Step.STRATEGI, "note")
    w = e.add_action(w, "what", "a1", who="who")
    w = e.add_sticky_note(w, Step.ORGANISATION, "lapp", note_id="n1")
    w = e.park_question(w, "fråga", Step.FINANSIERING, "q1")
    w = e.add_group(w, "grupp", "g1")
    return WORKSHOP_FORMAT.envelope(w)


def _places(data: dict[str, Any]) -> dict[str, tuple[dict[str, Any], str]]:
    ws = data["workshop"]
    return {
        "title": (ws["details"], "title"),
        "participants": (ws["details"], "participants"),
        "note": (ws["strategy"], "note"),
        "action": (ws["outcome"]["actions"][0], "what"),
        "who": (ws["outcome"]["actions"][0], "who"),
        "sticky note": (ws["sticky_notes"][0], "text"),
        "parked": (ws["outcome"]["parked"][0], "text"),
        "group": (ws["details"]["groups"][0], "name"),
    }


@pytest.mark.parametrize(
    "place", ["title", "participants", "note", "action", "who", "sticky note", "parked", "group"]
)
def test_a_lone_surrogate_in_any_text_opens_and_saves(place: str, tmp_path: Path) -> None:
    data = _with_texts(Workshop())
    holder, key = _places(data)[place]
    holder[key] = "före \ud800 efter \udfff"
    path = tmp_path / "w.regionroll.json"
    # As another tool writes it: the JSON escape \ud800, which Python's parser reads.
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="ascii")
    assert b"\\ud800" in path.read_bytes()
    assert main(["validate", str(path)]) == 0
    workshop = load_workshop(path)
    holder, key = _places(WORKSHOP_FORMAT.envelope(workshop))[place]
    assert holder[key] == f"före {REPLACEMENT} efter {REPLACEMENT}"
    save_workshop(workshop, path)  # Ctrl+S
    assert load_workshop(path) == workshop
    store = RecoveryStore(tmp_path / "recovery")
    store.write("r1", workshop, path)  # autosave
    assert store.all()[0].recovery is not None


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workshops(with_snapshots=False), st.lists(ANY_TEXT, min_size=8, max_size=8))
def test_any_unicode_from_a_file_opens_saves_and_opens_the_same(
    workshop: Workshop, texts: list[str]
) -> None:
    data = _with_texts(workshop)
    for (holder, key), text in zip(_places(data).values(), texts, strict=True):
        if key in ("what", "text", "name") and not clean(text):
            text += "x"  # these must not be empty
        holder[key] = text
    loaded = load_workshop_bytes(json.dumps(data, ensure_ascii=True).encode())
    again = load_workshop_bytes(dump_workshop(loaded))
    assert again == loaded
    assert dump_workshop(again) == dump_workshop(loaded)


@settings(max_examples=60, deadline=None)
@given(ANY_TEXT, ANY_TEXT)
def test_any_unicode_typed_saves(title: str, note: str) -> None:
    workshop = e.set_note(e.set_details(Workshop(), title=title), Step.ORGANISATION, note)
    assert load_workshop_bytes(dump_workshop(workshop)) == workshop


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("\u202eAVSLUTAD\u202c, sa Anna", "AVSLUTAD, sa Anna"),
        ("noll\x00byte", "nollbyte"),
        ("a\u200d\u200db", "ab"),
        ("👩\u200d💻 bra", "👩\u200d💻 bra"),
        ("halv \udc80", f"halv {REPLACEMENT}"),
    ],
)
def test_an_idea_and_a_word_are_cleaned_like_every_text(sent: str, kept: str) -> None:
    assert IdeaSent(question=Question.IDEAS, text=sent).text == kept
    word = OwnAnswer(question=Question.OWN, asks="own-1", words=(sent[:30],))
    assert word.words == (clean(sent[:30]).strip(),)


@pytest.mark.parametrize("sent", ["\u200d", "\u200d\u200d ", "\u202e", "\u0301", "\x00 \t"])
def test_an_idea_or_a_word_with_nothing_to_read_is_refused(sent: str) -> None:
    assert not has_visible(clean(sent))
    with pytest.raises(ValueError):
        IdeaSent(question=Question.IDEAS, text=sent)
    with pytest.raises(ValueError):
        OwnAnswer(question=Question.OWN, asks="own-1", words=(sent,))


@pytest.fixture(scope="module")
def fullest() -> Workshop:
    return workshop_at_fullest()


def test_one_state_at_its_fullest_fits_its_share_of_the_file(fullest: Workshop) -> None:
    """Every count at its limit, the room full, every text at full length in four-byte
    characters: the most one state weighs, within what the limits reserve for it."""
    assert len(dump_workshop(fullest)) <= limits.MAX_STATE_BYTES
    store_text = WORKSHOP_FORMAT.dump(fullest)
    assert store_text.count("😀".encode()) > 1_000_000


def test_snapshots_by_edits_stop_before_the_file_passes_its_limit(
    fullest: Workshop, tmp_path: Path
) -> None:
    """The attack: the fullest workshop, snapshot after snapshot, reached 106.7 MB; now a
    snapshot that would pass the snapshots' share is refused in one sentence, and the rest
    of the workshop can still grow to its fullest and be saved, autosaved and read back."""
    w = fullest
    with pytest.raises(e.LimitError) as refused:
        for n in range(limits.MAX_SNAPSHOTS):
            w = e.take_snapshot(w, f"Bild {n}", dt.datetime(2026, 12, 5, 9, n, tzinfo=dt.UTC))
    assert refused.value.what == "snapshot_megabytes"
    assert 3 <= len(w.snapshots) < limits.MAX_SNAPSHOTS
    assert snapshot_bytes(w.snapshots) <= limits.MAX_SNAPSHOT_BYTES
    # Restoring the lightest state and typing back to the fullest stays within the limit.
    w = e.restore_snapshot(w, w.snapshots[0].id)
    path = tmp_path / "full.regionroll.json"
    save_workshop(w, path)
    assert path.stat().st_size <= limits.MAX_FILE_BYTES
    store = RecoveryStore(tmp_path / "recovery")
    written = store.write("r", w, path)
    assert written.stat().st_size <= limits.MAX_FILE_BYTES
    (found,) = store.all()
    assert found.recovery is not None and found.recovery.workshop == w
    # The sizes the edit measured are what the files hold, never less.
    recovery_of_state = store.write("s", w.without_snapshots(), path).stat().st_size
    held = written.stat().st_size - recovery_of_state
    assert held <= snapshot_bytes(w.snapshots) < held + 100 * len(w.snapshots)


def test_a_recovery_copy_larger_than_the_limit_is_still_offered_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file from an older version whose snapshots pass their share can grow past the limit
    after it is opened: Ctrl+S refuses in words, autosave still writes, start-up reads it."""
    from regionroll_desktop.storage import SaveError, SaveProblem, document_format

    w = e.take_snapshot(e.set_note(Workshop(), Step.STRATEGI, "x" * 3000), "a")
    size = len(dump_workshop(w))
    monkeypatch.setattr(document_format, "MAX_FILE_BYTES", size - 100)
    with pytest.raises(SaveError) as refused:
        save_workshop(w, tmp_path / "w.regionroll.json")
    assert refused.value.problem is SaveProblem.TOO_LARGE
    store = RecoveryStore(tmp_path / "recovery")
    store.write("r", w, None)
    (found,) = store.all()
    assert found.recovery is not None and found.recovery.workshop == w


@pytest.mark.skipif(os.name != "posix", reason="names as bytes are a POSIX matter")
def test_a_recovery_finds_a_file_whose_name_is_not_utf8(tmp_path: Path) -> None:
    path = Path(os.fsdecode(os.fsencode(tmp_path) + b"/m\xf6te.regionroll.json"))
    save_workshop(e.new_workshop(title="Möte"), path)
    store = RecoveryStore(tmp_path / "recovery")
    store.write("r", e.new_workshop(title="Möte, ändrad"), path)
    (found,) = store.all()
    assert found.recovery is not None
    assert (
        found.recovery.original
        == f"{os.fsdecode(os.fsencode(tmp_path))}/m{REPLACEMENT}te.regionroll.json"
    )
    assert found.recovery.original_path == path
    assert load_workshop(found.recovery.original_path).details.title == "Möte"


def test_a_text_with_only_printable_characters_is_kept_as_it_is() -> None:
    """The rule's quick way: every character it removes or replaces is one Python does not
    call printable (a control, a format character, a surrogate), so a printable text is
    held as it came without its patterns being run (at the limits, a third of an open)."""
    from regionroll_desktop.model import text as rule

    for code in range(0x110000):
        c = chr(code)
        if c.isprintable():
            assert not rule._INVISIBLE.search(f"a{c}a"), hex(code)
            assert not rule._LONE_SURROGATE.search(c) and not rule._CONTROL.search(c), hex(code)
    assert clean("Åtgärd: ta fram 👩\u200d💻") == "Åtgärd: ta fram 👩\u200d💻"
    assert clean("Dold\u200b text\u202e") == "Dold text"
