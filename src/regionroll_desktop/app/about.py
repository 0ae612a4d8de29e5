"""Help ▸ About: the version, the deck the app is built on, and every source of its facts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import __version__
from ..model.deck import DECK_SOURCE
from ..reference import ReferenceSet


def show_about(parent: QWidget, reference: ReferenceSet) -> None:
    sources = "".join(
        f"<li><b>{s.publisher}</b>: {s.title} ({s.year}). {s.detail}</li>"
        for s in reference.sources
    )
    QMessageBox.about(
        parent,
        QCoreApplication.translate("About", "About RegionRoll"),
        QCoreApplication.translate(
            "About",
            "<h3>RegionRoll Desktop {version}</h3>"
            "<p>A workshop tool for the region's strategic role in regional development.</p>"
            "<p>Built on: {deck}.</p><p>Reference data ({name}):</p><ul>{sources}</ul>"
            "<p>Facts that no source gives – the political model and the capital-matrix "
            "position of the reference regions – are shown as not known.</p>",
        ).format(version=__version__, deck=DECK_SOURCE, name=reference.name, sources=sources),
    )
