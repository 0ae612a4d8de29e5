"""Names and notes from a file are shown as text everywhere: a nämnd called
`<img src='…'><b>…</b>` shows those characters, never an image or bold type."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QGraphicsTextItem,
    QGraphicsView,
    QLabel,
    QWidget,
)

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_COUNT
from regionroll_desktop.model import Step
from regionroll_desktop.resources import resource

TAG = "<img src='probe.png'>"
HOSTILE = TAG + "<b>X</b>"
TEXT_KEYS = {"title", "place", "facilitator", "participants", "name", "note", "text", "what", "who"}


def hostile_workshop(tmp_path: Path) -> Path:
    """The example with every name and note starting with markup."""
    data = json.loads(resource("samples", "exempel.regionroll.json").read_text("utf-8"))

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                if key in TEXT_KEYS and isinstance(item, str):
                    value[key] = HOSTILE + item
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    path = tmp_path / "hostile.regionroll.json"
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def rendered_as_html(text: str, text_format: Qt.TextFormat = Qt.TextFormat.AutoText) -> bool:
    """True when `text` carries the raw tag and Qt would render it as markup."""
    if TAG not in text:
        return False
    if text_format == Qt.TextFormat.PlainText:
        return False
    return text_format == Qt.TextFormat.RichText or QtGui.Qt.mightBeRichText(text)


def model_tooltips(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    stack = [view.rootIndex()]
    while stack:
        parent = stack.pop()
        try:  # some of Qt's own item models keep these methods private to Python
            columns = model.columnCount(parent)
        except TypeError:
            columns = 1
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield tip
                try:
                    if column == 0 and model.hasChildren(index):
                        stack.append(index)
                except TypeError:
                    pass


def violations(root: QWidget) -> list[str]:
    found: list[str] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel) and rendered_as_html(widget.text(), widget.textFormat()):
            found.append(f"label {name}: {widget.text()[:60]}")
        if rendered_as_html(widget.toolTip()):
            found.append(f"tooltip of {name}: {widget.toolTip()[:60]}")
        if isinstance(widget, QAbstractItemView):
            found += [
                f"item tooltip in {name}" for tip in model_tooltips(widget) if rendered_as_html(tip)
            ]
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if rendered_as_html(item.toolTip()):
                    found.append(f"graphics tooltip in {name}: {item.toolTip()[:60]}")
                if isinstance(item, QGraphicsTextItem) and "<img" in item.toHtml():
                    found.append(f"graphics text in {name}: {item.toPlainText()[:60]}")
    for action in root.findChildren(QAction):
        if rendered_as_html(action.toolTip()):
            found.append(f"action tooltip {action.objectName()!r}")
    return found


def test_every_page_and_the_projector_show_names_as_text(
    window: MainWindow, qtbot, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert window.open_file(hostile_workshop(tmp_path))
    assert window.session.workshop.details.title.startswith(TAG)
    found: list[str] = []
    for page in range(1, PAGE_COUNT):
        window.show_page(page)
        for step_page in window.step_pages.values():
            step_page.ensure_canvas()
        QApplication.processEvents()
        found += [f"page {page}: {v}" for v in violations(window)]
    window.toggle_projector()
    projector = window.projector
    assert projector is not None
    for page in range(1, PAGE_COUNT):
        window.show_page(page)
        QApplication.processEvents()
        found += [f"projector {page}: {v}" for v in violations(projector)]
    window.toggle_projector()
    assert not sorted(set(found)), "\n".join(sorted(set(found)))
    assert window.session.workshop.note(Step.STRATEGI).startswith(TAG)  # kept as written


def test_a_reference_sets_names_show_as_text(window: MainWindow, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from regionroll_desktop.app.navigation import (
        PAGE_COMPARE,
        PAGE_DETAILS,
        PAGE_NATIONAL,
        PAGE_OF_STEP,
    )
    from regionroll_desktop.model import MatrixPosition, RegionChoice
    from regionroll_desktop.model import edits as e
    from regionroll_desktop.reference.regions import Fact, ReferenceRegion, ReferenceSet, Source
    from regionroll_desktop.storage.reference_file import save_reference_set

    source = Source(id="s-hostile", title=HOSTILE + "källa")
    overlay = ReferenceSet(
        name=HOSTILE + "set",
        sources=(source,),
        regions=(
            ReferenceRegion(
                code="04",
                name=HOSTILE + "Sörmland",
                matrix_position=Fact[MatrixPosition](
                    value=MatrixPosition(capital_per_capita=0.5, proactivity=0.5), source=source.id
                ),
            ),
        ),
    )
    path = tmp_path / "hostile.regionroll-ref.json"
    save_reference_set(overlay, path)
    window.library.load(path)
    window.session.apply(
        "Region", lambda w: e.set_region(w, RegionChoice(code="04", name=HOSTILE + "Sörmland"))
    )
    found = []
    for page in (PAGE_COMPARE, PAGE_NATIONAL, PAGE_OF_STEP[Step.FINANSIERING], PAGE_DETAILS):
        window.show_page(page)
        QApplication.processEvents()
        found += violations(window)
    assert not found, "\n".join(found)
    table = window.compare_page.table
    shown = [
        table.item(r, c).text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if table.item(r, c) is not None and TAG in table.item(r, c).text()
    ]
    assert shown, "the names were not shown at all"


def test_message_boxes_show_names_as_text(qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    from regionroll_desktop.ui import dialogs

    shown: list[QMessageBox] = []

    def capture(box: QMessageBox) -> int:
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", capture)
    dialogs.show_error(None, "t", HOSTILE, HOSTILE)
    dialogs.ask_unsaved(None, HOSTILE)
    dialogs.ask_replace_read_only(None, HOSTILE)
    assert len(shown) == 3
    for box in shown:
        assert not violations(box), [v for v in violations(box)]
        assert box.textFormat() == Qt.TextFormat.PlainText
