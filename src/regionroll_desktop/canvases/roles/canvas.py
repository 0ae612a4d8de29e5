"""The Genomförandepraktik step's canvas: the four roles, where the region's weight lies today
and as ambition, each role's description, and questions that hold the roles against the other
steps."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from functools import partial

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFont, QPainter, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGraphicsItem,
    QGraphicsView,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...analysis.groups import RoleSpread, role_spread
from ...analysis.roles import nearest_by_roles, position_of, weights_at
from ...analysis.room import roles_answered
from ...analysis.sides import role_sides
from ...model import Language, Moment, NotePin, OtherRole, Role, RoleWeights, Step, Workshop
from ...model import edits as e
from ...model.deck import ROLE_DESCRIPTIONS, ROLE_NAMES, ROLES_NOT_A_CLASSIFICATION
from ...model.room import Participant
from ...reference import own_key
from ...ui.group_colours import AMBITION_COLOUR, TODAY_COLOUR
from ...ui.i18n import language
from ...ui.reference_library import ReferenceLibrary
from ...ui.review_words import held_words
from ...ui.session import Session
from ...ui.side_words import role_sides_words, sides_rule
from ...ui.step_summary import main_role_words, weights_words
from ...ui.step_words import prompts_html
from ...ui.widgets import (
    Retranslating,
    SteadyLabel,
    legend_box,
    muted,
    name_side_panels,
    named,
    side_panel,
)
from ..announce import FocusAnnouncer
from ..group_markers import GroupMarkers, GroupVerb, ShownMark
from ..groups_panel import GroupsBox
from ..markers import GroupMark, MarkerKey, marker_pin, pinned_marker
from ..outline import CanvasOutline
from ..room_answers import RoomAnswers, RoomAnswersBox
from ..step_canvas import Aside, Figure, KeyHelp, hide_side_panels
from ..sticky_notes import NoteLayer
from .consequences import ConsequencesBox
from .figure import previous_marks, roles_figure, side_marks
from .other_role import OtherRoleBox
from .scene import LABEL_SHARE_OF_FONT, RoleMapScene, RoleMarker

WORDS_REGROW = 1.6  # how far the map's words grow back when fitting the view shrinks them
LABEL_OVER_LEAST = 1.15  # a marker's label on a projector: this much above the smallest type
NOTE_ROOM = 0.8  # the reminder stays under the map while the map shows at least this large


class RoleMapView(QGraphicsView):
    def __init__(self, scene: RoleMapScene) -> None:
        super().__init__(scene)
        self._scene = scene
        scene.sceneRectChanged.connect(lambda _rect: self._fit())  # e.g. a longer note
        self.setObjectName("roleMap")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(300, 260)
        self._zoom = 1.0  # what the words are asked to be (the projector's is larger)
        self.least_px = 0.0  # the reader's smallest type on the screen (a projector's)
        self._fitting = False

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """The whole map in the view. In a small view the deck's reminder under the map
        goes (it is also under "What the deck says"), and the map's words, which fitting
        shrinks, grow back (up to WORDS_REGROW times) to stay near the window's own size."""

        def fit() -> None:
            """The scene whole, its legend where the map shows larger."""
            viewport = self.viewport().rect()
            self._scene.place_legend(viewport.width(), viewport.height())
            self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

        if self._fitting:  # the scene's size changed while it is being fitted
            fit()
            return
        self._fitting = True
        try:
            self._scene.fit_note(True)
            fit()
            if self.transform().m11() < NOTE_ROOM:
                self._scene.fit_note(False)
                fit()
            shrunk = max(self.transform().m11(), 0.01)
            wanted = self._zoom * min(WORDS_REGROW, max(1.0, 1.0 / shrunk))
            least = 0.0
            if self.least_px > 0:
                # A reader's smallest type (the projector's): the markers' labels a little
                # above it, and no larger (they grew to 60 px at 1080 lines, all numbered).
                label_px = QFont().pointSizeF() * LABEL_SHARE_OF_FONT * 96 / 72
                least = (self.least_px + 0.3) / (label_px * shrunk)
                wanted = least * LABEL_OVER_LEAST
            current = self._scene.text_zoom
            if abs(wanted - current) > 0.05 * wanted or current < least:
                self._scene.set_text_zoom(wanted)
                fit()
        finally:
            self._fitting = False

    def set_zoom(self, zoom: float) -> None:
        """The map always fits the view; on a projector its words grow `zoom` times."""
        self._zoom = zoom
        self._scene.set_text_zoom(zoom)
        self._fit()


