"""Ny uppföljning… (issue #39): a new workshop that follows up a previous one, chosen as a
file. It starts from what the previous one left (model/edits.py `follow_up`); whether the
participants' names and the notes come along is asked, and no, unless ticked. The previous
file is only read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ..model import Workshop
from ..model import edits as e
from ..ui.glyphs import shown
from ..ui.review_words import date_words
from ..ui.widgets import muted, named


def held_on(previous: Workshop, path: Path) -> dt.datetime:
    """When the previous workshop was held: its date (at noon, local time), or else when its
    file was last written."""
    if previous.details.date is not None:
        noon = dt.datetime.combine(previous.details.date, dt.time(12, 0))
        return noon.astimezone()
    return dt.datetime.fromtimestamp(path.stat().st_mtime).astimezone()


def previous_name(when: dt.datetime) -> str:
    """The previous workshop's name beside this one's: "Förra workshoppen (27 november 2026)"."""
    return QCoreApplication.translate("FollowUp", "Previous workshop ({date})").format(
        date=date_words(when)
    )


def follow_up_of(
    previous: Workshop, path: Path, keep_words: bool, today: dt.date | None = None
) -> Workshop:
    """The follow-up of `previous`, read from `path`, to be held `today`."""
    when = held_on(previous, path)
    return e.follow_up(
        previous,
        previous_name(when),
        when,
        source=path.name,
        on=today or dt.date.today(),
        keep_words=keep_words,
    )


class FollowUpDialog(QDialog):
    """What the follow-up starts from, and whether the names and notes come along."""

    def __init__(self, parent: QWidget | None, previous: Workshop, path: Path) -> None:
        super().__init__(parent)
        self.setObjectName("followUpDialog")
        self.setWindowTitle(self.tr("New follow-up"))
        title = previous.details.title or (previous.region.name if previous.region else "")
        about = QLabel(wordWrap=True)
        about.setText(
            self.tr(
                "A new workshop following up “{title}” ({file}): it starts from the "
                "region, the organisation and the strategy as they were left; the last "
                "workshop's answers stay beside as “{name}”, and its actions wait to be "
                "reviewed first. The file itself is not changed."
            ).format(
                title=shown(title),
                file=path.name,
                name=previous_name(held_on(previous, path)),
            )
        )
        self.keep_words = named(QCheckBox(), "followUpKeepWords")
        self.keep_words.setText(self.tr("Bring the participants' names and the notes along"))
        why = QLabel(
            self.tr(
                "Off unless you tick it: the participants, the steps' and keys' notes, the "
                "sticky notes and the phones' nicknames stay in the last workshop's file."
            ),
            wordWrap=True,
        )
        muted(why)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (about, self.keep_words, why, buttons):
            layout.addWidget(widget)
