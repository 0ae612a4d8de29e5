"""Keys are named as the user's keyboard names them (⌘ on a Mac), never hard-coded."""

from __future__ import annotations

import re
from pathlib import Path

from regionroll_desktop.ui.keys import command_key, native_keys

SRC = Path(__file__).resolve().parents[2] / "src" / "regionroll_desktop"
# A translatable text that names Ctrl itself: on a Mac the key is ⌘ and the text would lie.
HARD_CODED = re.compile(r"""(\btr|translate)\((?:[^()]|\([^()]*\))*?["'][^"']*\bCtrl\+""")


def test_no_translatable_text_names_ctrl_itself() -> None:
    offenders = []
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in HARD_CODED.finditer(text):
            line = text.count("\n", 0, match.start()) + 1
            offenders.append(f"{path.relative_to(SRC)}:{line}")
    assert offenders == []


def test_keys_in_the_systems_own_words(qapp: object) -> None:
    assert native_keys("Ctrl+T") == "Ctrl+T"
    assert native_keys("Ctrl+Shift+P") in ("Ctrl+Shift+P", "Ctrl+Skift+P")  # Qt says it in Swedish
    assert command_key() == "Ctrl"
