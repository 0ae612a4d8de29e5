"""Changes between two states of a workshop, in words (the Compare page and the report)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..analysis.compare import (
    TIED,
    WEIGHT_STEP,
    Change,
    ChangeKind,
    NoteChange,
    pinned_item,
    what_changed,
)
from ..analysis.sides import DistanceBand
from ..model import (
    ROOM_MARKER,
    Branch,
    FocusArea,
    FocusTier,
    Language,
    MatrixPosition,
    Moment,
    NotePin,
    OtherRole,
    PinKind,
    Role,
    Snapshot,
    Step,
    Workshop,
)
from ..model.deck import BRANCH_LABELS, KEY_POINTS, ROLE_NAMES, STEP_TITLES
from ..model.room import Question
from ..model.text import one_or_many
from ..model.vocabulary import Key
from .i18n import language
from .outcome_words import action_status_words
from .review_words import held_words
from .room_words import question_words
from .side_words import band_words
from .step_summary import other_role_words, position_words
from .step_words import priority_tests_words


def sides_change_words(c: Change) -> str:
    """How far apart the elected members and the officials are, before and after."""

    def words(value: object) -> str:
        if isinstance(value, DistanceBand):
            return band_words(value)
        return QCoreApplication.translate("ChangeWords", "no comparison")

    text = (
        QCoreApplication.translate("ChangeWords", "elected members and officials today: {a} → {b}")
        if c.subject == Moment.TODAY.value
        else QCoreApplication.translate(
            "ChangeWords", "elected members and officials as ambition: {a} → {b}"
        )
    )
    return text.format(a=words(c.before), b=words(c.after))


def describe_change(c: Change) -> str:
    """One change in words, in the UI's language."""
    lang = language()
    step = STEP_TITLES[c.step].text(Language.SV) + ": " if c.step else ""
    branch = (
        BRANCH_LABELS[Branch(c.subject)].text(Language.SV)
        if c.kind in (ChangeKind.BRANCH_MOVED, ChangeKind.REMIT)
        else c.subject
    )
    tray = QCoreApplication.translate("ChangeWords", "not placed")

    def tier(value: object) -> str:
        """A RUS priority's place in words: Kärna, Bredd, Spets, not sorted, new, removed."""
        if isinstance(value, FocusTier):
            return {FocusTier.KARNA: "Kärna", FocusTier.BREDD: "Bredd", FocusTier.SPETS: "Spets"}[
                value
            ]
        if value == "new":
            return QCoreApplication.translate("ChangeWords", "new")
        if value == "removed":
            return QCoreApplication.translate("ChangeWords", "removed")
        return QCoreApplication.translate("ChangeWords", "not sorted")

    def tests(value: object) -> str:
        """A priority's tests in words ("–" when it passes neither)."""
        return (priority_tests_words(value) if isinstance(value, FocusArea) else "") or "–"

    def share(value: object) -> float:
        """A role's weight (0 to 1) as the change holds it."""
        return float(value) if isinstance(value, int | float) else 0.0

    def other(value: object) -> str:
        if isinstance(value, OtherRole):
            return other_role_words(value)
        return QCoreApplication.translate("ChangeWords", "none")

    def main_role(value: object) -> str:
        if isinstance(value, Role):
            return ROLE_NAMES[value].text(lang)
        if value == TIED:
            return QCoreApplication.translate("ChangeWords", "none (a tie)")
        return "–"

    def pos(p: object) -> str:
        return position_words(p if isinstance(p, MatrixPosition) else None)

    text = {
        ChangeKind.REGION: lambda: QCoreApplication.translate(
            "ChangeWords", "Region: {a} → {b}"
        ).format(a=c.before or "–", b=c.after or "–"),
        ChangeKind.BODY_ADDED: lambda: QCoreApplication.translate(
            "ChangeWords", "added {name}"
        ).format(name=c.subject),
        ChangeKind.BODY_REMOVED: lambda: QCoreApplication.translate(
            "ChangeWords", "removed {name}"
        ).format(name=c.subject),
        ChangeKind.BODY_RENAMED: lambda: QCoreApplication.translate(
            "ChangeWords", "renamed {a} to {b}"
        ).format(a=c.before, b=c.after),
        ChangeKind.BRANCH_MOVED: lambda: QCoreApplication.translate(
            "ChangeWords", "{branch} moved from {a} to {b}"
        ).format(branch=branch, a=c.before or tray, b=c.after or tray),
        ChangeKind.REMIT: lambda: (
            QCoreApplication.translate("ChangeWords", "{branch} is now outside the remit")
            if c.after
            else QCoreApplication.translate("ChangeWords", "{branch} is back within the remit")
        ).format(branch=branch),
        ChangeKind.MODEL: lambda: (
            QCoreApplication.translate("ChangeWords", "political model {a} → {b}")
            if c.subject == "political_model"
            else QCoreApplication.translate("ChangeWords", "administrative model {a} → {b}")
        ).format(a=getattr(c.before, "value", "–"), b=getattr(c.after, "value", "–")),
        ChangeKind.MUNICIPAL: lambda: QCoreApplication.translate(
            "ChangeWords", "municipal involvement changed"
        ),
        ChangeKind.MARKER: lambda: (
            QCoreApplication.translate("ChangeWords", "today moved from {a} to {b}")
            if c.subject == Moment.TODAY
            else QCoreApplication.translate("ChangeWords", "the ambition moved from {a} to {b}")
        ).format(a=pos(c.before), b=pos(c.after)),
        ChangeKind.DOC_ADDED: lambda: QCoreApplication.translate(
            "ChangeWords", "added {name}"
        ).format(name=c.subject),
        ChangeKind.DOC_REMOVED: lambda: QCoreApplication.translate(
            "ChangeWords", "removed {name}"
        ).format(name=c.subject),
        ChangeKind.DOC_CHANGED: lambda: QCoreApplication.translate(
            "ChangeWords", "changed {name}"
        ).format(name=c.subject),
        ChangeKind.LINK_ADDED: lambda: QCoreApplication.translate(
            "ChangeWords", "{a} now derives from {b}"
        ).format(a=c.subject, b=c.after),
        ChangeKind.LINK_REMOVED: lambda: QCoreApplication.translate(
            "ChangeWords", "{a} no longer derives from {b}"
        ).format(a=c.subject, b=c.before),
        ChangeKind.FOCUS: lambda: QCoreApplication.translate(
            "ChangeWords", "priority {name}: {a} → {b}"
        ).format(name=c.subject, a=tier(c.before), b=tier(c.after)),
        ChangeKind.MAIN_ROLE: lambda: (
            QCoreApplication.translate("ChangeWords", "main role today: {a} → {b}")
            if c.subject == Moment.TODAY
            else QCoreApplication.translate("ChangeWords", "main role as ambition: {a} → {b}")
        ).format(
            a=main_role(c.before),
            b=main_role(c.after),
        ),
        ChangeKind.OTHER_ROLE: lambda: QCoreApplication.translate(
            "ChangeWords", "the room's own role: {a} → {b}"
        ).format(a=other(c.before), b=other(c.after)),
        ChangeKind.WEIGHT: lambda: (
            QCoreApplication.translate("ChangeWords", "{role} up from {a} % to {b} %")
            if share(c.after) > share(c.before)
            else QCoreApplication.translate("ChangeWords", "{role} down from {a} % to {b} %")
        ).format(
            role=ROLE_NAMES[Role(c.subject)].text(Language.SV),
            a=round(share(c.before) * 100),
            b=round(share(c.after) * 100),
        ),
        ChangeKind.GROUP_MARKER: lambda: (
            QCoreApplication.translate("ChangeWords", "{group}'s marker (today): {a} → {b}")
            if c.detail.get("moment") is Moment.TODAY
            else QCoreApplication.translate("ChangeWords", "{group}'s marker (ambition): {a} → {b}")
        ).format(group=c.subject, a=pos(c.before), b=pos(c.after)),
        ChangeKind.GROUP_ROLES: lambda: (
            QCoreApplication.translate("ChangeWords", "{group}'s main role (today): {a} → {b}")
            if c.detail.get("moment") is Moment.TODAY
            else QCoreApplication.translate(
                "ChangeWords", "{group}'s main role (ambition): {a} → {b}"
            )
        ).format(
            group=c.subject,
            a=main_role(c.before),
            b=main_role(c.after),
        ),
        ChangeKind.KEY_SCORE: lambda: QCoreApplication.translate(
            "ChangeWords", "key {key}: score {a} → {b}"
        ).format(
            key=KEY_POINTS[Key(c.subject)][0].text(Language.SV),
            a=c.before or "–",
            b=c.after or "–",
        ),
        ChangeKind.NOTE: lambda: QCoreApplication.translate("ChangeWords", "the note changed"),
        ChangeKind.CONCLUSION: lambda: (
            QCoreApplication.translate("ChangeWords", "the conclusion was marked as agreed")
            if getattr(c.after, "agreed", False) and not getattr(c.before, "agreed", False)
            else QCoreApplication.translate("ChangeWords", "the conclusion changed")
        ),
        ChangeKind.DOTS: lambda: QCoreApplication.translate(
            "ChangeWords", "dots on {what}: {a} → {b}"
        ).format(what=c.subject, a=c.before, b=c.after),
        ChangeKind.PARKED: lambda: (
            QCoreApplication.translate("ChangeWords", "question parked: {what}")
            if c.before is None
            else QCoreApplication.translate("ChangeWords", "parked question removed: {what}")
            if c.after is None
            else QCoreApplication.translate("ChangeWords", "parked question closed: {what}")
            if getattr(c.after, "closed", False)
            else QCoreApplication.translate("ChangeWords", "parked question reopened: {what}")
        ).format(what=c.subject),
        ChangeKind.ACTION_ADDED: lambda: QCoreApplication.translate(
            "ChangeWords", "new action: {what}"
        ).format(what=c.subject),
        ChangeKind.ACTION_REMOVED: lambda: QCoreApplication.translate(
            "ChangeWords", "action removed: {what}"
        ).format(what=c.subject),
        ChangeKind.STICKY_NOTE: lambda: note_change_words(c),
        ChangeKind.ROOM_ANSWERS: lambda: room_change_words(c),
        ChangeKind.SIDES: lambda: sides_change_words(c),
        ChangeKind.CONSEQUENCE: lambda: QCoreApplication.translate(
            "ChangeWords", "what the ambition means for us changed"
        ),
        ChangeKind.NUMBERS: lambda: (
            QCoreApplication.translate("ChangeWords", "the region's own numbers were given")
            if c.before is None
            else QCoreApplication.translate("ChangeWords", "the region's own numbers were removed")
            if c.after is None
            else QCoreApplication.translate("ChangeWords", "the region's own numbers changed")
        ),
        ChangeKind.PRIORITY_TESTS: lambda: QCoreApplication.translate(
            "ChangeWords", "priority {what}: the deck's tests {a} → {b}"
        ).format(
            what=c.subject,
            a=tests(c.before),
            b=tests(c.after),
        ),
        ChangeKind.ACTION_CHANGED: lambda: QCoreApplication.translate(
            "ChangeWords", "action changed: {what} ({status})"
        ).format(what=c.subject, status=action_status_words(getattr(c.after, "status", None))),
    }[c.kind]()
    return step + text


