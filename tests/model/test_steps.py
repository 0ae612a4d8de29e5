import datetime as dt

import pytest
from pydantic import ValidationError

from regionroll_desktop.model import (
    Branch,
    FocusTier,
    Key,
    MatrixPosition,
    Moment,
    OtherRole,
    Role,
    RoleWeights,
    Step,
    StrategyKind,
    Workshop,
)
from regionroll_desktop.model import edits as e


def test_matrix_positions_are_optional_and_bounded() -> None:
    w = e.set_matrix_position(
        Workshop(), "today", MatrixPosition(capital_per_capita=0.5, proactivity=-0.25)
    )
    assert w.financing.today == MatrixPosition(capital_per_capita=0.5, proactivity=-0.25)
    assert w.financing.ambition is None
    with pytest.raises(ValidationError):
        MatrixPosition(capital_per_capita=1.5, proactivity=0)
    with pytest.raises(ValidationError):
        MatrixPosition(capital_per_capita=float("nan"), proactivity=0)
    assert e.set_matrix_position(w, "today", None).financing.today is None


def test_strategy_documents_links_and_levels() -> None:
    w = e.add_document(Workshop(), "RUS Sörmland 2030", StrategyKind.RUS, 2019, doc_id="rus")
    w = e.add_document(
        w,
        "Smart specialisering",
        StrategyKind.DELOMRADESSTRATEGI,
        branches=(Branch.KULTUR, Branch.NARINGSLIV),
        doc_id="s3",
    )
    assert w.strategy.document("s3").branches == (Branch.NARINGSLIV, Branch.KULTUR)
    assert StrategyKind.RUS.level == 1 and StrategyKind.HANDLINGSPLAN.level == 3
    w = e.add_link(w, "s3", "rus")
    with pytest.raises(e.EditError):
        e.add_link(w, "s3", "rus")  # the same link twice
    with pytest.raises(e.EditError):
        e.add_link(w, "s3", "s3")
    with pytest.raises(e.EditError):
        e.add_link(w, "s3", "ghost")
    w = e.update_document(w, "s3", title="S3", kind=StrategyKind.PLAN)
    assert w.strategy.document("s3").kind is StrategyKind.PLAN
    removed = e.remove_document(w, "rus")
    assert removed.strategy.links == ()
    assert e.remove_link(w, "s3", "rus").strategy.links == ()
    with pytest.raises(e.EditError):
        e.remove_link(removed, "s3", "rus")


def test_cycles_are_allowed_in_the_document_so_diagnostics_can_show_them() -> None:
    w = e.add_document(Workshop(), "A", StrategyKind.PLAN, doc_id="a")
    w = e.add_document(w, "B", StrategyKind.PLAN, doc_id="b")
    w = e.add_link(e.add_link(w, "a", "b"), "b", "a")
    assert len(w.strategy.links) == 2


def test_focus_areas() -> None:
    w = e.add_focus_area(Workshop(), "Kompetensförsörjning", area_id="f1")
    w = e.update_focus_area(w, "f1", tier=FocusTier.SPETS)
    assert w.strategy.focus_areas[0].tier is FocusTier.SPETS
    assert e.remove_focus_area(w, "f1").strategy.focus_areas == ()
    with pytest.raises(e.EditError):
        e.update_focus_area(w, "nope", tier=None)


def test_role_weights_normalise_and_name_the_main_role() -> None:
    weights = RoleWeights.from_values(
        {Role.FINANSIAREN: 50, Role.NATVERKAREN: 30, Role.KAPACITETSBYGGAREN: 20}
    )
    assert weights.main_role is Role.FINANSIAREN
    assert weights.utforaren == 0
    with pytest.raises(ValueError):
        RoleWeights.from_values({})
    with pytest.raises(ValidationError):
        RoleWeights(finansiaren=0.5, utforaren=0.5, natverkaren=0.5, kapacitetsbyggaren=0)
    w = e.set_role_weights(Workshop(), "ambition", weights)
    assert w.implementation.ambition == weights


