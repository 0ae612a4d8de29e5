"""One statement per fact (issue #35): what the summary, the step's words, the projector and
the comparison's table say about the pyramid's differences comes from one function, so they
cannot disagree (the summary said "no differences", the comparison's table 1)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings

from regionroll_desktop.analysis.strategy import Problem, diagnose, differences
from regionroll_desktop.model import Language, StrategyKind, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop
from regionroll_desktop.ui.side_by_side import comparison_rows
from regionroll_desktop.ui.step_words import diagnostic_lines

from ..strategies import workshops

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def _table_count(w: Workshop) -> int:
    row = next(r for r in comparison_rows(w, w, Language.SV) if "pyramid" in r[0].lower())
    return int(row[1])


def _said(w: Workshop) -> int:
    return sum(1 for text, _ in diagnostic_lines(w) if text.startswith("⚠"))


def _agree(w: Workshop) -> None:
    found = differences(w.strategy, w.organisation)
    assert _table_count(w) == len(found) == _said(w)
    assert all(d.problem is not Problem.UNCOVERED for d in found)


def test_the_example_states_its_pyramid_s_differences_once(qapp) -> None:  # type: ignore[no-untyped-def]
    _agree(load_workshop(SAMPLE))


def test_a_branch_no_strategy_covers_is_an_observation_not_a_difference(qapp) -> None:  # type: ignore[no-untyped-def]
    """A RUS alone: two empty levels are differences; the branches no strategy covers are
    the app's own observation, counted nowhere as a difference (the comparison's table
    counted it: 3 where the words said 2)."""
    w = e.add_document(e.new_workshop(), "RUS", StrategyKind.RUS, doc_id="r")
    kinds = [d.problem for d in diagnose(w.strategy, w.organisation)]
    assert Problem.UNCOVERED in kinds
    assert [d.problem for d in differences(w.strategy, w.organisation)] == [
        Problem.EMPTY_LEVEL,
        Problem.EMPTY_LEVEL,
    ]
    _agree(w)
    assert _table_count(w) == 2


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(w=workshops(with_snapshots=False))
def test_generated_workshops_state_their_differences_once(qapp, w: Workshop) -> None:  # type: ignore[no-untyped-def]
    _agree(w)


def _summary_in_detail(w: Workshop) -> None:
    from regionroll_desktop.export.statements import detail_lines, summary_items
    from regionroll_desktop.model import Step

    for step in Step:
        detail = detail_lines(w, step, Language.SV)
        for line in summary_items(w, step, Language.SV):
            assert line in detail, (step, line)


def test_the_summary_says_what_each_step_s_page_says(qapp) -> None:  # type: ignore[no-untyped-def]
    """Every line of the report's summary is a line its step's page prints (the models,
    today and the ambition, the pyramid's differences)."""
    _summary_in_detail(load_workshop(SAMPLE))


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(w=workshops(with_snapshots=False))
def test_generated_summaries_say_what_the_steps_pages_say(qapp, w: Workshop) -> None:  # type: ignore[no-untyped-def]
    _summary_in_detail(w)
