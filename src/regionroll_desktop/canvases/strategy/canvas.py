"""The Strategi step's canvas: build the strategy pyramid, hold it against the desired one,
and sort the RUS's priorities into Kärna, Bredd and Spets."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial
from math import ceil

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPainter,
    QPen,
    QPixmapCache,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...analysis.strategy import (
    BREADTH_RULE,
    Diagnostic,
    breadth_dominates,
    untested_priorities,
)
from ...analysis.strategy_2019 import suggestion_source
from ...figures.pyramid import pyramid_screens
from ...model import (
    Branch,
    FocusArea,
    FocusTier,
    Language,
    NotePin,
    PinKind,
    Step,
    StrategyKind,
    Workshop,
)
from ...model import edits as e
from ...model.deck import BRANCH_LABELS, DECK_SOURCE
from ...ui.canvas_outline import strategy_kind_words
from ...ui.keys import command_key, native_keys
from ...ui.reference_library import ReferenceLibrary
from ...ui.session import Session
from ...ui.step_words import (
    diagnostic_lines,
    priority_tests_words,
    relevance_tests_quote,
    untested_words,
)
from ...ui.widgets import (
    Retranslating,
    muted,
    name_side_panels,
    named,
    plain_tip,
    side_panel,
)
from ..announce import FocusAnnouncer
from ..outline import CanvasOutline
from ..step_canvas import Figure, KeyHelp, Parts, hide_side_panels, largest_zoom
from ..sticky_notes import NoteLayer
from ..touch import pinch_to_zoom
from .figure import show_pyramid, strategy_figure
from .focus import COLUMNS, TESTS_ROLE, UNSORTED, FocusBoard
from .items import KIND_COLOURS, CardItem
from .scene import StrategyScene

KIND_FOR_LEVEL = {
    1: StrategyKind.RUS,
    2: StrategyKind.DELOMRADESSTRATEGI,
    3: StrategyKind.HANDLINGSPLAN,
}
NO_YEAR = 1899
HAND_ZOOM = (0.2, 3.0)  # how far the wheel and a pinch zoom the pyramid
MAX_TYPE_PX = 48.0  # the cards' type grows for a projector's reader at most this far


class PyramidView(QGraphicsView):
    def __init__(self, scene: StrategyScene) -> None:
        super().__init__(scene)
        self._scene = scene
        self.setObjectName("pyramidView")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setMinimumSize(400, 260)
        # The bands and the resting links (the scene's background) kept as one pixmap.
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.zoom = 1.0
        self.fit_up_to: float | None = None  # projector: always fit, never scroll
        self.least_px = 0.0  # the reader's smallest type on the screen (a projector's)
        self._fitted: tuple[float, int] = (0.0, 0)  # the pyramid's height and cards, last fit
        # Projected in parts (too tall for the reader's type): each screen's top and foot in
        # the scene, the one shown, and the cards' type before a reader's grew it.
        self.parts = Parts(self._show_screen, self)
        self._screens: list[tuple[float, float]] = []
        self._band: tuple[float, float] | None = None
        self._plain_px = 0.0
        pinch_to_zoom(self, lambda factor, _centre: self.zoom_by(factor))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fit_up_to is not None:
            self.fit_whole(self.fit_up_to)
        else:
            self._scene.set_width(self.viewport().width() / self.zoom)

    def fit_whole(self, largest: float) -> None:
        """The largest zoom, up to `largest`, at which the whole pyramid fits the view; with a
        reader's smallest type (`least_px`, a projector's), from the cards' own type the
        type grows until it shows at least that large (the cards wrap their titles into more
        lines), then as long as the whole still fits. The links are routed once, for the
        width it keeps, not for each width tried (400 at the limits, a tenth of a second a
        width). When the whole does not fit in that type, it is shown in screens (`parts`),
        in the reader's type and the view's width, from the top: the RUS, where the pyramid
        starts (at the limits its top showed in 14 px type, the rest cut at the screen's
        foot)."""
        scene = self._scene
        self._plain_px = self._plain_px or scene.type_px()
        routes, scene.routes_as_laid_out = scene.routes_as_laid_out, False
        in_parts = False
        try:
            if self.least_px > 0:
                # Screens first, when the reader's type shows no more than a screen's worth
                # (the search for the largest zoom below took most of a second at the limits).
                px, count = self._in_screens()
                zoom, in_parts = self.least_px / px, count > 1
            if not in_parts:
                if self.least_px > 0:
                    # From the cards' own type each time: the same drawing for the same
                    # screen, whatever it was fitted for before (a pyramid first fitted at
                    # 1080 lines kept that type at 720, one first fitted at 720 its least).
                    scene.set_type_px(self._plain_px)
                zoom = self._whole_at(largest)
            if self.least_px > 0 and not in_parts:
                px = scene.type_px()
                while px * zoom < self.least_px - 0.01 and px < MAX_TYPE_PX:
                    # (whole pixels: the scene's type is set in them)
                    scene.set_type_px(min(MAX_TYPE_PX, max(px + 1, ceil(self.least_px / zoom))))
                    px = scene.type_px()
                    zoom = self._whole_at(largest)
                tall = scene.sceneRect().height() * zoom > self.viewport().height() + 0.5
                in_parts = tall or px * zoom < self.least_px - 0.01
                if in_parts:
                    zoom = self.least_px / self._in_screens()[0]
                else:
                    self._grow_type(px, zoom)
        finally:
            scene.routes_as_laid_out = routes
        if routes:
            scene.route_links()
        self.set_zoom(zoom)
        self._fitted = self._shape()
        shown = self.viewport().height() / self.zoom
        self._screens = pyramid_screens(scene.placed, shown) if in_parts else []
        # The last screen from its top too (the view scrolls no further than the scene).
        self.setSceneRect(scene.sceneRect().adjusted(0, 0, 0, shown) if in_parts else QRectF())
        self.parts.set_count(len(self._screens))
        self._show_screen()

    def _grow_type(self, px: float, zoom: float) -> None:
        """The cards' type as large as the screen lets it be at `zoom`: one pixel larger
        while the whole still fits (the pyramid fills the height; a larger zoom would wrap
        its rows anew and no longer fit, and the type stayed at the reader's least, the
        screen's foot a fifth empty)."""
        scene = self._scene
        size = self.viewport().size()
        while px < MAX_TYPE_PX:
            scene.set_type_px(px + 1, size.width() / zoom)
            if scene.sceneRect().height() * zoom > size.height():
                scene.set_type_px(px, size.width() / zoom)
                return
            px += 1

    def _in_screens(self) -> tuple[float, int]:
        """The cards' type for screens in the reader's type and the view's width, with the
        fewest screens (larger cards hold more of their own words beside the cards' least
        width: three to a row, not two, at 720 lines), and how many screens it takes; the
        pyramid is left laid out in it."""
        scene = self._scene
        size = self.viewport().size()

        def screens(px: float) -> int:
            zoom = self.least_px / px
            scene.set_type_px(px, size.width() / zoom)
            return len(pyramid_screens(scene.placed, size.height() / zoom))

        plain = min(self._plain_px, self.least_px)
        tries = sorted({round(plain), round((plain + self.least_px) / 2), round(self.least_px)})
        counted = {px: screens(px) for px in tries}
        best = min(tries, key=lambda px: (counted[px], -px))
        if best != tries[-1]:  # the last tried is laid out already
            screens(best)
        return best, counted[best]

    def _show_screen(self) -> None:
        """The screen `parts.shown` of a pyramid in parts (what is above and below it is
        neither drawn nor taken by a note), else the whole, or its top when taller."""
        rect = self._scene.sceneRect()
        shown = self.viewport().height() / self.zoom
        band = self._band = self._screens[self.parts.shown] if self._screens else None
        for level in self._scene.bands.values():
            # A screen that starts inside a level says again which (its title at the top).
            inside = band is not None and level.rect.top() < band[0] < level.rect.bottom()
            level.label.setPos(0, band[0] - level.rect.top() if inside and band else 0)
        for item, box in self._scene.on_screens():
            item.setVisible(band is None or band[0] - 1 <= box.top() <= box.bottom() <= band[1] + 1)
        self.viewport().update()
        if band is not None:
            self.centerOn(QPointF(rect.center().x(), band[0] + shown / 2))
        elif rect.height() > shown:  # more than the screen holds: its top, the RUS, shows
            self.centerOn(QPointF(rect.center().x(), rect.top() + shown / 2))
        else:
            self.centerOn(rect.center())

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:  # noqa: N802
        """A pyramid in parts: what is above and below the screen shown is covered (the
        levels' tints and the links run on)."""
        if self._band is None:
            return
        top, foot = self._band
        area = QRectF(rect)
        brush = self._scene.backgroundBrush()
        if area.top() < top:
            painter.fillRect(QRectF(area.left(), area.top(), area.width(), top - area.top()), brush)
        if area.bottom() > foot:
            painter.fillRect(QRectF(area.left(), foot, area.width(), area.bottom() - foot), brush)

    def refit(self) -> None:
        """On the projector, fitted again when the pyramid's height or its cards changed (a
        document added while the room watches ran off the screen's foot, and one removed may
        let the type grow); a title typed that leaves both as they were costs nothing."""
        if self.fit_up_to is not None and self._shape() != self._fitted:
            self.fit_whole(self.fit_up_to)

    def _shape(self) -> tuple[float, int]:
        return self._scene.sceneRect().height(), len(self._scene.cards)

    def _whole_at(self, largest: float) -> float:
        size = self.viewport().size()
        return largest_zoom(self._scene, size.width(), size.height(), largest, 0.3)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            event.accept()
            return
        super().wheelEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab and Shift+Tab walk the cards (and so fill the editor) before leaving."""
        if self._scene.focus_next_card(next):
            return True
        return super().focusNextPrevChild(next)

    def zoom_by(self, factor: float) -> None:
        """A hand's zoom (the wheel with Ctrl, a pinch), within `HAND_ZOOM`."""
        least, most = HAND_ZOOM
        self.set_zoom(min(most, max(least, self.zoom * factor)))

    def set_zoom(self, zoom: float) -> None:
        """Everything drawn `zoom` times larger (a fit's zoom as it is: a 4K screen's
        pyramid was held at a hand's largest, its type under the room's)."""
        self.zoom = zoom
        self.resetTransform()
        self.scale(self.zoom, self.zoom)

    def fit(self) -> None:
        """Zoom so the whole pyramid shows (never larger than life)."""
        rect = self.scene().itemsBoundingRect()
        if rect.isEmpty():
            self.set_zoom(1.0)
            return
        view = self.viewport().size()
        whole = min(1.0, view.width() / rect.width(), view.height() / rect.height())
        self.set_zoom(max(HAND_ZOOM[0], whole))
        self.centerOn(rect.center())


class ReferencePyramids(QWidget):
    """The deck's two pyramids, side by side: the desired one and the most common one."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("referencePyramids")
        self.setMinimumSize(260, 360)
        self.titles = ("", "")
        self.note = ""

    def paintEvent(self, event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        half = h / 2 - 10
        self._pyramid(painter, QRectF(10, 4, w - 20, half - 10), self.titles[0], desired=True)
        self._pyramid(
            painter, QRectF(10, half + 10, w - 20, half - 10), self.titles[1], desired=False
        )

    def _pyramid(self, painter: QPainter, area: QRectF, title: str, desired: bool) -> None:
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("#0f172a"))
        painter.drawText(
            QRectF(area.x(), area.y(), area.width(), 36),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            title,
        )
        top = area.y() + 40
        row_h = (area.height() - 40) / 3
        box_w, box_h = 34.0, row_h * 0.45
        counts = (1, 3, 4)
        centres: list[list[QPointF]] = []
        for level, count in enumerate(counts):
            y = top + level * row_h + (row_h - box_h) / 2
            span = count * box_w + (count - 1) * 8
            x0 = area.center().x() - span / 2
            row = []
            kind = (StrategyKind.RUS, StrategyKind.DELOMRADESSTRATEGI, StrategyKind.HANDLINGSPLAN)[
                level
            ]
            for i in range(count):
                rect = QRectF(x0 + i * (box_w + 8), y, box_w, box_h)
                painter.setPen(QPen(QColor("#64748b"), 1))
                painter.setBrush(QColor(KIND_COLOURS[kind]))
                painter.drawRoundedRect(rect, 4, 4)
                row.append(QPointF(rect.center().x(), rect.top()))
                row.append(QPointF(rect.center().x(), rect.bottom()))
            centres.append(row)
        painter.setPen(QPen(QColor("#475569"), 1.4))
        # Desired: every document derives from the level above. Most common (as read from the
        # deck): many field strategies and their plans stand on their own, apart from the RUS.
        links = (
            [(1, i, 0, 0) for i in range(3)] + [(2, i, 1, i * 3 // 4) for i in range(4)]
            if desired
            else [(1, 0, 0, 0), (2, 0, 1, 0), (2, 2, 1, 2)]
        )
        for level, i, up_level, j in links:
            painter.drawLine(centres[level][2 * i], centres[up_level][2 * j + 1])


FIGURE_MARGIN = 10.0  # around the pyramid in its figure


def pixmap_cache_kb() -> int:
    """Room in Qt's pixmap cache (KB) for the pyramid's cached items (its cards, its levels'
    titles, its notes) over the largest screen, twice over (the old and the new while the view
    changes size); the bands and resting links are the view's own background pixmap. Bounded
    by the screens: a fixed 256 MB let the cache, and the app's memory, grow for as long as
    the views kept changing size (issue #31)."""
    largest = max(
        (
            s.size().width() * s.size().height() * s.devicePixelRatio() ** 2
            for s in QGuiApplication.screens()
        ),
        default=1920 * 1080,
    )
    return int(2 * largest * 4 / 1024)


class StrategyCanvas(Retranslating, QWidget):
    def __init__(
        self, session: Session, library: ReferenceLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("strategyCanvas")
        # The cards, titles and notes are cached pixmaps; make room for a screenful of them.
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), pixmap_cache_kb()))
        self.session = session
        self.library = library
        self.scene = StrategyScene()
        self.view = PyramidView(self.scene)
        self.parts = self.view.parts  # projected: the pyramid a screen at a time, when tall
        self.reference = ReferencePyramids()
        self.reference.hide()
        self._selected: str | None = None
        self._diagnostics: list[Diagnostic] = []

        # Pyramid tab: toolbar, view (+ reference pyramids), side panel.
        self.add_buttons = {
            kind: named(QPushButton(), f"add-{kind.value}") for kind in StrategyKind
        }
        self.fit = named(QPushButton(), "pyramidFit")
        self.show_reference = named(QCheckBox(), "pyramidShowReference")
        toolbar = QHBoxLayout()
        self.add_label = QLabel()
        toolbar.addWidget(self.add_label)
        toolbar.addStretch()
        toolbar.addWidget(self.show_reference)
        toolbar.addWidget(self.fit)
        views = QHBoxLayout()
        views.addWidget(self.view, 1)
        views.addWidget(self.reference)

        self.editor_box = QGroupBox()
        self.title_edit = named(QLineEdit(), "cardTitle")
        self.kind_edit = named(QComboBox(), "cardKind")
        for kind in StrategyKind:
            self.kind_edit.addItem("", kind.value)
        self.year_edit = named(QSpinBox(), "cardYear")
        self.year_edit.setRange(NO_YEAR, 2100)
        self.year_edit.setValue(NO_YEAR)
        self.branch_boxes = {b: named(QCheckBox(), f"cardBranch-{b.value}") for b in Branch}
        self.delete_card = named(QPushButton(), "cardDelete")
        self.editor_labels = [QLabel(), QLabel(), QLabel(), QLabel()]
        form = QGridLayout(self.editor_box)
        for row, (label, field) in enumerate(
            zip(
                self.editor_labels[:3],
                (self.title_edit, self.kind_edit, self.year_edit),
                strict=True,
            )
        ):
            form.addWidget(label, row, 0)
            form.addWidget(field, row, 1)
        form.addWidget(self.editor_labels[3], 3, 0, 1, 2)
        branches = QVBoxLayout()
        branches.setSpacing(2)
        for box in self.branch_boxes.values():
            branches.addWidget(box)
        form.addLayout(branches, 4, 0, 1, 2)
        form.addWidget(self.delete_card, 5, 0, 1, 2)
        self.editor_hint = QLabel()
        self.editor_hint.setWordWrap(True)
        self.suggested_from = named(
            QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText), "cardSuggestedFrom"
        )
        muted(self.suggested_from)
        form.addWidget(self.suggested_from, 6, 0, 1, 2)

        self.diagnostics_box = QGroupBox()
        self.diagnostics = named(QListWidget(), "pyramidDiagnostics")
        self.diagnostics.setWordWrap(True)
        self.diagnostics.setMinimumHeight(160)
        self.diagnostics.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.diagnostics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        QVBoxLayout(self.diagnostics_box).addWidget(self.diagnostics)
        panel = QWidget()
        panel.setFixedWidth(324)
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        add_grid = QGridLayout()
        for i, button in enumerate(self.add_buttons.values()):
            add_grid.addWidget(button, i // 2, i % 2)
        panel_layout.addLayout(add_grid)
        panel_layout.addWidget(self.editor_hint)
        panel_layout.addWidget(self.editor_box)
        panel_layout.addWidget(self.diagnostics_box, 1)
        scroll = side_panel(panel)

        pyramid = QWidget()
        pyramid_layout = QHBoxLayout(pyramid)
        pyramid_layout.setContentsMargins(0, 0, 0, 0)
        left = QVBoxLayout()
        left.addLayout(toolbar)
        left.addLayout(views, 1)
        pyramid_layout.addLayout(left, 1)
        pyramid_layout.addWidget(scroll)

        self.focus = FocusBoard()
        self._showing_focus = False
        self.tabs = named(QTabWidget(), "strategyTabs")
        self.tabs.addTab(pyramid, "")
        self.tabs.addTab(self.focus, "")
        self._focus_stale = True
        self.tabs.currentChanged.connect(self._tab_shown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

        self.scene.cardDropped.connect(self._card_dropped)
        self.scene.linkRequested.connect(self._link)
        self.scene.deleteRequested.connect(self._delete)
        self.scene.selectionChanged.connect(self._selection_changed)
        self.scene.titleCommitted.connect(self._title_typed)
        self.scene.addRequested.connect(self.quick_add)
        self.scene.kindCycleRequested.connect(self._next_kind)
        self.scene.cardMenu.connect(lambda doc, where: self.open_card_menu(doc, where))
        for kind, button in self.add_buttons.items():
            button.clicked.connect(lambda _=False, k=kind: self.add_document(k))
        self.fit.clicked.connect(self.view.fit)
        self.show_reference.toggled.connect(self.reference.setVisible)
        self.title_edit.textEdited.connect(
            lambda text: self._edit_selected("title", text.strip() or "?", merge=True)
        )
        self.kind_edit.activated.connect(
            lambda _: self._edit_selected("kind", StrategyKind(self.kind_edit.currentData()))
        )
        self.year_edit.valueChanged.connect(
            lambda v: self._edit_selected("year", None if v == NO_YEAR else v, merge=True)
        )
        for branch, box in self.branch_boxes.items():
            box.clicked.connect(lambda on, b=branch: self._toggle_branch(b, on))
        self.delete_card.clicked.connect(
            lambda: self._selected and self._delete([self._selected], [])
        )
        self.diagnostics.itemClicked.connect(self._diagnostic_clicked)
        self.focus.add.clicked.connect(self._add_focus)
        self.focus.new_text.returnPressed.connect(self._add_focus)
        self.focus.remove.clicked.connect(self._remove_focus)
        for focus_list in self.focus.lists.values():
            focus_list.areaDropped.connect(self.move_focus)
            focus_list.itemChanged.connect(self._focus_typed)
            focus_list.addRequested.connect(self._add_focus_in)
        self.focus.areaChosen.connect(lambda _area: self._show_priority(self.session.workshop))
        self.focus.priority.testsChanged.connect(self._priority_test)
        self.focus.priority.branchesChanged.connect(
            lambda branches: self._edit_priority(
                self.tr("Branches of a priority"), branches=branches
            )
        )
        self.focus.priority.documentsChanged.connect(
            lambda documents: self._edit_priority(
                self.tr("Documents of a priority"), documents=documents
            )
        )
        # The diagnostics name branches no strategy covers, which the organisation holds.
        self.announcer = FocusAnnouncer(self.view, self._focus_words)
        # Not the step's note, which is on the page and not in the pyramid.
        session.watch(
            lambda w: (
                w.strategy.documents,
                w.strategy.links,
                w.strategy.focus_areas,
                w.organisation,
            ),
            self.show_workshop,
            self,
        )
        self.retranslate()
        self.notes = NoteLayer(session, Step.STRATEGI, self, self)
        self.outline = CanvasOutline(session, Step.STRATEGI, self)

    def _focus_words(self, item: QGraphicsItem) -> str | None:
        """A card with the focus: its title and kind, "Regionplan (Plan (VP/RP/ÖP))"."""
        if not isinstance(item, CardItem):
            return None
        doc = self.session.workshop.strategy.document(item.doc_id)
        return f"{doc.title} ({strategy_kind_words(doc.kind)})" if doc is not None else None

    def as_widget(self) -> QWidget:
        return self

    def figure(self) -> Figure:
        return strategy_figure(self.session.workshop)

    # --- where the sticky notes go (sticky_notes.Pinboard) ---

    def note_view(self) -> QGraphicsView:
        return self.view

    def show_notes(self, shown: bool, show_again: Callable[[], None]) -> None:
        self.notes.show_again = show_again
        self.notes.set_shown(shown)

    def drawn_for(self) -> Hashable:
        return self.scene.type_px()

    def pinned_item(self, pin: NotePin) -> CardItem | None:
        return self.scene.cards.get(pin.item) if pin.kind is PinKind.CARD else None

    def pin_of(self, item: QGraphicsItem) -> NotePin | None:
        if isinstance(item, CardItem):
            return NotePin(kind=PinKind.CARD, item=item.doc_id)
        return None

    def editing_chrome(self) -> list[QWidget]:
        """What only the person editing needs: the toolbar and the tabs."""
        bar = self.tabs.tabBar()
        return [self.add_label, self.show_reference, self.fit, *([bar] if bar else [])]

    def present(self, zoom: float, least_px: float) -> None:
        """The pyramid alone, fitted: the tabs, hints and the editor stay on the laptop."""
        self.notes.present(zoom, least_px)
        self.view.setMinimumSize(240, 200)  # the screen decides: the view fits whatever it gets
        hide_side_panels(self)
        self.tabs.setCurrentIndex(0)
        self.tabs.setDocumentMode(True)
        self.scene.compact = True
        self.scene.quick_entry = False  # the room's screen: no typing, no new cards
        for widget in self.editing_chrome():
            widget.hide()
        self.view.fit_up_to = max(zoom, 2.0)  # the largest zoom at which the pyramid fits
        self.view.least_px = least_px
        for policy in (
            self.view.setVerticalScrollBarPolicy,
            self.view.setHorizontalScrollBarPolicy,
        ):
            policy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.fit_whole(self.view.fit_up_to)

    def key_help(self) -> KeyHelp:
        return [
            (self.tr("Strategy: choose a card"), self.tr("Tab, Shift+Tab, arrow keys")),
            (self.tr("Strategy: type the chosen card's title in place"), self.tr("F2, or type")),
            (
                self.tr("Strategy: a new document beside the chosen one (linked as it is)"),
                self.tr("Enter"),
            ),
            (self.tr("… beside it, without links"), self.tr("Shift+Enter")),
            (self.tr("… on the level below, deriving from it"), self.tr("Insert")),
            (
                self.tr("Strategy, typing a title: keep it and open the next card beside it"),
                self.tr("Tab"),
            ),
            (self.tr("… keep it and open one below it"), self.tr("Insert")),
            (
                self.tr("Strategy: plan or field strategy (the chosen card's kind)"),
                native_keys("Ctrl+K"),
            ),
            (self.tr("RUS focus: a priority's words, in place"), self.tr("F2, or type")),
            (self.tr("RUS focus: the next priority in the same column"), self.tr("Enter")),
            (
                self.tr("Strategy: the chosen card's menu (what it derives from: link, unlink)"),
                self.tr("Menu key, Shift+F10 or right-click"),
            ),
            # The key's name, as the notes' line and the hint write it (the menu's "Delete" is
            # a verb, translated "Ta bort": F1 named the key both ways, issue #33).
            (self.tr("Strategy: remove the selected cards or links"), "Delete"),
            (
                self.tr("Strategy: zoom the pyramid"),
                self.tr("{ctrl}+wheel, or pinch").format(ctrl=command_key()),
            ),
        ]

    # --- edits ---

    def _apply(
        self, text: str, edit: Callable[[Workshop], Workshop], merge_key: str | None = None
    ) -> bool:
        return self.session.apply(text, edit, merge_key)

    def add_document(self, kind: StrategyKind) -> str:
        doc_id = e.new_id("doc")
        title = self._kind_name(kind)
        self._apply(
            self.tr("Add {kind}").format(kind=title),
            lambda w: e.add_document(w, title, kind, doc_id=doc_id),
        )
        self.scene.select_documents({doc_id})
        self.title_edit.setFocus()
        self.title_edit.selectAll()
        return doc_id

    def _title_typed(self, doc_id: str, title: str) -> None:
        """A title typed on the card: one undo step."""
        if doc_id in {d.id for d in self.session.workshop.strategy.documents}:
            self._apply(
                self.tr("Edit strategy document"),
                lambda w: e.update_document(w, doc_id, title=title),
            )

    def quick_add(self, relation: str, anchor: str) -> str | None:
        """Enter: a document beside `anchor` (same level, deriving from what it derives
        from); Shift+Enter ("loose"): the same without links; Insert ("child"): one on the
        level below, deriving from `anchor`. With no card chosen, a RUS. The new card's title
        is then typed in place; adding it and typing its title are one undo step each."""
        strategy = self.session.workshop.strategy
        known = {d.id: d for d in strategy.documents}
        sources: tuple[str, ...]
        if anchor not in known:
            kind, sources = StrategyKind.RUS, ()
        else:
            chosen = known[anchor]
            level = StrategyKind(chosen.kind).level
            if relation == "child":
                if level >= 3:
                    return None  # nothing below the action plans
                kind, sources = KIND_FOR_LEVEL[level + 1], (anchor,)
            else:
                kind = chosen.kind
                sources = (
                    ()
                    if relation == "loose"
                    else tuple(lk.source for lk in strategy.links if lk.document == anchor)
                )
        doc_id = e.new_id("doc")
        title = self._kind_name(kind)

        def edit(w: Workshop) -> Workshop:
            w = e.add_document(w, title, kind, doc_id=doc_id)
            if anchor in known and relation != "child":
                index = [d.id for d in w.strategy.documents if d.kind.level == kind.level]
                w = e.place_document(w, doc_id, kind, index.index(anchor) + 1)
            for source in sources:
                w = e.add_link(w, doc_id, source)
            return w

        if not self._apply(self.tr("Add {kind}").format(kind=title), edit):
            return None
        self.scene.select_documents({doc_id})
        self.scene.edit_title(doc_id)
        return doc_id

    def _next_kind(self, doc_id: str) -> None:
        """Ctrl+K: the next kind of document on the card's level (a plan or a field strategy
        on the middle level); nothing where the level has one kind."""
        current = self.session.workshop.strategy.document(doc_id).kind
        kinds = [k for k in StrategyKind if k.level == StrategyKind(current).level]
        if len(kinds) > 1:
            kind = kinds[(kinds.index(StrategyKind(current)) + 1) % len(kinds)]
            self._apply(
                self.tr("Edit strategy document"), lambda w: e.update_document(w, doc_id, kind=kind)
            )

    def _card_dropped(self, doc_id: str, level: int, index: int) -> None:
        current = self.session.workshop.strategy.document(doc_id).kind
        kind = current if StrategyKind(current).level == level else KIND_FOR_LEVEL[level]
        self._apply(
            self.tr("Move a strategy document"), lambda w: e.place_document(w, doc_id, kind, index)
        )

    def card_menu(self, doc_id: str) -> QMenu:
        """A card's menu (right-click, or the Menu key on the chosen card): what it derives
        from, each other document ticked or not (the keyboard's way to link and unlink),
        its title in place, removing it."""
        strategy = self.session.workshop.strategy
        menu = QMenu(self)
        menu.addAction(self.tr("Type the title…"), lambda: self.scene.edit_title(doc_id))
        sources = menu.addMenu(self.tr("Derives from"))
        linked = {lk.source for lk in strategy.links if lk.document == doc_id}
        for doc in strategy.documents:
            if doc.id == doc_id:
                continue
            action = sources.addAction(f"{doc.title} ({self._kind_name(doc.kind)})")
            action.setCheckable(True)
            action.setChecked(doc.id in linked)
            action.toggled.connect(partial(self._toggle_link, doc_id, doc.id))
        sources.setEnabled(len(strategy.documents) > 1)
        menu.addSeparator()
        menu.addAction(self.tr("Remove the document"), lambda: self._delete([doc_id], []))
        return menu

    def open_card_menu(self, doc_id: str, where: QPoint) -> None:
        self.card_menu(doc_id).exec(where)

    def _toggle_link(self, document: str, source: str, linked: bool) -> None:
        if linked:
            self._link(document, source)
        else:
            self._apply(self.tr("Remove a link"), lambda w: e.remove_link(w, document, source))

    def _link(self, document: str, source: str) -> None:
        strategy = self.session.workshop.strategy
        if any(lk.document == document and lk.source == source for lk in strategy.links):
            return
        self._apply(self.tr("Link: derives from"), lambda w: e.add_link(w, document, source))

    def _delete(self, docs: list[str], links: list[tuple[str, str]]) -> None:
        def edit(w: Workshop) -> Workshop:
            for document, source in links:
                if any(lk.document == document and lk.source == source for lk in w.strategy.links):
                    w = e.remove_link(w, document, source)
            for doc in docs:
                w = e.remove_document(w, doc)
            return w

        text = self.tr("Delete") if docs else self.tr("Delete link")
        self._apply(text, edit)

    def _edit_selected(self, field: str, value: object, merge: bool = False) -> None:
        doc_id = self._selected
        if doc_id is None:
            return
        self._apply(
            self.tr("Edit strategy document"),
            lambda w: e.update_document(w, doc_id, **{field: value}),
            merge_key=f"strategy.{doc_id}.{field}" if merge else None,
        )

    def _toggle_branch(self, branch: Branch, on: bool) -> None:
        if self._selected is None:
            return
        current = set(self.session.workshop.strategy.document(self._selected).branches)
        current = current | {branch} if on else current - {branch}
        self._edit_selected("branches", tuple(current))

    def _add_focus(self) -> None:
        text = self.focus.new_text.text().strip()
        if not text:
            return
        self._apply(self.tr("Add a priority"), lambda w: e.add_focus_area(w, text))
        self.focus.new_text.clear()

    def _focus_typed(self, item: QListWidgetItem) -> None:
        """A priority's words edited in place: one undo step (empty words change nothing)."""
        if self._showing_focus:
            return
        area_id = str(item.data(Qt.ItemDataRole.UserRole))
        text = " ".join(item.text().split())
        areas = {a.id: a for a in self.session.workshop.strategy.focus_areas}
        if area_id not in areas:
            return
        if not text or text == areas[area_id].text:
            self._show_focus(self.session.workshop)  # back to the words as they were
            return
        self._apply(
            self.tr("Edit a priority"), lambda w: e.update_focus_area(w, area_id, text=text)
        )

    def _add_focus_in(self, column: str) -> None:
        """Enter on a priority: the next one in the same column, ready to type."""
        tier = None if column == UNSORTED else FocusTier(column)
        area_id = e.new_id("focus")
        text = self.tr("New priority")
        if not self._apply(
            self.tr("Add a priority"), lambda w: e.add_focus_area(w, text, tier, area_id=area_id)
        ):
            return
        focus_list = self.focus.lists[column]
        for row in range(focus_list.count()):
            item = focus_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == area_id:
                focus_list.setCurrentItem(item)
                focus_list.setFocus()
                focus_list.editItem(item)

    def _remove_focus(self) -> None:
        for focus_list in self.focus.lists.values():
            item = focus_list.currentItem()
            if item is not None and item.isSelected():
                area = str(item.data(Qt.ItemDataRole.UserRole))
                edit = partial(e.remove_focus_area, area_id=area)
                self._apply(self.tr("Remove a priority"), edit)
                return

    def _edit_priority(self, text: str, **changes: object) -> bool:
        """The chosen priority's tests, branches or documents: one undo step."""
        area_id = self.focus.current_area()
        if area_id is None:
            return False
        return self._apply(text, lambda w: e.update_focus_area(w, area_id, **changes))

    def _priority_test(self, test: str, on: bool) -> None:
        words = {
            ("political", True): self.tr("Mark as a political priority"),
            ("political", False): self.tr("Unmark as a political priority"),
            ("samhandling", True): self.tr("Mark as needing samhandling"),
            ("samhandling", False): self.tr("Unmark as needing samhandling"),
        }
        self._edit_priority(words[(test, on)], **{test: on})

    def move_focus(self, area_id: str, column: str) -> None:
        tier = None if column == UNSORTED else FocusTier(column)
        self._apply(
            self.tr("Sort a priority"), lambda w: e.update_focus_area(w, area_id, tier=tier)
        )

    # --- showing ---

    def _kind_name(self, kind: StrategyKind) -> str:
        return strategy_kind_words(kind)

    def show_workshop(self, workshop: Workshop) -> None:
        self._diagnostics = show_pyramid(self.scene, workshop)
        self.view.refit()  # projected: the pyramid as it is now fits the screen
        self.diagnostics.clear()
        for text, diagnostic in diagnostic_lines(workshop, self._diagnostics):
            item = QListWidgetItem(text)
            if diagnostic is not None:
                item.setData(Qt.ItemDataRole.UserRole, list(diagnostic.documents))
            self.diagnostics.addItem(item)
        self._show_editor()
        # The RUS's focus is filled when it shows: typing a card's title at the limits (150
        # priorities, each with its documents' titles) rebuilt a board nobody saw.
        self._focus_stale = True
        if self.tabs.currentWidget() is self.focus:
            self._show_focus(workshop)
        self.announcer.announce()  # a renamed card is heard by its new title

    def _selection_changed(self) -> None:
        try:
            cards = [i.doc_id for i in self.scene.selectedItems() if hasattr(i, "doc_id")]
        except RuntimeError:  # the scene is going away
            return
        self._selected = cards[0] if len(cards) == 1 else None
        self._show_editor()

    def _show_editor(self) -> None:
        docs = {d.id: d for d in self.session.workshop.strategy.documents}
        doc = docs.get(self._selected or "")
        self.editor_box.setEnabled(doc is not None)
        widgets = [self.title_edit, self.kind_edit, self.year_edit, *self.branch_boxes.values()]
        for widget in widgets:
            widget.blockSignals(True)
        if doc is not None:
            if self.title_edit.text() != doc.title:
                self.title_edit.setText(doc.title)
            self.kind_edit.setCurrentIndex(self.kind_edit.findData(doc.kind.value))
            self.year_edit.setValue(doc.year or NO_YEAR)
            for branch, box in self.branch_boxes.items():
                box.setChecked(branch in doc.branches)
        else:
            self.title_edit.clear()
        source = suggestion_source(self.session.workshop, doc, self.library.merged) if doc else None
        self.suggested_from.setVisible(source is not None)
        if source is not None:
            self.suggested_from.setText(
                self.tr(
                    "The title is a suggestion: the strategy in force in 2019 as {source} "
                    "names it ({url}). Change it if the room has another."
                ).format(source=source.publisher or source.title, url=source.url or source.title)
            )
        for widget in widgets:
            widget.blockSignals(False)

    def _diagnostic_clicked(self, item: QListWidgetItem) -> None:
        docs = item.data(Qt.ItemDataRole.UserRole) or []
        self.scene.select_documents(set(docs))
        if docs and docs[0] in self.scene.cards:
            self.view.ensureVisible(self.scene.cards[docs[0]])

    def _show_focus(self, workshop: Workshop) -> None:
        self._focus_stale = False
        chosen = self.focus.current_area()
        untested = {a.id for a in untested_priorities(workshop.strategy)}
        titles = {d.id: d.title for d in workshop.strategy.documents}
        self._showing_focus = True  # filling the lists is no edit
        try:
            for column, focus_list in self.focus.lists.items():
                focus_list.blockSignals(True)
                focus_list.clear()
                for area in workshop.strategy.focus_areas:
                    area_column = area.tier.value if area.tier else UNSORTED
                    if area_column == column:
                        item = QListWidgetItem(area.text)
                        item.setData(Qt.ItemDataRole.UserRole, area.id)
                        beside = priority_tests_words(area) or (
                            "⚠ " + self.tr("neither test") if area.id in untested else ""
                        )
                        item.setData(TESTS_ROLE, beside)
                        item.setToolTip(plain_tip(self._priority_tip(titles, area)))
                        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                        focus_list.addItem(item)
                focus_list.blockSignals(False)
            self.focus.choose(chosen)  # the chosen priority stays chosen
        finally:
            self._showing_focus = False
        warn = breadth_dominates(workshop.strategy)
        self.focus.warning.setVisible(warn)
        observation = untested_words(workshop.strategy)
        self.focus.observation.setText(observation)
        self.focus.observation.setVisible(bool(observation))
        self._show_priority(workshop)

    def _tab_shown(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.focus and self._focus_stale:
            self._show_focus(self.session.workshop)

    def _priority_tip(self, titles: dict[str, str], area: FocusArea) -> str:
        """What carries a priority: its branches and documents, in words."""
        branches = ", ".join(BRANCH_LABELS[b].text(Language.SV) for b in area.branches)
        documents = ", ".join(titles[d] for d in area.documents if d in titles)
        lines = [priority_tests_words(area) or self.tr("Passes neither of the deck's two tests")]
        if branches:
            lines.append(self.tr("Branches: {names}").format(names=branches))
        if documents:
            lines.append(self.tr("Documents: {names}").format(names=documents))
        return "\n".join(lines)

    def _show_priority(self, workshop: Workshop) -> None:
        area_id = self.focus.current_area()
        area = next((a for a in workshop.strategy.focus_areas if a.id == area_id), None)
        documents = [
            (d.id, d.title, area is not None and d.id in area.documents)
            for d in workshop.strategy.documents
        ]
        self.focus.priority.show_priority(
            (area.political, area.samhandling) if area else None,
            area.branches if area else (),
            documents,
        )
        self.focus.priority.setTitle(
            self.tr("The chosen priority: {text}").format(text=area.text)
            if area
            else self.tr("The chosen priority")
        )

    # --- language ---

    def retranslate(self) -> None:
        self.announcer.set_base(self.tr("Strategi: the strategy pyramid"))
        self.tabs.setAccessibleName(self.tr("Strategi: the pyramid or the RUS's focus"))
        name_side_panels(self, self.tr("Strategi: tools"))
        self.tabs.setTabText(0, self.tr("The strategy pyramid"))
        self.tabs.setTabText(1, self.tr("The RUS's focus"))
        for kind, button in self.add_buttons.items():
            button.setText("+ " + self._kind_name(kind))
            button.setToolTip(self.tr("Add a document on its level"))
        for i, kind in enumerate(StrategyKind):
            self.kind_edit.setItemText(i, self._kind_name(kind))
        self.add_label.setText(
            self.tr("{ctrl}+wheel zooms; drag cards between levels.").format(ctrl=command_key())
        )
        self.fit.setText(self.tr("Fit"))
        self.fit.setToolTip(
            self.tr("Show the whole pyramid ({ctrl}+wheel zooms)").format(ctrl=command_key())
        )
        self.show_reference.setText(self.tr("Show the deck's pyramids"))
        self.reference.titles = (
            self.tr("The desired strategy pyramid"),
            self.tr("The most common (our interpretation: the deck's picture is lost)"),
        )
        self.reference.setToolTip(
            self.tr(
                "Source: {deck}, slide “RUS:en i en strategi-struktur”. The deck's picture of the "
                "most common pyramid is lost in its text and no text describes it; drawn here as "
                "our interpretation, not the deck's: many strategies stand on their own, apart "
                "from the RUS."
            ).format(deck=DECK_SOURCE)
        )
        self.editor_box.setTitle(self.tr("Selected document"))
        for label, text in zip(
            self.editor_labels,
            (self.tr("Title:"), self.tr("Kind:"), self.tr("Year:"), self.tr("Branches it covers:")),
            strict=True,
        ):
            label.setText(text)
        self.year_edit.setSpecialValueText(self.tr("not known"))
        self.delete_card.setText(self.tr("Delete the document"))
        for branch, box in self.branch_boxes.items():
            box.setText(BRANCH_LABELS[branch].text(Language.SV))
        self.editor_hint.setText(
            self.tr(
                "Drag a card to another level. Drag from the round handle on a card's top edge to "
                "the card it derives from. Select and press Delete to remove a card or a link."
            )
            + "\n"
            + self.tr(
                "From the keyboard (F6 reaches the pyramid): Enter adds a card beside the chosen "
                "one, Insert one below it; F2, or just typing, changes its title on the card, "
                "where Tab keeps it and opens the next card beside it (F1 lists every key)."
            )
        )
        self.diagnostics_box.setTitle(self.tr("Against the desired pyramid"))
        f = self.focus
        headers = {
            UNSORTED: self.tr("Not sorted"),
            FocusTier.KARNA.value: "Kärna",
            FocusTier.BREDD.value: "Bredd",
            FocusTier.SPETS.value: "Spets",
        }
        for column in COLUMNS:
            f.headers[column].setText(headers[column])
        f.new_text.setPlaceholderText(self.tr("A priority of the RUS, e.g. Kompetensförsörjning"))
        f.add.setText(self.tr("Add"))
        f.remove.setText(self.tr("Remove the selected"))
        f.warning.setText(
            self.tr(
                "A broad RUS, covering many areas and meant as the overarching strategy, risks "
                "having little relevance. The RUS should make a difference – not just be the "
                "circle "
                "around everything we do."
            )
        )
        chosen = f.priority
        chosen.political.setText(self.tr("A political priority"))
        chosen.samhandling.setText(self.tr("Needs samhandling"))
        chosen.branches_label.setText(self.tr("Branches that carry it:"))
        chosen.documents_label.setText(self.tr("Documents that carry it:"))
        chosen.none.setText(self.tr("Choose a priority on the board to set its tests."))
        for branch, check in chosen.branch_boxes.items():
            check.setText(BRANCH_LABELS[branch].text(Language.SV))
        f.tests_source.setText(relevance_tests_quote())
        f.rule.setText(
            self.tr(
                "The warning shows when {rule}: more priorities in Bredd than "
                "in Kärna and Spets together."
            ).format(rule=BREADTH_RULE)
        )
        f.source.setText(
            self.tr("Source: {deck}, slide “Hur ska RUS:en bli relevant?”.").format(
                deck=DECK_SOURCE
            )
        )
        self.show_workshop(self.session.workshop)
