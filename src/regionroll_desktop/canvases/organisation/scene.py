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

from ...figures.organisation import (
    BOX_W,
    CHIP_MIN_W,
    MARGIN,
    TITLE_SHARE,
    Body,
    OrganisationContent,
    organisation_content,
    organisation_layout,
)
from ...model import Branch, Lane, Organisation
from ...ui.widgets import plain_tip
from ..inline_edit import Choices, InlineEditor
from .items import OUTSIDE, TRAY, BoxItem, ChipItem, Outside, header_height, natural_width

LANES = tuple(Lane)


@dataclass(frozen=True)
class Target:
    lane: Lane | Outside
    key: str  # body id, TRAY or OUTSIDE


class _SceneMetrics:
    """`figures.organisation.Metrics` from the scene's fonts."""

    def __init__(self, scene: OrganisationScene) -> None:
        self.scene = scene

    def chip_width(self, branch: Branch) -> float:
        return self.scene.chip_width(branch)

    def title_height(self) -> float:
        return QFontMetricsF(self.scene.title_font()).lineSpacing() + 8

    def header_height(self, body: Body, width: float, compact: bool) -> float:
        return header_height(self.scene.base_font, body.title, body.subtitle, compact, width)

    def natural_width(self, body: Body) -> float:
        return natural_width(self.scene.base_font, body.title)


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
        self._content: OrganisationContent | None = None

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
        content = organisation_content(org, branch_names, texts)
        self._content = content
        wanted: list[tuple[Lane | Outside, Body]] = [
            (Lane(lane.key), body) for lane in content.lanes for body in (lane.tray, *lane.bodies)
        ]
        wanted.append((OUTSIDE, content.outside))
        keys = {(area, body.key) for area, body in wanted}
        for stale in [k for k in self.boxes if k not in keys]:
            self.removeItem(self.boxes.pop(stale))
        order: list[tuple[Lane | Outside, str]] = []  # the boxes, lane by lane
        for area, body in wanted:
            box = self.boxes.get((area, body.key))
            if box is None or box.kind != body.kind:
                if box is not None:
                    self.removeItem(box)
                box = BoxItem(body.key, area, body.kind)
                self.addItem(box)
                self.boxes[(area, body.key)] = box
            box.title, box.subtitle = body.title, body.subtitle
            box.setToolTip(plain_tip(body.title))
            box.set_font(self.base_font)
            order.append((area, body.key))
        self._order = order
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

    def title_font(self) -> QFont:
        """The lanes' titles: bold, a quarter larger than the scene's type."""
        font = QFont(self.base_font)
        font.setBold(True)
        if self.base_font.pixelSize() > 0:  # a figure's type, in pixels
            font.setPixelSize(round(self.base_font.pixelSize() * TITLE_SHARE))
        else:
            font.setPointSizeF(self.base_font.pointSizeF() * TITLE_SHARE)
        return font

    def layout(self) -> None:
        """Every box, chip and title where `figures.organisation.organisation_layout` puts
        them for the scene's width and type: held still while the room works (`steady`), as
        the projector shows it otherwise (the bodies holding no branch as their names, or
        with `names_aside` left to the text beside the canvas)."""
        if self._content is None:
            return
        for box in self.boxes.values():
            box.compact = not self.steady
        placed = organisation_layout(
            self._content, self._width, _SceneMetrics(self), self.steady, self.names_aside
        )
        title_font = self.title_font()
        for lane in LANES:
            self.titles[lane].setFont(title_font)
            self.titles[lane].setPos(*placed.titles[lane.value])
        for (area, key), box in self.boxes.items():
            where = placed.boxes.get((area, key))
            if where is None:
                box.hide()
                continue
            box.show()
            box.prepareGeometryChange()
            box.size = (where.w, where.h)
            box.setPos(where.x, where.y)
            box.update()
        for (branch, area), where in placed.chips.items():
            chip = self.chips[(branch, Lane.POLITICAL if area == OUTSIDE else Lane(area))]
            chip.prepareGeometryChange()
            chip.width = where.w
            chip.home = QPointF(where.x, where.y)
            chip.setPos(chip.home)
        self.setSceneRect(0, 0, placed.width, placed.height)
        was_aside = self.aside_names
        self.aside_names = {Lane(lane): names for lane, names in placed.aside.items()}
        if self.aside_names != was_aside:
            self.asideChanged.emit()

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
