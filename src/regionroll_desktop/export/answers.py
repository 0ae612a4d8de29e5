"""Every phone's answer, question by question, with the time it arrived, for an analyst: a
spreadsheet with a sheet per question (one row per phone, a column per value) and one CSV in
long form (one row per value). A phone is "Mobil 1", "Mobil 2" … in the order it first
answered; its name only where the room answered by name. Nothing from the workshop's own
answers, only the phones': their answers to the app's questions and to the facilitator's own,
and their ideas with the upvotes (never an idea the facilitator hid)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from ..model import IdeaFate, Key, Language, Role, Workshop
from ..model.deck import KEY_POINTS, ROLE_NAMES
from ..model.room import (
    ANSWERED_ONCE,
    DotsAnswer,
    KeysAnswer,
    MatrixAnswer,
    OwnAnswer,
    OwnKind,
    OwnQuestion,
    ParticipantAnswer,
    Question,
    RolesAnswer,
)
from ..room.ideas import board_of
from ..storage.actions_csv import BOM, safe_cell
from ..storage.jsonio import atomic_write
from ..ui.room_words import idea_kind_words, question_words
from ..ui.side_words import side_name

Cell = str | int | float | None


@dataclass(frozen=True, slots=True)
class Sheet:
    """One question's answers: its name for a sheet's tab, its words, its columns and rows."""

    question: Question
    tab: str  # at most 31 characters, none of : \\ / ? * [ ]
    title: str
    headers: list[str]
    rows: list[list[Cell]]


def _tabs() -> dict[Question, str]:
    return {
        Question.MATRIX_TODAY: QCoreApplication.translate("AnswersExport", "Matrix today"),
        Question.MATRIX_AMBITION: QCoreApplication.translate("AnswersExport", "Matrix ambition"),
        Question.ROLES_TODAY: QCoreApplication.translate("AnswersExport", "Roles today"),
        Question.ROLES_AMBITION: QCoreApplication.translate("AnswersExport", "Roles ambition"),
        Question.KEYS: QCoreApplication.translate("AnswersExport", "Keys"),
        Question.DOTS: QCoreApplication.translate("AnswersExport", "Dots"),
        Question.IDEAS: QCoreApplication.translate("AnswersExport", "Ideas"),
    }


def _tab(n: int, text: str) -> str:
    """An own question's tab: its number and its first words, as a sheet's name allows."""
    words = "".join(" " if c in ":\\/?*[]" else c for c in text)
    return f"{n}. {' '.join(words.split())}"[:31].rstrip()


def _values(
    answer: ParticipantAnswer, targets: dict[str, str], own: OwnQuestion | None = None
) -> tuple[list[str], list[Cell]]:
    """The value columns' heads and this answer's values."""
    a = answer.answer
    if isinstance(a, MatrixAnswer):
        return (
            [
                QCoreApplication.translate("AnswersExport", "Capital per capita"),
                QCoreApplication.translate("AnswersExport", "Character"),
            ],
            [a.position.capital_per_capita, a.position.proactivity],
        )
    if isinstance(a, RolesAnswer):
        percent = a.weights.percentages()
        return (
            [f"{ROLE_NAMES[r].text(Language.SV)} (%)" for r in Role],
            [percent[r] for r in Role],
        )
    if isinstance(a, KeysAnswer):
        return (
            [KEY_POINTS[k][0].text(Language.SV) for k in Key],
            [a.scores.get(k) for k in Key],
        )
    if isinstance(a, DotsAnswer):
        return (
            [QCoreApplication.translate("AnswersExport", "Dots on")],
            ["; ".join(targets.get(t, t) for t in a.targets)],
        )
    assert isinstance(a, OwnAnswer) and own is not None
    if own.kind is OwnKind.CHOICE:
        head = QCoreApplication.translate("AnswersExport", "Choice")
        return [head], [own.options[a.choice] if a.choice is not None else None]
    if own.kind is OwnKind.SCALE:
        return [QCoreApplication.translate("AnswersExport", "Score")], [a.score]
    return [QCoreApplication.translate("AnswersExport", "Words")], ["; ".join(a.words)]


def _when(at: dt.datetime | None) -> str:
    """The answer's time in the computer's local time ("2026-11-27 10:31:05"), or unknown."""
    if at is None:
        return QCoreApplication.translate("AnswersExport", "not known")
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def answer_sheets(workshop: Workshop) -> list[Sheet]:
    """A sheet for each question any phone answered, in the questions' order; then the
    ideas, then each of the facilitator's own questions."""
    room = workshop.room
    order: dict[str, int] = {}
    for answer in room.answers:
        order.setdefault(answer.participant, len(order) + 1)
    for idea in room.ideas:
        order.setdefault(idea.participant, len(order) + 1)
    people = {p.id: p for p in room.participants}
    named = any(p.nickname for p in room.participants)
    grouped = any(p.group for p in room.participants)
    sided = any(p.side for p in room.participants) or any(g.side for g in workshop.details.groups)
    targets = workshop.dot_targets()
    heads = [QCoreApplication.translate("AnswersExport", "Phone")]
    if named:
        heads.append(QCoreApplication.translate("AnswersExport", "Name"))
    if grouped:
        heads.append(QCoreApplication.translate("AnswersExport", "Group"))
    if sided:
        heads.append(QCoreApplication.translate("AnswersExport", "Side"))
    heads.append(QCoreApplication.translate("AnswersExport", "Time"))

    def who(participant: str, at: dt.datetime | None) -> list[Cell]:
        person = people.get(participant)
        row: list[Cell] = [
            QCoreApplication.translate("AnswersExport", "Phone {n}").format(n=order[participant])
        ]
        if named:
            row.append(person.nickname if person else "")
        group = workshop.group(person.group) if person and person.group else None
        if grouped:
            row.append(group.name if group else "")
        if sided:
            side = (person.side if person else None) or (group.side if group else None)
            row.append(side_name(side) if side else "")
        row.append(_when(at))
        return row

    def sheet(
        question: Question,
        tab: str,
        title: str,
        answers: list[ParticipantAnswer],
        own: OwnQuestion | None = None,
    ) -> Sheet:
        rows: list[list[Cell]] = []
        value_heads: list[str] = []
        for answer in answers:
            value_heads, values = _values(answer, targets, own)
            rows.append(who(answer.participant, answer.at) + values)
        return Sheet(question, tab, title, heads + value_heads, rows)

    tabs = _tabs()
    sheets = [
        sheet(question, tabs[question], question_words(question), answers)
        for question in ANSWERED_ONCE
        if (answers := room.answers_to(question))
    ]
    board = board_of(workshop)
    if board.shown:
        by_id = {i.id: i for i in room.ideas}
        fates = {
            IdeaFate.ACTION: QCoreApplication.translate("AnswersExport", "a proposed action"),
            IdeaFate.PARKED: QCoreApplication.translate("AnswersExport", "a parked question"),
        }
        rows = [
            [
                *who(idea.author, by_id[idea.id].at),
                idea.text,
                idea_kind_words(by_id[idea.id].kind),
                len(idea.voters),
                fates[idea.fate] if idea.fate is not None else "",
            ]
            for idea in board.shown
        ]
        idea_heads = [
            QCoreApplication.translate("AnswersExport", "Idea"),
            QCoreApplication.translate("AnswersExport", "Kind"),
            QCoreApplication.translate("AnswersExport", "Upvotes"),
            QCoreApplication.translate("AnswersExport", "What became of it"),
        ]
        sheets.append(
            Sheet(
                Question.IDEAS,
                tabs[Question.IDEAS],
                question_words(Question.IDEAS),
                heads + idea_heads,
                rows,
            )
        )
    for n, own in enumerate(workshop.own_questions, start=1):
        answers = [
            a for a in room.answers if isinstance(a.answer, OwnAnswer) and own.fits(a.answer)
        ]
        if answers:
            sheets.append(sheet(Question.OWN, _tab(n, own.text), own.text, answers, own))
    return sheets


