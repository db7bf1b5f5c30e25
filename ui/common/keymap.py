"""One keymap: every shortcut of the window, defined here, set where it acts and listed in the Help menu.

Space and Enter belong to the focused control (they press a button, open a list), as everywhere
in the desktop; a text field keeps every key it types. So the timer's key is Ctrl+Space: it does
the same whatever has the focus, also while a note is being typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class Binding:
    keys: tuple[str | StandardKey, ...]  # the first is the one shown in menus and texts
    what: str | None = None  # a shortcut without a menu item says what it does (the Help lists it)


# A menu action's objectName, or a surface's shortcut -> its keys.
KEYMAP: dict[str, Binding] = {
    "newEventAction": Binding((StandardKey.New,)),
    "quitAction": Binding((StandardKey.Quit,)),
    "backAction": Binding(("Alt+Left",)),
    "nextAction": Binding(("Alt+Right",)),
    "challengeAction": Binding(("Ctrl+1",)),
    "teamAction": Binding(("Ctrl+2",)),
    "programmeAction": Binding(("Ctrl+3",)),
    "juryAction": Binding(("Ctrl+4",)),
    "dashboardAction": Binding(("Ctrl+5",)),
    "participantsAction": Binding(("Ctrl+6",)),
    "editorAction": Binding(("Ctrl+7",)),
    "serverAction": Binding(("Ctrl+8",)),
    "chooseEventAction": Binding(("Ctrl+E",)),
    "chooseTeamAction": Binding(("Ctrl+T",)),
    "chooseIdentityAction": Binding(("Ctrl+I",)),
    "timerToggleAction": Binding(("Ctrl+Space",)),
    "timerPlusAction": Binding(("+", "=")),  # "+" is also Shift and "=": a "Shift+=" as well would make it ambiguous
    "timerMinusAction": Binding(("-", "_")),
    "muteAction": Binding(("Ctrl+M",)),
    "guideAction": Binding(("F1",)),  # the guide at the part about the screen in front (ui/help/)
    "shortcutsAction": Binding(("Shift+F1",)),
    "navigatorAction": Binding(("Ctrl+L",)),
    "boardUndo": Binding((StandardKey.Undo,), QT_TRANSLATE_NOOP("keymap", "Board: undo")),
    "boardRedo": Binding(("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("keymap", "Board: redo")),
    "boardDelete": Binding((StandardKey.Delete,), QT_TRANSLATE_NOOP("keymap", "Board: delete the selected notes")),
    "boardCluster": Binding(("Ctrl+G",), QT_TRANSLATE_NOOP("keymap", "Board: cluster the selected notes")),
    "boardFit": Binding(("Ctrl+0",), QT_TRANSLATE_NOOP("keymap", "Board: everything in view")),
    "boardZoomIn": Binding(("Ctrl+=", "Ctrl++"), QT_TRANSLATE_NOOP("keymap", "Board: zoom in")),
    "boardZoomOut": Binding(("Ctrl+-",), QT_TRANSLATE_NOOP("keymap", "Board: zoom out")),
    "boardBest": Binding(("Ctrl+B",), QT_TRANSLATE_NOOP("keymap", "Board: mark the selected question as the one that states its theme best")),
    "vehicleUndo": Binding((StandardKey.Undo,), QT_TRANSLATE_NOOP("keymap", "Car: undo")),
    "vehicleRedo": Binding(("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("keymap", "Car: redo")),
    "vehicleWhole": Binding(("Ctrl+0",), QT_TRANSLATE_NOOP("keymap", "Car: the whole car in view")),
    "vehicleZoomIn": Binding(("Ctrl+=", "Ctrl++"), QT_TRANSLATE_NOOP("keymap", "Car: zoom in on the chosen zone")),
    "vehicleZoomOut": Binding(("Ctrl+-",), QT_TRANSLATE_NOOP("keymap", "Car: zoom out")),
    "crystalUndo": Binding((StandardKey.Undo,), QT_TRANSLATE_NOOP("keymap", "Crystal Ball: undo")),
    "crystalRedo": Binding(("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("keymap", "Crystal Ball: redo")),
    "crystalAdd": Binding(("Insert", "Ctrl+Shift+N"), QT_TRANSLATE_NOOP("keymap", "Crystal Ball: place a milestone")),
    "storyboardUndo": Binding((StandardKey.Undo,), QT_TRANSLATE_NOOP("keymap", "Storyboard: undo")),
    "storyboardRedo": Binding(("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("keymap", "Storyboard: redo")),
    "storyboardMoveBack": Binding(("Alt+Shift+Left",), QT_TRANSLATE_NOOP("keymap", "Storyboard: move the panel with the focus one place back")),
    "storyboardMoveOn": Binding(("Alt+Shift+Right",), QT_TRANSLATE_NOOP("keymap", "Storyboard: move the panel with the focus one place on")),
    "tasksUndo": Binding((StandardKey.Undo,), QT_TRANSLATE_NOOP("keymap", "Task split: undo")),
    "tasksRedo": Binding(("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("keymap", "Task split: redo")),
    "beamerNextPitch": Binding(("PgDown",), QT_TRANSLATE_NOOP("keymap", "Beamer: the next team's pitch")),
    "beamerPreviousPitch": Binding(("PgUp",), QT_TRANSLATE_NOOP("keymap", "Beamer: the previous team's pitch")),
    "pitchUndo": Binding((StandardKey.Undo,), QT_TRANSLATE_NOOP("keymap", "Pitch questions: undo “Take over again”")),
    "pitchRedo": Binding(("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("keymap", "Pitch questions: redo “Take over again”")),
    "pitchNextPart": Binding(("Ctrl+PgDown",), QT_TRANSLATE_NOOP("keymap", "Pitch: the next part (questions, storyboard, task split)")),
    "pitchPreviousPart": Binding(("Ctrl+PgUp",), QT_TRANSLATE_NOOP("keymap", "Pitch: the previous part")),
    "boardAuthor": Binding(tuple(f"Alt+{n}" for n in range(1, 10)), QT_TRANSLATE_NOOP("keymap", "Board: who writes (the 1st … 9th member)")),
    "openKitAction": Binding((StandardKey.Open,)),
    "jurorNextTeam": Binding(("PgDown", "Alt+Right"), QT_TRANSLATE_NOOP("keymap", "Scoring: the next team")),
    "jurorPreviousTeam": Binding(("PgUp", "Alt+Left"), QT_TRANSLATE_NOOP("keymap", "Scoring: the previous team")),
    "jurorUndo": Binding((StandardKey.Undo,), QT_TRANSLATE_NOOP("keymap", "Scoring: undo")),
    "jurorRedo": Binding(("Ctrl+Shift+Z",), QT_TRANSLATE_NOOP("keymap", "Scoring: redo")),
    "juryOrderUp": Binding(("Alt+Up",), QT_TRANSLATE_NOOP("keymap", "Running order: move the selected team up")),
    "juryOrderDown": Binding(("Alt+Down",), QT_TRANSLATE_NOOP("keymap", "Running order: move the selected team down")),
    "juryPitchTimer": Binding(("Ctrl+Return", "Ctrl+Enter"), QT_TRANSLATE_NOOP("keymap", "Pitches: start the pitch timer, then the questions")),
    "revealNext": Binding(("PgDown",), QT_TRANSLATE_NOOP("keymap", "Winners' reveal: the next card on the beamer")),
    "revealPrevious": Binding(("PgUp",), QT_TRANSLATE_NOOP("keymap", "Winners' reveal: the previous card")),
    "paperNext": Binding(("Ctrl+Return", "Ctrl+Enter"), QT_TRANSLATE_NOOP("keymap", "Paper sheet: on to the second entry, then check and store")),
    "jurorBackToScoring": Binding(("Esc",), QT_TRANSLATE_NOOP("keymap", "Your ranking: back to scoring, where you left off")),
    "jurorNotSeen": Binding(("Ctrl+N",), QT_TRANSLATE_NOOP("keymap", "Scoring: mark the team as not seen, or unmark it")),
    "juryNextTab": Binding(("Ctrl+PgDown", "Ctrl+Tab"), QT_TRANSLATE_NOOP("keymap", "Jury: the next tab (running order, scores, juryberaad, reveal)")),
    "juryPreviousTab": Binding(("Ctrl+PgUp", "Ctrl+Shift+Tab"), QT_TRANSLATE_NOOP("keymap", "Jury: the previous tab")),
    "editorNextTab": Binding(("Ctrl+PgDown", "Ctrl+Tab"), QT_TRANSLATE_NOOP("keymap", "Edit the event: the next tab")),
    "editorPreviousTab": Binding(("Ctrl+PgUp", "Ctrl+Shift+Tab"), QT_TRANSLATE_NOOP("keymap", "Edit the event: the previous tab")),
    "formationMoveLeft": Binding(("Alt+Left",), QT_TRANSLATE_NOOP("keymap", "Teams: move the person with the focus to the column on the left")),
    "formationMoveRight": Binding(("Alt+Right",), QT_TRANSLATE_NOOP("keymap", "Teams: move the person with the focus to the column on the right")),
    "formationMoveUp": Binding(("Alt+Up",), QT_TRANSLATE_NOOP("keymap", "Teams: move the person with the focus up in their team")),
    "formationMoveDown": Binding(("Alt+Down",), QT_TRANSLATE_NOOP("keymap", "Teams: move the person with the focus down in their team")),
    "formationMoveTo": Binding(("Ctrl+Shift+M",), QT_TRANSLATE_NOOP("keymap", "Teams: move the person with the focus to… (a list of the teams)")),
    "formationAbsent": Binding(("Ctrl+Shift+A",), QT_TRANSLATE_NOOP("keymap", "Teams: the person with the focus is absent today, or there again")),
}


def is_character_key(keys: QKeySequence) -> bool:
    """One character key without Ctrl, Alt or Meta ("+"): WCAG 2.1.4 lets a user switch these off."""
    if keys.count() != 1:
        return False
    combo = keys[0]
    held = combo.keyboardModifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.MetaModifier)
    return not held and combo.key() < Qt.Key.Key_Escape


def sequences(name: str, character_keys: bool = True) -> list[QKeySequence]:
    """The keys of a binding (none for a name without one); ``character_keys`` False leaves out
    the single character keys."""
    binding = KEYMAP.get(name)
    keys = [QKeySequence(key) for key in binding.keys] if binding else []
    return keys if character_keys else [key for key in keys if not is_character_key(key)]


def key_text(name: str) -> str:
    """The binding's first key as the user reads it (translated key names, e.g. "Ctrl+Spatiebalk")."""
    keys = sequences(name)
    return keys[0].toString(QKeySequence.SequenceFormat.NativeText) if keys else ""


