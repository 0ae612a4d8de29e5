"""The second round of hostile files: each refused in one sentence, or made harmless."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from regionroll_desktop.model import Step, Workshop
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.text import clean
from regionroll_desktop.reference.regions import (
    ReferenceRegion,
    ReferenceSet,
    ReferenceSetError,
    Source,
)
from regionroll_desktop.storage import (
    SaveError,
    SaveProblem,
    TooDeepError,
    jsonio,
    load_workshop,
    save_workshop,
    shipped_reference_set,
)
from regionroll_desktop.storage.workshop_file import WORKSHOP_FORMAT


def test_direction_overrides_and_invisible_characters_are_removed_on_input() -> None:
    assert clean("\u202eDATULSVA") == "DATULSVA"
    assert clean("doc\u200bument\ufeff\u2066x\u2069") == "documentx"
    assert clean("rad 1\nrad 2\tflik") == "rad 1\nrad 2\tflik"  # line breaks and tabs stay
    assert clean("👩\u200d👩\u200d👧") == "👩\u200d👩\u200d👧"  # emoji keep their joiner
    workshop = e.set_details(Workshop(), title="\u202eDATULSVA")
    assert workshop.details.title == "DATULSVA"  # typed
    data = WORKSHOP_FORMAT.envelope(e.set_note(Workshop(), Step.STRATEGI, "ok"))
    data["workshop"]["details"]["title"] = "\u202eexe.tnemucod"
    loaded = WORKSHOP_FORMAT.load_bytes(json.dumps(data).encode())  # read from a file
    assert loaded.details.title == "exe.tnemucod"


def test_a_reference_region_outside_sweden_is_refused() -> None:
    with pytest.raises(ValueError, match="not the county code of a Swedish region"):
        ReferenceRegion(code="99", name="Oslo (Norge)")
    assert ReferenceRegion(code="25", name="Norrbotten").code == "25"


def test_too_many_sources_together_is_one_sentence() -> None:
    overlay = ReferenceSet(
        name="big", sources=tuple(Source(id=f"s{i}", title=f"S {i}") for i in range(20_000))
    )
    with pytest.raises(ReferenceSetError, match="more than the 20000 a reference set may hold"):
        shipped_reference_set().merged_with(overlay)


def test_a_save_refuses_what_a_load_would_refuse(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.regionroll.json"
    save_workshop(e.new_workshop(title="small"), path)
    before = path.read_bytes()
    big = e.set_note(e.new_workshop(title="big"), Step.STRATEGI, "x" * 5000)
    from regionroll_desktop.storage import document_format

    monkeypatch.setattr(document_format, "MAX_FILE_BYTES", 4000)
    with pytest.raises(SaveError) as info:
        save_workshop(big, path)
    assert info.value.problem is SaveProblem.TOO_LARGE
    assert path.read_bytes() == before


def test_deep_nesting_in_the_envelope_is_refused_on_the_quick_path_too(tmp_path: Path) -> None:
    data = WORKSHOP_FORMAT.envelope(Workshop())
    deep: object = 1
    for _ in range(jsonio.MAX_DEPTH + 1):
        deep = [deep]
    data["extra"] = deep
    path = tmp_path / "deep.regionroll.json"
    path.write_text(json.dumps(data))
    with pytest.raises(TooDeepError):
        load_workshop(path)


def test_reference_set_errors_speak_of_a_reference_set(tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.storage import WorkshopFileError, load_reference_set
    from regionroll_desktop.ui.messages import describe_file_error

    path = tmp_path / "x.regionroll-ref.json"
    path.write_text(
        '{"format": "regionroll-reference-set", "schema_version": 1, '
        '"reference_set": {"name": "x", "regions": [{"code": "99", "name": "Oslo"}]}}'
    )
    with pytest.raises(WorkshopFileError) as info:
        load_reference_set(path)
    text = describe_file_error(info.value)
    assert "workshop" not in text.lower() and ("reference" in text or "referens" in text)
