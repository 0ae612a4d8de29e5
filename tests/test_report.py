"""The report of the sample workshop, read back with poppler's tools as its readers' programs
would: every name whole, no word under 8 pt, the summary on page 2, the metadata set."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from regionroll_desktop import __version__
from regionroll_desktop.storage import load_workshop

SAMPLE = Path(__file__).parents[1] / "resources" / "samples" / "exempel.regionroll.json"
# DejaVu Sans, the fonts CI has: a word's box is its ascent plus descent, 1.164 em.
BOX_PER_POINT = 1.164

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None and not __import__("os").environ.get("CI"),
    reason="poppler-utils is not installed",
)


def _exported(workshop: Path, out: Path) -> Path:
    """The report of `workshop`, exported from the command line into `out`."""
    command = [sys.executable, "-m", "regionroll_desktop", "export", str(workshop)]
    done = subprocess.run(
        [*command, "--out", str(out), "--format", "pdf"],
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    (pdf,) = out.glob("*.pdf")
    return pdf


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _exported(SAMPLE, tmp_path_factory.mktemp("report"))


def _run(*args: str) -> str:
    return subprocess.run(list(args), capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_name_in_the_workshop_appears_whole(report: Path) -> None:
    """Whole on the report's pages; the workshop on one page (page 2) may shorten a text at
    a whole word, and then says so and where the whole text is."""
    pages = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(report))).group(1))  # type: ignore[union-attr]
    rest = _flat(
        _run("pdftotext", "-f", "1", "-l", "1", str(report), "-")
        + _run("pdftotext", "-f", "3", "-l", str(pages), str(report), "-")
    )
    w = load_workshop(SAMPLE)
    names = [
        *(b.name for b in w.organisation.political_bodies),
        *(b.name for b in w.organisation.administrative_bodies),
        *(d.title for d in w.strategy.documents),
        *(k.note for k in w.keys if k.note),
        *(g.name for g in w.details.groups),
    ]
    missing = [name for name in names if _flat(name) not in rest]
    assert not missing, missing
    assert not re.search(r"\w…", rest)  # no word cut short
    one = _flat(_run("pdftotext", "-f", "2", "-l", "2", str(report), "-"))
    if "…" in one:
        assert "Appens regel: en text som inte ryms på sin plats på den här sidan" in one


def test_no_word_is_smaller_than_8_points(report: Path) -> None:
    boxes = _run("pdftotext", "-bbox", str(report), "-")
    small = []
    for match in re.finditer(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<', boxes):
        points = (float(match.group(2)) - float(match.group(1))) / BOX_PER_POINT
        if points < 7.95:
            small.append((round(points, 1), match.group(3)))
    assert not small, small[:20]


def test_the_workshop_on_one_page_is_page_2_after_the_cover(report: Path) -> None:
    second = _run("pdftotext", "-f", "2", "-l", "2", str(report), "-")
    assert second.lstrip().startswith("Workshoppen på en sida – Exempelregionen (påhittad)")
    for step in ("1. Organisation", "2. Finansiering", "3. Strategi", "4. Genomförandepraktik"):
        assert step in second
    assert "Nycklarna" in second and "Svagaste" in second
    assert "Deltagarnas slutsatser" in second and "Åtgärder" in second
    assert "Syftet är att illustrera strategier" in second  # the deck's own caveat


def test_the_conclusions_and_the_actions_are_whole_in_the_report(report: Path) -> None:
    text = _flat(_run("pdftotext", "-f", "3", str(report), "-"))
    assert "Överenskommet: Mer av kapitalet ska vara proaktivt" in text
    assert "Deltagarnas slutsats: Folkhälsan utreds" in text
    assert "Åtgärder" in text
    for words in (
        "Ta fram en plan för proaktivt kapital",
        "Regiondirektören",
        "Kansliet för regional utveckling",
        "överenskommen",
        "klar",
    ):
        assert words in text, words


def test_the_parking_lot_comes_at_the_end(report: Path) -> None:
    text = _run("pdftotext", str(report), "-")
    parked = text.index("Parkerade frågor")
    assert parked > text.index("fråga parkerad: Hur påverkar den nya")  # after what changed
    assert parked < text.rindex("Källor")
    assert "Hur påverkar den nya" in text[parked:]  # (pdftotext writes "fi" as a ligature)
    assert text.index("Fortfarande öppna") < text.index("Stängda", parked)


def test_every_page_has_its_number_and_footer(report: Path) -> None:
    info = _run("pdfinfo", str(report))
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    for n in (1, pages):
        page = _run("pdftotext", "-f", str(n), "-l", str(n), str(report), "-")
        assert f"Sida {n} av {pages}" in page
        assert "Exempelregionen (påhittad)" in page


def test_the_metadata_names_the_workshop(report: Path) -> None:
    w = load_workshop(SAMPLE)
    info = _run("pdfinfo", str(report))
    assert re.search(rf"Title:\s+{re.escape(w.details.title)}", info), info
    assert re.search(rf"Author:\s+{re.escape(w.details.facilitator)}", info), info
    assert f"RegionRoll Desktop {__version__}" in info
    meta = _run("pdfinfo", "-meta", str(report))
    assert "Regionens roll i det regionala utvecklingsarbetet" in meta


def test_positions_are_in_words_with_swedish_numbers(report: Path) -> None:
    text = _flat(_run("pdftotext", str(report), "-"))
    assert "mer reaktivt kapital" in text
    # The app's rules behind the words and behind "what changed", where they show (#36).
    assert "Appens regel: på matrisens axlar (−1 till +1) är ett läge inom 0,1" in text
    assert "mindre än 5 procentenheter räknas inte som en ändring" in text  # ("fl": a ligature)
    assert re.search(r"karaktär −?\d,\d\d", text), "numbers in the Swedish format"
    assert "(-0.30" not in text


def test_the_keys_table_heads_are_whole_words(report: Path) -> None:
    """The deck's points are what the deck says, not a score it gives (issue #35)."""
    text = _run("pdftotext", str(report), "-")
    for head in ("Vad underlaget säger", "Bedömning", "Anteckning"):
        assert head in text, head
    assert "Underlagets poäng" not in text
    # What the scores mean and what RU and HSV stand for, beside the table (issue #36).
    flat = _flat(text)
    assert "Bedömning: 1 = svag, 5 = stark. RU: regional utveckling · HSV: hälso- och" in flat


