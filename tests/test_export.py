"""Export: PNG, SVG and the PDF report, checked by other programs; the headless command."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

FIXTURE = Path(__file__).parent / "storage" / "fixtures" / "workshop-v1.regionroll.json"
NAMES = ["1-organisation", "2-finansiering", "3-strategi", "4-genomforandepraktik", "5-nycklar"]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("export")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "regionroll_desktop",
            "export",
            str(FIXTURE),
            "--out",
            str(out),
            "--width",
            "1200",
        ],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "propagateSizeHints" not in result.stderr  # nothing said that means nothing
    printed = result.stdout.split()
    assert len(printed) == 11 and all(Path(p).exists() for p in printed)
    assert not list(out.glob(".*"))  # no temporary file left behind
    return out


def not_blank(image: QImage) -> bool:
    white = QColor("white").rgb()
    step = max(1, image.width() // 60)
    colours = {
        image.pixel(x, y)
        for x in range(0, image.width(), step)
        for y in range(0, image.height(), step)
    }
    return len(colours - {white}) > 3


def test_pngs_have_the_asked_width_and_content(exported: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES:
        image = QImage(str(exported / f"{name}.png"))
        assert image.width() == 1200 and image.height() > 200, name
        assert not_blank(image), name


def test_svgs_parse_and_render_back(exported: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    for name in NAMES:
        renderer = QSvgRenderer(str(exported / f"{name}.svg"))
        assert renderer.isValid(), name
        image = QImage(QSize(800, 600), QImage.Format.Format_ARGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        assert not_blank(image), name
        text = (exported / f"{name}.svg").read_text("utf-8")
        assert "<path" in text or "<polyline" in text or "<rect" in text  # vectors, not a bitmap


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_the_report_has_a_page_per_section_and_the_title(exported: Path) -> None:
    (pdf,) = exported.glob("*.pdf")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pages = next(
        int(line.split()[-1]) for line in info.stdout.splitlines() if line.startswith("Pages:")
    )
    assert pages >= 9  # cover, summary, four steps, keys, comparison, sources
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Regionens roll – exempel" in text
    assert "Från ”Före paus” till ”Nu”" in text  # Swedish: the workshop's language
    # The sources of what the report shows, and no others: with no region's facts shown,
    # the deck alone (SCB's population figures, shown nowhere in the report, are not listed).
    sources = text[text.rindex("Källor") :]
    assert "Regionens roll" in sources and "SCB" not in sources


def test_export_refuses_bad_input_clearly(tmp_path: Path) -> None:
    bad = tmp_path / "bad.regionroll.json"
    bad.write_text("{")
    run = [sys.executable, "-m", "regionroll_desktop", "export"]
    result = subprocess.run(
        [*run, str(bad), "--out", str(tmp_path / "o")], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1 and "damaged" in result.stderr
    blocked = tmp_path / "file"
    blocked.write_text("x")
    result = subprocess.run(
        [*run, str(FIXTURE), "--out", str(blocked / "sub")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "cannot be written" in result.stderr
    result = subprocess.run(
        [*run, str(FIXTURE), "--out", str(tmp_path), "--format", "gif"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2 and "gif" in result.stderr


def test_a_cancelled_report_leaves_nothing(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.export.report import ExportCancelledError, write_report
    from regionroll_desktop.storage import load_workshop, shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    target = tmp_path / "r.pdf"
    with pytest.raises(ExportCancelledError):
        write_report(
            load_workshop(FIXTURE),
            ReferenceLibrary(shipped_reference_set()),
            target,
            progress=lambda done, total: done < 3,
        )
    assert list(tmp_path.iterdir()) == []


def test_the_actions_csv_reads_back_as_the_actions(tmp_path: Path) -> None:
    """Swedish Excel's dialect: UTF-8 with a BOM and semicolons; read back with Python's csv."""
    import csv

    from regionroll_desktop.resources import resource
    from regionroll_desktop.storage import load_workshop

    sample = resource("samples", "exempel.regionroll.json")
    CLI = [sys.executable, "-m", "regionroll_desktop", "export"]  # noqa: N806
    result = subprocess.run(
        [*CLI, str(sample), "--out", str(tmp_path), "--format", "csv"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    (path,) = tmp_path.glob("*.csv")
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] == ["Nr", "Vad", "Vem", "Klart senast", "Kopplad till", "Status"]
    actions = load_workshop(sample).outcome.actions
    assert [r[1:4] for r in rows[1:]] == [
        [a.what, a.who, a.due.isoformat() if a.due else ""] for a in actions
    ]
    assert rows[1][4:] == ["2. Finansiering", "överenskommen"] and rows[4][4] == "–"


def test_a_cell_never_becomes_an_excel_formula() -> None:
    from regionroll_desktop.model import Action
    from regionroll_desktop.storage.actions_csv import actions_csv

    data = actions_csv(
        [Action(id="a", what='=HYPERLINK("x")', who="+46 70")],
        ["n", "what", "who", "by", "step", "status"],
        str,
        str,
    )
    assert b"'=HYPERLINK" in data and b"'+46 70" in data


@pytest.mark.parametrize(
    "what", ["\t=1+1", "\n=1+1", " \r\n@SUM(A1)", "  -2+3", "\uff1dcmd()", "\tplain"]
)
def test_a_formula_behind_spaces_tabs_or_line_breaks_is_neutralised(what: str) -> None:
    """Spreadsheets skip what comes before the =; a leading tab or line break is itself
    how an injection starts (issue #31)."""
    import csv
    import io

    from regionroll_desktop.model import Action
    from regionroll_desktop.storage.actions_csv import actions_csv

    data = actions_csv([Action(id="a", what=what)], ["n", "w", "who", "by", "s", "st"], str, str)
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[1][1] == "'" + what
    plain = actions_csv([Action(id="a", what="Plan 2030 = mål")], ["n"] * 6, str, str)
    assert list(csv.reader(io.StringIO(plain.decode("utf-8-sig")), delimiter=";"))[1][1] == (
        "Plan 2030 = mål"
    )


def test_a_title_of_500_letters_exports_under_a_name_that_fits(tmp_path: Path) -> None:
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.storage import load_workshop, save_workshop

    workshop = e.set_details(load_workshop(FIXTURE), title="Å" * 500)
    source = tmp_path / "long.regionroll.json"
    save_workshop(workshop, source)
    out = tmp_path / "out"
    command = [sys.executable, "-m", "regionroll_desktop", "export", str(source)]
    result = subprocess.run(
        [*command, "--out", str(out), "--format", "pdf,csv"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "QPainter" not in result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert names == ["Å" * 80 + "-atgarder.csv", "Å" * 80 + "-rapport.pdf"]


def test_a_picture_that_fails_leaves_no_file_under_its_name(
    tmp_path: Path, qapp, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.export import writers
    from regionroll_desktop.export.pictures import build_pictures
    from regionroll_desktop.storage import load_workshop, shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    pictures = build_pictures(load_workshop(FIXTURE), ReferenceLibrary(shipped_reference_set()))
    target = tmp_path / "1-organisation.png"
    target.write_bytes(b"the previous export")
    monkeypatch.setattr(writers.QImage, "save", lambda self, *a, **k: False)
    with pytest.raises(OSError):
        writers.write_png(pictures[0], target, 300)
    assert target.read_bytes() == b"the previous export"
    assert [p.name for p in tmp_path.iterdir()] == ["1-organisation.png"]
    monkeypatch.undo()
    writers.write_png(pictures[0], target, 300)
    assert target.read_bytes().startswith(b"\x89PNG")


def test_a_reference_set_of_workshops_adds_the_regions_picture_and_page(tmp_path: Path) -> None:
    from regionroll_desktop.model import RegionChoice
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.storage import load_workshop, save_workshop

    workshops = tmp_path / "workshops"
    workshops.mkdir()
    sample = load_workshop(
        Path(__file__).parents[1] / "resources" / "samples" / "exempel.regionroll.json"
    )
    save_workshop(
        e.set_region(sample, RegionChoice(code="12", name="Skåne")), workshops / "s.regionroll.json"
    )
    command = [sys.executable, "-m", "regionroll_desktop"]
    reference = tmp_path / "set.regionroll-ref.json"
    subprocess.run(
        [*command, "reference", "build", str(workshops), "--out", str(reference)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    out = tmp_path / "out"
    done = subprocess.run(
        [*command, "export", str(FIXTURE), "--out", str(out), "--reference", str(reference)],
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    assert (out / "6-regionerna.png").exists() and (out / "6-regionerna.svg").exists()
    if shutil.which("pdftotext"):
        (pdf,) = out.glob("*.pdf")
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert (
            "Skåne" in text and "Regionerna sida vid sida" in text
        ) or "The regions side by side" in text
        # The regions' page shows the workshop-built facts: their source is listed, one line
        # (title, publisher, year), and the shipped set's sources of facts not shown are not.
        sources = text[text.rindex("Källor") :] if "Källor" in text else text
        assert sample.details.title in sources and "SCB" not in sources


def test_export_builds_no_widget(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Pictures, report and journey are drawn from the workshop: no canvas, no widget (the
    export built every canvas offscreen, about 450 widgets, to draw five figures), and no
    scene (every figure is a pure layout drawn by the one painter; the pyramid, the role map
    and the organisation were drawn from scenes of their own)."""
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QWidget

    from regionroll_desktop.export import pages
    from regionroll_desktop.export.journey import write_journey
    from regionroll_desktop.export.run import export_all
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.storage import load_workshop, shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    made: list[str] = []
    real_init = QWidget.__init__

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(type(self).__name__)
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(QWidget, "__init__", counted)
    scenes: list[str] = []
    real_scene = QGraphicsScene.__init__

    def counted_scene(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        scenes.append(type(self).__name__)
        real_scene(self, *args, **kwargs)

    monkeypatch.setattr(QGraphicsScene, "__init__", counted_scene)
    alive: list[int] = []
    real_write = pages.Pages.write

    def write(self, *args):  # type: ignore[no-untyped-def]
        alive.append(len(QApplication.allWidgets()))  # while every page is drawn
        return real_write(self, *args)

    monkeypatch.setattr(pages.Pages, "write", write)
    before = len(QApplication.allWidgets())
    workshop = load_workshop(FIXTURE)
    library = ReferenceLibrary(shipped_reference_set())
    written = export_all(workshop, library, tmp_path, ("png", "svg", "pdf"), png_width=300)
    later = e.take_snapshot(workshop, "Före")
    write_journey(later, library, tmp_path / "resa.pdf")
    assert len(written) == 11
    assert made == []
    assert scenes == []
    assert alive and all(n == before for n in alive)
    assert len(QApplication.allWidgets()) == before
