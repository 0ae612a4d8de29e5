"""What changed between two states, each kind of change, and the similarity ranking."""

from __future__ import annotations

from regionroll_desktop.analysis.compare import ChangeKind, similarity, what_changed
from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.model import (
    BodyModel,
    Branch,
    FocusTier,
    Key,
    MatrixPosition,
    Moment,
    MunicipalInvolvement,
    RegionChoice,
    Role,
    Step,
    StrategyKind,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.presets import administrative_preset
from regionroll_desktop.model.room import (
    MATRIX_QUESTIONS,
    Idea,
    MatrixAnswer,
    Participant,
    RoomRecord,
    record_answer,
    record_idea,
)
from regionroll_desktop.reference import Fact, ReferenceRegion, ReferenceSet
from regionroll_desktop.storage import shipped_reference_set


def kinds(a: Workshop, b: Workshop) -> list[ChangeKind]:
    return [c.kind for c in what_changed(a, b)]


def test_no_change() -> None:
    assert what_changed(Workshop(), Workshop()) == []


def test_region_change() -> None:
    a = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    b = e.set_region(a, RegionChoice(name="Mälardalen"))
    (change,) = what_changed(a, b)
    assert (change.kind, change.before, change.after) == (
        ChangeKind.REGION,
        "Sörmland",
        "Mälardalen",
    )


def test_organisation_changes() -> None:
    a = e.add_political_body(Workshop(), "RUN", "run")
    b = e.rename_body(a, "run", "Regionala utvecklingsnämnden")
    b = e.add_political_body(b, "Kulturnämnden", "kn")
    b = e.place_branch(b, Branch.KULTUR, "political", "kn")
    b = e.set_outside_remit(b, Branch.FOLKHALSA, True)
    b = e.set_municipal_involvement(b, MunicipalInvolvement.COUNCILS)
    changes = what_changed(a, b)
    found = {c.kind for c in changes}
    assert {
        ChangeKind.BODY_ADDED,
        ChangeKind.BODY_RENAMED,
        ChangeKind.BRANCH_MOVED,
        ChangeKind.REMIT,
        ChangeKind.MODEL,
        ChangeKind.MUNICIPAL,
    } <= found
    moved = next(c for c in changes if c.kind is ChangeKind.BRANCH_MOVED)
    assert (moved.subject, moved.before, moved.after) == ("kultur", None, "Kulturnämnden")
    model = next(c for c in changes if c.kind is ChangeKind.MODEL)
    assert (model.before, model.after) == (None, BodyModel.ONE)
    assert ChangeKind.BODY_REMOVED in kinds(b, a)


def test_matrix_roles_keys_and_notes() -> None:
    a = e.set_role_weights(Workshop(), "today", weights_at(0, 0))
    b = e.set_matrix_position(a, "today", MatrixPosition(capital_per_capita=0.2, proactivity=0))
    b = e.set_role_weights(b, "today", weights_at(1, 1))
    b = e.set_key(b, Key.ROLL, score=4)
    b = e.set_note(b, Step.STRATEGI, "ny")
    changes = what_changed(a, b)
    found = {c.kind for c in changes}
    assert {
        ChangeKind.MARKER,
        ChangeKind.MAIN_ROLE,
        ChangeKind.WEIGHT,
        ChangeKind.KEY_SCORE,
        ChangeKind.NOTE,
    } <= found
    up = [c for c in changes if c.kind is ChangeKind.WEIGHT and c.subject == "kapacitetsbyggaren"]
    assert up and up[0].after > up[0].before
    main = next(c for c in changes if c.kind is ChangeKind.MAIN_ROLE)
    assert (main.before, main.after) == (Role.FINANSIAREN, Role.KAPACITETSBYGGAREN)


def test_strategy_changes() -> None:
    a = e.add_document(Workshop(), "RUS", StrategyKind.RUS, doc_id="rus")
    a = e.add_document(a, "Plan", StrategyKind.PLAN, doc_id="p")
    a = e.add_focus_area(a, "Innovation", None, "f")
    b = e.add_link(a, "p", "rus")
    b = e.update_document(b, "p", title="Regionplan")
    b = e.add_document(b, "HP", StrategyKind.HANDLINGSPLAN, doc_id="hp")
    b = e.update_focus_area(b, "f", tier=FocusTier.SPETS)
    found = kinds(a, b)
    assert {
        ChangeKind.LINK_ADDED,
        ChangeKind.DOC_CHANGED,
        ChangeKind.DOC_ADDED,
        ChangeKind.FOCUS,
    } <= set(found)
    back = kinds(b, a)
    assert ChangeKind.LINK_REMOVED in back and ChangeKind.DOC_REMOVED in back


def test_similarity_ranks_by_the_stated_rule() -> None:
    ref = shipped_reference_set()
    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    assert similarity(w, ref)[0].compared == ("population_2019",)  # nothing else known yet
    w = administrative_preset(w, BodyModel.ONE)
    ranked = similarity(w, ref)
    assert all(r.region.code != "04" for r in ranked)
    assert all(set(r.compared) == {"administrative_model", "population_2019"} for r in ranked)
    # No workshop has placed the shipped regions: no likeness, the regions by name.
    assert all(r.score is None for r in ranked)
    names = [r.region.name for r in ranked]
    assert names == sorted(names)


def test_similarity_uses_matrix_positions_when_known() -> None:
    overlay = ReferenceSet(
        name="test",
        sources=({"id": "t", "title": "Test"},),
        regions=(
            ReferenceRegion(
                code="10",
                name="Blekinge",
                matrix_position=Fact[MatrixPosition](
                    value=MatrixPosition(capital_per_capita=0.5, proactivity=0.5), source="t"
                ),
            ),
        ),
    )
    ref = shipped_reference_set().merged_with(overlay)
    w = e.set_matrix_position(
        Workshop(), "today", MatrixPosition(capital_per_capita=0.5, proactivity=0.5)
    )
    # One attribute known on both sides is too little for a likeness: it is not given.
    only_matrix = similarity(w, ref)
    blekinge = next(r for r in only_matrix if r.region.name == "Blekinge")
    assert blekinge.compared == ("matrix_position",) and blekinge.score is None
    model = ref.region("10").administrative_model.value
    assert model is not None
    w = administrative_preset(w, model)
    ranked = similarity(w, ref)
    assert ranked[0].region.name == "Blekinge" and ranked[0].score == 1.0
    assert set(ranked[0].compared) == {"matrix_position", "administrative_model"}


def test_a_region_of_its_own_gets_no_likeness_from_one_fact() -> None:
    """A region of its own with only its administrative model: no region is "100 % alike"."""
    w = administrative_preset(e.new_workshop(RegionChoice(name="Egen region")), BodyModel.ONE)
    ranked = similarity(w, shipped_reference_set())
    assert ranked and all(r.score is None for r in ranked)
    assert all(r.compared == ("administrative_model",) for r in ranked)


def test_groups_markers_are_compared() -> None:
    from regionroll_desktop.analysis.roles import weights_at
    from regionroll_desktop.model import MatrixPosition

    a = e.add_group(e.add_group(e.new_workshop(title="t"), "Grupp A", "ga"), "Grupp B", "gb")
    a = e.set_group_position(
        a, "ga", "today", MatrixPosition(capital_per_capita=0.1, proactivity=0.1)
    )
    a = e.set_group_roles(a, "gb", "today", weights_at(0.1, 0.1))
    b = e.set_group_position(
        a, "ga", "today", MatrixPosition(capital_per_capita=0.5, proactivity=0.1)
    )
    b = e.set_group_position(
        b, "gb", "ambition", MatrixPosition(capital_per_capita=0.5, proactivity=0.5)
    )
    b = e.set_group_roles(b, "gb", "today", weights_at(0.9, 0.9))
    found = [(c.kind, c.subject, c.detail.get("moment")) for c in what_changed(a, b)]
    assert (ChangeKind.GROUP_MARKER, "Grupp A", "today") in found
    assert (ChangeKind.GROUP_MARKER, "Grupp B", "ambition") in found
    assert (ChangeKind.GROUP_ROLES, "Grupp B", "today") in found


def test_conclusions_and_actions_are_compared() -> None:
    from regionroll_desktop.model import ActionStatus

    a = e.add_action(Workshop(), "Utred", "a1")
    b = e.set_conclusion(a, Step.STRATEGI, text="Koppla", agreed=True)
    b = e.update_action(b, "a1", status=ActionStatus.AGREED)
    b = e.add_action(b, "Ny", "a2")
    kinds = [c.kind for c in what_changed(a, b)]
    assert kinds == [ChangeKind.CONCLUSION, ChangeKind.ACTION_CHANGED, ChangeKind.ACTION_ADDED]
    assert [c.kind for c in what_changed(b, a)][-1] is ChangeKind.ACTION_REMOVED


def test_a_tie_is_told_apart_from_not_placed() -> None:
    from regionroll_desktop.analysis.compare import TIED

    placed = e.set_role_weights(Workshop(), "today", weights_at(0.9, 0.9))
    tie = e.set_role_weights(Workshop(), "today", weights_at(0.5, 0.5))
    (change,) = [c for c in what_changed(placed, tie) if c.kind is ChangeKind.MAIN_ROLE]
    assert change.after == TIED
    (change,) = [c for c in what_changed(Workshop(), tie) if c.kind is ChangeKind.MAIN_ROLE]
    assert (change.before, change.after) == (None, TIED)


def test_sticky_notes_are_compared() -> None:
    from regionroll_desktop.analysis.compare import NoteChange, pinned_item
    from regionroll_desktop.model import ROOM_MARKER, Moment, NotePin, PinKind

    a = e.add_group(e.new_workshop(), "Grupp A", group_id="a")
    a = e.add_sticky_note(a, Step.ORGANISATION, "Vem äger?", note_id="n1")
    a = e.add_sticky_note(a, Step.STRATEGI, "Bort", note_id="n2")
    body = NotePin(kind=PinKind.BODY, item="rs")
    b = e.update_sticky_note(a, "n1", text="Vem äger frågan?", pin=body, group="a", x=0.9)
    b = e.remove_sticky_note(b, "n2")
    b = e.add_sticky_note(b, Step.FINANSIERING, "Ny", note_id="n3")
    notes = [c for c in what_changed(a, b) if c.kind is ChangeKind.STICKY_NOTE]
    assert [(c.step, c.subject, c.detail["what"]) for c in notes] == [
        (Step.ORGANISATION, "Vem äger frågan?", NoteChange.REWRITTEN),
        (Step.ORGANISATION, "Vem äger frågan?", NoteChange.PINNED),
        (Step.ORGANISATION, "Vem äger frågan?", NoteChange.RECOLOURED),
        (Step.FINANSIERING, "Ny", NoteChange.ADDED),
        (Step.STRATEGI, "Bort", NoteChange.REMOVED),
    ]
    assert notes[1].detail["item"] == "Regionstyrelsen" and notes[2].detail["group"] == "Grupp A"
    # Moving a free note about is not a change worth words.
    assert what_changed(b, e.update_sticky_note(b, "n3", x=0.7, y=0.2)) == []
    marker = NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=Moment.TODAY)
    assert pinned_item(b, marker) == ROOM_MARKER
    assert pinned_item(b, NotePin(kind=PinKind.CARD, item="gone")) is None


