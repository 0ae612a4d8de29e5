"""File ▸ Open recent: the remembered files, each by name with its full path as a tooltip."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMenu

from ..storage.jsonio import shown_path


def fill_recent_menu(menu: QMenu, recent: list[Path], open_file: Callable[[Path], object]) -> None:
    menu.clear()
    for path in recent:
        act = menu.addAction(
            shown_path(path.name).replace("&", "&&")
        )  # a name's "&" is not a mnemonic
        act.setToolTip(str(path))
        act.triggered.connect(lambda _=False, p=path: open_file(p))
    if not recent:
        none = menu.addAction(QCoreApplication.translate("MainWindow", "No recent files"))
        none.setEnabled(False)
