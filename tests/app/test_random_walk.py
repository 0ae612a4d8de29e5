"""A long random walk of the actions the canvases send; undo all gives the first state back,
redo all the last. (The canvases' own drags are tested with real events elsewhere.)"""

from __future__ import annotations

import random

from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.model import (
    ActionStatus,
    Branch,
    FocusTier,
    Key,
    MatrixPosition,
    RegionChoice,
    Step,
    StrategyKind,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui.session import UNDO_LIMIT, Session

STEPS = 2500


def random_action(rng: random.Random, w: Workshop):  # type: ignore[no-untyped-def]
    org, strategy = w.organisation, w.strategy
    docs = [d.id for d in strategy.documents]
    actions = [a.id for a in w.outcome.actions]
    choice = rng.randrange(15)
    if choice == 0:
        return "add nämnd", lambda w: e.add_political_body(w, f"N{rng.random():.3f}")
    if choice == 1:
        return "add förvaltning", lambda w: e.add_administrative_body(w, "F")
    if choice == 2:
        lane = rng.choice(["political", "administrative"])
        bodies = org.political_bodies if lane == "political" else org.administrative_bodies
        target = rng.choice([None, *(b.id for b in bodies)])
        return "move", lambda w: e.place_branch(w, rng.choice(list(Branch)), lane, target)
    if choice == 3 and len(org.political_bodies) > 1:
        body = rng.choice(org.political_bodies[1:]).id
        return "remove body", lambda w: e.remove_body(w, body)
    if choice == 4:
        pos = MatrixPosition(capital_per_capita=rng.uniform(-1, 1), proactivity=rng.uniform(-1, 1))
        return "matrix", lambda w: e.set_matrix_position(w, rng.choice(["today", "ambition"]), pos)
    if choice == 5:
        return "doc", lambda w: e.add_document(w, "D", rng.choice(list(StrategyKind)))
    if choice == 6 and len(docs) >= 2:
        a, b = rng.sample(docs, 2)
        if any(lk.document == a and lk.source == b for lk in strategy.links):
            return "unlink", lambda w: e.remove_link(w, a, b)
        return "link", lambda w: e.add_link(w, a, b)
    if choice == 7 and docs:
        doc = rng.choice(docs)
        return "delete doc", lambda w: e.remove_document(w, doc)
    if choice == 8:
        weights = weights_at(rng.random(), rng.random())
        return "roles", lambda w: e.set_role_weights(w, rng.choice(["today", "ambition"]), weights)
    if choice == 9:
        return "key", lambda w: e.set_key(w, rng.choice(list(Key)), score=rng.randint(1, 5))
    if choice == 10:
        return "focus", lambda w: e.add_focus_area(w, "P", rng.choice([None, *FocusTier]))
    if choice == 11:
        return "action", lambda w: e.add_action(w, f"A{rng.random():.3f}", who="RS")
    if choice == 12 and actions:
        action, to = rng.choice(actions), rng.randrange(len(actions))
        status = rng.choice(list(ActionStatus))
        if rng.random() < 0.5:
            return "move action", lambda w: e.move_action(w, action, to)
        return "action status", lambda w: e.update_action(w, action, status=status)
    if choice == 13:
        step, words = rng.choice(list(Step)), f"conclusion {rng.random():.4f}"
        return "conclusion", lambda w: e.set_conclusion(w, step, text=words, agreed=True)
    text = f"note {rng.random():.4f}"
    return "note", lambda w: e.set_note(w, rng.choice(list(Step)), text)


def test_a_long_random_walk_undoes_and_redoes_exactly(qtbot) -> None:  # type: ignore[no-untyped-def]
    rng = random.Random(2019)
    session = Session(e.new_workshop(RegionChoice(code="04", name="Sörmland")))
    states = [session.workshop]  # after each step
    applied = 0
    for _ in range(STEPS):
        text, action = random_action(rng, session.workshop)
        if session.apply(text, action):
            applied += 1
            states.append(session.workshop)
    last = session.workshop
    kept = min(applied, UNDO_LIMIT)  # the oldest steps beyond the limit are dropped
    assert applied > STEPS // 2 and session.undo_stack.count() == kept
    while session.undo_stack.canUndo():
        session.undo_stack.undo()
    assert session.workshop == states[applied - kept]
    while session.undo_stack.canRedo():
        session.undo_stack.redo()
    assert session.workshop == last
