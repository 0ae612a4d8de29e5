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
    Step.GENOMFORANDEPRAKTIK: DeckText(
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
    Step.GENOMFORANDEPRAKTIK: DeckText(
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

# The deck's invitation to name a role of one's own ("Annan roll").
MORE_ROLES = DeckText(
    "Det finns sannolikt fler roller än de som identifieras här.",
    "There are probably more roles than the ones identified here.",
    _ROLES,
)

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
            "Vi vill att RUS:en ska göra skillnad – inte bara vara cirkeln runt allt man gör "
            "– eller hur?",
            "We want the RUS to make a difference – not just be the circle around everything "
            "we do – don't we?",
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
    Step.GENOMFORANDEPRAKTIK: (
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
        DeckText(
            "Hur gör då regionerna för att maximera sitt regionala utvecklingsarbete i praktiken?",
            "How, then, do the regions make the most of their regional development work in "
            "practice?",
            _ROLES,
        ),
        MORE_ROLES,
    ),
}

# The deck's own legend for its two abbreviations (slide "Olika modeller för den politiska
# organisationen"): shown wherever RU or HSV appears.
RU_HSV_LEGEND = DeckText(
    "RU: regional utveckling · HSV: hälso- och sjukvård",
    "RU: regional development · HSV: health care",
    _POLITICAL,
)

# What the deck is for and whom it addresses: its opening slides.
_ABOUT = "Regionens roll"
DECK_PURPOSE = (
    DeckText(
        "Strategiska roller i det regionala utvecklingsarbetet.",
        "Strategic roles in regional development work.",
        _ABOUT,
    ),
    DeckText(
        "Hur regionerna (organisationen) tar en strategisk roll i det regionala "
        "utvecklingsarbetet.",
        "How the regions (the organisation) take a strategic role in regional development.",
        _ABOUT,
    ),
)
DECK_AUDIENCE = DeckText(
    "Ledande tjänstepersoner, strateger, politiker med ansvar för regional utveckling på "
    "regional nivå, SKL med flera.",
    "Leading officials, strategists, politicians responsible for regional development at "
    "regional level, SKL and others.",
    _ABOUT,
)
DECK_EXPECTATIONS = (
    DeckText(
        "Öka kunskapen om regionernas arbete med regional utveckling.",
        "Raise knowledge of the regions' work with regional development.",
        _ABOUT,
    ),
    DeckText(
        "Ge en översikt över regionernas olika roller i genomförandet av det regionala "
        "utvecklingsarbetet.",
        "Give an overview of the regions' different roles in carrying out regional development.",
        _ABOUT,
    ),
    DeckText(
        "Möjliggöra en analys av vilka strategiska konsekvenser olika roller kan få för "
        "regionernas möjligheter och sätt att genomföra det regionala utvecklingsarbetet.",
        "Make it possible to analyse the strategic consequences different roles can have for "
        "the regions' ways of carrying out regional development.",
        _ABOUT,
    ),
    DeckText(
        "Öka förtroende och förståelse för det regionala utvecklingsarbetet.",
        "Raise trust in and understanding of regional development work.",
        _ABOUT,
    ),
)

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

SHARED_HSV_QUESTION = DeckText(
    "Gemensam nämnd med HSV kan kräva större mognad för RU-frågorna?",
    "A nämnd shared with health care may require more maturity in the regional development issues?",
    _POLITICAL,
)

ORGANISATION_FURTHER_POINTS: tuple[DeckText, ...] = (
    DeckText(
        "Regionens storlek och komplexitet en faktor att ta hänsyn till",
        "The region's size and complexity is a factor to take into account",
        _POLITICAL,
    ),
    SHARED_HSV_QUESTION,
)

_FIN = "Finansiären"
_KAP = "Kapacitetsbyggaren"
_UTF = "Utföraren"
_NAT = "Nätverkaren"

# Each role's description, as the deck's four role slides put it.
ROLE_DESCRIPTIONS: dict[Role, tuple[DeckText, ...]] = {
    Role.FINANSIAREN: (
        DeckText(
            "Regionen intar rollen av att i huvudsak arbeta med de resurser man själv "
            "kontrollerar – statliga 1:1-anslaget och egna regionala medel.",
            "The region mainly works with the resources it controls itself – the state 1:1 "
            "appropriation and its own regional funds.",
            _FIN,
        ),
        DeckText(
            "Regionen fördelar resurserna t.ex. genom utlysningar och använder i olika grad "
            "utlysningarna för att utöva en styrning av andra aktörer.",
            "The region hands out the resources, e.g. through open calls, and uses the calls to "
            "a varying degree to steer other actors.",
            _FIN,
        ),
        DeckText(
            "Finansiärsregionen har ibland en avvaktande hållning till att aktivt och "
            "strategiskt söka påverka aktörerna (kommuner, näringslivsorganisationer, "
            "universitet och högskolor m.fl.).",
            "The financier region sometimes waits rather than actively and strategically "
            "influencing the actors (municipalities, business organisations, universities and "
            "colleges, and others).",
            _FIN,
        ),
        DeckText(
            "Finansiären har svårt att öka mängden strategiskt utvecklingskapital, blir ofta "
            "beroende av parternas egna styrkor.",
            "The financier finds it hard to grow the amount of strategic development capital "
            "and often depends on the partners' own strengths.",
            _FIN,
        ),
    ),
    Role.KAPACITETSBYGGAREN: (
        DeckText(
            "Regionen intar en aktiv och långsiktigt strategisk roll i det regionala "
            "utvecklingsarbetet.",
            "The region takes an active, long-term strategic role in regional development.",
            _KAP,
        ),
        DeckText(
            "Kapacitetsbyggaren är ofta beredd att sätta av en större mängd egna resurser.",
            "The capacity builder is often ready to set aside more of its own resources.",
            _KAP,
        ),
        DeckText(
            "Målet är att bygga kompetens och kapacitet hos regionens övriga aktörer så att "
            "dessa blir starkare i att attrahera mera tillväxtkapital till regionen.",
            "The aim is to build competence and capacity in the region's other actors so that "
            "they attract more growth capital to the region.",
            _KAP,
        ),
        DeckText(
            "Styrningen är långsiktig och strategisk.",
            "The steering is long-term and strategic.",
            _KAP,
        ),
        DeckText(
            "Många regioner strävar efter denna roll men inte så många har nått den.",
            "Many regions strive for this role, but not many have reached it.",
            _KAP,
        ),
        DeckText(
            "Kapacitetsbyggaren investerar eget kapital för att på sikt öka förmågan att "
            "generera externt kapital.",
            "The capacity builder invests its own capital to raise, over time, the ability to "
            "bring in external capital.",
            _KAP,
        ),
    ),
    Role.UTFORAREN: (
        DeckText(
            "Regionen vill bygga kapacitet, men saknar ofta aktörer med tillräcklig kraft.",
            "The region wants to build capacity but often lacks actors with enough strength.",
            _UTF,
        ),
        DeckText(
            "”Tvingas” därför ta aktiva roller, tänkta att gälla i ett inledande skede men blir "
            "ofta långvarigt.",
            "It is therefore “forced” into active roles, meant for a first phase but often "
            "lasting.",
            _UTF,
        ),
        DeckText(
            "Finns ibland också en önskan om att bygga upp den egna organisationen och använder "
            "då projektmedel för detta.",
            "Sometimes it also wants to build up its own organisation and uses project money "
            "for it.",
            _UTF,
        ),
        DeckText(
            "Investerar också eget kapital för att bygga förmåga, men riskerar sårbarhet i den "
            "egna organisationen.",
            "It also invests its own capital to build ability, but risks vulnerability in its "
            "own organisation.",
            _UTF,
        ),
    ),
    Role.NATVERKAREN: (
        DeckText(
            "Regionen vill bygga kapacitet, men saknar kapital för att finansiera denna.",
            "The region wants to build capacity but lacks the capital to finance it.",
            _NAT,
        ),
        DeckText(
            "”Tvingas” därför söka samverkan utan möjlighet att erbjuda långsiktig finansiering.",
            "It is therefore “forced” to seek cooperation without offering long-term financing.",
            _NAT,
        ),
        DeckText(
            "Nätverkarregionerna blir ofta mindre styrande.",
            "Networker regions often steer less.",
            _NAT,
        ),
        DeckText(
            "Blir lätt beroende av kompetens och kapacitet hos andra aktörer.",
            "It easily becomes dependent on other actors' competence and capacity.",
            _NAT,
        ),
    ),
}

ROLES_NOT_A_CLASSIFICATION = DeckText(
    "Syftet är att illustrera strategier och inspirera till utveckling, inte att klassificera "
    "regioner: en region tar oftast flera roller samtidigt – det handlar om var man har sin "
    "tyngd (huvudroll). Rolltagandet är en process, inte statiskt.",
    "The purpose is to illustrate strategies and inspire development, not to classify regions: "
    "a region usually takes several roles at once – it is about where its weight lies (its "
    "main role). Taking a role is a process, not a state.",
    _ROLES,
)

_LANDSCAPE = "Regional utveckling i ständig förändring"

# The deck's timeline: rows (Ansvar, Mål, Drivkraft) by era (1975, 2000, 2020).
LANDSCAPE_ERAS = ("1975", "2000", "2020")
LANDSCAPE: tuple[tuple[DeckText, tuple[DeckText, DeckText, DeckText]], ...] = (
    (
        DeckText("Ansvar", "Ansvar (responsibility)", _LANDSCAPE),
        (
            DeckText("Statens förlängda arm", "The state's extended arm", _LANDSCAPE),
            DeckText("Den regionala röran", "The regional muddle", _LANDSCAPE),
            DeckText(
                "Ett samlat regionalt ansvar", "One joint regional responsibility", _LANDSCAPE
            ),
        ),
    ),
    (
        DeckText("Mål", "Mål (goal)", _LANDSCAPE),
        (
            DeckText("Utjämning av skillnader", "Evening out differences", _LANDSCAPE),
            DeckText("Tillväxt i alla regioner", "Growth in every region", _LANDSCAPE),
            DeckText("Hållbar utveckling", "Sustainable development", _LANDSCAPE),
        ),
    ),
    (
        DeckText("Drivkraft", "Drivkraft (driving force)", _LANDSCAPE),
        (
            DeckText("Investeringar", "Investment", _LANDSCAPE),
            DeckText("Innovation och talang", "Innovation and talent", _LANDSCAPE),
            DeckText("Människors livsval", "People's life choices", _LANDSCAPE),
        ),
    ),
)
LANDSCAPE_POINT = DeckText(
    "Vi har ett nytt regionalt utvecklingslandskap. Frågan är hur vi förvaltar det?",
    "We have a new regional development landscape. The question is how we manage it.",
    _LANDSCAPE,
)

# The deck's axis words (slide "Det regionala utvecklingskapitalets karaktär") and the
# quadrants they make: upper right, upper left, lower right, lower left.
AXIS_WORDS = {
    Language.SV: {
        "more": "Mer kapital per capita",
        "less": "Mindre kapital per capita",
        "proactive": "Mer proaktivt kapital",
        "reactive": "Mer reaktivt kapital",
    },
    Language.EN: {
        "more": "More capital per capita",
        "less": "Less capital per capita",
        "proactive": "More proactive capital",
        "reactive": "More reactive capital",
    },
}
QUADRANT_CAPTIONS = {
    Language.SV: (
        "Mer kapital,\nmer proaktivt",
        "Mer kapital,\nmer reaktivt",
        "Mindre kapital,\nmer proaktivt",
        "Mindre kapital,\nmer reaktivt",
    ),
    Language.EN: (
        "More capital,\nmore proactive",
        "More capital,\nmore reactive",
        "Less capital,\nmore proactive",
        "Less capital,\nmore reactive",
    ),
}
