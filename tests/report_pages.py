"""How much of each page of a PDF its body uses, from the page rendered small in grey: the
lowest row with ink above the footer, as a share of the body's height."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PySide6.QtGui import QColor, QImage

FOOTER_SHARE = 0.085  # the footer's band at the page's foot (pages.FOOTER on an A4 page)


def used_shares(pdf: Path) -> list[float]:
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            ["pdftoppm", "-r", "30", "-gray", "-png", str(pdf), f"{folder}/p"], check=True
        )
        shares = []
        for page in sorted(Path(folder).glob("p-*.png")):
            image = QImage(str(page))
            body = int(image.height() * (1 - FOOTER_SHARE))
            last = 0
            for y in range(body):
                if any(
                    QColor(image.pixel(x, y)).lightness() < 200 for x in range(0, image.width(), 2)
                ):
                    last = y
            shares.append(last / body)
        return shares
