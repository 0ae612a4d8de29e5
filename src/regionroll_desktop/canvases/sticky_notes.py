"""Sticky notes on a step's canvas: short texts the room puts up, neutral or in a group's
colour, lying where they were put or pinned to an item (a body, a card, a marker) that they
then follow.

The notes lie over the canvas's view as small widgets (one layer for every canvas, whatever
draws it: a graphics scene or a pyqtgraph plot). A canvas answers `Pinboard`: the widget the
notes lie on, where an item is on it and which item lies under a point. In a figure for the
report they become numbered callouts (`with_callouts`), their texts listed under it.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable, Collection, Hashable, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QCursor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QMenu,
    QToolButton,
    QWidget,
)

from ..model import ROOM_MARKER, Moment, NotePin, PinKind, Step, StickyNote, Workshop
from ..model import edits as e
from ..ui.change_words import pin_caption
from ..ui.session import Session
from ..ui.widgets import add_to_side_panel, named, plain_tip
from .inline_edit import InlineEditor
from .step_canvas import Figure

NOTE_WIDTH = 168.0  # at zoom 1; the projector draws notes `zoom` times larger
PAD = 7.0
BAND = 6.0  # the coloured band on the left
NEUTRAL_PAPER = "#fff1a6"
NEUTRAL_BAND = "#8a6d00"
INK = "#1a1a1a"
PIN_INK = "#b3261e"
NUDGE = 0.02  # arrow keys move a free note by 2 % of the canvas (Shift: 0.5 %)
NEW_NOTE_SHORTCUT = "Ctrl+Shift+N"
SHOW_NOTES_SHORTCUT = "Ctrl+Shift+H"  # the editor's notes shown or hidden (the View menu)
PLACING_MS = 30  # a repaint (scroll, zoom, an item dragged) places the notes at most this often
TITLE_BAND = 40.0  # px at zoom 1: the top of a large item, where its title (and subtitle) is
PROJECTED = 1.2  # on the projector notes grow a little more than the canvas: read from the back
# On the projector, notes that together would cover more than this share of the canvas are
# numbered callouts instead, their texts beside the canvas (the room reads the drawing too).
CROWDED_SHARE = 0.4


class Pinboard(Protocol):
    """What a canvas tells its notes: the view they lie on, and its items they pin to."""

    def note_view(self) -> QGraphicsView:
        """The view the notes lie on (over its viewport): a scene's view, the plot."""
        ...

    def pinned_item(self, pin: NotePin) -> QGraphicsItem | None:
        """The item `pin` holds on to, when it is drawn now (None when it is gone, or a
        group's marker for the moment not worked on)."""
        ...

    def pin_of(self, item: QGraphicsItem) -> NotePin | None:
        """The pin for an item a note is dropped on (None: not an item notes pin to)."""
        ...

    def drawn_for(self) -> Hashable:
        """What the board's drawing is laid out for besides the view's zoom and scroll (the
        type its words are drawn in): the notes find their places again when it changes."""
        ...


@dataclass
class Crowd:
    """What is drawn on a board, as board rectangles: `read` must not be covered (items, and
    the title band of the large ones), `grounds` are the large ones whole (a background,
    lane, body, level or quadrant: a note may lie on one, better on its own item's than on
    another's)."""

    read: list[QRectF] = field(default_factory=list)
    grounds: list[QRectF] = field(default_factory=list)
    bands: list[QRectF] = field(default_factory=list)  # of `read`: the grounds' title bands
    _filed: dict[tuple[Box, Box], tuple[_Cells, _Cells]] = field(
        default_factory=dict, repr=False, compare=False
    )

    @functools.cached_property
    def boxes(self) -> tuple[list[Box], list[bool]]:
        """`read` as boxes, and which of them are `bands` (looked at once the crowd is
        gathered; by the rectangle drawn, not its place: a marker's name the size of a
        ground's band was counted as that band, and a callout lay over it)."""
        banded = {id(b) for b in self.bands}
        return [_box(r) for r in self.read], [id(r) in banded for r in self.read]

    def near(self, own: Box, near: Box) -> tuple[_Cells, _Cells]:
        """What the room reads within `near` apart from an item `own` (a card's title) and
        its own frame (a card's room for its link's handle), and the grounds' title bands
        there: over its own corner is where a callout lies. Filed once for each item."""
        key = (own, near)
        if key not in self._filed:
            read, banded = self.boxes
            near_by = [
                (b, band) for b, band in zip(read, banded, strict=True) if _covers(*b, [near]) > 0
            ]
            area = (own[2] - own[0]) * (own[3] - own[1])
            others = [
                b
                for b, band in near_by
                if not band
                and not _holds(own, b)
                and not (_holds(b, own) and (b[2] - b[0]) * (b[3] - b[1]) < 2 * area)
            ]
            bands = [b for b, band in near_by if band]
            self._filed[key] = (_Cells(others, CELL, CELL), _Cells(bands, CELL, CELL))
        return self._filed[key]


WORDS = (QGraphicsSimpleTextItem, QGraphicsTextItem)  # words, however large: never a ground


def view_crowd(view: QGraphicsView, largest: float) -> Crowd:
    """The visible items of a view; one larger than `largest` px² is a ground, unless its
    words fill it (`read_whole`: a strategy card; a text item: a role's name in large type
    was a ground beside a small callout, and its callouts lay over it)."""
    crowd = Crowd()
    band = TITLE_BAND * max(0.5, view.transform().m22())  # a body's title and subtitle
    for item in view.items(view.viewport().rect()):
        if not item.isVisible() or item.boundingRect().isEmpty():
            continue
        line = getattr(item, "kept_clear", None)
        if callable(line):  # a line across the board (the arrow): the boxes along it count
            crowd.read += _along(view.mapFromScene(item.mapToScene(line())))
            continue
        words = getattr(item, "entries", None)
        if callable(words):  # one item drawing many words (the matrix's): each word counts
            for entry in words():
                scene = item.mapRectToScene(entry.rect)
                crowd.read.append(QRectF(view.mapFromScene(scene).boundingRect()))
            continue
        rect = QRectF(view.mapFromScene(item.sceneBoundingRect()).boundingRect())
        whole = getattr(item, "read_whole", False) or isinstance(item, WORDS)
        if rect.width() * rect.height() > largest and not whole:
            crowd.grounds.append(QRectF(rect))
            if type(item) is QGraphicsRectItem:  # a plain box (a role's quadrant): no title
                continue
            rect.setHeight(min(rect.height(), band))
            crowd.bands.append(rect)
        crowd.read.append(rect)
    return crowd


def board_state(pinboard: Pinboard) -> tuple[object, ...]:
    """What the notes' places on `pinboard` depend on besides the items they are pinned to:
    where its view shows the scene (its zoom and scroll, the scene's extent) and what the
    drawing is laid out for (`Pinboard.drawn_for`). A free note placed before the role map's
    names took the room's type on a 4K screen stayed over a role's name."""
    view = pinboard.note_view()
    origin, far = view.mapFromScene(QPointF(0, 0)), view.mapFromScene(QPointF(1000, 1000))
    return (origin.toTuple(), far.toTuple(), view.sceneRect().getRect(), pinboard.drawn_for())


ALONG = 10.0  # px between the boxes that stand for a line notes keep off, and their size


def _along(path: QPainterPath) -> list[QRectF]:
    """A line's `path` on the board as a string of small boxes (an arrow's bounding box, a
    ground notes lay on, let them hide the arrow)."""
    length = path.length()
    steps = max(1, int(length / ALONG))
    points = (
        path.pointAtPercent(path.percentAtLength(length * i / steps)) for i in range(steps + 1)
    )
    return [QRectF(p.x() - ALONG / 2, p.y() - ALONG / 2, ALONG, ALONG) for p in points]


def _overlap(a: QRectF, b: QRectF) -> float:
    both = a.intersected(b)
    return max(0.0, both.width()) * max(0.0, both.height())


def pin_targets(workshop: Workshop, step: Step) -> list[NotePin]:
    """Everything a note on `step` can be pinned to now, in the canvas's order."""
    if step is Step.ORGANISATION:
        org = workshop.organisation
        ids = [b.id for b in org.political_bodies] + [b.id for b in org.administrative_bodies]
        return [NotePin(kind=PinKind.BODY, item=i) for i in ids]
    if step is Step.STRATEGI:
        return [NotePin(kind=PinKind.CARD, item=d.id) for d in workshop.strategy.documents]
    if step is Step.FINANSIERING:
        placed = [m for m in Moment if workshop.financing.at(m) is not None]
        marks = [(g.group, g.moment) for g in workshop.financing.groups]
    else:
        placed = [m for m in Moment if workshop.implementation.at(m) is not None]
        marks = [(g.group, g.moment) for g in workshop.implementation.groups]
    pins = [NotePin(kind=PinKind.MARKER, item=ROOM_MARKER, moment=m) for m in placed]
    pins += [
        NotePin(kind=PinKind.MARKER, item=group, moment=moment)
        for group, moment in sorted(marks, key=lambda m: (m[1] != Moment.TODAY, m[0]))
    ]
    return pins


