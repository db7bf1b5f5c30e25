"""The main window's Export menu: the current team's dossier and poster, the event report, the printable
agenda, the outcomes, the jury's results."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from app.errors import DomainError
from ui.common.messages import tell
from ui.export import actions


def add_export_menu(window: QMainWindow, menu: QMenu, make_action) -> None:
    """Fill ``menu``; ``make_action(menu, text, slot, name)`` is the window's (keys from the keymap).
    The team's exports need a team chosen, every export an open event."""
    team = [
        make_action(menu, QCoreApplication.translate("export", "Team &dossier (PDF)…"), lambda: _for_team(window, actions.export_dossier), "exportDossierAction"),
        make_action(menu, QCoreApplication.translate("export", "Flip-over &poster (PDF)…"), lambda: _for_team(window, actions.export_poster), "exportPosterAction"),
    ]
    menu.addSeparator()
    event = [
        make_action(menu, QCoreApplication.translate("export", "Event &report (PDF)…"), lambda: _for_event(window, actions.export_report), "exportReportAction"),
        make_action(menu, QCoreApplication.translate("export", "&Agenda (PDF)…"), lambda: _for_event(window, actions.export_agenda), "exportAgendaAction"),
        make_action(menu, QCoreApplication.translate("export", "&Outcomes (JSON/CSV)…"), lambda: _for_event(window, actions.export_outcomes), "exportOutcomesAction"),
        make_action(menu, QCoreApplication.translate("export", "&Jury results (CSV)…"), lambda: _for_event(window, actions.export_jury), "exportJuryAction"),
    ]

    def enable() -> None:
        view = window.event_view
        for action in event:
            action.setEnabled(view is not None)
        for action in team:
            action.setEnabled(view is not None and view.current_team() is not None)

    menu.aboutToShow.connect(enable)


def _for_team(window, export) -> None:
    view = window.event_view
    team = view.current_team() if view is not None else None
    if team is None:
        return
    try:
        export(view.workspace, team.id, window)
    except DomainError as error:
        tell(window, error)


def _for_event(window, export) -> None:
    if window.event_view is None:
        return
    try:
        export(window.event_view.workspace, window)
    except DomainError as error:
        tell(window, error)
