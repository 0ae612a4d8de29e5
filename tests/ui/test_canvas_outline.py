"""Each canvas in words, as the side panel's list shows it to a screen reader and the
keyboard: the same content as the drawing, following every edit."""

from __future__ import annotations

from pathlib import Path

from regionroll_desktop.model import Branch, Lane, Language, NotePin, PinKind, Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop
from regionroll_desktop.ui.canvas_outline import Node, canvas_outline
from regionroll_desktop.ui.i18n import set_language

SAMPLE = Path(__file__).parents[2] / "resources" / "samples" / "exempel.regionroll.json"


def lines(nodes: list[Node] | tuple[Node, ...], depth: int = 0) -> list[str]:
    out = []
    for node in nodes:
        out.append("  " * depth + node.text)
        out += lines(node.children, depth + 1)
    return out


def test_the_organisation_as_bodies_and_their_branches(qapp: object) -> None:
    set_language(Language.SV)
    w = e.new_workshop()
    w = e.place_branch(w, Branch.KULTUR, Lane.POLITICAL, "rs")
    w = e.add_sticky_note(w, Step.ORGANISATION, "Vem?", pin=NotePin(kind=PinKind.BODY, item="rs"))
    text = lines(canvas_outline(w, Step.ORGANISATION, Language.SV))
    assert text[:3] == ["Politisk organisation: modell 0", "  Regionstyrelsen", "    Kultur"]
    assert "Förvaltningsorganisation: modellen inte bestämd ännu" in text
    assert "  Regionstyrelsens förvaltning" in text and "    inga grenar" in text
    assert text[-2:] == ["Lappar på ytan", "  1. Vem? (fäst vid ”Regionstyrelsen”)"]


def test_the_pyramid_as_levels_documents_and_what_they_derive_from(qapp: object) -> None:
    set_language(Language.SV)
    text = lines(canvas_outline(load_workshop(SAMPLE), Step.STRATEGI, Language.SV))
    assert text[:3] == [
        "Nivå 1: RUS",
        "  Regional utvecklingsstrategi 2030 (RUS, 2021)",
        "    utgår inte från något",
    ]
    assert "  Kompetensplan (Handlingsplan, 2023)" in text
    assert "    utgår från: Smart specialisering" in text


def test_the_markers_and_the_roles_in_words(qapp: object) -> None:
    set_language(Language.SV)
    w = load_workshop(SAMPLE)
    matrix = lines(canvas_outline(w, Step.FINANSIERING, Language.SV))
    assert matrix[0].startswith("I dag: ") and matrix[1].startswith("Ambition: ")
    assert any(line.startswith("Grupp A, i dag: ") for line in matrix)
    roles = lines(canvas_outline(w, Step.GENOMFORANDEPRAKTIK, Language.SV))
    assert roles[0].startswith("I dag: huvudroll Finansiären (Finansiären 53 %")
    assert not [line for line in roles if line.startswith("Tidsåtgång")]


def test_the_list_follows_the_canvas(qtbot) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.canvases.strategy.canvas import StrategyCanvas
    from regionroll_desktop.model import StrategyKind, Workshop
    from regionroll_desktop.storage import shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary
    from regionroll_desktop.ui.session import Session

    set_language(Language.SV)
    canvas = StrategyCanvas(Session(Workshop()), ReferenceLibrary(shipped_reference_set()))
    qtbot.addWidget(canvas)
    tree = canvas.outline.tree
    assert tree.accessibleName() == "Strategi: arbetsytan som lista"
    assert tree.topLevelItem(0).child(0).text(0) == "tom"
    canvas.session.apply("d", lambda w: e.add_document(w, "RUS 2030", StrategyKind.RUS))
    # Once the edits pause (a quarter of a second), not at each key.
    qtbot.waitUntil(lambda: tree.topLevelItem(0).child(0).text(0) == "RUS 2030 (RUS)")
    canvas.session.undo_stack.undo()
    qtbot.waitUntil(lambda: tree.topLevelItem(0).child(0).text(0) == "tom")
    rebuilt = tree.topLevelItem(0)
    canvas.session.apply("n", lambda w: e.set_note(w, Step.STRATEGI, "Ett ord"))
    qtbot.wait(400)
    assert tree.topLevelItem(0) is rebuilt  # the step's note is not drawn: nothing rebuilt