def note_colours(workshop: Workshop, note: StickyNote) -> tuple[QColor, QColor, str]:
    """The note's paper, its band and the caption naming its group ("" when neutral): a
    group's note says whose it is in words, so its colour is never the only cue."""
    group = workshop.group(note.group) if note.group else None
    if group is None:
        return QColor(NEUTRAL_PAPER), QColor(NEUTRAL_BAND), ""
    band = QColor(group.colour)
    return tinted_paper(band), band, group.name


def tinted_paper(band: QColor) -> QColor:
    """A group's note paper: its colour at 18 %, on which the note's ink still reads."""
    return QColor(*(round(255 - (255 - c) * 0.18) for c in (band.red(), band.green(), band.blue())))


def note_key_help() -> list[tuple[str, str]]:
    """The keys the notes answer to on every canvas (for the keyboard shortcuts' list)."""
    new = QKeySequence(NEW_NOTE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
    return [
        (QCoreApplication.translate("NoteLayer", "Notes: a new note on the canvas"), new),
        (
            QCoreApplication.translate("NoteLayer", "Notes: write on the chosen note"),
            QCoreApplication.translate("NoteLayer", "F2, Enter, double-click or just typing"),
        ),
        (
            QCoreApplication.translate(
                "NoteLayer", "Notes: move the chosen note (when not pinned)"
            ),
            QCoreApplication.translate("NoteLayer", "Arrow keys"),
        ),
        (
            QCoreApplication.translate("NoteLayer", "Notes: pin to an item"),
            QCoreApplication.translate("NoteLayer", "Drag onto it, or Menu ▸ Pin to"),
        ),
        (QCoreApplication.translate("NoteLayer", "Notes: take the chosen note down"), "Delete"),
    ]


# --- one note ---


PIN_RADIUS = 4.5  # a pinned note's pin, at zoom 1


def pin_at(rect: QRectF, scale: float) -> QPointF:
    """The centre of the pin of a note drawn in `rect` at `scale`: in its band's top."""
    return QPointF(rect.left() + BAND * scale / 2 + 1, rect.top() + PIN_RADIUS * scale + 1)


class NoteCard(QWidget):
    """A note as the room sees it; dragged by the mouse, edited in place, with its menu."""

    editRequested = Signal(str, str)  # noqa: N815  note id, typed text ("" for none)
    menuRequested = Signal(str, QPoint)  # noqa: N815  note id, global position
    dropped = Signal(str, QPointF, QPointF)  # note id, its top left, the pointer
    removeRequested = Signal(str)  # noqa: N815
    nudged = Signal(str, float, float)  # note id, dx, dy (fractions of the canvas)

    def __init__(self, note_id: str, board: QWidget) -> None:
        super().__init__(board)
        self.note_id = note_id
        self.text = ""
        self.caption = ""
        self.pinned = False
        self.paper, self.band = QColor(NEUTRAL_PAPER), QColor(NEUTRAL_BAND)
        self.scale = 1.0
        self.least_px = 0.0  # the projector's: no word of the note under it (its caption too)
        self.editable = True
        self._press: QPoint | None = None
        self._start = QPoint()
        self.dragging = False
        self._picture: QPixmap | None = None
        self._picture_key: object = None
        self.number: int | None = None  # shown as a numbered callout (a crowded projector)
        self._whole: tuple[object, QSize] | None = None  # whole_size, with what it is for
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def show_note(
        self,
        text: str,
        caption: str,
        paper: QColor,
        band: QColor,
        pinned_to: str,
        scale: float,
        least_px: float = 0.0,
    ) -> None:
        self.text, self.caption, self.paper, self.band = text, caption, paper, band
        self.pinned, self.scale, self.least_px = bool(pinned_to), scale, least_px
        who = f"{caption}: " if caption else ""
        where = (
            self.tr("pinned to {item}").format(item=pinned_to)
            if pinned_to
            else self.tr("lies by itself")
        )
        self.setAccessibleName(self.tr("Note: {text}").format(text=text))
        self.setAccessibleDescription(f"{who}{where}")
        if self.editable:
            self.setToolTip(
                plain_tip(
                    f"{who}{where}. "
                    + self.tr("Drag it onto an item to pin it there; double-click or F2 to write.")
                )
            )
        else:
            self.setToolTip("")
        self._picture = None
        self.resize(self.sizeHint())
        self.update()

    def fonts(self) -> tuple[QFont, QFont]:
        least = self.least_px * 72 / 96  # in points, as the fonts are set
        text = QFont(self.font())
        text.setPointSizeF(max(least, max(6.0, text.pointSizeF()) * self.scale))
        caption = QFont(text)
        caption.setBold(True)
        # (A group's name, under the room's type at 720 lines while the text was over it.)
        caption.setPointSizeF(max(least, text.pointSizeF() * 0.85))
        return text, caption

    def set_number(self, number: int | None) -> None:
        """Shown as a callout with `number` (None: as the whole note)."""
        if number != self.number:
            self.number = number
            self._picture = None
            self.resize(self.sizeHint())
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        if self.number is not None:  # a little square, wider for a long number ("105")
            metrics = QFontMetricsF(self.fonts()[1])
            side = round(metrics.height() * 1.5)
            wide = round(metrics.horizontalAdvance(str(self.number)) + metrics.height() * 0.3)
            return QSize(max(side, wide), side)
        return self.whole_size()

    def whole_size(self) -> QSize:
        """The note's size with its text, whether or not it is shown as a callout (measured
        once for what it shows: the projector asks at every placing)."""
        key = (self.text, self.caption, self.scale, self.least_px, self.font().key())
        if self._whole is None or self._whole[0] != key:
            self._whole = (key, self._measured())
        return self._whole[1]

    def _measured(self) -> QSize:
        text_font, caption_font = self.fonts()
        width = NOTE_WIDTH * self.scale
        inner = width - (2 * PAD + BAND) * self.scale
        flags = int(Qt.TextFlag.TextWordWrap)
        body = QFontMetricsF(text_font).boundingRect(
            QRectF(0, 0, inner, 10_000), flags, self.text or " "
        )
        height = body.height() + 2 * PAD * self.scale
        if self.caption:  # wrapped too: a group's long name is never cut
            height += (
                QFontMetricsF(caption_font)
                .boundingRect(QRectF(0, 0, inner, 10_000), flags, self.caption)
                .height()
            )
        return QSize(round(width), round(height))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        """The note from its picture, drawn again only when it changed: the view beneath
        repaints the notes with it on every frame of a drag."""
        ratio = self.devicePixelRatioF()
        key = (self.size().toTuple(), ratio, self.hasFocus())
        if self._picture is None or self._picture_key != key:
            picture = QPixmap(self.size() * ratio)
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            self._draw(picture)
            self._picture, self._picture_key = picture, key
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._picture)
        painter.end()

    def _draw(self, device: QPixmap) -> None:
        painter = QPainter(device)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.number is not None:
            self._draw_callout(painter)
            painter.end()
            return
        s = self.scale
        rect = QRectF(self.rect()).adjusted(1, 1, -2, -2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 40))
        painter.drawRect(rect.translated(1.5, 1.5))  # a faint shadow: it lies on the canvas
        painter.setBrush(self.paper)
        painter.setPen(QPen(self.band, 1))
        painter.drawRect(rect)
        painter.fillRect(QRectF(rect.left(), rect.top(), BAND * s, rect.height()), self.band)
        if self.hasFocus():
            painter.setPen(QPen(QColor(INK), 2, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(2, 2, -2, -2))
        text_font, caption_font = self.fonts()
        left = rect.left() + (BAND + PAD) * s
        top = rect.top() + PAD * s
        inner = rect.right() - PAD * s - left
        painter.setPen(QColor(INK))
        wrap = int(Qt.TextFlag.TextWordWrap)
        if self.caption:
            painter.setFont(caption_font)
            used = painter.boundingRect(QRectF(left, top, inner, 10_000), wrap, self.caption)
            painter.drawText(QRectF(left, top, inner, used.height()), wrap, self.caption)
            top += used.height()
        painter.setFont(text_font)
        painter.drawText(QRectF(left, top, inner, rect.bottom() - top), wrap, self.text)
        if self.pinned:  # a pin in the band's top: it holds on to an item
            painter.setPen(QPen(QColor(INK), 1))
            painter.setBrush(QColor(PIN_INK))
            r = PIN_RADIUS * s
            painter.drawEllipse(pin_at(rect, s), r, r)
        painter.end()

    def _draw_callout(self, painter: QPainter) -> None:
        """The note small, in its paper and band with its number, its text beside the
        canvas: a little note, as the report's figures call a note out (a marker's number is
        a round disc)."""
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(self.band, max(1.5, 1.5 * self.scale)))
        painter.setBrush(self.paper)
        corner = rect.height() * 0.12
        painter.drawRoundedRect(rect, corner, corner)
        painter.setPen(QColor(INK))
        painter.setFont(self.fonts()[1])
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), str(self.number))

    # --- the room's hands ---

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.editable or event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.raise_()
        self._press = event.globalPosition().toPoint()
        self._start = self.pos()
        self.dragging = False

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self._press is None:
            return
        delta = event.globalPosition().toPoint() - self._press
        if not self.dragging and delta.manhattanLength() < QApplication.startDragDistance():
            return
        self.dragging = True
        self.setCursor(Qt.CursorShape.ClosedHandCursor)
        self.move(self._start + delta)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        dragged, self._press = self.dragging, None
        self.dragging = False
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        if dragged:
            pointer = QPointF(self.mapToParent(event.position().toPoint()))
            self.dropped.emit(self.note_id, QPointF(self.pos()), pointer)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.editable:
            self.editRequested.emit(self.note_id, "")

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt's name)
        if self.editable:
            self.menuRequested.emit(self.note_id, event.globalPos())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.editable:
            super().keyPressEvent(event)
            return
        key, mods = event.key(), event.modifiers()
        step = NUDGE / 4 if mods & Qt.KeyboardModifier.ShiftModifier else NUDGE
        moves: dict[int, tuple[float, float]] = {
            Qt.Key.Key_Left: (-step, 0.0),
            Qt.Key.Key_Right: (step, 0.0),
            Qt.Key.Key_Up: (0.0, -step),
            Qt.Key.Key_Down: (0.0, step),
        }
        if key in (Qt.Key.Key_F2, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.editRequested.emit(self.note_id, "")
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.removeRequested.emit(self.note_id)
        elif key in moves:
            self.nudged.emit(self.note_id, *moves[key])
        elif key == Qt.Key.Key_Menu:
            centre = self.mapToGlobal(self.rect().center())
            self.menuRequested.emit(self.note_id, centre)
        elif (
            event.text().isprintable()
            and event.text().strip()
            and not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        ):
            self.editRequested.emit(self.note_id, event.text())
        else:
            super().keyPressEvent(event)


class Leaders(QWidget):
    """The lines from pinned notes to their items where a note lies away from its item (no
    room beside it): drawn on the board under the notes, never taking a click."""

    def __init__(self, board: QWidget) -> None:
        super().__init__(board)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.lines: list[tuple[QPointF, QPointF, QColor]] = []
        self.width_px = 1.5
        self.setGeometry(board.rect())
        self.lower()  # under the notes, over the board's drawing

    def set_lines(self, lines: list[tuple[QPointF, QPointF, QColor]], width: float) -> None:
        board = self.parentWidget()
        if board is not None and self.geometry() != board.rect():
            self.setGeometry(board.rect())  # (a view's scroll moves the board's children)
        if lines != self.lines or width != self.width_px:
            self.lines, self.width_px = lines, width
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        if not self.lines:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for start, end, colour in self.lines:
            painter.setPen(QPen(colour, self.width_px))
            painter.drawLine(start, end)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(end, 1.5 * self.width_px, 1.5 * self.width_px)
        painter.end()


def leader(spot: QRectF, item: QRectF, scale: float) -> tuple[QPointF, QPointF] | None:
    """The line from the pin of a note at `spot` to its `item`, when the note does not touch
    the item (it found no room beside it: its pin's dot alone did not say which of a crowd's
    markers it holds on to); None when it touches. It ends on the item's edge nearest the
    pin, or on the rim of an item smaller than the note (a marker: its box's corner lies
    off the disc)."""
    if item.adjusted(-2 * GAP, -2 * GAP, 2 * GAP, 2 * GAP).intersects(spot):
        return None
    pin = pin_at(spot.adjusted(1, 1, -2, -2), scale)  # (the card's rect as it is drawn)
    if item.width() * item.height() < spot.width() * spot.height():
        centre = item.center()
        far = math.hypot(pin.x() - centre.x(), pin.y() - centre.y())
        rim = min(item.width(), item.height()) / 2 / far
        return pin, centre + (pin - centre) * rim
    end = QPointF(
        min(max(pin.x(), item.left()), item.right()), min(max(pin.y(), item.top()), item.bottom())
    )
    return pin, end


# --- the notes of one canvas ---


class NoteLayer(QObject):
    """The sticky notes of one step's canvas: kept in step with the workshop, laid over the
    board (pinned notes beside their items, following them), edited there. On the
    projector, notes too many for the canvas are numbered callouts (`numbered`: their texts for
    beside it)."""

    numberedChanged = Signal()  # noqa: N815

    def __init__(self, session: Session, step: Step, pinboard: Pinboard, owner: QWidget) -> None:
        super().__init__(owner)
        # "1. the text (its group)" of each numbered note whose callout the canvas shows, and
        # how many it leaves out (their items are off the screen), when the notes are numbered.
        self.numbered: list[str] = []
        self.left_out = 0
        self._lines: dict[str, str] = {}  # each numbered note's line, by its id
        self._away: set[str] = set()  # on the projector: whole notes whose item is not drawn
        self.session = session
        self.step = step
        self.pinboard = pinboard
        self.view = pinboard.note_view()
        self.board: QWidget = self.view.viewport()
        self.leaders = Leaders(self.board)  # (made first: the cards lie over it)
        self.cards: dict[str, NoteCard] = {}
        self.editor = InlineEditor(self.board)
        self.editable = True
        self.scale = 1.0
        self.least_px = 0.0  # the projector's type (`present`)
        self.numbers = 0  # the numbers the board's markers take: callouts are numbered after
        self._placed: object = None  # what the notes were last placed for
        # A free callout's spot, with what it was found for (where it was put, the board).
        self._callout_spots: dict[str, tuple[object, QRectF]] = {}
        # On the projector, a whole free note moved off what it hid: its spot, what it was
        # found for, and whether it still hides something (no free spot for it).
        self._whole_spots: dict[str, tuple[object, QRectF, bool]] = {}
        # The notes numbered on the projector as no free spot was left for them whole, and
        # what they were placed for.
        self._numbered_for: tuple[object, frozenset[str]] = (None, frozenset())
        self._placing = QTimer(self)
        self._placing.setSingleShot(True)
        self._placing.setInterval(PLACING_MS)
        self._placing.timeout.connect(self.place)
        # The editor's notes hidden from the View menu (fifty cover a whole map): the panel
        # says how many and how to show them; `show_again` shows them when one is put up.
        self.shown = True
        self.show_again: Callable[[], None] | None = None
        self.hidden_words = named(QLabel(), "hiddenNotes")
        self.hidden_words.setWordWrap(True)
        self.hidden_words.hide()
        # The button heads the canvas's side panel: on the canvas it would hide what is drawn.
        self.add_button = named(QToolButton(), "addStickyNote")
        self.add_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_button.clicked.connect(lambda: self.add_note())
        # (Where a canvas has no side panel, the button lies on the board, the words nowhere.)
        self._words_told = add_to_side_panel(owner, self.hidden_words, first=True)
        if not add_to_side_panel(owner, self.add_button, first=True):  # above the words
            self.add_button.setParent(self.board)
        self.add_action = QAction(owner)
        self.add_action.setShortcut(QKeySequence(NEW_NOTE_SHORTCUT))
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(lambda: self.add_note())
        owner.addAction(self.add_action)
        self.retranslate()
        self.board.installEventFilter(self)
        session.watch(
            lambda w: (w.notes_on(step), w.details.groups, pin_targets(w, step)), self._sync, owner
        )
        self._sync(session.workshop)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("+ Note"))
        keys = QKeySequence(NEW_NOTE_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.add_button.setToolTip(
            self.tr(
                "A sticky note on this canvas ({keys}); drag it onto an item to pin it."
            ).format(keys=keys)
        )
        self.add_button.setAccessibleName(self.tr("New sticky note"))
        self.add_button.adjustSize()
        self._tell_hidden()
        self._schedule()

    def number_after(self, numbers: int) -> None:
        """The board's markers take the numbers 1 … `numbers` (a crowded map's legend): the
        notes' callouts are numbered after them, one number naming one thing."""
        if numbers != self.numbers:
            self.numbers = numbers
            if not self.editable:  # (the editor's notes are whole, never numbered)
                self._placed = None  # numbered again, their lines told again
                self._schedule()

    def set_shown(self, shown: bool) -> None:
        """The editor's notes shown, or hidden (the View menu's "Show sticky notes"); the
        projector's are always shown (numbered when they are many)."""
        if shown == self.shown:
            return
        self.shown = shown
        if not shown and self.editor.active:
            self.editor.commit()  # a note being written is put up, not lost
        self._placed = None  # each card's place and visibility worked out again
        self.place()

    def _keep_hidden(self) -> None:
        """The cards out of sight while the editor's notes are hidden."""
        hidden = not self.shown and self.editable
        if hidden:
            for card in self.cards.values():
                card.hide()
        self.leaders.setVisible(not hidden)
        self._tell_hidden()

    def _tell_hidden(self) -> None:
        count = len(self.cards) if not self.shown and self.editable else 0
        self.hidden_words.setVisible(count > 0 and self._words_told)
        if count:
            keys = QKeySequence(SHOW_NOTES_SHORTCUT).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            words = (
                self.tr("1 note hidden: View ▸ Show sticky notes ({keys}).")
                if count == 1
                else self.tr("{n} notes hidden: View ▸ Show sticky notes ({keys}).")
            )
            self.hidden_words.setText(words.format(n=count, keys=keys))

    def present(self, zoom: float, least_px: float = 0.0) -> None:
        """The projector's notes: larger, no word under `least_px` (the room's type), and the
        room's screen takes no editing."""
        self.editable = False
        self.scale = max(1.0, zoom * PROJECTED)
        self.least_px = least_px
        self.add_button.hide()
        self.add_action.setEnabled(False)
        for card in self.cards.values():
            self._read_only(card)
        self._sync(self.session.workshop)

    def _read_only(self, card: NoteCard) -> None:
        card.editable = False
        card.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        card.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        card.setCursor(Qt.CursorShape.ArrowCursor)

    # --- following the workshop and the items ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.board and event.type() in (QEvent.Type.Resize, QEvent.Type.Paint):
            self._schedule()  # (the lines take the board's size when they are set)
        elif watched is self.board and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def _schedule(self) -> None:
        if not self._placing.isActive():
            self._placing.start()

    def _sync(self, workshop: Workshop) -> None:
        notes = workshop.notes_on(self.step)
        wanted = {n.id for n in notes}
        for gone in [i for i in self.cards if i not in wanted]:
            card = self.cards.pop(gone)
            card.hide()
            card.deleteLater()
        for note in notes:
            known = self.cards.get(note.id)
            if known is None:
                card = self.cards[note.id] = NoteCard(note.id, self.board)
                card.editRequested.connect(self.edit)
                card.menuRequested.connect(self.menu)
                card.dropped.connect(self._dropped)
                card.removeRequested.connect(self.remove)
                card.nudged.connect(self._nudged)
                if not self.editable:
                    self._read_only(card)
                card.show()
            else:
                card = known
            paper, band, caption = note_colours(workshop, note)
            where = pin_caption(workshop, note.pin)
            card.show_note(note.text, caption, paper, band, where, self.scale, self.least_px)
        self.place()

    def place(self) -> None:
        """Every note where it belongs now: a pinned one beside its item, on the side where
        it hides least of what the room reads (several on one item side by side), any other
        where it was put. Worked out again only when an item, a note or the board changed."""
        area = QRectF(self.board.rect())
        notes = [n for n in self.session.workshop.notes_on(self.step) if n.id in self.cards]
        anchors = {n.id: self.pin_rect(n.pin) if n.pin else None for n in notes}
        anchored = tuple((n, _rect_key(anchors[n.id])) for n in notes)
        state = board_state(self.pinboard)
        content = (area.getRect(), self.scale, state, anchored)
        if self._numbered_for[0] != content:
            self._numbered_for = (content, frozenset())
        if not self.editable:
            self._number(notes, area, self._numbered_for[1])

        def placed_for() -> object:
            sizes = tuple(self.cards[n.id].size().toTuple() for n in notes)
            return (content, sizes)

        key = placed_for()
        if any(self.cards[n.id].dragging for n in notes):
            self.leaders.set_lines([], self.leaders.width_px)  # (from where a note was)
            self._keep_hidden()
            return
        if key == self._placed:
            self._keep_hidden()
            return
        blocked = self._place(notes, anchors, area, state)
        for _ in range(3):  # (each round numbers more; three were always enough)
            if not blocked or self.editable:
                break
            # Notes whole on the projector with no free spot left to lie on: numbered
            # callouts (by their numbers in the report), their texts beside the canvas.
            self._numbered_for = (content, self._numbered_for[1] | blocked)
            self._number(notes, area, self._numbered_for[1])
            blocked = self._place(notes, anchors, area, state)
        self._placed = placed_for()
        self._tell_numbered()
        self._keep_hidden()

    def _place(
        self,
        notes: list[StickyNote],
        anchors: dict[str, QRectF | None],
        area: QRectF,
        state: tuple[object, ...],
    ) -> frozenset[str]:
        """Places the notes on the board in `state` (`board_state`: a spot is found again
        for another fit or type); returns the whole notes that, on the projector, found no
        spot where they hide nothing."""
        blocked: set[str] = set()
        lines: list[tuple[QPointF, QPointF, QColor]] = []  # to the items notes lie away from
        crowds: list[Crowd] = []  # what the board shows, looked at once, when first needed
        taken: list[QRectF] = []
        placed = _Cells([], CELL, CELL)  # the same, filed for looking up what lies near

        def crowd_for(size: QSizeF) -> Crowd:
            """The cards, chips, markers and words on the board; not what holds them (an
            item larger than CROWDED notes of `size` is a ground a note may lie on)."""
            if not crowds:
                crowds.append(view_crowd(self.view, CROWDED * size.width() * size.height()))
            return crowds[0]

        searches = FREE_SPOT_SEARCHES
        on_item: dict[NotePin, int] = {}  # numbered notes on one item: side by side
        full: set[NotePin] = set()  # items with no free spot left round them
        # The notes lying where the room put them first; the pinned ones then keep off them.
        projected = not self.editable
        self._away.clear()
        for note in sorted(notes, key=lambda n: anchors[n.id] is not None):
            card = self.cards[note.id]
            size = QSizeF(card.size())
            anchor = anchors[note.id]
            if anchor is None and note.pin is not None and (card.number is not None or projected):
                # Its item is not drawn (listed beside the canvas when numbered); on the
                # projector a whole one goes with its item (a pyramid's card on another of
                # its screens), counted beside the canvas.
                card.setVisible(False)
                if card.number is None:
                    self._away.add(note.id)
                continue
            if anchor is None:
                card.setVisible(True)  # a callout left out while its item was off the screen
                room_x = max(0.0, area.width() - size.width())
                room_y = max(0.0, area.height() - size.height())
                spot = QRectF(QPointF(note.x * room_x, note.y * room_y), size)
                if card.number is not None:  # a callout: near where it was put, over nothing
                    # Found once for where it was put and the board's size: it stays put
                    # while the markers move (searched at each move, a drag stalled).
                    wanted = (area.getRect(), state, note.x, note.y, size.toTuple())
                    known = self._callout_spots.get(note.id)
                    if known is not None and known[0] == wanted:
                        spot = known[1]
                    else:
                        spot = free_spot(size, area, crowd_for(size), taken, spot.center())
                        self._callout_spots[note.id] = (wanted, spot)
                elif not self.editable:  # whole on the projector: off the markers and words
                    found_for = (
                        area.getRect(),
                        state,
                        note.x,
                        note.y,
                        size.toTuple(),
                        tuple(taken),
                    )
                    whole = self._whole_spots.get(note.id)
                    if whole is None or whole[0] != found_for:
                        crowd = crowd_for(size)
                        hides = _hidden(spot, None, crowd, taken) > 0
                        if hides:
                            spot = free_spot(size, area, crowd, taken, spot.center())
                            hides = _hidden(spot, None, crowd, taken) > 0
                        whole = self._whole_spots[note.id] = (found_for, spot, hides)
                    spot = whole[1]
                    if whole[2]:
                        blocked.add(note.id)
            else:
                # A callout whose item the screen does not show (a pyramid taller than the
                # screen) is left out of it, not put by the edge where it reads as another's:
                # its text is beside the canvas.
                away = card.number is not None and not anchor.intersects(area)
                card.setVisible(not away)
                if away:
                    continue
                if card.number is not None and note.pin is not None:  # as the report calls out
                    k = on_item[note.pin] = on_item.get(note.pin, -1) + 1
                    inside = self.step is Step.ORGANISATION
                    crowd = crowd_for(size)
                    search = note.pin not in full
                    spot, free = _on_corner(anchor, size, area, k, inside, crowd, placed, search)
                    if not free:  # (and none for its next ones: they go over its corners)
                        full.add(note.pin)
                else:
                    crowd = crowd_for(size)
                    spot = _beside(anchor, size, area, crowd, taken, searches > 0)
                    searches -= 1
                    if projected and (
                        _hidden(spot, anchor, crowd, taken) > 0 or _apart(spot, anchor)
                    ):
                        # Whole, it would hide what the room reads (a chip's edge on a full
                        # organisation at 1024×768) or lie where the room cannot see whose
                        # it is (beside the legend, for a marker in a map's corner): a
                        # callout on its item, as the report's.
                        blocked.add(note.id)
            taken.append(spot)
            placed.add(_box(spot))
            card.move(spot.topLeft().toPoint())
            if anchor is not None and card.number is None and note.id not in blocked:
                line = leader(QRectF(card.geometry()), anchor, card.scale)
                if line is not None:
                    lines.append((*line, QColor(card.band)))
        self.leaders.set_lines(lines, 1.5 * max(1.0, self.scale))
        return frozenset(blocked)

    def _number(
        self, notes: list[StickyNote], area: QRectF, no_room: frozenset[str] = frozenset()
    ) -> None:
        """On the projector: every note a numbered callout when the notes whole would cover more
        than CROWDED_SHARE of the canvas, else those `no_room` (no free spot was left for them
        whole) (in the notes' order after the markers' numbers, as in the report's figures),
        the others whole."""
        covered = sum(
            size.width() * size.height() for size in (self.cards[n.id].whole_size() for n in notes)
        )
        crowded = covered > CROWDED_SHARE * area.width() * area.height() > 0
        if not crowded and not no_room:
            self._callout_spots.clear()
        self._lines = {}
        for number, note in enumerate(notes, self.numbers + 1):
            numbered = crowded or note.id in no_room
            self.cards[note.id].set_number(number if numbered else None)
            if numbered:
                caption = self.cards[note.id].caption
                line = f"{number}. {note.text}" + (f" ({caption})" if caption else "")
                self._lines[note.id] = line

    def _tell_numbered(self) -> None:
        """`numbered` and `left_out` as the notes were placed; `numberedChanged` when they
        changed."""
        shown = [line for i, line in self._lines.items() if not self.cards[i].isHidden()]
        left_out = len(self._lines) - len(shown) + len(self._away)
        if (shown, left_out) != (self.numbered, self.left_out):
            self.numbered, self.left_out = shown, left_out
            self.numberedChanged.emit()

    def pin_rect(self, pin: NotePin) -> QRectF | None:
        """Where the item `pin` holds on to is on the board, when it is drawn."""
        item = self.pinboard.pinned_item(pin)
        if item is None or not item.isVisible():
            return None
        # An item that says where it is drawn (`body`: a card, not its link handle's room
        # above it, where a 4K screen's callout floated a finger's width over the card).
        body = getattr(item, "body", None)
        drawn = item.mapRectToScene(body()) if callable(body) else item.sceneBoundingRect()
        return QRectF(self.view.mapFromScene(drawn).boundingRect())

    def pin_under(self, point: QPointF) -> NotePin | None:
        """The pin for the item under `point` on the board (or a part of it), if any."""
        for item in self.view.items(point.toPoint()):
            while item is not None:
                pin = self.pinboard.pin_of(item)
                if pin is not None:
                    return pin
                item = item.parentItem()
        return None

    # --- edits ---

    def _fractions(self, top_left: QPointF, size: QSize) -> tuple[float, float]:
        area = self.board.rect()
        room_x = max(1, area.width() - size.width())
        room_y = max(1, area.height() - size.height())
        return (
            min(1.0, max(0.0, top_left.x() / room_x)),
            min(1.0, max(0.0, top_left.y() / room_y)),
        )

    def add_note(self, at: QPointF | None = None, pin: NotePin | None = None) -> bool:
        """Open a new note ready to type, at `at` (board coordinates) or the next free place;
        it is put up (one undo step) when its text is committed, pinned to `pin` or to the
        item under `at`. False when the canvas takes no notes now."""
        if not self.editable:
            return False
        if not self.shown:  # a note put up where the notes are hidden is seen, with the rest
            if self.show_again is not None:
                self.show_again()  # every canvas's (the View menu's check follows)
            else:
                self.set_shown(True)
        size = QSize(round(NOTE_WIDTH * self.scale), 40)
        if at is None:
            at = self._where_the_eye_is(QSizeF(size))
        x, y = self._fractions(at, size)
        target = pin or self.pin_under(at)

        def put_up(text: str) -> None:
            self.session.apply(
                self.tr("Put up a note"),
                lambda w: e.add_sticky_note(w, self.step, text, x=x, y=y, pin=target),
            )

        field = self.editor.open(QRectF(at, size.toSizeF()), "", put_up)
        field.setPlaceholderText(self.tr("Write the note, then Enter"))
        self._like_a_note(field)
        return True

    def _where_the_eye_is(self, size: QSizeF) -> QPointF:
        """Where a new note opens: at the pointer when it is over the board, else beside the
        chosen item, else in the free space nearest the board's top left; never over a
        heading, chip, caption, marker or another note (the board's corner was the tray's
        header, issue #33)."""
        area = QRectF(self.board.rect())
        pointer = QPointF(self.board.mapFromGlobal(QCursor.pos()))
        if area.contains(pointer) and self.board.underMouse():
            x = min(max(area.left(), pointer.x()), area.right() - size.width())
            y = min(max(area.top(), pointer.y()), area.bottom() - size.height())
            return QPointF(x, y)
        crowd = view_crowd(self.view, CROWDED * size.width() * size.height())
        notes = [QRectF(card.geometry()) for card in self.cards.values() if card.isVisible()]
        scene = self.view.scene()
        chosen = [i for i in scene.selectedItems() if i.isVisible()] if scene else []
        if chosen:
            item = QRectF(self.view.mapFromScene(chosen[0].sceneBoundingRect()).boundingRect())
            return _beside(item, size, area, crowd, notes).topLeft()
        return free_spot(size, area, crowd, notes, area.topLeft()).topLeft()

    def edit(self, note_id: str, typed: str = "") -> None:
        card = self.cards.get(note_id)
        note = self.session.workshop.sticky_note(note_id)
        if card is None or note is None or not self.editable:
            return

        def rewrite(text: str) -> None:
            self.session.apply(
                self.tr("Rewrite a note"),
                lambda w: e.update_sticky_note(w, note_id, text=text),
            )

        rect = QRectF(card.geometry()).adjusted(0, 0, 60, 0)
        field = self.editor.open(rect, note.text, rewrite, typed or None, card.setFocus)
        self._like_a_note(field)

    def _like_a_note(self, field: QWidget) -> None:
        """The editor looks like the note it writes: dark ink on the note's paper."""
        field.setStyleSheet(
            f"QLineEdit {{ background: {NEUTRAL_PAPER}; color: {INK}; "
            f"border: 2px solid {NEUTRAL_BAND}; padding: 2px 6px; }}"
        )

    def remove(self, note_id: str) -> None:
        self.session.apply(self.tr("Take a note down"), lambda w: e.remove_sticky_note(w, note_id))

    def set_pin(self, note_id: str, pin: NotePin | None) -> None:
        text = self.tr("Pin a note") if pin else self.tr("Unpin a note")
        self.session.apply(text, lambda w: e.update_sticky_note(w, note_id, pin=pin))

    def set_group(self, note_id: str, group: str | None) -> None:
        self.session.apply(
            self.tr("Colour a note"), lambda w: e.update_sticky_note(w, note_id, group=group)
        )

    def _dropped(self, note_id: str, top_left: QPointF, pointer: QPointF) -> None:
        """Pinned to the item under the pointer, if any; else lying where it was dropped."""
        card = self.cards[note_id]
        target = self.pin_under(pointer)
        x, y = self._fractions(top_left, card.size())
        text = self.tr("Pin a note") if target else self.tr("Move a note")
        if not self.session.apply(
            text, lambda w: e.update_sticky_note(w, note_id, pin=target, x=x, y=y)
        ):
            self._placed = None  # (placed for the same workshop: placed again all the same)
            self.place()  # refused or unchanged: back where it belongs, its line drawn again

    def _nudged(self, note_id: str, dx: float, dy: float) -> None:
        note = self.session.workshop.sticky_note(note_id)
        if note is None:
            return
        if note.pin is not None:  # a pinned note stays with its item: first unpin it
            self.session.editFailed.emit(self.tr("The note is pinned: unpin it to move it."))
            return
        x = min(1.0, max(0.0, note.x + dx))
        y = min(1.0, max(0.0, note.y + dy))
        self.session.apply(
            self.tr("Move a note"),
            lambda w: e.update_sticky_note(w, note_id, x=x, y=y),
            merge_key=f"nudge-note-{note_id}",
        )

    def menu(self, note_id: str, where: QPoint) -> None:
        self.build_menu(note_id).exec(where)

    def build_menu(self, note_id: str) -> QMenu:
        workshop = self.session.workshop
        note = workshop.sticky_note(note_id)
        menu = QMenu(self.board)
        if note is None:
            return menu
        menu.addAction(self.tr("Write…"), lambda: self.edit(note_id)).setShortcut(
            QKeySequence("F2")
        )
        colours = menu.addMenu(self.tr("Colour"))
        neutral = colours.addAction(self.tr("Neutral"), lambda: self.set_group(note_id, None))
        neutral.setCheckable(True)
        neutral.setChecked(note.group is None)
        for group in workshop.details.groups:
            action = colours.addAction(group.name, partial(self.set_group, note_id, group.id))
            action.setCheckable(True)
            action.setChecked(note.group == group.id)
        pins = menu.addMenu(self.tr("Pin to"))
        targets = pin_targets(workshop, self.step)
        for pin in targets:
            action = pins.addAction(pin_caption(workshop, pin), partial(self.set_pin, note_id, pin))
            action.setCheckable(True)
            action.setChecked(note.pin == pin)
        pins.setEnabled(bool(targets))
        unpin = menu.addAction(self.tr("Unpin"), lambda: self.set_pin(note_id, None))
        unpin.setEnabled(note.pin is not None)
        menu.addSeparator()
        menu.addAction(self.tr("Take down"), lambda: self.remove(note_id)).setShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete)
        )
        return menu


