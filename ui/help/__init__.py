"""Help: the facilitators' guide in a window beside the app (F1 opens the part about the current screen),
the guide as a PDF, and the keyboard shortcuts (Shift+F1)."""
