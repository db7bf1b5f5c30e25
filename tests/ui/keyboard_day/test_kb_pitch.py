"""The keyboard-only day, part 5: phase 4 — the pitch's parts by Ctrl+PgDown, a storyboard panel added
and captioned, and the team's dossier PDF exported from "Share" — keys only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.pitch.storyboard import panels
from tests.ui.keyboard_day.keys import CTRL, activate, focus, press, type_keys


def test_storyboard_and_the_dossier_pdf_by_keyboard(qtbot, pitch, prefs, tmp_path):
    window, store, team_id, page = pitch
    prefs.set("export_folder", str(tmp_path))
    before = len(panels(store, team_id, "pitch"))
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the storyboard
    activate(qtbot, "addPanelButton")
    type_keys(qtbot, "Inwoner belt")
    press(qtbot, Qt.Key.Key_Tab)
    assert len(panels(store, team_id, "pitch")) == before + 1
    for _ in range(2):
        press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the task split, then "Share"
    activate(qtbot, "exportDossierButton")
    assert focus()  # the dialog holds the focus
    activate(qtbot, "exportStart")
    qtbot.waitUntil(lambda: any(tmp_path.glob("*.pdf")), timeout=30000)
    (pdf,) = tmp_path.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