def test_sticky_notes_are_numbered_under_their_figure(tmp_path: Path) -> None:
    """The notes of a step are listed on its figure's page, numbered as the figure's
    callouts, each with its group and what it is pinned to."""
    fixture = Path(__file__).parent / "storage" / "fixtures" / "workshop-v4.regionroll.json"
    pdf = _exported(fixture, tmp_path)
    organisation = _flat(_run("pdftotext", "-f", "3", "-l", "3", str(pdf), "-"))
    assert organisation.startswith("1. Organisation")
    assert (
        "Lappar på ytan 1. Vem äger frågan? (Grupp A) 2. Delas med HSV sedan 2019 (fäst vid "
        "”Regionala utvecklingsnämnden (med HSV)”)"
    ) in organisation
    text = _flat(_run("pdftotext", str(pdf), "-"))
    assert "1. Mest statliga medel (fäst vid markören för i dag)" in text
    assert "1. Revideras 2021 (fäst vid ”RUS Sörmland 2030”)" in text
    assert "1. – " in text, "an empty note is listed as a dash, never left out"


def test_a_crowded_map_s_notes_are_numbered_after_its_markers(tmp_path: Path) -> None:
    """Thirty groups on one spot are numbered 1 … n under the matrix; the notes' callouts and
    their list go on from n + 1 (a note "1" beside a marker "1" read as one thing)."""
    from regionroll_desktop.model import Moment, NotePin, PinKind, Step
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.model.values import MatrixPosition
    from regionroll_desktop.storage import save_workshop

    w = load_workshop(SAMPLE)
    for n in range(len(w.details.groups), 30):
        w = e.add_group(w, f"Grupp {n + 1}")
    spot = MatrixPosition(capital_per_capita=-0.6, proactivity=-0.5)
    for group in w.details.groups:
        w = e.set_group_position(w, group.id, Moment.TODAY, spot)
    pin = NotePin(kind=PinKind.MARKER, item=w.details.groups[2].id, moment=Moment.TODAY)
    w = e.add_sticky_note(w, Step.FINANSIERING, "Pinned to a group", pin=pin)
    w = e.add_sticky_note(w, Step.FINANSIERING, "Lying free", x=0.9, y=0.1)
    save_workshop(w, tmp_path / "crowd.regionroll.json")
    pdf = _exported(tmp_path / "crowd.regionroll.json", tmp_path / "out")
    text = _flat(_run("pdftotext", "-layout", str(pdf), "-"))
    # (The legend drawn under the matrix, or listed under the figure when too long.)
    page = text[text.index("2. Finansiering Vilka") :]
    legend = page[page.index("Mindre kapital per capita") : page.index("Lappar på ytan")]
    numbers = sorted(int(n) for n in re.findall(r"(?:^| )(\d+) (?:Grupp|Exempel)", legend))
    assert len(numbers) >= 30 and numbers == list(range(1, len(numbers) + 1))
    last = numbers[-1]
    assert f"Lappar på ytan {last + 1}. Pinned to a group (fäst vid markören" in text
    assert f"{last + 2}. Lying free" in text


