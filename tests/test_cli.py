import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from regionroll_desktop import __version__
from regionroll_desktop.cli import main
from regionroll_desktop.model import Workshop
from regionroll_desktop.storage import save_workshop, workshop_schema

FIXTURE = Path(__file__).parent / "storage" / "fixtures" / "workshop-v1.regionroll.json"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"regionroll {__version__}"


def test_validate_accepts_what_the_app_saves_and_refuses_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.regionroll.json"
    save_workshop(Workshop(), good)
    assert main(["validate", str(good), str(FIXTURE)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [f"{good}: ok", f"{FIXTURE}: ok"]

    broken = tmp_path / "broken.json"
    broken.write_bytes(good.read_bytes()[:50])
    foreign = tmp_path / "package.json"
    foreign.write_text('{"name": "x"}')
    assert main(["validate", str(good), str(broken), str(foreign), str(tmp_path / "no")]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 4
    assert lines[0].endswith(": ok")
    assert all(": invalid: " in line for line in lines[1:])


def test_usage_errors_exit_2() -> None:
    for argv in (["validate"], ["regions", "--bogus"], ["--bogus"], ["a", "b"], ["valdate"]):
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == workshop_schema()


def test_regions_json_has_21_regions_with_sources() -> None:
    # Through the installed console script, as a user would run it.
    exe = Path(sys.executable).parent / "regionroll"
    out = subprocess.run([exe, "regions", "--json"], capture_output=True, text=True, check=True)
    data = json.loads(out.stdout)
    assert len(data["regions"]) == 21
    assert {s["id"] for s in data["sources"]} >= {"deck-2019", "scb-be0101n1"}
    models = {r["name"]: r["administrative_model"]["value"] for r in data["regions"]}
    assert models["Gotland"] == "0" and models["Skåne"] == "1" and models["Sörmland"] == "2+"


def test_regions_table_says_what_is_not_known(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["regions"]) == 0
    out = capsys.readouterr().out
    assert "Jämtland Härjedalen" in out and "not known" in out and "[deck-2019]" in out
    assert "None" not in out  # a source of no stated year says none (issue #36)


def test_self_test_checks_the_installation(tmp_path: Path) -> None:
    import os

    done = subprocess.run(
        [sys.executable, "-m", "regionroll_desktop", "self-test", "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test passed" in done.stdout and "FAIL" not in done.stdout
    assert (tmp_path / "self-test.regionroll.json").is_file()
    assert (tmp_path / "export" / "report.pdf").is_file() or list(
        (tmp_path / "export").glob("*.pdf")
    )


def test_the_app_says_when_it_takes_input_when_asked(tmp_path: Path) -> None:
    """REGIONROLL_REPORT_READY=1 (benchmarks/bundle_start.py times the bundle so): the real
    app opens the file, says "ready" once its window has painted, and quits by itself."""
    import os

    sample = Path(__file__).parents[1] / "resources" / "samples" / "exempel.regionroll.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "REGIONROLL_REPORT_READY": "1",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "regionroll_desktop", str(sample)],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["ready"]


def test_an_export_inside_a_bare_gui_application_says_so_rather_than_crashing(
    tmp_path: Path,
) -> None:
    """A host program (or a test) that made a QGuiApplication first: the export's scenes need
    a widgets application, so the export stops with a message instead of crashing in Qt."""
    saved = tmp_path / "w.regionroll.json"
    save_workshop(Workshop(), saved)
    script = (
        "import sys\n"
        "from PySide6.QtGui import QGuiApplication\n"
        "app = QGuiApplication(['host'])\n"
        "from regionroll_desktop.cli import main\n"
        f"sys.exit(main(['export', {str(saved)!r}, '--out', {str(tmp_path / 'out')!r}]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.returncode == 1, done.stderr
    assert "widgets application" in done.stderr
