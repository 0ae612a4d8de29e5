"""The canvases' tests send real mouse events back to back: pyqtgraph must see every one."""

import pytest


@pytest.fixture(autouse=True)
def _every_mouse_move(every_mouse_move: None) -> None:
    pass
