import math

from hypothesis import given
from hypothesis import strategies as st

from regionroll_desktop.analysis.roles import PromptRule, position_of, prompts, weights_at
from regionroll_desktop.model import MatrixPosition, Role, RoleWeights, Workshop
from regionroll_desktop.model import edits as e


def test_corners_are_pure_roles_and_the_middle_is_even() -> None:
    assert weights_at(0, 0).main_role is Role.FINANSIAREN
    assert weights_at(1, 0).main_role is Role.UTFORAREN
    assert weights_at(0, 1).main_role is Role.NATVERKAREN
    assert weights_at(1, 1).kapacitetsbyggaren == 1
    assert all(math.isclose(v, 0.25) for v in weights_at(0.5, 0.5).as_dict().values())


@given(st.floats(0, 1), st.floats(0, 1))
def test_position_and_weights_round_trip(x: float, y: float) -> None:
    px, py = position_of(weights_at(x, y))
    assert math.isclose(px, x, abs_tol=1e-9) and math.isclose(py, y, abs_tol=1e-9)


def w(
    today: RoleWeights | None = None,
    ambition: RoleWeights | None = None,
    money_today: MatrixPosition | None = None,
    money_ambition: MatrixPosition | None = None,
) -> Workshop:
    ws = e.set_role_weights(Workshop(), "today", today)
    ws = e.set_role_weights(ws, "ambition", ambition)
    ws = e.set_matrix_position(ws, "today", money_today)
    return e.set_matrix_position(ws, "ambition", money_ambition)


def rules(ws: Workshop) -> set[PromptRule]:
    return {p.rule for p in prompts(ws)}


def test_capacity_ambition_with_little_capital_asks_where_it_comes_from() -> None:
    ws = w(
        ambition=weights_at(1, 1),
        money_today=MatrixPosition(capital_per_capita=-0.5, proactivity=0),
    )
    assert PromptRule.CAPACITY_WITHOUT_CAPITAL in rules(ws)
    (prompt,) = [p for p in prompts(ws) if p.rule is PromptRule.CAPACITY_WITHOUT_CAPITAL]
    assert "investerar eget kapital" in prompt.basis.sv
    ws = w(
        ambition=weights_at(1, 1), money_today=MatrixPosition(capital_per_capita=0.5, proactivity=0)
    )
    assert PromptRule.CAPACITY_WITHOUT_CAPITAL not in rules(ws)


def test_a_reactive_financier_is_asked_how_the_calls_steer() -> None:
    reactive = MatrixPosition(capital_per_capita=0, proactivity=-0.6)
    assert PromptRule.FINANCIER_REACTIVE in rules(w(today=weights_at(0, 0), money_today=reactive))
    proactive = MatrixPosition(capital_per_capita=0, proactivity=0.6)
    assert rules(w(today=weights_at(0, 0), money_today=proactive)) == set()
    # In the middle of the axis is neither reactive nor proactive: no question.
    middle = MatrixPosition(capital_per_capita=0, proactivity=-0.05)
    assert rules(w(today=weights_at(0, 0), money_today=middle)) == set()


def test_capacity_ambition_with_reactive_capital_and_networker_ambition() -> None:
    reactive = MatrixPosition(capital_per_capita=0.3, proactivity=-0.4)
    assert PromptRule.CAPACITY_REACTIVE_AMBITION in rules(
        w(ambition=weights_at(0.9, 0.9), money_ambition=reactive)
    )
    assert PromptRule.CAPACITY_REACTIVE_AMBITION not in rules(w(ambition=weights_at(0.9, 0.9)))
    assert PromptRule.NETWORKER_AMBITION in rules(w(ambition=weights_at(0, 1)))
    assert rules(Workshop()) == set()


def test_a_tie_asks_nothing_about_a_main_role() -> None:
    middle = weights_at(0.5, 0.5)
    assert middle.main_role is None
    little = MatrixPosition(capital_per_capita=-0.6, proactivity=-0.6)
    assert rules(w(today=middle, ambition=middle, money_today=little, money_ambition=little)) == (
        set()
    )


def test_the_doer_is_asked_about_its_risks() -> None:
    found = rules(w(today=weights_at(1, 0)))
    assert {PromptRule.DOER_TEMPORARY, PromptRule.DOER_VULNERABLE} <= found
    (vulnerable,) = [
        p for p in prompts(w(ambition=weights_at(1, 0))) if p.rule.name == "DOER_VULNERABLE"
    ]
    assert "sårbarhet" in vulnerable.basis.sv


def test_a_networker_with_more_capital_is_asked_why() -> None:
    rich = MatrixPosition(capital_per_capita=0.4, proactivity=0)
    poor = MatrixPosition(capital_per_capita=-0.4, proactivity=0)
    assert PromptRule.NETWORKER_WITH_CAPITAL in rules(w(today=weights_at(0, 1), money_today=rich))
    assert PromptRule.NETWORKER_WITH_CAPITAL not in rules(
        w(today=weights_at(0, 1), money_today=poor)
    )


def test_the_nearest_regions_by_their_roles_today() -> None:
    from regionroll_desktop.analysis.roles import nearest_by_roles, role_distance
    from regionroll_desktop.model import RoleWeights
    from regionroll_desktop.reference import Fact, ReferenceRegion, ReferenceSet

    def w(f: float, u: float, n: float, k: float) -> RoleWeights:
        return RoleWeights(finansiaren=f, utforaren=u, natverkaren=n, kapacitetsbyggaren=k)

    mine = w(0.7, 0.1, 0.1, 0.1)
    assert role_distance(mine, mine) == 0
    assert role_distance(w(1, 0, 0, 0), w(0, 1, 0, 0)) == 1
    placed = {"12": w(0.6, 0.2, 0.1, 0.1), "25": w(0.1, 0.1, 0.1, 0.7), "04": mine}
    reference = ReferenceSet(
        name="t",
        sources=({"id": "s", "title": "S"},),
        regions=(
            *(
                ReferenceRegion(
                    code=code, name=f"R{code}", roles_today=Fact[RoleWeights](value=v, source="s")
                )
                for code, v in placed.items()
            ),
            ReferenceRegion(code="01", name="Unknown"),
        ),
    )
    found = nearest_by_roles(mine, reference, count=3, exclude="04")
    assert [(r.code, round(d, 2)) for r, d in found] == [("12", 0.1), ("25", 0.6)]