def _rect_key(rect: QRectF | None) -> tuple[int, ...] | None:
    if rect is None:
        return None
    return (round(rect.x()), round(rect.y()), round(rect.width()), round(rect.height()))


GAP = 4.0  # between a pinned note and its item
CROWDED = 3.0  # an item larger than this many notes is a background a note may lie on


def _hidden(spot: QRectF, item: QRectF | None, crowd: Crowd, notes: list[QRectF]) -> float:
    """How much of what the room reads a note at `spot` would cover: the crowd, its own item
    (worse, unless it is a ground the note lies on) and, most of all, the other notes."""
    hidden = sum(_overlap(spot, other) for other in crowd.read if other != item)
    if item is not None and item not in crowd.grounds:
        hidden += 2 * _overlap(spot, item)
    return hidden + 4 * sum(_overlap(spot, note) for note in notes)


def _apart(spot: QRectF, item: QRectF) -> bool:
    """Whether a note at `spot` lies farther from its `item` than its own height: the room
    no longer reads it as the item's (its pin's dot is not enough across a map)."""
    reach = spot.height()
    return not item.adjusted(-reach, -reach, reach, reach).intersects(spot)


def _foreign(spot: QRectF, item: QRectF | None, crowd: Crowd) -> bool:
    """Whether the spot lies on a ground that is not its own item's (a note for
    Regionstyrelsen inside the nämnd's box reads as the nämnd's)."""
    return any(
        _overlap(spot, ground) > 0
        for ground in crowd.grounds
        if item is None or (not ground.intersects(item) and not item.contains(ground))
    )


