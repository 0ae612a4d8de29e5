"""The national picture's marks: every region named beside its dot, or numbered with the
legend naming it; nothing drawn over a name (issue #34)."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

from regionroll_desktop.ui import national
from regionroll_desktop.ui.national import Mark


def test_regions_on_one_spot_are_numbered_and_listed(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    drawn: list[str] = []
    marks = [
        Mark(name=f"Region {n}", today=(0.5, 0.5), ambition=None, earlier=(), own=n == 0)
        for n in range(8)
    ]
    image = QImage(600, 600, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    real = QPainter.drawText

    def seen(self, *args):  # type: ignore[no-untyped-def]
        drawn.append(str(args[-1]))
        return real(self, *args)

    monkeypatch.setattr(QPainter, "drawText", seen)
    font = QFont()
    try:
        layout = national._place(QRectF(50, 50, 500, 500), marks, font)
        national._marks(painter, marks, layout, QFontMetricsF(font), QPointF(560, 50))
    finally:
        painter.end()  # never left painting: a painter alive at a collection crashed later
    # The legend: a line each ("1 Region 3"), never clipped by its box.
    listed = [text.replace("\u00a0", " ") for text in drawn if "\u00a0" in text]
    assert listed, drawn
    assert listed == [entry.replace("\u00a0", " ") for entry in layout.legend]
    named_beside = [text for text in drawn if text.startswith("Region")]
    numbers = [text for text in drawn if text.isdigit()]
    assert len(named_beside) + len(listed) == len(marks)
    assert len(numbers) == len(listed)
    assert {line.split(" ", 1)[1] for line in listed}.isdisjoint(named_beside)
