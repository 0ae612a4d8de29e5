"""Elected members and officials in words, in the UI's language: the sides' names, the
distance between their centres by the app's bands, and the rule behind it. Shared by the
details page, the canvases, the keys page, the comparison and the report."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ..analysis.sides import (
    MATRIX_APART,
    MATRIX_NEAR,
    DistanceBand,
    KeySides,
    MatrixSides,
    RoleSides,
    matrix_sides,
    role_sides,
)
from ..model import Group, Language, Moment, Side, Step, Workshop
from .step_summary import main_role_words, position_words


def side_name(side: Side | None) -> str:
    """ "Förtroendevalda", "Tjänstepersoner", or that it is mixed or not said."""
    if side is Side.ELECTED:
        return QCoreApplication.translate("SideWords", "Elected members")
    if side is Side.OFFICIALS:
        return QCoreApplication.translate("SideWords", "Officials")
    return QCoreApplication.translate("SideWords", "Mixed, or not said")


def side_initial(side: Side) -> str:
    """The letter inside a side's centre on a map ("F", "T")."""
    if side is Side.ELECTED:
        return QCoreApplication.translate("SideWords", "E", "elected members' initial")
    return QCoreApplication.translate("SideWords", "O", "officials' initial")


def centre_label(side: Side, moment: Moment) -> str:
    """A side's centre's label on a map: "Förtroendevalda (i dag)"."""
    text = (
        QCoreApplication.translate("SideWords", "{side} (today)")
        if moment is Moment.TODAY
        else QCoreApplication.translate("SideWords", "{side} (ambition)")
    )
    return text.format(side=side_name(side))


def band_words(band: DistanceBand) -> str:
    return {
        DistanceBand.NEAR: QCoreApplication.translate("SideWords", "close together"),
        DistanceBand.APART: QCoreApplication.translate("SideWords", "some way apart"),
        DistanceBand.FAR: QCoreApplication.translate("SideWords", "far apart"),
    }[band]


def _moment(moment: Moment) -> str:
    return (
        QCoreApplication.translate("SideWords", "today")
        if moment is Moment.TODAY
        else QCoreApplication.translate("SideWords", "as ambition")
    )


def matrix_sides_words(sides: MatrixSides, lang: Language) -> str:
    """One sentence: where each side puts the region on the matrix and how far apart."""
    return QCoreApplication.translate(
        "SideWords",
        "On the matrix {moment}, the elected members ({n}) and the officials ({m}) are "
        "{band} ({distance}): the elected members {a}; the officials {b}.",
    ).format(
        moment=_moment(sides.moment),
        n=sides.counts[0],
        m=sides.counts[1],
        band=band_words(sides.band),
        distance=QLocale().toString(sides.distance, "f", 2),
        a=position_words(sides.elected),
        b=position_words(sides.officials),
    )


def role_sides_words(sides: RoleSides, lang: Language) -> str:
    """One sentence: each side's main role and how far apart they are on the role map."""
    return QCoreApplication.translate(
        "SideWords",
        "On the role map {moment}, the elected members ({n}) and the officials ({m}) are "
        "{band} ({distance}): the elected members' main role {a}; the officials' {b}.",
    ).format(
        moment=_moment(sides.moment),
        n=sides.counts[0],
        m=sides.counts[1],
        band=band_words(sides.band),
        distance=QLocale().toString(sides.distance, "f", 2),
        a=main_role_words(sides.elected, lang),
        b=main_role_words(sides.officials, lang),
    )


def sides_rule() -> str:
    locale = QLocale()
    return QCoreApplication.translate(
        "SideWords",
        "The app's rule: each group marked as elected members or officials, and each phone "
        "that said so, counts once; a side's place is the centre of its answers; the centres "
        "are close together under {near} apart on the matrix, some way apart under {apart}, "
        "else far apart (half that on the role map, whose axes are half as long); a key's "
        "score per side is the median of its phones'.",
    ).format(near=locale.toString(MATRIX_NEAR, "f", 2), apart=locale.toString(MATRIX_APART, "f", 2))


def group_mark_label(group: Group, moment: Moment) -> str:
    """A group's marker's label: "Grupp A (i dag)", or with its side under it ("Grupp A
    (i dag)" / "förtroendevalda"), so that the room reads which side a marker speaks for."""
    if group.side is None:
        text = (
            QCoreApplication.translate("GroupMarkers", "{group} (today)")
            if moment is Moment.TODAY
            else QCoreApplication.translate("GroupMarkers", "{group} (ambition)")
        )
        return text.format(group=group.name)
    text = (
        QCoreApplication.translate("SideWords", "{group} (today)\n{side}")
        if moment is Moment.TODAY
        else QCoreApplication.translate("SideWords", "{group} (ambition)\n{side}")
    )
    # On a line of its own: the label keeps the width a marker's name has room for.
    return text.format(group=group.name, side=side_name(group.side).lower())


def key_sides_words(row: KeySides) -> str:
    """A key's median score per side from the phones ("okänd" for a side none scored)."""
    locale = QLocale()

    def median(value: float | None) -> str:
        if value is None:
            return QCoreApplication.translate("SideWords", "not known")
        return locale.toString(value, "f", 0 if value == int(value) else 1)

    return QCoreApplication.translate(
        "SideWords",
        "Elected members {a} · officials {b} (the median of {n} and {m} phones)",
    ).format(a=median(row.elected), b=median(row.officials), n=row.counts[0], m=row.counts[1])


def side_lines(workshop: Workshop, step: Step, lang: Language) -> list[str]:
    """What the step shows of the two sides, moment by moment (nothing unless both
    answered): the capital matrix on Finansiering, the role map on Genomförandepraktik."""
    lines = []
    for moment in Moment:
        if step is Step.FINANSIERING and (sides := matrix_sides(workshop, moment)) is not None:
            lines.append(matrix_sides_words(sides, lang))
        if step is Step.GENOMFORANDEPRAKTIK and (roles := role_sides(workshop, moment)):
            lines.append(role_sides_words(roles, lang))
    return lines
