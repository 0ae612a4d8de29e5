"""The regions side by side speak the UI's language, data included (issue #36): a region's
strategy of 2019 with its note in Swedish (English in the English UI), its name alone."""

from __future__ import annotations

from regionroll_desktop.model import Language, RegionChoice
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import shipped_reference_set
from regionroll_desktop.ui.i18n import set_language
from regionroll_desktop.ui.national import national_rows


def test_a_strategys_note_is_in_the_uis_language(qapp) -> None:  # type: ignore[no-untyped-def]
    workshop = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    reference = shipped_reference_set()
    for lang, words, other in (
        (Language.SV, "antagen av regionfullmäktige i juni 2014", "adopted"),
        (Language.EN, "adopted by regionfullmäktige June 2014", "antagen"),
    ):
        set_language(lang)
        rows = national_rows(workshop, reference, lang)
        skane = next(r for r in rows if r.cells[0] == "Skåne")
        tips = " ".join(skane.tips)
        assert words in tips and other not in tips, tips
        halland = next(r for r in rows if r.cells[0] == "Halland")
        assert not any("vision" in cell for cell in halland.cells), halland.cells
    set_language(Language.SV)


def test_the_projected_regions_point_to_the_apps_table(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Projected (`brief`), the regions not placed are counted and their sources are said to
    be in the app's table: the room sees no table beside the maps ("named in the table" sent
    the room looking for one); on the page and in the picture, the table beside them."""
    import regionroll_desktop.ui.national as national

    said = []

    def spy(marks, maps, words, body_px, measure):  # type: ignore[no-untyped-def]
        said.append(words)
        return real(marks, maps, words, body_px, measure)

    real = national.national_maps
    monkeypatch.setattr(national, "national_maps", spy)
    set_language(Language.SV)
    workshop = e.new_workshop(RegionChoice(code="04", name="Sörmland"))
    reference = shipped_reference_set()
    national.national_figure(workshop, reference, Language.SV, brief=True)
    projected = said[-1]
    assert projected.under[0].startswith("Inte placerade: ")
    assert all("appens tabell" in w for w in (projected.under[0], projected.legend))
    assert "i tabellen" not in projected.legend + projected.under[0]
    national.national_figure(workshop, reference, Language.SV)
    assert "appens tabell" not in said[-1].legend
