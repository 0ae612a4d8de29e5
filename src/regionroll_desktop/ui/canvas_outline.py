"""A step's canvas in words, as a tree: what a screen reader reads, and what a keyboard walks,
in step with the drawing (the organisation's bodies and their branches, the markers'
positions, the pyramid's documents and what they derive from, the roles' weights, the
notes)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication

from ..model import BodyModel, Branch, Lane, Language, Step, StrategyKind, Workshop
from ..model.deck import BRANCH_LABELS
from .change_words import sticky_note_lines
from .step_summary import answer_lines


@dataclass(frozen=True)
class Node:
    """One line of the outline and the lines under it."""

    text: str
    children: tuple[Node, ...] = field(default=())


def canvas_outline(workshop: Workshop, step: Step, lang: Language) -> list[Node]:
    """`step`'s canvas as a tree of lines, in the UI's language, its notes last."""
    if step is Step.ORGANISATION:
        nodes = _organisation(workshop)
    elif step is Step.STRATEGI:
        nodes = _strategy(workshop)
    else:  # the markers' positions, the roles' weights: the step's summary says them
        nodes = [Node(line) for line in answer_lines(workshop, step, lang)]
    notes = sticky_note_lines(workshop, step)
    if notes:
        nodes.append(
            Node(
                QCoreApplication.translate("CanvasOutline", "Notes on the canvas"),
                tuple(Node(n) for n in notes),
            )
        )
    return nodes


def _branches(branches: list[Branch]) -> tuple[Node, ...]:
    if not branches:
        return (Node(QCoreApplication.translate("CanvasOutline", "no branches")),)
    return tuple(Node(BRANCH_LABELS[b].text(Language.SV)) for b in branches)


def _organisation(workshop: Workshop) -> list[Node]:
    org = workshop.organisation
    nodes = []
    for lane in Lane:
        political = lane is Lane.POLITICAL
        bodies = org.political_bodies if political else org.administrative_bodies
        model = org.political_model if political else org.administrative_model
        title = (
            QCoreApplication.translate("CanvasOutline", "Political organisation")
            if political
            else QCoreApplication.translate("CanvasOutline", "Administrative organisation")
        )
        said = _model_words(model)
        key = f"{lane.value}_body"
        held = [p for p in org.branches if not p.outside_remit]
        children = [
            Node(body.name, _branches([p.branch for p in held if getattr(p, key) == body.id]))
            for body in bodies
        ]
        unplaced = [p.branch for p in held if getattr(p, key) is None]
        if unplaced:
            children.append(
                Node(QCoreApplication.translate("CanvasOutline", "Not placed"), _branches(unplaced))
            )
        nodes.append(Node(f"{title}: {said}", tuple(children)))
    outside = [p.branch for p in org.branches if p.outside_remit]
    if outside:
        nodes.append(
            Node(
                QCoreApplication.translate("CanvasOutline", "Outside the region's remit"),
                _branches(outside),
            )
        )
    return nodes


def _model_words(model: BodyModel | None) -> str:
    if model is None:
        return QCoreApplication.translate("CanvasOutline", "model not decided yet")
    return QCoreApplication.translate("CanvasOutline", "model {model}").format(model=model.value)


def strategy_kind_words(kind: StrategyKind) -> str:
    """A strategy document's kind as the deck names it."""
    return {
        StrategyKind.RUS: "RUS",
        StrategyKind.PLAN: QCoreApplication.translate("CanvasOutline", "Plan (VP/RP/ÖP)"),
        StrategyKind.DELOMRADESSTRATEGI: QCoreApplication.translate(
            "CanvasOutline", "Delområdesstrategi"
        ),
        StrategyKind.HANDLINGSPLAN: QCoreApplication.translate("CanvasOutline", "Handlingsplan"),
    }[kind]


def _strategy(workshop: Workshop) -> list[Node]:
    s = workshop.strategy
    titles = {d.id: d.title for d in s.documents}
    sources: dict[str, list[str]] = {}
    for link in s.links:
        sources.setdefault(link.document, []).append(titles[link.source])
    levels = {
        1: QCoreApplication.translate("CanvasOutline", "Level 1: RUS"),
        2: QCoreApplication.translate("CanvasOutline", "Level 2: plans and field strategies"),
        3: QCoreApplication.translate("CanvasOutline", "Level 3: action plans"),
    }
    nodes = []
    for level, title in levels.items():
        docs = [d for d in s.documents if StrategyKind(d.kind).level == level]
        children = []
        for doc in docs:
            kind = strategy_kind_words(doc.kind)
            year = f", {doc.year}" if doc.year else ""
            derived = sources.get(doc.id, [])
            under = (
                (
                    Node(
                        QCoreApplication.translate("CanvasOutline", "derives from: {docs}").format(
                            docs="; ".join(derived)
                        )
                    ),
                )
                if derived
                else (Node(QCoreApplication.translate("CanvasOutline", "derives from nothing")),)
            )
            children.append(Node(f"{doc.title} ({kind}{year})", under))
        nodes.append(
            Node(
                title,
                tuple(children) or (Node(QCoreApplication.translate("CanvasOutline", "empty")),),
            )
        )
    return nodes
