"""What the ambition's role means for the region: the deck's own points for the role the
ambition weighs most (and for today's, when the region moves), beside what the room wrote for
its organisation, financing and strategy. The deck promises "en analys av rollernas
strategiska konsekvenser"; the app quotes, the room concludes."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import CONSEQUENCE_STEPS, Role, Step, Workshop
from ..model.deck import ROLE_DESCRIPTIONS, DeckText


@dataclass(frozen=True, slots=True)
class RolePoints:
    """The deck's points for one role: what taking it means (its slide named in each)."""

    role: Role
    points: tuple[DeckText, ...]


@dataclass(frozen=True, slots=True)
class Consequences:
    """The ambition's leading roles (one: its main role; more: a tie, and then no main role)
    and today's, the deck's points for each role the ambition leads with and for each of
    today's the region would leave, and the room's words per step."""

    ambition: tuple[Role, ...]  # empty while the ambition is not placed
    today: tuple[Role, ...]  # empty while today is not placed
    towards: tuple[RolePoints, ...]  # the deck on the ambition's leading roles
    leaving: tuple[RolePoints, ...]  # the deck on today's leading roles not in the ambition's
    written: tuple[tuple[Step, str], ...]  # the room's words, per step, when written

    @property
    def moves(self) -> bool:
        """Whether the ambition leads with other roles than today (both placed)."""
        return bool(self.ambition and self.today) and set(self.ambition) != set(self.today)

    @property
    def is_empty(self) -> bool:
        return not self.ambition and not self.written


def consequences(workshop: Workshop) -> Consequences:
    roles = workshop.implementation
    ambition = roles.ambition.leaders if roles.ambition else ()
    today = roles.today.leaders if roles.today else ()
    towards = tuple(RolePoints(r, ROLE_DESCRIPTIONS[r]) for r in ambition)
    leaving = tuple(RolePoints(r, ROLE_DESCRIPTIONS[r]) for r in today if r not in ambition)
    written = tuple(
        (step, text)
        for step in CONSEQUENCE_STEPS
        if (text := workshop.outcome.consequence(step).text.strip())
    )
    return Consequences(ambition, today, towards, leaving if ambition else (), written)


def lines(text: str) -> list[str]:
    """A consequence's lines, each one thing the room said (blank lines left out)."""
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]
