"""The UI language: Qt translators for our strings and Qt's own, switchable at run time.

Source strings are English; Swedish, the default, comes from resources/translations. Domain
texts from the deck (`model.deck.DeckText`) carry both languages and are picked with
`language()`. Installing or removing a translator makes Qt send every widget a LanguageChange
event, on which widgets re-read their texts in `retranslate()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..model import Language
from ..resources import resource

DEFAULT = Language.SV


class _Languages:
    def __init__(self) -> None:
        self.current = DEFAULT
        self.translators: list[QTranslator] = []
        self.loaded: list[str] = []


_languages = _Languages()


def language() -> Language:
    return _languages.current


def set_language(lang: Language) -> None:
    app = QCoreApplication.instance()
    assert app is not None, "set_language needs a running application"
    for translator in _languages.translators:
        app.removeTranslator(translator)
    _languages.translators.clear()
    _languages.loaded.clear()
    _languages.current = lang
    # Numbers and dates as the reader of each language expects: "0,25" and "2026-11-27" in
    # Swedish, "0.25" and "27/11/2026" in (British) English.
    if lang is Language.SV:
        QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    if lang is Language.EN:
        return  # English is the source language
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (
        ("regionroll_sv", str(resource("translations"))),
        ("qtbase_sv", qt_translations),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _languages.translators.append(translator)
            _languages.loaded.append(name)


def loaded_translations() -> list[str]:
    """The translation files in use: ours and Qt's own (a bundle must carry both)."""
    return list(_languages.loaded)
