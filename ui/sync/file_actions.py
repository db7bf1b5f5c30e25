"""File menu: team files and event archives (app/sync/team_file.py, app/sync/archive.py), and the report
of what an import added, updated and kept."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import DomainError
from ui.common.messages import tell

if TYPE_CHECKING:
    from app.sync.row_merge import MergeReport


def add_file_actions(window: QMainWindow, menu: QMenu, make_action) -> None:
    """The four actions, in the File menu; the team file needs a team chosen, the archive an open event."""
    menu.addSeparator()
    team = make_action(menu, QCoreApplication.translate("sync_files", "Export &team file…"), lambda: export_team_file(window), "exportTeamFileAction")
    make_action(menu, QCoreApplication.translate("sync_files", "Import team &file…"), lambda: import_team_file(window), "importTeamFileAction")
    event = make_action(menu, QCoreApplication.translate("sync_files", "Export event &archive…"), lambda: export_event_archive(window), "exportArchiveAction")
    make_action(menu, QCoreApplication.translate("sync_files", "Import event a&rchive…"), lambda: import_event_archive(window), "importArchiveAction")

    def enable() -> None:
        view = window.event_view
        event.setEnabled(view is not None)
        team.setEnabled(view is not None and view.current_team() is not None)

    menu.aboutToShow.connect(enable)


def welcome_buttons(window) -> list[QPushButton]:
    """On the welcome page ("no event in this database yet") of a laptop that gets its event from elsewhere:
    Import an event archive… (joining with a join file: ui/sync/joined_events.welcome_join_buttons)."""
    archive = QPushButton(QCoreApplication.translate("sync_files", "Import an event archive…"))
    archive.setObjectName("welcomeImportArchiveButton")
    archive.clicked.connect(lambda: import_event_archive(window))
    return [archive]


def ask_save_path(parent: QWidget, title: str, name: str, pattern: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(Path.home() / name), pattern)
    return Path(path) if path else None


def ask_open_path(parent: QWidget, title: str, pattern: str) -> Path | None:
    path, _filter = QFileDialog.getOpenFileName(parent, title, str(Path.home()), pattern)
    return Path(path) if path else None


def ask_archive_scope(parent: QWidget, teams: list[tuple[int, str]]) -> int | None:
    """What the archive is for: 0 the whole event, else a team's id (its laptop's part only); None: cancelled."""
    whole = QCoreApplication.translate("sync_files", "The whole event (for the facilitator or the server)")
    items = [whole] + [QCoreApplication.translate("sync_files", "For one team's laptop: %s") % name for _id, name in teams]
    chosen, ok = QInputDialog.getItem(parent, QCoreApplication.translate("sync_files", "Export event archive"),
                                      QCoreApplication.translate("sync_files", "What is this archive for?\n\nA team's laptop gets the event and that "
                                                                 "team's own work only:\nno jury data, no other team's work."),
                                      items, 0, False)
    if not ok:
        return None
    return 0 if items.index(chosen) == 0 else teams[items.index(chosen) - 1][0]


def export_team_file(window) -> Path | None:
    from app.sync.team_file import SUFFIX, write_team_file
    from app.sync.team_kits import remembered_kit

    view = window.event_view
    team = view.current_team() if view is not None else None
    if team is None:
        return None
    path = ask_save_path(window, QCoreApplication.translate("sync_files", "Export team file"), f"team-{team.id}{SUFFIX}", QCoreApplication.translate("sync_files", "Team files (*%s)") % SUFFIX)
    if path is None:
        return None
    store, folder = view.workspace.store, _data_folder(window)
    try:
        kit = remembered_kit(folder, store, team.id)
        try:
            return _saved(window, write_team_file(store, team.id, path, kit))
        except DomainError as error:
            if error.code != "team_file_needs_kit" and not (kit is not None and error.code.startswith("team_kit")):
                raise
            return _with_chosen_kit(window, store, team.id, path, folder)
    except DomainError as error:
        tell(window, error)
        return None


def _with_chosen_kit(window, store, team_id: int, path: Path, folder: Path) -> Path | None:
    """This laptop has no secret for the event (a team's copy): sign with the kit the user chooses, then remember it."""
    from app.sync.team_file import KIT_SUFFIX, read_team_kit, write_team_file
    from app.sync.team_kits import remember_kit

    chosen = ask_open_path(window, QCoreApplication.translate("sync_files", "This laptop signs with the team's kit: choose it"), QCoreApplication.translate("sync_files", "Team kits (*.staatsprint-teamkit)").replace(".staatsprint-teamkit", KIT_SUFFIX))
    if chosen is None:
        return None
    kit = read_team_kit(chosen)
    saved = _saved(window, write_team_file(store, team_id, path, kit))
    remember_kit(folder, kit)  # next time without asking
    return saved


def _data_folder(window) -> Path:
    from app.storage.config import data_folder

    return getattr(window, "join_data_dir", None) or data_folder()


def export_event_archive(window) -> Path | None:
    from app.sync.archive import SUFFIX, write_archive
    from app.sync.team_archive import write_team_archive

    view = window.event_view
    if view is None:
        return None
    event = view.workspace.event
    scope = ask_archive_scope(window, _teams(view.workspace.store, event.id))
    if scope is None:
        return None
    name = f"event-{event.id}{SUFFIX}" if not scope else f"event-{event.id}-team-{scope}{SUFFIX}"
    path = ask_save_path(window, QCoreApplication.translate("sync_files", "Export event archive"), name, QCoreApplication.translate("sync_files", "Event archives (*%s)") % SUFFIX)
    if path is None:
        return None
    try:
        if scope:
            return _saved(window, write_team_archive(view.workspace.store, event.id, scope, path))
        return _saved(window, write_archive(view.workspace.store, event.id, path))
    except DomainError as error:
        tell(window, error)
        return None


def _teams(store, event_id: int) -> list[tuple[int, str]]:
    from app.sync.team_archive import event_teams

    return [(team_id, name or QCoreApplication.translate("sync_files", "Team %s") % number) for team_id, number, name in event_teams(store, event_id)]


def import_team_file(window) -> ReportDialog | None:
    from app.sync.team_file import SUFFIX, import_team_file as merge

    return _import(window, QCoreApplication.translate("sync_files", "Import team file"), QCoreApplication.translate("sync_files", "Team files (*%s)") % SUFFIX, merge)


def import_event_archive(window) -> ReportDialog | None:
    from app.sync.archive import SUFFIX, import_archive as merge

    dialog = _import(window, QCoreApplication.translate("sync_files", "Import event archive"), QCoreApplication.translate("sync_files", "Event archives (*%s)") % SUFFIX, merge)
    if dialog is not None and window.event_view is None and dialog.report.event_id:
        window.open_event(dialog.report.event_id)  # the welcome page ("no event yet") gives way to the event that came in
    return dialog


def _import(window, title: str, pattern: str, merge) -> ReportDialog | None:
    path = ask_open_path(window, title, pattern)
    if path is None:
        return None
    try:
        report = merge(window.store, path)
    except DomainError as error:
        tell(window, error, QCoreApplication.translate("sync_files", "Not imported"))
        return None
    dialog = ReportDialog(report, path.name, window)
    dialog.open()
    return dialog


def _saved(window, path: Path) -> Path:
    window.statusBar().showMessage(QCoreApplication.translate("sync_files", "Saved: %s") % path, 8000)
    return path


class ReportDialog(QDialog):
    """What an import did: how many rows were added, updated (newer in the file) and kept (same or newer here)."""

    def __init__(self, report: MergeReport, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncFileReport")
        self.setWindowTitle(QCoreApplication.translate("sync_files", "Imported: %s") % name)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.report = report
        added, updated, kept = report.totals
        summary = QLabel(QCoreApplication.translate("sync_files", "Into “{event}”: {added} added, {updated} updated (newer in the file), {kept} kept "
                            "(the same or newer here: a file never overwrites newer work).").format(
            event=report.event_name, added=added, updated=updated, kept=kept), self)
        if not (added or updated) and not report.dry_run:
            summary.setText(QCoreApplication.translate("sync_files", "Nothing changed: everything in this file is already here (the same or newer). "
                                                       "Imported before, perhaps?") + "\n" + summary.text())
        summary.setObjectName("syncFileSummary")
        summary.setWordWrap(True)
        table = QTableWidget(0, 4, self)
        table.setObjectName("syncFileTable")
        table.setHorizontalHeaderLabels([QCoreApplication.translate("sync_files", "What"), QCoreApplication.translate("sync_files", "Added"), QCoreApplication.translate("sync_files", "Updated"), QCoreApplication.translate("sync_files", "Kept")])
        table.verticalHeader().setVisible(False)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        names = sorted(set(report.added) | set(report.updated) | set(report.kept), key=lambda n: _label(n).lower())
        for name in names:
            row = table.rowCount()
            table.insertRow(row)
            cells = [_label(name), *(str(getattr(report, kind).get(name, 0)) for kind in ("added", "updated", "kept"))]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setTabKeyNavigation(False)  # Tab goes on to OK; arrows and Page Down scroll a long report
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setDefault(True)  # Enter closes the report even while the table has the focus
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(summary)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(560, 480)
        ok.setFocus()


def _label(table: str) -> str:
    labels = {
        "event": QCoreApplication.translate("sync_files", "Event"), "team": QCoreApplication.translate("sync_files", "Teams"), "member": QCoreApplication.translate("sync_files", "Members"), "note": QCoreApplication.translate("sync_files", "Notes"), "cluster": QCoreApplication.translate("sync_files", "Clusters"),
        "knelpunt": QCoreApplication.translate("sync_files", "Pain points"), "vote": QCoreApplication.translate("sync_files", "Dots and votes"), "selection": QCoreApplication.translate("sync_files", "Kept items"), "answer": QCoreApplication.translate("sync_files", "Answers"),
        "milestone": QCoreApplication.translate("sync_files", "Milestones"), "final_choice": QCoreApplication.translate("sync_files", "Final choices"), "story_panel": QCoreApplication.translate("sync_files", "Storyboard panels"),
        "step_state": QCoreApplication.translate("sync_files", "Step progress"), "race_count": QCoreApplication.translate("sync_files", "Race counts"), "team_role": QCoreApplication.translate("sync_files", "Roles"),
        "pitch_task": QCoreApplication.translate("sync_files", "Pitch tasks"), "challenge": QCoreApplication.translate("sync_files", "Challenges"), "programme_item": QCoreApplication.translate("sync_files", "Programme items"),
        "score": QCoreApplication.translate("sync_files", "Jury scores"), "juror": QCoreApplication.translate("sync_files", "Jurors"),
        **_jury_labels(),
    }
    return labels.get(table, table.replace("_", " "))


def _jury_labels() -> dict[str, str]:
    """The jury's and the audience's tables, named as people say them (not their table names)."""
    return {
        "criterion": QCoreApplication.translate("sync_files", "Jury criteria"), "jury_log": QCoreApplication.translate("sync_files", "Jury log entries"),
        "jury_setting": QCoreApplication.translate("sync_files", "Jury settings"), "juror_file": QCoreApplication.translate("sync_files", "Juror files received"),
        "score_sheet": QCoreApplication.translate("sync_files", "Score sheets"), "recusal": QCoreApplication.translate("sync_files", "Juror recusals"),
        "award": QCoreApplication.translate("sync_files", "Awards"), "pitch_slot": QCoreApplication.translate("sync_files", "Pitch slots"),
        "audience_vote": QCoreApplication.translate("sync_files", "Audience votes"), "audience_code": QCoreApplication.translate("sync_files", "Audience codes"),
    }