SCAN = 12.0  # px between the spots tried when nothing beside an item is free
MAX_SPOTS = 600  # spots tried at most, whatever the board's size (farther apart on a big one)

Box = tuple[float, float, float, float]  # left, top, right, bottom


def _box(rect: QRectF) -> Box:
    return (rect.left(), rect.top(), rect.right(), rect.bottom())


def _covers(
    left: float,
    top: float,
    right: float,
    bottom: float,
    boxes: list[Box],
    limit: float = math.inf,
) -> float:
    """The area of the `boxes` the spot covers, summed until it passes `limit` (a spot
    already worse than the best found need not be measured whole)."""
    total = 0.0
    for bl, bt, br, bb in boxes:
        w = min(right, br) - max(left, bl)
        if w > 0:
            h = min(bottom, bb) - max(top, bt)
            if h > 0:
                total += w * h
                if total > limit:
                    break
    return total


def free_spot(
    size: QSizeF,
    area: QRectF,
    crowd: Crowd,
    notes: list[QRectF],
    near: QPointF,
    item: QRectF | None = None,
) -> QRectF:
    """The spot on the board for a note of `size` that covers least (nothing, where there is
    room anywhere), off other items' grounds where it can, and of those the one nearest
    `near`. At most MAX_SPOTS spots are tried, row by row against only what lies in the row:
    a crowded board at the limits stays quick."""
    w, h = size.width(), size.height()
    step = max(SCAN, math.sqrt(max(area.width() * area.height(), 1.0) / MAX_SPOTS))
    own = None if item is None else _box(item)
    read = [_box(r) for r in crowd.read if r != item]
    grounds = [
        _box(g)
        for g in crowd.grounds
        if item is None or (not g.intersects(item) and not item.contains(g))
    ]
    placed = [_box(n) for n in notes]
    best: tuple[float, bool, float, float, float] | None = None
    y = area.top()
    while True:
        top = min(y, area.bottom() - h)
        bottom = top + h
        row_read = [b for b in read if b[1] < bottom and b[3] > top]
        row_grounds = [b for b in grounds if b[1] < bottom and b[3] > top]
        row_notes = [b for b in placed if b[1] < bottom and b[3] > top]
        x = area.left()
        while True:
            left = min(x, area.right() - w)
            right = left + w
            # Summed only while the spot can still be the best (the same choice).
            limit = math.inf if best is None else best[0]
            hidden = _covers(left, top, right, bottom, row_read, limit)
            if hidden <= limit:
                hidden += 4 * _covers(left, top, right, bottom, row_notes, (limit - hidden) / 4)
            if hidden <= limit and own is not None and item not in crowd.grounds:
                hidden += 2 * _covers(left, top, right, bottom, [own])
            if hidden <= limit:
                foreign = _covers(left, top, right, bottom, row_grounds) > 0
                distance = math.hypot(left + w / 2 - near.x(), top + h / 2 - near.y())
                score = (hidden, foreign, distance, left, top)
                if best is None or score[:3] < best[:3]:
                    best = score
            if x >= area.right() - w:
                break
            x += step
        if y >= area.bottom() - h:
            break
        y += step
    assert best is not None
    return QRectF(QPointF(best[3], best[4]), size)


