"""The Organisation step's canvas: drag the nine branches into nämnder and förvaltningar; the
political and administrative models follow, with the deck's assessment and the reference
regions that share the model."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from functools import partial

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGraphicsItem,
    QGraphicsView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...analysis.organisation import spread
from ...model import (
    AdministrativeBodyKind,
    BodyModel,
    Branch,
    Lane,
    Language,
    MunicipalInvolvement,
    NotePin,
    Organisation,
    PinKind,
    PoliticalBodyKind,
    Step,
    Workshop,
)
from ...model import edits as e
from ...model.deck import (
    ADMINISTRATIVE_MODELS,
    BRANCH_LABELS,
    ORGANISATION_FURTHER_POINTS,
    POLITICAL_MODELS,
)
from ...model.presets import administrative_preset, political_preset
from ...model.text import one_or_many
from ...reference import ReferenceRegion
from ...ui import dialogs
from ...ui.i18n import language
from ...ui.reference_library import ReferenceLibrary
from ...ui.session import Session
from ...ui.step_words import political_assessment_html
from ...ui.widgets import Retranslating, name_side_panels, named, side_panel
from ..announce import FocusAnnouncer
from ..inline_edit import Choices
from ..outline import CanvasOutline
from ..step_canvas import Aside, Figure, KeyHelp, hide_side_panels, largest_zoom
from ..sticky_notes import NoteLayer
from ..touch import pinch_to_zoom
from .figure import branch_names, lane_title, organisation_figure, scene_texts
from .items import OUTSIDE, TRAY, BoxItem, ChipItem
from .scene import LANES, OrganisationScene, Target

FIT_AT_MOST = 2.4  # the projector's largest zoom: chips as large as a hand


class OrganisationView(QGraphicsView):
    def __init__(self, scene: OrganisationScene) -> None:
        super().__init__(scene)
        self._scene = scene
        self.setObjectName("organisationView")
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setMinimumSize(400, 260)
        self.zoom = 1.0
        self.fit_up_to: float | None = None  # projector: always fit, never scroll
        self.least_px: float | None = None  # projector: the room's type, when it can be had
        self._fitted: tuple[float, int] = (0.0, 0)  # the scene's height and bodies, last fit
        pinch_to_zoom(
            self, lambda factor, _centre: self.set_zoom(min(3.0, max(0.5, self.zoom * factor)))
        )

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fit_up_to is not None:
            self.fit(self.fit_up_to)
        else:
            self._scene.set_width(self.viewport().width() / self.zoom)

    def fit(self, largest: float) -> None:
        """The largest zoom, up to `largest`, at which the whole organisation fits the view
        with no scroll bar (laid out for the width that zoom leaves). When that leaves the
        words under `least_px`, the bodies holding no branch are left to the text beside
        the canvas if that lets them grow (a large region's dozen nämnder and förvaltningar
        kept every word at 13 px on a screen of 720 lines)."""
        scene = self._scene
        scene.names_aside = False
        zoom = self._largest_fit(largest)
        least = self.least_px
        if least is not None and zoom * _font_px(scene.base_font) < least:
            scene.names_aside = True
            aside = self._largest_fit(largest)
            if aside > zoom and scene.aside_names:
                zoom = aside
            else:
                scene.names_aside = False
        self.set_zoom(zoom)
        self._fitted = self._shape()

    def refit(self) -> None:
        """On the projector, fitted again when the organisation's height or its bodies changed
        (a body added or a branch moved while the room watches ran off the screen's foot, and
        one removed may let the words grow); a rename that leaves both as they were costs
        nothing."""
        if self.fit_up_to is not None and self._shape() != self._fitted:
            self.fit(self.fit_up_to)

    def _shape(self) -> tuple[float, int]:
        return self._scene.sceneRect().height(), len(self._scene.boxes)

    def _largest_fit(self, largest: float) -> float:
        size = self.viewport().size()
        return largest_zoom(self._scene, size.width(), size.height(), largest, 0.5)

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 (Qt's name)
        """Tab and Shift+Tab walk the branch chips before leaving the canvas."""
        if self._scene.focus_next_chip(next):
            return True
        return super().focusNextPrevChild(next)

    def set_zoom(self, zoom: float) -> None:
        """Everything drawn `zoom` times larger, laid out for the narrower width (projector)."""
        self.zoom = zoom
        self.resetTransform()
        self.scale(zoom, zoom)
        self._scene.set_width(self.viewport().width() / zoom)


def _font_px(font: QFont) -> float:
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


def _big(label: QLabel, factor: float) -> None:
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(True)
    label.setFont(font)


class OrganisationPanel(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.setMinimumWidth(300)
        self.setMaximumWidth(360)
        self.political_box = QGroupBox()
        self.political_model = named(QLabel(), "politicalModel")
        _big(self.political_model, 2.2)
        self.political_text = named(QLabel(), "politicalAssessment")
        self.administrative_box = QGroupBox()
        self.administrative_model = named(QLabel(), "administrativeModel")
        _big(self.administrative_model, 2.2)
        self.administrative_text = named(QLabel(), "administrativeText")
        self.further = QLabel()
        self.comparison_box = QGroupBox()
        self.comparison = named(QLabel(), "organisationComparison")
        self.municipal_box = QGroupBox()
        self.municipal = QButtonGroup(self)
        self.municipal.setExclusive(False)  # so that "not decided" (none checked) is possible
        self.municipal_buttons = {
            m: named(QRadioButton(), f"municipal-{m.value}") for m in MunicipalInvolvement
        }
        self.councils_label = QLabel()
        self.councils_tied_to = named(QComboBox(), "councilsTiedTo")
        self.add_namnd = named(QPushButton(), "addNamnd")
        self.add_forvaltning = named(QPushButton(), "addForvaltning")
        self.presets = named(QPushButton(), "organisationPresets")
        self.hint = QLabel()
        for label in (
            self.political_text,
            self.administrative_text,
            self.further,
            self.comparison,
            self.hint,
        ):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
        for box, model, text in (
            (self.political_box, self.political_model, self.political_text),
            (self.administrative_box, self.administrative_model, self.administrative_text),
        ):
            column = QVBoxLayout(box)
            column.addWidget(model)
            column.addWidget(text)
        QVBoxLayout(self.comparison_box).addWidget(self.comparison)
        municipal = QVBoxLayout(self.municipal_box)
        for m, button in self.municipal_buttons.items():
            self.municipal.addButton(button)
            municipal.addWidget(button)
            if m is MunicipalInvolvement.COUNCILS:
                tied = QHBoxLayout()
                tied.setContentsMargins(24, 0, 0, 0)
                tied.addWidget(self.councils_label)
                tied.addWidget(self.councils_tied_to, 1)
                municipal.addLayout(tied)
        self.councils_label.setBuddy(self.councils_tied_to)
        buttons = QHBoxLayout()
        for action in (self.add_namnd, self.add_forvaltning, self.presets):
            buttons.addWidget(action)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        for widget in (
            self.political_box,
            self.administrative_box,
            self.municipal_box,
            self.comparison_box,
            self.further,
        ):
            layout.addWidget(widget)
        layout.addStretch()


class OrganisationCanvas(Retranslating, QWidget):
    def __init__(
        self, session: Session, library: ReferenceLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("organisationCanvas")
        self.session = session
        self.library = library
        self.scene = OrganisationScene()
        self.view = OrganisationView(self.scene)
        self.panel = OrganisationPanel()
        scroll = side_panel(self.panel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(scroll)

        self.scene.chipDropped.connect(self._dropped)
        self.scene.chipMenu.connect(self._chip_menu)
        self.scene.boxMenu.connect(self._box_menu)
        self.scene.boxRename.connect(self.rename_in_place)
        self.scene.bodyAddRequested.connect(self._add_in_lane)
        # One click, then the name is typed with its kind asked under it (a menu before the
        # name took the first keys).
        self.panel.add_namnd.clicked.connect(lambda: self.add_namnd())
        self.panel.add_forvaltning.clicked.connect(lambda: self.add_forvaltning())
        self.panel.presets.clicked.connect(self._presets_menu)
        self.panel.municipal.buttonClicked.connect(self._municipal_clicked)
        self.panel.councils_tied_to.activated.connect(self._councils_chosen)
        self.announcer = FocusAnnouncer(self.view, self._focus_words)
        session.watch(lambda w: (w.organisation, w.region), self.show_workshop, self)
        library.changed.connect(lambda: self.show_workshop(self.session.workshop))
        self.retranslate()
        self.notes = NoteLayer(session, Step.ORGANISATION, self, self)
        # The bodies the projected canvas lists beside it: after the models.
        self.aside = Aside(self, names_numbers=False)
        self.scene.asideChanged.connect(self._names_aside)
        self.outline = CanvasOutline(session, Step.ORGANISATION, self)

    def as_widget(self) -> QWidget:
        return self

    def _focus_words(self, item: QGraphicsItem) -> str | None:
        """A branch with the focus, and where it is: "Folkhälsa, i Regionstyrelsen"."""
        if not isinstance(item, ChipItem):
            return None
        where = self.scene.current_box(item)
        box = self.scene.boxes.get((where.lane, where.key))
        name = self._name(item.branch)
        return self.tr("{branch}, in {body}").format(branch=name, body=box.title) if box else name

    # --- where the sticky notes go (sticky_notes.Pinboard) ---

    def note_view(self) -> QGraphicsView:
        return self.view

    def show_notes(self, shown: bool, show_again: Callable[[], None]) -> None:
        self.notes.show_again = show_again
        self.notes.set_shown(shown)

    def drawn_for(self) -> Hashable:
        return self.scene.names_aside  # (its zoom and extent are the view's)

    def pinned_item(self, pin: NotePin) -> QGraphicsItem | None:
        if pin.kind is not PinKind.BODY:
            return None
        boxes = self.scene.boxes
        return next((boxes[(lane, pin.item)] for lane in LANES if (lane, pin.item) in boxes), None)

    def pin_of(self, item: QGraphicsItem) -> NotePin | None:
        if isinstance(item, BoxItem) and item.key not in (TRAY, OUTSIDE):
            return NotePin(kind=PinKind.BODY, item=item.key)
        return None

    def figure(self) -> Figure:
        return organisation_figure(self.session.workshop)

    def present(self, zoom: float, least_px: float) -> None:
        self.notes.present(zoom, least_px)
        self.view.least_px = least_px
        self.view.setMinimumSize(240, 200)  # the screen decides: the view fits whatever it gets
        hide_side_panels(self)
        self.scene.steady = False  # on the projector the trays take only what they hold
        self.scene.quick_entry = False  # the room's screen: no renaming, no new bodies
        # As large as the screen allows (at least `zoom`'s worth if it fits): the view then
        # finds the largest zoom at which the whole organisation shows.
        self.view.fit_up_to = max(zoom, FIT_AT_MOST)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.fit(self.view.fit_up_to)

    def _names_aside(self) -> None:
        """The bodies the projected canvas leaves to the text beside it, by lane, each named
        (the projector shows that text a screen at a time when it is long)."""
        scene = self.scene
        lines = []
        for lane, names in scene.aside_names.items():
            lines.append(
                self.tr("{lane} – holding no branch: {names}").format(
                    lane=scene.titles[lane].text(), names=", ".join(names)
                )
            )
        self.aside.set_lines(lines)

    def key_help(self) -> KeyHelp:
        return [
            (self.tr("Organisation: choose a branch"), self.tr("Tab, Shift+Tab")),
            (
                self.tr("Organisation: move the selected branch to the next body"),
                self.tr("Arrow keys"),
            ),
            (self.tr("Organisation: the “Move to” menu"), self.tr("Enter, Space or Menu")),
            (
                self.tr("Organisation: rename a body in place (the last one named)"),
                self.tr("Double-click, or F2"),
            ),
            (self.tr("Organisation: after naming a body, the next in its lane"), self.tr("Enter")),
            (
                self.tr("Organisation, typing a body's name: keep it and open the next"),
                self.tr("Tab"),
            ),
        ]

    # --- edits ---

    def _apply(
        self, text: str, edit: Callable[[Workshop], Workshop], merge_key: str | None = None
    ) -> bool:
        """One undo step; False when it changed nothing (or the rules refused it)."""
        return self.session.apply(text, edit, merge_key)

    def _name(self, branch: Branch) -> str:
        return BRANCH_LABELS[branch].text(Language.SV)

    def move_branch(self, branch: Branch, lane: Lane, target: Target) -> None:
        """One undo step: a branch goes into a body, a tray, or outside the remit."""
        name = self._name(branch)
        org = self.session.workshop.organisation
        if target.key == OUTSIDE:
            self._apply(
                self.tr("Mark {branch} outside the remit").format(branch=name),
                lambda w: e.set_outside_remit(w, branch, True),
            )
            return
        body = None if target.key == TRAY else target.key
        if target.lane == OUTSIDE:
            return
        into = Lane(target.lane)
        if org.placement(branch).outside_remit:
            self._apply(
                self.tr("Bring {branch} into the remit").format(branch=name),
                lambda w: e.place_branch(e.set_outside_remit(w, branch, False), branch, into, body),
            )
            return
        if target.lane != lane:
            return
        text = (
            self.tr("Return {branch} to the tray") if body is None else self.tr("Move {branch}")
        ).format(branch=name)
        self._apply(text, lambda w: e.place_branch(w, branch, lane, body))

    def _dropped(self, branch: Branch, lane: Lane, target: Target) -> None:
        self.move_branch(branch, lane, target)

    def add_namnd(self, kind: PoliticalBodyKind | None = None) -> None:
        """A nämnd, its name ready to be typed in place and its kind asked under it (Enter
        then adds the next one, of the same kind)."""
        count = len(self.session.workshop.organisation.political_bodies)
        name = self.tr("Nämnd {n}").format(n=count)
        body_id = e.new_id("namnd")
        chosen = kind or PoliticalBodyKind.NAMND
        if self._apply(
            self.tr("Add a nämnd"),
            lambda w: e.add_political_body(w, name, body_id=body_id, kind=chosen),
        ):
            self.rename_in_place(Lane.POLITICAL, body_id, ask_kind=True)

    def add_forvaltning(self, kind: AdministrativeBodyKind | None = None) -> None:
        """A förvaltning, its name ready to be typed in place and its kind asked under it."""
        count = len(self.session.workshop.organisation.administrative_bodies) + 1
        chosen = kind or AdministrativeBodyKind.FORVALTNING
        name = (
            self.tr("Regionstyrelsens förvaltning")
            if chosen is AdministrativeBodyKind.GENERAL
            else self.tr("Förvaltning {n}").format(n=count)
        )
        body_id = e.new_id("forv")
        if self._apply(
            self.tr("Add a förvaltning"),
            lambda w: e.add_administrative_body(w, name, kind=chosen, body_id=body_id),
        ):
            self.rename_in_place(Lane.ADMINISTRATIVE, body_id, ask_kind=True)

    def _add_in_lane(self, lane: str) -> None:
        """Enter after naming a body: the next one in the same lane, of the kind the last
        one has (a room dictating its sector nämnder is asked once)."""
        org = self.session.workshop.organisation
        if Lane(lane) is Lane.POLITICAL:
            namnder = [
                b.kind
                for b in org.political_bodies
                if b.kind is not PoliticalBodyKind.REGIONSTYRELSE
            ]
            self.add_namnd(namnder[-1] if namnder else None)
        else:
            kinds = [b.kind for b in org.administrative_bodies]
            self.add_forvaltning(kinds[-1] if kinds else None)

    def rename_in_place(self, lane: str, body_id: str, ask_kind: bool = False) -> None:
        """Double-click or F2: the body's name typed where it is drawn; one undo step. A new
        body (`ask_kind`) is asked its kind under the name, which counts in the deck's model."""
        org = self.session.workshop.organisation
        names = {b.id: b.name for b in org.political_bodies}
        names.update({b.id: b.name for b in org.administrative_bodies})
        if body_id not in names:
            return
        old = names[body_id]

        def commit(name: str) -> None:
            self._apply(
                self.tr("Rename {old}").format(old=old), lambda w: e.rename_body(w, body_id, name)
            )

        self.view.setFocus()
        self.scene.edit_box_title(
            Lane(lane),
            body_id,
            commit,
            self._kind_question(Lane(lane), body_id) if ask_kind else None,
        )

    def _kind_question(self, lane: Lane, body_id: str) -> Choices | None:
        """Which kind the new body is: the deck's models count only those for regional
        development, so the room says it as it names the body."""
        org = self.session.workshop.organisation
        if lane is Lane.POLITICAL:
            political = next((b for b in org.political_bodies if b.id == body_id), None)
            if political is None or political.kind is PoliticalBodyKind.REGIONSTYRELSE:
                return None
            return Choices(
                self.tr("Which kind of nämnd? The deck's model counts the first two (↑ ↓)"),
                tuple((kind.value, text) for kind, text in self._namnd_kinds().items()),
                political.kind.value,
                lambda key: self.set_namnd_kind(body_id, PoliticalBodyKind(key)),
            )
        administrative = next((b for b in org.administrative_bodies if b.id == body_id), None)
        if administrative is None:
            return None
        return Choices(
            self.tr("Which kind of förvaltning? The deck's model counts the first (↑ ↓)"),
            tuple((kind.value, text) for kind, text in self._forvaltning_kinds().items()),
            administrative.kind.value,
            lambda key: self.set_forvaltning_kind(body_id, AdministrativeBodyKind(key)),
        )

    def rename_body(self, lane: Lane, body_id: str) -> None:
        org = self.session.workshop.organisation
        bodies = org.political_bodies if lane == Lane.POLITICAL else org.administrative_bodies
        body = next((b for b in bodies if b.id == body_id), None)
        if body is None:
            return
        name = dialogs.ask_text(self, self.tr("Rename"), self.tr("New name:"), body.name)
        if name is not None:
            self._apply(
                self.tr("Rename {old}").format(old=body.name),
                lambda w: e.rename_body(w, body_id, name),
            )

    def remove_body(self, lane: Lane, body_id: str) -> None:
        """Remove a body; if it holds branches, ask where they go (nothing is lost)."""
        org = self.session.workshop.organisation
        bodies = org.political_bodies if lane == Lane.POLITICAL else org.administrative_bodies
        body = next(b for b in bodies if b.id == body_id)
        move_to: str | None = None
        if org.branches_in(body_id):
            others = [b for b in bodies if b.id != body_id]
            options = [self.tr("Back to the tray")] + [b.name for b in others]
            choice = dialogs.ask_choice(
                self,
                self.tr("Remove {name}").format(name=body.name),
                one_or_many(
                    len(org.branches_in(body_id)),
                    self.tr("{name} holds {n} branch. Where should it go?"),
                    self.tr("{name} holds {n} branches. Where should they go?"),
                ).format(name=body.name, n=len(org.branches_in(body_id))),
                options,
            )
            if choice is None:
                return
            move_to = None if choice == 0 else others[choice - 1].id
        self._apply(
            self.tr("Remove {name}").format(name=body.name),
            lambda w: e.remove_body(w, body_id, move_to),
        )

    def _municipal_clicked(self, button: QRadioButton) -> None:
        chosen = next(m for m, b in self.panel.municipal_buttons.items() if b is button)
        current = self.session.workshop.organisation.municipal_involvement
        value = None if current is chosen else chosen  # clicking the chosen one clears it
        self._apply(
            self.tr("Change municipal involvement"), lambda w: e.set_municipal_involvement(w, value)
        )

    def _councils_chosen(self, index: int) -> None:
        body_id = self.panel.councils_tied_to.itemData(index)
        if body_id == self.session.workshop.organisation.councils_tied_to:
            return
        self._apply(
            self.tr("Tie the councils to a body"), lambda w: e.set_councils_tied_to(w, body_id)
        )

    def set_namnd_kind(self, body_id: str, kind: PoliticalBodyKind) -> None:
        self._apply(
            self.tr("Change the kind of nämnd"),
            lambda w: e.set_political_body_kind(w, body_id, kind),
            merge_key=f"kind:{body_id}",  # ↑ ↓ through the kinds is one step
        )

    def _namnd_kinds(self) -> dict[PoliticalBodyKind, str]:
        return {
            PoliticalBodyKind.NAMND: self.tr("A nämnd for regional development"),
            PoliticalBodyKind.SHARED_HSV: self.tr(
                "A nämnd for regional development shared with health care (HSV)"
            ),
            PoliticalBodyKind.SECTOR: self.tr("Another sector's nämnd (culture, transport …)"),
        }

    def apply_preset(self, lane: Lane, model: BodyModel) -> None:
        preset = political_preset if lane == Lane.POLITICAL else administrative_preset
        self._apply(
            self.tr("Start from model {model}").format(model=model.value),
            lambda w: preset(w, model),
        )

    # --- menus ---

    def _chip_menu(self, branch: Branch, lane: Lane, where: QPoint) -> None:
        org = self.session.workshop.organisation
        menu = QMenu(self)
        outside = org.placement(branch).outside_remit
        lanes = LANES if outside else (lane,)
        for ln in lanes:
            sub = menu.addMenu(self._lane_title(ln)) if outside else menu
            if not outside:
                menu.addSection(self.tr("Move to"))
            for key in self.scene.lane_boxes(ln):
                box = self.scene.boxes[(ln, key)]
                act = sub.addAction(
                    box.title,
                    partial(self.move_branch, branch, lane, Target(ln, key)),
                )
                act.setEnabled(
                    outside or self.scene.current_box(self.scene.chips[(branch, lane)]).key != key
                )
        menu.addSeparator()
        if outside:
            menu.addAction(
                self.tr("Back within the remit (to the trays)"),
                lambda: self.move_branch(branch, Lane.POLITICAL, Target(Lane.POLITICAL, TRAY)),
            )
        else:
            menu.addAction(
                self.tr("Outside the region's remit"),
                lambda: self.move_branch(branch, lane, Target(OUTSIDE, OUTSIDE)),
            )
        menu.popup(where)

    def _box_menu(self, lane: Lane, key: str, where: QPoint) -> None:
        box = self.scene.boxes[(lane, key)]
        menu = QMenu(self)
        if box.kind in ("body", "general"):
            menu.addAction(self.tr("Rename…"), lambda: self.rename_body(lane, key))
            menu.addAction(self.tr("Remove…"), lambda: self.remove_body(lane, key))
        if lane == Lane.POLITICAL and box.kind == "body":
            current = next(
                b.kind for b in self.session.workshop.organisation.political_bodies if b.id == key
            )
            menu.addSection(self.tr("Kind of nämnd"))
            for kind, text in self._namnd_kinds().items():
                act = menu.addAction(text, partial(self.set_namnd_kind, key, kind))
                act.setCheckable(True)
                act.setChecked(kind is current)
            menu.addSeparator()
        if lane == Lane.ADMINISTRATIVE and box.kind in ("body", "general"):
            current_kind = next(
                b.kind
                for b in self.session.workshop.organisation.administrative_bodies
                if b.id == key
            )
            menu.addSection(self.tr("Kind of förvaltning"))
            for admin_kind, text in self._forvaltning_kinds().items():
                act = menu.addAction(text, partial(self.set_forvaltning_kind, key, admin_kind))
                act.setCheckable(True)
                act.setChecked(admin_kind is current_kind)
            menu.addSeparator()
        if lane == Lane.POLITICAL:
            menu.addAction(self.tr("Add a nämnd"), lambda: self.add_namnd())
        elif lane == Lane.ADMINISTRATIVE:
            menu.addAction(self.tr("Add a förvaltning"), lambda: self.add_forvaltning())
        if not menu.isEmpty():
            menu.popup(where)

    def set_forvaltning_kind(self, body_id: str, kind: AdministrativeBodyKind) -> None:
        self._apply(
            self.tr("Change the kind of förvaltning"),
            lambda w: e.set_administrative_body_kind(w, body_id, kind),
            merge_key=f"kind:{body_id}",  # ↑ ↓ through the kinds is one step
        )

    def _forvaltning_kinds(self) -> dict[AdministrativeBodyKind, str]:
        return {
            AdministrativeBodyKind.FORVALTNING: self.tr(
                "A dedicated förvaltning for regional development"
            ),
            AdministrativeBodyKind.SECTOR: self.tr(
                "Another sector's förvaltning (culture, transport …)"
            ),
            AdministrativeBodyKind.GENERAL: self.tr(
                "A general administration (e.g. the regional board's)"
            ),
        }

    def _presets_menu(self) -> None:
        menu = QMenu(self)
        lang = language()
        menu.addSection(self.tr("Political organisation"))
        for model, text in POLITICAL_MODELS.items():
            menu.addAction(
                f"{model.value}: {text.text(lang)}",
                partial(self.apply_preset, Lane.POLITICAL, model),
            )
        menu.addSection(self.tr("Administrative organisation"))
        for model, text in ADMINISTRATIVE_MODELS.items():
            menu.addAction(
                f"{model.value}: {text.text(lang)}",
                partial(self.apply_preset, Lane.ADMINISTRATIVE, model),
            )
        menu.popup(self.panel.presets.mapToGlobal(self.panel.presets.rect().bottomLeft()))

    # --- showing ---

    def _lane_title(self, lane: Lane) -> str:
        return lane_title(lane)

    def show_workshop(self, workshop: Workshop) -> None:
        lang = language()
        org = workshop.organisation
        self.scene.show_organisation(org, branch_names(), scene_texts())
        self.view.refit()  # projected: the organisation as it is now fits the screen
        for chip in self.scene.chips.values():
            chip.setToolTip(
                BRANCH_LABELS[chip.branch].text(lang)
                + "\n"
                + self.tr("Drag into a body; arrow keys move it; Enter or right-click for a menu")
            )
        self._show_models(org, lang)
        self._show_hint(org)
        for m, button in self.panel.municipal_buttons.items():
            button.setChecked(org.municipal_involvement is m)
        self._show_councils(org)
        self.announcer.announce()  # a moved branch is heard in its new body

    def _show_councils(self, org: Organisation) -> None:
        combo = self.panel.councils_tied_to
        combo.clear()
        combo.addItem(self.tr("not said"), None)
        for body in org.political_bodies:
            combo.addItem(body.name, body.id)
        combo.setCurrentIndex(max(0, combo.findData(org.councils_tied_to)))
        councils = org.municipal_involvement is MunicipalInvolvement.COUNCILS
        combo.setEnabled(councils)
        self.panel.councils_label.setEnabled(councils)

    def _show_hint(self, org: Organisation) -> None:
        """How to begin: an empty page points to "Start from…"."""
        nothing_placed = all(
            p.political_body is None and p.administrative_body is None and not p.outside_remit
            for p in org.branches
        )
        hint = self.tr(
            "Drag each branch into a body in both organisations. "
            "Double-click a body to rename it; right-click for more. "
            "From the keyboard, F6 reaches the drawing and Tab walks the branches."
        )
        if nothing_placed:
            hint = (
                self.tr(
                    "Nothing is placed yet. “Start from…” lays out one of the deck's models "
                    "to adjust, or drag the branches yourself."
                )
                + " "
                + hint
            )
        self.panel.hint.setText(hint)

    def _show_models(self, org: Organisation, lang: Language) -> None:
        political, administrative = org.political_model, org.administrative_model
        p = self.panel
        undecided = self.tr("not decided yet: place the branches")
        p.political_model.setText(political.value if political else "–")
        p.political_text.setText(
            political_assessment_html(political, shared_with_hsv=org.shared_with_hsv)
        )
        p.political_text.setToolTip(
            self.tr("Source: {source}").format(source=POLITICAL_MODELS[BodyModel.ONE].source)
        )
        p.administrative_model.setText(administrative.value if administrative else "–")
        p.administrative_text.setText(
            f"<b>{ADMINISTRATIVE_MODELS[administrative].text(lang)}</b>"
            if administrative
            else undecided
        )
        p.administrative_text.setToolTip(
            self.tr("Source: {source}").format(source=ADMINISTRATIVE_MODELS[BodyModel.ONE].source)
        )
        p.comparison.setText(self._comparison(political, administrative))

    def _region_said(self) -> str:
        """What the sources say of the workshop's own region's administrative model: the
        deck's 2019 classification as the deck's, a workshop's as that workshop's (with its
        date), both where they differ (the deck's own "has anything changed?")."""
        region = self.session.workshop.region
        if region is None or not region.code:
            return ""
        facts: list[ReferenceRegion | None] = []
        for reference in (self.library.base, self.library.merged):
            try:
                facts.append(reference.region(region.code))
            except KeyError:
                facts.append(None)
        deck_region, merged_region = facts
        if merged_region is None:
            return ""
        fact = merged_region.administrative_model
        deck = deck_region.administrative_model if deck_region is not None else None
        if fact.value is None or fact.source is None:
            return ""
        if deck is not None and fact.source == deck.source:
            return self.tr(
                "The deck (2019): {region} had administrative model {model} – has anything changed?"
            ).format(region=merged_region.name, model=fact.value.value)
        source = self.library.merged.source(fact.source)
        when = source.date.isoformat() if source.date else str(source.year or "")
        theirs = self.tr("according to the workshop {date}: {model}").format(
            date=when, model=fact.value.value
        )
        if deck is not None and deck.value is not None:
            return self.tr(
                "{region}'s administrative model: {deck} in 2019 according to the deck · "
                "{workshop} – has anything changed?"
            ).format(region=merged_region.name, deck=deck.value.value, workshop=theirs)
        return self.tr("{region}'s administrative model {workshop}.").format(
            region=merged_region.name, workshop=theirs
        )

    def _comparison(self, political: BodyModel | None, administrative: BodyModel | None) -> str:
        reference = self.library.merged
        adm = spread(reference, "administrative_model")
        pol = spread(reference, "political_model")
        counts = " · ".join(f"{m.value}: {adm.count(m)}" for m in BodyModel)
        parts = [
            self.tr(
                "The app's rule: the political model counts the nämnder for regional "
                "development (own or shared with HSV) that hold branches; Regionstyrelsen and "
                "other sectors' nämnder are not counted. The administrative model counts the "
                "förvaltningar that hold branches (the general administration is not counted)."
            )
        ]
        said = self._region_said()
        if said:
            parts.append(said)
        parts.append(
            self.tr("Administrative models of the {n} reference regions: {counts}.").format(
                n=len(reference.regions), counts=counts
            )
        )
        if administrative is not None:
            same = ", ".join(adm.by_model[administrative]) or self.tr("none")
            parts.append(
                self.tr("Same administrative model ({model}): {names}.").format(
                    model=administrative.value, names=same
                )
            )
        if len(pol.unknown) == len(reference.regions):
            parts.append(
                self.tr(
                    "Political models: not known for any reference region (the deck names none)."
                )
            )
        else:
            counts = " · ".join(f"{m.value}: {pol.count(m)}" for m in BodyModel)
            parts.append(
                self.tr("Political models: {counts}; not known: {n}.").format(
                    counts=counts, n=len(pol.unknown)
                )
            )
            if political is not None:
                same = ", ".join(pol.by_model[political]) or self.tr("none")
                parts.append(
                    self.tr("Same political model ({model}): {names}.").format(
                        model=political.value, names=same
                    )
                )
        return "<p>" + "</p><p>".join(parts) + "</p>"

    def retranslate(self) -> None:
        self.announcer.set_base(self.tr("Organisation: the canvas"))
        name_side_panels(self, self.tr("Organisation: tools"))
        lang = language()
        p = self.panel
        p.political_box.setTitle(self.tr("Political model (nämnder with RU responsibility)"))
        p.administrative_box.setTitle(self.tr("Administrative model (förvaltningar)"))
        p.municipal_box.setTitle(self.tr("The municipalities' involvement"))
        p.municipal_buttons[MunicipalInvolvement.IN_NAMND].setText(
            self.tr("In the nämnd (as in Sörmland)")
        )
        p.municipal_buttons[MunicipalInvolvement.COUNCILS].setText(
            self.tr("Councils or preparatory bodies")
        )
        p.municipal_buttons[MunicipalInvolvement.NEITHER].setText(self.tr("Neither"))
        p.councils_label.setText(self.tr("&Tied to:"))
        p.councils_tied_to.setToolTip(
            self.tr("The deck: the councils are most often tied to the nämnd or to Regionstyrelsen")
        )
        p.comparison_box.setTitle(self.tr("Compared with the reference regions"))
        p.further.setText(
            "<b>"
            + self.tr("Also from the deck:")
            + "</b><ul>"
            + "".join(f"<li>{t.text(lang)}</li>" for t in ORGANISATION_FURTHER_POINTS)
            + "</ul>"
        )
        p.add_namnd.setText(self.tr("+ Nämnd"))
        p.add_namnd.setToolTip(self.tr("Add a nämnd to the political organisation"))
        p.add_forvaltning.setText(self.tr("+ Förvaltning"))
        p.add_forvaltning.setToolTip(
            self.tr("Add a förvaltning to the administrative organisation")
        )
        p.presets.setText(self.tr("Start from…"))
        p.presets.setToolTip(self.tr("Lay out one of the deck's models to start from"))
        self.show_workshop(self.session.workshop)
