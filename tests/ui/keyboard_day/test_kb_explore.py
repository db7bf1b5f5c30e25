"""The keyboard-only day, part 2: the team's own set-up and phase 1 — members and their kennismaking,
the brain dump, the clusters, the knelpunten, the dot vote and the car — by keys sent to whatever
has the focus; after each action the focus is where a person expects and the result is stored."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt

from app.board.board import clusters, notes
from app.clock.clock import FakeClock
from app.event.teams import team_view
from app.outcomes.knelpunten import knelpunten
from tests.ui.keyboard_day.keys import ALT, CTRL, SHIFT, activate, answer_by_keys, focus, press, tab_to, type_keys, window_back

T0 = datetime(2026, 3, 11, 10, 0, tzinfo=UTC)


def _team(store, window, team_id, template):
    return team_view(store, window.event_view.workspace.event.id, team_id, template)


def test_members_and_kennismaking_by_keyboard(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, _event_id, team_id = event_with_team
    window, _player = clocked_window(store, FakeClock(T0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_2, CTRL)  # Go → Team
    assert focus() == "teamPage"
    tab_to(qtbot, "teamNameEdit")
    type_keys(qtbot, "De Bouwers")
    tab_to(qtbot, "newMemberEdit")
    for name in ("Anna", "Bram"):
        type_keys(qtbot, name)
        press(qtbot, Qt.Key.Key_Return)
        assert focus() == "newMemberEdit"
    tab_to(qtbot, "kennismaking_who")
    type_keys(qtbot, "Anna, informatiemanager")
    tab_to(qtbot, "kennismaking_organisation")
    type_keys(qtbot, "Gemeente Utrecht")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it
    team = _team(store, window, team_id, staatsprint_template)
    assert team.name == "De Bouwers" and [m.name for m in team.members] == ["Anna", "Bram"]
    introduced = [m for m in team.members if m.kennismaking]
    assert len(introduced) == 1 and introduced[0].kennismaking["organisation"] == "Gemeente Utrecht"


def test_brain_dump_and_clusters_by_keyboard(qtbot, clocked_window, event_with_team, staatsprint_template):
    from app.event.teams import add_member
    store, _event_id, team_id = event_with_team
    add_member(store, team_id, "Anna")
    window, _player = clocked_window(store, FakeClock(T0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, Qt.Key.Key_2, CTRL)
    activate(qtbot, "startDayButton")
    assert focus() == "boardPage"
    tab_to(qtbot, "noteInput")
    for thought in ("Elke gemeente bouwt zelf", "Inkoop duurt lang", "Data in kokers"):
        type_keys(qtbot, thought)
        press(qtbot, Qt.Key.Key_Return)
        assert focus() == "noteInput"
    assert [n.text for n in notes(store, team_id, ["braindump"])] == ["Elke gemeente bouwt zelf", "Inkoop duurt lang", "Data in kokers"]
    press(qtbot, Qt.Key.Key_Right, ALT)  # Next step
    assert window.event_view.place == ("step", "clustering"), window.event_view.place
    assert focus() == "boardPage"
    tab_to(qtbot, "boardView")
    board = window.event_view.step_page.work_area.board
    press(qtbot, Qt.Key.Key_Right)  # the arrows reach the notes: the first in reading order
    first = board.scene.focusItem()
    assert first is not None and first.note.text == "Elke gemeente bouwt zelf" and first.hasFocus()
    press(qtbot, Qt.Key.Key_Space)  # selected
    press(qtbot, Qt.Key.Key_Right, SHIFT)  # the next one, selected on the way
    assert sorted(item.note.text for item in board.selected_notes()) == ["Elke gemeente bouwt zelf", "Inkoop duurt lang"]
    answer_by_keys(qtbot, "clusterNameDialog", "Versnippering", Qt.Key.Key_Return)
    press(qtbot, Qt.Key.Key_G, CTRL)
    window_back(qtbot, window)
    (made,) = clusters(store, team_id, "clustering")
    assert made.name == "Versnippering" and focus() == "boardView"
    in_cluster = {n.text for n in notes(store, team_id, ["braindump"]) if n.cluster_id == made.id}
    assert in_cluster == {"Elke gemeente bouwt zelf", "Inkoop duurt lang"}
    press(qtbot, Qt.Key.Key_Escape)
    assert board.selected_notes() == []


def test_knelpunten_dot_vote_and_the_car_by_keyboard(qtbot, clocked_window, event_with_team, staatsprint_template):
    from app.event.teams import add_member
    from app.day.navigation import move_team
    from app.voting.vote_step import is_revealed
    from app.voting.voting import ballots, tally

    store, _event_id, team_id = event_with_team
    add_member(store, team_id, "Anna")
    move_team(store, team_id, "knelpunten", staatsprint_template)  # brain dump and clusters: the walk above
    window, _player = clocked_window(store, FakeClock(T0))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    assert focus() == "knelpuntenPage"
    tab_to(qtbot, "newKnelpuntEdit")
    for title in ("Inkoop apart", "Data in kokers"):
        type_keys(qtbot, title)
        press(qtbot, Qt.Key.Key_Return)
        assert focus() == "newKnelpuntEdit"
    assert [k.title for k in knelpunten(store, team_id)] == ["Inkoop apart", "Data in kokers"]
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.event_view.place == ("step", "dot_vote") and focus() == "votePage"
    inkoop, data = (k.id for k in knelpunten(store, team_id))
    for knelpunt, dots in ((inkoop, 7), (data, 3)):  # Anna's ten dots: Tab to a + button, Space, Space…
        tab_to(qtbot, f"dotPlus_{knelpunt}")
        for _ in range(dots):
            press(qtbot, Qt.Key.Key_Space)
            assert focus() == f"dotPlus_{knelpunt}"
    activate(qtbot, "revealButton")
    window_back(qtbot, window)
    assert is_revealed(store, window.event_view.workspace.event.id, team_id, "dot_vote") and focus() == "votePage"
    assert tally(ballots(store, team_id, "dot_vote")) == {inkoop: 7, data: 3}
    press(qtbot, Qt.Key.Key_Right, ALT)
    assert window.event_view.place == ("step", "vehicle") and focus() == "vehiclePage"
    tab_to(qtbot, "zone_driver")  # the zones are one group: Tab reaches it, the arrows go along it
    for _ in range(6):
        if focus() == "zone_fuel":
            break
        press(qtbot, Qt.Key.Key_Right)
    assert focus() == "zone_fuel"
    press(qtbot, Qt.Key.Key_Space)
    assert focus() == "vehicleNoteInput"  # choosing a zone puts the hand in its answer field
    type_keys(qtbot, "Minder dubbel werk")
    press(qtbot, Qt.Key.Key_Return)
    assert [(n.text, n.zone_key) for n in notes(store, team_id, ["vehicle"])] == [("Minder dubbel werk", "fuel")]
    assert focus() == "vehicleNoteInput"
