"""The exports a person can start: from the Export menu, and the team's own from the pitch page.

Each opens its dialog (not blocking: the window keeps running) and returns it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import DomainError
from app.event.teams import TeamView, team_views
from app.export.jury_data import check_scores
from ui.common.widgets import focus_again
from ui.export.dialog import ExportDialog
from ui.window.workspace import Workspace


def export_dossier(workspace: Workspace, team_id: int, parent: QWidget | None = None) -> ExportDialog:
    """The dossier of the team ``team_id`` first; the dialog's team picker offers every team."""
    teams = _teams(workspace)
    return _open(ExportDialog(workspace, "dossier", QCoreApplication.translate("export", "Team dossier (PDF)"),
                              QCoreApplication.translate("export", "A team's whole day on A4, to print or to send."),
                              _team(teams, team_id), _parent(parent), teams))


def export_poster(workspace: Workspace, team_id: int, parent: QWidget | None = None) -> ExportDialog:
    """The poster of the team ``team_id`` first; the dialog's team picker offers every team."""
    teams = _teams(workspace)
    return _open(ExportDialog(workspace, "poster", QCoreApplication.translate("export", "Flip-over poster (PDF)"),
                              QCoreApplication.translate("export", "A team's pitch in big type on one sheet (two for the Idea Race winner)."),
                              _team(teams, team_id), _parent(parent), teams))


def export_report(workspace: Workspace, parent: QWidget | None = None) -> ExportDialog:
    return _open(ExportDialog(workspace, "report", QCoreApplication.translate("export", "Event report (PDF)"),
                              QCoreApplication.translate("export", "Every team per challenge, and the day's numbers: for the organiser."), None, _parent(parent)))


def export_agenda(workspace: Workspace, parent: QWidget | None = None) -> ExportDialog:
    return _open(ExportDialog(workspace, "agenda", QCoreApplication.translate("export", "Agenda (PDF)"),
                              QCoreApplication.translate("export", "The programme, the challenges and the teams with their members and rooms for the clipboard, and a sign for the door of each room."),
                              None, _parent(parent)))


def export_outcomes(workspace: Workspace, parent: QWidget | None = None) -> ExportDialog:
    return _open(ExportDialog(workspace, "outcomes", QCoreApplication.translate("export", "Outcomes (JSON/CSV)"),
                              QCoreApplication.translate("export", "What every team made, as open data for other programs or Excel."), None, _parent(parent)))


def export_jury(workspace: Workspace, parent: QWidget | None = None) -> ExportDialog:
    """The jury's scores and results as CSV tables; refused (a DomainError) while no juror file is in use."""
    check_scores(workspace.store, workspace.event.id)
    return _open(ExportDialog(workspace, "jury", QCoreApplication.translate("export", "Jury results (CSV)"),
                              QCoreApplication.translate("export", "Every juror's scores and each prize's ranking, raw and adjusted, as two tables for Excel."),
                              None, _parent(parent)))


def _teams(workspace: Workspace) -> tuple[TeamView, ...]:
    return tuple(team_views(workspace.store, workspace.event.id, workspace.template))


def _team(teams: tuple[TeamView, ...], team_id: int) -> TeamView:
    team = next((t for t in teams if t.id == team_id), None)
    if team is None:
        raise DomainError("team_missing", f"team {team_id} no longer exists")
    return team


def _parent(parent: QWidget | None) -> QWidget | None:
    return parent if parent is not None else QApplication.activeWindow()


def _open(dialog: ExportDialog) -> ExportDialog:
    """Open the dialog; once it closes, the focus goes back to where it was (Tab then goes on from there)."""
    before = QApplication.focusWidget()
    if before is not None:
        dialog.finished.connect(lambda _result: focus_again(before))
    dialog.open()
    dialog.start_button.setFocus()
    return dialog

