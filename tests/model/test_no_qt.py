"""The pure layers import no Qt (checked in a fresh interpreter and by import-linter), and every
module passes mypy --strict."""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_pure_layers_load_without_qt() -> None:
    code = (
        "import sys\n"
        "import regionroll_desktop.model, regionroll_desktop.model.edits, "
        "regionroll_desktop.model.deck, regionroll_desktop.reference, "
        "regionroll_desktop.storage, regionroll_desktop.analysis, regionroll_desktop.cli\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', "
        "'shiboken6')]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_import_contracts_hold() -> None:
    lint = shutil.which("lint-imports") or str(Path(sys.executable).parent / "lint-imports")
    result = subprocess.run(
        [lint, str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_module_is_mypy_clean() -> None:
    """`uv run mypy` checks the whole package strictly, unused ignores included: a ratchet at
    zero errors, in the pure layers and the Qt layers alike."""
    mypy = shutil.which("mypy") or str(Path(sys.executable).parent / "mypy")
    result = subprocess.run(
        [mypy, "--config-file", str(ROOT / "pyproject.toml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    modules = len(list((ROOT / "src" / "regionroll_desktop").rglob("*.py")))
    assert f"no issues found in {modules} source files" in result.stdout, result.stdout
