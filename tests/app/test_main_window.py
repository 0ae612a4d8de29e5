import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_DETAILS, PAGE_OF_STEP, PAGE_START
from regionroll_desktop.model import Language, Step
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop, save_workshop
from regionroll_desktop.ui import dialogs
from regionroll_desktop.ui.export_choice import ExportChoice
from regionroll_desktop.ui.export_dialog import ExportDialog

from .fixture_files import copied
from .keys import type_text

FIXTURE = Path(__file__).parents[1] / "storage" / "fixtures" / "workshop-v1.regionroll.json"


def start(window: MainWindow, qtbot, region_index: int = 1) -> None:  # type: ignore[no-untyped-def]
    page = window.start_page
    page.region.setCurrentIndex(region_index)
    qtbot.keyClicks(page.workshop_title, "Workshop 1")
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)


def edit(window: MainWindow) -> None:
    window.session.apply("Note", lambda w: e.set_note(w, Step.ORGANISATION, "an edit"))


def test_starts_on_the_start_page_with_a_new_workshop(window: MainWindow) -> None:
    assert window.pages.currentIndex() == PAGE_START
    assert window.nav.count() == 11  # start, workshop, landscape, four steps, keys, conclusions,
    # compare, the regions
    assert window.session.path is None and not window.session.modified
    assert window.start_page.region.count() == 23  # prompt, 21 regions, "its own"


def test_new_workshop_from_a_reference_region(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot, region_index=1)
    ws = window.session.workshop
    assert ws.region is not None and ws.region.name == "Blekinge" and ws.region.code == "10"
    assert ws.details.title == "Workshop 1"
    assert window.pages.currentIndex() == PAGE_DETAILS
    assert "Blekinge" in window.windowTitle()


