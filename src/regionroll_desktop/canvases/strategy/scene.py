"""The strategy structure as a pyramid of three levels. Mirrors the document; reports drops,
new links and deletions, and never changes the document itself."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsLineItem,
    QGraphicsScene,
    QGraphicsSceneContextMenuEvent,
)

from ...analysis.matrix import Box
from ...figures.pyramid import (
    GAP,
    Card,
    PyramidContent,
    PyramidLayout,
    link_obstacles_of,
    pyramid_layout,
    route_link,
)
from ...model import Strategy, StrategyKind
from ...ui.widgets import plain_tip
from ..inline_edit import NEXT_BELOW, InlineEditor
from .items import CARD_H, CARD_W, CardItem, LevelBand, LinkItem, LinkLayer


class _SceneMetrics:
    """`figures.pyramid.Metrics` from the scene's cards and fonts."""

    def __init__(self, scene: StrategyScene) -> None:
        self.scene = scene

    def needed_height(self, card: Card, width: float) -> float:
        return self.scene.cards[card.id].needed_height(width)

    def widest_word(self, card: Card) -> float:
        return self.scene.cards[card.id].widest_word()

    def band_title_height(self) -> float:
        bold = QFont(self.scene.base_font)
        bold.setBold(True)
        return QFontMetricsF(bold).lineSpacing() + 10

    def type_px(self) -> float:
        return self.scene.type_px()


