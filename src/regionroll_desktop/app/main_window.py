"""The main window: the workshop's steps at a glance on the left, the current page on the right.

The window always holds one workshop (a new, untitled one at start). It owns the file commands
and asks before anything unsaved would be lost; the pages edit through the session.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QUndoGroup,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..analysis.compare import what_changed
from ..model import Language, RegionChoice, Step
from ..model import edits as e
from ..model.deck import DECK_SOURCE, STEP_TITLES
from ..reference import ReferenceSet
from ..resources import resource
from ..storage import (
    SUFFIX,
    DiskState,
    FileErrorKind,
    SaveError,
    WorkshopFileError,
    load_workshop,
    save_workshop,
)
from ..storage.recovery import Recovery, RecoveryStore
from ..ui import dialogs
from ..ui.autosave import Autosaver, orphaned
from ..ui.change_words import describe_change
from ..ui.file_lock import FileLock
from ..ui.file_watch import FileWatch
from ..ui.i18n import language, set_language
from ..ui.messages import describe_file_error
from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session
from ..ui.settings import AppSettings
from ..ui.step_timer import StepTimer
from ..ui.widgets import Retranslating
from .compare_page import ComparePage
from .details_page import DetailsPage
from .disk_banner import DiskBanner
from .landscape_page import LandscapePage
from .projector import ProjectorWindow
from .shortcuts_dialog import ShortcutsDialog
from .start_page import StartPage
from .step_page import STEP_NUMBERS, LazyPage, StepPage

PAGE_START, PAGE_DETAILS = 0, 1
SAMPLE = "exempel.regionroll.json"  # in resources/samples

# The step list reads as the workshop's agenda: a calm column with the current step marked.
NAV_STYLE = """
QListWidget#stepNavigation { background: #23384d; color: #e8eef4; padding-top: 12px; }
QListWidget#stepNavigation::item { padding: 12px 18px; border-left: 4px solid transparent; }
QListWidget#stepNavigation::item:selected { background: #35536f; color: white;
    border-left: 4px solid #f0b429; }