def test_the_rooms_answers_have_a_page_of_their_own(tmp_path: Path) -> None:
    """What the phones answered: how many took part and how, each question's answers and
    what they add up to, the app's rule, the keys' scores, the dots and the comments; with
    the senders only because this room answered by nickname."""
    from regionroll_desktop.storage import save_workshop
    from tests.room_sample import full_room

    workshop = load_workshop(SAMPLE)
    named = workshop.model_copy(update={"room": full_room(workshop, by_name=True)})
    save_workshop(named, tmp_path / "rummet.regionroll.json")
    pdf = _exported(tmp_path / "rummet.regionroll.json", tmp_path / "out")
    # Read as laid out: a row at a page's foot is read across (pdftotext's reading order
    # put the page's footer between its cells).
    text = _flat(_run("pdftotext", "-layout", str(pdf), "-"))
    start = text.index("Deltagarnas svar från mobilerna")
    page = text[start:]
    assert "6 mobiler deltog; deltagarna svarade med smeknamn." in page
    assert "Appens regel: mobilernas mittpunkt (×) är medelvärdet" in page
    assert "Kapitalmatrisen, i dag 6 mitt emellan reaktivt och proaktivt kapital" in page
    assert "Prickar på åtgärder och RUS:ens prioriteringar 6 12 prickar" in page
    assert "Anna – Kapitalmatrisen, i dag:" in page  # by nickname, as the room chose
    assert "Politik 6 2,5 2 1 1 1 1" in page  # answers, median, how many gave 1 … 5
    assert "Vem äger kompetensfrågan? (3. Strategi) – Anna" in page
    # The comparison with the snapshot taken before the room answered
    assert "Mobilernas svar: Nycklarnas bedömning 0 6" in page
    assert "mobilernas svar på ”Nycklarnas bedömning”: 0 → 6" in page
    anonymous = workshop.model_copy(update={"room": full_room(workshop)})
    save_workshop(anonymous, tmp_path / "anonymt.regionroll.json")
    pdf = _exported(tmp_path / "anonymt.regionroll.json", tmp_path / "anon")
    text = _flat(_run("pdftotext", str(pdf), "-"))
    assert "deltagarna svarade anonymt: vem som sa vad är inte känt" in text
    assert "Anna" not in text and "svar 1" not in text
    assert "Vem äger kompetensfrågan? (3. Strategi)" in text