def test_the_rooms_answers_are_compared_by_count_and_change() -> None:
    """How many phones answered each question before and after, and how many changed their
    answer (never who); an idea sent is a new one; the same room is no change."""

    def at(x: float) -> MatrixAnswer:
        position = MatrixPosition(capital_per_capita=0.0, proactivity=x)
        return MatrixAnswer(question=MATRIX_QUESTIONS[Moment.TODAY], position=position)

    one, two, three = (Participant(id=f"p{n}") for n in range(3))
    room = record_answer(record_answer(RoomRecord(), one, at(0.1)), two, at(0.2))
    a = Workshop().model_copy(update={"room": room})
    assert what_changed(a, a) == []
    later = record_answer(record_answer(room, two, at(-0.5)), three, at(0.3))
    later = record_idea(later, one, Idea(id="idea-1", participant="p0", text="Vem bär frågan?"))
    b = Workshop().model_copy(update={"room": later})
    changes = [c for c in what_changed(a, b) if c.kind is ChangeKind.ROOM_ANSWERS]
    matrix, comment = changes
    assert (matrix.step, matrix.subject, matrix.before, matrix.after) == (
        Step.FINANSIERING,
        "matrix.today",
        2,
        3,
    )
    assert matrix.detail == {"changed": 1}  # the second phone moved; the third is new
    assert (comment.step, comment.subject, comment.before, comment.after) == (
        None,
        "ideas",
        0,
        1,
    )
    moved_back = Workshop().model_copy(update={"room": record_answer(room, two, at(0.25))})
    (same_count,) = what_changed(a, moved_back)
    assert (same_count.before, same_count.after, same_count.detail) == (2, 2, {"changed": 1})