class StrategyScene(QGraphicsScene):
    cardDropped = Signal(str, int, int)  # noqa: N815  doc id, level, index in level
    linkRequested = Signal(str, str)  # noqa: N815  document, source (document derives from it)
    deleteRequested = Signal(list, list)  # noqa: N815  doc ids, [(document, source)]
    cardActivated = Signal(str)  # noqa: N815  double-click: edit
    # Quick entry, from the keyboard: a card's title typed in place; a new document beside the
    # chosen one ("sibling": same level and parent; "loose": same level, no link), or below it
    # ("child": the level below, deriving from it); the next kind on the chosen card's level.
    titleCommitted = Signal(str, str)  # noqa: N815  doc id, title
    addRequested = Signal(str, str)  # noqa: N815  relation, anchor doc id ("" for none)
    kindCycleRequested = Signal(str)  # noqa: N815  doc id
    cardMenu = Signal(str, QPoint)  # noqa: N815  doc id, screen point (right-click, Menu key)

    def __init__(self) -> None:
        super().__init__()
        self.setBackgroundBrush(QColor("white"))
        self.base_font = QFont()
        self.cards: dict[str, CardItem] = {}
        self.links: dict[tuple[str, str], LinkItem] = {}
        self.bands = {level: LevelBand(level) for level in (1, 2, 3)}
        for band in self.bands.values():
            self.addItem(band)
            self.addItem(band.label)
        self.link_layer = LinkLayer()
        self.addItem(self.link_layer)
        self._moving: str | None = None
        self._by_card: dict[str, list[LinkItem]] = {}
        self._order: dict[int, list[str]] = {1: [], 2: [], 3: []}
        self._width = 1000.0
        self.card_height = CARD_H
        self.compact = False  # the projector's: every level as wide as the view, fewer rows
        self._rubber: QGraphicsLineItem | None = None
        self._routed_geometry: object = None  # where the cards were when links were routed
        self._routed: set[tuple[str, str]] = set()
        self._rects: dict[str, Box] | None = None  # the cards' bodies at rest
        self._shape: object = None  # what the last layout was made for
        self.placed = PyramidLayout(self._width, 0.0, CARD_W, CARD_H)  # where the last put all
        self.editor = InlineEditor(self)
        # Off in projector mode: a clicker's stray key ("b", ".") must not start typing there.
        self.quick_entry = True
        # Off while a figure tries widths: its links are routed once, for the width it keeps.
        self.routes_as_laid_out = True

    # --- mirror the document ---

    def show_strategy(
        self,
        strategy: Strategy,
        subtitles: dict[str, str],
        band_titles: dict[int, str],
        flagged_docs: set[str],
        flagged_links: set[tuple[str, str]],
    ) -> None:
        ids = {d.id for d in strategy.documents}
        # The cards' links are found afresh by the layout below; until then a card that moves
        # must not reroute a link whose other card is gone.
        self._by_card = {}
        for stale in [i for i in self.cards if i not in ids]:
            self.removeItem(self.cards.pop(stale))
        order: dict[int, list[str]] = {1: [], 2: [], 3: []}
        for doc in strategy.documents:
            card = self.cards.get(doc.id)
            if card is None:
                card = CardItem(doc.id)
                self.addItem(card)
                self.cards[doc.id] = card
            card.title = doc.title
            card.subtitle = subtitles[doc.id]
            card.kind = doc.kind
            card.branches = doc.branches
            card.flagged = doc.id in flagged_docs
            card.setToolTip(plain_tip(f"{doc.title}\n{subtitles[doc.id]}"))
            card.set_font(self.base_font)
            card.update()
            order[StrategyKind(doc.kind).level].append(doc.id)
        self._order = order
        wanted = {(lk.document, lk.source) for lk in strategy.links}
        for stale_link in [k for k in self.links if k not in wanted]:
            self.removeItem(self.links.pop(stale_link))
        for key in wanted:
            if key not in self.links:
                link = LinkItem(*key)
                self.addItem(link)
                self.links[key] = link
            self.links[key].flagged = key in flagged_links
        for level, band in self.bands.items():
            band.title = band_titles[level]
            band.set_font(self.base_font)
            band.label.refresh()
        # A title or a flag changed and nothing moves: the cards stay where they are (a full
        # layout and routing at every typed key took most of a key's time at the limits).
        card_h = max([CARD_H, *(card.needed_height() for card in self.cards.values())])
        shape = (
            tuple((level, tuple(ids)) for level, ids in order.items()),
            frozenset(wanted),
            card_h,
            self._width,
            self.base_font.toString(),
        )
        if shape != self._shape:
            self._shape = shape
            self.layout()

    def set_type_px(self, px: float, width: float | None = None) -> None:
        """The cards' and the levels' type `px` pixels tall (the reader's, on a projector);
        with `width`, laid out that wide too, in one layout."""
        font = QFont(self.base_font)
        font.setPixelSize(max(1, round(px)))
        self.base_font = font
        for card in self.cards.values():
            card.set_font(font)
            card.update()
        for band in self.bands.values():
            band.set_font(font)
            band.update()
            band.label.refresh()
        if width is not None:
            self._width = width
        self._shape = None
        self.layout()
        if width is not None and width < self.card_w * 2 + 4 * GAP:
            self.set_width(width)  # at least two of the cards as now laid out, as set_width

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        """The bands and the resting links, under every item: a view keeps them as one
        opaque pixmap (QGraphicsView.CacheBackground), which a drag copies at each move."""
        super().drawBackground(painter, rect)
        painter.save()
        for band in self.bands.values():
            band.draw(painter)
        self.link_layer.draw(painter)
        painter.restore()

    def on_screens(self) -> list[tuple[QGraphicsItem, QRectF]]:
        """What a pyramid projected in parts shows only on its own screen, each with where
        it is: the cards (their bodies, not the room round them a finger finds a handle
        by), the levels' titles and the links (the bands and the links' lines are drawn
        under them, and the view covers what is off the screen)."""
        return [
            *((card, card.mapRectToScene(card.body())) for card in self.cards.values()),
            *((b.label, b.label.sceneBoundingRect()) for b in self.bands.values()),
            *((link, link.sceneBoundingRect()) for link in self.links.values()),
        ]

    def type_px(self) -> float:
        font = self.base_font
        return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72

    def set_width(self, width: float) -> None:
        self._width = max(width, self.card_w * 2 + 4 * GAP)
        self._shape = None
        self.layout()

    @property
    def card_w(self) -> float:
        return next(iter(self.cards.values())).width if self.cards else CARD_W

    def _content(self) -> PyramidContent:
        """What the scene shows, as the layout takes it (the words are the cards' own: they
        are measured in the scene's fonts)."""
        cards = []
        for level, ids in self._order.items():
            for doc_id in ids:
                c = self.cards[doc_id]
                cards.append(Card(doc_id, level, c.title, c.subtitle, c.kind, c.branches))
        titles = {level: band.title for level, band in self.bands.items()}
        return PyramidContent(titles, tuple(cards))

    def layout(self) -> None:
        """The bands and the cards where `figures.pyramid.pyramid_layout` puts them for the
        scene's width and type (`compact`: the projector's), the links routed once after."""
        # Every link is routed once at the end, not again for each card set in its place.
        self._by_card = {}
        placed = pyramid_layout(self._content(), self._width, _SceneMetrics(self), self.compact)
        self.placed = placed
        self.card_height = placed.card_h
        for card in self.cards.values():
            card.set_size(placed.card_w, placed.card_h)
        for level, band in self.bands.items():
            b = placed.bands[level]
            band.prepareGeometryChange()
            band.rect = QRectF(b.x, b.y, b.w, b.h)
            band.update()
            band.label.refresh()
        for doc_id, b in placed.cards.items():
            card = self.cards[doc_id]
            card.home = QPointF(b.x, b.y)
            card.setPos(card.home)
        self.setSceneRect(0, 0, placed.width, placed.height)
        self.invalidate(QRectF(), QGraphicsScene.SceneLayer.BackgroundLayer)  # the bands moved
        if self.routes_as_laid_out:
            self.route_links()

    def route_links(self, *, all_again: bool = False) -> None:
        """Route the links: all of them when a card sits elsewhere than when they were last
        routed (or `all_again`), else only new ones, so typing a title in a large pyramid
        does not reroute four hundred links at every key."""
        geometry = (
            self._width,
            self.card_height,
            tuple((i, c.home.x(), c.home.y()) for i, c in self.cards.items()),
        )
        again = all_again or geometry != self._routed_geometry
        self._routed_geometry = geometry
        self._rects = None
        self._moving = None
        self._by_card = {}
        for key, link in self.links.items():
            document, source = key
            if again or key not in self._routed:
                self._route(link)
            link.set_live(link.isSelected())
            self._by_card.setdefault(document, []).append(link)
            self._by_card.setdefault(source, []).append(link)
        self._routed = set(self.links)
        self._refresh_layer()

    def _refresh_layer(self) -> None:
        moving = self._moving
        self.link_layer.set_paths(
            [
                (link.path(), link.flagged)
                for link in self.links.values()
                if moving is None or moving not in (link.document, link.source)
            ]
        )

    def card_moved(self, card: CardItem) -> None:
        """While a card is dragged, only its own links follow it (drawn live, as direct
        curves: they are routed around the other cards where it is dropped)."""
        if card.home.isNull() and not self._by_card:
            return  # the first layout is still being made
        links = self._by_card.get(card.doc_id, [])
        if self._moving != card.doc_id and card.pos() != card.home:
            self._moving = card.doc_id
            for link in links:
                link.set_live(True)
            self._refresh_layer()
        for link in links:
            start = self.cards[link.document].top_anchor()
            link.route(start, self.cards[link.source].bottom_anchor())

    def _route(self, link: LinkItem) -> None:
        """Route a link around the cards between its two ends (`figures.pyramid.route_link`;
        the cards' resting places are kept in a list while nothing but a dragged card moves,
        so 400 links cost little)."""
        start = self.cards[link.document].top_anchor()
        end = self.cards[link.source].bottom_anchor()
        a, b = (start.x(), start.y()), (end.x(), end.y())
        ends = (link.document, link.source)
        obstacles = link_obstacles_of(self._resting_rects(), a, b, self.card_w, ends)
        link.route(start, end, route_link(a, b, obstacles))

    def _resting_rects(self) -> dict[str, Box]:
        """Each card's body where it rests (a dragged card's own links never avoid it)."""
        if self._rects is None:
            rects = {doc_id: card.body_rect() for doc_id, card in self.cards.items()}
            self._rects = {
                doc_id: Box(r.x(), r.y(), r.width(), r.height()) for doc_id, r in rects.items()
            }
        return self._rects

    # --- what the user does ---

    def level_at(self, point: QPointF) -> int | None:
        for level, band in self.bands.items():
            if band.rect.adjusted(-GAP, -GAP / 2, GAP, GAP / 2).contains(point):
                return level
        return None

    def card_released(self, card: CardItem) -> None:
        centre = card.sceneBoundingRect().center()
        level = self.level_at(centre)
        moved = (card.pos() - card.home).manhattanLength() > 4
        card.setPos(card.home)
        self.route_links(all_again=True)  # its links were drawn where it was dragged
        if level is None or not moved:
            return

        # Reading order: rows top to bottom, then left to right; the drop point takes its place.
        def reading(point: QPointF) -> tuple[int, float]:
            return int(point.y() // (self.card_height + GAP)), point.x()

        others = [i for i in self._order[level] if i != card.doc_id]
        index = sum(
            1
            for i in others
            if reading(self.cards[i].sceneBoundingRect().center()) < reading(centre)
        )
        self.cardDropped.emit(card.doc_id, level, index)

    def start_link(self, card: CardItem) -> None:
        self._rubber = QGraphicsLineItem(QLineF(card.top_anchor(), card.top_anchor()))
        self._rubber.setPen(QPen(QColor("#1d4ed8"), 2, Qt.PenStyle.DashLine))
        self._rubber.setZValue(60)
        self.addItem(self._rubber)

    def drag_link(self, point: QPointF) -> None:
        if self._rubber is not None:
            line = self._rubber.line()
            self._rubber.setLine(QLineF(line.p1(), point))

    def finish_link(self, card: CardItem, point: QPointF) -> None:
        if self._rubber is not None:
            self.removeItem(self._rubber)
            self._rubber = None
        for item in self.items(point):
            if isinstance(item, CardItem) and item is not card:
                self.linkRequested.emit(card.doc_id, item.doc_id)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.editor.active:  # the title being typed takes every key
            super().keyPressEvent(event)
            return
        if self._quick_entry(event):
            event.accept()
            return
        chosen = self.chosen_card()
        menu_key = event.key() == Qt.Key.Key_Menu or (
            event.key() == Qt.Key.Key_F10 and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        if menu_key and chosen is not None and self.quick_entry:
            view = self.views()[0] if self.views() else None
            corner = chosen.sceneBoundingRect().bottomLeft()
            where = view.mapToGlobal(view.mapFromScene(corner)) if view else QPoint()
            self.cardMenu.emit(chosen.doc_id, where)
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            selected = self.selectedItems()
            docs = [i.doc_id for i in selected if isinstance(i, CardItem)]
            links = [(i.document, i.source) for i in selected if isinstance(i, LinkItem)]
            if docs or links:
                self.deleteRequested.emit(docs, links)
                event.accept()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:  # noqa: N802
        for item in self.items(event.scenePos()):
            while item is not None and not isinstance(item, CardItem):
                item = item.parentItem()
            if isinstance(item, CardItem) and self.quick_entry:
                self.select_documents({item.doc_id})
                self.cardMenu.emit(item.doc_id, event.screenPos())
                event.accept()
                return
        super().contextMenuEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        for item in self.items(event.scenePos()):
            if isinstance(item, CardItem) and self.quick_entry:
                self.select_documents({item.doc_id})
                self.edit_title(item.doc_id)
                self.cardActivated.emit(item.doc_id)
                return
        super().mouseDoubleClickEvent(event)

    # --- quick entry ---

    def chosen_card(self) -> CardItem | None:
        """The one selected card, when exactly one is."""
        cards = [i for i in self.selectedItems() if isinstance(i, CardItem)]
        return cards[0] if len(cards) == 1 else None

    def edit_title(self, doc_id: str, typed: str | None = None) -> bool:
        """Type the card's title where it is drawn (Enter keeps it, Esc drops it)."""
        card = self.cards.get(doc_id)
        if card is None:
            return False
        rect = card.mapRectToScene(QRectF(4, 4, card.width - 8, 30))
        card.setSelected(True)

        def done() -> None:
            if doc_id in self.cards:
                self.cards[doc_id].setFocus(Qt.FocusReason.OtherFocusReason)

        self.editor.open(
            rect,
            card.title,
            lambda text: self.titleCommitted.emit(doc_id, text),
            typed,
            done,
            # Tab: the next card beside this one; Insert: one below it, deriving from it.
            lambda then: self.addRequested.emit(
                "child" if then == NEXT_BELOW else "sibling", doc_id
            ),
        )
        for view in self.views():
            view.ensureVisible(rect)
        return True

    def _quick_entry(self, event: QKeyEvent) -> bool:
        """Enter, Shift+Enter, Insert, F2, Ctrl+K, the arrows and typing on a chosen card."""
        if not self.quick_entry:
            return False
        key, mods = event.key(), event.modifiers()
        card = self.chosen_card()
        anchor = card.doc_id if card is not None else ""
        command = bool(mods & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            loose = bool(mods & Qt.KeyboardModifier.ShiftModifier)
            self.addRequested.emit("loose" if loose and card else "sibling", anchor)
            return True
        if key == Qt.Key.Key_Insert:
            self.addRequested.emit("child" if card else "sibling", anchor)
            return True
        if card is None:
            return False
        if key == Qt.Key.Key_F2:
            return self.edit_title(card.doc_id)
        if key == Qt.Key.Key_K and command:
            self.kindCycleRequested.emit(card.doc_id)
            return True
        arrows = {
            Qt.Key.Key_Left: (0, -1),
            Qt.Key.Key_Right: (0, 1),
            Qt.Key.Key_Up: (-1, 0),
            Qt.Key.Key_Down: (1, 0),
        }
        if key in arrows and not command:
            return self._step_to(card, *arrows[Qt.Key(key)])
        text = event.text()
        if text and text.isprintable() and not text.isspace() and not command:
            return self.edit_title(card.doc_id, typed=text)
        return False

    def _step_to(self, card: CardItem, levels: int, along: int) -> bool:
        """The card beside this one on its level, or the nearest one on the level above or
        below; False when there is none that way."""
        level = StrategyKind(card.kind).level
        if levels == 0:
            row = self._order[level]
            index = row.index(card.doc_id) + along
            target = row[index] if 0 <= index < len(row) else None
        else:
            row = self._order.get(level + levels, [])
            x = card.sceneBoundingRect().center().x()
            target = min(
                row,
                key=lambda i: abs(self.cards[i].sceneBoundingRect().center().x() - x),
                default=None,
            )
        if target is None:
            return False
        self.select_documents({target})
        self.cards[target].setFocus(Qt.FocusReason.OtherFocusReason)
        for view in self.views():
            view.ensureVisible(self.cards[target])
        return True

    def focus_next_card(self, forward: bool) -> bool:
        """Tab walks the cards, level by level; False past the last (or first): focus leaves."""
        cards = [self.cards[i] for level in (1, 2, 3) for i in self._order[level]]
        current = self.focusItem()
        if current in cards:
            index = cards.index(current) + (1 if forward else -1)
        else:
            index = 0 if forward else len(cards) - 1
        if not 0 <= index < len(cards):
            self.clearSelection()
            self.clearFocus()
            return False
        card = cards[index]
        self.select_documents({card.doc_id})
        card.setFocus(Qt.FocusReason.TabFocusReason)
        for view in self.views():
            view.ensureVisible(card)
        return True

    def select_documents(self, doc_ids: set[str]) -> None:
        self.clearSelection()
        for doc_id in doc_ids:
            if doc_id in self.cards:
                self.cards[doc_id].setSelected(True)
