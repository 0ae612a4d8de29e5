"""The outcome's words: an action's status, and the step an action or conclusion belongs to."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..model import Action, ActionStatus, Key, Language, Step
from ..model.deck import KEY_POINTS, STEP_TITLES


def action_status_words(status: object) -> str:
    """förslag / beslutad / klar, in the UI's language ("–" for none)."""
    words = {
        ActionStatus.PROPOSED: QCoreApplication.translate("OutcomeWords", "proposed"),
        ActionStatus.AGREED: QCoreApplication.translate("OutcomeWords", "agreed"),
        ActionStatus.STARTED: QCoreApplication.translate("OutcomeWords", "started"),
        ActionStatus.DONE: QCoreApplication.translate("OutcomeWords", "done"),
    }
    return words[status] if isinstance(status, ActionStatus) else "–"


def key_words(key: Key) -> str:
    """One of the five keys by name ("Nyckeln Politik")."""
    return QCoreApplication.translate("OutcomeWords", "Key: {name}").format(
        name=KEY_POINTS[key][0].text(Language.SV)
    )


def link_words(action: Action) -> str:
    """What an action is tied to: a step, a key, or "–"."""
    return key_words(action.key) if action.key is not None else step_words(action.step)


def step_words(step: Step | None) -> str:
    """A step by its number and name ("2. Finansiering"); "–" when an action has no step."""
    if step is None:
        return "–"
    return f"{list(Step).index(step) + 1}. {STEP_TITLES[step].text(Language.SV)}"
