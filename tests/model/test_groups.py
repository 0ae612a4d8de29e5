"""Groups, their markers on the matrix and the role map, and the steps' timing."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.model import GROUP_COLOURS, MatrixPosition, Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.edits import EditError


def at(capital: float, proactivity: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=capital, proactivity=proactivity)


def three_groups() -> Workshop:
    w = e.new_workshop(title="t")
    for n, gid in enumerate(("a", "b", "c")):
        w = e.add_group(w, f"Grupp {n + 1}", group_id=gid)
    return w


def test_new_groups_take_free_colours_in_order() -> None:
    w = three_groups()
    assert [g.colour for g in w.details.groups] == list(GROUP_COLOURS[:3])
    w = e.remove_group(w, "b")
    w = e.add_group(w, "Grupp 4", group_id="d")
    assert w.group("d") is not None and w.group("d").colour == GROUP_COLOURS[1]  # b's, free again
    for n in range(10):
        w = e.add_group(w, f"G{n}")
    assert len(w.details.groups) == 13  # beyond eight the colours repeat


def test_group_markers_are_placed_moved_and_removed() -> None:
    w = three_groups()
    w = e.set_group_position(w, "a", "today", at(0.1, 0.2))
    w = e.set_group_position(w, "a", "ambition", at(0.5, 0.5))
    w = e.set_group_position(w, "a", "today", at(0.3, 0.2))  # moved, not added
    assert w.financing.group_position("a", "today") == at(0.3, 0.2)
    assert len(w.financing.groups) == 2
    w = e.set_group_position(w, "a", "today", None)
    assert w.financing.group_position("a", "today") is None
    w = e.set_group_roles(w, "b", "today", weights_at(0.9, 0.1))
    assert w.implementation.group_weights("b", "today") == weights_at(0.9, 0.1)
    with pytest.raises(EditError, match="no group"):
        e.set_group_position(w, "nobody", "today", at(0, 0))


def test_removing_a_group_removes_its_markers() -> None:
    w = three_groups()
    w = e.set_group_position(w, "a", "today", at(0.1, 0.2))
    w = e.set_group_roles(w, "a", "today", weights_at(0.5, 0.5))
    w = e.set_group_position(w, "b", "today", at(0.1, 0.2))
    w = e.remove_group(w, "a")
    assert [g.group for g in w.financing.groups] == ["b"]
    assert w.implementation.groups == ()


def test_a_file_cannot_hold_markers_of_unknown_or_doubled_groups() -> None:
    w = e.set_group_position(three_groups(), "a", "today", at(0.1, 0.2))
    data = w.model_dump(mode="json")
    data["financing"]["groups"][0]["group"] = "ghost"
    with pytest.raises(ValidationError, match="unknown group"):
        Workshop.model_validate(data)
    data = w.model_dump(mode="json")
    data["financing"]["groups"].append(data["financing"]["groups"][0])
    with pytest.raises(ValidationError, match="two matrix markers"):
        Workshop.model_validate(data)


def test_timing_is_kept_per_step() -> None:
    w = e.set_step_timing(Workshop(), Step.STRATEGI, planned_minutes=30)
    w = e.set_step_timing(w, Step.STRATEGI, spent_seconds=95)
    timing = w.step_timing(Step.STRATEGI)
    assert timing.planned_minutes == 30 and timing.spent_seconds == 95
    assert w.step_timing(Step.ORGANISATION).spent_seconds == 0
    with pytest.raises(EditError):
        e.set_step_timing(w, Step.STRATEGI, planned_minutes=0)
    data = w.model_dump(mode="json")
    data["timing"] = data["timing"][:2]
    with pytest.raises(ValidationError, match="every step's timing"):
        Workshop.model_validate(data)