def test_keys_notes_and_details() -> None:
    w = e.set_key(Workshop(), Key.ROLL, score=4, note="Vi investerar i andra")
    assert w.key(Key.ROLL).score == 4
    w = e.set_key(w, Key.ROLL, note="Ny")
    assert w.key(Key.ROLL).score == 4 and w.key(Key.ROLL).note == "Ny"
    with pytest.raises(e.EditError):
        e.set_key(w, Key.ROLL, score=6)
    w = e.set_note(w, Step.STRATEGI, "RUS:en är för bred")
    assert w.note(Step.STRATEGI) == "RUS:en är för bred"
    w = e.set_details(w, title="Workshop", date=dt.date(2026, 11, 27))
    assert w.details.date == dt.date(2026, 11, 27)
    with pytest.raises(e.EditError):
        e.set_details(w, colour="red")


def test_snapshots_restore_and_keep_the_list() -> None:
    at = dt.datetime(2026, 11, 27, 10, tzinfo=dt.UTC)
    w = e.set_note(Workshop(), Step.ORGANISATION, "före")
    w = e.take_snapshot(w, "Före paus", at, "s1")
    w = e.set_note(w, Step.ORGANISATION, "efter")
    assert w.snapshots[0].workshop.note(Step.ORGANISATION) == "före"
    restored = e.restore_snapshot(w, "s1")
    assert restored.note(Step.ORGANISATION) == "före"
    assert restored.snapshots == w.snapshots
    w = e.rename_snapshot(w, "s1", "Grupp A")
    assert w.snapshots[0].name == "Grupp A"
    assert e.delete_snapshot(w, "s1").snapshots == ()
    with pytest.raises(e.EditError):
        e.restore_snapshot(w, "nope")
    with pytest.raises(ValidationError):
        e.take_snapshot(w, "naive", dt.datetime(2026, 1, 1))


def test_place_document_changes_level_and_order() -> None:
    w = Workshop()
    for i, kind in enumerate(
        [StrategyKind.RUS, StrategyKind.PLAN, StrategyKind.PLAN, StrategyKind.HANDLINGSPLAN]
    ):
        w = e.add_document(w, f"d{i}", kind, doc_id=f"d{i}")
    w = e.place_document(w, "d3", StrategyKind.DELOMRADESSTRATEGI, 1)
    level2 = [d.id for d in w.strategy.documents if d.kind.level == 2]
    assert level2 == ["d1", "d3", "d2"]
    w = e.place_document(w, "d1", StrategyKind.PLAN, 99)
    assert [d.id for d in w.strategy.documents if d.kind.level == 2] == ["d3", "d2", "d1"]
    w = e.place_document(w, "d2", StrategyKind.HANDLINGSPLAN, 0)
    assert w.strategy.document("d2").kind is StrategyKind.HANDLINGSPLAN
    with pytest.raises(e.EditError):
        e.place_document(w, "nope", StrategyKind.RUS, 0)


def test_a_tie_gives_no_main_role_and_percentages_add_up_to_100() -> None:
    middle = RoleWeights.from_values(dict.fromkeys(Role, 1.0))
    assert middle.main_role is None  # a quarter each: no role is the main one
    assert middle.percentages() == dict.fromkeys(Role, 25)
    thirds = RoleWeights.from_values(
        {Role.FINANSIAREN: 1, Role.UTFORAREN: 1, Role.NATVERKAREN: 1, Role.KAPACITETSBYGGAREN: 0}
    )
    assert sum(thirds.percentages().values()) == 100  # 34 + 33 + 33, not 33 × 3 = 99
    assert thirds.main_role is None  # three weigh the same, whatever the rounding shows
    two = RoleWeights.from_values(
        {Role.FINANSIAREN: 2, Role.UTFORAREN: 2, Role.NATVERKAREN: 1, Role.KAPACITETSBYGGAREN: 0}
    )
    assert two.main_role is None
    for values in ((1, 2, 3, 4), (5, 5, 5, 6), (0.1, 0.2, 0.3, 0.4), (7, 0, 0, 0)):
        weights = RoleWeights.from_values(dict(zip(Role, values, strict=True)))
        assert sum(weights.percentages().values()) == 100


