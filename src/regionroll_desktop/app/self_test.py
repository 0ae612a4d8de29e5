"""`regionroll self-test`: does this installation work? (Used on every built bundle.)

It starts the real window on the sample workshop, shows every page (which loads every canvas
and pyqtgraph), checks both Swedish translations (ours and Qt's own), saves the workshop to a
file and reads it back, and exports the pictures and the PDF report. One line per check;
exit 0 when all pass, 1 otherwise.
"""

from __future__ import annotations

import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication

from ..model import Language
from ..resources import resource
from ..storage import load_workshop
from ..ui.i18n import loaded_translations
from ..ui.settings import AppSettings
from .main import create_window
from .navigation import PAGE_COUNT


def self_test(out: Path | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(out) if out else Path(tempfile.mkdtemp(prefix="regionroll-self-test-"))
    folder.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("RegionRoll self-test")  # the user's settings stay
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.recovery_dir = folder / "recovery"
    settings.language = Language.SV
    failures = 0

    def check(what: str, test: Callable[[], object]) -> None:
        nonlocal failures
        try:
            result = test()
        except Exception as exc:  # a self-test reports every failure and goes on
            result, detail = False, f"{type(exc).__name__}: {exc}"
        else:
            detail = "" if result is True else str(result)
        ok = result is True
        failures += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f" ({detail})" if detail else ""))

    window = create_window(settings=settings)
    window.show()
    check("the sample workshop opens", window.open_sample)
    check(
        "Swedish translations, ours and Qt's own",
        lambda: (
            loaded_translations() == ["regionroll_sv", "qtbase_sv"] or str(loaded_translations())
        ),
    )

    def every_page() -> bool:
        for index in range(PAGE_COUNT):
            window.show_page(index)
            app.processEvents()
        return all(page.canvas is not None for page in window.step_pages.values())

    check("every page and canvas", every_page)
    saved = folder / "self-test.regionroll.json"

    def save() -> bool:
        window.session.save(saved)
        return saved.is_file() and not window.session.modified

    check("save the workshop", save)
    check(
        "read it back",
        lambda: (
            load_workshop(saved).without_snapshots() == window.session.workshop.without_snapshots()
        ),
    )

    def export() -> bool | str:
        from ..export.run import export_all

        (folder / "export").mkdir(exist_ok=True)
        written = export_all(window.session.workshop, window.library, folder / "export")
        return len(written) >= 9 or f"{len(written)} files"

    check("export pictures and the PDF report", export)

    def answers() -> bool | str:
        """The phones' answers as a workbook and a CSV (the workbook's library is bundled)."""
        from ..export.answers import write_answers

        written = write_answers(window.session.workshop, folder / "svar.xlsx", folder / "svar.csv")
        return all(path.stat().st_size > 0 for path in written) or "an empty file"

    check("export the phones' answers (workbook and CSV)", answers)
    check("the shipped reference data", lambda: resource("reference").is_dir())
    window.session.undo_stack.setClean()
    window.close()
    print(f"{'self-test passed' if not failures else f'{failures} checks failed'}: {folder}")
    return 1 if failures else 0
