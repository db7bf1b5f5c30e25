"""Which part of the guide F1 opens: the part about the screen in front of the user.

A dialog or window by its objectName; the main window by the place the event view shows (a step by its
kind, the jury page by its tab, the programme page's race card when the focus is in it); no event: the
welcome. Every anchor named here is one of app.guide.source.ANCHORS (a test checks both lists).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

DIALOGS = {  # a dialog's or a window's objectName -> its part
    "newEventDialog": "new-event",
    "importDialog": "participants",
    "joinDialog": "join",
    "backupsDialog": "backups",
    "shortcutsDialog": "keyboard",
    "importReportDialog": "merge",
    "paperSheetDialog": "merge",
    "juryReasonDialog": "juryberaad",
    "recusalReasonDialog": "jury",
    "conflictDialog": "network-trouble",
    "exportDialog": "afterwards",
    "beamerView": "beamer",
    "feedbackView": "feedback",
    "jurorWindow": "juror",
    "kitRefusedDialog": "juror",
}
PAGES = {
    "programme": "programme", "dashboard": "dashboard", "participants": "participants", "editor": "editor",
    "server": "server", "challenge": "challenge", "team": "team", "jury": "jury",
}
STEP_KINDS = {
    "brain_dump": "board", "cluster": "board", "hkw": "board", "knelpunten": "knelpunten", "dot_vote": "vote",
    "vehicle": "vehicle", "problem_statement": "problem-statement", "idea_race": "race", "crystal_ball": "crystal",
    "pitch": "pitch",
}
JURY_TABS = {
    "jurySetupTab": "jury", "juryOrderTab": "pitch-order", "juryScoresTab": "merge", "juryBeraadTab": "juryberaad",
    "juryRevealTab": "reveal",
}


def anchor_for(window: QWidget | None) -> str:
    """The guide's part for ``window`` (a top-level widget: the main window, a dialog, the beamer…)."""
    widget = window
    while widget is not None:  # a dialog opened from a dialog: the nearest one the guide knows
        if widget.objectName() in DIALOGS:
            return DIALOGS[widget.objectName()]
        widget = widget.parentWidget()
    view = getattr(window, "event_view", None)
    if view is None:
        return "start"
    return place_anchor(view)


def place_anchor(view) -> str:
    place = view.place
    if place[0] == "step":
        return step_anchor(view, place[1])
    if place[0] == "gate":  # what a phase brings: the part about the phase's last step
        phase = next((p for p in view.workspace.template.phases if p.key == place[1]), None)
        return step_anchor(view, phase.steps[-1].key) if phase and phase.steps else "team"
    if place[0] == "jury":
        page = view._page("jury")
        from ui.jury.jury_page import TABS

        return JURY_TABS.get(TABS[page.tabs.currentIndex()][0], "jury")
    if place[0] == "programme" and _in_race_card(view):
        return "race-start"
    return PAGES.get(place[0], "start")


def step_anchor(view, step_key: str) -> str:
    step = next((s for p in view.workspace.template.phases for s in p.steps if s.key == step_key), None)
    return STEP_KINDS.get(step.kind.value, "team") if step is not None else "team"


def _in_race_card(view) -> bool:
    card = getattr(view.programme_page, "race_card", None)
    focus = QApplication.focusWidget()
    return card is not None and focus is not None and (focus is card or card.isAncestorOf(focus))
