"""What became of the last workshop's actions, in words (issue #39): for the review on the
workshop's page, the report and "what changed"."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..model import ReviewVerdict, Snapshot, Workshop
from ..model.text import one_or_many

VERDICTS = (None, *ReviewVerdict)  # the review's choices, in order (None: not reviewed)


def verdict_words(verdict: ReviewVerdict | None) -> str:
    """What became of a previous action, as the review, the report and the lists say it."""
    if verdict is None:
        return QCoreApplication.translate("ActionReview", "not reviewed")
    return {
        ReviewVerdict.DONE: QCoreApplication.translate("ActionReview", "done"),
        ReviewVerdict.ONGOING: QCoreApplication.translate("ActionReview", "ongoing"),
        ReviewVerdict.NOT_STARTED: QCoreApplication.translate("ActionReview", "not started"),
        ReviewVerdict.STRUCK: QCoreApplication.translate("ActionReview", "struck"),
    }[verdict]


def review_summary(workshop: Workshop) -> str:
    """What became of the last workshop's actions, in words: how many done, ongoing, not
    started, struck, not yet reviewed, and carried over (an empty text without a previous)."""
    previous = workshop.previous
    if previous is None:
        return ""
    actions = previous.workshop.outcome.actions
    counts = {v: 0 for v in VERDICTS}
    for action in actions:
        review = workshop.outcome.review(action.id)
        counts[review.verdict if review else None] += 1
    here = {a.id for a in workshop.outcome.actions}
    carried = sum(1 for r in workshop.outcome.reviews if r.carried in here)
    # Each verdict given, then how many wait to be reviewed (none said when none wait).
    parts = [f"{verdict_words(v)}: {counts[v]}" for v in (*ReviewVerdict, None) if counts[v]]
    return one_or_many(
        len(actions),
        QCoreApplication.translate(
            "ActionReview", "The last workshop's {n} action: {parts}; carried over: {carried}."
        ),
        QCoreApplication.translate(
            "ActionReview", "Of the last workshop's {n} actions: {parts}; carried over: {carried}."
        ),
    ).format(n=len(actions), parts=", ".join(parts), carried=carried)


def date_words(when: dt.date) -> str:
    """A day as the pages say it: "27 november 2026"."""
    return QLocale().toString(QDate(when.year, when.month, when.day), "d MMMM yyyy")


def held_words(previous: Snapshot) -> str:
    """When the previous workshop was held, as the pages say it."""
    return date_words(previous.taken_at)
