"""The phones' answers out (issue #38): every phone's answer per question with its time, as a
workbook with a sheet per question and as one long CSV; a name only where the room answered
by name; a text a phone sent that looks like a formula stays text in both; the ideas (never a
hidden one) and the facilitator's own questions each on a sheet of their own."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from regionroll_desktop.export.answers import answer_sheets, answers_csv, answers_xlsx
from regionroll_desktop.model import Key, Language, MatrixPosition, Side, Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.room import (
    Idea,
    IdeaKind,
    KeysAnswer,
    MatrixAnswer,
    OwnAnswer,
    OwnKind,
    OwnQuestion,
    Participant,
    Question,
    Upvote,
    record_answer,
    record_idea,
    record_upvote,
)
from regionroll_desktop.storage import load_workshop, save_workshop

SAMPLE = Path(__file__).parent.parent / "resources" / "samples" / "exempel.regionroll.json"
WHEN = dt.datetime(2026, 11, 27, 9, 30, 5, tzinfo=dt.UTC)


def _answered(named: bool = False) -> Workshop:
    w = load_workshop(SAMPLE)
    room = w.room
    ann = Participant(id="p-a", nickname="Ann" if named else "", side=Side.ELECTED)
    bo = Participant(id="p-b", nickname="Bo" if named else "")
    position = MatrixPosition(capital_per_capita=0.25, proactivity=-0.5)
    room = record_answer(
        room, ann, MatrixAnswer(question=Question.MATRIX_TODAY, position=position), WHEN
    )
    room = record_answer(room, bo, KeysAnswer(question=Question.KEYS, scores={Key.POLITIK: 4}))
    idea = Idea(
        id="idea-1",
        participant="p-a",
        text='=HYPERLINK("x")',
        kind=IdeaKind.QUESTION,
        step=Step.STRATEGI,
        at=WHEN + dt.timedelta(minutes=2),
    )
    room = record_idea(room, ann, idea)
    room = record_idea(room, bo, Idea(id="idea-2", participant="p-b", text="Dold rad"))
    room = record_upvote(room, bo, Upvote(idea="idea-1"))
    own = OwnQuestion(id="own-1", text="Vilket ord: 2030?", kind=OwnKind.WORDS)
    room = record_answer(room, bo, OwnAnswer(question=Question.OWN, asks="own-1", words=("Mod",)))
    w = e.evolve(w, room=room, own_questions=(own,))
    return e.hide_idea(w, "idea-2")


def test_a_sheet_per_question_a_row_per_phone(qapp) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)
    sheets = {s.question: s for s in answer_sheets(_answered())}
    assert list(sheets) == [Question.MATRIX_TODAY, Question.KEYS, Question.IDEAS, Question.OWN]
    matrix = sheets[Question.MATRIX_TODAY]
    assert matrix.headers == ["Mobil", "Sida", "Tid", "Kapital per capita", "Karaktär"]
    local = WHEN.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert matrix.rows == [["Mobil 1", "Förtroendevalda", local, 0.25, -0.5]]
    keys = sheets[Question.KEYS]
    assert keys.rows[0][:3] == ["Mobil 2", "", "okänd"]  # no side said, time not known
    assert keys.rows[0][3] == 4 and keys.rows[0][4] is None  # Politik 4, Förvaltning –
    (idea,) = sheets[Question.IDEAS].rows  # the hidden one never
    assert idea[3:] == ['=HYPERLINK("x")', "fråga", 1, ""]
    assert sheets[Question.OWN].tab == "1. Vilket ord 2030"
    assert sheets[Question.OWN].rows[0][-1] == "Mod"
    assert "Namn" not in matrix.headers  # anonymous: no name column at all
    named = answer_sheets(_answered(named=True))[0]
    assert named.headers[:2] == ["Mobil", "Namn"] and named.rows[0][1] == "Ann"


def test_the_workbook_and_the_csv_keep_a_formula_as_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)
    sheets = answer_sheets(_answered())
    path = tmp_path / "svar.xlsx"
    path.write_bytes(answers_xlsx(sheets))
    book = load_workbook(path)
    assert book.sheetnames == ["Matris i dag", "Nycklar", "Idéer", "1. Vilket ord 2030"]
    comment = book["Idéer"]
    assert comment.cell(2, 4).value == '=HYPERLINK("x")'
    assert comment.cell(2, 4).data_type == "s"  # text, never a formula
    assert book["Matris i dag"].cell(2, 4).value == 0.25  # a number stays a number
    text = answers_csv(sheets).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == ["Fråga", "Mobil", "Sida", "Tid", "Vad", "Värde"]
    assert rows[1][:3] == ["Kapitalmatrisen, i dag", "Mobil 1", "Förtroendevalda"]
    assert rows[1][-2:] == ["Kapital per capita", "0,250"]
    assert any(r[-1] == '\'=HYPERLINK("x")' for r in rows)  # CSV: an apostrophe first


def test_the_command_line_writes_both(tmp_path: Path) -> None:
    source = tmp_path / "w.regionroll.json"
    save_workshop(_answered(), source)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "regionroll_desktop",
            "export",
            str(source),
            "--out",
            str(tmp_path),
            "--format",
            "answers",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    written = sorted(p.name for p in tmp_path.iterdir() if p.name.endswith(("xlsx", ".csv")))
    assert written == [
        "Exempel--Regionens-roll---en-påhittad-region-svar.csv",
        "Exempel--Regionens-roll---en-påhittad-region-svar.xlsx",
    ]
    bad = subprocess.run(
        [
            sys.executable,
            "-m",
            "regionroll_desktop",
            "export",
            str(source),
            "--out",
            str(tmp_path),
            "--format",
            "xls",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2 and "answers" in bad.stderr
