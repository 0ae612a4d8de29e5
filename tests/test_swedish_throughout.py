"""Swedish data, not just a Swedish catalogue (issue #36): the report of the example and of a
new workshop for each of the 21 regions (its 2019 strategy suggested as the RUS, its deck
model as the organisation), and the phones' view of each, read as their readers would: no
English word from a list, no Python literal ("None", "True"), no model id ("sector_namnd")."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from regionroll_desktop.model import Language, RegionChoice
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import load_workshop, shipped_reference_set

SAMPLE = Path(__file__).parent.parent / "resources" / "samples" / "exempel.regionroll.json"
# Words of English that Swedish never uses, each between spaces or at a sentence's start.
ENGLISH = ("the", "and", "of", "with", "not", "is", "was", "under the", "adopted", "page")
LITERALS = ("None", "True", "False", "nan")
# A model's id: lower case words joined by "_" (naringsliv_innovation, sector_namnd …).
MODEL_ID = re.compile(r"\b[a-z]+_[a-z]+(?:_[a-z]+)*\b")


def _problems(text: str) -> list[str]:
    words = " ".join(text.split())
    found = [w for w in ENGLISH if re.search(rf"(?<![\w-]){w}(?![\w-])", words)]
    found += [w for w in LITERALS if re.search(rf"(?<![\w-]){w}(?![\w-])", words)]
    found += MODEL_ID.findall(words)
    return found


def _workshops() -> list[tuple[str, object]]:
    from regionroll_desktop.analysis.strategy_2019 import with_suggested_rus
    from regionroll_desktop.model.presets import administrative_preset

    reference = shipped_reference_set()
    made: list[tuple[str, object]] = [("exempel", load_workshop(SAMPLE))]
    for region in reference.regions:
        w = e.new_workshop(RegionChoice(code=region.code, name=region.name))
        w = with_suggested_rus(w, reference)
        if region.administrative_model.value is not None:
            w = administrative_preset(w, region.administrative_model.value)
        made.append((region.name, w))
    return made


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_every_report_speaks_swedish(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.export.report import write_report
    from regionroll_desktop.ui.i18n import set_language
    from regionroll_desktop.ui.reference_library import ReferenceLibrary

    set_language(Language.SV)
    library = ReferenceLibrary(shipped_reference_set())
    wrong = {}
    for name, workshop in _workshops():
        pdf = write_report(workshop, library, tmp_path / "rapport.pdf")  # type: ignore[arg-type]
        text = subprocess.run(
            ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
        ).stdout
        assert " ".join(name.split()) in " ".join(text.split()) or name == "exempel", name
        if found := _problems(text):
            wrong[name] = found
    assert not wrong, wrong
    assert _problems("adopted by the board: None, sector_namnd") == [  # the reader works
        "the",
        "adopted",
        "None",
        "sector_namnd",
    ]


def test_the_phones_see_swedish(qapp) -> None:  # type: ignore[no-untyped-def]
    import json

    from regionroll_desktop.model.room import AnsweredBy, Question
    from regionroll_desktop.ui.i18n import set_language
    from regionroll_desktop.ui.room_session import room_view

    set_language(Language.SV)
    wrong = {}
    for name, workshop in _workshops():
        view = room_view(workshop, frozenset(Question), AnsweredBy.ANONYMOUS)  # type: ignore[arg-type]
        words = json.dumps(view.as_json(), ensure_ascii=False)
        text = " ".join(str(v) for v in json.loads(words).values() if isinstance(v, str))
        text += " " + " ".join(f"{k['name']} {k['point']}" for k in json.loads(words)["keys"])
        if found := _problems(text):
            wrong[name] = found
    assert not wrong, wrong
