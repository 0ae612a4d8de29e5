"""The deck's fixed vocabulary: branches, steps, strategy kinds, roles, keys.

Identifiers in files are stable ASCII words; the Swedish words stay Swedish in the UI
(see `deck.py` for labels in both languages).
"""

from __future__ import annotations

from enum import StrEnum


class Branch(StrEnum):
    """The nine branches of the deck's "regional development tree"."""

    FOLKHALSA = "folkhalsa"
    BILDNING = "bildning"
    NARINGSLIV = "naringsliv_innovation"
    KOMPETENSFORSORJNING = "kompetensforsorjning"
    PLAN = "plan"
    KOLLEKTIVTRAFIK = "kollektivtrafik"
    MILJO = "miljo"
    INFRASTRUKTUR = "infrastruktur"
    KULTUR = "kultur"


class Side(StrEnum):
    """Which side of the table a group or a phone speaks from: the elected members
    (förtroendevalda) or the officials (tjänstepersoner). The deck's key Politik is "att göra
    regional utveckling till en politisk – inte byråkratisk fråga": where the two place the
    region differently is the room's result."""

    ELECTED = "elected"
    OFFICIALS = "officials"


class Step(StrEnum):
    """The deck's four questions, which are the four steps of a workshop."""

    ORGANISATION = "organisation"
    FINANSIERING = "finansiering"
    STRATEGI = "strategi"
    GENOMFORANDEPRAKTIK = "genomforandepraktik"


class Moment(StrEnum):
    """When a marker on the capital matrix or the role map stands: where the region is today,
    or where it wants to be (the ambition)."""

    TODAY = "today"
    AMBITION = "ambition"


class Lane(StrEnum):
    """The Organisation step's two lanes: the political organisation and the administrative."""

    POLITICAL = "political"
    ADMINISTRATIVE = "administrative"


class BodyModel(StrEnum):
    """How many bodies carry the RU branches: the deck's 0 / 1 / 2+ models."""

    ZERO = "0"
    ONE = "1"
    SEVERAL = "2+"


class PoliticalBodyKind(StrEnum):
    """Regionstyrelsen, or which kind of nämnd (the deck's models count the nämnder with a
    specific responsibility for regional development)."""

    REGIONSTYRELSE = "regionstyrelse"
    NAMND = "namnd"  # a nämnd with specific responsibility for regional development
    SECTOR = "sector_namnd"  # another sector's nämnd (kultur, trafik …) that holds a branch
    SHARED_HSV = "shared_hsv"  # a nämnd for regional development shared with HSV


class AdministrativeBodyKind(StrEnum):
    # The general administration, e.g. the regional board's own: branches held here
    # mean "no dedicated RU administration" (the deck's model 0).
    GENERAL = "general"
    FORVALTNING = "forvaltning"  # a förvaltning for regional development: counted
    # Another sector's förvaltning (kultur, trafik …) that holds a branch: not counted, as
    # another sector's nämnd is not in the political lane (format 7).
    SECTOR = "sector_forvaltning"


class MunicipalInvolvement(StrEnum):
    IN_NAMND = "in_namnd"
    COUNCILS = "councils"
    NEITHER = "neither"


class StrategyKind(StrEnum):
    RUS = "rus"
    PLAN = "plan"  # VP/RP/ÖP
    DELOMRADESSTRATEGI = "delomradesstrategi"
    HANDLINGSPLAN = "handlingsplan"  # handlingsplaner / understrategier

    @property
    def level(self) -> int:
        """Level in the strategy pyramid: 1 is the top (the RUS)."""
        return {"rus": 1, "plan": 2, "delomradesstrategi": 2, "handlingsplan": 3}[self.value]


class FocusTier(StrEnum):
    KARNA = "karna"
    BREDD = "bredd"
    SPETS = "spets"


class Role(StrEnum):
    FINANSIAREN = "finansiaren"
    UTFORAREN = "utforaren"
    NATVERKAREN = "natverkaren"
    KAPACITETSBYGGAREN = "kapacitetsbyggaren"


class Key(StrEnum):
    POLITIK = "politik"
    FORVALTNING = "forvaltning"
    FINANSIERING = "finansiering"
    STRATEGI = "strategi"
    ROLL = "roll"


class Language(StrEnum):
    SV = "sv"
    EN = "en"


class ActionStatus(StrEnum):
    """An action's state: proposed, agreed by the room, started, done. A workshop proposes
    and agrees; it never decides (a beslut is fullmäktige's, a nämnd's or a delegate's), so
    no state says "decided" (files before version 6 said "beslutad" for "agreed")."""

    PROPOSED = "forslag"
    AGREED = "overenskommen"
    STARTED = "paborjad"
    DONE = "klar"


class ReviewVerdict(StrEnum):
    """What became of an action of the previous workshop, as the follow-up's room says:
    done, going on, not started, or struck (it will not be done)."""

    DONE = "klar"
    ONGOING = "pagar"
    NOT_STARTED = "inte_paborjad"
    STRUCK = "stryks"


class IdeaFate(StrEnum):
    """What the facilitator made of an idea from the phones: hidden (never on the projector
    or in the report), merged into another (its upvotes counted there), made an action, or
    made a parked question. An idea with none of them is still open."""

    HIDDEN = "hidden"
    MERGED = "merged"
    ACTION = "action"
    PARKED = "parked"


class PinKind(StrEnum):
    """What a sticky note can be pinned to: a body (Organisation), a card (Strategi) or a
    marker (Finansiering, Genomförandepraktik)."""

    BODY = "body"
    CARD = "card"
    MARKER = "marker"
