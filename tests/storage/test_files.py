import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from regionroll_desktop.model import (
    GROUP_COLOURS,
    ActionStatus,
    AdministrativeBodyKind,
    BodyModel,
    PoliticalBodyKind,
    Step,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.resources import resource
from regionroll_desktop.storage import (
    FileTooLargeError,
    FileUnreadableError,
    ForeignFileError,
    InvalidContentError,
    NewerVersionError,
    NotJsonError,
    SaveError,
    TooDeepError,
    WorkshopFileError,
    dump_workshop,
    load_workshop,
    load_workshop_bytes,
    save_workshop,
    workshop_file,
    workshop_schema,
)

from ..strategies import workshops

FIXTURES = Path(__file__).parent / "fixtures"


@given(workshops())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_round_trip(workshop: Workshop) -> None:
    assert load_workshop_bytes(dump_workshop(workshop)) == workshop


def test_save_then_load(tmp_path: Path) -> None:
    w = e.new_workshop(title="Regionens roll, Sörmland")
    path = tmp_path / "ws.regionroll.json"
    save_workshop(w, path)
    assert load_workshop(path) == w
    assert json.loads(path.read_text("utf-8"))["format"] == "regionroll-workshop"


def test_save_keeps_the_previous_version_as_backup(tmp_path: Path) -> None:
    path = tmp_path / "ws.regionroll.json"
    first = e.new_workshop(title="first")
    save_workshop(first, path)
    save_workshop(e.new_workshop(title="second"), path)
    assert load_workshop(path).details.title == "second"
    assert load_workshop(path.with_name(path.name + ".bak")).details.title == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name, path.name + ".bak"]


