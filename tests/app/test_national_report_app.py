"""Arkiv ▸ Nationell rapport… (issue #40): the national report of a chosen set, from the app."""

from __future__ import annotations

from pathlib import Path

import pytest

from regionroll_desktop.reference import ReferenceSet
from regionroll_desktop.storage.reference_build import build_reference_set
from tests.national_set import write_series


@pytest.fixture
def series(tmp_path: Path) -> ReferenceSet:
    write_series(tmp_path / "serien")
    return build_reference_set([tmp_path / "serien"], "Serien").reference_set


def test_the_app_writes_the_report_of_a_chosen_set(
    series: ReferenceSet, window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    from regionroll_desktop.app import national_report as command
    from regionroll_desktop.storage.reference_file import save_reference_set
    from regionroll_desktop.ui import dialogs

    saved = tmp_path / "serien.regionroll-ref.json"
    save_reference_set(series, saved)
    out = tmp_path / "ut"
    out.mkdir()
    seen: list[str] = []

    def answer(dialog: command.NationalReportDialog) -> int:
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # the shipped regions alone: no workshop to report
        seen.append(dialog.source.text())
        monkeypatch.setattr(dialogs, "open_path", lambda *args: saved)
        dialog.choose.click()
        assert ok.isEnabled() and "17" in dialog.source.text()
        dialog.anonymise.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(command.NationalReportDialog, "exec", answer)
    monkeypatch.setattr(dialogs, "choose_folder", lambda parent, start, title="": out)
    monkeypatch.setattr(dialogs, "ask_open_folder", lambda *args: False)
    written = window.national_report.run()
    assert written == out / "nationell-rapport-anonymiserad.pdf" and written.exists()
    assert "Bygg först referensregionerna" in seen[0]
    assert window.national_report.action.text() == "Nationell &rapport…"


def test_a_damaged_set_file_is_refused_in_words_and_the_set_kept(
    window, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.app import national_report as command
    from regionroll_desktop.ui import dialogs

    bad = tmp_path / "trasig.regionroll-ref.json"
    bad.write_text("{")
    told: list[str] = []
    monkeypatch.setattr(dialogs, "open_path", lambda *args: bad)
    monkeypatch.setattr(dialogs, "show_file_error", lambda parent, title, exc: told.append(title))
    dialog = command.NationalReportDialog(window.library, window)
    before = dialog.series
    dialog.choose.click()
    assert told == ["Nationell rapport"] and dialog.series is before
    assert "0 regioner med en workshop" in dialog.source.text()
    dialog.close()