class WeightsBox(QGroupBox):
    """Typed weights (percent) for one moment, the main role, and place/remove."""

    def __init__(self, moment: Moment) -> None:
        super().__init__()
        self.moment = moment
        self.spins = {r: named(QSpinBox(), f"{moment}-{r.value}") for r in Role}
        self.labels = {r: QLabel() for r in Role}
        self.main = named(SteadyLabel(2), f"{moment}Main")
        self.toggle = named(QPushButton(), f"{moment}RoleToggle")
        self.active = named(QRadioButton(), f"{moment}RoleActive")
        grid = QGridLayout(self)
        for row, role in enumerate(Role):
            spin = self.spins[role]
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.setKeyboardTracking(False)
            grid.addWidget(self.labels[role], row, 0)
            grid.addWidget(spin, row, 1)
        grid.addWidget(self.main, 4, 0, 1, 2)
        grid.addWidget(self.active, 5, 0)
        grid.addWidget(self.toggle, 5, 1)


class RolesCanvas(Retranslating, QWidget):
    def __init__(
        self, session: Session, library: ReferenceLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("rolesCanvas")
        self.session = session
        self.library = library
        self.scene = RoleMapScene()
        # A legend longer than the map is tall: listed beside the map, by the projector with
        # the result, in the editor in the panel (in columns under the map, sixty lines at
        # the limits left the map a third of the view).
        self.scene.legend_aside = True
        self.aside = Aside(self)
        self.scene.legendAside.connect(self.aside.set_lines)
        self.view = RoleMapView(self.scene)
        self.boxes = {m: WeightsBox(m) for m in Moment}
        self.arrows = QButtonGroup(self)  # which marker the arrow keys move
        for box in self.boxes.values():
            self.arrows.addButton(box.active)
        self.boxes[Moment.TODAY].active.setChecked(True)
        self.description_box = QGroupBox()
        self.description = named(QLabel(), "roleDescription")
        self.description.setWordWrap(True)
        QVBoxLayout(self.description_box).addWidget(self.description)
        self.nearest_box = QGroupBox()
        self.nearest = named(QLabel(textFormat=Qt.TextFormat.PlainText), "roleNearest")
        self.nearest.setWordWrap(True)
        QVBoxLayout(self.nearest_box).addWidget(self.nearest)
        self.prompts_box = QGroupBox()
        self.prompts = named(QLabel(), "rolePrompts")
        self.prompts.setWordWrap(True)
        self.prompts.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.prompts_box).addWidget(self.prompts)
        panel = QWidget()
        panel.setMinimumWidth(320)
        panel.setMaximumWidth(380)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        for box in self.boxes.values():
            column.addWidget(box)
        self.other_role = OtherRoleBox()
        self.groups_box = GroupsBox()
        self.rule = named(QLabel(), "roleRule")
        self.rule.setWordWrap(True)
        muted(self.rule)
        # A follow-up: where the last workshop left the region, beside today's markers.
        self.show_previous = named(QCheckBox(), "rolesShowPrevious")
        self.show_previous.setChecked(True)
        self.show_previous.hide()
        self.show_previous.toggled.connect(lambda _: self._show_previous(self.session.workshop))
        column.addWidget(self.show_previous)
        column.addWidget(self.rule)
        self.legend_box, self.legend = legend_box("rolesLegend")
        self.aside.changed.connect(self._show_legend)
        column.addWidget(self.legend_box)  # before the groups' long list, near the map's top
        column.addWidget(self.groups_box)
        self.room_box = RoomAnswersBox()
        column.addWidget(self.room_box)
        column.addWidget(self.prompts_box)
        self.consequences = ConsequencesBox(session, points=True)
        column.addWidget(self.consequences)
        column.addWidget(self.nearest_box)
        column.addWidget(self.other_role)
        column.addWidget(self.description_box)
        column.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(side_panel(panel))
        self._role = Role.FINANSIAREN

        self.scene.markerMoving.connect(self._moving)
        self.scene.markerReleased.connect(self._released)
        self.scene.roleClicked.connect(self.show_role)
        self.scene.nudgeRequested.connect(self._nudge)
        for moment, box in self.boxes.items():
            for spin in box.spins.values():
                spin.valueChanged.connect(lambda _=0, m=moment: self._typed(m))
            box.toggle.clicked.connect(lambda _=False, m=moment: self._toggle(m))
            box.active.toggled.connect(partial(self._active_toggled, moment))
        self.other_role.edited.connect(self._other_role_edited)
        self.groups = GroupMarkers(session, self.groups_box, self, self.arrows)
        self.groups_box.momentChanged.connect(
            lambda _moment: self._show_sides(self.session.workshop)
        )
        self.groups_box.visibilityChanged.connect(self.scene.set_groups_visible)
        self.announcer = FocusAnnouncer(self.view, self._focus_words)
        self.room_answers = RoomAnswers(session, self.room_box, self)
        self.scene.roomAnswerClicked.connect(self.room_answers.choose)
        # The questions for the room hold the roles against the capital matrix.
        session.watch(
            lambda w: (w.implementation, w.financing, w.details.groups, w.room),
            self.show_workshop,
            self,
        )
        library.changed.connect(self._show_nearest)
        self.retranslate()
        self.notes = NoteLayer(session, Step.GENOMFORANDEPRAKTIK, self, self)
        self.notes.number_after(self.scene.marker_numbers)
        self.scene.numbersDrawn.connect(self.notes.number_after)
        self.outline = CanvasOutline(session, Step.GENOMFORANDEPRAKTIK, self)

    def as_widget(self) -> QWidget:
        return self

    def _focus_words(self, item: QGraphicsItem) -> str | None:
        """A marker with the focus: whose it is and where ("I dag: huvudroll Finansiären …")."""
        if not isinstance(item, RoleMarker):
            return None
        if isinstance(item.key, Moment):  # its main role, as the weights' box says it
            return f"{item.label.text()}: {self.boxes[item.key].main.text()}"
        return item.label.text() or None

    def figure(self) -> Figure:
        return roles_figure(self.session.workshop, language())

    # --- where the sticky notes go (sticky_notes.Pinboard) ---

    def note_view(self) -> QGraphicsView:
        return self.view

    def show_notes(self, shown: bool, show_again: Callable[[], None]) -> None:
        self.notes.show_again = show_again
        self.notes.set_shown(shown)

    def drawn_for(self) -> Hashable:
        return self.scene.text_zoom

    def pinned_item(self, pin: NotePin) -> RoleMarker | None:
        return pinned_marker(pin, self.groups.moment, self.scene.markers, self.scene.group_markers)

    def pin_of(self, item: QGraphicsItem) -> NotePin | None:
        return marker_pin(item.key, self.groups.moment) if isinstance(item, RoleMarker) else None

    def present(self, zoom: float, least_px: float) -> None:
        self.notes.present(zoom, least_px)
        self.view.setMinimumSize(240, 200)  # the screen decides: the view fits whatever it gets
        hide_side_panels(self)
        # The deck's reminder goes beside the map (the projector lists it with the result),
        # and the map's words start larger, as fitting the map to the view shrinks them.
        self.scene.show_note(False)
        self.view.least_px = least_px
        self.scene.type_floor = least_px > 0
        self.view.set_zoom(zoom * 1.4)

    def key_help(self) -> KeyHelp:
        return [
            (self.tr("Capital matrix and role map: move the chosen marker"), self.tr("Arrow keys")),
            (self.tr("… in small steps"), self.tr("Shift+Arrow keys")),
        ]

    # --- edits ---

    def _set(
        self, moment: Moment, weights: RoleWeights | None, merge_key: str | None = None
    ) -> bool:
        """One undo step; False when it changed nothing (or the rules refused it)."""
        if moment is Moment.TODAY:
            text = self.tr("Move today's role")
        else:
            text = self.tr("Move the ambition")
        return self.session.apply(
            text, lambda w: e.set_role_weights(w, moment, weights), merge_key=merge_key
        )

    def _moving(self, key: MarkerKey, x: float, y: float) -> None:
        if isinstance(key, Moment):
            self._show_weights(key, weights_at(x, y))

    def _released(self, key: MarkerKey, x: float, y: float) -> None:
        if isinstance(key, GroupMark):
            self.groups.choose(key.group)
            changed = self.groups.set(key.group, weights_at(x, y), GroupVerb.MOVE)
        elif isinstance(key, Moment):
            self.boxes[key].active.setChecked(True)
            changed = self._set(key, weights_at(x, y))
        else:
            return
        if not changed:  # a drag that ended where it began: the marker goes back
            self.show_workshop(self.session.workshop)

    def _nudge(self, moment: Moment, dx: float, dy: float) -> None:
        if self.groups.arrow_target is not None:
            self.groups.nudge(dx, dy)
            return
        current = self.session.workshop.implementation.at(moment)
        if current is None:
            return
        x, y = position_of(current)
        self._set(moment, weights_at(x + dx, y + dy), merge_key=f"roles.{moment}.nudge")

    def _typed(self, moment: Moment) -> None:
        values = {r: float(s.value()) for r, s in self.boxes[moment].spins.items()}
        if sum(values.values()) <= 0:
            return
        self._set(moment, RoleWeights.from_values(values), merge_key=f"roles.{moment}.typed")

    def _toggle(self, moment: Moment) -> None:
        current = self.session.workshop.implementation.at(moment)
        self._set(moment, None if current is not None else weights_at(0.5, 0.5))

    def _other_role_edited(self, other: OtherRole | None) -> None:
        current = self.session.workshop.implementation.other_role
        if other is None:
            text, merge = self.tr("Remove the other role"), None
        elif current is not None and current.name == other.name:
            # Stepping a share up and down is one undo step; naming and removing are their own.
            text, merge = self.tr("Change the other role"), "roles.other.share"
        else:
            text, merge = self.tr("Change the other role"), None
        self.session.apply(text, lambda w: e.set_other_role(w, other), merge_key=merge)

    def _active_toggled(self, moment: Moment, on: bool) -> None:
        """The arrow keys move this marker."""
        if on:
            self.scene.active = moment

    # --- the groups' markers (GroupMap) ---

    def group_values(self, workshop: Workshop) -> list[tuple[str, Moment, RoleWeights]]:
        return [(g.group, g.moment, g.weights) for g in workshop.implementation.groups]

    def group_spread(self, values: Sequence[RoleWeights]) -> RoleSpread | None:
        return role_spread(values)

    def set_group_edit(
        self, group: str, moment: Moment, value: RoleWeights | None
    ) -> Callable[[Workshop], Workshop]:
        return lambda w: e.set_group_roles(w, group, moment, value)

    def adopt_edit(self, moment: Moment, value: RoleWeights) -> Callable[[Workshop], Workshop]:
        return lambda w: e.set_role_weights(w, moment, value)

    # --- the room's answers from its phones (RoomMap) ---

    def room_values(
        self, workshop: Workshop, moment: Moment
    ) -> list[tuple[Participant, RoleWeights]]:
        return roles_answered(workshop.room, moment)

    def room_centre(self, values: Sequence[RoleWeights]) -> RoleWeights | None:
        spread = role_spread(values)
        return spread.centre if spread is not None else None

    def centre_words(self, centre: RoleWeights) -> str:
        return weights_words(centre, language())

    def draw_room(
        self,
        values: Mapping[Moment, Sequence[RoleWeights]],
        centres: Mapping[Moment, RoleWeights],
    ) -> None:
        self.scene.show_room(
            {m: [position_of(w) for w in ws] for m, ws in values.items()},
            {m: position_of(w) for m, w in centres.items()},
        )

    def nudged_value(self, value: RoleWeights, dx: float, dy: float) -> RoleWeights:
        x, y = position_of(value)
        return weights_at(x + dx, y + dy)

    def start_value(self, dx: float, dy: float) -> RoleWeights:
        return weights_at(0.5 + dx, 0.5 + dy)

    def group_text(self, verb: GroupVerb) -> str:
        return {
            GroupVerb.PLACE: self.tr("Place {group}'s role marker"),
            GroupVerb.MOVE: self.tr("Move {group}'s role marker"),
            GroupVerb.REMOVE: self.tr("Remove {group}'s role marker"),
            GroupVerb.ADOPT: self.tr("Adopt {group}'s roles"),
            GroupVerb.ADOPT_CENTRE: self.tr("Adopt the groups' centre"),
        }[verb]

    def draw_groups(
        self, marks: Sequence[ShownMark[RoleWeights]], spread: RoleSpread | None
    ) -> None:
        self.scene.show_groups(
            [ShownMark(m.group, m.label, m.initial, m.colour, position_of(m.value)) for m in marks],
            [(*spread.centre_xy, spread.spread)] if spread else [],
        )

    def agreement_rule(self) -> str:
        return self.tr(
            "The groups agree when every marker lies within an eighth of the map's width "
            "of their centre."
        )

    def describe_spread(self, spread: RoleSpread) -> str:
        text = (
            self.tr("The {n} groups agree.") if spread.agree else self.tr("The {n} groups differ.")
        ).format(n=spread.count)
        if spread.main_role is not None:
            text += " " + self.tr("All see {role} as the main role.").format(
                role=ROLE_NAMES[spread.main_role].text(language())
            )
        text += " " + self.tr("At their centre (×) the main role is {role}.").format(
            role=main_role_words(spread.centre, language())
        )
        return text

    # --- showing ---

    def show_role(self, role: Role) -> None:
        """A role's description from the deck, one click away (click its quadrant)."""
        self._role = role
        lang = language()
        lines = "".join(f"<p>–&nbsp;{t.text(lang)}</p>" for t in ROLE_DESCRIPTIONS[role])
        self.description_box.setTitle(ROLE_NAMES[role].text(lang))
        self.description.setText(lines)
        self.description.setToolTip(
            self.tr("Source: {source}").format(source=ROLE_DESCRIPTIONS[role][0].source)
        )

    def _show_weights(self, moment: Moment, weights: RoleWeights | None) -> None:
        box = self.boxes[moment]
        percent = weights.percentages() if weights else {}
        for role, spin in box.spins.items():
            blocked = spin.blockSignals(True)
            spin.setValue(percent.get(role, 0))
            spin.setEnabled(weights is not None)
            spin.blockSignals(blocked)
        if weights is None:
            box.main.setText(self.tr("Not placed: drag or press Place."))
        else:
            box.main.setText(
                self.tr("Main role: {role}").format(role=main_role_words(weights, language()))
            )
        box.toggle.setText(self.tr("Remove") if weights else self.tr("Place"))

    def show_workshop(self, workshop: Workshop) -> None:
        roles = workshop.implementation
        labels = {Moment.TODAY: self.tr("Today"), Moment.AMBITION: self.tr("Ambition")}
        for moment in Moment:
            weights = roles.at(moment)
            self.scene.show_marker(
                moment, position_of(weights) if weights else None, labels[moment]
            )
            self._show_weights(moment, weights)
        self.other_role.show_other(roles.other_role)
        self.groups.show(workshop)
        self._show_sides(workshop)
        self._show_previous(workshop)
        self.room_answers.show(workshop)
        self._show_prompts(workshop)
        self._show_nearest()
        self.announcer.announce()  # a moved marker is heard with its new main role

    def _show_previous(self, workshop: Workshop) -> None:
        """Where the last workshop left the region, when this one follows it up (and the
        facilitator has not switched it off)."""
        self.show_previous.setVisible(workshop.previous is not None)
        if workshop.previous is not None:  # named by its day
            self.show_previous.setText(
                self.tr("Show the workshop of {date}").format(date=held_words(workshop.previous))
            )
        shown = self.show_previous.isChecked()
        self.scene.show_previous(previous_marks(workshop) if shown else [])

    def _show_sides(self, workshop: Workshop) -> None:
        """The elected members' and the officials' places for the moment the groups answer
        for, and how far apart they are in words."""
        moment = self.groups.moment
        self.scene.show_sides(*side_marks(workshop, (moment,)))
        sides = role_sides(workshop, moment)
        words = role_sides_words(sides, language()) if sides is not None else ""
        self.groups_box.show_sides(words, sides_rule())

    def _show_nearest(self) -> None:
        """The reference regions whose roles today lie closest to the workshop's."""
        workshop = self.session.workshop
        today = workshop.implementation.today
        reference = self.library.merged
        if not any(r.roles_today.known for r in reference.regions):
            text = self.tr(
                "No reference region's roles are known; build reference regions from the "
                "regions' own workshops (File ▸ Reference regions from workshops…)."
            )
        elif today is None:
            text = self.tr("Place today's marker to see the regions nearest in their roles.")
        else:
            exclude = own_key(workshop.region)
            locale = QLocale()
            lines = [
                f"{region.name}: {locale.toString(distance, 'f', 2)}"
                for region, distance in nearest_by_roles(today, reference, 3, exclude)
            ]
            text = "\n".join(lines) or self.tr("No other region's roles are known.")
        self.nearest.setText(text)

    def _show_prompts(self, workshop: Workshop) -> None:
        self.prompts.setText(prompts_html(workshop))

    def _show_legend(self) -> None:
        """The legend's lines the map leaves beside it, in the panel."""
        self.legend.setText("\n".join(self.aside.lines))
        self.legend_box.setVisible(bool(self.aside.lines))

    def retranslate(self) -> None:
        self.announcer.set_base(self.tr("Genomförandepraktik: the role map"))
        self.legend_box.setTitle(self.tr("Numbered markers"))
        self.legend_box.setToolTip(
            self.tr(
                "The markers whose names found no room beside them on the role map carry a "
                "number there; this list names them."
            )
        )
        name_side_panels(self, self.tr("Genomförandepraktik: tools"))
        self.show_previous.setText(self.tr("Show where the last workshop left the region"))
        lang = language()
        # The deck's reminder wrapped to the map's width, as the figure wraps it.
        self.scene.set_texts(
            {r: ROLE_NAMES[r].text(Language.SV) for r in Role},
            ROLES_NOT_A_CLASSIFICATION.text(lang),
        )
        for moment, box in self.boxes.items():
            box.setTitle(self.tr("Today") if moment is Moment.TODAY else self.tr("Ambition"))
            colour = TODAY_COLOUR if moment is Moment.TODAY else AMBITION_COLOUR
            box.setStyleSheet(f"QGroupBox {{ color: {colour.name()}; font-weight: bold; }}")
            when = box.title()
            for role, label in box.labels.items():
                label.setText(ROLE_NAMES[role].text(Language.SV))
                box.spins[role].setAccessibleName(f"{when}: {label.text()}")
            box.active.setText(self.tr("Arrow keys"))
            box.active.setToolTip(self.tr("The arrow keys on the map move this marker"))
            box.active.setAccessibleName(
                self.tr("Arrow keys move today's marker")
                if moment is Moment.TODAY
                else self.tr("Arrow keys move the ambition's marker")
            )
        self.groups_box.set_tips(
            adopt_centre=self.tr(
                "Make the weights at the centre (×) of the groups' markers the workshop's"
            ),
            adopt=self.tr("Make {group}'s weights the workshop's"),
        )
        self.rule.setText(
            self.tr(
                "The app's rule: the weights follow the marker's place (a corner is all one "
                "role, the middle a quarter each); the main role is the one that weighs most, "
                "and when two weigh the same there is none."
            )
        )
        self.prompts_box.setTitle(self.tr("Questions for the room"))
        self.nearest_box.setTitle(self.tr("Nearest regions in their roles today"))
        self._show_nearest()
        self.other_role.retranslate()
        self.view.setToolTip(
            self.tr("Drag the markers; click a role to read the deck's description of it")
        )
        self.show_role(self._role)
        self.show_workshop(self.session.workshop)
