"""Hypothesis strategies that build valid workshops through the public edit functions."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from regionroll_desktop.model import (
    Branch,
    FocusTier,
    Key,
    Language,
    MatrixPosition,
    MunicipalInvolvement,
    RegionChoice,
    Role,
    RoleWeights,
    Step,
    StrategyKind,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.text import clean

text = st.text(max_size=40)
unit = st.floats(min_value=-1, max_value=1, allow_nan=False)
positions = st.builds(MatrixPosition, capital_per_capita=unit, proactivity=unit)
weights = (
    st.lists(st.floats(min_value=0, max_value=100), min_size=4, max_size=4)
    .filter(lambda v: sum(v) > 0.001)
    .map(lambda v: RoleWeights.from_values(dict(zip(Role, v, strict=True))))
)


@st.composite
def workshops(draw: st.DrawFn, with_snapshots: bool = True) -> Workshop:
    region = draw(
        st.none()
        | st.builds(RegionChoice, code=st.sampled_from(["01", "04", "23"]), name=st.just("X"))
        | st.builds(RegionChoice, name=text.filter(lambda s: clean(s).strip()))
    )
    w = e.new_workshop(region, draw(text))
    w = e.set_details(
        w,
        place=draw(text),
        facilitator=draw(text),
        participants=draw(text),
        date=draw(st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2100, 1, 1))),
        language=draw(st.sampled_from(Language)),
    )
    for i in range(draw(st.integers(0, 3))):
        w = e.add_political_body(w, draw(text), f"n{i}")
    for i in range(draw(st.integers(0, 3))):
        w = e.add_administrative_body(w, draw(text), f"f{i}")
    political = [b.id for b in w.organisation.political_bodies]
    administrative = [b.id for b in w.organisation.administrative_bodies]
    for branch in Branch:
        w = e.place_branch(w, branch, "political", draw(st.none() | st.sampled_from(political)))
        if administrative:
            target = draw(st.none() | st.sampled_from(administrative))
            w = e.place_branch(w, branch, "administrative", target)
    w = e.set_municipal_involvement(w, draw(st.none() | st.sampled_from(MunicipalInvolvement)))
    w = e.set_matrix_position(w, "today", draw(st.none() | positions))
    w = e.set_matrix_position(w, "ambition", draw(st.none() | positions))
    n_docs = draw(st.integers(0, 6))
    for i in range(n_docs):
        w = e.add_document(
            w,
            draw(text),
            draw(st.sampled_from(StrategyKind)),
            draw(st.none() | st.integers(1990, 2040)),
            tuple(draw(st.sets(st.sampled_from(Branch)))),
            doc_id=f"d{i}",
        )
    pairs = draw(st.sets(st.tuples(st.integers(0, 5), st.integers(0, 5)), max_size=8))
    for a, b in sorted(pairs):
        if a != b and a < n_docs and b < n_docs:
            w = e.add_link(w, f"d{a}", f"d{b}")
    for i in range(draw(st.integers(0, 4))):
        w = e.add_focus_area(w, draw(text), draw(st.none() | st.sampled_from(FocusTier)), f"a{i}")
    w = e.set_role_weights(w, "today", draw(st.none() | weights))
    w = e.set_role_weights(w, "ambition", draw(st.none() | weights))
    for key in Key:
        w = e.set_key(w, key, score=draw(st.none() | st.integers(1, 5)), note=draw(text))
    for step in Step:
        w = e.set_note(w, step, draw(text))
    if with_snapshots:
        for i in range(draw(st.integers(0, 2))):
            at = dt.datetime(2026, 1, 1, 9, i, tzinfo=dt.UTC)
            w = e.take_snapshot(w, draw(text), at, f"s{i}")
    return w