def test_no_word_of_a_step_s_figure_is_under_8_pt_on_its_page(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each figure drawn as small as the report ever draws it (the step's words beside it on
    the page, never below the height its smallest type allows): no word under 8 pt,
    measured where it is drawn (issue #34)."""
    from regionroll_desktop.export.pictures import build_pictures
    from regionroll_desktop.figures.drawing import Reader
    from regionroll_desktop.storage import load_workshop, shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    from .app.text_probe import drawn_by

    sample = Path(__file__).parents[1] / "resources" / "samples" / "exempel.regionroll.json"
    library = ReferenceLibrary(shipped_reference_set())
    page_width, least_height = 1016.0, 680 * 0.45  # a page's body; FIGURE_SHARE of it
    eight_pt = 8 * 96 / 72
    for picture in build_pictures(load_workshop(sample), library, Reader.PAGE):
        ratio = picture.size.width() / picture.size.height()
        if picture.sized is not None:
            height = least_height
            figure = picture.sized(min(page_width, height * 1.45), height)
            draw, size = figure.draw, figure.size
            width = min(page_width, height * 1.45)
            height = width * size.height() / size.width()
        else:  # as small as the report draws it: its least height (by its smallest type)
            draw = picture.draw
            height = max(least_height, picture.least_height(eight_pt))
            width = min(page_width, height * ratio)
            height = width / ratio
        runs = drawn_by(draw, width, height)
        assert runs, picture.name
        smallest = min(runs)
        assert smallest[0] >= eight_pt - 0.05, (picture.name, smallest)


# What a workshop must not say of itself: a beslut is fullmäktige's, a nämnd's or a
# delegate's; a workshop proposes and agrees (issue #35).
DECIDING = re.compile(r"\b(beslutad|beslutade|beslutat|beslöt|beslutar)\b", re.IGNORECASE)


def test_no_page_of_the_report_says_the_workshop_decided(report: Path) -> None:
    pages = int(
        next(
            line.split()[-1]
            for line in _run("pdfinfo", str(report)).splitlines()
            if line.startswith("Pages:")
        )
    )
    for page in range(1, pages + 1):
        text = _flat(_run("pdftotext", "-f", str(page), "-l", str(page), str(report), "-"))
        assert not DECIDING.search(text), (page, DECIDING.search(text))
    text = _flat(_run("pdftotext", str(report), "-"))
    assert "Överenskommet:" in text  # the sample's agreed conclusion, in the room's words
    assert "överenskommen" in text  # an agreed action's status


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils is not installed")
def test_no_page_but_the_last_is_less_than_a_third_used(report: Path, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """Sections flow and a long text starts where the page before ends (issue #35: five of
    the example's 17 pages were a spill-over on a page three-quarters empty); in the
    example's report and in one at every limit."""
    from regionroll_desktop.export.report import write_report
    from regionroll_desktop.storage import shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    from .report_pages import used_shares

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from at_limits import workshop_at_limits

    from regionroll_desktop.ui.i18n import set_language

    workshop = workshop_at_limits()
    set_language(workshop.details.language)  # as the command line writes it (the test ran in
    # whatever language the tests before it left: a Swedish table's first tall row left a
    # page a few lines alone, which the English words did not)
    big = write_report(workshop, ReferenceLibrary(shipped_reference_set()), tmp_path / "big.pdf")
    step = re.compile(r"\s*[1-4]\. (Organisation|Finansiering|Strategi|Genomförandepraktik)\n")
    for pdf in (report, big):
        shares = used_shares(pdf)
        sparse = [(n, round(s, 2)) for n, s in enumerate(shares[:-1], start=1) if s < 1 / 3]
        # Unless the next page starts a step whose heading and figure need more than the
        # room the page leaves (a figure is never drawn under 8 pt): the text before it ends
        # where it ends (at the limits, a conclusion's last lines before the pyramid).
        sparse = [
            (n, share)
            for n, share in sparse
            if not (
                step.match(_run("pdftotext", "-f", str(n + 1), "-l", str(n + 1), str(pdf), "-"))
                and shares[n] > 1 - share
            )
        ]
        assert sparse == [], (pdf.name, sparse)
    assert len(used_shares(report)) <= 16  # the example's: 17 pages before, 12 after; + #37


def test_what_the_ambition_means_is_on_the_roles_page_and_the_one_page(report: Path) -> None:
    """The deck's points on the ambition's main role and on the role the region leaves, each
    with its slide, the app's rule, and the room's lines per step (issue #37)."""
    flat = _flat(_run("pdftotext", str(report), "-"))
    start = flat.index("Vad ambitionen betyder för oss Ambitionens huvudroll")
    part = flat[start:]
    for words in (
        "Ambitionens huvudroll: Kapacitetsbyggaren. I dag: Finansiären.",
        "Underlaget om Kapacitetsbyggaren (bilden ”Kapacitetsbyggaren”):",
        "Kapacitetsbyggaren är ofta beredd att sätta av en större mängd egna resurser.",
        "Det regionen lämnar – underlaget om Finansiären (bilden ”Finansiären”):",
        "Appens regel: underlagets punkter citeras",
        "Finansiering: vad betyder det för oss?",
        "Ta fram en plan för proaktivt kapital",
    ):
        assert words in part, words
    one_page = _flat(_run("pdftotext", "-f", "2", "-l", "2", str(report), "-"))
    assert "Vad ambitionen betyder för oss Organisation: Förvaltningen" in one_page


def test_the_ruses_focus_is_listed_with_its_two_tests(report: Path) -> None:
    """Each RUS priority with its tier, the deck's two tests and what carries it; the app's
    observation and the deck's words under it (issue #37)."""
    flat = _flat(_run("pdftotext", str(report), "-"))
    part = flat[flat.index("RUS:ens fokus Prioritering Nivå Underlagets test Bärs av") :]
    for words in (
        "Livsmedel och förädling Spets – Smart specialisering",
        "Kompetensförsörjning Kärna politisk prioritering · kräver samhandling Bildning",
        "Appens iakttagelse: 1 av 3 prioriteringar i Spets och Kärna klarar inget",
        "Underlaget (bilden ”Hur ska RUS:en bli relevant?”)",
    ):
        assert words in part, words


def test_the_regions_own_numbers_are_on_the_financing_page(report: Path) -> None:
    """The example's numbers with their source, what they come to per inhabitant (unknown
    for an invented region), the suggestion and its rule (issue #37)."""
    import unicodedata

    flat = unicodedata.normalize("NFKC", _flat(_run("pdftotext", str(report), "-")))  # "ﬀ"
    part = flat[flat.index("Regionens egna siffror") :]
    for words in (
        "År: 2025",
        "Det regionen själv styr (1:1-anslaget och egna medel): 160 miljoner kronor, per "
        "invånare: okänt",
        "Fördelas via utlysningar: 70 %",
        "Siffrornas källa: Påhittade siffror (exempel)",
        "karaktär −0,40",
        "Appens regel: på axeln kapital per capita",
    ):
        assert words in part, words


def test_words_one_phone_gave_are_one_paragraph_after_the_shared_ones(qapp) -> None:  # type: ignore[no-untyped-def]
    """The word wall's answers: the words more than one phone gave in a table, most given
    first; the words only one phone gave in one paragraph after it (at the limits a column
    of them ran to 23 pages)."""
    from regionroll_desktop.export.pages import Table
    from regionroll_desktop.export.room_section import room_sections
    from regionroll_desktop.model import Language
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.model.room import OwnAnswer, OwnKind, OwnQuestion, Question
    from regionroll_desktop.model.room import record_answer as answer
    from regionroll_desktop.ui.i18n import set_language

    from .room_sample import phones

    set_language(Language.SV)
    own = OwnQuestion(id="own-ord", text="Ett ord för 2030?", kind=OwnKind.WORDS)
    workshop = load_workshop(SAMPLE)
    room = workshop.room
    said = (("Mod", "Tillit"), ("mod", "<Hav>"), ("Mod", "Tillit"), ("Skog",))
    for phone, words in zip(phones(), said, strict=False):
        room = answer(room, phone, OwnAnswer(question=Question.OWN, asks=own.id, words=words))
    workshop = e.evolve(workshop, room=room, own_questions=(own,))
    (part,) = (p for p in room_sections(workshop) if _lead(p).startswith("<h3>Egen fråga: Ett ord"))
    assert isinstance(part, Table)
    assert part.rows == (("Mod", "3"), ("Tillit", "2"))
    assert "Ord som bara en mobil gav (2):</b> &lt;Hav&gt; · Skog</p>" in part.after
    room = workshop.room.model_copy(update={"answers": ()})
    room = answer(room, phones()[0], OwnAnswer(question=Question.OWN, asks=own.id, words=("En",)))
    (alone,) = (
        p
        for p in room_sections(e.evolve(workshop, room=room))
        if _lead(p).startswith("<h3>Egen fråga: Ett")
    )
    assert isinstance(alone, str) and "(1):</b> En</p>" in alone and "<table" not in alone


def _lead(part: object) -> str:
    """A part of the room's page: its markup, or its table's heading."""
    from regionroll_desktop.export.pages import Table

    return part.lead if isinstance(part, Table) else str(part)


def test_a_long_table_keeps_its_rows_whole_its_order_and_its_head_on_each_page(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path
) -> None:
    """A table of hundreds of rows laid out a few rows at a time: every row once, in order,
    none cut at a page's edge, the head at the top of each page it runs onto; a row taller
    than a third of a page goes on across the edge, whole."""
    from regionroll_desktop.export.pages import Pages, Table

    pages = Pages(tmp_path / "t.pdf", "t", "", "")
    pages.new()
    pages.text("<h2>Före tabellen</h2>")
    rows = tuple((f"Rad {n:03d}", f"värde {n}") for n in range(300))
    long_row = ("Lång rad", " ".join(f"ord{n}" for n in range(1500)))
    pages.table(Table(("Vad", "Värde"), (*rows, long_row), (40, 60), lead="<h3>Tabellen</h3>"))
    pages.write("", "{n}/{total}")
    count = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(tmp_path / "t.pdf")))[1])
    assert count > 3
    seen: list[str] = []
    for page in range(1, count + 1):
        text = _run(
            "pdftotext", "-layout", "-f", str(page), "-l", str(page), str(tmp_path / "t.pdf"), "-"
        )
        lines = [line.split() for line in text.splitlines() if line.strip()]
        if page > 1 and any(w[:2] == ["Rad", f"{n:03d}"] for w in lines for n in range(300)):
            assert lines[0][:2] == ["Vad", "Värde"], page  # the head on top
        # The long row, on from the page before, under the head.
        first = lines[0] if lines else [""]
        assert not first[0].startswith("ord"), f"page {page}: a row went on without its head"
        for words in lines:
            if words[:1] == ["Rad"]:
                assert words[2:] == ["värde", str(int(words[1]))], words  # its row whole
                seen.append(words[1])
    assert seen == [f"{n:03d}" for n in range(300)]
    flat = _flat(_run("pdftotext", str(tmp_path / "t.pdf"), "-"))
    # Every word of the tall row once: none written again above the next page's body
    # (read twice by a screen reader).
    said = [w for w in flat.split() if w.startswith("ord")]
    assert said == [f"ord{n}" for n in range(1500)]
    assert flat.count("Lång rad") == 1  # and the head once on its first page (the rows')


