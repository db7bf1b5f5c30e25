"""The accessibility tree of the other windows: the beamer, the juror's desk and the main dialogs."""

from __future__ import annotations

from app.jury.juror_desk import open_kit
from app.sync.versions import EditConflict
from tests.jury.kits import write_kit
from tests.ui.a11y.tree import report, unnamed, walk
from tests.ui.conftest import settle
from tests.ui.participants.registration_file import write_registration
from tests.ui.sync.test_shared_menu import a_join
from ui.event.new_event_dialog import NewEventDialog
from ui.export.actions import export_dossier, export_report
from ui.jury.audience_dialog import AudienceBallot
from ui.jury.juror_window import JurorWindow
from ui.jury.paper_dialog import PaperSheetDialog
from ui.jury.reason_dialog import ReasonDialog
from ui.participants.import_dialog import ImportDialog
from ui.sync.conflict_dialog import ConflictDialog
from ui.sync.join_dialog import JoinDialog
from ui.window.shortcuts_dialog import ShortcutsDialog


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    return widget


def _named_everywhere(widget) -> None:
    nodes = walk(widget)
    assert len(nodes) > 5, type(widget).__name__
    bad = unnamed(nodes)
    assert not bad, f"{type(widget).__name__}:\n{report(bad)}"


def test_the_dialogs_of_the_facilitator_name_every_control(qtbot, demo, tmp_path):
    ws = demo.event_view.workspace
    jurors = [(juror.id, juror.name) for juror in ws.event.jurors.values()] if hasattr(ws.event, "jurors") else []
    dialogs = [
        NewEventDialog(demo.store, demo),
        ShortcutsDialog(demo),
        ImportDialog(ws, write_registration(tmp_path / "people.csv"), demo),
        AudienceBallot(ws, "Audience award"),
        PaperSheetDialog(ws, jurors),
        ReasonDialog("Reopen", "Why reopen the scores?", "Reopen", lambda _reason: None, demo),
        ConflictDialog(EditConflict("note", 1, "text", "mine", "theirs", "before", 2, "note")),
        JoinDialog(a_join(), tmp_path),
    ]
    for dialog in dialogs:
        _named_everywhere(_shown(qtbot, dialog))
        dialog.close()
    for made in (export_dossier(ws, demo.event_view.current_team().id, demo), export_report(ws, demo)):
        settle()
        _named_everywhere(made)
        made.close()


def test_the_beamer_names_what_it_shows(qtbot, demo):
    source = demo.event_view.beamer
    source.show("programme")
    settle()
    nodes = walk(source.view)
    assert not unnamed(nodes), report(unnamed(nodes))


def test_the_jurors_desk_names_every_control(qtbot, tmp_path):
    window = _shown(qtbot, JurorWindow(open_kit(write_kit(tmp_path), tmp_path / "data"), "en"))
    window.resize(1366, 768)
    settle()
    _named_everywhere(window)
