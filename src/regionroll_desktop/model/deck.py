"""What the deck "Regionens roll" (WSP for SKL, November 2019) says, in Swedish and English.

Each text carries the slide it comes from so the UI can answer "says who?". The Swedish is the
deck's own wording; the English is this project's translation of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import BodyModel, Branch, Key, Language, Role, Step

DECK_SOURCE = (
    'WSP för SKL, "Regionens roll", november 2019; underlag till SKR, "Regionerna 2019 och '
    'utvecklingsarbetet" (2020)'
)


@dataclass(frozen=True, slots=True)
class DeckText:
    sv: str
    en: str
    slide: str  # the slide's heading, so a reader can find it in the deck

    def text(self, language: Language) -> str:
        return self.sv if language is Language.SV else self.en

    @property
    def source(self) -> str:
        return f'{DECK_SOURCE}, bilden "{self.slide}"'


_TREE = "Det regionala utvecklingsträdet har många grenar"

BRANCH_LABELS: dict[Branch, DeckText] = {
    Branch.FOLKHALSA: DeckText("Folkhälsa", "Folkhälsa (public health)", _TREE),
    Branch.BILDNING: DeckText("Bildning", "Bildning (education)", _TREE),
    Branch.NARINGSLIV: DeckText(
        "Näringsliv och innovation", "Näringsliv och innovation (business and innovation)", _TREE
    ),
    Branch.KOMPETENSFORSORJNING: DeckText(
        "Kompetensförsörjning", "Kompetensförsörjning (skills supply)", _TREE
    ),
    Branch.PLAN: DeckText("Plan", "Plan (regional planning)", _TREE),
    Branch.KOLLEKTIVTRAFIK: DeckText(
        "Kollektivtrafik", "Kollektivtrafik (public transport)", _TREE
    ),
    Branch.MILJO: DeckText("Miljö", "Miljö (environment)", _TREE),
    Branch.INFRASTRUKTUR: DeckText("Infrastruktur", "Infrastruktur (infrastructure)", _TREE),
    Branch.KULTUR: DeckText("Kultur", "Kultur (culture)", _TREE),
}

STEP_TITLES: dict[Step, DeckText] = {
    Step.ORGANISATION: DeckText("Organisation", "Organisation", _TREE),
    Step.FINANSIERING: DeckText("Finansiering", "Finansiering (financing)", _TREE),
    Step.STRATEGI: DeckText("Strategi", "Strategi (strategy)", _TREE),
    Step.GENOMFORANDE: DeckText(
        "Genomförandepraktik", "Genomförandepraktik (implementation)", _TREE
    ),
}

STEP_QUESTIONS: dict[Step, DeckText] = {
    Step.ORGANISATION: DeckText(
        "Hur avgränsar och organiserar man det regionala uppdraget: i politik och förvaltning?",
        "How is the regional mission bounded and organised, in politics and in the administration?",
        _TREE,
    ),
    Step.FINANSIERING: DeckText(
        "Vilka finansiella förutsättningar och strategier finns?",
        "Which financial conditions and strategies exist?",
        _TREE,
    ),
    Step.STRATEGI: DeckText(
        "Hur formar man de regionala utvecklingsstrategierna?",
        "How are the regional development strategies shaped?",
        _TREE,
    ),
    Step.GENOMFORANDE: DeckText(
        "Vilka olika roller tar och kan regionerna ta i genomförandet?",
        "Which roles do the regions take, and which can they take, in implementation?",
        _TREE,
    ),
}

_POLITICAL = "Olika modeller för den politiska organisationen"
_ADMINISTRATIVE = "Olika modeller för förvaltningsorganisationen"

POLITICAL_MODELS: dict[BodyModel, DeckText] = {
    BodyModel.ZERO: DeckText(
        "Ingen nämnd med specifikt regionalt utvecklingsansvar – frågorna under Regionstyrelsen",
        "No nämnd with specific responsibility for regional development – the issues sit "
        "under Regionstyrelsen",
        _POLITICAL,
    ),
    BodyModel.ONE: DeckText(
        "En nämnd för regional utveckling – olika vilka ”grenar” som ingår",
        "One nämnd for regional development – which “branches” it holds varies",
        _POLITICAL,
    ),
    BodyModel.SEVERAL: DeckText(
        "Flera nämnder – fördelade för olika ”grenar”",
        "Several nämnder – the “branches” split between them",
        _POLITICAL,
    ),
}

ADMINISTRATIVE_MODELS: dict[BodyModel, DeckText] = {
    BodyModel.ZERO: DeckText(
        "Ingen särskild förvaltning, del i exempelvis regionstyrelsens förvaltning",
        "No dedicated administration; part of, for example, the regional board's administration",
        _ADMINISTRATIVE,
    ),
    BodyModel.ONE: DeckText(
        "En samlad förvaltning för regional utveckling – olika vad som ingår",
        "One joint administration for regional development – what it holds varies",
        _ADMINISTRATIVE,
    ),
    BodyModel.SEVERAL: DeckText(
        "Regionala frågor fördelade på flera förvaltningar",
        "The regional issues spread over several administrations",
        _ADMINISTRATIVE,
    ),
}

_ROLES = "Regionernas rolltagande"

ROLE_NAMES: dict[Role, DeckText] = {
    Role.FINANSIAREN: DeckText("Finansiären", "Finansiären (the financier)", _ROLES),
    Role.UTFORAREN: DeckText("Utföraren", "Utföraren (the doer)", _ROLES),
    Role.NATVERKAREN: DeckText("Nätverkaren", "Nätverkaren (the networker)", _ROLES),
    Role.KAPACITETSBYGGAREN: DeckText(
        "Kapacitetsbyggaren", "Kapacitetsbyggaren (the capacity builder)", _ROLES
    ),
}

_KEYS = "Nycklar i regionernas arbete med regional utveckling"

KEY_POINTS: dict[Key, tuple[DeckText, DeckText]] = {
    Key.POLITIK: (
        DeckText("Politik", "Politik (politics)", _KEYS),
        DeckText(
            "Göra regional utveckling till en politisk – inte byråkratisk fråga",
            "Make regional development a political question, not a bureaucratic one",
            _KEYS,
        ),
    ),
    Key.FORVALTNING: (
        DeckText("Förvaltning", "Förvaltning (administration)", _KEYS),
        DeckText(
            "Hur undvika att RU ”försvinner” i de stora hälso- och sjukvårdsuppgifterna",
            "How to keep regional development from “disappearing” among the large "
            "health-care tasks",
            _KEYS,
        ),
    ),
    Key.FINANSIERING: (
        DeckText("Finansiering", "Finansiering (financing)", _KEYS),
        DeckText(
            "Skapa ett finansiellt handlingsutrymme",
            "Create financial room for manoeuvre",
            _KEYS,
        ),
    ),
    Key.STRATEGI: (
        DeckText("Strategi", "Strategi (strategy)", _KEYS),
        DeckText(
            "Strategier som engagerar parterna och som gör skillnad",
            "Strategies that engage the partners and make a difference",
            _KEYS,
        ),
    ),
    Key.ROLL: (
        DeckText("Roll", "Roll (role)", _KEYS),
        DeckText(
            "Investera i andra aktörer för att attrahera resurser och mobilisera för förändring",
            "Invest in other actors, to attract resources and mobilise for change",
            _KEYS,
        ),
    ),
}