FREE_SPOT_SEARCHES = 12  # pinned notes per placing that may look beyond their item's sides


LATTICE_REACH = 8  # callouts' steps from its item a marker's callout may go, at most
CELL = 40.0  # px: the cells boxes are filed by for looking up what lies near a spot


def _on_corner(
    item: QRectF,
    size: QSizeF,
    area: QRectF,
    k: int,
    inside: bool,
    crowd: Crowd,
    notes: _Cells,
    search: bool = True,
) -> tuple[QRectF, bool]:
    """A numbered note pinned to `item`, the `k`-th on it, where the report's figures call it
    out (`with_callouts`): over the item's top right corner, or inside its bottom right one
    (a body's box, whose branches flow from the left under its title); several leftwards;
    whole on the board. Over a corner that hides what the room reads (an axis's title over a
    marker on the axis), over the next corner that hides less: top left, bottom right, bottom
    left. Never over another note or the item's middle (a marker's letter), and over what
    the room reads only where no spot nearby is free: where every corner would be (the
    board's edge pushed a cornered marker's sixth callout onto its fifth, its eighth over a
    role's name), the nearest free spot of a grid of callouts round the item, a callout's
    step at a time; where every spot hides something, the nearest that hides least. Whether
    the spot hides nothing; without `search` (no spot was free for the item's last callout)
    only its corners are tried."""
    w, h = size.width(), size.height()
    if inside:
        x, y, _, _ = _clamped(
            item.right() - 3 - w - k * (w + 3), item.bottom() - 3 - h, w, h, _box(area)
        )
        return QRectF(x, y, w, h), True
    lift = 0.8 * h / 2  # as far over the corner as the report's callout lies
    top, bottom = item.top() - lift - h / 2, item.bottom() + lift - h / 2
    right, left = item.right() - w / 2, item.left() - w / 2
    across, down = w + 3, h + 3
    reach = min(LATTICE_REACH, math.isqrt(k + 1) + 2)
    own, field = _box(item), _box(area)
    corners = [
        (right - k * across, top),
        (left + k * across, top),
        (right - k * across, bottom),
        (left + k * across, bottom),
    ]
    slots = [_slot(own, _clamped(x, y, w, h, field), across, down, True) for x, y in corners]
    # By steps, the corners first in their order (top right first), the grid's by how far.
    if search:
        grid = _grid(own, right, top, w, h, field, reach)
        slots = sorted([*slots, *grid], key=lambda slot: slot[:2])
    middle = item.center()
    near = _box(
        item.adjusted(
            -(reach + 1) * across, -(reach + 1) * down, (reach + 1) * across, (reach + 1) * down
        )
    )
    core = _box(QRectF(middle - QPointF(item.width(), item.height()) / 4, item.size() / 2))
    # What the room reads apart from the item (a card's title) and its own frame (a card's
    # room for its link's handle): over its own corner is where a callout lies.
    others, bands = crowd.near(own, near)
    best: tuple[bool, bool, int, bool, float, float, Box] | None = None
    for steps, off_corner, away, spot in slots:
        if best is not None and not best[0] and not best[1] and steps > best[2]:
            break  # (none farther can be better than a free spot)
        # (Pushed in by the board's edge, a callout would hide a marker's letter.)
        on_note = _covers(*spot, [core]) > 0 or notes.covered(spot, 0.0) > 0
        if best is not None and on_note > best[0]:
            continue
        words = others.covered(spot)
        if off_corner:  # (off its corners, a callout hides its own item too)
            words += _covers(*spot, [own])
        # (A ground's title band is where its title may be: it counts, but less.)
        score = (on_note, words > 0, steps, off_corner, words + bands.covered(spot), away)
        if best is None or score < best[:6]:
            best = (*score, spot)
    assert best is not None
    left_, top_, _, _ = best[6]
    return QRectF(QPointF(left_, top_), size), not best[0] and not best[1]


