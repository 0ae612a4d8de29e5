"""The organisation as a scene: two lanes of boxes (political, administrative) and the box
of branches outside the region's remit. The scene mirrors the document and reports what the
user did; it never changes the document itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsSimpleTextItem,
)

from ...model import AdministrativeBodyKind, Branch, Lane, Organisation, PoliticalBodyKind
from ...ui.widgets import plain_tip
from ..inline_edit import Choices, InlineEditor
from .items import (
    BOX_W,
    CHIP_GAP,
    CHIP_H,
    CHIP_MIN_W,
    OUTSIDE,
    PAD,
    TRAY,
    BoxItem,
    ChipItem,
    Outside,
)

LANES = tuple(Lane)
MARGIN = 16.0
LANE_GAP = 26.0


@dataclass(frozen=True)
class Target:
    lane: Lane | Outside
    key: str  # body id, TRAY or OUTSIDE


class OrganisationScene(QGraphicsScene):
    chipDropped = Signal(object, str, object)  # noqa: N815  Branch, chip's lane, Target
    chipMenu = Signal(object, str, QPoint)  # noqa: N815  Branch, chip's lane, screen point
    boxMenu = Signal(str, str, QPoint)  # noqa: N815  lane, key, screen point
    boxRename = Signal(str, str)  # noqa: N815  lane, body id
    # Quick entry: Enter (no branch chosen) adds a body beside the last one named, in its lane.
    bodyAddRequested = Signal(str)  # noqa: N815  lane
    # The bodies left to the text beside the projected canvas changed (`aside_names`).
    asideChanged = Signal()  # noqa: N815

    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundBrush(QColor("white"))
        self.base_font = QFont()
        self.chips = {(b, lane): ChipItem(b, lane) for lane in LANES for b in Branch}
        for chip in self.chips.values():
            self.addItem(chip)
        self.boxes: dict[tuple[str, str], BoxItem] = {}
        self.editor = InlineEditor(self)
        self.last_body: tuple[Lane, str] | None = None  # the body last named, for Enter and F2
        self.quick_entry = True  # off in projector mode: the room's screen takes no typing
        self.titles = {lane: QGraphicsSimpleTextItem() for lane in (*LANES, OUTSIDE)}
        for title in self.titles.values():
            self.addItem(title)
        self._org: Organisation | None = None
        self._width = 900.0
        self.steady = True  # keep things where they are while the room edits
        # On the projector, when the room's type does not fit otherwise: the bodies that hold
        # no branch are left to the text beside the canvas (`aside_names`), not drawn.
        self.names_aside = False
        self.aside_names: dict[Lane, list[str]] = {}
        self._contents: dict[tuple[Lane | Outside, str], list[Branch]] = {}

    # --- building from the document ---

    def show_organisation(
        self,
        org: Organisation,
        branch_names: dict[Branch, str],
        texts: dict[str, str],
    ) -> None:
        """Mirror `org`; `texts` holds the lane titles, tray and outside captions, and the
        subtitles for the kinds of body."""
        self._org = org
        wanted: list[tuple[Lane | Outside, str, str, str, str]] = []  # key, kind, title, subtitle
        for lane in LANES:
            wanted.append((lane, TRAY, TRAY, texts["tray"], texts["tray_sub"]))
            if lane == Lane.POLITICAL:
                for pb in org.political_bodies:
                    board = pb.kind is PoliticalBodyKind.REGIONSTYRELSE
                    wanted.append(
                        (
                            lane,
                            pb.id,
                            "board" if board else "body",
                            pb.name,
                            texts["board_sub" if board else f"{pb.kind.value}_sub"],
                        )
                    )
            else:
                subtitles = {
                    AdministrativeBodyKind.GENERAL: texts["general_sub"],
                    AdministrativeBodyKind.FORVALTNING: texts["forvaltning_sub"],
                    AdministrativeBodyKind.SECTOR: texts["sector_forvaltning_sub"],
                }
                for ab in org.administrative_bodies:
                    general = ab.kind is AdministrativeBodyKind.GENERAL
                    wanted.append(
                        (lane, ab.id, "general" if general else "body", ab.name, subtitles[ab.kind])
                    )
        wanted.append((OUTSIDE, OUTSIDE, OUTSIDE, texts["outside"], texts["outside_sub"]))
        keys = {(lane, key) for lane, key, *_ in wanted}
        for stale in [k for k in self.boxes if k not in keys]:
            self.removeItem(self.boxes.pop(stale))
        order: list[tuple[Lane | Outside, str]] = []  # the boxes, lane by lane
        for area, key, kind, title, subtitle in wanted:
            box = self.boxes.get((area, key))
            if box is None or box.kind != kind:
                if box is not None:
                    self.removeItem(box)
                box = BoxItem(key, area, kind)
                self.addItem(box)
                self.boxes[(area, key)] = box
            box.title, box.subtitle = title, subtitle
            box.setToolTip(plain_tip(title))
            box.set_font(self.base_font)
            order.append((area, key))
        self._order = order
        contents: dict[tuple[Lane | Outside, str], list[Branch]] = {k: [] for k in order}
        for p in org.branches:
            if p.outside_remit:
                contents[(OUTSIDE, OUTSIDE)].append(p.branch)
                continue
            for lane in LANES:
                home = getattr(p, f"{lane}_body")
                contents[(lane, home if home is not None else TRAY)].append(p.branch)
        self._contents = contents
        for (branch, lane), chip in self.chips.items():
            chip.text = branch_names[branch]
            chip.set_font(self.base_font)
            outside = org.placement(branch).outside_remit
            # An outside branch is shown once, in the outside box, by its political chip.
            chip.setVisible(not (outside and lane == Lane.ADMINISTRATIVE))
        for lane in LANES:
            self.titles[lane].setText(texts[f"{lane}_title"])
        self.titles[OUTSIDE].setText("")
        self.layout()

    def set_width(self, width: float) -> None:
        self._width = max(width, BOX_W + 2 * MARGIN)
        self.layout()

    def chip_width(self, branch: Branch) -> float:
        """A chip as wide as its own name (never cut), so short names take little room."""
        metrics = QFontMetricsF(self.base_font)
        return max(CHIP_MIN_W, metrics.horizontalAdvance(self.chips[(branch, LANES[0])].text) + 18)

    def layout(self) -> None:
        """The political and the administrative lane side by side when there is room (one
        under the other when not), each with its tray on top and its bodies in columns; the
        box of branches outside the remit below both. In a box the chips flow in rows, each
        as wide as its name.

        Built to hold still while the room works: a tray keeps each branch's place until it
        is empty, and a body keeps its column, so a drop moves nothing under the pointer (a
        body grows downwards only)."""
        if self._org is None:
            return
        title_font = QFont(self.base_font)
        title_font.setBold(True)
        if self.base_font.pixelSize() > 0:  # a figure's type, in pixels
            title_font.setPixelSize(round(self.base_font.pixelSize() * 1.25))
        else:
            title_font.setPointSizeF(self.base_font.pointSizeF() * 1.25)
        title_h = QFontMetricsF(title_font).lineSpacing() + 8
        gap = CHIP_GAP * 2
        widest = max(self.chip_width(b) for b in Branch)
        least = max(BOX_W, widest + 2 * PAD)  # a box holds at least its widest chip
        inner = self._width - 2 * MARGIN
        side_by_side = (inner - LANE_GAP) / 2 >= least
        lane_w = (inner - LANE_GAP) / 2 if side_by_side else inner
        movable = [p.branch for p in self._org.branches if not p.outside_remit]
        y = MARGIN
        bottoms = []
        was_aside, self.aside_names = self.aside_names, {}
        for n, lane in enumerate(LANES):
            x0 = MARGIN + (n * (lane_w + LANE_GAP) if side_by_side else 0.0)
            top = MARGIN if side_by_side else y
            title = self.titles[lane]
            title.setFont(title_font)
            title.setPos(x0, top)
            top += title_h
            tray = self._contents[(lane, TRAY)]
            # While the room edits, a tray keeps a place for every branch while any is left
            # (the deck's order, holes where branches have gone); on the projector it holds
            # only what it has.
            places = (movable if self.steady else tray) if tray else []
            top = self._place_box(lane, TRAY, x0, top, lane_w, places) + gap
            bodies = [k for ln, k in self._order if ln == lane and k != TRAY]
            # On the projector the bodies that hold no branch follow the others as their
            # names, side by side in rows: in columns, a region's dozen nämnder took the
            # height that the type for the back of the room needed.
            empty = [] if self.steady else [k for k in bodies if not self._contents[(lane, k)]]
            bodies = [k for k in bodies if k not in empty]
            # As many columns as fit, but no more than there are bodies: a body then takes
            # the width it has, and its branches sit side by side.
            columns = max(1, min(len(bodies), int((lane_w + gap) // (least + gap))))
            body_w = (lane_w - (columns - 1) * gap) / columns
            tops = [top] * columns
            for i, key in enumerate(bodies):
                column = i % columns
                x = x0 + column * (body_w + gap)
                held = self._contents[(lane, key)]
                tops[column] = self._place_box(lane, key, x, tops[column], body_w, held) + gap
            if empty and self.names_aside:
                for key in empty:
                    self.boxes[(lane, key)].hide()
                self.aside_names[lane] = [self.boxes[(lane, key)].title for key in empty]
            elif empty:
                tops = [self._flow_names(lane, empty, x0, max(tops), lane_w, gap)]
            bottoms.append(max(tops))
            y = max(tops) + LANE_GAP - gap
        y = max(bottoms) + LANE_GAP - gap
        outside = self._contents[(OUTSIDE, OUTSIDE)]
        y = self._place_box(OUTSIDE, OUTSIDE, MARGIN, y, inner, outside)
        self.setSceneRect(0, 0, self._width, y + MARGIN)
        if self.aside_names != was_aside:
            self.asideChanged.emit()

    def _flow_names(
        self, lane: Lane, keys: list[str], x0: float, top: float, width: float, gap: float
    ) -> float:
        """Bodies holding no branch as boxes of their names, left to right and on in rows
        `width` wide from (x0, top); returns the top of what comes after."""
        x, y, row = x0, top, 0.0
        for key in keys:
            w = min(width, self.boxes[(lane, key)].natural_width())
            if x > x0 and x + w > x0 + width:
                x, y, row = x0, y + row + gap, 0.0
            row = max(row, self._place_box(lane, key, x, y, w, []) - y)
            x += w + gap
        return y + row + gap

    def _flow(self, places: list[Branch], width: float) -> tuple[dict[Branch, QPointF], int]:
        """Where each chip goes in a box `width` wide (left to right, then the next row), and
        how many rows that takes."""
        where: dict[Branch, QPointF] = {}
        x, row = 0.0, 0
        room = width - 2 * PAD
        for branch in places:
            chip_w = self.chip_width(branch)
            if x > 0 and x + chip_w > room:
                x, row = 0.0, row + 1
            where[branch] = QPointF(x, row * (CHIP_H + CHIP_GAP))
            x += chip_w + CHIP_GAP
        return where, row + 1 if places else 0

    def _place_box(
        self, lane: Lane | Outside, key: str, x: float, y: float, width: float, places: list[Branch]
    ) -> float:
        """Put a box at (x, y) with a place for each branch in `places` and its chips in
        theirs; returns its bottom."""
        box = self.boxes[(lane, key)]
        box.compact = not self.steady
        if box.compact and not places and key in (TRAY, OUTSIDE):
            box.hide()  # on the projector an empty tray or remit box takes no room
            return y - CHIP_GAP * 2
        box.show()
        header = box.header_height(width)
        where, rows = self._flow(places, width)
        height = header + (rows * (CHIP_H + CHIP_GAP) + PAD if rows else 0.0)
        if not rows and key != TRAY and self.steady:
            height = header + CHIP_H + PAD  # while editing, a body keeps room to drop into
        box.prepareGeometryChange()
        box.size = (width, height)
        box.setPos(x, y)
        box.update()
        for branch in self._contents[(lane, key)]:
            chip = self.chips[(branch, Lane.POLITICAL if lane == OUTSIDE else lane)]
            chip.prepareGeometryChange()
            chip.width = self.chip_width(branch)
            offset = where.get(branch, QPointF())
            chip.home = QPointF(x + PAD + offset.x(), y + header + offset.y())
            chip.setPos(chip.home)
        return y + height

    # --- what the user does ---

    def box_under(self, chip: ChipItem) -> BoxItem | None:
        centre = chip.sceneBoundingRect().center()
        for item in self.items(centre):
            if isinstance(item, BoxItem) and item.lane in (chip.lane, OUTSIDE):
                return item
            if isinstance(item, BoxItem) and self._is_outside_chip(chip):
                return item  # an outside branch may go back into either lane
        return None

    def _is_outside_chip(self, chip: ChipItem) -> bool:
        return self._org is not None and self._org.placement(chip.branch).outside_remit

    def chip_released(self, chip: ChipItem) -> None:
        box = self.box_under(chip)
        chip.setPos(chip.home)  # the document decides; the layout then moves it for real
        if box is None:
            return
        self.chipDropped.emit(chip.branch, chip.lane, Target(box.lane, box.key))

    def lane_boxes(self, lane: Lane | Outside) -> list[str]:
        return [k for ln, k in self._order if ln == lane]

    def current_box(self, chip: ChipItem) -> Target:
        if self._is_outside_chip(chip):
            return Target(OUTSIDE, OUTSIDE)
        home = getattr(self._org.placement(chip.branch), f"{chip.lane}_body")  # type: ignore[union-attr]
        return Target(chip.lane, home if home is not None else TRAY)

    def focus_next_chip(self, forward: bool) -> bool:
        """Tab walks the chips, lane by lane; False past the last (or first): focus leaves."""
        chips = [c for c in self.chips.values() if c.isVisible()]
        current = self.focusItem()
        if current in chips:
            index = chips.index(current) + (1 if forward else -1)
        else:
            index = 0 if forward else len(chips) - 1
        if not 0 <= index < len(chips):
            self.clearSelection()
            self.clearFocus()
            return False
        chip = chips[index]
        self.clearSelection()
        chip.setSelected(True)
        chip.setFocus(Qt.FocusReason.TabFocusReason)
        for view in self.views():
            view.ensureVisible(chip)
        return True

    def edit_box_title(
        self,
        lane: Lane,
        body_id: str,
        on_commit: Callable[[str], None],
        choices: Choices | None = None,
    ) -> bool:
        """Type a body's name where it is drawn (Enter keeps it, Esc drops it); `choices`
        asks its kind under the name meanwhile."""
        box = self.boxes.get((lane, body_id))
        if box is None:
            return False
        self.last_body = (lane, body_id)
        rect = box.mapRectToScene(QRectF(6, 4, box.size[0] - 12, 28))
        # Tab (or Insert): named, and the next body in the same lane opens for its name.
        self.editor.open(
            rect,
            box.title,
            on_commit,
            on_next=lambda _then: self.bodyAddRequested.emit(lane),
            choices=choices,
        )
        for view in self.views():
            view.ensureVisible(self.editor.covers)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.editor.active:  # the name being typed takes every key
            super().keyPressEvent(event)
            return
        chip = self.focusItem()
        if not isinstance(chip, ChipItem):
            if not self.quick_entry:
                super().keyPressEvent(event)
                return
            if self.last_body is not None and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.bodyAddRequested.emit(self.last_body[0])
                event.accept()
                return
            if self.last_body is not None and event.key() == Qt.Key.Key_F2:
                self.boxRename.emit(*self.last_body)
                event.accept()
                return
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and not self._is_outside_chip(chip):
            boxes = self.lane_boxes(chip.lane)
            index = boxes.index(self.current_box(chip).key)
            step = 1 if key == Qt.Key.Key_Right else -1
            target = boxes[(index + step) % len(boxes)]
            self.chipDropped.emit(chip.branch, chip.lane, Target(chip.lane, target))
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Menu):
            view = self.views()[0]
            where = view.viewport().mapToGlobal(
                view.mapFromScene(chip.sceneBoundingRect().bottomLeft())
            )
            self.chipMenu.emit(chip.branch, chip.lane, where)
            event.accept()
            return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802
        for item in self.items(event.scenePos()):
            if isinstance(item, ChipItem):
                self.chipMenu.emit(item.branch, item.lane, event.screenPos())
                return
            if isinstance(item, BoxItem):
                self.boxMenu.emit(item.lane, item.key, event.screenPos())
                return

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:  # noqa: N802
        for item in self.items(event.scenePos()):
            if isinstance(item, BoxItem) and item.kind in ("body", "general") and self.quick_entry:
                self.boxRename.emit(item.lane, item.key)
                return
        super().mouseDoubleClickEvent(event)