def test_new_workshop_for_a_region_of_its_own(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = window.start_page
    page.region.setCurrentIndex(page.region.count() - 1)
    type_text(page.own_name, "Region Mälardalen")
    qtbot.keyClick(page.own_name, Qt.Key.Key_Return)
    region = window.session.workshop.region
    assert region is not None and region.code is None and region.name == "Region Mälardalen"
    # A short name of a reference region resolves to it.
    page.own_name.clear()
    type_text(page.own_name, "Jämtland")
    window.session.undo_stack.setClean()
    qtbot.keyClick(page.own_name, Qt.Key.Key_Return)
    region = window.session.workshop.region
    assert region is not None and region.code == "23"


def test_typing_is_one_undo_step_and_ctrl_z_undoes_it(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot)
    details = window.details_page
    details.title.setFocus()
    details.title.selectAll()
    type_text(details.title, "Sörmland i november")
    assert window.session.workshop.details.title == "Sörmland i november"
    assert window.isWindowModified()
    stack = window.session.undo_stack
    steps = stack.count()
    qtbot.keyClick(details.title, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stack.index() == steps - 1
    assert window.session.workshop.details.title == "Workshop 1"
    assert details.title.text() == "Workshop 1"
    qtbot.keyClick(
        details.title,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert details.title.text() == "Sörmland i november"


def test_note_of_a_step_is_edited_and_undone(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    window.show_step(Step.STRATEGI)
    page = window.step_pages[Step.STRATEGI]
    assert window.pages.currentWidget() is page
    type_text(page.note, "RUS:en är bred")
    assert window.session.workshop.note(Step.STRATEGI) == "RUS:en är bred"
    window.act_undo.trigger()
    assert page.note.toPlainText() == ""
    assert "Hur formar man de regionala utvecklingsstrategierna?" in page.question.text()
    assert "Regionens roll" in page.question.toolTip()


def test_save_as_then_save(window: MainWindow, qtbot, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot)
    answers.save_path = tmp_path / "sörmland.regionroll.json"
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert answers.save_path.exists()
    assert not window.isWindowModified()
    assert "sörmland.regionroll.json" in window.windowTitle()
    assert load_workshop(answers.save_path) == window.session.workshop
    window.session.apply("Note", lambda w: e.set_note(w, Step.ORGANISATION, "x"))
    assert window.isWindowModified()
    window.act_save.trigger()
    assert load_workshop(answers.save_path).note(Step.ORGANISATION) == "x"
    assert window.settings.recent_files()[0] == answers.save_path.resolve()


def test_failed_save_keeps_the_work_and_the_file(
    window: MainWindow, qtbot, answers, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot)
    edit(window)
    target = tmp_path / "kept.regionroll.json"
    save_workshop(e.new_workshop(title="on disk"), target)
    before = target.read_bytes()

    def refuse(*args: object) -> None:
        raise PermissionError(13, "Permission denied")

    answers.save_path = target
    with monkeypatch.context() as patch:
        patch.setattr("os.replace", refuse)
        assert not window.save_as()
    assert target.read_bytes() == before
    assert answers.errors and "oförändrad" in answers.errors[-1][1]  # Swedish UI
    assert window.isWindowModified() and window.session.path is None


def test_opening_a_damaged_file_is_refused_in_one_sentence(
    window: MainWindow, answers, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.regionroll.json"
    from regionroll_desktop.storage.workshop_file import SCHEMA_VERSION

    newer = SCHEMA_VERSION + 1  # a version this app does not know yet
    bad.write_text(
        f'{{"format": "regionroll-workshop", "schema_version": {newer}, "workshop": {{}}}}'
    )
    before = window.session
    assert not window.open_file(bad)
    assert window.session is before
    title, text = answers.errors[-1]
    assert "bad.regionroll.json" in title
    assert text.count(".") == 1 and "RegionRoll" in text  # one sentence: a newer version


def test_open_a_file_and_remember_it(window: MainWindow, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    answers.open_path = copied(FIXTURE, tmp_path)
    window.act_open.trigger()
    assert window.session.path == answers.open_path.resolve()
    assert window.pages.currentIndex() == PAGE_OF_STEP[Step.ORGANISATION]
    assert window.details_page.title.text() == "Regionens roll – exempel"
    assert window.start_page.recent.count() == 1


def test_unsaved_changes_are_never_lost_silently(
    window: MainWindow, qtbot, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot)
    edit(window)
    answers.unsaved = dialogs.Unsaved.CANCEL
    assert not window.close()
    assert answers.asked_unsaved == 1 and window.isVisible()
    answers.open_path = copied(FIXTURE, tmp_path)
    assert not window.open_file(None)
    assert window.session.path is None
    answers.unsaved = dialogs.Unsaved.DISCARD
    assert window.open_file(None)


def test_save_when_asked_on_close(window: MainWindow, qtbot, answers, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot)
    edit(window)
    answers.unsaved = dialogs.Unsaved.SAVE
    answers.save_path = tmp_path / "on-close.regionroll.json"
    assert window.close()
    assert load_workshop(answers.save_path).details.title == "Workshop 1"


def test_language_switches_at_run_time_and_is_remembered(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.menu_file.title() == "&Arkiv"
    step = window.step_pages[Step.ORGANISATION]
    assert step.question.text().startswith("Hur avgränsar")
    window.act_languages[Language.EN].trigger()
    QApplication.processEvents()
    assert window.menu_file.title() == "&File"
    assert step.question.text().startswith("How is the regional mission")
    assert window.settings.language is Language.EN
    window.act_languages[Language.SV].trigger()
    QApplication.processEvents()
    assert window.start_page.create_button.text() == "&Starta workshoppen"


def test_step_shortcuts(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.step_pages[Step.STRATEGI]
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.step_pages[Step.GENOMFORANDEPRAKTIK]
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentIndex() == PAGE_DETAILS


def test_a_workshop_without_edits_closes_without_asking(window: MainWindow, qtbot, answers) -> None:  # type: ignore[no-untyped-def]
    start(window, qtbot)
    assert window.close()
    assert answers.asked_unsaved == 0


def test_step_pages_show_what_the_workshop_has_decided(
    window: MainWindow, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    org = window.step_pages[Step.ORGANISATION]
    assert "inte bestämd ännu" in org.summary_text()
    assert window.open_file(copied(FIXTURE, tmp_path))
    org = window.step_pages[Step.ORGANISATION]
    assert "Politisk modell: 1 – En nämnd för regional utveckling" in org.summary_text()
    assert "Förvaltningsmodell: 2+" in org.summary_text()
    # The derived model follows an edit (and its undo) at once.
    window.session.apply("Move", lambda w: e.remove_body(w, "run"))
    assert "Politisk modell: inte bestämd ännu" in org.summary_text()
    window.act_undo.trigger()
    assert "Politisk modell: 1" in org.summary_text()
    roles = window.step_pages[Step.GENOMFORANDEPRAKTIK].summary_text()
    assert "huvudroll Finansiären" in roles and "huvudroll Kapacitetsbyggaren" in roles


def test_details_show_the_reference_regions_facts_with_sources(
    window: MainWindow, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(copied(FIXTURE, tmp_path))
    label = window.details_page.region_source
    assert "Region Sörmland" in label.text() and "297" in label.text()
    assert "SCB" in label.toolTip()


def test_a_vanished_recent_file_is_reported_and_forgotten(
    window: MainWindow, answers, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "gone.regionroll.json"
    save_workshop(e.new_workshop(title="x"), path)
    assert window.open_file(path)
    path.unlink()
    assert not window.open_file(path)
    assert answers.errors
    assert window.settings.recent_files() == []
    assert window.start_page.recent.count() == 0


def test_export_from_the_window(window: MainWindow, answers, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(copied(FIXTURE, tmp_path))
    asked: list[ExportChoice] = []
    opened: list[bool] = []

    def choose(parent: object, choice: ExportChoice) -> ExportChoice | None:
        asked.append(choice)
        return answer

    monkeypatch.setattr(dialogs, "ask_export", choose)
    monkeypatch.setattr(dialogs, "ask_open_folder", lambda *a: opened.append(True) or False)
    answer: ExportChoice | None = ExportChoice(("pdf", "png", "svg"), 1200, tmp_path)
    written = window.export()
    assert len(written) == 11 and all(p.exists() for p in written)
    assert any(p.suffix == ".pdf" for p in written) and opened == [True]
    # Only what was chosen is written, and the choice is offered again next time.
    only = tmp_path / "only-pictures"
    only.mkdir()
    answer = ExportChoice(("png",), 800, only)
    written = window.export()
    assert sorted(p.suffix for p in written) == [".png"] * 5
    assert asked[-1] == ExportChoice(("pdf", "png", "svg"), 1200, tmp_path)
    answer = None
    assert window.export() == []  # cancelled in the dialog
    assert asked[-1] == ExportChoice(("png",), 800, only)


def test_a_report_open_in_another_program_is_named(
    window: MainWindow, answers, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Windows: last export's report open in a PDF reader refuses to be replaced (a sharing
    violation, after the retries); the user is told which file to close, and it is unchanged."""
    from regionroll_desktop.storage import jsonio

    assert window.open_file(copied(FIXTURE, tmp_path))
    monkeypatch.setattr(
        dialogs, "ask_export", lambda parent, choice: ExportChoice(("csv",), 800, tmp_path)
    )
    monkeypatch.setattr(jsonio, "REPLACE_RETRY_DELAYS", (0.0, 0.0))
    real_replace = os.replace
    tries: list[str] = []

    def held(source: object, target: object) -> None:
        if str(target).endswith(".csv"):
            tries.append(str(target))
            exc = PermissionError(
                13, "The process cannot access the file", str(source), None, str(target)
            )
            exc.winerror = 32  # type: ignore[attr-defined]
            raise exc
        real_replace(source, target)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", held)
    assert window.export() == []
    assert len(tries) == 3  # retried, then told
    title, text = answers.errors[-1]
    assert title == "Kunde inte exportera"
    assert "är öppen i ett annat program" in text and ".csv" in text
    assert not list(tmp_path.glob("*.csv"))


def test_the_export_dialog_says_what_is_missing(qtbot, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    asked: list[Path | None] = []

    def choose_folder(parent: object, start: Path | None) -> Path:
        asked.append(start)
        return tmp_path

    dialog = ExportDialog(ExportChoice(("pdf",), 1920, tmp_path), choose_folder)
    qtbot.addWidget(dialog)
    assert dialog.ok.isEnabled() and not dialog.png_width.isEnabled()
    dialog.report.setChecked(False)
    assert not dialog.ok.isEnabled() and "rapporten" in dialog.problem.text()
    dialog.png.setChecked(True)
    assert dialog.ok.isEnabled() and dialog.png_width.isEnabled()
    dialog.folder.setText(str(tmp_path / "nowhere"))
    assert not dialog.ok.isEnabled() and "finns inte" in dialog.problem.text()
    dialog.browse.click()
    assert asked == [tmp_path / "nowhere"]  # the question starts where the field points
    dialog.png_width.setValue(3840)
    assert dialog.choice() == ExportChoice(("png",), 3840, tmp_path)
    dialog.csv.setChecked(True)
    assert dialog.choice() == ExportChoice(("png", "csv"), 3840, tmp_path)


def test_a_file_open_in_another_window_opens_read_only(
    window, settings, answers, qtbot, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.app.main import create_window

    path = tmp_path / "shared.regionroll.json"
    save_workshop(e.new_workshop(title="shared"), path)
    assert window.open_file(path)
    second = create_window(settings=settings)
    qtbot.addWidget(second)
    asked: list[str] = []

    def read_only(parent, held_by, may_take_over):  # type: ignore[no-untyped-def]
        asked.append(held_by)
        assert not may_take_over  # a window on this computer is alive: never taken over
        return dialogs.Locked.READ_ONLY

    monkeypatch.setattr(dialogs, "ask_locked", read_only)
    assert second.open_file(path)
    assert asked and "ett annat RegionRoll-fönster på den här datorn" in asked[0]
    assert second.session.read_only and "skrivskyddad" in second.windowTitle()
    second.session.apply("n", lambda w: e.set_note(w, Step.STRATEGI, "copy"))
    copy = tmp_path / "copy.regionroll.json"
    answers.save_path = copy
    assert second.save()  # goes to Save As, never over the held file
    assert load_workshop(path).note(Step.STRATEGI) == ""
    assert load_workshop(copy).note(Step.STRATEGI) == "copy"
    assert not second.session.read_only
    monkeypatch.setattr(dialogs, "ask_locked", lambda *a, **k: dialogs.Locked.CANCEL)
    third = create_window(settings=settings)
    qtbot.addWidget(third)
    assert not third.open_file(path)  # declined: not opened at all
    window.close()  # releases the lock: now it can be opened for writing
    assert third.open_file(path) and not third.session.read_only


def test_help_lists_every_shortcut(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.shortcuts_dialog
    assert dialog is not None and dialog.isVisible()
    table = dialog.table
    listed = {table.item(r, 1).text() for r in range(table.rowCount())}
    for act in window.actions():
        for key in act.shortcuts():
            native = key.toString(QKeySequence.SequenceFormat.NativeText)
            assert any(native in keys for keys in listed), act.objectName()
    for key in ("F5", "Ctrl+T", "Ctrl+E", "Ctrl+S", "Home", "PgDown, PgUp"):
        assert any(key in keys for keys in listed), key
    dialog.close()


def test_redo_from_the_keyboard_with_either_key(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Y and Ctrl+Shift+Z redo through the window's own key handling (a key bound twice
    would be ambiguous and do nothing)."""
    start(window, qtbot)
    window.show_step(Step.STRATEGI)
    window.step_pages[Step.STRATEGI].note.clearFocus()
    stack = window.session.undo_stack
    window.session.apply("Note", lambda w: e.set_note(w, Step.STRATEGI, "a"))
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    for key, modifiers in ((Qt.Key.Key_Y, ctrl), (Qt.Key.Key_Z, ctrl | shift)):
        qtbot.keyClick(window, Qt.Key.Key_Z, ctrl)
        assert window.session.workshop.note(Step.STRATEGI) == ""
        qtbot.keyClick(window, key, modifiers)
        assert window.session.workshop.note(Step.STRATEGI) == "a", key
    assert stack.index() == stack.count()


def test_no_key_is_bound_twice(window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QAction

    seen: dict[str, str] = {}
    for act in window.findChildren(QAction):
        for key in act.shortcuts():
            text = key.toString()
            assert text not in seen, f"{text} is bound to {seen.get(text)} and {act.objectName()}"
            seen[text] = act.objectName()


def test_redo_keys_are_unique_whatever_the_platform_binds(monkeypatch, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On GNOME the platform's Redo is Ctrl+Shift+Z itself; on macOS Cmd+Shift+Z."""
    from regionroll_desktop.ui import widgets

    for platform, bound in (("linux", ["Ctrl+Shift+Z"]), ("darwin", ["Ctrl+Shift+Z"])):
        monkeypatch.setattr(widgets.sys, "platform", platform)
        monkeypatch.setattr(
            widgets.QKeySequence, "keyBindings", lambda _key, b=bound: [QKeySequence(k) for k in b]
        )
        keys = [k.toString() for k in widgets.redo_shortcuts()]
        assert len(keys) == len(set(keys))
        assert "Ctrl+Shift+Z" in keys
        assert ("Ctrl+Y" in keys) == (platform != "darwin")


def test_a_new_workshop_is_named_by_its_title_before_saving(
    window: MainWindow, qtbot, answers
) -> None:  # type: ignore[no-untyped-def]
    """The save prompt and the window's title name the workshop as it is called, not
    "Namnlös workshop"."""
    start(window, qtbot)
    edit(window)
    assert window.close() is False  # the prompt was answered "cancel"
    assert answers.unsaved_names[-1] == "Workshop 1"
    assert "Workshop 1" in window.windowTitle()
    window.session.apply("t", lambda w: e.set_details(w, title="Regionens roll 2027"))
    assert "Regionens roll 2027" in window.windowTitle()