def keys_text(name: str) -> str:
    """All of a binding's keys, as the Help lists them (a long run as its first … last)."""
    texts = [key.toString(QKeySequence.SequenceFormat.NativeText) for key in sequences(name)]
    return f"{texts[0]} … {texts[-1]}" if len(texts) > 3 else ", ".join(texts)


def described(name: str) -> str | None:
    """What a shortcut without a menu item does, in the UI's language."""
    what = KEYMAP[name].what
    return QCoreApplication.translate("keymap", what) if what else None


def bind(name: str, owner: QWidget, slot) -> None:
    """The binding's keys as shortcuts that act while the focus is within ``owner`` (one surface)."""
    for keys in sequences(name):
        _shortcut(keys, owner, slot)


def bind_window(name: str, owner: QWidget, slot) -> None:
    """The binding's keys as shortcuts that act while ``owner`` is shown, wherever the focus is in its
    window (a page's own keys: the pages of a window are shown one at a time)."""
    for keys in sequences(name):
        _shortcut(keys, owner, slot).setContext(Qt.ShortcutContext.WindowShortcut)


def bind_numbered(name: str, owner: QWidget, slot) -> None:
    """Each key of the binding calls ``slot(its index)``: Alt+1 the first member, Alt+2 the second…"""
    for index, keys in enumerate(sequences(name)):
        _shortcut(keys, owner, lambda i=index: slot(i))


def _shortcut(keys: QKeySequence, owner: QWidget, slot) -> QShortcut:
    shortcut = QShortcut(keys, owner)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(slot)
    return shortcut