def room_change_words(c: Change) -> str:
    """The phones' answers to one question: how many before and after, how many changed."""
    question = question_words(Question(c.subject))
    if c.subject == Question.OWN.value and c.detail.get("text"):
        question = str(c.detail["text"])
    changed = int(str(c.detail.get("changed", 0)))
    if c.before == c.after:
        return one_or_many(
            changed,
            QCoreApplication.translate(
                "ChangeWords", "the phones' answers to “{question}”: {n} answer changed"
            ),
            QCoreApplication.translate(
                "ChangeWords", "the phones' answers to “{question}”: {n} answers changed"
            ),
        ).format(question=question, n=changed)
    words = (
        one_or_many(
            changed,
            QCoreApplication.translate(
                "ChangeWords",
                "the phones' answers to “{question}”: {a} → {b}, {n} answer changed",
            ),
            QCoreApplication.translate(
                "ChangeWords",
                "the phones' answers to “{question}”: {a} → {b}, {n} answers changed",
            ),
        )
        if changed
        else QCoreApplication.translate(
            "ChangeWords", "the phones' answers to “{question}”: {a} → {b}"
        )
    )
    return words.format(question=question, a=c.before, b=c.after, n=changed)


def pin_words(pin: NotePin, item: str | None) -> str:
    """What a note is pinned to, in words: a body's name, a card's title or a marker."""
    if item is None:
        return QCoreApplication.translate("ChangeWords", "something no longer there")
    if pin.kind is not PinKind.MARKER:
        return f"”{item}”"
    today = pin.moment is Moment.TODAY
    if item == ROOM_MARKER:
        return (
            QCoreApplication.translate("ChangeWords", "the marker for today")
            if today
            else QCoreApplication.translate("ChangeWords", "the marker for the ambition")
        )
    words = (
        QCoreApplication.translate("ChangeWords", "{group}'s marker for today")
        if today
        else QCoreApplication.translate("ChangeWords", "{group}'s marker for the ambition")
    )
    return words.format(group=item)