def answers_csv(sheets: Sequence[Sheet]) -> bytes:
    """One CSV in long form: the question, the phone's columns, what the value is and the
    value (semicolons, a byte order mark: as Swedish Excel opens it)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    locale = QLocale()
    writer.writerow(
        [
            QCoreApplication.translate("AnswersExport", "Question"),
            *(sheets[0].headers[: _common(sheets[0])] if sheets else []),
            QCoreApplication.translate("AnswersExport", "What"),
            QCoreApplication.translate("AnswersExport", "Value"),
        ]
    )
    for sheet in sheets:
        common = _common(sheet)
        for row in sheet.rows:
            for head, value in zip(sheet.headers[common:], row[common:], strict=True):
                writer.writerow(
                    [
                        safe_cell(sheet.title),
                        *(safe_cell(str(c)) for c in row[:common]),
                        safe_cell(head),
                        _text(value, locale),
                    ]
                )
    return (BOM + out.getvalue()).encode("utf-8")


def _common(sheet: Sheet) -> int:
    """How many of a sheet's first columns say who and when (the rest are values)."""
    time = QCoreApplication.translate("AnswersExport", "Time")
    return sheet.headers.index(time) + 1


def _text(value: Cell, locale: QLocale) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return locale.toString(value, "f", 3)  # a decimal comma where the language has one
    return safe_cell(str(value))


def answers_xlsx(sheets: Sequence[Sheet]) -> bytes:
    """A workbook with a sheet per question; every text is stored as text (never read as a
    formula), numbers as numbers."""
    from openpyxl import Workbook  # loaded for this export only

    book = Workbook()
    for first in list(book.worksheets):  # a new workbook's empty sheet: ours instead
        book.remove(first)
    for sheet in sheets:
        page = book.create_sheet(sheet.tab)
        page.append(sheet.headers)
        for row in sheet.rows:
            page.append(row)
        for cells in page.iter_rows():
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # "=…" stays the words the phone sent
        for column, head in zip(page.iter_cols(max_row=1), sheet.headers, strict=True):
            page.column_dimensions[column[0].column_letter].width = max(10, min(60, len(head) + 4))
        page.freeze_panes = "A2"
    if not sheets:
        empty = book.create_sheet(QCoreApplication.translate("AnswersExport", "Answers"))
        empty.append([QCoreApplication.translate("AnswersExport", "No phone has answered.")])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def write_answers(workshop: Workshop, xlsx: Path, csv_path: Path) -> list[Path]:
    """The phones' answers as a workbook and as a CSV (each written whole or not at all)."""
    sheets = answer_sheets(workshop)
    atomic_write(xlsx, answers_xlsx(sheets), backup=False)
    atomic_write(csv_path, answers_csv(sheets), backup=False)
    return [xlsx, csv_path]
