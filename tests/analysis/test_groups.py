from __future__ import annotations

import pytest

from regionroll_desktop.analysis.groups import (
    MATRIX_AGREEMENT_RADIUS,
    matrix_spread,
    role_spread,
)
from regionroll_desktop.analysis.matrix import Amount, Character
from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.model import MatrixPosition, Role


def at(capital: float, proactivity: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=capital, proactivity=proactivity)


def test_no_groups_no_spread() -> None:
    assert matrix_spread([]) is None and role_spread([]) is None


def test_close_groups_agree_and_share_a_quadrant() -> None:
    found = matrix_spread([at(0.5, -0.5), at(0.6, -0.4), at(0.4, -0.6)])
    assert found is not None
    assert found.centre.capital_per_capita == pytest.approx(0.5)
    assert found.centre.proactivity == pytest.approx(-0.5)
    assert found.agree and found.spread == pytest.approx(0.1414, abs=1e-3)
    assert found.quadrant == (Amount.MORE, Character.REACTIVE)


def test_groups_in_the_middle_share_no_quadrant() -> None:
    found = matrix_spread([at(0.05, -0.5), at(0.3, -0.4)])
    assert found is not None and found.agree and found.quadrant is None


def test_scattered_groups_do_not_agree() -> None:
    found = matrix_spread([at(0.5, 0.5), at(-0.5, -0.5)])
    assert found is not None and not found.agree and found.quadrant is None
    assert found.spread > MATRIX_AGREEMENT_RADIUS
    assert found.centre == at(0.0, 0.0)


def test_groups_on_the_role_map() -> None:
    same = role_spread([weights_at(0.1, 0.9), weights_at(0.2, 0.8)])
    assert same is not None and same.agree and same.main_role is Role.NATVERKAREN
    assert same.centre.main_role is Role.NATVERKAREN
    apart = role_spread([weights_at(0.1, 0.1), weights_at(0.9, 0.9)])
    assert apart is not None and not apart.agree and apart.main_role is None
    assert apart.centre_xy == pytest.approx((0.5, 0.5))