def pin_caption(workshop: Workshop, pin: NotePin | None) -> str:
    """What a note is pinned to, in words ("" when it lies by itself)."""
    return "" if pin is None else pin_words(pin, pinned_item(workshop, pin))


def note_change_words(c: Change) -> str:
    """A sticky note's change in words (without the step)."""
    what = c.detail.get("what")
    text = c.subject.strip() or QCoreApplication.translate("ChangeWords", "(empty)")
    if what is NoteChange.ADDED:
        return QCoreApplication.translate("ChangeWords", "note put up: “{text}”").format(text=text)
    if what is NoteChange.REMOVED:
        return QCoreApplication.translate("ChangeWords", "note taken down: “{text}”").format(
            text=text
        )
    if what is NoteChange.REWRITTEN:
        old = getattr(c.before, "text", "").strip() or "–"
        return QCoreApplication.translate("ChangeWords", "note “{old}” now reads “{text}”").format(
            old=old, text=text
        )
    if what is NoteChange.PINNED:
        pin = c.detail.get("pin")
        item = c.detail.get("item")
        target = (
            pin_words(pin, item if isinstance(item, str) else None)
            if isinstance(pin, NotePin)
            else "–"
        )
        return QCoreApplication.translate("ChangeWords", "note “{text}” pinned to {item}").format(
            text=text, item=target
        )
    if what is NoteChange.UNPINNED:
        return QCoreApplication.translate("ChangeWords", "note “{text}” unpinned").format(text=text)
    group = c.detail.get("group")
    if isinstance(group, str):
        return QCoreApplication.translate(
            "ChangeWords", "note “{text}” now in {group}'s colour"
        ).format(text=text, group=group)
    return QCoreApplication.translate("ChangeWords", "note “{text}” now neutral").format(text=text)