def test_what_carries_a_priority_is_said_once(qapp) -> None:  # type: ignore[no-untyped-def]
    """The RUS's focus: every branch is "alla grenar"; a priority carried by what carries the
    row above is "som raden ovan" (at the limits the same 29 names ran to 75 pages); a
    different carrier is named again."""
    from regionroll_desktop.export.pages import Table
    from regionroll_desktop.export.report import _focus_table
    from regionroll_desktop.export.words import report_words
    from regionroll_desktop.model import Branch, Language
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)
    w = load_workshop(SAMPLE)
    doc = w.strategy.documents[0]
    for text, branches in (
        ("Första", tuple(Branch)),
        ("Andra", tuple(Branch)),
        ("Tredje", (Branch.KULTUR,)),
    ):
        w = e.add_focus_area(w, text)
        area = w.strategy.focus_areas[-1]
        w = e.update_focus_area(w, area.id, tier=None, branches=branches, documents=(doc.id,))
    table = _focus_table(w, report_words())
    assert isinstance(table, Table)
    carried = [row[3] for row in table.rows[-3:]]  # the unsorted, last
    assert [row[0] for row in table.rows[-3:]] == ["Första", "Andra", "Tredje"]
    assert carried == [f"alla grenar, {doc.title}", "som raden ovan", f"Kultur, {doc.title}"]


