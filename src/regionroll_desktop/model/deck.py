"""What the deck "Regionens roll" (WSP for SKL, November 2019) says, in Swedish and English.

Each text carries the slide it comes from so the UI can answer "says who?". The Swedish is the
deck's own wording; the English is this project's translation of it.
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocabulary import BodyModel, Branch, Key, Language, Role, Step

DECK_SOURCE = (
    "WSP för SKL, ”Regionens roll”, november 2019; underlag till SKR, ”Regionerna 2019 och "
    "utvecklingsarbetet” (2020)"
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
        return f"{DECK_SOURCE}, bilden ”{self.slide}”"


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

_FINANCE = "Finansieringen av regional utveckling: Det regionala utvecklingskapitalets karaktär"
_STRATEGY = "RUS:en i en strategi-struktur"
_RELEVANT = "Hur ska RUS:en bli relevant?"

# What the deck says around each question: shown beside the step's note.
STEP_CONTEXT: dict[Step, tuple[DeckText, ...]] = {
    Step.ORGANISATION: (
        DeckText(
            "Politisk organisation: 0, 1 eller 2+ nämnder med ansvar för regional utveckling.",
            "Political organisation: 0, 1 or 2+ nämnder responsible for regional development.",
            _POLITICAL,
        ),
        DeckText(
            "Förvaltningsorganisation: ingen särskild förvaltning, en samlad förvaltning, eller "
            "frågorna fördelade på flera förvaltningar.",
            "Administration: no dedicated administration, one joint administration, or the "
            "issues spread over several administrations.",
            _ADMINISTRATIVE,
        ),
        DeckText(
            "Kommunerna involveras oftast genom regionala råd eller beredningar kopplade till "
            "nämnd eller RS.",
            "The municipalities are most often involved through regional councils or "
            "preparatory bodies tied to the nämnd or to Regionstyrelsen.",
            _POLITICAL,
        ),
        DeckText(
            "Regionens storlek och komplexitet är en faktor att ta hänsyn till.",
            "The region's size and complexity is a factor to take into account.",
            _POLITICAL,
        ),
    ),
    Step.FINANSIERING: (
        DeckText(
            "Kapitalmatrisen: mer eller mindre kapital per capita, och mer proaktivt eller mer "
            "reaktivt kapital.",
            "The capital matrix: more or less capital per capita, and more proactive or more "
            "reactive capital.",
            _FINANCE,
        ),
        DeckText(
            "Kapitalet är det statliga anslaget 1:1 och regionens egna medel för regional "
            "utveckling.",
            "The capital is the state appropriation 1:1 and the region's own funds for regional "
            "development.",
            _FINANCE,
        ),
    ),
    Step.STRATEGI: (
        DeckText(
            "Strategistrukturen: RUS; VP/RP/ÖP och delområdesstrategier; handlingsplaner och "
            "understrategier.",
            "The strategy structure: the RUS; plans (VP/RP/ÖP) and field strategies; action "
            "plans and sub-strategies.",
            _STRATEGY,
        ),
        DeckText(
            "En bred RUS, som omfattar många områden och ska fungera som överordnad strategi, "
            "riskerar också att bli lite relevant.",
            "A broad RUS, covering many areas and meant as the overarching strategy, also risks "
            "having little relevance.",
            _RELEVANT,
        ),
        DeckText(
            "RUS:en måste återspegla de politiska prioriteringarna i regionen – men också "
            "fokusera områden som kräver samhandling.",
            "The RUS must mirror the region's political priorities – but also focus on areas "
            "that need joint action.",
            _RELEVANT,
        ),
    ),
    Step.GENOMFORANDE: (
        DeckText(
            "Fyra roller: Finansiären, Utföraren, Nätverkaren och Kapacitetsbyggaren.",
            "Four roles: Finansiären, Utföraren, Nätverkaren and Kapacitetsbyggaren.",
            _ROLES,
        ),
        DeckText(
            "Syftet är att illustrera och inspirera, inte att klassificera regioner: en region "
            "tar oftast flera roller samtidigt – det handlar om var man har sin tyngd.",
            "The purpose is to illustrate and inspire, not to classify regions: a region usually "
            "takes several roles at once – it is about where its weight lies.",
            _ROLES,
        ),
        DeckText(
            "Rolltagandet är en process, inte statiskt.",
            "Taking a role is a process, not a state.",
            _ROLES,
        ),
    ),
}

# The deck's assessment of each political model (slide "Olika modeller för den politiska
# organisationen"); the deck gives none for the administrative models.
POLITICAL_ASSESSMENTS: dict[BodyModel, tuple[DeckText, ...]] = {
    BodyModel.ZERO: (
        DeckText(
            "Frågorna alltid och aldrig på dagordningen",
            "The issues are always and never on the agenda",
            _POLITICAL,
        ),
        DeckText(
            "Underlättar integrationen mellan RU och HSV",
            "Eases integration between regional development and health care",
            _POLITICAL,
        ),
    ),
    BodyModel.ONE: (
        DeckText(
            "Skapar utrymme för den politiska dialogen",
            "Makes room for political dialogue",
            _POLITICAL,
        ),
        DeckText("Samlar RU-frågorna", "Gathers the regional development issues", _POLITICAL),
        DeckText(
            "Risk för klyfta mellan RU och HSV",
            "Risk of a gap between regional development and health care",
            _POLITICAL,
        ),
    ),
    BodyModel.SEVERAL: (
        DeckText(
            "Skapar utrymme för den politiska dialogen",
            "Makes room for political dialogue",
            _POLITICAL,
        ),
        DeckText(
            "Risk för splittring av RU-frågorna",
            "Risk of fragmenting the regional development issues",
            _POLITICAL,
        ),
    ),
}

ORGANISATION_FURTHER_POINTS: tuple[DeckText, ...] = (
    DeckText(
        "Regionens storlek och komplexitet en faktor att ta hänsyn till",
        "The region's size and complexity is a factor to take into account",
        _POLITICAL,
    ),
    DeckText(
        "Gemensam nämnd med HSV kan kräva större mognad för RU-frågorna?",
        "A nämnd shared with health care may require more maturity in the regional "
        "development issues?",
        _POLITICAL,
    ),
)
