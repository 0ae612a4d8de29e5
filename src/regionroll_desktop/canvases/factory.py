"""Where canvases come from: the canvas for a board, made on first use (the capital matrix
imports pyqtgraph, which is slow). Apart from `step_canvas`, the interface every canvas
answers, so that the canvases import the interface and the interface none of them."""

from __future__ import annotations

from ..ui.reference_library import ReferenceLibrary
from ..ui.session import Session
from .step_canvas import Board, StepCanvas


def make_canvas(board: Board, session: Session, library: ReferenceLibrary) -> StepCanvas:
    """A new canvas for `board` on `session` (its module is imported now)."""
    if board is Board.ORGANISATION:
        from .organisation.canvas import OrganisationCanvas

        return OrganisationCanvas(session, library)
    if board is Board.FINANSIERING:
        from .financing.canvas import FinancingCanvas

        return FinancingCanvas(session, library)
    if board is Board.STRATEGI:
        from .strategy.canvas import StrategyCanvas

        return StrategyCanvas(session, library)
    if board is Board.GENOMFORANDEPRAKTIK:
        from .roles.canvas import RolesCanvas

        return RolesCanvas(session, library)
    from .keys import KeysCanvas

    return KeysCanvas(session)
