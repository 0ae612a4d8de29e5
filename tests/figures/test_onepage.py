"""The workshop on one page (issue #35): laid out without a window for the example and for a
workshop at every limit, then exported as its own PDF and PNG. Nothing under 8 pt, no two
runs of words over each other, everything inside the page, and a text shortened only with
the page saying so."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path

import pytest

from regionroll_desktop.analysis.matrix import Box
from regionroll_desktop.figures.drawing import ELLIPSIS, Drawing, Ellipse, Role, fit
from regionroll_desktop.figures.matrix import MARK_STROKE
from regionroll_desktop.figures.onepage import EIGHT_PT
from regionroll_desktop.model import Workshop
from regionroll_desktop.storage import load_workshop

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "samples" / "exempel.regionroll.json"
# The report's body on an A4 landscape page at 96 dpi (export/pages.Pages).
WIDTH, HEIGHT = 1017.0, 681.0
EXPORT = (sys.executable, "-m", "regionroll_desktop", "export")


def _at_limits() -> Workshop:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from at_limits import workshop_at_limits
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return workshop_at_limits()


@pytest.fixture(scope="module", params=["example", "at the limits"])
def page(request: pytest.FixtureRequest, qapp: object) -> tuple[Workshop, Drawing]:
    from regionroll_desktop.export.onepage import onepage_drawing
    from regionroll_desktop.ui.i18n import set_language

    workshop = load_workshop(SAMPLE) if request.param == "example" else _at_limits()
    set_language(workshop.details.language)
    return workshop, onepage_drawing(workshop, WIDTH, HEIGHT)


def _text(drawing: Drawing) -> str:
    return " ".join(" ".join(w.text.split()) for w in drawing.words())


def test_no_word_is_under_8_points(page: tuple[Workshop, Drawing]) -> None:
    _, drawing = page
    small = [(w.text[:30], w.px) for w in drawing.words() if w.px < EIGHT_PT - 0.01]
    assert not small, small


def test_every_word_is_inside_the_page_and_over_no_other(page: tuple[Workshop, Drawing]) -> None:
    _, drawing = page
    bounds = Box(-0.5, -0.5, WIDTH + 1, HEIGHT + 1)
    words = drawing.words()
    outside = [w.text[:30] for w in words if not w.box.inside(bounds)]
    assert not outside, outside

    crossing = [
        (a.text[:20], b.text[:20])
        for a, b in itertools.combinations(words, 2)
        if a.box.overlap(b.box) > 1.0
    ]
    assert not crossing, crossing


def test_no_word_lies_under_a_small_maps_marker(page: tuple[Workshop, Drawing]) -> None:
    """The small maps' words lie round them: today's marker lay on "Mindre kapital, mer
    reaktivt" and the ambition's on "Kapacitetsbyggaren" (a marker's number in its disc on
    the rim is its own)."""
    _, drawing = page
    rims = [
        Box(p.centre[0] - p.rx, p.centre[1] - p.ry, 2 * p.rx, 2 * p.ry)
        for p in drawing.parts
        if isinstance(p, Ellipse) and p.stroke is not None and p.stroke.width == MARK_STROKE
    ]
    assert len(rims) == 4  # today and the ambition, on the capital matrix and the role map
    covered = [
        w.text[:20]
        for w in drawing.words()
        if w.role is not Role.NUMBER and any(w.box.overlaps(rim) for rim in rims)
    ]
    assert not covered, covered


def test_the_page_holds_the_steps_the_keys_the_conclusions_and_the_actions(
    page: tuple[Workshop, Drawing],
) -> None:
    workshop, drawing = page
    text = _text(drawing)
    for words in ("1. Organisation", "2. Finansiering", "3. Strategi", "4. Genomförandepraktik"):
        assert words in text
    assert "Nycklarna" in text and "1 = svag, 5 = stark" in text
    assert "Deltagarnas slutsatser" in text and "Åtgärder" in text
    assert "Syftet är att illustrera strategier" in text  # the deck's caveat, with its slide
    assert "Regionernas rolltagande" in text
    # The models as the deck names them, the chosen one filled.
    filled = [w.text for w in drawing.words(Role.CAPTION) if w.bold and w.text in ("0", "1", "2+")]
    org = workshop.organisation
    assert filled == [m.value for m in (org.political_model, org.administrative_model) if m]
    # Each action's owner, whole or shortened at a whole word.
    for action in workshop.outcome.actions[:2]:
        first = action.who.split()[0] if action.who else "–"
        assert first[:6] in text


def test_a_text_is_shortened_only_when_the_page_says_so(page: tuple[Workshop, Drawing]) -> None:
    workshop, drawing = page
    text = _text(drawing)
    rule = "Appens regel: en text som inte ryms på sin plats"
    shortened = any(ELLIPSIS in w.text for w in drawing.words() if rule not in w.text)
    assert (rule in text) == shortened
    if len(workshop.outcome.actions) > 4:  # at the limits: the rest are counted, not dropped
        assert re.search(r"\+ \d+ åtgärder till i rapporten", text)


def test_a_long_word_is_cut_inside_its_column_and_marked() -> None:
    def measure(text: str, px: float, bold: bool) -> tuple[float, float]:
        lines = text.split("\n")
        return max(len(line) for line in lines) * px * 0.6 + 6, len(lines) * px * 1.25 + 6

    lines, cut = fit("Regionutvecklingsdirektören", 11, False, 80, 2, measure)
    assert cut and lines[0].endswith(ELLIPSIS)
    assert measure(lines[0], 11, False)[0] <= 80
    lines, cut = fit("Kort text", 11, False, 80, 2, measure)
    assert (lines, cut) == (["Kort text"], False)
    lines, cut = fit("ett två tre fyra fem sex sju åtta", 11, False, 80, 2, measure)
    assert cut and len(lines) == 2 and lines[1].endswith(ELLIPSIS)
    assert all(not line.startswith(" ") for line in lines)


def test_the_page_exported_alone_is_one_a4_landscape_page(tmp_path: Path) -> None:
    done = subprocess.run(
        [*EXPORT, str(SAMPLE), "--out", str(tmp_path), "--format", "onepage"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (pdf,) = tmp_path.glob("*-en-sida.pdf")
    (png,) = tmp_path.glob("*-en-sida.png")
    assert done.stdout.split() == [str(pdf), str(png)]
    assert not list(tmp_path.glob(".*"))  # no temporary file left
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    assert (image.width(), image.height()) in ((1754, 1240), (1754, 1239))  # A4 at 150 dpi
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=False)
    if info.returncode == 0:  # poppler's tools (CI installs them)
        assert re.search(r"Pages:\s+1\b", info.stdout)
        assert re.search(r"Page size:\s+84[12](\.\d+)? x 595(\.\d+)? pts", info.stdout), info.stdout


def test_a_key_not_scored_is_said_with_no_empty_track_under_it(qapp: object) -> None:
    """A key the room has not scored: "inte bedömd" in its track's place, over nothing (drawn
    over the empty track, the words hid its left end: "[inte bedömd|  |  ]")."""
    from regionroll_desktop.export.onepage import onepage_drawing
    from regionroll_desktop.figures.drawing import Polyline, Rect
    from regionroll_desktop.model import Key
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.ui.i18n import set_language

    workshop = e.set_key(load_workshop(SAMPLE), Key.POLITIK, score=None)
    set_language(workshop.details.language)
    drawing = onepage_drawing(workshop, WIDTH, HEIGHT)
    (unscored,) = [w for w in drawing.words() if w.text == "inte bedömd"]
    under = [
        p
        for p in drawing.parts
        if (isinstance(p, Rect) and p.box.overlap(unscored.box) > 0)
        or (
            isinstance(p, Polyline)
            and any(Box(x, y, 0.5, 0.5).overlap(unscored.box) > 0 for x, y in p.points)
        )
    ]
    assert not under, under
    assert len([p for p in drawing.parts if isinstance(p, Rect) and p.box.h < 20]) >= 4
