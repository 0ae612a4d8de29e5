"""Qt pieces shared by the window and the canvases: the session and its undo stack, the
reference library, the language, the app's dialogs and small widgets."""