def test_another_role_is_named_and_its_shares_are_whole_percentages() -> None:
    w = e.set_other_role(Workshop(), OtherRole(name="Kunskapsnoden", today=20))
    other = w.implementation.other_role
    assert other is not None and other.at(Moment.TODAY) == 20 and other.at(Moment.AMBITION) is None
    for bad in ({"name": ""}, {"name": "x", "today": 101}, {"name": "x", "ambition": -1}):
        with pytest.raises(ValidationError):
            OtherRole.model_validate(bad)
    assert e.set_other_role(w, None).implementation.other_role is None


def test_conclusions_and_actions() -> None:
    import datetime as dt

    from regionroll_desktop.model import ActionStatus

    w = e.set_conclusion(Workshop(), Step.STRATEGI, text="Koppla planerna", agreed=True)
    assert w.outcome.conclusion(Step.STRATEGI).agreed and not w.outcome.is_empty
    w = e.add_action(w, "A", "a1", who="RS", due=dt.date(2027, 1, 31))
    w = e.add_action(w, "B", "b1", step=Step.STRATEGI)
    w = e.move_action(w, "b1", 0)
    assert [a.id for a in w.outcome.actions] == ["b1", "a1"]
    w = e.move_action(w, "b1", 99)  # clamped to the end
    assert [a.id for a in w.outcome.actions] == ["a1", "b1"]
    w = e.update_action(w, "a1", status=ActionStatus.DONE)
    assert w.outcome.action("a1").status is ActionStatus.DONE
    with pytest.raises(e.EditError):
        e.update_action(w, "nobody", what="x")
    with pytest.raises(ValidationError):
        e.add_action(w, "")  # an action needs a what
    with pytest.raises(e.EditError, match="duplicate"):
        e.add_action(w, "C", "a1")  # ids are unique
    assert [a.id for a in e.remove_action(w, "a1").outcome.actions] == ["b1"]


def test_parked_questions_are_closed_or_become_actions() -> None:
    w = e.park_question(Workshop(), "Vad gäller 2027?", Step.FINANSIERING, "q1")
    assert not w.outcome.is_empty and not w.outcome.parked[0].closed
    w = e.parked_to_action(w, "q1", "a1")
    (action,) = w.outcome.actions
    assert (action.what, action.step) == ("Vad gäller 2027?", Step.FINANSIERING)
    assert w.outcome.parked[0].closed
    w = e.set_parked_closed(w, "q1", False)
    assert not w.outcome.parked[0].closed
    assert e.remove_parked(w, "q1").outcome.parked == ()
    with pytest.raises(e.EditError):
        e.remove_parked(w, "nobody")


def test_dot_voting_spends_each_groups_dots_once() -> None:
    w = e.add_group(e.add_group(Workshop(), "A", group_id="ga"), "B", group_id="gb")
    w = e.add_action(e.add_action(w, "Först", "a1"), "Sedan", "a2")
    w = e.add_focus_area(w, "Kompetens", area_id="f1")
    w = e.set_dots_per_group(w, 2)
    w = e.add_dot(e.add_dot(w, "ga", "a2"), "ga", "f1")
    assert w.outcome.dots_left("ga") == 0 and w.outcome.dots_on("a2") == 1
    with pytest.raises(e.EditError, match="no dots left"):
        e.add_dot(w, "ga", "a1")
    w = e.add_dot(w, "gb", "a2")
    assert w.outcome.dots_on("a2") == 2
    assert [a.id for a in e.order_actions_by_dots(w).outcome.actions] == ["a2", "a1"]
    with pytest.raises(e.EditError):
        e.set_dots_per_group(w, 1)  # group A has spent two
    w = e.remove_dot(w, "ga", "a2")
    assert w.outcome.dots_left("ga") == 1
    # Removing a group, an action or a priority takes its dots with it.
    assert e.remove_group(w, "gb").outcome.dots_on("a2") == 0
    assert e.remove_action(w, "a2").outcome.dots_on("a2") == 0
    assert e.remove_focus_area(w, "f1").outcome.dots_on("f1") == 0
