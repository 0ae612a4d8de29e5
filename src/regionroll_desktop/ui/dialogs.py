"""The few modal questions the app asks, in one place so tests can answer them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum, auto
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from ..storage import SUFFIX, WorkshopFileError
from ..storage.reference_file import SUFFIX as REFERENCE_SUFFIX
from .export_choice import ExportChoice
from .export_dialog import ExportDialog
from .messages import describe_file_error


class Unsaved(Enum):
    SAVE = auto()
    DISCARD = auto()
    CANCEL = auto()


def ask_unsaved(parent: QWidget | None, name: str) -> Unsaved:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("Dialogs", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate(
            "Dialogs", "Do you want to save the changes to “{name}”?"
        ).format(name=name)
    )
    box.setInformativeText(
        QCoreApplication.translate("Dialogs", "If you don't save, the changes are lost.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = _run(box)
    if answer == QMessageBox.StandardButton.Save:
        return Unsaved.SAVE
    if answer == QMessageBox.StandardButton.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


@dataclass(frozen=True)
class FileKind:  # the texts are marked for translation here and translated when shown
    """A kind of file the app opens and saves: its name in a file dialog, its suffix and the
    dialogs' titles (English sources, translated when shown)."""

    name: str
    suffix: str
    open_title: str
    save_title: str


WORKSHOP_FILE = FileKind(
    str(QT_TRANSLATE_NOOP("Dialogs", "RegionRoll workshop")),
    SUFFIX,
    str(QT_TRANSLATE_NOOP("Dialogs", "Open workshop")),
    str(QT_TRANSLATE_NOOP("Dialogs", "Save workshop as")),
)
REFERENCE_SET_FILE = FileKind(
    str(QT_TRANSLATE_NOOP("Dialogs", "RegionRoll reference set")),
    REFERENCE_SUFFIX,
    str(QT_TRANSLATE_NOOP("Dialogs", "Open reference set")),
    str(QT_TRANSLATE_NOOP("Dialogs", "Save reference set as")),
)


def _run(box: QMessageBox) -> int:
    """Show a message box with its text and informative text as plain text: names from a
    file are shown as written, never as markup."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    informative = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if informative is not None:
        informative.setTextFormat(Qt.TextFormat.PlainText)
    return box.exec()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Dialogs", text)


def _file_filter(kind: FileKind) -> str:
    every = QCoreApplication.translate("Dialogs", "All files")
    return f"{_tr(kind.name)} (*{kind.suffix});;{every} (*)"


def open_path(
    parent: QWidget | None, folder: Path | None, kind: FileKind = WORKSHOP_FILE
) -> Path | None:
    """A file of `kind` to open; None when cancelled."""
    name, _ = QFileDialog.getOpenFileName(
        parent, _tr(kind.open_title), str(folder or Path.home()), _file_filter(kind)
    )
    return Path(name) if name else None


def open_paths(
    parent: QWidget | None, folder: Path | None, kind: FileKind = WORKSHOP_FILE
) -> list[Path]:
    """Files of `kind` to read (several may be chosen); none when cancelled."""
    names, _ = QFileDialog.getOpenFileNames(
        parent, _tr(kind.open_title), str(folder or Path.home()), _file_filter(kind)
    )
    return [Path(name) for name in names]


def save_path(
    parent: QWidget | None, suggestion: Path, kind: FileKind = WORKSHOP_FILE
) -> Path | None:
    """A path to save a file of `kind` to; its suffix is added unless the user typed a .json
    name. None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr(kind.save_title), str(suggestion), _file_filter(kind)
    )
    if not name:
        return None
    path = Path(name)
    if not path.name.endswith(kind.suffix) and path.suffix.lower() != ".json":
        path = path.with_name(path.name + kind.suffix)
    return path


