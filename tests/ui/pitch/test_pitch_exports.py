"""The pitch page's "Share" tab: the team's dossier and poster dialogs, and its pitch on the beamer."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from app.pitch.answers import save_pitch_answer
from tests.ui.conftest import find, settle
from tests.ui.pitch.conftest import open_pitch, press
from ui.beamer.beamer_source import PITCH
from ui.export.dialog import ExportDialog


def _share(qtbot, window, team_id):
    page = open_pitch(qtbot, window, team_id)
    page.show_part("share")
    settle()
    return page


def test_the_dossier_and_the_poster_open_their_dialogs_for_this_team(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    window = open_window(store)
    settle()
    _share(qtbot, window, team_id)
    for name, kind in (("exportDossierButton", "dossier"), ("exportPosterButton", "poster")):
        press(qtbot, find(window, QPushButton, name))
        [dialog] = [d for d in window.findChildren(ExportDialog, "exportDialog") if d.isVisible()]
        assert dialog.kind == kind
        assert dialog.team.id == team_id
        dialog.reject()
        settle()


def test_the_pitch_goes_on_the_beamer(qtbot, open_window, event_with_team):
    store, _event_id, team_id = event_with_team
    save_pitch_answer(store, team_id, "pitch", "idea", "Eén loket voor alle gemeenten")
    window = open_window(store)
    settle()
    _share(qtbot, window, team_id)
    press(qtbot, find(window, QPushButton, "pitchOnBeamerButton"))
    source = window.event_view.beamer
    assert source.view.isVisible() and source.mode == PITCH
    source.view.close()
