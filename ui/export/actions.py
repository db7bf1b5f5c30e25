"""The exports a person can start: from the Export menu, and the team's own from the pitch page.

Each opens its dialog (not blocking: the window keeps running) and returns it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from app.errors import DomainError
from app.event.teams import TeamView, team_views
from app.export.names import team_label
from ui.export.dialog import ExportDialog
from ui.window.workspace import Workspace



def export_dossier(workspace: Workspace, team_id: int, parent: QWidget | None = None) -> ExportDialog:
    team = _team(workspace, team_id)
    return _open(ExportDialog(workspace, "dossier", QCoreApplication.translate("export", "Team dossier (PDF)"),
                              QCoreApplication.translate("export", "{team}: the whole day on A4, to print or to send.").format(team=_label(team)), team, _parent(parent)))


def export_poster(workspace: Workspace, team_id: int, parent: QWidget | None = None) -> ExportDialog:
    team = _team(workspace, team_id)
    return _open(ExportDialog(workspace, "poster", QCoreApplication.translate("export", "Flip-over poster (PDF)"),
                              QCoreApplication.translate("export", "{team}: the pitch in big type on one sheet (two for the Idea Race winner).").format(team=_label(team)),
                              team, _parent(parent)))


def export_report(workspace: Workspace, parent: QWidget | None = None) -> ExportDialog:
    return _open(ExportDialog(workspace, "report", QCoreApplication.translate("export", "Event report (PDF)"),
                              QCoreApplication.translate("export", "Every team per challenge, and the day's numbers: for the organiser."), None, _parent(parent)))


def export_outcomes(workspace: Workspace, parent: QWidget | None = None) -> ExportDialog:
    return _open(ExportDialog(workspace, "outcomes", QCoreApplication.translate("export", "Outcomes (JSON/CSV)"),
                              QCoreApplication.translate("export", "What every team made, as open data for other programs or Excel."), None, _parent(parent)))


def _team(workspace: Workspace, team_id: int) -> TeamView:
    team = next((t for t in team_views(workspace.store, workspace.event.id, workspace.template) if t.id == team_id), None)
    if team is None:
        raise DomainError("team_missing", f"team {team_id} no longer exists")
    return team


def _label(team: TeamView) -> str:
    return team_label(team.number, team.name, QCoreApplication.translate("export", "Team"))


def _parent(parent: QWidget | None) -> QWidget | None:
    return parent if parent is not None else QApplication.activeWindow()


def _open(dialog: ExportDialog) -> ExportDialog:
    dialog.open()
    dialog.start_button.setFocus()
    return dialog
