"""What the ambition means for us, in the UI's language: the deck's points for the ambition's
leading role(s) (and for today's the region would leave), each with its slide, and the rule
the app follows to choose them. Shared by the Genomförandepraktik panel, the conclusions page,
the report and the one page."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication

from ..analysis.consequences import Consequences, RolePoints, lines
from ..model import Language, Role, Step
from ..model.deck import ROLE_NAMES, STEP_TITLES


def _names(roles: tuple[Role, ...]) -> str:
    names = [ROLE_NAMES[r].text(Language.SV) for r in roles]
    if len(names) < 2:
        return "".join(names)
    return QCoreApplication.translate("ConsequenceWords", "{first} and {last}").format(
        first=", ".join(names[:-1]), last=names[-1]
    )


def heading_words(c: Consequences) -> str:
    """One sentence: the ambition's main role (or the tie), and the move from today's."""
    if not c.ambition:
        return QCoreApplication.translate(
            "ConsequenceWords",
            "Place the ambition on the role map: the deck's points on its main role show here.",
        )
    if len(c.ambition) == 1:
        words = QCoreApplication.translate(
            "ConsequenceWords", "The ambition's main role: {role}."
        ).format(role=_names(c.ambition))
    else:
        words = QCoreApplication.translate(
            "ConsequenceWords", "The ambition has no main role: {roles} weigh the same."
        ).format(roles=_names(c.ambition))
    if c.moves:
        words += " " + QCoreApplication.translate("ConsequenceWords", "Today: {roles}.").format(
            roles=_names(c.today)
        )
    return words


def _slide(points: RolePoints) -> str:
    return points.points[0].slide if points.points else ROLE_NAMES[points.role].slide


def towards_title(points: RolePoints) -> str:
    return QCoreApplication.translate(
        "ConsequenceWords", "The deck on {role} (slide “{slide}”):"
    ).format(role=ROLE_NAMES[points.role].text(Language.SV), slide=_slide(points))


def leaving_title(points: RolePoints) -> str:
    return QCoreApplication.translate(
        "ConsequenceWords", "What the region leaves, the deck on {role} (slide “{slide}”):"
    ).format(role=ROLE_NAMES[points.role].text(Language.SV), slide=_slide(points))


def deck_points_html(c: Consequences, lang: Language) -> str:
    """The heading sentence and the deck's points, as HTML for a label or a page."""
    parts = [f"<p><b>{html.escape(heading_words(c))}</b></p>"]
    for title, groups in ((towards_title, c.towards), (leaving_title, c.leaving)):
        for points in groups:
            items = "".join(f"<li>{html.escape(p.text(lang))}</li>" for p in points.points)
            parts.append(f"<p>{html.escape(title(points))}</p><ul>{items}</ul>")
    return "".join(parts)


def consequence_rule() -> str:
    return QCoreApplication.translate(
        "ConsequenceWords",
        "The app's rule: the deck's points are quoted for the role the ambition weighs most "
        "(for each on a tie), and for today's main role when the ambition leaves it; what it "
        "means for the region is the room's to write.",
    )


def step_question(step: Step) -> str:
    """ "What does it mean for us? Organisation" – the question the room answers per step."""
    return QCoreApplication.translate(
        "ConsequenceWords", "What does it mean for us: {step}?"
    ).format(step=STEP_TITLES[step].text(Language.SV))


def written_html(c: Consequences) -> str:
    """The room's lines, per step, as HTML ("" when none is written)."""
    parts = []
    for step, text in c.written:
        items = "".join(f"<li>{html.escape(line)}</li>" for line in lines(text))
        parts.append(f"<p><b>{html.escape(step_question(step))}</b></p><ul>{items}</ul>")
    return "".join(parts)


def consequences_html(c: Consequences, lang: Language) -> str:
    """The whole of it for a page: the deck's points, their rule, and the room's lines."""
    if c.is_empty:
        return ""
    title = QCoreApplication.translate("ConsequenceWords", "What the ambition means for us")
    rule = f"<p class='muted'>{html.escape(consequence_rule())}</p>" if c.ambition else ""
    written = written_html(c) or (
        "<p>"
        + html.escape(
            QCoreApplication.translate(
                "ConsequenceWords", "The room has not written what the ambition means for it."
            )
        )
        + "</p>"
    )
    return f"<h3>{html.escape(title)}</h3>{deck_points_html(c, lang)}{rule}{written}"
