from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from regionroll_desktop.analysis.keys import even_score, scored_keys, weakest
from regionroll_desktop.app.landscape_page import LandscapePage
from regionroll_desktop.canvases.keys import NORMAL, KeysCanvas
from regionroll_desktop.export.statements import weakest_words
from regionroll_desktop.export.words import report_words
from regionroll_desktop.model import Key, Language, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.national import weakest_keys
from regionroll_desktop.ui.session import Session

from ..app.keys import type_text


def test_weakest_keys() -> None:
    w = Workshop()
    assert weakest(w) == [] and even_score(scored_keys(w)) is None
    w = e.set_key(w, Key.ROLL, score=2)
    assert weakest(w) == []  # one key scored: nothing to compare it with
    w = e.set_key(w, Key.POLITIK, score=4)
    assert weakest(w) == [Key.ROLL]
    w = e.set_key(w, Key.STRATEGI, score=2)
    assert weakest(w) == [Key.STRATEGI, Key.ROLL]


def test_a_tie_of_every_scored_key_is_no_weakest(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Every key scored 3: none is weaker than another, and the canvas, the report's words
    and the regions' table say so (they marked all five "svagast")."""
    set_language(Language.SV)
    w = Workshop()
    for key in Key:
        w = e.set_key(w, key, score=3)
    assert weakest(w) == [] and even_score(scored_keys(w)) == 3
    canvas = KeysCanvas(Session(w))
    qtbot.addWidget(canvas)
    canvas.show_workshop(w)
    assert canvas.weakest_label.text() == "Alla bedömda nycklar har 3 av 5: ingen är svagast."
    assert {b.color().name() for b in canvas.bars.opts["brushes"]} == {NORMAL}
    texts = report_words()
    assert weakest_words(w, texts) == "Alla bedömda nycklar har 3 av 5: ingen är svagast."
    assert weakest_keys(scored_keys(w)) == "alla lika (3)"
    one = e.set_key(Workshop(), Key.ROLL, score=2)
    assert weakest_words(one, texts) == (
        "Bara Roll bedömdes (2 av 5): ingen annan nyckel att jämföra med."
    )
    assert weakest_keys(scored_keys(one)) == "Roll (2)"
    assert weakest_words(Workshop(), texts) == texts["unscored"]


def test_scores_and_notes_are_undoable_and_the_chart_marks_the_weakest(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language(Language.SV)
    session = Session()
    canvas = KeysCanvas(session)
    qtbot.addWidget(canvas)
    canvas.show()
    spin = canvas.scores[Key.FORVALTNING]
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_Up)
    QTest.keyClick(spin, Qt.Key.Key_Up)
    assert session.workshop.key(Key.FORVALTNING).score == 2
    canvas.scores[Key.POLITIK].setValue(4)
    assert "Svagast: Förvaltning" in canvas.weakest_label.text()
    widths = list(canvas.bars.opts["width"])
    assert widths[:2] == [4, 2]
    type_text(canvas.notes[Key.ROLL], "Vi investerar lite")
    assert session.workshop.key(Key.ROLL).note == "Vi investerar lite"
    steps = session.undo_stack.count()
    session.undo_stack.undo()  # the typed note is one step
    assert session.workshop.key(Key.ROLL).note == "" and session.undo_stack.index() == steps - 1
    canvas.scores[Key.FORVALTNING].setValue(0)  # "–": not scored
    assert session.workshop.key(Key.FORVALTNING).score is None


def test_the_landscape_in_both_languages(qtbot) -> None:  # type: ignore[no-untyped-def]
    set_language(Language.SV)
    page = LandscapePage()
    qtbot.addWidget(page)
    assert page.cells[0][0].text() == "Statens förlängda arm"
    assert page.cells[2][2].text() == "Människors livsval"
    set_language(Language.EN)
    page.retranslate()
    assert page.cells[1][1].text() == "Growth in every region"
    assert page.rows[0].text() == "Ansvar"
    set_language(Language.SV)


def test_each_key_shows_what_its_step_found(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The room scores a key on what it saw: each key's finding follows its step's state, and a
    key whose step found nothing says so."""
    from regionroll_desktop.analysis.roles import weights_at
    from regionroll_desktop.model import REGIONSTYRELSEN_ID, Branch, MatrixPosition, StrategyKind

    set_language(Language.SV)
    session = Session()
    canvas = KeysCanvas(session)
    qtbot.addWidget(canvas)

    def finding(key: Key) -> str:
        return canvas.findings[key].text()

    for key in Key:
        assert "Inget att visa ännu" in finding(key), key
    assert "steg 1, Organisation" in finding(Key.POLITIK)
    session.apply("p", lambda w: e.place_branch(w, Branch.KULTUR, "political", REGIONSTYRELSEN_ID))
    assert "Politisk modell 0" in finding(Key.POLITIK) and "Underlaget:" in finding(Key.POLITIK)
    assert "Inget att visa ännu" in finding(Key.FORVALTNING)  # the administration is still empty
    where = MatrixPosition(capital_per_capita=-0.5, proactivity=-0.5)
    session.apply("f", lambda w: e.set_matrix_position(w, "today", where))
    assert "I dag: mer reaktivt kapital" in finding(Key.FINANSIERING)
    session.apply("s", lambda w: e.add_document(w, "RUS 2030", StrategyKind.RUS))
    assert "Strategidokument: 1 RUS" in finding(Key.STRATEGI)
    session.apply("r", lambda w: e.set_role_weights(w, "today", weights_at(0.05, 0.05)))
    roles = finding(Key.ROLL)
    assert "huvudroll Finansiären" in roles and "Frågor som väcktes" in roles  # reactive financier
    session.undo_stack.undo()
    assert "Inget att visa ännu" in finding(Key.ROLL)


def test_the_findings_say_where_they_come_from(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Which step each key's finding rests on is the app's rule, said above the keys (#36)."""
    from regionroll_desktop.canvases.keys import KeysCanvas
    from regionroll_desktop.model import Language, Workshop
    from regionroll_desktop.ui.i18n import set_language
    from regionroll_desktop.ui.session import Session

    set_language(Language.SV)
    canvas = KeysCanvas(Session(Workshop()))
    qtbot.addWidget(canvas)
    text = canvas.rule.text()
    assert text.startswith("Appens regel: varje nyckels fynd hämtas från ett steg"), text
    assert "Politik, Förvaltning ← Organisation" in text
    assert "Roll ← Genomförandepraktik" in text