Slot = tuple[int, bool, float, Box]  # steps from the item, off its corners, how far, where


def _clamped(x: float, y: float, w: float, h: float, field: Box) -> Box:
    """A box `w` × `h` at `x`, `y`, moved into `field` where it would leave it."""
    x = min(max(field[0], x), field[2] - w)
    y = min(max(field[1], y), field[3] - h)
    return (x, y, x + w, y + h)


def _steps(own: Box, spot: Box, across: float, down: float) -> int:
    """How many callouts' steps (`across` wide, `down` tall) `spot` lies from the item
    `own` (0: touching it or over it)."""
    gap_x = max(own[0] - spot[2], spot[0] - own[2], 0.0) / across
    gap_y = max(own[1] - spot[3], spot[1] - own[3], 0.0) / down
    return math.ceil(max(gap_x, gap_y) - 1e-6)


def _slot(own: Box, spot: Box, across: float, down: float, corner: bool) -> Slot:
    """A callout's `spot` by an item `own`: how many callouts' steps from it (of those as
    near, a corner first) and how far from its middle."""
    away = math.hypot(
        (spot[0] + spot[2] - own[0] - own[2]) / 2, (spot[1] + spot[3] - own[1] - own[3]) / 2
    )
    return (_steps(own, spot, across, down), not corner, away, spot)


