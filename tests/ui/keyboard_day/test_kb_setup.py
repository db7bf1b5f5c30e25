"""The keyboard-only day, part 0: the facilitator's set-up — a new event (Ctrl+N, every field by Tab
and typing, Enter), the participants import (File → Import participants… by Alt+F and its mnemonic,
the path typed into the file dialog, a column mapped and the preview by keys), teams formed on the
participants page (Ctrl+6, Alt+arrows, Ctrl+Shift+A, a room typed) and one change in the event editor
(Ctrl+7) — keys sent to whatever has the focus; after each action the focus and the database are checked."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlmodel import select

from db.models import Event, Member, Team
from tests.ui.conftest import settle
from tests.ui.keyboard_day.keys import ALT, CTRL, SHIFT, answer_by_keys, answer_file_dialog, focus, press, tab_to, type_keys, window_back
from tests.ui.participants.conftest import participants_event  # noqa: F401 (a fixture)
from tests.ui.participants.registration_file import write_registration

ENTER = Qt.Key.Key_Return


def _events(store) -> list[Event]:
    with store.read() as session:
        return list(session.exec(select(Event)).all())


def _people(store, event_id: int) -> list[Member]:
    with store.read() as session:
        return list(session.exec(select(Member).where(Member.event_id == event_id).order_by(Member.id)).all())


def _teams(store, event_id: int) -> list[Team]:
    with store.read() as session:
        return list(session.exec(select(Team).where(Team.event_id == event_id).order_by(Team.number)).all())


def _active(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    settle()


def test_a_new_event_by_ctrl_n_every_field_typed(qtbot, open_window, sqlite_store):
    window = open_window(sqlite_store)
    _active(qtbot, window)
    seen = answer_by_keys(qtbot, "newEventDialog",
                          "Staatsprint Utrecht", Qt.Key.Key_Tab,  # name → the day
                          "11032026", Qt.Key.Key_Tab,  # the day's digits move through its parts
                          "Stadskantoor", Qt.Key.Key_Tab,  # location → the template
                          Qt.Key.Key_Home, ENTER)  # the first template; Enter: the default button
    press(qtbot, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: len(seen) > 0 and QApplication.activeModalWidget() is None)
    assert all(not isinstance(item, Exception) for item in seen), seen
    (event,) = _events(sqlite_store)
    assert (event.name, event.day, event.location) == ("Staatsprint Utrecht", date(2026, 3, 11), "Stadskantoor")
    window_back(qtbot, window)
    assert window.event_view is not None and window.event_view.workspace.event.id == event.id
    assert focus(), "the new event's window has no focus for the keyboard"


def test_participants_imported_by_the_menu_keys_a_column_mapped_and_the_preview(qtbot, open_window, sqlite_store, tmp_path):
    from app.event.events import create_event
    from app.paths import template_path

    event_id = create_event(sqlite_store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    registrations = write_registration(tmp_path / "aanmeldingen.csv", problems=False)
    window = open_window(sqlite_store)
    _active(qtbot, window)
    steps: list = []

    def in_the_import(dialog) -> None:
        steps.append(focus())  # the first column nobody recognised: "Dieetwensen"
        press(qtbot, Qt.Key.Key_End)  # … is "do not import" (the last choice)
        steps.append(dialog.mapping.combos[0].currentData())
        tab_to(qtbot, "importField3")  # "Werkzaam bij": the organisation
        type_keys(qtbot, "O")  # a closed drop-down jumps to the choice starting so
        steps.append(dialog.mapping.combos[3].currentData())
        tab_to(qtbot, "importShowPreview")
        press(qtbot, Qt.Key.Key_Space)
        steps.append(dialog.steps.currentWidget().objectName())
        steps.append(focus())  # a clean preview hands the focus to its Import button
        press(qtbot, Qt.Key.Key_Space)

    imported_seen: list = []

    def then() -> None:  # the import dialog opens once the file dialog closes
        from tests.ui.modal import answer_modal
        answer_modal("importDialog", lambda dialog: _guarded(qtbot, dialog, in_the_import, imported_seen), imported_seen)

    seen = answer_file_dialog(qtbot, registrations, then=then)
    press(qtbot, Qt.Key.Key_F, ALT)  # the File menu
    assert QApplication.activePopupWidget() is not None and QApplication.activePopupWidget().title() == "&File"
    press(qtbot, Qt.Key.Key_P)  # Import &participants…
    qtbot.waitUntil(lambda: len(seen) > 0 and len(imported_seen) > 0 and QApplication.activeModalWidget() is None, timeout=10_000)
    assert not [item for item in seen + imported_seen if isinstance(item, Exception)], seen + imported_seen
    assert steps[0] == "importField0" and steps[1:] == ["", "organisation", "importPreviewStep", "importRun"]
    people = _people(sqlite_store, event_id)
    assert len(people) == 40 and all(person.team_id is None for person in people)
    assert {person.organisation for person in people} >= {"Gemeente Utrecht", "UWV"}
    window_back(qtbot, window)
    assert window.event_view.pages.currentWidget().objectName() == "participantsPage"


def _guarded(qtbot, dialog, act, seen: list) -> None:
    try:
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
        act(dialog)
    except Exception as error:
        seen.append(error)
        dialog.reject()


def test_teams_formed_a_person_moved_one_absent_and_a_room_by_keyboard(qtbot, open_window, participants_event):  # noqa: F811
    from app.participants.placing import set_team_room  # noqa: F401 (what the room field saves through)

    store, event_id, _ids = participants_event
    window = open_window(store)
    _active(qtbot, window)
    press(qtbot, Qt.Key.Key_6, CTRL)  # Go → Participants
    assert window.event_view.pages.currentWidget().objectName() == "participantsPage"
    tab_to(qtbot, "bySizeButton")
    press(qtbot, Qt.Key.Key_Right)  # the other way: a number of teams
    assert focus() == "byCountButton"
    tab_to(qtbot, "teamNumberSpin")
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "4")
    press(qtbot, ENTER)  # Enter in the number: as "Make teams"
    teams = _teams(store, event_id)  # the event has one challenge people chose
    assert len(teams) == 4 and all(_members(store, team.id) for team in teams)
    assert focus() == "teamNumberSpin"
    tab_to(qtbot, "roomField")  # the first team's room
    type_keys(qtbot, "Zaal 2")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it; Tab goes on to the team's first person
    assert _teams(store, event_id)[0].room == "Zaal 2"
    first = _members(store, teams[0].id)[0]
    assert focus() == f"personCard{first.id}", focus()
    press(qtbot, Qt.Key.Key_Right, ALT)  # to the next team, the focus stays on them
    assert _placed(store, first.id) == teams[1].id and focus() == f"personCard{first.id}"
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)  # absent today
    assert _absent(store, first.id) and focus() == f"personCard{first.id}"
    press(qtbot, Qt.Key.Key_A, CTRL | SHIFT)  # there again
    assert not _absent(store, first.id)


def _members(store, team_id: int) -> list[Member]:
    with store.read() as session:
        return list(session.exec(select(Member).where(Member.team_id == team_id).order_by(Member.position)).all())


def _placed(store, member_id: int) -> int | None:
    with store.read() as session:
        return session.get(Member, member_id).team_id


def _absent(store, member_id: int) -> bool:
    with store.read() as session:
        return session.get(Member, member_id).absent


def test_the_event_editor_changed_by_keys(qtbot, open_window, event_with_team):
    store, event_id, _team = event_with_team
    window = open_window(store)
    _active(qtbot, window)
    press(qtbot, Qt.Key.Key_7, CTRL)  # Go → Edit the event: the focus lands in its first field
    assert focus() == "editorEventName"
    tab_to(qtbot, "editorEventPlace")
    press(qtbot, Qt.Key.Key_A, CTRL)
    type_keys(qtbot, "Jaarbeurs, Utrecht")
    press(qtbot, Qt.Key.Key_Tab)  # leaving the field saves it
    (event,) = _events(store)
    assert event.id == event_id and event.location == "Jaarbeurs, Utrecht"
    press(qtbot, Qt.Key.Key_PageDown, CTRL)  # the next tab: the programme, the focus in it
    assert window.event_view.pages.currentWidget().tabs.currentIndex() == 1
    assert window.event_view.pages.currentWidget().tabs.currentWidget().isAncestorOf(QApplication.focusWidget())
