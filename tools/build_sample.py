"""Build the sample workshop shipped with the app (resources/samples/).

    uv run python tools/build_sample.py

The region is invented and every choice in it is an example, labelled so in the workshop's
title, its region's name and each step's note: it shows a newcomer every canvas filled in. No
fact in it comes from, or is attributed to, the deck or any statistics.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from regionroll_desktop.analysis.roles import weights_at
from regionroll_desktop.model import (
    ActionStatus,
    Branch,
    CapitalNumbers,
    FocusTier,
    Key,
    MatrixPosition,
    MunicipalInvolvement,
    RegionChoice,
    Side,
    Step,
    StrategyKind,
    Workshop,
)
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import save_workshop

OUT = Path(__file__).resolve().parents[1] / "resources" / "samples" / "exempel.regionroll.json"
WHEN = dt.datetime(2026, 11, 27, 10, 30, tzinfo=dt.UTC)
NOTE = "(Exempel: en påhittad region.) "


def at(capital: float, proactivity: float) -> MatrixPosition:
    return MatrixPosition(capital_per_capita=capital, proactivity=proactivity)


def build() -> Workshop:
    w = e.new_workshop(
        RegionChoice(name="Exempelregionen (påhittad)"),
        "Exempel: Regionens roll – en påhittad region",
    )
    w = e.set_details(
        w,
        date=dt.date(2026, 11, 27),
        place="Exempelstad",
        facilitator="Exempel Processledare",
        participants="Regionstyrelsens arbetsutskott (exempel)\nRegionala utvecklingsnämnden"
        " (exempel)\nRegionala utvecklingsdirektören (exempel)",
    )
    for gid, name in (("grupp-a", "Grupp A"), ("grupp-b", "Grupp B"), ("grupp-c", "Grupp C")):
        w = e.add_group(w, name, group_id=gid)
    # Group A the elected members, group B the officials, group C mixed: the maps and the
    # keys show the first two side by side.
    w = e.update_group(w, "grupp-a", side=Side.ELECTED)
    w = e.update_group(w, "grupp-b", side=Side.OFFICIALS)

    # 1. Organisation: one nämnd for regional development, one förvaltning (model 1/1).
    w = e.add_political_body(w, "Regionala utvecklingsnämnden", "run")
    w = e.add_administrative_body(w, "Regional utveckling", "ruf")
    for branch in (
        Branch.NARINGSLIV,
        Branch.KOMPETENSFORSORJNING,
        Branch.PLAN,
        Branch.KULTUR,
        Branch.BILDNING,
    ):
        w = e.place_branch(w, branch, "political", "run")
        w = e.place_branch(w, branch, "administrative", "ruf")
    for branch in (Branch.KOLLEKTIVTRAFIK, Branch.INFRASTRUKTUR, Branch.FOLKHALSA):
        w = e.place_branch(w, branch, "political", "rs")
    w = e.place_branch(w, Branch.FOLKHALSA, "administrative", e.GENERAL_ADMINISTRATION_ID)
    w = e.place_branch(w, Branch.KOLLEKTIVTRAFIK, "administrative", "ruf")
    w = e.place_branch(w, Branch.INFRASTRUKTUR, "administrative", "ruf")
    w = e.set_outside_remit(w, Branch.MILJO, True)
    w = e.set_municipal_involvement(w, MunicipalInvolvement.COUNCILS)
    w = e.set_note(
        w,
        Step.ORGANISATION,
        NOTE + "Rummet vill pröva om folkhälsan ska flyttas till utvecklingsnämnden.",
    )
    before_break = w

    # 2. Finansiering: today and the ambition, and the three groups' own answers.
    w = e.set_matrix_position(w, "today", at(-0.3, -0.45))
    w = e.set_matrix_position(w, "ambition", at(-0.1, 0.4))
    # The region's own numbers, invented like the region: most of it handed out through
    # utlysningar, which the reactive marker today agrees with.
    w = e.set_capital_numbers(
        w,
        CapitalNumbers(
            year=2025,
            source="Påhittade siffror (exempel)",
            anslag=120.0,
            own_funds=40.0,
            external_funds=95.0,
            distributed_share=70,
        ),
    )
    for gid, position in (
        ("grupp-a", at(-0.12, -0.55)),
        ("grupp-b", at(-0.4, -0.3)),
        ("grupp-c", at(-0.38, -0.72)),
    ):
        w = e.set_group_position(w, gid, "today", position)
    w = e.set_group_position(w, "grupp-a", "ambition", at(0.0, 0.5))
    w = e.set_group_position(w, "grupp-b", "ambition", at(-0.45, -0.1))
    w = e.set_note(
        w, Step.FINANSIERING, NOTE + "Grupperna är överens om i dag; ambitionen skiljer sig."
    )

    # 3. Strategi: a RUS, plans and field strategies, action plans, and the RUS's focus.
    for doc_id, title, kind, year, branches in (
        ("rus", "Regional utvecklingsstrategi 2030", StrategyKind.RUS, 2021, tuple(Branch)),
        ("rp", "Regionplan", StrategyKind.PLAN, 2024, (Branch.PLAN, Branch.INFRASTRUKTUR)),
        ("s3", "Smart specialisering", StrategyKind.DELOMRADESSTRATEGI, 2022, (Branch.NARINGSLIV,)),
        ("kultur", "Kulturplan", StrategyKind.DELOMRADESSTRATEGI, 2023, (Branch.KULTUR,)),
        (
            "komp",
            "Kompetensplan",
            StrategyKind.HANDLINGSPLAN,
            2023,
            (Branch.KOMPETENSFORSORJNING, Branch.BILDNING),
        ),
        ("bn", "Besöksnäringens handlingsplan", StrategyKind.HANDLINGSPLAN, 2020, ()),
    ):
        w = e.add_document(w, title, kind, year, branches, doc_id)
    for document, source in (("rp", "rus"), ("s3", "rus"), ("kultur", "rus"), ("komp", "s3")):
        w = e.add_link(w, document, source)
    # The RUS's priorities, each with the deck's two tests (a political priority; needs
    # samhandling) and what carries it: the Spets priority passes neither (the board says so).
    for area_id, text, tier, political, samhandling, branches, documents in (
        (
            "focus-kompetens",
            "Kompetensförsörjning",
            FocusTier.KARNA,
            True,
            True,
            (Branch.KOMPETENSFORSORJNING, Branch.BILDNING),
            ("komp",),
        ),
        (
            "focus-transporter",
            "Hållbara transporter",
            FocusTier.KARNA,
            False,
            True,
            (Branch.KOLLEKTIVTRAFIK, Branch.INFRASTRUKTUR),
            ("rp",),
        ),
        ("focus-besok", "Besöksnäring", FocusTier.BREDD, False, False, (), ("bn",)),
        ("focus-kultur", "Kultur och fritid", FocusTier.BREDD, True, False, (Branch.KULTUR,), ()),
        ("focus-livsmedel", "Livsmedel och förädling", FocusTier.SPETS, False, False, (), ("s3",)),
    ):
        w = e.add_focus_area(w, text, tier, area_id)
        w = e.update_focus_area(
            w,
            area_id,
            political=political,
            samhandling=samhandling,
            branches=branches,
            documents=documents,
        )
    w = e.set_note(
        w, Step.STRATEGI, NOTE + "Besöksnäringens plan står för sig själv: koppla den till RUS:en?"
    )

    # 4. Genomförandepraktik: today, the ambition, and two groups' views.
    w = e.set_role_weights(w, "today", weights_at(0.25, 0.3))
    w = e.set_role_weights(w, "ambition", weights_at(0.7, 0.75))
    w = e.set_group_roles(w, "grupp-a", "today", weights_at(0.2, 0.25))
    w = e.set_group_roles(w, "grupp-b", "today", weights_at(0.35, 0.4))
    w = e.set_note(
        w,
        Step.GENOMFORANDEPRAKTIK,
        NOTE + "Ambitionen: mer av Kapacitetsbyggaren – men var ska kapitalet komma ifrån?",
    )

    # The keys, and the time each step took.
    for key, score, note in (
        (Key.POLITIK, 4, "Tydligt mandat (exempel)."),
        (Key.FORVALTNING, 3, ""),
        (Key.FINANSIERING, 2, "Lite proaktivt kapital (exempel)."),
        (Key.STRATEGI, 3, ""),
        (Key.ROLL, 3, ""),
    ):
        w = e.set_key(w, key, score=score, note=note)
    for step, planned, spent in (
        (Step.ORGANISATION, 30, 32 * 60),
        (Step.FINANSIERING, 25, 21 * 60),
        (Step.STRATEGI, 30, 35 * 60),
        (Step.GENOMFORANDEPRAKTIK, 25, 18 * 60),
    ):
        w = e.set_step_timing(w, step, planned_minutes=planned, spent_seconds=spent)

    # What the room concluded, and what it will do (all invented, like the region).
    for step, text, agreed in (
        (Step.ORGANISATION, "Folkhälsan utreds som en del av utvecklingsnämnden (exempel).", False),
        (
            Step.FINANSIERING,
            "Mer av kapitalet ska vara proaktivt; ambitionen behöver en finansieringsplan "
            "(exempel).",
            True,
        ),
        (Step.STRATEGI, "Besöksnäringens plan ska utgå från RUS:en (exempel).", True),
        (
            Step.GENOMFORANDEPRAKTIK,
            "Regionen vill gå mot Kapacitetsbyggaren, i takt med att kapitalet växer (exempel).",
            False,
        ),
    ):
        w = e.set_conclusion(w, step, text=text, agreed=agreed)
    # What the ambition (Kapacitetsbyggaren, from Finansiären) means for the region.
    for step, text in (
        (
            Step.ORGANISATION,
            "Förvaltningen behöver bygga kapacitet hos kommuner och lärosäten (exempel)",
        ),
        (
            Step.FINANSIERING,
            "Ta fram en plan för proaktivt kapital\n"
            "Fler långsiktiga satsningar, färre utlysningar (exempel)",
        ),
        (Step.STRATEGI, "RUS:ens prioriteringar styr var de egna medlen investeras (exempel)"),
    ):
        w = e.set_consequence(w, step, text)
    for action_id, what, who, due, step, status in (
        (
            "action-plan",
            "Ta fram en plan för proaktivt kapital",
            "Regiondirektören",
            dt.date(2027, 3, 31),
            Step.FINANSIERING,
            ActionStatus.AGREED,
        ),
        (
            "action-folkhalsa",
            "Utred var folkhälsan hör hemma",
            "Kansliet för regional utveckling",
            dt.date(2027, 2, 28),
            Step.ORGANISATION,
            ActionStatus.PROPOSED,
        ),
        (
            "action-besok",
            "Koppla besöksnäringens plan till RUS:en",
            "Enheten för näringsliv",
            dt.date(2027, 6, 30),
            Step.STRATEGI,
            ActionStatus.AGREED,
        ),
        (
            "action-aterkoppling",
            "Återkoppla workshoppen till regionstyrelsen",
            "Processledaren",
            dt.date(2026, 12, 15),
            None,
            ActionStatus.DONE,
        ),
    ):
        w = e.add_action(w, what, action_id, who=who, due=due, step=step, status=status)

    # Two groups' dot votes: three dots each, on the actions and one RUS priority.
    skills = w.strategy.focus_areas[0].id  # Kompetensförsörjning
    for group, target in (
        ("grupp-a", "action-plan"),
        ("grupp-a", "action-plan"),
        ("grupp-a", skills),
        ("grupp-b", "action-plan"),
        ("grupp-b", "action-besok"),
        ("grupp-b", "action-folkhalsa"),
    ):
        w = e.add_dot(w, group, target)
    w = e.order_actions_by_dots(w)

    w = e.park_question(
        w,
        "Hur påverkar den nya kollektivtrafiklagen nämnderna? (exempel)",
        Step.ORGANISATION,
        "parked-trafik",
    )
    w = e.park_question(
        w, "Vilka projektmedel tar slut 2027? (exempel)", Step.FINANSIERING, "parked-projekt"
    )
    w = e.set_parked_closed(w, "parked-projekt", True)

    # A snapshot from before the break, to compare with.
    taken = e.take_snapshot(before_break, "Före pausen", WHEN, "snap-paus")
    return e.evolve(w, snapshots=taken.snapshots)


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    save_workshop(build(), OUT)
    OUT.with_name(OUT.name + ".bak").unlink(missing_ok=True)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
