"""Run by test_projector.py in its own process on one offscreen screen of the size given:
opens the sample workshop, presses F5, shows every page in projector mode, and prints what it
finds on each as JSON (scroll bars, items outside their view, cut text, the result shown, the
smallest text); with a folder given, it also saves a picture of each page there."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsView,
    QLabel,
    QScrollBar,
    QWidget,
)

from regionroll_desktop.app.main import create_window
from regionroll_desktop.app.navigation import (
    PAGE_COMPARE,
    PAGE_KEYS,
    PAGE_LANDSCAPE,
    PAGE_NATIONAL,
    PAGE_OF_STEP,
    PAGE_OUTCOME,
)
from regionroll_desktop.canvases.step_canvas import Parts
from regionroll_desktop.canvases.sticky_notes import CROWDED, NoteCard, pin_targets, view_crowd
from regionroll_desktop.canvases.strategy.items import CardItem
from regionroll_desktop.model import Step, StrategyKind
from regionroll_desktop.model import edits as e
from regionroll_desktop.ui.settings import AppSettings

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from tests.app.text_probe import drawn_text

app = QApplication(sys.argv[:1])
folder = Path(sys.argv[1])
shots = Path(sys.argv[2]) if len(sys.argv) > 2 else None
settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
settings.recovery_dir = folder / "recovery"
window = create_window(settings=settings)
window.show()
QTest.qWaitForWindowExposed(window)
assert window.open_sample()
# The room's notes on every canvas: one pinned to the canvas's first item, one lying free.
for step in Step:
    first = pin_targets(window.session.workshop, step)[:1]
    window.session.apply(
        "notes",
        lambda w, s=step, pin=(first[0] if first else None): e.add_sticky_note(
            e.add_sticky_note(w, s, "Vem tar ansvar för uppföljningen?", pin=pin),
            s,
            "Fråga kommunerna",
            x=0.02,
            y=0.98,
            group="grupp-a",  # a group's note says whose it is: its caption is measured too
        ),
    )
window.show_page(PAGE_LANDSCAPE)
QTest.keyClick(window, Qt.Key.Key_F5)
projector = window.projector
assert projector is not None, "F5 did not open the projector"
for _ in range(50):
    if projector.isFullScreen():
        break
    QTest.qWait(20)


def px(font: QFont) -> float:
    return font.pixelSize() if font.pixelSize() > 0 else font.pointSizeF() * 96 / 72


def shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def inspect(name: str) -> dict[str, object]:
    QApplication.processEvents()
    QTest.qWait(50)
    QApplication.processEvents()
    scroll_bars = [
        bar.objectName() or bar.parent().objectName()
        for bar in projector.findChildren(QScrollBar)
        if shown(bar)
    ]
    cut, small = [], []
    for label in projector.findChildren(QLabel):
        if not shown(label) or not label.text():
            continue
        if label.wordWrap():
            needed = label.heightForWidth(label.width())
            if needed > label.height() + 1:
                cut.append([label.objectName(), label.text()[:40], needed, label.height()])
        elif label.sizeHint().width() > label.width() + 1:
            cut.append([label.objectName(), label.text()[:40], label.sizeHint().width()])
        small.append(px(label.font()))
    outside = []
    for view in projector.findChildren(QGraphicsView):
        if not shown(view) or view.objectName() == "capitalMatrix":
            continue
        area = QRect(view.viewport().rect()).adjusted(-1, -1, 1, 1)
        # A pyramid in parts: the levels' tints and the links' lines run on under the
        # screen's edges (the view covers what is off the screen); its cards, titles and
        # links are on one screen each.
        parts = getattr(view, "parts", None)
        in_parts = isinstance(parts, Parts) and parts.count > 1
        for item in view.scene().items():
            if not item.isVisible() or item.boundingRect().isEmpty():
                continue
            if in_parts and type(item).__name__ in ("LevelBand", "LinkLayer"):
                continue
            # A card as drawn (its handle's room for a finger is the editor's).
            drawn = item.body() if isinstance(item, CardItem) else item.boundingRect()
            box = view.mapFromScene(item.mapRectToScene(drawn)).boundingRect()
            if not area.contains(box):
                outside.append([type(item).__name__, box.getRect(), area.getRect()])
    # Each shown note: whether it lies whole on its canvas, the size of its smallest words, its
    # text, and (a whole note) how many px² of what the room reads on the canvas it covers.
    notes = []
    for card in projector.findChildren(NoteCard):
        if shown(card):
            board = card.parentWidget()
            view = board.parentWidget()
            covered = 0.0
            if card.number is None and isinstance(view, QGraphicsView):
                spot = QRectF(card.geometry())
                crowd = view_crowd(view, CROWDED * spot.width() * spot.height())
                covered = sum(
                    spot.intersected(r).width() * spot.intersected(r).height()
                    for r in crowd.read
                    if spot.intersects(r)
                )
            inside = board.rect().contains(card.geometry())
            # Its text's size, and its caption's (a group's name) or a callout's number's.
            text, caption = card.fonts()
            drawn = [caption] if card.number is not None else [text]
            if card.caption and card.number is None:
                drawn.append(caption)
            notes.append([inside, min(px(f) for f in drawn), card.text, round(covered)])
    matrix_whole = None
    unnamed = []  # a marker with neither its label beside it nor a line in the legend
    for view in projector.findChildren(QGraphicsView, "capitalMatrix"):
        if shown(view):
            (x0, x1), (y0, y1) = view.vb.viewRange()  # type: ignore[attr-defined]
            matrix_whole = x0 <= -1 and x1 >= 1 and y0 <= -1 and y1 >= 1
            # The legend in the matrix, or beside it with the step's result (projected).
            legend = " ".join(e.text for e in view.texts.entries("legend"))  # type: ignore[attr-defined]
            legend += " " + projector.result.text() + " " + projector.context.text()
            for marker in view._all_markers():  # type: ignore[attr-defined]
                label = marker.label()
                beside = label is not None and label.isVisible()
                # A two-line name ("Grupp A (i dag)" and its side) as one line, as wrapped.
                listed = marker.number is not None and " ".join(marker.text.split()) in " ".join(
                    legend.split()
                )
                if marker.isVisible() and not (beside or listed):
                    unnamed.append(marker.text)
    if shots is not None:
        projector.grab().save(str(shots / f"{name}.png"))
    runs = sorted(drawn_text(projector))
    smallest_drawn = [[round(size, 1), text[:40]] for size, text in runs[:3]]
    return {
        "scroll_bars": scroll_bars,
        "cut": cut,
        "outside": outside[:5],
        "smallest_label_px": min(small) if small else None,
        "smallest_drawn": smallest_drawn,
        "result": projector.result.text() if shown(projector.result) else "",
        "title": projector.title.text(),
        "matrix_whole": matrix_whole,
        "unnamed": unnamed,
        "notes": notes,
    }


pages = {
    "landscape": PAGE_LANDSCAPE,
    **{step.value: PAGE_OF_STEP[step] for step in Step},
    "keys": PAGE_KEYS,
    "outcome": PAGE_OUTCOME,
    "compare": PAGE_COMPARE,
    "national": PAGE_NATIONAL,
}
seen = {}
for name, page in pages.items():
    window.show_page(page)
    seen[name] = inspect(name)
# The crowded case: seventeen regions' workshops (and their earlier ones) as the reference
# regions, every map numbered, each legend beside its map (issue #40).
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from regionroll_desktop.storage.reference_build import build_reference_set  # noqa: E402
from tests.national_set import write_series  # noqa: E402

write_series(folder / "series")
window.library.use(build_reference_set([folder / "series"], "Serien").reference_set)
window.show_page(PAGE_NATIONAL)
seen["national-crowded"] = inspect("national-crowded")
window.show_page(PAGE_OF_STEP[Step.STRATEGI])
QTest.keyClick(projector, Qt.Key.Key_I)
seen["context"] = inspect("strategi-context")
seen["context"]["shown"] = shown(projector.context)
seen["context"]["text"] = projector.context.text()[:300]
# The deck's text beside the capital matrix too (issue #34: two groups' labels vanished).
window.show_page(PAGE_OF_STEP[Step.FINANSIERING])
if not shown(projector.context):
    QTest.keyClick(projector, Qt.Key.Key_I)
seen["matrix-context"] = inspect("finansiering-context")
seen["matrix-context"]["shown"] = shown(projector.context)
# The deck's point for each key beside the keys' chart (issue #36).
window.show_page(PAGE_KEYS)
if not shown(projector.context):
    QTest.keyClick(projector, Qt.Key.Key_I)
seen["keys-context"] = inspect("keys-context")
seen["keys-context"]["shown"] = shown(projector.context)
seen["keys-context"]["text"] = projector.context.text()
# A large region: a dozen nämnder and ten förvaltningar holding no branch (issue #34: every
# word on the canvas stayed at 13 px at 720 lines); they go beside the canvas when the room's
# type does not fit them.
NAMNDER = ["Kultur", "Miljö", "Patient", "Service", "Tandvårds", "Fastighets", "Trafik"]
FORVALTNINGAR = ["Koncernkontoret", "Västfastigheter", "Folktandvården", "Regionservice"]


def large(w: e.Workshop) -> e.Workshop:
    for n, name in enumerate(NAMNDER * 2):
        w = e.add_political_body(w, f"{name}nämnden {n}")
    for n, name in enumerate(FORVALTNINGAR * 2):
        w = e.add_administrative_body(w, f"{name} {n}")
    return w


window.session.apply("large", large)
window.show_page(PAGE_OF_STEP[Step.ORGANISATION])
seen["organisation-large"] = inspect("organisation-large")
# The conclusions of a long workshop: sixty actions and long conclusions, in parts of a
# screen each in the room's type (they were cut with "…" and the actions counted); Page
# Down turns the parts, then the slide; Page Up from the next slide comes back to the last.
SAID = " ".join(
    "Rummet diskuterade länge hur ansvaret ska delas mellan regionen och kommunerna."
    for _ in range(12)
)


def long_outcome(w: e.Workshop) -> e.Workshop:
    for step in Step:
        w = e.set_conclusion(w, step, text=SAID)
    for n in range(60):
        w = e.add_action(w, f"Åtgärd {n}: ta fram ett underlag", f"long{n}", who="Kansliet")
    return w


window.session.apply("long outcome", long_outcome)
window.show_page(PAGE_OUTCOME)
seen["outcome-long"] = inspect("outcome-long")
titles = [projector.title.text()]
for _ in range(40):
    QTest.keyClick(projector, Qt.Key.Key_PageDown)
    QApplication.processEvents()
    titles.append(projector.title.text())
    if projector.slide.value != "outcome":
        break
    seen[f"outcome-long-{len(titles)}"] = inspect(f"outcome-long-{len(titles)}")
QTest.keyClick(projector, Qt.Key.Key_PageUp)
QApplication.processEvents()
titles.append(projector.title.text())
seen["outcome-titles"] = {"titles": titles}
# A pyramid taller than the screen in the room's type: a screen at a time, no card cut, every
# card on one screen (at the limits its top showed in 14 px type, the rest cut at the foot).


def tall_pyramid(w: e.Workshop) -> e.Workshop:
    for n in range(48):
        title = f"Handlingsplan {n} för hållbar tillväxt och kompetensförsörjning i länet"
        w = e.add_document(w, title, StrategyKind.HANDLINGSPLAN, 2020 + n % 5)
    return w


window.session.apply("tall pyramid", tall_pyramid)
window.show_page(PAGE_OF_STEP[Step.STRATEGI])
pyramid = projector.canvases[Step.STRATEGI].view  # type: ignore[attr-defined]
screens = [projector.title.text()]
cards_on: list[list[str]] = []
levels_on: list[list[str]] = []  # the levels' titles each screen shows
for _ in range(40):
    seen[f"pyramid-{len(screens)}"] = inspect(f"pyramid-{len(screens)}")
    area = pyramid.viewport().rect()
    cards_on.append(
        [
            card.title
            for card in pyramid.scene().cards.values()
            if card.isVisible()
            and area.contains(pyramid.mapFromScene(card.mapRectToScene(card.body())).boundingRect())
        ]
    )
    levels_on.append(
        [
            band.title
            for band in pyramid.scene().bands.values()
            if band.label.isVisible()
            and area.contains(pyramid.mapFromScene(band.label.sceneBoundingRect()).boundingRect())
        ]
    )
    QTest.keyClick(projector, Qt.Key.Key_PageDown)
    QApplication.processEvents()
    screens.append(projector.title.text())
    if projector.slide.value != "strategi":
        break
QTest.keyClick(projector, Qt.Key.Key_PageUp)
QApplication.processEvents()
screens.append(projector.title.text())
documents = [d.title for d in window.session.workshop.strategy.documents]
sides = [seen[f"pyramid-{k}"]["result"] for k in range(1, len(cards_on) + 1)]
seen["pyramid-screens"] = {
    "titles": screens,
    "cards": cards_on,
    "documents": documents,
    "sides": sides,
    "levels": levels_on,
}
seen["screen"] = [projector.width(), projector.height()]
print(json.dumps(seen))
window.document.session.undo_stack.setClean()
window.close()