def test_a_long_key_note_gets_a_row_as_wide_as_the_table(qapp) -> None:  # type: ignore[no-untyped-def]
    """The keys' notes sit in their column while short; when one is long, every note is a
    row of its own under its key, named, as wide as the point and score (a note of 20 000
    characters ran over six pages in a column a third of the page wide)."""
    from regionroll_desktop.export.report import NOTE_IN_CELL, _keys_table
    from regionroll_desktop.export.words import report_words
    from regionroll_desktop.model import Key, Language
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)
    w = load_workshop(SAMPLE)
    short = _keys_table(w, report_words()).markup()
    assert "Anteckning</th>" in short and "colspan" not in short
    w = e.set_key(w, Key.POLITIK, note="ord " * NOTE_IN_CELL)
    long = _keys_table(w, report_words()).markup()
    assert "Anteckning</th>" not in long
    assert long.count("<td colspan='2'><i>Anteckning:</i> ") == len(Key)
    assert f"<i>Anteckning:</i> {'ord ' * 3}" in long


def test_a_tables_columns_are_as_wide_as_their_words_need(qapp) -> None:  # type: ignore[no-untyped-def]
    """A table of no set widths: a column of short words (a name, a date, a status) whole on
    one line, the column of long texts wrapping in the room left, never narrower than its
    longest word; the shares add up to the whole (a fixed 23 % wrapped "Regionala
    utvecklingsförvaltningen" on every row of the actions)."""
    from PySide6.QtGui import QFont, QFontMetricsF

    from regionroll_desktop.export.pages import BODY_PT, CELL_AIR, Table, fitted_widths

    who, when = "Regionala utvecklingsförvaltningen", "2027-04-01"
    what = "Åtgärd 231: ta fram ett underlag om regionens roll, och förankra det i nämnden"
    rows = tuple((f"{what} {n}", who, when, "förslag") for n in range(40))
    widths = fitted_widths(Table(("Vad", "Vem", "Klart senast", "Status"), rows), 800)
    assert sum(widths) == 100
    font = QFont()
    font.setPointSizeF(BODY_PT)
    metrics = QFontMetricsF(font)
    assert widths[1] / 100 * 800 >= metrics.horizontalAdvance(who) + CELL_AIR - 8  # whole
    assert widths[2] / 100 * 800 >= metrics.horizontalAdvance(when) + CELL_AIR - 8
    assert widths[0] / 100 * 800 < metrics.horizontalAdvance(what)  # the long one wraps
    assert widths[0] == max(widths)
    # All lines short: each column as its lines are, nothing wraps.
    short = fitted_widths(Table(("A", "B"), (("ett", "två ord här"),)), 800)
    assert sum(short) == 100 and short[1] > short[0]


def test_a_long_text_leaves_no_label_alone_and_no_line_twice_at_a_pages_edge(  # type: ignore[no-untyped-def]
    qapp, tmp_path: Path
) -> None:
    """Headings, paragraphs of a label and its words, and a list, across pages: no heading
    or label stands alone at a page's foot, its words on the next page ("Anteckningar" did
    under a step's figure, a step's conclusion's heading at the limits);
    and every word is in the PDF's text once (Qt wrote the line before a page's edge again
    above the next page's body, clipped from sight, and a screen reader read it twice)."""
    from regionroll_desktop.export.pages import Pages

    pages = Pages(tmp_path / "t.pdf", "t", "", "")
    pages.new()
    pages.text("<h2>Före texten</h2>")
    word = iter(range(100_000))
    lengths = [40 + 23 * (n % 9) for n in range(50)]  # words after each label
    paragraphs = [
        (f"<h3>Rubrik{n}</h3>" if n % 2 else "")
        + f"<p><b>Etikett{n}</b><br>{' '.join(f'ord{next(word)}' for _ in range(size))}</p>"
        for n, size in enumerate(lengths)
    ]
    items = "".join(
        f"<li>{' '.join(f'ord{next(word)}' for _ in range(25))}</li>" for _ in range(60)
    )
    pages.text("".join(paragraphs) + f"<ul>{items}</ul>")
    pages.write("", "{n}/{total}")
    pdf = tmp_path / "t.pdf"
    count = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(pdf)))[1])
    assert count > 5
    for page in range(1, count + 1):
        text = _run("pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-")
        body = [line.split() for line in text.splitlines() if line.strip()][:-1]  # no footer
        assert not body[-1][0].startswith("Etikett"), f"page {page}: {body[-1]} alone"
        assert not body[-1][0].startswith("Rubrik"), f"page {page}: heading {body[-1]} alone"
    words = _run("pdftotext", str(pdf), "-").split()
    said = [w for w in words if w.startswith("ord")]
    assert said == [f"ord{n}" for n in range(next(word))]


