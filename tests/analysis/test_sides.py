"""Elected members and officials side by side (issue #37): each side's centre from its
groups' markers and its phones' answers, the distance between them in words by the app's
bands, the keys' medians per side; a side with no answer gives no comparison."""

from __future__ import annotations

import pytest

from regionroll_desktop.analysis.sides import (
    DistanceBand,
    band,
    key_sides,
    matrix_sides,
    role_sides,
)
from regionroll_desktop.model import (
    Key,
    MatrixPosition,
    Moment,
    Role,
    RoleWeights,
    Side,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    KeysAnswer,
    MatrixAnswer,
    Participant,
    Question,
    RolesAnswer,
    record_answer,
)


def at(capital: float, proactivity: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=capital, proactivity=proactivity)


def _two_groups() -> Workshop:
    w = e.add_group(Workshop(), "Politiker", "g-pol")
    w = e.add_group(w, "Tjänstepersoner", "g-tj")
    w = e.update_group(w, "g-pol", side=Side.ELECTED)
    return e.update_group(w, "g-tj", side=Side.OFFICIALS)


def test_the_centres_of_each_side_and_their_distance_in_words() -> None:
    w = _two_groups()
    w = e.set_group_position(w, "g-pol", Moment.TODAY, at(0.5, 0.5))
    assert matrix_sides(w, Moment.TODAY) is None  # the officials have not answered
    w = e.set_group_position(w, "g-tj", Moment.TODAY, at(-0.3, 0.5))
    # A phone of the officials' (said so itself) and one that did not say: left out.
    room = record_answer(
        w.room,
        Participant(id="p1", side=Side.OFFICIALS),
        MatrixAnswer(question=Question.MATRIX_TODAY, position=at(-0.1, 0.5)),
    )
    room = record_answer(
        room, Participant(id="p2"), MatrixAnswer(question=Question.MATRIX_TODAY, position=at(1, 1))
    )
    w = e.evolve(w, room=room)
    sides = matrix_sides(w, Moment.TODAY)
    assert sides is not None
    assert sides.elected == at(0.5, 0.5)
    assert sides.officials.capital_per_capita == pytest.approx(-0.2)
    assert sides.counts == (1, 2)
    assert sides.distance == pytest.approx(0.7)
    assert sides.band is DistanceBand.FAR
    assert matrix_sides(w, Moment.AMBITION) is None


def test_the_bands_and_the_role_maps_half_scale() -> None:
    assert band(0.1) is DistanceBand.NEAR and band(0.3) is DistanceBand.APART
    assert band(0.6) is DistanceBand.FAR
    assert band(0.2, 0.5) is DistanceBand.APART  # the role map's axes run 0 … 1
    w = _two_groups()
    finance = RoleWeights.from_values({Role.FINANSIAREN: 1.0})
    capacity = RoleWeights.from_values({Role.KAPACITETSBYGGAREN: 1.0})
    w = e.set_group_roles(w, "g-pol", Moment.AMBITION, capacity)
    w = e.set_group_roles(w, "g-tj", Moment.AMBITION, finance)
    sides = role_sides(w, Moment.AMBITION)
    assert sides is not None
    assert sides.elected.main_role is Role.KAPACITETSBYGGAREN
    assert sides.officials.main_role is Role.FINANSIAREN
    assert sides.band is DistanceBand.FAR


def test_a_phone_of_a_group_takes_its_groups_side_and_keys_are_medians() -> None:
    w = _two_groups()
    room = w.room
    for pid, group, score in (("a", "g-pol", 2), ("b", "g-pol", 4), ("c", "g-tj", 5)):
        room = record_answer(
            room,
            Participant(id=pid, group=group),
            KeysAnswer(question=Question.KEYS, scores={Key.POLITIK: score}),
        )
    w = e.evolve(w, room=room)
    rows = {r.key: r for r in key_sides(w)}
    assert rows[Key.POLITIK].elected == 3.0 and rows[Key.POLITIK].officials == 5.0
    assert rows[Key.POLITIK].counts == (2, 1)
    assert rows[Key.ROLL].elected is None  # no phone scored it
    assert key_sides(_two_groups()) == []


def test_a_roles_answer_from_a_phone_counts_for_its_side() -> None:
    w = _two_groups()
    w = e.set_group_roles(
        w, "g-pol", Moment.TODAY, RoleWeights.from_values({Role.NATVERKAREN: 1.0})
    )
    room = record_answer(
        w.room,
        Participant(id="p", side=Side.OFFICIALS),
        RolesAnswer(
            question=Question.ROLES_TODAY,
            weights=RoleWeights.from_values({Role.NATVERKAREN: 1.0}),
        ),
    )
    sides = role_sides(e.evolve(w, room=room), Moment.TODAY)
    assert sides is not None and sides.band is DistanceBand.NEAR and sides.distance == 0.0


def test_what_changed_and_the_comparison_say_how_far_apart_the_sides_are() -> None:
    from regionroll_desktop.analysis.compare import ChangeKind, what_changed
    from regionroll_desktop.model import Language
    from regionroll_desktop.ui.change_words import describe_change
    from regionroll_desktop.ui.i18n import set_language
    from regionroll_desktop.ui.side_by_side import comparison_rows

    set_language(Language.SV)
    before = _two_groups()
    before = e.set_group_position(before, "g-pol", Moment.TODAY, at(0.5, 0.5))
    after = e.set_group_position(before, "g-tj", Moment.TODAY, at(0.45, 0.5))
    (change,) = [c for c in what_changed(before, after) if c.kind is ChangeKind.SIDES]
    assert change.before is None and change.after is DistanceBand.NEAR
    assert describe_change(change) == (
        "Finansiering: förtroendevalda och tjänstepersoner i dag: ingen jämförelse → nära varandra"
    )
    rows = {what: (x, y) for what, x, y in comparison_rows(before, after, Language.SV)}
    assert rows["Förtroendevalda och tjänstepersoner (matrisen, i dag)"] == ("–", "nära varandra")


def test_the_figures_draw_the_line_and_a_centre_only_for_a_side_of_several() -> None:
    from pathlib import Path

    from regionroll_desktop.canvases.financing.figure import matrix_content
    from regionroll_desktop.model import Language
    from regionroll_desktop.storage import load_workshop
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)
    sample = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"
    w = load_workshop(sample)  # Grupp A the elected members, Grupp B the officials
    content = matrix_content(w, None, Language.SV)
    assert len(content.links) == 2  # today and the ambition
    assert not [m for m in content.marks if m.key.startswith("side:")]  # one answer each
    group_a = next(m for m in content.marks if m.key == "group:grupp-a:today")
    assert group_a.label == "Grupp A (i dag)\nförtroendevalda"
    room = record_answer(
        w.room,
        Participant(id="p-t", side=Side.OFFICIALS),
        MatrixAnswer(question=Question.MATRIX_TODAY, position=at(0.9, 0.9)),
    )
    content = matrix_content(e.evolve(w, room=room), None, Language.SV)
    (centre,) = [m for m in content.marks if m.key.startswith("side:")]
    assert centre.key == "side:officials:today" and centre.initial == "T"
    assert centre.label == "Tjänstepersoner (i dag)"
