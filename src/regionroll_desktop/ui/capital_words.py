"""The region's own numbers in words, in the UI's language: what it controls and what comes
from outside (in millions of kronor, and per inhabitant), their source, and the suggested
place on the matrix with the rule behind it. Shared by the Finansiering panel and the report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.capital import LEAST_COMPARED, CapitalReading
from ..reference import ReferenceSet


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


def _msek(value: float) -> str:
    decimals = 0 if value == int(value) else 1
    return QCoreApplication.translate("CapitalWords", "{n} million kronor").format(
        n=_number(value, decimals)
    )


def _per_inhabitant(value: float | None) -> str:
    if value is None:
        return QCoreApplication.translate("CapitalWords", "per inhabitant: not known")
    return QCoreApplication.translate("CapitalWords", "{n} kronor per inhabitant").format(
        n=_number(value)
    )


def unknown() -> str:
    return QCoreApplication.translate("CapitalWords", "not known")


def reading_lines(
    reading: CapitalReading, reference: ReferenceSet, typed_beside: bool = False
) -> list[str]:
    """What the numbers say, line by line; an unknown is said as such. `typed_beside`: the
    year and the source are in the fields above (the panel), not repeated."""
    n = reading.numbers
    year = str(n.year) if n.year else unknown()
    lines = (
        []
        if typed_beside
        else [QCoreApplication.translate("CapitalWords", "Year: {year}").format(year=year)]
    )
    controlled = n.controlled
    if controlled is None:
        lines.append(
            QCoreApplication.translate(
                "CapitalWords",
                "What the region controls (the 1:1-anslag and its own funds): not known – both "
                "are needed",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "CapitalWords",
                "What the region controls (the 1:1-anslag and its own funds): {amount}, {each}",
            ).format(amount=_msek(controlled), each=_per_inhabitant(reading.per_inhabitant))
        )
    external = (
        QCoreApplication.translate("CapitalWords", "{amount}, {each}").format(
            amount=_msek(n.external_funds), each=_per_inhabitant(reading.external_per_inhabitant)
        )
        if n.external_funds is not None
        else unknown()
    )
    lines.append(
        QCoreApplication.translate("CapitalWords", "EU's and other external funds: {what}").format(
            what=external
        )
    )
    if n.distributed_share is not None:
        lines.append(
            QCoreApplication.translate(
                "CapitalWords",
                "Handed out through utlysningar: {share} %; the rest invested strategically",
            ).format(share=n.distributed_share)
        )
    else:
        lines.append(
            QCoreApplication.translate("CapitalWords", "Handed out through utlysningar: not known")
        )
    if reading.population is not None:
        source = (
            reference.source(reading.population_source).publisher or ""
            if reading.population_source
            else ""
        )
        lines.append(
            QCoreApplication.translate(
                "CapitalWords", "Per inhabitant: the population of {year} ({n}{source})"
            ).format(
                year=reading.population_year,
                n=_number(reading.population),
                source=f", {source}" if source else "",
            )
        )
    else:
        lines.append(
            QCoreApplication.translate(
                "CapitalWords",
                "Per inhabitant: not known – the reference regions give no population for "
                "this region",
            )
        )
    if not typed_beside:
        lines.append(
            QCoreApplication.translate("CapitalWords", "Source of the numbers: {source}").format(
                source=n.source or QCoreApplication.translate("CapitalWords", "not given")
            )
        )
    return lines


def suggestion_words(reading: CapitalReading) -> str:
    """Where the numbers would put the region today, axis by axis."""
    if reading.suggested_capital is None:
        capital = QCoreApplication.translate(
            "CapitalWords", "not known (fewer than {least} other regions' numbers are known)"
        ).format(least=LEAST_COMPARED)
    else:
        capital = QCoreApplication.translate(
            "CapitalWords", "{value} (its rank among {n} other regions' numbers)"
        ).format(value=_number(reading.suggested_capital, 2), n=reading.compared)
    character = (
        _number(reading.suggested_proactivity, 2)
        if reading.suggested_proactivity is not None
        else unknown()
    )
    return QCoreApplication.translate(
        "CapitalWords",
        "Suggested place today: capital per capita {capital}; character {character}.",
    ).format(capital=capital, character=character)


def suggestion_rule() -> str:
    return QCoreApplication.translate(
        "CapitalWords",
        "The app's rule: on the capital per capita axis, the region's rank among the other "
        "regions whose numbers are known (lowest −1, highest 1; at least {least} needed); on "
        "the character axis, what is handed out through utlysningar counts as reactive capital "
        "and the rest as proactive (all of it −1, none of it 1) – our reading of the deck's "
        "roles. A suggestion never moves a marker by itself.",
    ).format(least=LEAST_COMPARED)
