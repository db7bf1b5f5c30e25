"""One keymap: the window's shortcuts, defined here, set on its actions and listed in the Help menu.

Space and Enter belong to the focused control (they press a button, open a list), as everywhere
in the desktop; a text field keeps every key it types. So the timer's key is Ctrl+Space: it does
the same whatever has the focus, also while a note is being typed.
"""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

StandardKey = QKeySequence.StandardKey

# The QAction's objectName -> its keys (the first is the one shown in menus and texts).
KEYMAP: dict[str, tuple[str | StandardKey, ...]] = {
    "newEventAction": (StandardKey.New,),
    "quitAction": (StandardKey.Quit,),
    "backAction": ("Alt+Left",),
    "nextAction": ("Alt+Right",),
    "challengeAction": ("Ctrl+1",),
    "teamAction": ("Ctrl+2",),
    "programmeAction": ("Ctrl+3",),
    "chooseEventAction": ("Ctrl+E",),
    "chooseTeamAction": ("Ctrl+T",),
    "chooseIdentityAction": ("Ctrl+I",),
    "timerToggleAction": ("Ctrl+Space",),
    "timerPlusAction": ("+", "=", "Shift+="),
    "timerMinusAction": ("-", "_"),
    "muteAction": ("Ctrl+M",),
    "shortcutsAction": ("F1",),
}


def sequences(name: str) -> list[QKeySequence]:
    """The keys of an action in the keymap (none for an action without a shortcut)."""
    return [QKeySequence(key) for key in KEYMAP.get(name, ())]


def key_text(name: str) -> str:
    """The action's first key as the user reads it (translated key names, e.g. "Ctrl+Spatie")."""
    keys = sequences(name)
    return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""
