"""The series of workshops a national report is built from (issue #40): 42 workshop files of
17 of the 21 regions (four held none), each region's earlier and latest workshops, six of the
earlier ones in the oldest formats. Run as a script it writes them into a folder:
`python -m tests.national_set OUT`."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from regionroll_desktop.model import (
    Key,
    MatrixPosition,
    Moment,
    RegionChoice,
    RoleWeights,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.model.vocabulary import BodyModel, Branch, Lane
from regionroll_desktop.resources import resource
from regionroll_desktop.storage import dump_workshop, load_reference_set, load_workshop
from regionroll_desktop.storage.reference_file import SHIPPED

SAMPLE = Path(__file__).parents[1] / "resources" / "samples" / "exempel.regionroll.json"
FIXTURES = Path(__file__).parent / "storage" / "fixtures"
MISSING = ("09", "08", "19", "23")  # Gotland, Kalmar, Västmanland, Jämtland Härjedalen
THIRD = ("01", "03", "04", "12", "14", "17", "20", "25")  # three workshops each
OLD_FORMATS = (1, 2, 5)  # the oldest formats' fixtures, rewritten as a region's first
FACILITATORS = ("Sweco", "Tillväxtverket", "Regionens utvecklingsavdelning")
SECRET = "Hemliga Hemlighetsdotter"  # a participant: never in a report


def _models(w: Workshop, political: BodyModel, administrative: BodyModel) -> Workshop:
    first = next(iter(Branch))
    if political is BodyModel.ZERO:
        for branch in Branch:
            w = e.place_branch(w, branch, Lane.POLITICAL, "rs")
    elif political is BodyModel.SEVERAL:
        w = e.add_political_body(w, "Kulturnämnden", body_id="kn")
        w = e.place_branch(w, first, Lane.POLITICAL, "kn")
    if administrative is BodyModel.ZERO:
        for branch in Branch:
            w = e.place_branch(w, branch, Lane.ADMINISTRATIVE, "forv-rs")
    elif administrative is BodyModel.SEVERAL:
        w = e.add_administrative_body(w, "Kulturförvaltningen", body_id="kf")
        w = e.place_branch(w, first, Lane.ADMINISTRATIVE, "kf")
    return w


def _roles(n: int, shift: float) -> RoleWeights:
    """A region's roles: its weight on one role, the rest shared (every fifth a tie)."""
    if n % 5 == 0:
        return RoleWeights(finansiaren=0.4, utforaren=0.1, natverkaren=0.4, kapacitetsbyggaren=0.1)
    lead = 0.35 + shift + (n % 4) * 0.05
    second = 0.1 + (n % 3) * 0.08
    rest = (1 - lead - second) / 2
    weights = [rest] * 4
    weights[n % 4] = lead
    weights[(n + 1 + n // 4) % 4 if (n + 1 + n // 4) % 4 != n % 4 else (n + 2) % 4] = second
    return RoleWeights(
        finansiaren=weights[0],
        utforaren=weights[1],
        natverkaren=weights[2],
        kapacitetsbyggaren=weights[3],
    )


def regional(code: str, name: str, day: dt.date, n: int, later: bool) -> Workshop:
    """The example as region `code`'s workshop on `day` (`n`: the region's place; `later`:
    its latest workshop, moved on from its first)."""
    w = load_workshop(SAMPLE)
    w = e.set_region(w, RegionChoice(code=code, name=name))
    w = e.set_details(
        w,
        title=f"Regionens roll: {name} {day.year}",
        date=day,
        facilitator=FACILITATORS[n % len(FACILITATORS)],
        participants=SECRET,
    )
    models = tuple(BodyModel)
    political = models[(n + later) % 3]
    administrative = models[(n * 2 + later) % 3]
    w = _models(w, political, administrative)
    x = round(((n * 37) % 19) / 10 - 0.9, 2)
    y = round(((n * 53) % 17) / 9 - 0.9, 2)
    if later:
        x, y = min(0.95, x + 0.3), min(0.95, y + 0.15)
    w = e.set_matrix_position(w, Moment.TODAY, MatrixPosition(capital_per_capita=y, proactivity=x))
    w = e.set_matrix_position(
        w,
        Moment.AMBITION,
        MatrixPosition(capital_per_capita=min(1.0, y + 0.3), proactivity=min(1.0, x + 0.4)),
    )
    w = e.set_role_weights(w, Moment.TODAY, _roles(n + later, 0.1))
    w = e.set_role_weights(w, Moment.AMBITION, _roles(n + 3, 0.2))
    for k, key in enumerate(Key):
        w = e.set_key(w, key, score=1 + (n + k + later) % 5)
    return w


def _old_format(version: int, code: str, name: str, day: dt.date) -> bytes:
    """A fixture of format `version`, rewritten as region `code`'s workshop on `day`."""
    document = json.loads((FIXTURES / f"workshop-v{version}.regionroll.json").read_text("utf-8"))
    workshop = document["workshop"]
    workshop["region"] = {"code": code, "name": name}
    workshop["details"] = {
        **workshop.get("details", {}),
        "title": f"Regionens roll: {name} {day.year}",
        "date": day.isoformat(),
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode()


def write_series(folder: Path) -> list[Path]:
    """The 42 workshop files into `folder` (made when missing); returns them."""
    folder.mkdir(parents=True, exist_ok=True)
    regions = [r for r in load_reference_set(resource(*SHIPPED)).regions if r.code]
    held = [r for r in regions if r.code not in MISSING]
    paths: list[Path] = []
    old = iter(OLD_FORMATS * 2)
    for n, region in enumerate(held):
        code = region.code or ""
        days = [dt.date(2019 + n % 3, 3 + n % 9, 1 + n)]
        if code in THIRD:
            days.append(dt.date(2022, 2 + n % 10, 10))
        days.append(dt.date(2025 + n % 2, 1 + n % 11, 2 + n))
        for m, day in enumerate(days):
            path = folder / f"{code}-{day.isoformat()}.regionroll.json"
            later = m == len(days) - 1
            version = next(old, None) if m == 0 and n % 2 == 0 else None
            if version is not None:
                path.write_bytes(_old_format(version, code, region.name, day))
            else:
                path.write_bytes(dump_workshop(regional(code, region.name, day, n, later)))
            paths.append(path)
    assert len(paths) == 42, len(paths)
    return paths


if __name__ == "__main__":
    write_series(Path(sys.argv[1]))