def test_a_long_legend_is_listed_down_two_columns(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Thirty groups' sixty markers on one spot of the capital matrix, long names: their
    numbers' legend, too long for the figure's band, listed under the figure down two
    columns of the landscape page (in one, its lines took a page and a half with the page's
    right half empty), each number once."""
    from regionroll_desktop.export.report import write_report
    from regionroll_desktop.model import MatrixPosition, Moment, RegionChoice
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.storage import shipped_reference_set
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    w = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    for n in range(1, 31):
        name = f"Grupp {n:02} – kommunernas och regionens tjänstepersoner"
        w = e.add_group(w, name, group_id=f"g{n}")
        for moment in Moment:  # each group's two markers: more than the figure's band holds
            spot = MatrixPosition(capital_per_capita=-0.4, proactivity=-0.4)
            w = e.set_group_position(w, f"g{n}", moment, spot)
    pdf = write_report(w, ReferenceLibrary(shipped_reference_set()), tmp_path / "r.pdf")
    text = _run("pdftotext", "-layout", str(pdf), "-")
    rows = [line for line in text.splitlines() if re.match(r"\s*1 Grupp 01 ", line)]
    assert len(rows) == 1 and re.search(r"\)\s+31 Grupp 01 ", rows[0]), rows  # 1 beside 31
    listed = re.findall(r"(?m)(?:^\s*|\)\s+)(\d+) Grupp \d+ –", text)
    assert sorted(int(n) for n in listed) == list(range(1, 61))


def test_a_key_is_never_parted_from_its_note_at_a_pages_edge(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Long notes under their keys, the table starting lower and lower on its first page:
    a key's row always has its note's first line under it on the same page (at the limits
    "Roll" ended a page, its note on the next)."""
    from regionroll_desktop.export.pages import Pages
    from regionroll_desktop.export.report import SHORT_SECTION, _keys_table
    from regionroll_desktop.export.words import report_words
    from regionroll_desktop.model import Key, Language
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.ui.i18n import set_language

    set_language(Language.SV)
    w = load_workshop(SAMPLE)
    for n, key in enumerate(Key):
        w = e.set_key(w, key, note=" ".join(f"not{n}ord{k}" for k in range(260 + 90 * n)))
    points = {
        "Göra regional utveckling",
        "Hur undvika att RU",
        "Skapa ett",  # ("fi" is one glyph in the PDF's text)
        "Strategier som engagerar",
        "Investera i andra aktörer",
    }
    checked = 0
    for lines in range(0, 40, 3):
        pdf = tmp_path / f"keys-{lines}.pdf"
        pages = Pages(pdf, "t", "", "")
        pages.new()
        pages.text("<p>" + "<br>".join(f"rad {k}" for k in range(lines)) + "</p>")
        pages.flow(_keys_table(w, report_words()), SHORT_SECTION)
        pages.write("", "{n}/{total}")
        count = int(re.search(r"Pages:\s+(\d+)", _run("pdfinfo", str(pdf)))[1])  # type: ignore[index]
        for page in range(1, count + 1):
            text = _run("pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-")
            body = [line.strip() for line in text.splitlines() if line.strip()][:-1]
            for i, line in enumerate(body):
                if any(point in line for point in points):
                    assert i + 1 < len(body), f"{lines} lines before, page {page}: {line} alone"
                    assert body[i + 1].startswith("Anteckning:"), (lines, page, body[i + 1])
                    checked += 1
    assert checked == 5 * len(range(0, 40, 3))


def test_a_table_cut_at_a_page_leaves_no_row_alone_on_the_next(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Rows that almost all fit the room left: two go on to the next page together (the last
    row stood alone there under its head said again); one that fits whole stays whole."""
    from regionroll_desktop.export.pages import Pages

    pages = Pages(tmp_path / "t.pdf", "t", "", "")
    rows = tuple(range(6))
    assert pages._cut(rows, 600, 550) == [(0, 1, 2, 3), (4, 5)]  # 5 fit: 4 stay
    assert pages._cut(rows, 600, 300) == [(0, 1, 2), (3, 4, 5)]
    assert pages._cut((0, 1), 200, 150) == [(0,), (1,)]  # two rows: one each


def _eight_groups_and_a_tall_pyramid(path: Path) -> Path:
    """The example with eight groups round two spots of both maps (today low left, the
    ambition high right), twelve more strategy documents under its RUS and three notes on
    each canvas: a workshop of a real size whose matrix numbers some markers and whose
    pyramid fits a page only without its heading."""
    import math

    from regionroll_desktop.canvases.sticky_notes import pin_targets
    from regionroll_desktop.model import Branch, MatrixPosition, Moment, Step, StrategyKind
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.model.workshop import RoleWeights
    from regionroll_desktop.storage import save_workshop

    w = load_workshop(SAMPLE)
    for name in ("Grupp D – kommunerna", "Grupp E – näringslivet", "Grupp F", "Grupp G", "Grupp H"):
        w = e.add_group(w, name)
    for n, group in enumerate(w.details.groups):
        dx, dy = 0.2 * math.cos(2.4 * n), 0.25 * math.sin(2.4 * n)
        for moment, (x, y) in ((Moment.TODAY, (-0.4, -0.3)), (Moment.AMBITION, (0.4, 0.3))):
            spot = MatrixPosition(capital_per_capita=round(x + dx, 2), proactivity=round(y + dy, 2))
            w = e.set_group_position(w, group.id, moment, spot)
            lead = 0.4 + 0.05 * (n % 3)
            rest = round((1 - lead) / 3, 2)
            weights = (lead, rest, rest, round(1 - lead - 2 * rest, 2))
            if moment is Moment.AMBITION:
                weights = weights[::-1]
            roles = dict(
                zip(
                    ("finansiaren", "utforaren", "natverkaren", "kapacitetsbyggaren"),
                    weights,
                    strict=True,
                )
            )
            w = e.set_group_roles(w, group.id, moment, RoleWeights(**roles))
    kinds, branches = list(StrategyKind), list(Branch)
    for n in range(12):
        title = f"Handlingsplan {n + 1} för {['besöksnäring', 'kompetens', 'kultur'][n % 3]}"
        w = e.add_document(w, title, kinds[n % 4], 2016 + n % 6, (branches[n % 5],), f"d{n}")
    for step in Step:
        targets = pin_targets(w, step)
        for k, words in enumerate(("Vem äger frågan?", "Kräver beslut i fullmäktige", "Oklart")):
            pin = targets[3 * k % len(targets)] if targets and k < 2 else None
            w = e.add_sticky_note(w, step, words, pin=pin)
    save_workshop(w, path)
    return path


@pytest.fixture(scope="module")
def eight_groups(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report of `_eight_groups_and_a_tall_pyramid`."""
    folder = tmp_path_factory.mktemp("eight")
    return _exported(_eight_groups_and_a_tall_pyramid(folder / "w.regionroll.json"), folder)


def _pages_text(pdf: Path) -> list[str]:
    return [_flat(page) for page in _run("pdftotext", str(pdf), "-").split("\f")]


def test_a_figure_too_tall_for_its_heading_s_page_follows_the_step_s_words(
    eight_groups: Path,
) -> None:
    """A pyramid that fits a page only without its step's heading: the heading, the notes
    and the step's words on one page and the pyramid on the next (the heading stood alone
    on a page, the words on a third)."""
    pdf = eight_groups
    pages = _pages_text(pdf)
    (n,) = [n for n, page in enumerate(pages) if "3. Strategi Hur formar man" in page]
    assert "Lappar på ytan 1. Vem äger frågan?" in pages[n]
    assert "Strategidokument:" in pages[n] and "Överenskommet:" in pages[n]
    card = "Regional utvecklingsstrategi 2030 RUS · 2021"  # the pyramid's RUS card: its title
    assert card not in pages[n] and card in pages[n + 1]  # and its kind · year, on the next
    assert not pages[n + 1].startswith("3. Strategi")


def test_a_crowded_map_s_legend_and_notes_stay_on_its_page_beside_it(eight_groups: Path) -> None:
    """Eight groups on the capital matrix, some of their markers numbered, and three notes:
    the numbers' legend and the notes' list on the map's page (they ran onto the next page,
    away from the numbers they name, beside a map that left its page's sides blank), the
    notes in a column beside the map."""
    pdf = eight_groups
    pages = _pages_text(pdf)
    (n,) = [n for n, page in enumerate(pages) if "2. Finansiering Vilka" in page]
    page = pages[n]
    legend = page[page.index("Mindre kapital per capita") :]  # under the map
    numbers = [int(x) for x in re.findall(r"(?:^| )(\d+) (?:Grupp|Exempel|Ambition)", legend)]
    assert numbers and sorted(numbers) == list(range(1, len(numbers) + 1)), page
    first = len(numbers) + 1
    assert f"Lappar på ytan {first}. Vem äger frågan?" in page
    assert f"{first + 2}. Oklart" in page
    laid = _run("pdftotext", "-layout", "-f", str(n + 1), "-l", str(n + 1), str(pdf), "-")
    (row,) = [line for line in laid.splitlines() if "Lappar på ytan" in line]
    assert row.index("Lappar på ytan") > len(row) / 2, row  # in the column right of the map