QListWidget#stepNavigation::item:hover:!selected { background: #2c4660; }
"""
PAGE_LANDSCAPE = 2
PAGE_OF_STEP = {step: PAGE_LANDSCAPE + n for step, n in STEP_NUMBERS.items()}
PAGE_KEYS = PAGE_LANDSCAPE + len(Step) + 1
PAGE_COMPARE = PAGE_KEYS + 1
PAGE_COUNT = PAGE_COMPARE + 1
# Ctrl+0 the workshop, Ctrl+1…4 the steps, Ctrl+5 the keys.
PAGE_SHORTCUTS = {
    PAGE_DETAILS: "Ctrl+0",
    **{page: f"Ctrl+{n}" for n, page in enumerate(PAGE_OF_STEP.values(), start=1)},
    PAGE_KEYS: f"Ctrl+{len(Step) + 1}",
    PAGE_COMPARE: f"Ctrl+{len(Step) + 2}",
}


class MainWindow(Retranslating, QMainWindow):
    def __init__(
        self, reference: ReferenceSet, settings: AppSettings, session: Session | None = None
    ) -> None:
        super().__init__()
        self.reference = reference
        self.settings = settings
        self.undo_group = QUndoGroup(self)
        self.session = Session(parent=self)
        self.library = ReferenceLibrary(reference, self)
        self.store = RecoveryStore(settings.recovery_dir)
        self.autosaver: Autosaver | None = None
        self.file_lock: FileLock | None = None
        self.undo_group.addStack(self.library.undo_stack)
        self._load_remembered_reference_set()
        self.library.changed.connect(self._remember_reference_set)

        self.nav = QListWidget(objectName="stepNavigation")
        self.nav.setFixedWidth(260)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setStyleSheet(NAV_STYLE)
        font = self.nav.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.nav.setFont(font)
        for _ in range(PAGE_COUNT):
            self.nav.addItem(QListWidgetItem())
        self.pages = QStackedWidget(objectName="pages")
        self.start_page = StartPage(reference)
        self.pages.addWidget(self.start_page)
        self.disk_banner = DiskBanner()
        self.disk_banner.saveAsRequested.connect(self.save_as)
        self.file_watch: FileWatch | None = None
        self.step_timer: StepTimer | None = None
        self.projector: ProjectorWindow | None = None
        self.shortcuts_dialog: ShortcutsDialog | None = None
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.disk_banner)
        right.addWidget(self.pages, 1)
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
        self.nav.currentRowChanged.connect(lambda _: self.autosaver and self.autosaver.save_now())
        self.nav.currentRowChanged.connect(self._follow_on_projector)
        self.start_page.newRequested.connect(self.new_workshop)
        self.start_page.openRequested.connect(self.open_file)
        self.start_page.sampleRequested.connect(self.open_sample)
        self.start_page.set_recent_files(settings.recent_files())

        self._install(session or Session())
        self.retranslate()
        self.resize(1280, 800)
        self.show_page(PAGE_START if session is None else PAGE_OF_STEP[Step.ORGANISATION])

    # --- structure ---

    def _make_actions(self) -> None:
        def action(name: str, slot: object, shortcut: object = None) -> QAction:
            act = QAction(self, objectName=name)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(shortcut)
            self.addAction(act)
            return act

        K = QKeySequence.StandardKey  # noqa: N806
        self.act_new = action("actNew", lambda: self.show_page(PAGE_START), K.New)
        self.act_open = action("actOpen", lambda: self.open_file(None), K.Open)
        self.act_save = action("actSave", self.save, K.Save)
        self.act_save_as = action("actSaveAs", self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.act_export = action("actExport", self.export, QKeySequence("Ctrl+E"))
        self.act_quit = action("actQuit", self.close, QKeySequence("Ctrl+Q"))
        self.act_undo = action("actUndo", self.undo_group.undo, K.Undo)
        self.act_redo = action("actRedo", self.undo_group.redo, K.Redo)
        self.act_redo.setShortcuts([QKeySequence(K.Redo), QKeySequence("Ctrl+Shift+Z")])
        self.undo_group.canUndoChanged.connect(self.act_undo.setEnabled)
        self.undo_group.canRedoChanged.connect(self.act_redo.setEnabled)
        self.undo_group.undoTextChanged.connect(self._update_undo_texts)
        self.undo_group.redoTextChanged.connect(self._update_undo_texts)
        self.act_pages = [
            action(f"actPage{i}", lambda _=False, i=i: self.show_page(i), PAGE_SHORTCUTS.get(i))
            for i in range(1, PAGE_COUNT)
        ]
        self.act_next = action("actNext", lambda: self._step_by(1), QKeySequence("Ctrl+PgDown"))
        self.act_prev = action("actPrev", lambda: self._step_by(-1), QKeySequence("Ctrl+PgUp"))
        self.language_group = QActionGroup(self)
        self.act_languages: dict[Language, QAction] = {}
        for lang, label in ((Language.SV, "Svenska"), (Language.EN, "English")):
            act = QAction(label, self, checkable=True, objectName=f"actLanguage-{lang.value}")
            act.triggered.connect(lambda _=False, lang=lang: self.change_language(lang))
            self.language_group.addAction(act)
            self.act_languages[lang] = act
        self.act_languages[language()].setChecked(True)
        self.act_projector = action("actProjector", self.toggle_projector, QKeySequence("F5"))
        self.act_projector.setCheckable(True)
        self.act_timer = action("actTimer", self.toggle_timer, QKeySequence("Ctrl+T"))
        self.act_about = action("actAbout", self.about)
        self.act_shortcuts = action("actShortcuts", self.show_shortcuts, K.HelpContents)

    def _make_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu("")
        self.menu_recent = self.menu_file.addMenu("")
        self.menu_recent.aboutToShow.connect(self._fill_recent_menu)
        for act in (self.act_new, self.act_open):
            self.menu_file.insertAction(self.menu_recent.menuAction(), act)
        self.menu_file.addSeparator()
        self.menu_file.addActions([self.act_save, self.act_save_as])
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_export)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.act_quit)
        self.menu_edit = bar.addMenu("")
        self.menu_edit.addActions([self.act_undo, self.act_redo])
        self.menu_view = bar.addMenu("")
        self.menu_view.addActions(self.act_pages)
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_prev, self.act_next])
        self.menu_view.addSeparator()
        self.menu_view.addActions([self.act_projector, self.act_timer])
        self.menu_language = bar.addMenu("")
        self.menu_language.addActions(list(self.act_languages.values()))
        self.menu_help = bar.addMenu("")
        self.menu_help.addActions([self.act_shortcuts, self.act_about])

    def _install(self, session: Session, recovery_id: str | None = None) -> None:
        """Make `session` the window's workshop, building its pages afresh."""
        if self.autosaver is not None:
            # Only reached once the old workshop was saved, discarded on the user's word, or
            # had nothing to lose: its recovery file may go.
            self.autosaver.discard()
            self.autosaver.deleteLater()
        self.autosaver = Autosaver(session, self.store, recovery_id, self)
        self.autosaver.failed.connect(
            lambda msg: self.statusBar().showMessage(
                self.tr("Autosave failed: {why}").format(why=msg), 8000
            )
        )
        if self.file_watch is not None:
            self.file_watch.deleteLater()
        self.file_watch = FileWatch(session, self)
        self.file_watch.stateChanged.connect(self._disk_state_changed)
        self.disk_banner.show_state(DiskState.SAME, "")
        old = self.session
        session.setParent(self)
        self.session = session
        self.undo_group.addStack(session.undo_stack)
        self.undo_group.setActiveStack(session.undo_stack)
        if old is not session:
            self.undo_group.removeStack(old.undo_stack)
            old.deleteLater()
        current = self.pages.currentIndex()
        while self.pages.count() > 1:
            page = self.pages.widget(1)
            self.pages.removeWidget(page)
            page.deleteLater()
        self.details_page = DetailsPage(session, self.reference)
        self.pages.addWidget(self.details_page)
        factories = {
            Step.ORGANISATION: lambda: self._organisation_canvas(session),
            Step.FINANSIERING: lambda: self._financing_canvas(session),
            Step.STRATEGI: lambda: self._strategy_canvas(session),
            Step.GENOMFORANDE: lambda: self._roles_canvas(session),
        }
        self.landscape_page = LandscapePage()
        self.pages.addWidget(self.landscape_page)
        if self.step_timer is not None:
            self.step_timer.pause()
            self.step_timer.deleteLater()
        self.step_timer = StepTimer(session, parent=self)
        self.step_pages = {
            step: StepPage(session, step, factories.get(step), self.step_timer) for step in Step
        }
        self._canvas_factories = factories
        if self.projector is not None:
            self.projector.close()  # it showed the workshop that goes
        for page in self.step_pages.values():
            self.pages.addWidget(page)
        self.keys_page = LazyPage(lambda: self._keys_canvas(session))
        self.pages.addWidget(self.keys_page)
        self.compare_page = ComparePage(session, self.library)
        self.pages.addWidget(self.compare_page)
        self.pages.setCurrentIndex(max(current, 0))
        session.modifiedChanged.connect(self._update_title)
        session.pathChanged.connect(self._update_title)
        session.changed.connect(self._update_title)
        session.editFailed.connect(lambda msg: self.statusBar().showMessage(msg, 6000))
        self._update_title()

    def _financing_canvas(self, session: Session) -> QWidget:
        from ..canvases.financing.canvas import FinancingCanvas  # pyqtgraph: load on first use

        canvas = FinancingCanvas(session, self.library)
        canvas.referenceModeChanged.connect(self._reference_mode_changed)
        return canvas

    def _organisation_canvas(self, session: Session) -> QWidget:
        from ..canvases.organisation.canvas import OrganisationCanvas

        return OrganisationCanvas(session, self.library)

    def _strategy_canvas(self, session: Session) -> QWidget:
        from ..canvases.strategy.canvas import StrategyCanvas

        return StrategyCanvas(session, self.library)

    def _keys_canvas(self, session: Session) -> QWidget:
        from ..canvases.keys import KeysCanvas

        return KeysCanvas(session)

    def _roles_canvas(self, session: Session) -> QWidget:
        from ..canvases.roles.canvas import RolesCanvas

        return RolesCanvas(session, self.library)

    def _reference_mode_changed(self, on: bool) -> None:
        """In reference mode undo and redo act on the reference placements."""
        self.undo_group.setActiveStack(self.library.undo_stack if on else self.session.undo_stack)

    def _load_remembered_reference_set(self) -> None:
        path = self.settings.reference_set
        if path is None:
            return
        try:
            self.library.load(path)
        except (WorkshopFileError, ValueError):
            self.settings.reference_set = None

    def _remember_reference_set(self) -> None:
        self.settings.reference_set = self.library.path

    def _update_undo_texts(self) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.act_undo.setText(
            self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo")
        )
        self.act_redo.setText(
            self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo")
        )
        self.act_undo.setEnabled(self.undo_group.canUndo())
        self.act_redo.setEnabled(self.undo_group.canRedo())

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)

    def current_step(self) -> Step | None:
        return next(
            (s for s, page in PAGE_OF_STEP.items() if page == self.pages.currentIndex()), None
        )

    # --- the workshop room: projector and timer ---

    def toggle_projector(self) -> None:
        """F5: the current step as a presentation, on the other screen when there is one."""
        if self.projector is not None:
            self.projector.close()
            return
        assert self.step_timer is not None
        projector = ProjectorWindow(self.step_timer, self._make_presented_canvas)
        projector.stepRequested.connect(self._step_by)
        projector.closed.connect(self._projector_closed)
        self.projector = projector
        projector.show_step(self.current_step())
        here = self.screen()
        others = [s for s in QGuiApplication.screens() if s is not here]
        projector.show_on(others[0] if others else here)
        self.act_projector.setChecked(True)
        if others:
            self.statusBar().showMessage(
                self.tr("The presentation is on {screen}; this window keeps the editor.").format(
                    screen=others[0].name()
                ),
                8000,
            )

    def _make_presented_canvas(self, step: Step) -> QWidget | None:
        factory = self._canvas_factories.get(step)
        return factory() if factory is not None else None

    def _follow_on_projector(self, _row: int) -> None:
        if self.projector is not None:
            self.projector.show_step(self.current_step())

    def _projector_closed(self) -> None:
        self.projector = None
        self.act_projector.setChecked(False)
        self.activateWindow()

    def toggle_timer(self) -> None:
        """Ctrl+T: start or pause the current step's timer."""
        step = self.current_step()
        if step is None or self.step_timer is None:
            self.statusBar().showMessage(self.tr("Open a step to time it (Ctrl+1…4)."), 5000)
            return
        self.step_timer.toggle(step)

    def show_step(self, step: Step) -> None:
        self.show_page(PAGE_OF_STEP[step])

    def _step_by(self, delta: int) -> None:
        self.show_page(min(max(self.nav.currentRow() + delta, 0), self.nav.count() - 1))

    # --- files ---

    def _display_name(self) -> str:
        if self.session.path is not None:
            return self.session.path.name
        return self.tr("Untitled workshop")

    def _update_title(self) -> None:
        region = self.session.workshop.region
        parts = [f"{self._display_name()}[*]"]
        if self.session.read_only:
            parts[0] += " " + self.tr("(read-only)")
        if region is not None:
            parts.append(region.name)
        parts.append("RegionRoll")
        self.setWindowTitle(" – ".join(parts))
        self.setWindowModified(self.session.modified)

    def _may_discard_references(self) -> bool:
        """Unsaved reference placements are work too: ask before they are lost."""
        if not self.library.modified:
            return True
        answer = dialogs.ask_unsaved(self, self.tr("your reference placements"))
        if answer is dialogs.Unsaved.SAVE:
            canvas = self.step_pages[Step.FINANSIERING].canvas
            return bool(canvas is not None and canvas.save_reference_set())  # type: ignore[attr-defined]
        return answer is dialogs.Unsaved.DISCARD

    def _may_discard(self) -> bool:
        """True when the current workshop may be replaced: saved, discarded on request, or clean."""
        if not self.session.modified:
            return True
        answer = dialogs.ask_unsaved(self, self._display_name())
        if answer is dialogs.Unsaved.SAVE:
            return self.save()
        return answer is dialogs.Unsaved.DISCARD

    def new_workshop(self, region: RegionChoice | None, title: str) -> None:
        if not self._may_discard():
            return
        self._install(Session(e.new_workshop(region, title)))
        self._set_lock(None)
        self.show_page(PAGE_DETAILS)

    def open_file(self, path: Path | None) -> bool:
        if not self._may_discard():
            return False
        if path is None:
            folder = self.session.path.parent if self.session.path else None
            path = dialogs.open_path(self, folder)
            if path is None:
                return False
        try:
            session = Session.open(path)
        except WorkshopFileError as exc:
            self._open_failed(path, exc)
            return False
        lock = self._lock_or_read_only(path, session)
        if lock is False:
            return False
        self._install(session)
        self._set_lock(lock)
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
        self._install(Session(workshop))
        self._set_lock(None)
        self.show_page(PAGE_OF_STEP[Step.ORGANISATION])
        self.statusBar().showMessage(
            self.tr("The example is an invented region; save it under a name of your own."), 8000
        )
        return True

    def _lock_or_read_only(self, path: Path, session: Session) -> FileLock | bool | None:
        """This window's lock on `path`; None with the session read-only when another holds
        it and the user agrees; False when the user would rather not open it."""
        if self.file_lock is not None and self.file_lock.path == path.resolve():
            held, self.file_lock = self.file_lock, None  # reopening the file this window holds
            return held
        lock = FileLock(path.resolve())
        if lock.acquire():
            return lock
        if not dialogs.ask_read_only(self, path.name, lock.holder()):
            return False
        session.read_only = True
        return None

    def _set_lock(self, lock: FileLock | None) -> None:
        if self.file_lock is not None:
            self.file_lock.release()
        self.file_lock = lock
        self._update_title()

    def _open_failed(self, path: Path, exc: WorkshopFileError) -> None:
        dialogs.show_error(
            self,
            self.tr("Could not open {name}").format(name=path.name),
            describe_file_error(exc),
            detail=str(exc),
        )
        if exc.kind is FileErrorKind.UNREADABLE:
            self.settings.remove_recent_file(path)
            self.start_page.set_recent_files(self.settings.recent_files())

    def save(self) -> bool:
        if self.session.path is None or self.session.read_only:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self) -> bool:
        base = self.session.path or Path.home() / self._suggested_name()
        path = dialogs.save_path(self, base)
        return path is not None and self._save_to(path)

    def _suggested_name(self) -> str:
        workshop = self.session.workshop
        stem = workshop.details.title or (workshop.region.name if workshop.region else "")
        stem = "".join(c if c.isalnum() or c in " -_" else "_" for c in stem).strip()
        return (stem or self.tr("workshop")) + SUFFIX

    def _save_to(self, path: Path) -> bool:
        lock = self.file_lock
        if self.session.path is None or path.resolve() != self.session.path or lock is None:
            lock = FileLock(path.resolve())
            if not lock.acquire():
                dialogs.show_error(
                    self,
                    self.tr("Could not save {name}").format(name=path.name),
                    self.tr("The file is open in {holder}; save under another name.").format(
                        holder=lock.holder()
                    ),
                )
                return False
        if not self._may_replace_on_disk(path):
            return False
        try:
            self.session.save(path)
        except SaveError as exc:
            title = self.tr("Could not save {name}").format(name=path.name)
            if dialogs.ask_save_elsewhere(self, title, describe_file_error(exc)):
                return self.save_as()
            return False
        if lock is not self.file_lock:
            self._set_lock(lock)
        self.session.read_only = False
        self._remember(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved {path}").format(path=path), 5000)
        if self.file_watch is not None:
            self.file_watch.check()
        return True

    def _may_replace_on_disk(self, path: Path) -> bool:
        """Saving over a file another program changed since we read it asks first (an emptied
        or vanished file holds nothing to lose)."""
        if path.resolve() != self.session.path:
            return True
        if self.session.disk_state() is not DiskState.CHANGED:
            return True
        answer = dialogs.ask_replace_changed(self, path.name)
        if answer is dialogs.ChangedOnDisk.SAVE_ELSEWHERE:
            self.save_as()
            return False
        return answer is dialogs.ChangedOnDisk.REPLACE

    def _disk_state_changed(self, state: DiskState) -> None:
        path = self.session.path
        self.disk_banner.show_state(state, path.name if path else "")

    def export(self) -> list[Path]:
        """PNG and SVG of every canvas and the PDF report, with progress that can be cancelled."""
        start = self.session.path.parent if self.session.path else None
        folder = dialogs.choose_folder(self, start)
        if folder is None:
            return []
        from ..export.report import ExportCancelledError
        from ..export.run import export_all

        progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, 8, self)
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int) -> bool:
            progress.setMaximum(total)
            progress.setValue(done)
            QApplication.processEvents()
            return not progress.wasCanceled()

        try:
            written = export_all(
                self.session.workshop,
                self.library,
                folder,
                progress=step,
                comparison=self.compare_page.chosen(),
            )
        except ExportCancelledError:
            self.statusBar().showMessage(
                self.tr("Export cancelled; the report was not written."), 6000
            )
            return []
        except OSError as exc:
            dialogs.show_error(
                self,
                self.tr("Could not export"),
                self.tr("The files could not be written to {folder}.").format(folder=folder),
                str(exc),
            )
            return []
        finally:
            progress.close()
        self.statusBar().showMessage(
            self.tr("Exported {n} files to {folder}").format(n=len(written), folder=folder), 8000
        )
        return written

    def offer_recovery(self) -> int:
        """Offer back every workshop a crash, kill or power cut left behind; returns how many
        were offered. A recovery file goes only on the user's word or a successful save."""
        offered = 0
        for found in orphaned(self.store):
            offered += 1
            recovery_id = self.store.id_of(found.path)
            if found.recovery is None:
                dialogs.show_error(
                    self,
                    self.tr("A recovery file could not be read"),
                    self.tr("It is kept in {folder}.").format(folder=self.store.folder),
                    found.problem,
                )
                continue
            text, detail = self._describe_recovery(found.recovery)
            answer = dialogs.ask_recovery(self, text, detail)
            if answer is dialogs.RecoveryAnswer.RESTORE:
                if not self._may_discard():
                    continue
                self._restore(found.recovery, recovery_id)
            elif answer is dialogs.RecoveryAnswer.SAVE_ELSEWHERE:
                path = dialogs.save_path(self, Path.home() / self._suggested_name())
                if path is None:
                    continue
                try:
                    save_workshop(found.recovery.workshop, path)
                except SaveError as exc:
                    dialogs.show_error(
                        self,
                        self.tr("Could not save {name}").format(name=path.name),
                        describe_file_error(exc),
                        str(exc),
                    )
                    continue
                self.store.discard(recovery_id)
                self._remember(path)
            elif answer is dialogs.RecoveryAnswer.DISCARD:
                self.store.discard(recovery_id)
        return offered

    def _describe_recovery(self, recovery: Recovery) -> tuple[str, str]:
        workshop = recovery.workshop
        name = workshop.details.title or (
            workshop.region.name if workshop.region else self.tr("Untitled workshop")
        )
        when = recovery.saved_at.astimezone().strftime("%Y-%m-%d %H:%M")
        text = self.tr("“{name}” was not closed properly. It was autosaved at {when}.").format(
            name=name, when=when
        )
        if recovery.original is None:
            return text, self.tr("It had never been saved to a file.")
        original = Path(recovery.original)
        try:
            on_disk = load_workshop(original)
        except WorkshopFileError:
            return text, self.tr("Its file {file} cannot be read now.").format(file=original)
        changes = what_changed(
            on_disk, workshop.model_copy(update={"snapshots": on_disk.snapshots})
        )
        lines = [describe_change(c) for c in changes[:6]]
        more = len(changes) - len(lines)
        detail = self.tr("Differences from {file}: {n}.").format(file=original.name, n=len(changes))
        if lines:
            detail += "\n• " + "\n• ".join(lines)
        if more > 0:
            detail += "\n" + self.tr("… and {n} more.").format(n=more)
        return text, detail

    def _restore(self, recovery: Recovery, recovery_id: str) -> None:
        """The recovered state becomes the window's workshop, unsaved, one undo step away from
        the file on disk (or a new workshop when it was never saved)."""
        original = Path(recovery.original) if recovery.original else None
        base = None
        if original is not None:
            try:
                base = Session.open(original)
            except WorkshopFileError:
                base = None
        session = base or Session()
        lock = self._lock_or_read_only(original, session) if base and original else None
        self._install(session, recovery_id)
        self._set_lock(lock if isinstance(lock, FileLock) else None)
        recovered = recovery.workshop
        session.apply(self.tr("Restore the recovered workshop"), lambda _w: recovered)
        session.set_timing(recovered.timing)  # time is not an undo step, so not in the edit
        self.show_page(PAGE_OF_STEP[Step.ORGANISATION])

    def _remember(self, path: Path) -> None:
        self.settings.add_recent_file(path)
        self.start_page.set_recent_files(self.settings.recent_files())

    def _fill_recent_menu(self) -> None:
        self.menu_recent.clear()
        recent = self.settings.recent_files()
        for path in recent:
            act = self.menu_recent.addAction(path.name)
            act.setToolTip(str(path))
            act.triggered.connect(lambda _=False, p=path: self.open_file(p))
        if not recent:
            none = self.menu_recent.addAction(self.tr("No recent files"))
            none.setEnabled(False)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._may_discard() and self._may_discard_references():
            self.settings.sync()
            if self.autosaver is not None:
                self.autosaver.discard()  # saved, or the user said the changes may go
            self._set_lock(None)
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

    def about(self) -> None:
        sources = "".join(
            f"<li><b>{s.publisher}</b>: {s.title} ({s.year}). {s.detail}</li>"
            for s in self.reference.sources
        )
        QMessageBox.about(
            self,
            self.tr("About RegionRoll"),
            self.tr(
                "<h3>RegionRoll Desktop {version}</h3>"
                "<p>A workshop tool for the region's strategic role in regional development.</p>"
                "<p>Built on: {deck}.</p><p>Reference data ({name}):</p><ul>{sources}</ul>"
                "<p>Facts that no source gives – the political model and the capital-matrix "
                "position of the reference regions – are shown as not known.</p>"
            ).format(
                version=__version__, deck=DECK_SOURCE, name=self.reference.name, sources=sources
            ),
        )

    def show_shortcuts(self) -> None:
        """Every command's shortcut and each canvas's keys, in a window beside the work."""
        if self.shortcuts_dialog is not None:
            self.shortcuts_dialog.close()
        self.shortcuts_dialog = ShortcutsDialog(self.actions(), self)
        self.shortcuts_dialog.show()

    def retranslate(self) -> None:
        lang = language()
        self.menu_file.setTitle(self.tr("&File"))
        self.menu_recent.setTitle(self.tr("Open &recent"))
        self.menu_edit.setTitle(self.tr("&Edit"))
        self.menu_view.setTitle(self.tr("&View"))
        self.menu_language.setTitle(self.tr("&Language"))
        self.menu_help.setTitle(self.tr("&Help"))
        self.act_new.setText(self.tr("&New workshop…"))
        self.act_open.setText(self.tr("&Open…"))
        self.act_save.setText(self.tr("&Save"))
        self.act_save_as.setText(self.tr("Save &as…"))
        self.act_export.setText(self.tr("&Export pictures and report…"))
        self.act_quit.setText(self.tr("&Quit"))
        self._update_undo_texts()
        self.act_next.setText(self.tr("&Next step"))
        self.act_prev.setText(self.tr("&Previous step"))
        self.act_about.setText(self.tr("&About RegionRoll"))
        self.act_projector.setText(self.tr("&Projector mode"))
        self.act_projector.setToolTip(
            self.tr("The current step as a presentation; on a second screen if there is one")
        )
        self.act_timer.setText(self.tr("Start or pause the step's &timer"))
        self.act_shortcuts.setText(self.tr("&Keyboard shortcuts"))
        names = [
            self.tr("Start"),
            self.tr("The workshop"),
            self.tr("The landscape"),
            *(f"{STEP_NUMBERS[s]}  {STEP_TITLES[s].text(Language.SV)}" for s in Step),
            self.tr("The keys"),
            self.tr("Compare"),
        ]
        tips = [
            self.tr("Start a new workshop or open one"),
            self.tr("Title, date, place, participants, groups and the region"),
            self.tr("A landscape in change: 1975, 2000, 2020"),
            *(STEP_TITLES[s].text(lang) for s in Step),
            self.tr("The five keys to the work: a score and a note each"),
            self.tr("Snapshots, what changed, and the reference regions side by side"),
        ]
        for i, (name, tip) in enumerate(zip(names, tips, strict=True)):
            self.nav.item(i).setText(name)
            self.nav.item(i).setToolTip(tip)
            if i >= 1:
                self.act_pages[i - 1].setText(name.replace("  ", ". ", 1))
        self._update_title()
