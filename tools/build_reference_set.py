"""Build resources/reference/regions-2019.json from the project's shared sources.

Run from the project root: `uv run python tools/build_reference_set.py ../shared`. The output is
committed; tests check it against the deck's table and (when present) the SCB file.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

# County code -> (canonical name, short forms the deck or people use).
NAMES = {
    "01": ("Stockholm", ()),
    "03": ("Uppsala", ()),
    "04": ("Sörmland", ("Södermanland",)),
    "05": ("Östergötland", ()),
    "06": ("Jönköping", ("Jönköpings län",)),
    "07": ("Kronoberg", ()),
    "08": ("Kalmar", ("Kalmar län",)),
    "09": ("Gotland", ()),
    "10": ("Blekinge", ()),
    "12": ("Skåne", ()),
    "13": ("Halland", ()),
    "14": ("Västra Götaland", ("VGR", "Västra Götalandsregionen")),
    "17": ("Värmland", ()),
    "18": ("Örebro län", ("Örebro",)),
    "19": ("Västmanland", ()),
    "20": ("Dalarna", ()),
    "21": ("Gävleborg", ()),
    "22": ("Västernorrland", ()),
    "23": ("Jämtland Härjedalen", ("Jämtland", "Jämtland-Härjedalen")),
    "24": ("Västerbotten", ()),
    "25": ("Norrbotten", ()),
}

# The deck's slide "Olika modeller för förvaltningsorganisationen", exactly as it names them.
ADMINISTRATIVE = {
    "0": [
        "Gotland",
        "Gävleborg",
        "Halland",
        "Norrbotten",
        "Uppsala",
        "Västmanland",
        "Östergötland",
    ],
    "1": [
        "Jämtland Härjedalen",
        "Västernorrland",
        "Västerbotten",
        "Västra Götaland",
        "Örebro län",
        "Skåne",
        "Stockholm",
    ],
    "2+": ["Blekinge", "Dalarna", "Jönköping", "Kalmar", "Kronoberg", "Sörmland", "Värmland"],
}

SOURCES = [
    {
        "id": "deck-2019",
        "title": "Regionens roll",
        "publisher": "WSP för SKL (nu SKR)",
        "year": 2019,
        "detail": 'Bilden "Olika modeller för förvaltningsorganisationen" (november 2019); '
        'underlag till SKR:s rapport "Regionerna 2019 och utvecklingsarbetet" (2020).',
    },
    {
        "id": "scb-be0101n1",
        "title": "Folkmängd efter region (tabell BE0101N1)",
        "publisher": "SCB",
        "year": 2020,
        "detail": "Folkmängd den 31 december 2018 och 2019 per län.",
    },
    {
        "id": "lanskoder",
        "title": "Län och länskoder",
        "publisher": "SCB",
        "year": 2019,
        "detail": "De officiella länskoderna (01 Stockholm … 25 Norrbotten) och länens namn.",
    },
    {
        "id": "region-names-2019",
        "title": "Regionernas officiella namn",
        "publisher": "Regionerna",
        "year": 2019,
        "detail": "Regionernas egna namn 2019; Region Gotland är en kommun med regionalt "
        "utvecklingsansvar.",
    },
]


def fact(value: object, source: str) -> dict[str, object]:
    return {"value": value, "source": source}


RUS_CSV = Path("resources/reference/regions_rus_2019.csv")  # shipped: the facts' own source

# The notes of regions_rus_2019.csv are English; the app's data speaks Swedish (the English
# note is kept for the English UI). A name that carries a note ("(under the vision …)")
# is cleaned: its note moves into the note. Translations of the rows' own notes, nothing added.
SWEDISH: dict[str, tuple[str | None, str]] = {
    "01": (None, "sidan kallar den regionens gällande regionala utvecklingsplan"),
    "03": (None, "antagen av regionfullmäktige; en ny RUS antogs 2021-03-18"),
    "04": (None, "antagen i april 2019; reviderad 2022-09-27"),
    "05": (None, "ersatt av en ny utvecklingsstrategi antagen 2021-10-06"),
    "06": (None, "RUS 2020–2035 beslutades av regionfullmäktige 2019-12-03"),
    "07": (None, "arbetet med att uppdatera den inleddes 2018"),
    "08": (None, "framtagen när länet bildade region 2019"),
    "09": (None, "RUS Vårt Gotland 2040 antogs 2020-11-11"),
    "10": (None, ""),
    "12": (None, "antagen av regionfullmäktige i juni 2014"),
    "13": (
        "Tillväxtstrategi för Halland 2014–2020",
        "under visionen Halland – bästa livsplatsen; beslutad av regionstyrelsen",
    ),
    "14": (None, "arbetet med strategin för 2021–2030 inleddes våren 2019; antagen 2021-02-16"),
    "17": (None, "processen för en ny strategi beslutades 2019-04-10"),
    "18": (None, "uppdaterad 2022-04-28"),
    "19": (None, "länets första RUS antogs i juni 2020"),
    "20": (None, "Dalastrategin 2030 antogs i juni 2021"),
    "21": (None, "sidan är från 2014"),
    "22": (
        None,
        "en ny regional utvecklingsstrategi (2020–2030) färdigställdes i februari 2019; den "
        "som ersattes namnges inte i källan",
    ),
    "23": (None, "antagen 2013"),
    "24": (None, "arbete med RUS 2020+ under 2019"),
    "25": (None, "sidan säger att den gällande fastställdes 2019"),
}


def strategies_2019(shared: Path) -> tuple[list[dict[str, object]], dict[str, dict[str, object]]]:
    """The strategy each region had in force in 2019, each with the page it was read from:
    (the sources, the facts by county code). A row without a strategy's name stays unknown."""
    RUS_CSV.write_bytes((shared / "data" / "regions_rus_2019.csv").read_bytes())
    sources, facts = [], {}
    with RUS_CSV.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            source_id = f"rus-2019-{row['lanskod']}"
            sources.append(
                {
                    "id": source_id,
                    "title": "Sidan om den regionala utvecklingsstrategin",
                    "publisher": row["region"],
                    "detail": "Regionens egen eller annan offentlig sida, läst för att ange "
                    "strategin som gällde 2019 (sidorna är av olika datum och slag).",
                    "url": row["source_url"],
                }
            )
            if row["strategy_in_force_2019"]:
                name, note = SWEDISH[row["lanskod"]]
                strategy = {
                    "name": name or row["strategy_in_force_2019"],
                    "period": row["period"],
                    "decided": row["decided"],
                    "note": note,
                    "note_en": row["note"],
                }
                facts[row["lanskod"]] = fact(strategy, source_id)
    return sources, facts