def sticky_note_lines(workshop: Workshop, step: Step, first: int = 1) -> list[str]:
    """The notes on `step` as a report lists them under the figure, numbered as the figure's
    callouts (from `first`: after its markers' numbers, `Figure.first_note`): the text, the
    group whose colour it has, what it is pinned to."""
    lines = []
    for n, note in enumerate(workshop.notes_on(step), start=first):
        group = workshop.group(note.group) if note.group else None
        extra = [group.name] if group else []
        if note.pin is not None:
            pinned = QCoreApplication.translate("ChangeWords", "pinned to {item}")
            extra.append(pinned.format(item=pin_caption(workshop, note.pin)))
        text = note.text.strip() or "–"
        lines.append(f"{n}. {text}" + (f" ({'; '.join(extra)})" if extra else ""))
    return lines


def weight_rule() -> str:
    """The app's rule behind "what changed" for the roles, where the changes are listed."""
    return QCoreApplication.translate(
        "ChangeWords",
        "The app's rule: a role's weight that moves less than {points} percentage points is "
        "not counted as a change.",
    ).format(points=round(WEIGHT_STEP * 100))


SINCE_SHOWN = 6  # changes said on a step page; the rest are counted (all are on Jämför)
# What a step's canvas holds, and so what "since the last workshop" tells on its page (not
# the room's words, notes, conclusions or actions: those start anew in a follow-up; nor where
# the markers lie: the last workshop's are drawn on the maps beside today's).
ON_THE_CANVAS = frozenset(
    {
        ChangeKind.BODY_ADDED,
        ChangeKind.BODY_REMOVED,
        ChangeKind.BODY_RENAMED,
        ChangeKind.BRANCH_MOVED,
        ChangeKind.REMIT,
        ChangeKind.MODEL,
        ChangeKind.MUNICIPAL,
        ChangeKind.DOC_ADDED,
        ChangeKind.DOC_REMOVED,
        ChangeKind.DOC_CHANGED,
        ChangeKind.LINK_ADDED,
        ChangeKind.LINK_REMOVED,
        ChangeKind.FOCUS,
        ChangeKind.OTHER_ROLE,
        ChangeKind.NUMBERS,
        ChangeKind.PRIORITY_TESTS,
    }
)


