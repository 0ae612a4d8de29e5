"""Each diagnostic has a case that triggers it and one that clears it."""

from __future__ import annotations

from regionroll_desktop.analysis.strategy import Problem, breadth_dominates, diagnose
from regionroll_desktop.model import Branch, FocusTier, StrategyKind, Workshop
from regionroll_desktop.model import edits as e


def desired() -> Workshop:
    """The deck's desired pyramid: one RUS, derived plans, derived action plans, all branches."""
    w = e.add_document(Workshop(), "RUS", StrategyKind.RUS, branches=tuple(Branch), doc_id="rus")
    w = e.add_document(w, "Regionplan", StrategyKind.PLAN, doc_id="rp")
    w = e.add_document(w, "S3", StrategyKind.DELOMRADESSTRATEGI, doc_id="s3")
    w = e.add_document(w, "HP", StrategyKind.HANDLINGSPLAN, doc_id="hp")
    w = e.add_link(w, "rp", "rus")
    w = e.add_link(w, "s3", "rus")
    return e.add_link(w, "hp", "s3")


def problems(w: Workshop) -> set[Problem]:
    return {d.problem for d in diagnose(w.strategy, w.organisation)}


def find(w: Workshop, problem: Problem):  # type: ignore[no-untyped-def]
    return next(d for d in diagnose(w.strategy, w.organisation) if d.problem is problem)


def test_the_desired_pyramid_has_no_problems() -> None:
    assert problems(desired()) == set()


def test_an_empty_structure_has_no_problems_yet() -> None:
    assert problems(Workshop()) == set()


def test_no_rus() -> None:
    w = e.remove_document(desired(), "rus")
    assert Problem.NO_RUS in problems(w)
    assert Problem.NO_RUS not in problems(desired())


def test_several_rus() -> None:
    w = e.add_document(desired(), "RUS 2", StrategyKind.RUS, doc_id="rus2")
    assert find(w, Problem.SEVERAL_RUS).documents == ("rus", "rus2")
    assert Problem.SEVERAL_RUS not in problems(e.remove_document(w, "rus2"))


def test_orphan() -> None:
    w = e.add_document(desired(), "Transportplan", StrategyKind.DELOMRADESSTRATEGI, doc_id="tp")
    assert find(w, Problem.ORPHAN).documents == ("tp",)
    assert Problem.ORPHAN not in problems(e.add_link(w, "tp", "rus"))


def test_action_plan_that_does_not_reach_the_rus() -> None:
    w = e.add_document(desired(), "Fristående", StrategyKind.DELOMRADESSTRATEGI, doc_id="fs")
    w = e.add_document(w, "HP2", StrategyKind.HANDLINGSPLAN, doc_id="hp2")
    w = e.add_link(w, "hp2", "fs")
    assert find(w, Problem.UNREACHABLE).documents == ("hp2",)
    assert Problem.UNREACHABLE not in problems(e.add_link(w, "fs", "rus"))


def test_empty_level() -> None:
    w = e.remove_document(desired(), "hp")
    assert find(w, Problem.EMPTY_LEVEL).level == 3
    assert Problem.EMPTY_LEVEL not in problems(desired())


def test_downward_link() -> None:
    w = e.add_link(desired(), "rus", "hp")
    assert set(find(w, Problem.DOWNWARD_LINK).documents) == {"rus", "hp"}
    assert Problem.DOWNWARD_LINK not in problems(e.remove_link(w, "rus", "hp"))


def test_cycle() -> None:
    w = e.add_link(desired(), "s3", "rp")
    w = e.add_link(w, "rp", "s3")
    assert set(find(w, Problem.CYCLE).documents) == {"s3", "rp"}
    assert Problem.CYCLE not in problems(e.remove_link(w, "rp", "s3"))


def test_uncovered_branches_ignore_those_outside_the_remit() -> None:
    w = e.update_document(desired(), "rus", branches=(Branch.KULTUR,))
    uncovered = find(w, Problem.UNCOVERED).branches
    assert Branch.KULTUR not in uncovered and Branch.PLAN in uncovered
    w = e.update_document(w, "rp", branches=tuple(b for b in Branch if b is not Branch.MILJO))
    w = e.set_outside_remit(w, Branch.MILJO, True)
    assert Problem.UNCOVERED not in problems(w)


def test_breadth_rule() -> None:
    w = Workshop()
    for i, tier in enumerate([FocusTier.BREDD, FocusTier.BREDD, FocusTier.KARNA]):
        w = e.add_focus_area(w, f"p{i}", tier, f"a{i}")
    assert breadth_dominates(w.strategy)
    w = e.add_focus_area(w, "p3", FocusTier.SPETS, "a3")
    assert not breadth_dominates(w.strategy)  # 2 is not more than 1 + 1