def test_failed_write_leaves_the_file_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A write that fails half-way (here: a full disk) never reaches the target."""
    path = tmp_path / "ws.regionroll.json"
    save_workshop(e.new_workshop(title="kept"), path)
    before = path.read_bytes()

    def full_disk(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(SaveError, match="disk is full"):
        save_workshop(e.new_workshop(title="lost"), path)
    monkeypatch.undo()
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


def test_save_into_a_missing_folder_says_so(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder does not exist"):
        save_workshop(Workshop(), tmp_path / "gone" / "ws.regionroll.json")


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\xff", NotJsonError, "not a text file"),
        (b"{not json", NotJsonError, "damaged"),
        (b"", NotJsonError, "damaged"),
        (b'{"a": NaN}', NotJsonError, "damaged"),
        (b'{"a": 1, "a": 2}', NotJsonError, "damaged"),
        (b"[1, 2, 3]", ForeignFileError, "not a workshop file"),
        (b'{"format": "something-else"}', ForeignFileError, "not a workshop file"),
        (b'{"format": "regionroll-workshop"}', InvalidContentError, "which version"),
        (
            b'{"format": "regionroll-workshop", "schema_version": "1"}',
            InvalidContentError,
            "which version",
        ),
        (
            b'{"format": "regionroll-workshop", "schema_version": 99, "workshop": {}}',
            NewerVersionError,
            "newer version",
        ),
        (
            b'{"format": "regionroll-workshop", "schema_version": 1}',
            InvalidContentError,
            "no content",
        ),
        (
            b'{"format": "regionroll-workshop", "schema_version": 1, "workshop": {"keys": 3}}',
            InvalidContentError,
            "not valid",
        ),
        (b"[" * 100_000 + b"]" * 100_000, TooDeepError, "nested"),
        (b"[" * 100 + b"]" * 100, TooDeepError, "nested"),
    ],
)
def test_every_broken_file_gets_its_named_error(
    data: bytes, error: type[WorkshopFileError], words: str
) -> None:
    with pytest.raises(error) as info:
        load_workshop_bytes(data)
    message = str(info.value)
    assert words in message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message


def test_missing_and_huge_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(FileUnreadableError, match="does not exist"):
        load_workshop(tmp_path / "nope.regionroll.json")
    with pytest.raises(FileUnreadableError, match="folder"):
        load_workshop(tmp_path)
    big = tmp_path / "big.json"
    big.write_bytes(b" " * 2048)
    monkeypatch.setattr("regionroll_desktop.storage.jsonio.MAX_FILE_BYTES", 1024)
    from regionroll_desktop.storage import jsonio

    with pytest.raises(FileTooLargeError):
        jsonio.read_bytes(big, limit=1024)


def test_invalid_content_message_points_at_the_problem() -> None:
    data = json.loads(dump_workshop(Workshop()))
    data["workshop"]["financing"]["today"] = {"capital_per_capita": 3, "proactivity": 0}
    with pytest.raises(InvalidContentError, match=r"financing\.today\.capital_per_capita"):
        load_workshop_bytes(json.dumps(data).encode())


def test_migrations_run_step_by_step(monkeypatch: pytest.MonkeyPatch) -> None:
    """A future version 5 would register migrations[4]; the chain 1 → … → 5 must run."""

    def v4_to_v5(doc: dict) -> dict:
        doc["workshop"]["details"]["title"] += " (migrated)"
        return doc

    monkeypatch.setattr(workshop_file.WORKSHOP_FORMAT, "version", 5)
    monkeypatch.setitem(workshop_file.WORKSHOP_FORMAT.migrations, 4, v4_to_v5)
    w = load_workshop(FIXTURES / "workshop-v1.regionroll.json")
    assert w.details.title.endswith("(migrated)")
    assert [g.colour for g in w.details.groups] == list(GROUP_COLOURS[:2])


def test_version_1_fixture_loads_forever() -> None:
    w = load_workshop(FIXTURES / "workshop-v1.regionroll.json")
    assert w.region is not None and w.region.name == "Sörmland"
    assert w.organisation.political_model is not None
    assert len(w.strategy.documents) >= 3 and w.snapshots
    # Version 2 gave groups their colours, in order; markers and timing start empty.
    assert [g.colour for g in w.details.groups] == list(GROUP_COLOURS[:2])
    assert w.financing.groups == () and w.implementation.groups == ()
    assert all(t.spent_seconds == 0 and t.planned_minutes is None for t in w.timing)


def test_version_2_fixture_loads_forever() -> None:
    w = load_workshop(FIXTURES / "workshop-v2.regionroll.json")
    assert [g.name for g in w.details.groups] == ["Grupp A", "Grupp B", "Grupp C"]
    assert len(w.financing.groups) == 3 and len(w.implementation.groups) == 2
    assert w.step_timing(Step.FINANSIERING).planned_minutes == 20
    assert w.step_timing(Step.ORGANISATION).spent_seconds == 1260


def test_version_3_fixture_loads_forever() -> None:
    w = load_workshop(FIXTURES / "workshop-v3.regionroll.json")
    org = w.organisation
    kinds = {b.id: b.kind for b in org.political_bodies}
    assert kinds == {
        "rs": PoliticalBodyKind.REGIONSTYRELSE,
        "hru": PoliticalBodyKind.SHARED_HSV,
        "kn": PoliticalBodyKind.SECTOR,
    }
    assert org.political_model is BodyModel.ONE and org.shared_with_hsv
    assert org.councils_tied_to == "rs" and w.snapshots
    other = w.implementation.other_role
    assert other is not None and (other.name, other.today, other.ambition) == (
        "Kunskapsnoden",
        20,
        None,
    )
    assert w.outcome.conclusion(Step.ORGANISATION).agreed
    (action,) = w.outcome.actions
    assert (action.who, action.due.isoformat() if action.due else None) == ("RS", "2027-01-31")
    assert [(q.text, q.closed) for q in w.outcome.parked] == [("Vad säger kommunerna?", False)]
    assert w.outcome.dots_on("action-rad") == 1 and w.outcome.dots_per_group == 3


def test_version_4_and_5_files_say_agreed_not_decided() -> None:
    """Before version 6 a conclusion the room marked was "decided" and an action's state
    after "proposed" "beslutad"; a workshop only agrees (issue #35): the same meaning, in
    the words of version 6."""
    w = load_workshop(FIXTURES / "workshop-v4.regionroll.json")
    (action,) = w.outcome.actions
    assert action.status is ActionStatus.AGREED
    assert w.outcome.conclusion(Step.ORGANISATION).agreed
    v5 = load_workshop(FIXTURES / "workshop-v5.regionroll.json")
    assert not any(c.agreed for c in v5.outcome.conclusions)


def test_version_6_fixture_loads_forever() -> None:
    w = load_workshop(FIXTURES / "workshop-v6.regionroll.json")
    assert [a.status for a in w.outcome.actions] == [ActionStatus.STARTED, ActionStatus.AGREED]
    assert w.outcome.conclusion(Step.ORGANISATION).agreed
    text = (FIXTURES / "workshop-v6.regionroll.json").read_text("utf-8")
    assert "beslutad" not in text and '"decided"' not in text


def test_version_7_fixture_loads_forever() -> None:
    """Another sector's förvaltning (format 7) holds a branch and is not counted: beside one
    förvaltning for regional development the administrative model is 1, not 2+ (#36)."""
    w = load_workshop(FIXTURES / "workshop-v7.regionroll.json")
    kinds = {b.id: b.kind for b in w.organisation.administrative_bodies}
    assert kinds["forv-k"] is AdministrativeBodyKind.SECTOR
    assert w.organisation.administrative_model is BodyModel.ONE


def test_version_8_fixture_loads_forever() -> None:
    """What the ambition means for us, the groups' sides, the region's own numbers and the
    RUS priorities' two tests (format 8, issue #37)."""
    from regionroll_desktop.model import CONSEQUENCE_STEPS, Side

    w = load_workshop(FIXTURES / "workshop-v8.regionroll.json")
    assert all(w.outcome.consequence(step).text for step in CONSEQUENCE_STEPS)
    assert [g.side for g in w.details.groups] == [Side.ELECTED, Side.OFFICIALS, None]
    numbers = w.financing.numbers
    assert numbers is not None and numbers.controlled == 160.0
    assert numbers.distributed_share == 70 and numbers.source
    tested = {a.text: (a.political, a.samhandling) for a in w.strategy.focus_areas}
    assert tested["Kompetensförsörjning"] == (True, True)
    assert tested["Livsmedel och förädling"] == (False, False)
    (answer,) = w.room.answers  # a phone of the officials', and when its answer arrived
    assert w.room.participants[0].side is Side.OFFICIALS
    assert answer.at is not None and answer.at.isoformat() == "2026-11-27T10:05:30+00:00"


def test_a_version_7_file_reads_as_it_meant() -> None:
    """Nothing of format 8's in a version 7 file: the defaults, and nothing else moved."""
    from regionroll_desktop.model import CONSEQUENCE_STEPS

    w = load_workshop(FIXTURES / "workshop-v7.regionroll.json")
    assert w.financing.numbers is None
    assert all(g.side is None for g in w.details.groups)
    assert not any(w.outcome.consequence(s).text for s in CONSEQUENCE_STEPS)
    assert not any(a.political or a.samhandling for a in w.strategy.focus_areas)


def test_version_9_fixture_loads_forever() -> None:
    """The phones' ideas with their upvotes and what the facilitator made of them, and the
    facilitator's own questions with their answers (format 9, issue #38)."""
    from regionroll_desktop.model import IdeaFate
    from regionroll_desktop.model.room import OwnKind

    w = load_workshop(FIXTURES / "workshop-v9.regionroll.json")
    ideas = {i.id: i for i in w.room.ideas}
    assert ideas["idea-1"].votes == ("p-b",) and ideas["idea-3"].votes == ("p-a",)
    fates = {h.idea: (h.fate, h.into) for h in w.outcome.handled}
    assert fates == {
        "idea-1": (IdeaFate.ACTION, "action-forum"),
        "idea-3": (IdeaFate.MERGED, "idea-2"),
        "idea-4": (IdeaFate.HIDDEN, None),
        "idea-2": (IdeaFate.PARKED, "parked-kompetens-2"),
    }
    assert w.outcome.action("action-forum").what == "Ett årligt RUS-forum med kommunerna"
    kinds = {q.id: q.kind for q in w.own_questions}
    assert kinds == {
        "own-ord": OwnKind.WORDS,
        "own-val": OwnKind.CHOICE,
        "own-skala": OwnKind.SCALE,
    }
    assert [len(w.room.answers_to_own(q)) for q in w.own_questions] == [1, 1, 1]


def test_a_version_8_file_reads_as_it_meant() -> None:
    """Nothing of format 9's in a version 8 file: no ideas, no own questions."""
    w = load_workshop(FIXTURES / "workshop-v8.regionroll.json")
    assert w.room.ideas == () and w.own_questions == () and w.outcome.handled == ()


def test_version_10_fixture_loads_forever() -> None:
    """A follow-up: the previous workshop beside as a marked snapshot, its actions reviewed,
    one carried over (format 10, issue #39)."""
    from regionroll_desktop.model import ReviewVerdict

    w = load_workshop(FIXTURES / "workshop-v10.regionroll.json")
    previous = w.previous
    assert previous is not None and previous.source == "workshop-v9.regionroll.json"
    assert previous.workshop.room.ideas == ()  # no phone's words carried unless chosen
    verdicts = {r.action: (r.verdict, r.carried) for r in w.outcome.reviews}
    assert verdicts["action-plan"] == (ReviewVerdict.ONGOING, "action-igen")
    assert verdicts["action-forum"] == (ReviewVerdict.STRUCK, None)
    assert w.outcome.action("action-igen").what == previous.workshop.outcome.actions[0].what


def test_a_version_9_file_follows_up_none() -> None:
    w = load_workshop(FIXTURES / "workshop-v9.regionroll.json")
    assert w.previous is None and w.outcome.reviews == ()


def test_a_version_11_file_reviews_the_phones_ideas() -> None:
    """The facilitator shows each idea to the room before the phones see it (format 11): an
    idea the room saw before the review began, one shown since, one waiting."""
    w = load_workshop(FIXTURES / "workshop-v11.regionroll.json")
    assert w.outcome.review_ideas and w.outcome.shown_ideas == ("idea-1", "idea-2")
    assert [w.outcome.waiting(i.id) for i in w.room.ideas] == [False, False, True]


def test_a_version_10_file_reviews_no_idea() -> None:
    w = load_workshop(FIXTURES / "workshop-v10.regionroll.json")
    assert not w.outcome.review_ideas and w.outcome.shown_ideas == ()


def test_shipped_schema_matches_the_models() -> None:
    shipped = json.loads(resource("schema", "workshop.schema.json").read_text("utf-8"))
    assert shipped == workshop_schema(), "run: uv run regionroll schema > resources/schema/..."


def test_unwritable_folder_is_reported_even_for_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root ignores folder permissions, so the refusal is simulated where it would occur."""
    path = tmp_path / "ws.regionroll.json"
    save_workshop(e.new_workshop(title="kept"), path)
    before = path.read_bytes()

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(SaveError, match="permission"):
        save_workshop(e.new_workshop(title="lost"), path)
    assert path.read_bytes() == before


def test_the_quick_and_the_careful_reading_agree(tmp_path: Path) -> None:
    """A sound current file is read straight from its bytes; a BOM, an older version or any
    fault takes the careful path. Both give the same workshop."""
    w = load_workshop(FIXTURES / "workshop-v2.regionroll.json")
    data = dump_workshop(w)
    assert json.loads(data) == workshop_file.WORKSHOP_FORMAT.envelope(w)  # the same document
    assert load_workshop_bytes(data) == w
    assert load_workshop_bytes(b"\xef\xbb\xbf" + data) == w  # a BOM some editors add
    duplicated = data.replace(
        b'"title": "Regionens roll', b'"title": "x", "title": "Regionens roll', 1
    )
    with pytest.raises(NotJsonError, match="damaged"):
        load_workshop_bytes(duplicated)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes and groups")
def test_a_save_keeps_the_files_mode_and_group(tmp_path: Path) -> None:
    """A workshop shared with a group on a share stays shared after a save, and so does its
    backup; a new file follows the umask, not the temporary file's private mode."""
    path = tmp_path / "shared.regionroll.json"
    save_workshop(e.new_workshop(title="first"), path)
    umask = os.umask(0o022)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
    groups = [g for g in os.getgroups() if g != path.stat().st_gid]
    if os.geteuid() == 0:
        groups = [4242]  # root may give any group
    group = groups[0] if groups else path.stat().st_gid
    os.chown(path, -1, group)
    path.chmod(0o664)
    save_workshop(e.new_workshop(title="second"), path)
    save_workshop(e.new_workshop(title="third"), path)
    for saved in (path, path.with_name(path.name + ".bak")):
        assert saved.stat().st_mode & 0o777 == 0o664, saved.name
        assert saved.stat().st_gid == group, saved.name


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_is_refused_without_waiting(tmp_path: Path) -> None:
    """A pipe (opened, swapped in for the open file, or remembered as the reference set) is
    refused before a byte is read; nothing waits for a writer that never comes."""
    import threading

    from regionroll_desktop.storage import DiskState, disk_state, load_reference_set

    pipe = tmp_path / "pipe.regionroll.json"
    os.mkfifo(pipe)
    outcomes: list[str] = []

    def attempt() -> None:
        for load in (load_workshop, load_reference_set):
            with pytest.raises(WorkshopFileError) as info:
                load(pipe)
            outcomes.append(str(info.value))
        outcomes.append(disk_state(pipe, "digest").value)

    worker = threading.Thread(target=attempt, daemon=True)
    worker.start()
    worker.join(timeout=20)
    assert not worker.is_alive(), "reading a pipe blocked"
    assert "not a file but a device, a pipe or a socket" in outcomes[0]
    assert outcomes[2] == DiskState.MISSING.value


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_validate_on_the_command_line_does_not_hang_on_a_pipe(tmp_path: Path) -> None:
    import subprocess
    import sys

    pipe = tmp_path / "pipe.regionroll.json"
    os.mkfifo(pipe)
    done = subprocess.run(
        [sys.executable, "-m", "regionroll_desktop", "validate", str(pipe)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1 and "pipe" in done.stdout


def test_reference_set_version_1_fixture_loads_forever() -> None:
    from regionroll_desktop.storage import load_reference_set

    fixture = Path(__file__).parent / "fixtures" / "reference-v1.regionroll-ref.json"
    reference = load_reference_set(fixture)
    assert len(reference.regions) == 21
    assert reference.region("04").administrative_model.value == "2+"
    assert not reference.region("04").strategy_2019.known  # version 1 had none


def test_snapshots_written_once_are_set_into_the_file_as_the_serialiser_writes_them() -> None:
    """The file's text with each snapshot's kept text set in is byte for byte what pydantic
    writes for the whole workshop, in a workshop file and in a recovery file (deeper)."""
    import datetime as dt

    from pydantic_core import to_json

    from regionroll_desktop.model import Step
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.storage.recovery import RECOVERY_FORMAT, Recovery
    from regionroll_desktop.storage.workshop_file import WORKSHOP_FORMAT

    w = e.new_workshop(None, 'Workshop "snapshots": [] och åäö 😀')
    for n in range(3):
        w = e.set_note(w, Step.STRATEGI, f'"snapshots": []\n{n}')
        w = e.take_snapshot(w, f"Bild {n}", dt.datetime(2026, 12, 6, 9, n, tzinfo=dt.UTC))
    for fmt, document in (
        (WORKSHOP_FORMAT, w),
        (RECOVERY_FORMAT, Recovery(saved_at=dt.datetime(2026, 12, 6, tzinfo=dt.UTC), workshop=w)),
    ):
        whole = to_json({**fmt._head(), fmt.payload_key: document}, indent=2) + b"\n"
        assert fmt.dump(document) == whole
        assert fmt.dump(document) == whole  # the kept texts, a second time
        assert fmt.load_bytes(fmt.dump(document)) == document