# The steps whose markers the line leaves to the map (the last workshop's drawn there), and
# says so: else "no change" read as the markers' too.
MARKERS_ON_THE_MAP = frozenset({Step.FINANSIERING, Step.GENOMFORANDEPRAKTIK})


def since_words(previous: Snapshot, now: Workshop, step: Step) -> str:
    """What changed on `step` since the previous workshop this one follows up, in words:
    "Sedan förra workshoppen (27 november 2026): …; … och 3 till (Jämför)." """
    prefix = STEP_TITLES[step].text(Language.SV) + ": "
    changes = [
        describe_change(c).removeprefix(prefix)
        for c in what_changed(previous.workshop, now)
        if c.step is step and c.kind in ON_THE_CANVAS
    ]
    date = held_words(previous)
    markers = step in MARKERS_ON_THE_MAP
    if not changes:
        if markers:  # "no change" read as the markers' too, before the room had placed them
            return QCoreApplication.translate(
                "ChangeWords",
                "Since the last workshop ({date}): nothing but the markers to compare; the "
                "last workshop's are drawn on the map beside today's.",
            ).format(date=date)
        return QCoreApplication.translate(
            "ChangeWords", "Since the last workshop ({date}): no change."
        ).format(date=date)
    text = QCoreApplication.translate(
        "ChangeWords", "Since the last workshop ({date}): {changes}"
    ).format(date=date, changes="; ".join(changes[:SINCE_SHOWN]))
    more = len(changes) - SINCE_SHOWN
    if more > 0:
        text += " " + QCoreApplication.translate("ChangeWords", "and {n} more (Compare)").format(
            n=more
        )
    text += "."
    if markers:
        text += " " + QCoreApplication.translate(
            "ChangeWords", "The markers: the last workshop's are drawn on the map beside today's."
        )
    return text


def previous_label(moment: Moment) -> str:
    """The previous workshop's marker for `moment`, on the matrix and the role map (short:
    it sits in a role's quadrant beside the workshop's own; its day is on its tooltip and on
    the switch that shows it)."""
    if moment is Moment.TODAY:
        return QCoreApplication.translate("ChangeWords", "Last time: today")
    return QCoreApplication.translate("ChangeWords", "Last time: ambition")


def previous_tip(previous: Snapshot, moment: Moment) -> str:
    """The previous workshop's marker's tooltip: its label with the day it was held."""
    return QCoreApplication.translate("ChangeWords", "The workshop of {date}: {marker}").format(
        date=held_words(previous), marker=previous_label(moment)
    )