def test_no_likeness_from_the_organisation_and_the_population_alone() -> None:
    """Issue #36: with the shipped data, Halland's likeness to Uppsala was mostly their
    populations. A likeness needs a workshop's placing (matrix or roles) on both sides."""
    w = e.new_workshop(RegionChoice(code="13", name="Halland"))
    w = administrative_preset(w, BodyModel.ZERO)
    ranked = similarity(w, shipped_reference_set())
    assert ranked and all(r.score is None for r in ranked)
    assert any(set(r.compared) == {"administrative_model", "population_2019"} for r in ranked)


def test_what_changed_names_the_consequences_numbers_and_priority_tests() -> None:
    """Format 8's parts of a workshop in "what changed" (issue #37)."""
    from regionroll_desktop.model import CapitalNumbers, FocusTier, Language, Step, Workshop
    from regionroll_desktop.model import edits as ed
    from regionroll_desktop.ui.change_words import describe_change
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)
    before = ed.add_focus_area(Workshop(), "Kompetens", FocusTier.KARNA, "k")
    after = ed.set_consequence(before, Step.STRATEGI, "RUS:en först")
    after = ed.set_capital_numbers(after, CapitalNumbers(anslag=10.0))
    after = ed.update_focus_area(after, "k", political=True)
    words = [describe_change(c) for c in what_changed(before, after)]
    assert "Strategi: vad ambitionen betyder för oss ändrades" in words
    assert "Finansiering: regionens egna siffror angavs" in words
    assert "Strategi: prioriteringen Kompetens: underlagets test – → politisk prioritering" in words
