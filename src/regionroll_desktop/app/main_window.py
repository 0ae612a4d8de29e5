"""The main window: the workshop's steps at a glance on the left, the current page on the right.

The window always shows one workshop document (a new, untitled one at start): it builds the
pages for it and offers the commands, while the document (`document.py`) does the file work and
asks before anything unsaved would be lost. The pages edit through the document's session.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QUndoGroup
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from ..analysis.strategy_2019 import with_suggested_rus
from ..canvases.factory import make_canvas
from ..canvases.step_canvas import Board, StepCanvas
from ..canvases.sticky_notes import SHOW_NOTES_SHORTCUT
from ..model import Language, RegionChoice, Step
from ..model import edits as e
from ..model.room import Question
from ..reference import ReferenceSet
from ..resources import resource
from ..storage import DiskState, FileErrorKind, WorkshopFileError, load_workshop, shown_path
from ..storage.recovery import Recovery, RecoveryStore
from ..ui import dialogs, window_place
from ..ui.contrast import Contrast
from ..ui.i18n import language, set_language
from ..ui.keys import native_keys
from ..ui.reference_files import keep_remembered, save_reference_set
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session
from ..ui.settings import AppSettings
from ..ui.step_timer import StepTimer
from ..ui.widgets import (
    PageStack,
    Retranslating,
    name_undo_actions,
    named,
    redo_shortcuts,
    scrolling,
)
from .about import show_about
from .compare_page import ComparePage
from .details_page import DetailsPage
from .disk_banner import DiskBanner
from .document import RecoveryOffer, WorkshopDocument
from .export_command import export_with_progress
from .focus_areas import next_area
from .follow_up import FollowUpDialog, follow_up_of
from .landscape_page import LandscapePage
from .national_build import NationalBuild
from .national_page import NationalPage
from .national_report import NationalReport
from .navigation import (
    PAGE_COUNT,
    PAGE_DETAILS,
    PAGE_OF_STEP,
    PAGE_QUESTIONS,
    PAGE_SHORTCUTS,
    PAGE_START,
    StepNavigation,
)
from .outcome_page import OutcomePage
from .projector import ProjectorWindow
from .quick_add import QuickAdd
from .recent_menu import fill_recent_menu
from .room_panel import RoomPanel
from .shortcuts_dialog import ShortcutsDialog
from .start_page import StartPage
from .step_page import LazyPage, StepPage

SAMPLE = "exempel.regionroll.json"  # in resources/samples


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self, reference: ReferenceSet, settings: AppSettings, session: Session | None = None
    ) -> None:
        super().__init__()
        self.reference = reference
        self.settings = settings
        self.undo_group = QUndoGroup(self)
        self.library = ReferenceLibrary(reference, self)
        self.store = RecoveryStore(settings.recovery_dir)
        self.document = WorkshopDocument(
            session or Session(), self.store, dialog_parent=self, parent=self
        )
        self.undo_group.addStack(self.library.undo_stack)
        keep_remembered(self.library, settings)
        self.library.editingChanged.connect(self._reference_mode_changed)

        self.nav = StepNavigation()
        self.pages = named(PageStack(), "pages")
        self.start_page = StartPage(reference)
        self.pages.addWidget(self.start_page)
        self.disk_banner = DiskBanner()
        self.disk_banner.saveAsRequested.connect(self.save_as)
        self.step_timer = StepTimer(self.document.session, parent=self)
        self.projector: ProjectorWindow | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.disk_banner)
        right.addWidget(scrolling(self.pages), 1)  # a small window scrolls the page
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._make_menus()
        self.nav.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.nav.currentRowChanged.connect(lambda _: self.document.autosaver.save_now())
        self.nav.currentRowChanged.connect(self._follow_on_projector)
        self.nav.currentRowChanged.connect(self._room_follows)
        self.start_page.newRequested.connect(self.new_workshop)
        self.start_page.openRequested.connect(self.open_file)
        self.start_page.sampleRequested.connect(self.open_sample)
        self.start_page.followUpRequested.connect(self.new_follow_up)
        self.start_page.set_recent_files(settings.recent_files())

        self._attach(self.document)
        self.retranslate()
        window_place.place(self, settings)
        self.show_page(PAGE_START if session is None else PAGE_OF_STEP[Step.ORGANISATION])

    def _make_actions(self) -> None:
        Keys = QKeySequence | QKeySequence.StandardKey | str | None  # noqa: N806

        def action(name: str, slot: Callable[[], object], shortcut: Keys = None) -> QAction:
            act = named(QAction(self), name)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(shortcut)
            self.addAction(act)
            return act

        K = QKeySequence.StandardKey  # noqa: N806
        self.act_new = action("actNew", lambda: self.show_page(PAGE_START), K.New)
        self.act_open = action("actOpen", lambda: self.open_file(None), K.Open)
        self.act_follow_up = action("actFollowUp", lambda: self.new_follow_up(None))
        self.act_save = action("actSave", self.save, K.Save)
        self.act_save_as = action("actSaveAs", self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.act_export = action("actExport", lambda: self.export(), QKeySequence("Ctrl+E"))
        self.act_quit = action("actQuit", self.close, QKeySequence("Ctrl+Q"))
        self.act_undo = action("actUndo", self.undo_group.undo, K.Undo)
        self.act_redo = action("actRedo", self.undo_group.redo, K.Redo)
        self.act_redo.setShortcuts(redo_shortcuts())
        self.undo_group.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_group.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_group.undoTextChanged.connect(self._update_undo_texts)
        self.undo_group.redoTextChanged.connect(self._update_undo_texts)
        self.act_pages = [
            action(f"actPage{i}", partial(self.show_page, i), PAGE_SHORTCUTS.get(i))
            for i in range(1, PAGE_COUNT)
        ]
        self.act_next_area = action("actNextArea", lambda: self._area_by(1), QKeySequence("F6"))
        self.act_prev_area = action(
            "actPrevArea", lambda: self._area_by(-1), QKeySequence("Shift+F6")
        )
        self.act_next = action("actNext", lambda: self._step_by(1), QKeySequence("Ctrl+PgDown"))
        self.act_prev = action("actPrev", lambda: self._step_by(-1), QKeySequence("Ctrl+PgUp"))
        self.language_group = QActionGroup(self)
        self.act_languages: dict[Language, QAction] = {}
        for lang, label in ((Language.SV, "Svenska"), (Language.EN, "English")):
            act = named(QAction(label, self, checkable=True), f"actLanguage-{lang.value}")
            act.triggered.connect(lambda _=False, lang=lang: self.change_language(lang))
            self.language_group.addAction(act)
            self.act_languages[lang] = act
        self.act_languages[language()].setChecked(True)
        self.act_projector = action("actProjector", self.toggle_projector, QKeySequence("F5"))
        self.act_projector.setCheckable(True)
        self.act_timer = action("actTimer", self.toggle_timer, QKeySequence("Ctrl+T"))
        # The editor's sticky notes hidden, to see the drawing under many (the projector
        # numbers them when they are many); shown again when a note is put up.
        self.act_notes = named(QAction(self, checkable=True, checked=True), "actNotes")
        self.act_notes.setShortcut(QKeySequence(SHOW_NOTES_SHORTCUT))
        self.act_notes.toggled.connect(self._show_notes)
        self.addAction(self.act_notes)
        self.contrast = Contrast(self.settings, self)
        self.room_panel = RoomPanel(self, lambda: self.document, self.settings)
        self.room_panel.resultsWanted.connect(self._room_results)
        self.act_about = action("actAbout", partial(show_about, self, self.reference))
        self.act_shortcuts = action("actShortcuts", self.show_shortcuts, K.HelpContents)
        self.quick = QuickAdd(self, lambda: self.session, self.current_step)
        self.national = NationalBuild(self, self.library)
        self.national_report = NationalReport(self, self.library)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(
            lambda: fill_recent_menu(self.menu_recent, self.settings.recent_files(), self.open_file)
        )
        for act in (self.act_new, self.act_follow_up, self.act_open):
            self.menu_file.insertAction(self.menu_recent.menuAction(), act)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_file.addSeparator()
        self.menu_file.addActions(
            [self.act_export, self.national.action, self.national_report.action]
        )
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo, *self.quick.actions])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions(self.act_pages)
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_prev, self.act_next])
        self.menu_view.addActions([self.act_next_area, self.act_prev_area])
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_projector, self.act_timer, self.room_panel.action])
        self.menu_view.addAction(self.act_notes)
        self.menu_view.addAction(self.contrast.action)
        self.menu_language = bar.addMenu("")
        self.menu_language.addActions(list(self.act_languages.values()))
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_shortcuts, self.act_about])

    @property
    def session(self) -> Session:
        return self.document.session

    def _install(self, document: WorkshopDocument) -> None:
        """Make `document` the window's workshop; the old one (saved, discarded or clean) closes."""
        old, self.document = self.document, document
        self.undo_group.removeStack(old.session.undo_stack)
        old.close()
        old.deleteLater()
        self._attach(document)

    def _attach(self, document: WorkshopDocument) -> None:
        """Show `document`: its undo stack, title, disk state and pages."""
        session = document.session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        document.titleChanged.connect(self._update_title)
        document.diskStateChanged.connect(self._disk_state_changed)
        document.message.connect(self.statusBar().showMessage)
        document.saved.connect(self._remember)
        session.editFailed.connect(lambda msg: self.statusBar().showMessage(msg, 6000))
        self.disk_banner.show_state(DiskState.SAME, "")
        document.autosaver.problemChanged.connect(self.disk_banner.show_autosave_problem)
        self.disk_banner.show_autosave_problem(document.autosaver.problem)
        self._build_pages(session)
        self._update_title()

    def _build_pages(self, session: Session) -> None:
        current = self.pages.currentIndex()
        while self.pages.count() > 1:
            page = self.pages.widget(1)
            if page is not None:
                self.pages.removeWidget(page)
                page.deleteLater()
        if self.projector is not None:
            self.projector.close()  # it showed the workshop that goes
        self.step_timer.pause()
        self.step_timer.deleteLater()
        self.step_timer = StepTimer(session, parent=self)
        self.details_page = DetailsPage(session, self.reference)
        self.landscape_page, room = LandscapePage(), self.room_panel.action
        self.step_pages = {
            step: StepPage(session, step, partial(self._make_canvas, step), self.step_timer, room)
            for step in Step
        }
        self.keys_page = LazyPage(lambda: make_canvas(Board.KEYS, session, self.library))
        self.outcome_page = OutcomePage(session)
        self.compare_page = ComparePage(session, self.library)
        self.compare_page.exportRequested.connect(self.export)
        self.national_page = NationalPage(session, self.library)
        pages = (self.details_page, self.landscape_page, *self.step_pages.values())
        later = (self.keys_page, self.outcome_page, self.compare_page, self.national_page)
        for page in (*pages, *later):
            self.pages.addWidget(page)
        self.pages.setCurrentIndex(max(current, 0))

    def _make_canvas(self, step: Step) -> StepCanvas:
        """A canvas for `step` on the open workshop in the editor, its notes shown or hidden
        as the View menu says."""
        canvas = make_canvas(Board.of(step), self.session, self.library)
        canvas.show_notes(self.act_notes.isChecked(), self._notes_wanted)
        return canvas

    def _show_notes(self, shown: bool) -> None:
        """The editor's sticky notes shown or hidden on every canvas built."""
        for page in self.step_pages.values():
            if page.canvas is not None:
                page.canvas.show_notes(shown, self._notes_wanted)

    def _notes_wanted(self) -> None:
        """A note put up while the notes are hidden: every canvas shows them again."""
        self.act_notes.setChecked(True)

    def _reference_mode_changed(self, on: bool) -> None:
        """In reference mode undo and redo act on the reference placements."""
        self.undo_group.setActiveStack(self.library.undo_stack if on else self.session.undo_stack)

    def _update_undo_texts(self) -> None:
        name_undo_actions(self.undo_group, self.act_undo, self.act_redo)

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def _area_by(self, by: int) -> None:
        """F6 / Shift+F6: the keyboard to the next or previous area (see focus_areas)."""
        target = next_area(self.nav, self.pages.currentWidget(), by)
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_step(self) -> Step | None:
        return self.nav.current_step()

    # --- the workshop room: projector and timer ---

    def toggle_projector(self) -> None:
        """F5: the current step as a presentation, on the other screen when there is one."""
        if self.projector is not None:
            self.projector.close()
            return
        projector = ProjectorWindow(
            self.session,
            self.step_timer,
            lambda board: make_canvas(board, self.session, self.library),
            self.compare_page.chosen,
            self.national_page.figure_at,
        )
        projector.stepRequested.connect(self._step_by)
        projector.closed.connect(self._projector_closed)
        self.library.changed.connect(projector.refresh)
        self.compare_page.chosenChanged.connect(projector.refresh)
        self.projector = projector
        other = projector.show_beside(self.screen())
        projector.show_slide(self.nav.current_slide())
        self.act_projector.setChecked(True)
        if other is not None:
            text = self.tr("The presentation is on {screen}; this window keeps the editor.")
            self.statusBar().showMessage(text.format(screen=other.name()), 8000)

    def _room_results(self, question: object) -> None:
        """The room's answers to `question` on the projector (None: the slide again)."""
        if self.projector is not None:
            own = self.room_panel.control.view.own
            self.projector.show_results(question if isinstance(question, Question) else None, own)

    def _room_follows(self, row: int) -> None:
        """The phones' "now" follows the page shown, when the room panel asks it to."""
        self.room_panel.follow_page(PAGE_QUESTIONS.get(row, ()))

    def _follow_on_projector(self, _row: int) -> None:
        if self.projector is not None:
            self.projector.show_slide(self.nav.current_slide())
        # Another page is moving on: the room's results shown give way to it, and the panel
        # says so ("Visa resultat" again).
        if self.room_panel.show_results.isChecked():
            self.room_panel.show_results.setChecked(False)

    def _projector_closed(self) -> None:
        self.projector = None
        self.act_projector.setChecked(False)
        self.activateWindow()

    def toggle_timer(self) -> None:
        """Ctrl+T: start or pause the current step's timer."""
        if (step := self.current_step()) is not None:
            return self.step_timer.toggle(step)
        hint = self.tr("Open a step to time it ({keys}…4).").format(keys=native_keys("Ctrl+1"))
        self.statusBar().showMessage(hint, 5000)

    def show_step(self, step: Step) -> None:
        self.show_page(PAGE_OF_STEP[step])

    def _step_by(self, delta: int) -> None:
        self.show_page(min(max(self.nav.currentRow() + delta, 0), self.nav.count() - 1))

    # --- files: the document does the work, the window shows it ---

    def _update_title(self) -> None:
        document = self.document
        region = document.session.workshop.region
        parts = [f"{document.display_name}[*]"]
        if document.read_only:
            parts[0] += " " + self.tr("(read-only)")
        if region is not None:
            parts.append(region.name)
        parts.append("RegionRoll")
        self.setWindowTitle(" – ".join(parts))
        self.setWindowModified(document.modified)
        self.disk_banner.show_lock_problem(document.lock_problem, document.display_name)

    def _may_discard_references(self) -> bool:
        """Unsaved reference placements are work too: ask before they are lost."""
        if not self.library.modified:
            return True
        answer = dialogs.ask_unsaved(self, self.tr("your reference placements"))
        if answer is dialogs.Unsaved.SAVE:
            return save_reference_set(self, self.library)
        return answer is dialogs.Unsaved.DISCARD

    def _may_discard(self) -> bool:
        """True when the current workshop may be replaced: saved, discarded on request, or clean."""
        return self.document.may_close()

    def new_workshop(self, region: RegionChoice | None, title: str) -> None:
        if not self._may_discard():
            return
        workshop = with_suggested_rus(e.new_workshop(region, title), self.library.merged)
        self._install(WorkshopDocument.untitled(workshop, self.store, self, self))
        self.show_page(PAGE_DETAILS)

    def new_follow_up(self, path: Path | None, keep_words: bool | None = None) -> bool:
        """A new workshop following up the one in `path` (chosen when None); whether the
        names and notes come along is asked when `keep_words` is None. The file is only
        read."""
        if not self._may_discard():
            return False
        if path is None:
            folder = self.session.path.parent if self.session.path else None
            path = dialogs.open_path(self, folder)
            if path is None:
                return False
        try:
            previous = load_workshop(path)
        except WorkshopFileError as exc:
            self._open_failed(path, exc)
            return False
        if keep_words is None:
            ask = FollowUpDialog(self, previous, path)
            if ask.exec() != FollowUpDialog.DialogCode.Accepted:
                return False
            keep_words = ask.keep_words.isChecked()
        workshop = follow_up_of(previous, path, keep_words)
        self._install(WorkshopDocument.untitled(workshop, self.store, self, self))
        self.show_page(PAGE_DETAILS)  # the last actions' review first, before the steps
        return True

    def open_file(self, path: Path | None) -> bool:
        if not self._may_discard():
            return False
        if path is None:
            folder = self.session.path.parent if self.session.path else None
            path = dialogs.open_path(self, folder)
            if path is None:
                return False
        try:
            document = WorkshopDocument.open(path, self.store, self, self.document, self)
        except WorkshopFileError as exc:
            self._open_failed(path, exc)
            return False
        if document is None:
            return False
        self._install(document)
        self._remember(path)
        self.show_page(PAGE_OF_STEP[Step.ORGANISATION])
        return True

    def open_sample(self) -> bool:
        """The shipped example (an invented region) as a new, untitled workshop: saving it asks
        where, so the shipped file is never written."""
        if not self._may_discard():
            return False
        path = resource("samples", SAMPLE)
        try:
            workshop = load_workshop(path)
        except WorkshopFileError as exc:
            self._open_failed(path, exc)
            return False
        self._install(WorkshopDocument.untitled(workshop, self.store, self, self))
        self.show_page(PAGE_OF_STEP[Step.ORGANISATION])
        self.statusBar().showMessage(
            self.tr("The example is an invented region; save it under a name of your own."), 8000
        )
        return True

    def _open_failed(self, path: Path, exc: WorkshopFileError) -> None:
        dialogs.show_file_error(
            self, self.tr("Could not open {name}").format(name=shown_path(path.name)), exc
        )
        if exc.kind is FileErrorKind.UNREADABLE:
            self.settings.remove_recent_file(path)
            self.start_page.set_recent_files(self.settings.recent_files())

    def save(self) -> bool:
        return self.document.save()

    def save_as(self) -> bool:
        return self.document.save_as()

    def _disk_state_changed(self, state: DiskState) -> None:
        path = self.session.path
        self.disk_banner.show_state(state, shown_path(path.name) if path else "")

    def export(self, snapshot_id: str | None = None) -> list[Path]:
        """The export dialog's choice, of the current state or of snapshot `snapshot_id`."""
        args = (self.session, self.library, self.compare_page.chosen(), self.statusBar())
        return export_with_progress(self, *args, self.settings, snapshot_id)

    def offer_recovery(self) -> int:
        """Offer back every workshop a crash, kill or power cut left behind; returns how many
        were offered."""
        offer = RecoveryOffer(self.store, self)
        offer.restoreRequested.connect(self._restore)
        offer.saved.connect(self._remember)
        try:
            return offer.offer()
        finally:
            offer.deleteLater()

    def _restore(self, recovery: Recovery, recovery_id: str) -> None:
        if not self._may_discard():
            return
        document = WorkshopDocument.restore(
            recovery, recovery_id, self.store, self, self.document, self
        )
        self._install(document)
        self.show_page(PAGE_OF_STEP[Step.ORGANISATION])

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.start_page.set_recent_files(self.settings.recent_files())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_discard() and self._may_discard_references():
            window_place.remember(self, self.settings)
            self.settings.sync()
            self.document.close()  # saved, or the user said the changes may go
            if self.projector is not None:
                self.projector.close()
            event.accept()
        else:
            event.ignore()

    # --- language and help ---

    def change_language(self, lang: Language) -> None:
        self.settings.language = lang
        set_language(lang)
        self.act_languages[lang].setChecked(True)

    def show_shortcuts(self) -> None:
        """Every command's shortcut and each canvas's keys, in a window beside the work."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
        keys = [
            row
            for page in self.step_pages.values()
            if (canvas := page.ensure_canvas()) is not None
            for row in canvas.key_help()
        ]
        self.shortcuts_dialog = ShortcutsDialog(self.actions(), keys, self)
        self.shortcuts_dialog.show()

    def retranslate(self) -> None:
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New workshop…"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_follow_up.setText(self.tr("New &follow-up…"))
        self.act_follow_up.setToolTip(
            self.tr(
                "A new workshop that starts from a previous one: its region, organisation and "
                "strategy as they were left, its answers beside, its actions to review"
            )
        )
        self.act_save.setText(self.tr("&Save"))
        self.act_save_as.setText(self.tr("Save &as…"))
        self.act_export.setText(self.tr("&Export pictures and report…"))
        self.act_quit.setText(self.tr("&Quit"))
        self._update_undo_texts()
        self.act_next.setText(self.tr("&Next step"))
        self.act_prev.setText(self.tr("&Previous step"))
        self.act_next_area.setText(self.tr("Next area (pages, drawing, tools, note)"))
        self.act_prev_area.setText(self.tr("Previous area"))
        self.act_about.setText(self.tr("&About RegionRoll"))
        self.act_projector.setText(self.tr("&Projector mode"))
        self.act_projector.setToolTip(
            self.tr("The current step as a presentation; on a second screen if there is one")
        )
        self.act_timer.setText(self.tr("Start or pause the step's &timer"))
        self.act_notes.setText(self.tr("&Show sticky notes"))
        self.act_notes.setToolTip(
            self.tr(
                "The sticky notes on the canvases, or the drawing under them (the projector "
                "shows them, numbered when they are many)"
            )
        )
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        for part in (self.quick, self.national, self.national_report, self.contrast):
            part.retranslate()
        self.nav.retranslate()  # first: the page commands take the pages' names
        for page, act in enumerate(self.act_pages, start=1):
            act.setText(self.nav.page_name(page))
        self._update_title()