@functools.lru_cache(maxsize=64)
def _grid(
    own: Box, right: float, top: float, w: float, h: float, field: Box, reach: int
) -> tuple[Slot, ...]:
    """The spots of a grid of callouts `w` × `h` round an item `own` through the one over
    its top right corner (at `right`, `top`), `reach` callouts' steps out, nearest first
    (the same for every callout on the item: worked out once)."""
    across, down = w + 3, h + 3
    spots = {  # (one of each: the board's edge moves several onto one)
        _clamped(right + i * across, top + m * down, w, h, field)
        for i in range(-reach - math.ceil((own[2] - own[0]) / across), reach + 1)
        for m in range(-reach, reach + 1 + math.ceil((own[3] - own[1]) / down))
    }
    return tuple(sorted(_slot(own, spot, across, down, False) for spot in spots))


def _holds(a: Box, b: Box) -> bool:
    """Whether box `a` holds box `b` whole."""
    return a[0] <= b[0] and a[1] <= b[1] and b[2] <= a[2] and b[3] <= a[3]


class _Cells:
    """Boxes filed by the cells of a grid they touch: what a spot covers is looked up among
    the few near it (150 notes on one marker were each checked against all the others at
    every spot tried)."""

    def __init__(self, boxes: list[Box], width: float, height: float) -> None:
        self.boxes: list[Box] = []
        self.size = (width, height)
        self.cells: dict[tuple[int, int], list[int]] = {}
        for box in boxes:
            self.add(box)

    def add(self, box: Box) -> None:
        for cell in self._cells(box):
            self.cells.setdefault(cell, []).append(len(self.boxes))
        self.boxes.append(box)

    def _cells(self, box: Box) -> list[tuple[int, int]]:
        w, h = self.size
        return [
            (i, j)
            for i in range(math.floor(box[0] / w), math.floor(box[2] / w) + 1)
            for j in range(math.floor(box[1] / h), math.floor(box[3] / h) + 1)
        ]

    def _near(self, spot: Box) -> set[int]:
        return {n for cell in self._cells(spot) for n in self.cells.get(cell, ())}

    def covered(self, spot: Box, limit: float = math.inf) -> float:
        """The area of the boxes `spot` covers (`_covers`: summed until past `limit`)."""
        return _covers(*spot, [self.boxes[n] for n in self._near(spot)], limit)


def _beside(
    item: QRectF,
    size: QSizeF,
    area: QRectF,
    crowd: Crowd,
    notes: list[QRectF],
    search: bool = True,
) -> QRectF:
    """Where a note of `size` pinned to `item` goes: touching the item on its right, left,
    below or above (in that order of preference), on the board, hiding least of the crowd,
    of its own item and, most of all, of the other `notes`. When every place touching the
    item hides something, the free place nearest it (the pin's dot and the note's caption say
    which item it belongs to): a small window has no room beside a body, and a note there lay
    over Regionstyrelsen's chips (issue #33)."""
    w, h = size.width(), size.height()
    candidates = [
        QPointF(item.right() + GAP, item.top()),
        QPointF(item.left() - GAP - w, item.top()),
        QPointF(item.left(), item.bottom() + GAP),
        QPointF(item.left(), item.top() - GAP - h),
        QPointF(item.right() + GAP, item.bottom() - h),
        QPointF(item.left() - GAP - w, item.bottom() - h),
        QPointF(item.right() - w, item.bottom() + GAP),
        QPointF(item.right() - w, item.top() - GAP - h),
    ]
    best: tuple[float, bool, int, QRectF] | None = None
    for n, corner in enumerate(candidates):
        x = min(max(area.left(), corner.x()), area.right() - w)
        y = min(max(area.top(), corner.y()), area.bottom() - h)
        spot = QRectF(QPointF(x, y), size)
        score = (_hidden(spot, item, crowd, notes), _foreign(spot, item, crowd), n)
        if best is None or score < best[:3]:
            best = (*score, spot)
    assert best is not None
    if best[0] > 0 and search:
        elsewhere = free_spot(size, area, crowd, notes, item.center(), item)
        if _hidden(elsewhere, item, crowd, notes) < best[0]:
            return elsewhere
    return best[3]


# --- in a figure ---

CALLOUT_RADIUS = 13.0  # in the figure's own units (a 1500 px wide canvas)


CLEAR_REACH = 4  # callouts' steps round its item's corner a figure's callout may go
CLEAR_REACH_MOST = 8  # … however many are on the item


def _callout_box(centre: QPointF, half: float, r: float) -> QRectF:
    return QRectF(centre.x() - half, centre.y() - r, 2 * half, 2 * r)


FOREIGN_SHARE = 0.15  # of a callout a neighbour's edge may lie under (cards a few px apart)