def main(shared: Path) -> None:
    model_of = {name: model for model, names in ADMINISTRATIVE.items() for name in names}
    rus_sources, rus_facts = strategies_2019(shared)
    regions = []
    with (shared / "data" / "regions_2019.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            name, aliases = NAMES[row["lanskod"]]
            regions.append(
                {
                    "code": row["lanskod"],
                    "name": name,
                    "aliases": list(aliases),
                    "county": fact(row["lan"], "lanskoder"),
                    "official_name": fact(row["region_official_name"], "region-names-2019"),
                    "population_2018": fact(int(row["pop_2018_12_31"]), "scb-be0101n1"),
                    "population_2019": fact(int(row["pop_2019_12_31"]), "scb-be0101n1"),
                    "administrative_model": fact(model_of[name], "deck-2019"),
                    "political_model": {"value": None, "source": None},
                    "matrix_position": {"value": None, "source": None},
                    "strategy_2019": rus_facts.get(row["lanskod"], {"value": None, "source": None}),
                }
            )
    regions.sort(key=lambda r: r["name"])
    document = {
        "format": "regionroll-reference-set",
        "schema_version": 4,
        "reference_set": {
            "name": "Regionerna 2019",
            "description": "Sveriges 21 regioner: länskod, namn, folkmängd (SCB) och "
            'förvaltningsmodell enligt "Regionens roll", och den regionala utvecklingsstrategi '
            "som gällde 2019 enligt regionernas egna och andra offentliga sidor. Politisk modell "
            "och position i kapitalmatrisen anges inte i underlaget och är därför okända.",
            "sources": SOURCES + rus_sources,
            "regions": regions,
        },
    }
    out = Path("resources/reference/regions-2019.json")
    out.write_text(json.dumps(document, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(regions)} regions)")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "../shared"))
