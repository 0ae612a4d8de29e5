"""The markers' colours: today's and the ambition's (the groups' own are in the model, as each
group keeps its colour in the file), and how a group's colour is shown beside its name."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from ..analysis.colours import contrast_ratio
from ..model import Moment, Role, Side

# Today filled, the ambition hollow: the shape tells them apart as well as the colour.
MOMENT_COLOURS = {Moment.TODAY: "#c2410c", Moment.AMBITION: "#1d4ed8"}
TODAY_COLOUR = QColor(MOMENT_COLOURS[Moment.TODAY])
AMBITION_COLOUR = QColor(MOMENT_COLOURS[Moment.AMBITION])
# Each role's quadrant on the role map (the editor, the figures, the room's results).
ROLE_TINTS = {
    Role.FINANSIAREN: "#fef3c7",
    Role.UTFORAREN: "#e0f2fe",
    Role.NATVERKAREN: "#ede9fe",
    Role.KAPACITETSBYGGAREN: "#dcfce7",
}
# The sides' centres (elected members, officials): dark and plain, apart from the groups'
# colours and the moments'; the letter inside ("F", "T") and the label name them.
SIDE_COLOURS = {Side.ELECTED: "#3f3f46", Side.OFFICIALS: "#155e75"}
# The previous workshop's markers, in a follow-up: today's and the ambition's hues, greyed,
# both hollow (then, not now), still 3 : 1 on white and the quadrants' tints.
PREVIOUS_COLOURS = {Moment.TODAY: "#8c5a3c", Moment.AMBITION: "#4b5e8c"}


def swatch(colour: str, size: int = 16) -> QIcon:
    """A round dot of the group's colour, as its markers are drawn."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(colour))
    painter.setPen(QColor("#ffffff"))
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


INITIAL_SHARE = 0.55  # a group's initial inside its marker: this share of the marker's size


def group_initial(name: str) -> str:
    """What a group's marker shows inside it: "A" for "Grupp A", "4" for "Grupp 4 –
    kommunerna" (a group's own letter or number, first or last: thirty groups named "Grupp
    4 – …" were thirty markers showing "G"), "N" for "Norra"."""
    words = name.split()
    if not words:
        return "?"
    if len(words) > 1:
        second, last = words[1], words[-1]
        if len(second) <= 2 and (second.isdigit() or second.isupper()):
            return second
        if len(last) <= 2:
            return last.upper()
    return words[0][0].upper()


def ink_on(colour: str) -> QColor:
    """White or near-black, whichever reads better on `colour` (text inside a marker)."""
    white, ink = "#ffffff", "#111827"
    return QColor(white if contrast_ratio(white, colour) >= contrast_ratio(ink, colour) else ink)


def label_ink(colour: str) -> QColor:
    """A marker's colour, darkened until its label reads on white and on the maps' palest
    tints (at least 5.6 : 1 on white, which keeps 4.5 : 1 on every tint)."""
    ink = QColor(colour).darker(120)
    while contrast_ratio(ink.name(), "#ffffff") < 5.6 and ink.value() > 0:
        ink = ink.darker(110)
    return ink
