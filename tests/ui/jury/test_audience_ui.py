"""The audience prize on the Reveal tab: codes made, the vote opened, a voter at the door votes by
keyboard alone (their own team not offered), a refusal says why and changes nothing; while open the
tab shows how many voted, never for whom; once closed, the tally."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QPushButton
from sqlmodel import select

from app.jury import audience
from app.jury.running_order import draw, set_absent
from db.models import AudienceCode, AudienceVote
from tests.jury.reveal_event import make_event
from tests.ui.conftest import settle, type_text
from ui.jury.audience_dialog import AudienceBallot
from ui.jury.audience_panel import AudiencePanel


@pytest.fixture
def event(sqlite_store):
    return make_event(sqlite_store)


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def code_of(event, team_index: int) -> str:
    with event.store.read() as session:
        return session.exec(select(AudienceCode.code).where(AudienceCode.team_id == event.teams[team_index])).first()


def votes(event) -> list[int]:
    with event.store.read() as session:
        return [vote.team_id for vote in session.exec(select(AudienceVote)).all()]


def test_a_voter_votes_by_keyboard_and_the_ballot_clears(qtbot, open_window, event):
    window = open_window(event.store)
    audience.make_codes(event.store, event.event_id, event.template.jury)
    audience.open_voting(event.store, event.event_id, event.template.jury)
    ballot = shown(qtbot, AudienceBallot(window.event_view._ws, "Publieksprijs"))
    code, teams = ballot.findChild(QLineEdit, "ballotCode"), ballot.findChild(QListWidget, "ballotTeams")
    type_text(qtbot, code, code_of(event, 0).lower())
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert teams.count() == 3, ballot.message.text()
    assert teams.hasFocus(), ballot.focusWidget()
    assert "Team Nummer 1" not in [teams.item(row).text() for row in range(teams.count())]  # not the own team
    qtbot.keyClick(teams, Qt.Key.Key_Down)
    qtbot.keyClick(teams, Qt.Key.Key_Return)
    assert votes(event) == [event.teams[2]]
    assert code.hasFocus() and code.text() == "" and teams.count() == 0
    assert "your vote is counted" in ballot.message.text()


def test_a_used_or_unknown_code_is_refused_with_its_reason(qtbot, open_window, event):
    window = open_window(event.store)
    audience.make_codes(event.store, event.event_id, event.template.jury)
    audience.open_voting(event.store, event.event_id, event.template.jury)
    used = code_of(event, 1)
    audience.cast_vote(event.store, event.event_id, used, event.teams[0])
    ballot = shown(qtbot, AudienceBallot(window.event_view._ws, "Publieksprijs"))
    code = ballot.findChild(QLineEdit, "ballotCode")
    for typed, reason in ((used, "already voted"), ("QQQQQQ", "not known")):
        code.clear()
        type_text(qtbot, code, typed)
        qtbot.keyClick(code, Qt.Key.Key_Return)
        assert reason in ballot.message.text() and code.hasFocus()
        assert ballot.findChild(QListWidget, "ballotTeams").count() == 0
    assert votes(event) == [event.teams[0]]


def test_the_panel_counts_votes_while_open_and_shows_the_tally_once_closed(qtbot, open_window, event, monkeypatch):
    window = open_window(event.store)
    panel = shown(qtbot, AudiencePanel(window.event_view._ws))
    assert not panel.findChild(QPushButton, "audienceOpen").isEnabled()
    qtbot.mouseClick(panel.findChild(QPushButton, "audienceCodes"), Qt.MouseButton.LeftButton)
    settle()
    assert "12" in panel.message.text()
    qtbot.mouseClick(panel.findChild(QPushButton, "audienceOpen"), Qt.MouseButton.LeftButton)
    settle()
    audience.cast_vote(event.store, event.event_id, code_of(event, 0), event.teams[3])
    settle()
    assert "1 of 12 participants have voted" in panel.state.text()
    assert panel.tally.isHidden() and "Team Nummer 4" not in panel.state.text()
    monkeypatch.setattr("ui.jury.audience_panel.confirm", lambda *_args: True)
    qtbot.mouseClick(panel.findChild(QPushButton, "audienceClose"), Qt.MouseButton.LeftButton)
    settle()
    assert "Team Nummer 4: 1" in panel.tally.text() and "The award goes to Team Nummer 4." in panel.tally.text()
    confirm = panel.findChild(QPushButton, "audienceConfirm")
    assert confirm.hasFocus()
    qtbot.mouseClick(confirm, Qt.MouseButton.LeftButton)
    settle()
    assert audience.confirmed(event.store, event.event_id) == [event.teams[3]] and confirm.isHidden()


def test_escape_takes_a_voter_back_to_the_code_without_voting(qtbot, open_window, event):
    window = open_window(event.store)
    audience.make_codes(event.store, event.event_id, event.template.jury)
    audience.open_voting(event.store, event.event_id, event.template.jury)
    ballot = shown(qtbot, AudienceBallot(window.event_view._ws, "Publieksprijs"))
    code, teams = ballot.findChild(QLineEdit, "ballotCode"), ballot.findChild(QListWidget, "ballotTeams")
    type_text(qtbot, code, code_of(event, 1))
    qtbot.keyClick(code, Qt.Key.Key_Return)
    assert teams.hasFocus()
    qtbot.keyClick(teams, Qt.Key.Key_Escape)
    assert ballot.isVisible() and code.hasFocus() and code.text() == "" and teams.count() == 0
    assert votes(event) == []


def test_the_slips_are_saved_where_the_facilitator_chooses(qtbot, open_window, event, tmp_path):
    from PySide6.QtWidgets import QApplication, QFileDialog
    from pypdf import PdfReader

    window = open_window(event.store)
    panel = shown(qtbot, AudiencePanel(window.event_view._ws))
    assert not panel.findChild(QPushButton, "audienceSlips").isEnabled()  # no codes yet
    audience.make_codes(event.store, event.event_id, event.template.jury)
    settle()
    qtbot.mouseClick(panel.findChild(QPushButton, "audienceSlips"), Qt.MouseButton.LeftButton)
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.objectName() == "slipsFileDialog")
    target = tmp_path / "codes.pdf"
    dialog.selectFile(str(target))
    dialog.accept()
    settle()
    assert "12 slips saved" in panel.message.text()
    assert code_of(event, 0) and " ".join(code_of(event, 0)) in PdfReader(target).pages[0].extract_text()
    panel.save_slips(tmp_path / "missing" / "codes.pdf")
    assert "could not be saved" in panel.message.text() and not (tmp_path / "missing").exists()


def test_a_tie_is_one_shared_prize_in_the_panel(qtbot, open_window, event):
    audience.make_codes(event.store, event.event_id, event.template.jury)
    audience.open_voting(event.store, event.event_id, event.template.jury)
    for voter, team in ((0, 1), (1, 2), (2, 3)):  # three teams one vote each
        audience.cast_vote(event.store, event.event_id, code_of(event, voter), event.teams[team])
    audience.close_voting(event.store, event.event_id)
    window = open_window(event.store)
    panel = shown(qtbot, AudiencePanel(window.event_view._ws))
    assert "share the award — one shared prize, announced together on one card" in panel.tally.text()
    confirm = panel.findChild(QPushButton, "audienceConfirm")
    confirm.setFocus()
    qtbot.keyClick(confirm, Qt.Key.Key_Space)
    settle()
    assert "Confirmed as one shared prize" in panel.tally.text() and len(audience.confirmed(event.store, event.event_id)) == 3


def test_the_ballot_does_not_offer_a_team_that_was_absent(qtbot, open_window, event):
    window = open_window(event.store)
    draw(event.store, event.event_id, seed=2)
    set_absent(event.store, event.event_id, event.teams[2], True)
    audience.make_codes(event.store, event.event_id, event.template.jury)
    audience.open_voting(event.store, event.event_id, event.template.jury)
    ballot = shown(qtbot, AudienceBallot(window.event_view._ws, "Publieksprijs"))
    code, teams = ballot.findChild(QLineEdit, "ballotCode"), ballot.findChild(QListWidget, "ballotTeams")
    type_text(qtbot, code, code_of(event, 0))
    qtbot.keyClick(code, Qt.Key.Key_Return)
    offered = [teams.item(row).data(Qt.ItemDataRole.UserRole) for row in range(teams.count())]
    assert offered == [event.teams[1], event.teams[3]] and teams.hasFocus()


@pytest.mark.parametrize(("lang", "text"), [("nl", "Stemcodes gemaakt voor 12 deelnemers: druk de strookjes af."),
                                            ("en", "Codes made for 12 participants: print the slips.")])
def test_the_codes_made_are_counted_in_a_proper_plural(qtbot, open_window, event, lang, text):
    window = open_window(event.store, lang, translated=True)
    panel = shown(qtbot, AudiencePanel(window.event_view._ws))
    codes = panel.findChild(QPushButton, "audienceCodes")
    codes.setFocus()
    qtbot.keyClick(codes, Qt.Key.Key_Space)
    settle()
    assert panel.message.text() == text
    assert panel.slips.hasFocus()