def _clear_of(
    at: QPointF,
    anchor: QPointF,
    k: int,
    half: float,
    r: float,
    size: QSize,
    kept_off: Sequence[QRectF],
    grounds: Sequence[QRectF] = (),
) -> tuple[QPointF, bool]:
    """Where the `k`-th callout on an item whose corner is `anchor` goes: of the spots round
    the corner, a callout's step at a time, that cover nothing in `kept_off`, lie on none of
    the `grounds` but those holding the corner (over another card it reads as that card's;
    FOREIGN_SHARE of it may) and inside the figure: on a ground holding the corner (its
    level) before one outside, the nearer its item (its smallest ground) first, and of
    those as near, `at` (its place in the row leftwards), else the nearer the corner; where
    none is, `at`. Whether one was."""
    across, down = 2 * half + 3, 2 * r + 3
    row = anchor.y() - 0.8 * r
    reach = min(CLEAR_REACH + k, CLEAR_REACH_MOST)
    near = QRectF(anchor, anchor).adjusted(
        -(reach + 1) * across, -(reach + 1) * down, (reach + 1) * across, (reach + 1) * down
    )
    own = [g for g in grounds if g.adjusted(-1, -1, 1, 1).contains(anchor)]
    foreign = [g for g in grounds if g not in own and g.intersects(near)]
    kept_off = [box for box in kept_off if box.intersects(near)]

    item = min(own, key=lambda g: g.width() * g.height()) if own else None

    def order(p: QPointF) -> tuple[bool, int, bool, float, float, float]:
        """On a ground holding the corner first, then the nearer the item (its smallest
        ground: the card), its place in the row first, then the nearer its corner."""
        box = _callout_box(p, half, r)
        at_home = not own or any(g.contains(box) for g in own)
        steps = 0 if item is None else _steps(_box(item), _box(box), across, down)
        away = math.hypot(p.x() - anchor.x(), p.y() - row)
        return (not at_home, steps, p != at, away, -p.x(), p.y())

    round_corner = sorted(
        (
            at,
            *(
                QPointF(anchor.x() - i * across, row + m * down)
                for i in range(-reach, reach + 1)
                for m in range(-reach, reach + 1)
            ),
        ),
        key=order,
    )
    most = FOREIGN_SHARE * 4 * half * r
    for spot in round_corner:
        box = _callout_box(spot, half, r)
        inside = box.left() >= 0 and box.top() >= 0
        inside = inside and box.right() <= size.width() and box.bottom() <= size.height()
        if not inside or any(box.intersects(other) for other in kept_off):
            continue
        if all(_overlap(box, g) <= most for g in foreign):
            return spot, True
    return at, False


def margin_stack(
    free: list[tuple[int, float]], height: float, r: float
) -> list[tuple[int, float, int]]:
    """The free notes' callouts (their numbers and the heights they were put at) stacked in
    the margin of a figure `height` tall, discs of radius `r`: (number, height, column) each.
    In one column at about the height each was put, never on each other; more than the
    figure's height holds run on in next columns (200 notes made the figure 3,000 px tall,
    issue #34), then in the order of their numbers down each column (by where they were
    put, at the limits the columns read "104, 82 / 98, 76")."""
    step = 2 * r + 3
    per_column = max(1, int((height - 2) // step))
    if len(free) > per_column:
        free = [(n, r + 2) for n, _ in sorted(free)]
    floor, column = 0.0, 0
    stacked = []
    for k, (n, y) in enumerate(sorted(free, key=lambda item: item[1])):
        if k and k % per_column == 0:
            column, floor = column + 1, 0.0
        in_column = min(per_column, len(free) - column * per_column)
        after = in_column - 1 - k % per_column  # those still to come in this column
        y = max(min(max(y, floor), height - r - 1 - after * step), floor)
        floor = y + step
        stacked.append((n, y, column))
    return stacked


def with_callouts(
    figure: Figure,
    notes: tuple[StickyNote, ...],
    pin_point: Callable[[NotePin], QPointF | None],
    inside: bool = False,
    drawn: Collection[int] = (),
    words: Sequence[QRectF] = (),
    grounds: Sequence[QRectF] = (),
) -> Figure:
    """`figure` with a numbered callout for each note (in the notes' order, after the
    numbers its markers take: `Figure.first_note`) matching the list under it
    (`sticky_note_lines`): at its item's corner when it is pinned and the item is
    drawn, several on one item leftwards; where that would cover one of the figure's
    `words` or another callout, the nearest spot round the corner that covers neither and
    lies on none of the `grounds` (cards, levels) but those holding the corner (ten on a
    card ran over its level's title); else in a margin added on the figure's
    right, at the height it was put (so no callout hides what the figure says). `drawn`:
    the numbers of the notes whose callouts the figure draws itself (laid out with its
    words)."""
    if len(drawn) >= len(notes):
        return figure
    size = figure.size
    # About as large as the figure's words: a share of its shorter side (of the longer one,
    # a tall or wide figure at the limits had discs the size of the map).
    r = max(CALLOUT_RADIUS, 0.02 * min(size.width(), size.height()))
    if figure.smallest_px > 0:  # a disc's number about as large as the figure's words
        r = min(r, max(CALLOUT_RADIUS, figure.smallest_px * 1.1))
    # As wide as its longest number takes (numbered after a crowded map's markers, "105"
    # ran over a square's sides), every callout the same: `half` its width.
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(6, round(r * 1.15)))
    longest = str(figure.numbers + len(notes))
    half = max(r, (QFontMetricsF(font).horizontalAdvance(longest) + 0.6 * r) / 2)
    pinned: list[tuple[int, QPointF]] = []
    free: list[tuple[int, float]] = []
    on_item: dict[NotePin, int] = {}  # several notes on one item: side by side, leftwards
    full: set[NotePin] = set()  # items with no free spot left round them
    for n, note in enumerate(notes, start=1):
        if n in drawn:
            continue
        anchor = pin_point(note.pin) if note.pin else None
        if anchor is None or note.pin is None:
            free.append((n, r + 2 + note.y * (size.height() - 2 * r - 4)))
        else:
            k = on_item[note.pin] = on_item.get(note.pin, -1) + 1
            if inside:  # in the item's bottom right corner (a body's box, whose branches
                # flow from the left and whose title is on top): never on its border
                at = anchor + QPointF(-half - 3 - k * (2 * half + 3), -r - 3)
            else:  # up and to the right of the item (a marker, a card)
                at = anchor + QPointF(-k * (2 * half + 3), -0.8 * r)
                if note.pin not in full:  # (with no free spot round it, none for the next)
                    taken = [_callout_box(p, half, r) for _, p in pinned]
                    kept_off = [*words, *taken]
                    at, found = _clear_of(at, anchor, k, half, r, size, kept_off, grounds)
                    if not found:
                        full.add(note.pin)
            # Whole inside the figure, however near its edge the item lies.
            x = min(max(at.x(), half + 1), size.width() - half - 1)
            y = min(max(at.y(), r + 1), size.height() - r - 1)
            pinned.append((n, QPointF(x, y)))
    step = 2 * half + 3  # a column's width
    stacked = margin_stack(free, size.height(), r)
    columns = 1 + max((column for _, _, column in stacked), default=0)
    margin = columns * step + 9 if free else 0.0
    points = list(pinned)
    points += [(n, QPointF(size.width() + 6 + half + c * step, y)) for n, y, c in stacked]
    lowest = max((y + r + 1 for _, y, _ in stacked), default=0.0)
    height = max(float(size.height()), lowest)
    total = QSize(round(size.width() + margin), round(height))

    def draw(painter: QPainter, target: QRectF) -> None:
        scale = target.width() / max(1, total.width())
        inner = QRectF(target.topLeft(), QSize(size).toSizeF() * scale)
        figure.draw(painter, inner)
        drawn_font = QFont(font)
        drawn_font.setPixelSize(max(6, round(r * 1.15 * scale)))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(drawn_font)
        radius, wide = r * scale, half * scale
        for n, point in points:
            centre = QPointF(target.left() + point.x() * scale, target.top() + point.y() * scale)
            painter.setPen(QPen(QColor(INK), max(1.0, 1.5 * scale)))
            painter.setBrush(QColor(NEUTRAL_PAPER))
            # A little note (a square of its paper), not a disc: a figure's legend numbers
            # its markers in discs, and the two must not be read as one numbering.
            box = QRectF(centre.x() - wide, centre.y() - radius, 2 * wide, 2 * radius)
            painter.drawRoundedRect(box, radius * 0.25, radius * 0.25)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(figure.numbers + n))
        painter.restore()

    return Figure(draw, total, figure.smallest_px, figure.legend, figure.numbers)