def show_error(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if detail:
        box.setDetailedText(detail)
    _run(box)


def show_file_error(parent: QWidget | None, title: str, error: WorkshopFileError) -> None:
    """A refused file or a failed save: its one sentence, the technical detail behind it."""
    show_error(parent, title, describe_file_error(error), detail=str(error))


def ask_save_elsewhere(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(
        QMessageBox.Icon.Critical, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    elsewhere = box.addButton(
        QCoreApplication.translate("Dialogs", "Save elsewhere…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    _run(box)
    return box.clickedButton() is elsewhere


TITLE_BAR_ROOM = 160  # px beside a window's title for the window system's buttons and icon
FIELD_CHARACTERS = 48  # a text field has room for a sentence, not a word


def input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """A question for a text or a choice, wide enough for its whole title and a sentence
    (Qt's own was as narrow as its label, and the title bar cut "Parkera en fråga" to
    "Parker… fråga", issue #33)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    metrics = dialog.fontMetrics()
    title_font = dialog.font()
    title_font.setBold(True)  # title bars often draw bold, and larger
    title_font.setPointSizeF(title_font.pointSizeF() * 1.2)
    wide = max(
        QFontMetrics(title_font).horizontalAdvance(title) + TITLE_BAR_ROOM,
        metrics.averageCharWidth() * FIELD_CHARACTERS,
    )
    dialog.setMinimumWidth(wide)
    return dialog


def ask_source_note(parent: QWidget | None, current: str) -> str | None:
    """Where the facilitator's reference positions come from; None when cancelled."""
    return ask_text(
        parent,
        QCoreApplication.translate("Dialogs", "Source of the positions"),
        QCoreApplication.translate(
            "Dialogs",
            "Where do these positions come from? Every placed region will cite it\n"
            "(e.g. “Read off the figure in SKR's report Regionerna 2019, 2020”):",
        ),
        current,
    )


def ask_text(parent: QWidget | None, title: str, label: str, current: str) -> str | None:
    """A short text (e.g. a body's new name); None when cancelled or left empty."""
    dialog = input_dialog(parent, title, label)
    dialog.setTextValue(current)
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue().strip()
    return text if ok and text else None


def ask_choice(parent: QWidget | None, title: str, label: str, options: list[str]) -> int | None:
    """The index of the chosen option; None when cancelled."""
    dialog = input_dialog(parent, title, label)
    dialog.setComboBoxItems(options)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(options[0] if options else "")
    ok = dialog.exec() == QDialog.DialogCode.Accepted
    choice = dialog.textValue()
    return options.index(choice) if ok and choice in options else None


def choose_folder(parent: QWidget | None, start: Path | None, title: str = "") -> Path | None:
    name = QFileDialog.getExistingDirectory(
        parent,
        title or QCoreApplication.translate("Dialogs", "Export into folder"),
        str(start or Path.home()),
    )
    return Path(name) if name else None


def ask_save_built_set(parent: QWidget | None, title: str, text: str, skipped: str) -> bool:
    """A reference set was built: True to save it as a file now (it is in use either way)."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    if skipped:
        box.setDetailedText(skipped)
    save = box.addButton(
        QCoreApplication.translate("Dialogs", "Save the set…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("Dialogs", "Not now"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(save)
    _run(box)
    return box.clickedButton() is save


class RecoveryAnswer(Enum):
    RESTORE = auto()
    SAVE_ELSEWHERE = auto()
    DISCARD = auto()
    LATER = auto()


def ask_damaged_recovery(parent: QWidget | None, text: str, detail: str, aside: str) -> bool:
    """Recovery files that cannot be read: True to delete them, False to set them aside in
    `aside` (either way they are not reported again)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Dialogs", "Recovery files could not be read"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Dialogs", "Set aside moves them to {folder}, where they are kept but not offered."
        ).format(folder=aside)
    )
    box.setDetailedText(detail)
    aside_button = box.addButton(
        QCoreApplication.translate("Dialogs", "Set aside"), QMessageBox.ButtonRole.AcceptRole
    )
    delete = box.addButton(
        QCoreApplication.translate("Dialogs", "Delete"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(aside_button)
    _run(box)
    return box.clickedButton() is delete


def ask_recovery(parent: QWidget | None, text: str, detail: str) -> RecoveryAnswer:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Dialogs", "Recover a workshop"),
        text,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setInformativeText(detail)
    restore = box.addButton(
        QCoreApplication.translate("Dialogs", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    elsewhere = box.addButton(
        QCoreApplication.translate("Dialogs", "Save elsewhere…"), QMessageBox.ButtonRole.ActionRole
    )
    discard = box.addButton(
        QCoreApplication.translate("Dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QCoreApplication.translate("Dialogs", "Later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    _run(box)
    clicked = box.clickedButton()
    if clicked is restore:
        return RecoveryAnswer.RESTORE
    if clicked is elsewhere:
        return RecoveryAnswer.SAVE_ELSEWHERE
    if clicked is discard:
        return RecoveryAnswer.DISCARD
    return RecoveryAnswer.LATER


class Locked(Enum):
    READ_ONLY = auto()
    TAKE_OVER = auto()
    CANCEL = auto()


def ask_locked(parent: QWidget | None, held_by: str, *, may_take_over: bool) -> Locked:
    """The file is open elsewhere (`held_by` says who, where and since when): open it
    read-only, take the lock over (offered for another computer's lock, which may be left
    from a crash there), or not open it."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Dialogs", "The file is already open"),
        held_by,
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    info = QCoreApplication.translate(
        "Dialogs", "Read-only: you can look and save a copy elsewhere, not save over it."
    )
    if may_take_over:
        info += " " + QCoreApplication.translate(
            "Dialogs",
            "Take over only if you are sure nobody is working in it there (that computer may "
            "have crashed or been shut down with the workshop open).",
        )
    box.setInformativeText(info)
    read_only = box.addButton(
        QCoreApplication.translate("Dialogs", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    take_over = (
        box.addButton(
            QCoreApplication.translate("Dialogs", "Take over"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        if may_take_over
        else None
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    _run(box)
    clicked = box.clickedButton()
    if clicked is read_only:
        return Locked.READ_ONLY
    if take_over is not None and clicked is take_over:
        return Locked.TAKE_OVER
    return Locked.CANCEL


class ChangedOnDisk(Enum):
    REPLACE = auto()
    SAVE_ELSEWHERE = auto()
    CANCEL = auto()


def ask_replace_changed(parent: QWidget | None, name: str) -> ChangedOnDisk:
    """Another program changed the file since we read it: replace its version, or keep both."""
    return _ask_replace(
        parent,
        QCoreApplication.translate("Dialogs", "The file was changed"),
        QCoreApplication.translate(
            "Dialogs", "“{name}” was changed on disk by another program since you opened it."
        ).format(name=name),
        QCoreApplication.translate(
            "Dialogs",
            "Save elsewhere keeps both versions. Replace keeps the other version as “{name}.bak”.",
        ).format(name=name),
    )


def ask_replace_read_only(parent: QWidget | None, name: str) -> ChangedOnDisk:
    """The file is marked read-only (by its owner, or a colleague on a share): never replaced
    without the user's word."""
    return _ask_replace(
        parent,
        QCoreApplication.translate("Dialogs", "The file is read-only"),
        QCoreApplication.translate("Dialogs", "“{name}” is marked read-only.").format(name=name),
        QCoreApplication.translate(
            "Dialogs",
            "Someone may have protected it on purpose. Save elsewhere keeps it as it is; "
            "Replace writes your workshop over it and keeps the old version as “{name}.bak”.",
        ).format(name=name),
    )


def _ask_replace(parent: QWidget | None, title: str, text: str, info: str) -> ChangedOnDisk:
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    box.setInformativeText(info)
    elsewhere = box.addButton(
        QCoreApplication.translate("Dialogs", "Save elsewhere…"), QMessageBox.ButtonRole.AcceptRole
    )
    replace = box.addButton(
        QCoreApplication.translate("Dialogs", "Replace"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(elsewhere)
    _run(box)
    clicked = box.clickedButton()
    if clicked is elsewhere:
        return ChangedOnDisk.SAVE_ELSEWHERE
    if clicked is replace:
        return ChangedOnDisk.REPLACE
    return ChangedOnDisk.CANCEL


def ask_export(parent: QWidget | None, choice: ExportChoice) -> ExportChoice | None:
    """What to export and where, starting from `choice`; None when cancelled."""
    # The folder question by this module's name at the time it is asked (tests answer it).
    dialog = ExportDialog(choice, lambda owner, start: choose_folder(owner, start), parent)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    return dialog.choice() if accepted else None


def ask_open_folder(parent: QWidget | None, title: str, text: str) -> bool:
    """The export is done: open the folder (True) or just close the message."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    open_folder = box.addButton(
        QCoreApplication.translate("Dialogs", "Open the folder"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_folder)
    _run(box)
    return box.clickedButton() is open_folder
