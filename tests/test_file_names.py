"""File names and paths as Windows and macOS see them: names from a workshop's title that every
system accepts, and folders with å, ä, ö and spaces all the way through (save, lock, open,
validate, export)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from regionroll_desktop.cli import main
from regionroll_desktop.export.run import MAX_STEM, file_stem
from regionroll_desktop.storage import load_workshop, save_workshop

FIXTURE = Path(__file__).parent / "storage" / "fixtures" / "workshop-v3.regionroll.json"
WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(n) for n in range(32)}
WINDOWS_DEVICES = {"CON", "PRN", "AUX", "NUL", "COM1", "COM9", "LPT1", "LPT9"}


@pytest.mark.parametrize(
    ("title", "stem"),
    [
        ("Regionens roll – Västra Götaland", "Regionens-roll---Västra-Götaland"),
        ('Möte: "vår" <strategi>/plan\\2019|?*', "Möte---vår---strategi--plan-2019"),
        ("Slutsatser.", "Slutsatser"),
        ("Plan 2030 ", "Plan-2030"),
        ("CON", "workshop-CON"),
        ("lpt1", "workshop-lpt1"),
        ("Aux.", "workshop-Aux"),
        ("CONsensus", "CONsensus"),
        ("...", "workshop"),
        ("", "workshop"),
        ("Tab\there\nnewline", "Tab-here-newline"),
    ],
)
def test_a_title_gives_a_name_every_system_accepts(title: str, stem: str) -> None:
    assert file_stem(title) == stem


@pytest.mark.parametrize(
    "title",
    ["CON", "Möte: å/ä\\ö", "x" * 500, "å" * 300, "Gävle.", " ", "\u202eevil", "COM²"],
)
def test_no_stem_is_one_windows_refuses(title: str) -> None:
    stem = file_stem(title)
    assert not set(stem) & WINDOWS_FORBIDDEN
    assert stem == stem.rstrip(". ")
    assert stem.upper() not in WINDOWS_DEVICES | {"COM²"}
    assert 0 < len(stem) <= MAX_STEM
    assert len(f"{stem}-rapport.pdf".encode()) < 255


def test_a_title_typed_on_a_mac_names_the_same_file() -> None:
    """macOS hands over text decomposed ("a" + ring); the name is the same as typed elsewhere."""
    decomposed = unicodedata.normalize("NFD", "Skåne län")
    assert decomposed != "Skåne län"
    assert file_stem(decomposed) == file_stem("Skåne län") == "Skåne-län"


def test_folders_with_swedish_letters_and_spaces_all_the_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "Region Jönköpings län" / "Möten 2026 – höst"
    folder.mkdir(parents=True)
    path = folder / "Vår workshop, år 2.regionroll.json"
    workshop = load_workshop(FIXTURE)
    save_workshop(workshop, path)
    save_workshop(workshop, path)  # over itself, with the .bak beside it
    assert load_workshop(path) == workshop
    assert path.with_name(path.name + ".bak").is_file()
    assert main(["validate", str(path)]) == 0
    assert capsys.readouterr().out.strip() == f"{path}: ok"
    out = folder / "Export för nämnden"
    assert (
        main(["export", str(path), "--out", str(out), "--format", "png,csv", "--width", "640"]) == 0
    )
    pictures = sorted(out.glob("*.png"))
    assert pictures and all(QImage(str(p)).width() == 640 for p in pictures)
    assert len(list(out.glob("*.csv"))) == 1


@pytest.mark.parametrize("scale", ["1.25", "1.5"])
def test_exports_are_the_same_at_windows_display_scales(tmp_path: Path, scale: str) -> None:
    """Windows laptops run at 125 % and 150 %: the pictures an export writes are the same
    pixels as at 100 % (the export draws at its own size, not the screen's)."""
    import os
    import subprocess
    import sys

    def export(folder: Path, factor: str) -> dict[str, QImage]:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": factor}
        command = [sys.executable, "-m", "regionroll_desktop", "export", str(FIXTURE)]
        command += ["--out", str(folder), "--format", "png", "--width", "800"]
        done = subprocess.run(command, capture_output=True, text=True, timeout=180, env=env)
        assert done.returncode == 0, done.stdout + done.stderr
        return {p.name: QImage(str(p)) for p in sorted(folder.glob("*.png"))}

    plain = export(tmp_path / "100", "1")
    scaled = export(tmp_path / scale, scale)
    assert plain.keys() == scaled.keys() and plain
    for name, image in plain.items():
        other = scaled[name]
        assert (other.width(), other.height()) == (image.width(), image.height()), name
        assert other.devicePixelRatio() == image.devicePixelRatio() == 1
        assert other == image, name
