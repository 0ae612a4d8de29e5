"""Every page of the window and of the projector speaks Swedish, data included (issue #36):
the example and a new Halland workshop (its 2019 strategy suggested as the RUS, its deck model
as the organisation), every label, button, tooltip, list and figure's words read as the room
would read them: no English word from a list, no Python literal, no model id."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGraphicsSimpleTextItem,
    QGraphicsTextItem,
    QGraphicsView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from regionroll_desktop.app.main_window import MainWindow
from regionroll_desktop.app.navigation import PAGE_COUNT
from regionroll_desktop.model import RegionChoice
from regionroll_desktop.model import edits as e
from regionroll_desktop.storage import save_workshop, shipped_reference_set

from ..test_swedish_throughout import SAMPLE, _problems

TAG = re.compile(r"<[^>]+>")
ADDRESS = re.compile(r"\b(?:https?://|www\.)\S+")  # a source's address is its own


def _plain(text: str) -> str:
    return ADDRESS.sub(" ", html.unescape(TAG.sub(" ", text)))


def _item_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    stack = [view.rootIndex()]
    while stack:
        parent = stack.pop()
        try:
            columns = model.columnCount(parent)
        except TypeError:
            columns = 1
        for column in range(columns):
            head = model.headerData(column, Qt.Orientation.Horizontal)
            if isinstance(head, str):
                yield head
        for row in range(model.rowCount(parent)):
            for column in range(columns):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield value
                try:
                    if column == 0 and model.hasChildren(index):
                        stack.append(index)
                except TypeError:
                    pass


def shown_words(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, words) for every text a visible widget of `root` shows or tips."""
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        texts = [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView):
            texts += list(_item_texts(widget))
        if isinstance(widget, QGraphicsView) and widget.scene() is not None:
            for item in widget.scene().items():
                if not item.isVisible():
                    continue
                texts.append(item.toolTip())
                if isinstance(item, QGraphicsTextItem):
                    texts.append(item.toPlainText())
                elif isinstance(item, QGraphicsSimpleTextItem):
                    texts.append(item.text())
        for text in texts:
            if text:
                yield where, _plain(text)


def _halland(tmp_path: Path) -> Path:
    from regionroll_desktop.analysis.strategy_2019 import with_suggested_rus
    from regionroll_desktop.model.presets import administrative_preset

    reference = shipped_reference_set()
    halland = next(r for r in reference.regions if r.name == "Halland")
    w = e.new_workshop(RegionChoice(code=halland.code, name=halland.name))
    w = with_suggested_rus(w, reference)
    assert halland.administrative_model.value is not None
    w = administrative_preset(w, halland.administrative_model.value)
    path = tmp_path / "halland.regionroll.json"
    save_workshop(w, path)
    return path


def _wrong_on_every_page(window: MainWindow) -> list[str]:
    wrong: set[str] = set()
    for page in range(PAGE_COUNT):
        window.show_page(page)
        for step_page in window.step_pages.values():
            step_page.ensure_canvas()
        QApplication.processEvents()
        for where, words in shown_words(window):
            if found := _problems(words):
                wrong.add(f"page {page}, {where}: {found} in {words[:90]!r}")
    window.toggle_projector()
    projector = window.projector
    assert projector is not None
    for page in range(PAGE_COUNT):
        window.show_page(page)
        QApplication.processEvents()
        for where, words in shown_words(projector):
            if found := _problems(words):
                wrong.add(f"projector {page}, {where}: {found} in {words[:90]!r}")
    window.toggle_projector()
    return sorted(wrong)


def test_every_page_speaks_swedish(window: MainWindow, tmp_path: Path) -> None:
    for path in (SAMPLE, _halland(tmp_path)):
        assert window.open_file(path)
        wrong = _wrong_on_every_page(window)
        assert not wrong, f"{path.name}:\n" + "\n".join(wrong)
        window.session.undo_stack.setClean()


def test_the_walk_reads_the_words_it_judges(window: MainWindow) -> None:
    """The same walk in the English UI finds English: it reads what the pages show."""
    from regionroll_desktop.model import Language

    assert window.open_file(SAMPLE)
    window.change_language(Language.EN)
    QApplication.processEvents()
    wrong = _wrong_on_every_page(window)
    assert any(" 'the'" in line or "['the'" in line for line in wrong), wrong[:5]
    assert any(line.startswith("projector") for line in wrong)
    window.session.undo_stack.setClean()
