"""The Finansiering step's canvas: the capital matrix with today, the ambition and the
reference regions, and the panel that types, places and explains them.

The canvas reads the workshop from the session and changes it only through `Session.apply`:
a drag is one undo step on release, a run of arrow-key nudges merges into one.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence

from PySide6.QtCore import QLocale, QPoint, QTimer
from PySide6.QtWidgets import (
    QButtonGroup,
    QGraphicsItem,
    QGraphicsView,
    QHBoxLayout,
    QMenu,
    QWidget,
)

from ...analysis.groups import MATRIX_AGREEMENT_RADIUS, MatrixSpread, matrix_spread
from ...analysis.matrix import MIDDLE_BAND, PlacedIndex, nudged
from ...analysis.room import matrix_answered
from ...analysis.sides import matrix_sides
from ...figures.drawing import Reader
from ...model import MatrixPosition, Moment, NotePin, Side, Step, Workshop
from ...model import edits as e
from ...model.deck import AXIS_WORDS, DECK_SOURCE, QUADRANT_CAPTIONS
from ...model.room import Participant
from ...reference import own_key
from ...ui import dialogs
from ...ui.change_words import previous_label, previous_tip
from ...ui.group_colours import AMBITION_COLOUR, TODAY_COLOUR
from ...ui.i18n import language
from ...ui.reference_files import open_reference_set, save_reference_set
from ...ui.reference_library import ReferenceLibrary
from ...ui.review_words import held_words
from ...ui.session import Session
from ...ui.side_words import centre_label, matrix_sides_words, side_initial, sides_rule
from ...ui.step_summary import position_words
from ...ui.widgets import Retranslating, name_side_panels, side_panel
from ..group_markers import GroupMarkers, GroupVerb, ShownMark
from ..markers import (
    GroupMark,
    MarkerKey,
    PreviousMark,
    ReferenceMark,
    SideMark,
    marker_key,
    marker_pin,
    pinned_marker,
)
from ..outline import CanvasOutline
from ..room_answers import RoomAnswers
from ..step_canvas import Aside, Figure, KeyHelp, hide_side_panels
from ..sticky_notes import NoteLayer
from .figure import matrix_figure
from .matrix_plot import MarkerItem, MatrixPlot
from .numbers import NumbersBox
from .panel import MatrixPanel

CENTRE = MatrixPosition(capital_per_capita=0.0, proactivity=0.0)
BESIDE = 0.4  # how far "Placera" puts a marker from the other one: a fifth of the matrix


PROJECTED_TYPE = 1.1  # the projected matrix's body type, of the room's smallest (its labels: more)


class FinancingCanvas(Retranslating, QWidget):
    def __init__(
        self, session: Session, library: ReferenceLibrary, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("financingCanvas")
        self.session = session
        self.library = library
        self.plot = MatrixPlot()
        # The legend's lines: the projector lists them beside the matrix, the editor's panel
        # under the region's markers.
        self.aside = Aside(self)
        self.plot.legendAside.connect(self.aside.set_lines)
        self.panel = MatrixPanel()
        self.aside.changed.connect(lambda: self.panel.show_legend(self.aside.lines))
        self.numbers = NumbersBox(session, library)
        self.panel.add_section(self.numbers, after=self.panel.nearest_box)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        scroll = side_panel(self.panel)
        layout.addWidget(scroll)
        # While dragging, the nearest list follows at 25 updates a second, not every frame.
        self._pending_nearest: MatrixPosition | None = None
        self._nearest_timer = QTimer(self)
        self._nearest_timer.setSingleShot(True)
        self._nearest_timer.setInterval(40)
        self._nearest_timer.timeout.connect(self._flush_nearest)
        self._index = PlacedIndex(library.merged)

        self.plot.markerMoved.connect(self._moving)
        self.plot.markerMoveFinished.connect(self._moved)
        self.plot.markerContext.connect(self._context_menu)
        self.plot.nudgeRequested.connect(self._nudge)
        self.plot.dropped.connect(self._dropped)
        self.panel.chips.placeRequested.connect(
            lambda payload: self._dropped(payload, self._placed_at(payload))
        )
        self.panel.reset_view.clicked.connect(self.plot.reset_view)
        for moment, row in self.panel.rows.items():
            row.capital.valueChanged.connect(lambda _=0.0, m=moment: self._typed(m))
            row.proactivity.valueChanged.connect(lambda _=0.0, m=moment: self._typed(m))
            row.toggle.clicked.connect(lambda _=False, m=moment: self._toggle(m))
            row.active.toggled.connect(lambda on, m=moment: on and self.plot.setFocus())
        self.arrows = QButtonGroup(self)  # which marker the arrow keys move
        for moment in (Moment.TODAY, Moment.AMBITION):
            self.arrows.addButton(self.panel.rows[moment].active)
        self.groups = GroupMarkers(session, self.panel.groups, self, self.arrows)
        self.panel.groups.momentChanged.connect(
            lambda _moment: self._show_sides(self.session.workshop)
        )
        self.panel.groups.visibilityChanged.connect(self.plot.set_groups_visible)
        self.panel.show_references.toggled.connect(lambda _: self._show_references())
        self.panel.show_previous.toggled.connect(
            lambda _: self._show_previous(self.session.workshop)
        )
        self.panel.open_set.clicked.connect(self.open_reference_set)
        self.panel.edit_mode.toggled.connect(self.set_reference_mode)
        self.panel.save_set.clicked.connect(self.save_reference_set)
        self.room_answers = RoomAnswers(session, self.panel.room, self)
        self.plot.roomAnswerClicked.connect(self.room_answers.choose)
        session.watch(
            lambda w: (w.financing, w.region, w.details.groups, w.room), self.show_workshop, self
        )
        library.changed.connect(self._library_changed)
        self.retranslate()
        self.notes = NoteLayer(session, Step.FINANSIERING, self, self)
        self.notes.number_after(self.plot.marker_numbers)
        self.plot.numbersDrawn.connect(self.notes.number_after)
        self.outline = CanvasOutline(session, Step.FINANSIERING, self)

    def as_widget(self) -> QWidget:
        return self

    def figure(self) -> Figure:
        return matrix_figure(self.session.workshop, self.library.merged, language(), Reader.PICTURE)

    # --- where the sticky notes go (sticky_notes.Pinboard) ---

    def note_view(self) -> QGraphicsView:
        return self.plot

    def show_notes(self, shown: bool, show_again: Callable[[], None]) -> None:
        self.notes.show_again = show_again
        self.notes.set_shown(shown)

    def drawn_for(self) -> Hashable:
        return self.plot.drawn_for()

    def pinned_item(self, pin: NotePin) -> MarkerItem | None:
        return pinned_marker(pin, self.groups.moment, self.plot.markers, self.plot.group_markers)

    def pin_of(self, item: QGraphicsItem) -> NotePin | None:
        return marker_pin(item.key, self.groups.moment) if isinstance(item, MarkerItem) else None

    def present(self, zoom: float, least_px: float) -> None:
        self.notes.present(zoom, least_px)
        hide_side_panels(self)
        self.plot.setMinimumSize(240, 200)  # the screen decides: the plot scales to it
        self.plot.set_zoom(zoom, least_px)
        self.plot.set_type_px(least_px * PROJECTED_TYPE)

    def key_help(self) -> KeyHelp:
        return [
            (self.tr("Capital matrix and role map: move the chosen marker"), self.tr("Arrow keys")),
            (self.tr("… in small steps"), self.tr("Shift+Arrow keys")),
            (self.tr("Capital matrix: show the whole matrix"), "Home"),
            (self.tr("Capital matrix: zoom"), self.tr("Wheel, or pinch")),
        ]

    # --- the workshop's markers ---

    @property
    def active_moment(self) -> Moment:
        """The marker the arrow keys move."""
        return (
            Moment.AMBITION
            if self.panel.rows[Moment.AMBITION].active.isChecked()
            else (Moment.TODAY)
        )

    def _set_position(
        self,
        moment: Moment,
        position: MatrixPosition | None,
        text: str,
        merge_key: str | None = None,
    ) -> bool:
        """One undo step; False when it changed nothing (or the rules refused it)."""
        return self.session.apply(
            text, lambda w: e.set_matrix_position(w, moment, position), merge_key=merge_key
        )

    def _moving(self, key: MarkerKey, position: MatrixPosition) -> None:
        if key is Moment.TODAY:
            self._pending_nearest = position
            if not self._nearest_timer.isActive():
                self._nearest_timer.start()

    def _flush_nearest(self) -> None:
        if self._pending_nearest is not None:
            self._show_nearest(self._pending_nearest)
            self._pending_nearest = None

    def _moved(self, key: MarkerKey, position: MatrixPosition) -> None:
        self._nearest_timer.stop()
        self._pending_nearest = None
        if isinstance(key, ReferenceMark):
            self._place_reference(key.code, position)
            return
        if isinstance(key, SideMark | PreviousMark):  # drawn, never moved
            self.show_workshop(self.session.workshop)
            return
        if isinstance(key, GroupMark):
            self.groups.choose(key.group)
            changed = self.groups.set(key.group, position, GroupVerb.MOVE)
        else:
            self.panel.rows[key].active.setChecked(True)
            changed = self._set_position(key, position, self._move_text(key))
        if not changed:  # a drag that ended where it began: the marker goes back
            self.show_workshop(self.session.workshop)

    def _move_text(self, moment: Moment) -> str:
        if moment is Moment.TODAY:
            return self.tr("Move today's position")
        return self.tr("Move the ambition")

    def _nudge(self, d_proactivity: float, d_capital: float) -> None:
        if self.groups.arrow_target is not None:
            self.groups.nudge(d_proactivity, d_capital)
            return
        moment = self.active_moment
        current = self.session.workshop.financing.at(moment)
        if current is None:
            # The window shows refused edits in its status bar.
            self.session.editFailed.emit(
                self.tr("Place the marker first: drag it from the palette or press its button.")
            )
            return
        self._set_position(
            moment,
            nudged(current, d_proactivity, d_capital),
            self._move_text(moment),
            merge_key=f"matrix.{moment}.nudge",
        )

    def _typed(self, moment: Moment) -> None:
        row = self.panel.rows[moment]
        if self.session.workshop.financing.at(moment) is None:
            return
        position = MatrixPosition(
            capital_per_capita=row.capital.value(), proactivity=row.proactivity.value()
        )
        self._set_position(
            moment, position, self._move_text(moment), merge_key=f"matrix.{moment}.typed"
        )

    def _toggle(self, moment: Moment) -> None:
        if self.session.workshop.financing.at(moment) is None:
            self._place(moment, self._beside_the_other(moment))
        elif moment is Moment.TODAY:
            self._set_position(moment, None, self.tr("Remove today's position"))
        else:
            self._set_position(moment, None, self.tr("Remove the ambition"))

    def _dropped(self, payload: str, position: MatrixPosition) -> None:
        """A chip from the palette, dropped on the matrix (or placed with Enter)."""
        key = marker_key(payload)
        if isinstance(key, ReferenceMark):
            self._place_reference(key.code, position)
        elif isinstance(key, Moment):
            self._place(key, position)

    def _placed_at(self, payload: str) -> MatrixPosition:
        """Where a chip placed from the keyboard goes: a moment's beside the other moment's."""
        key = marker_key(payload)
        return self._beside_the_other(key) if isinstance(key, Moment) else CENTRE

    def _beside_the_other(self, moment: Moment) -> MatrixPosition:
        """Where "Placera" puts a marker: the centre, or beside the other moment's marker when
        that is there (never on it, which hid the first): a fifth of the matrix sideways,
        towards the middle. Only a start: the room drags it where it belongs."""
        other = self.session.workshop.financing.at(
            Moment.AMBITION if moment is Moment.TODAY else Moment.TODAY
        )
        if other is None:
            return CENTRE
        step = -BESIDE if other.proactivity > 0 else BESIDE
        return MatrixPosition(
            capital_per_capita=other.capital_per_capita,
            proactivity=max(-1.0, min(1.0, other.proactivity + step)),
        )

    def _place(self, moment: Moment, position: MatrixPosition) -> None:
        if moment is Moment.TODAY:
            text = self.tr("Place today's position")
        else:
            text = self.tr("Place the ambition")
        self.panel.rows[moment].active.setChecked(True)
        self._set_position(moment, position, text)
        self.plot.setFocus()

    def _context_menu(self, key: MarkerKey, where: QPoint) -> None:
        menu = QMenu(self)
        if isinstance(key, ReferenceMark):
            menu.addAction(
                self.tr("Remove this placement"), lambda: self._place_reference(key.code, None)
            )
        elif isinstance(key, GroupMark):
            menu.addAction(
                self.tr("Adopt as the workshop's answer"), lambda: self.groups.adopt(key.group)
            )
            menu.addAction(
                self.tr("Remove this group's marker"),
                lambda: self.groups.set(key.group, None, GroupVerb.REMOVE),
            )
        elif isinstance(key, SideMark | PreviousMark):
            return  # nothing to do to a side's centre or the last workshop's but read it
        else:
            self.panel.rows[key].active.setChecked(True)
            menu.addAction(self.tr("Remove the marker"), lambda: self._toggle(key))
        menu.popup(where)

    # --- the groups' markers (GroupMap) ---

    def group_values(self, workshop: Workshop) -> list[tuple[str, Moment, MatrixPosition]]:
        return [(g.group, g.moment, g.position) for g in workshop.financing.groups]

    def group_spread(self, values: Sequence[MatrixPosition]) -> MatrixSpread | None:
        return matrix_spread(values)

    def set_group_edit(
        self, group: str, moment: Moment, value: MatrixPosition | None
    ) -> Callable[[Workshop], Workshop]:
        return lambda w: e.set_group_position(w, group, moment, value)

    def adopt_edit(self, moment: Moment, value: MatrixPosition) -> Callable[[Workshop], Workshop]:
        return lambda w: e.set_matrix_position(w, moment, value)

    # --- the room's answers from its phones (RoomMap) ---

    def room_values(
        self, workshop: Workshop, moment: Moment
    ) -> list[tuple[Participant, MatrixPosition]]:
        return matrix_answered(workshop.room, moment)

    def room_centre(self, values: Sequence[MatrixPosition]) -> MatrixPosition | None:
        spread = matrix_spread(values)
        return spread.centre if spread is not None else None

    def centre_words(self, centre: MatrixPosition) -> str:
        return position_words(centre)

    def draw_room(
        self,
        values: Mapping[Moment, Sequence[MatrixPosition]],
        centres: Mapping[Moment, MatrixPosition],
    ) -> None:
        self.plot.show_room(values, centres)

    def nudged_value(self, value: MatrixPosition, dx: float, dy: float) -> MatrixPosition:
        return nudged(value, dx, dy)

    def start_value(self, dx: float, dy: float) -> MatrixPosition:
        return MatrixPosition(capital_per_capita=round(dy, 3), proactivity=round(dx, 3))

    def group_text(self, verb: GroupVerb) -> str:
        return {
            GroupVerb.PLACE: self.tr("Place {group}'s marker"),
            GroupVerb.MOVE: self.tr("Move {group}'s marker"),
            GroupVerb.REMOVE: self.tr("Remove {group}'s marker"),
            GroupVerb.ADOPT: self.tr("Adopt {group}'s position"),
            GroupVerb.ADOPT_CENTRE: self.tr("Adopt the groups' centre"),
        }[verb]

    def draw_groups(
        self, marks: Sequence[ShownMark[MatrixPosition]], spread: MatrixSpread | None
    ) -> None:
        self.plot.show_groups(marks, spread)

    def agreement_rule(self) -> str:
        return self.tr(
            "The groups agree when every marker lies within {r} of their centre "
            "(the matrix runs from −1 to +1); a marker closer than {m} to a dividing line is "
            "in the middle and belongs to no quadrant."
        ).format(
            r=QLocale().toString(MATRIX_AGREEMENT_RADIUS, "f", 2),
            m=QLocale().toString(MIDDLE_BAND, "f", 2),
        )

    def describe_spread(self, spread: MatrixSpread) -> str:
        locale = QLocale()
        far = locale.toString(spread.spread, "f", 2)
        if spread.agree:
            text = self.tr("The {n} groups agree: all within {far} of their centre (×).")
        else:
            text = self.tr("The {n} groups differ: up to {far} from their centre (×).")
        text = text.format(n=spread.count, far=far)
        if spread.quadrant is not None:
            amount, character = spread.quadrant
            words = AXIS_WORDS[language()]
            text += " " + self.tr("All chose the same quadrant: {amount}, {character}.").format(
                amount=words[amount.value].lower(), character=words[character.value].lower()
            )
        return text

    # --- showing the state ---

    def _region_name(self, workshop: Workshop) -> str:
        return workshop.region.name if workshop.region else self.tr("The region")

    def show_workshop(self, workshop: Workshop) -> None:
        f = workshop.financing
        name = self._region_name(workshop)
        labels = {
            Moment.TODAY: self.tr("{region} today").format(region=name),
            Moment.AMBITION: self.tr("Ambition"),
        }
        for moment in Moment:
            position = f.at(moment)
            self.plot.show_marker(moment, position, labels[moment])
            row = self.panel.rows[moment]
            for spin, value in (
                (row.capital, position.capital_per_capita if position else 0.0),
                (row.proactivity, position.proactivity if position else 0.0),
            ):
                blocked = spin.blockSignals(True)
                spin.setValue(value)
                spin.setEnabled(position is not None)
                spin.blockSignals(blocked)
            row.toggle.setText(self.tr("Remove") if position else self.tr("Place"))
        self.groups.show(workshop)
        self._show_sides(workshop)
        self._show_previous(workshop)
        self.room_answers.show(workshop)
        self._fill_palette()
        self._show_nearest(f.today)

    def _show_previous(self, workshop: Workshop) -> None:
        """Where the last workshop left the region, when this one follows it up (and the
        facilitator has not switched it off)."""
        previous = workshop.previous
        self.panel.show_previous.setVisible(previous is not None)
        if workshop.previous is not None:  # named by its day
            self.panel.show_previous.setText(
                self.tr("Show the workshop of {date}").format(date=held_words(workshop.previous))
            )
        shown = previous is not None and self.panel.show_previous.isChecked()
        self.plot.show_previous(
            [
                (PreviousMark(moment), at, previous_label(moment), previous_tip(previous, moment))
                for moment in Moment
                if shown and previous is not None
                if (at := previous.workshop.financing.at(moment)) is not None
            ]
        )

    def _show_sides(self, workshop: Workshop) -> None:
        """The elected members' and the officials' centres for the moment the groups answer
        for, and how far apart they are in words."""
        moment = self.groups.moment
        sides = matrix_sides(workshop, moment)
        marks = (
            []
            if sides is None
            else [
                (SideMark(side, moment), at, centre_label(side, moment), side_initial(side))
                for side, at, count in (
                    (Side.ELECTED, sides.elected, sides.counts[0]),
                    (Side.OFFICIALS, sides.officials, sides.counts[1]),
                )
                if count >= 2  # one answer is its own place: its marker says whose it is
            ]
        )
        links = [] if sides is None else [(sides.elected, sides.officials)]
        self.plot.show_sides(marks, links)
        words = matrix_sides_words(sides, language()) if sides is not None else ""
        self.panel.groups.show_sides(words, sides_rule())

    def _show_nearest(self, position: MatrixPosition | None) -> None:
        if not self._index:
            self._set_nearest_text(
                self.tr(
                    "No reference region has a known position yet; open a reference set "
                    "or place them yourself in reference mode."
                )
            )
            return
        if position is None:
            self._set_nearest_text(self.tr("Place the region to see its nearest neighbours."))
            return
        region = self.session.workshop.region
        exclude = own_key(region)
        locale = QLocale()
        lines = [
            f"{n.region.name}: {locale.toString(n.distance, 'f', 2)}"
            for n in self._index.nearest(position, 3, exclude)
        ]
        self._set_nearest_text("\n".join(lines) or self.tr("No other region is placed."))

    def _set_nearest_text(self, text: str) -> None:
        if self.panel.nearest.text() != text:  # while dragging, most frames change nothing
            self.panel.nearest.setText(text)

    def _fill_palette(self) -> None:
        palette = self.panel.chips
        palette.clear()
        workshop = self.session.workshop
        name = self._region_name(workshop)
        palette.add_chip(
            self.tr("{region} today").format(region=name),
            Moment.TODAY,
            TODAY_COLOUR,
            self.tr("Drag onto the matrix to place where the region is today"),
        )
        palette.add_chip(
            self.tr("Ambition"),
            Moment.AMBITION,
            AMBITION_COLOUR,
            self.tr("Drag onto the matrix to place where the region wants to be"),
        )
        if self.panel.edit_mode.isChecked():
            for region in self.library.merged.regions:
                state = self.tr("placed") if region.matrix_position.known else self.tr("not placed")
                palette.add_chip(
                    f"{region.name} ({state})",
                    ReferenceMark(region.key),
                    None,
                    self.tr("Drag onto the matrix to place this reference region"),
                )

    # --- reference regions ---

    def _sources(self) -> dict[str, str]:
        return {
            s.id: f"{s.publisher}: {s.title}" if s.publisher else s.title
            for s in self.library.merged.sources
        }

    def _show_references(self) -> None:
        merged = self.library.merged
        editing = self.panel.edit_mode.isChecked()
        self.plot.show_references(
            merged.regions, self._sources(), self.panel.show_references.isChecked(), editing
        )
        unplaced = [r for r in merged.regions if not r.matrix_position.known]
        self.panel.unplaced.clear()
        for region in unplaced:
            self.panel.unplaced.addItem(region.name)
            item = self.panel.unplaced.item(self.panel.unplaced.count() - 1)
            item.setToolTip(
                self.tr("No source gives this region's position, so it is not guessed.")
            )
        self.panel.unplaced_label.setText(
            self.tr("Not placed ({n} of {total}):").format(
                n=len(unplaced), total=len(merged.regions)
            )
        )
        if self.library.path is not None:
            status = self.tr("Reference set: {name}").format(name=self.library.path.name)
        elif self.library.overlay is not None:
            status = self.tr("Your own placements (not saved yet)")
        else:
            status = self.tr("Shipped data only: the deck's figure lost its positions.")
        if self.library.modified:
            status += " *"
        self.panel.set_status.setText(status)
        self.panel.save_set.setEnabled(self.library.overlay is not None)

    def _library_changed(self) -> None:
        self._index = PlacedIndex(self.library.merged)
        self._show_references()
        self._fill_palette()
        self._show_nearest(self.session.workshop.financing.today)

    def _place_reference(self, code: str, position: MatrixPosition | None) -> None:
        if not self.panel.edit_mode.isChecked():
            return
        try:
            region = self.library.merged.region(code)
        except KeyError:
            return
        self.library.set_position(region, position)

    def set_reference_mode(self, on: bool) -> None:
        """Reference mode: drag reference regions onto the matrix, crediting a named source."""
        if on and self.library.own_source() is None:
            note = dialogs.ask_source_note(self, "")
            if note is None:
                blocked = self.panel.edit_mode.blockSignals(True)
                self.panel.edit_mode.setChecked(False)
                self.panel.edit_mode.blockSignals(blocked)
                return
            author = self.session.workshop.details.facilitator or self.tr("Facilitator")
            self.library.start_own_set(self.tr("Own placements"), note, author)
        blocked = self.panel.edit_mode.blockSignals(True)
        self.panel.edit_mode.setChecked(on)
        self.panel.edit_mode.blockSignals(blocked)
        self.library.set_editing(on)
        self._library_changed()

    def open_reference_set(self) -> None:
        open_reference_set(self, self.library)

    def save_reference_set(self) -> bool:
        if not save_reference_set(self, self.library):
            return False
        self._show_references()
        return True

    # --- language ---

    def retranslate(self) -> None:
        self.plot.setAccessibleName(self.tr("Finansiering: the capital matrix"))
        self.plot.viewport().setAccessibleName(self.plot.accessibleName())
        name_side_panels(self, self.tr("Finansiering: tools"))
        words = AXIS_WORDS[language()]
        self.plot.set_words(words, QUADRANT_CAPTIONS[language()])
        self.plot.setToolTip(
            self.tr(
                "The capital matrix. Source: {deck}, the slide on the character of the "
                "regional development capital."
            ).format(deck=DECK_SOURCE)
        )
        p = self.panel
        p.markers_box.setTitle(self.tr("The region on the matrix"))
        for moment, row in p.rows.items():
            row.title.setText(self.tr("Today") if moment is Moment.TODAY else self.tr("Ambition"))
            row.active.setText(self.tr("Arrow keys"))
            row.active.setToolTip(
                self.tr("The arrow keys on the matrix move this marker (Shift for small steps)")
            )
            row.capital_label.setText(self.tr("Capital per capita"))
            row.capital.setToolTip(self.tr("−1 less … +1 more capital per inhabitant"))
            row.proactivity_label.setText(self.tr("Character"))
            row.proactivity.setToolTip(self.tr("−1 more reactive … +1 more proactive capital"))
            when = row.title.text()
            row.capital.setAccessibleName(f"{when}: {row.capital_label.text()}")
            row.proactivity.setAccessibleName(f"{when}: {row.proactivity_label.text()}")
            row.active.setAccessibleName(
                self.tr("Arrow keys move today's marker")
                if moment is Moment.TODAY
                else self.tr("Arrow keys move the ambition's marker")
            )
        for marker in self.plot.markers.values():
            marker.setToolTip(self.tr("Drag to move; arrow keys nudge; right-click to remove"))
        p.groups.set_tips(
            adopt_centre=self.tr(
                "Make the centre (×) of the groups' markers the workshop's answer"
            ),
            adopt=self.tr("Make {group}'s position the workshop's answer"),
        )
        self.groups.show(self.session.workshop)
        p.reset_view.setText(self.tr("Show the whole matrix"))
        p.reset_view.setToolTip(self.tr("Reset the view (Home on the matrix)"))
        p.palette_box.setTitle(self.tr("Palette"))
        p.palette_hint.setText(
            self.tr("Drag onto the matrix, or select and press Enter. F6 reaches the matrix.")
        )
        p.nearest_box.setTitle(self.tr("Nearest reference regions"))
        p.legend_box.setTitle(self.tr("Numbered markers"))
        p.legend_box.setToolTip(
            self.tr(
                "The markers whose names found no room beside them on the matrix carry a "
                "number there; this list names them."
            )
        )
        p.reference_box.setTitle(self.tr("Reference regions"))
        p.show_references.setText(self.tr("Show reference regions"))
        p.show_previous.setText(self.tr("Show where the last workshop left the region"))
        p.open_set.setText(self.tr("Open a reference set…"))
        p.edit_mode.setText(self.tr("Place reference regions…"))
        p.edit_mode.setToolTip(
            self.tr(
                "Reference mode: drag reference regions onto the matrix; "
                "each position cites the source you name"
            )
        )
        p.save_set.setText(self.tr("Save the reference set…"))
        self.show_workshop(self.session.workshop)
        self._show_references()
