"""The pitch builder on screen, typed into as a team does: answers saved as typed, taken over from
earlier work and made the team's own, "Take over again" and its undo, a repeated question following
the first, the meter and its links, the challenge's questions, the presenter, refusals and failures,
and another laptop's edits arriving while the hand types."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabBar,
    QWidget,
)

from app.day.navigation import move_team
from app.errors import WriteFailed
from app.event.teams import add_member, set_team_challenge, team_view
from app.pitch.answers import save_pitch_answer
from app.storage.database import open_store
from tests.ui.conftest import find, settle, type_text
from tests.ui.pitch.conftest import click_in, open_pitch, press, stored
from ui.pitch.pitch_page import PitchPage

FULL = "Saving failed: the disk is full. Nothing was changed. Free up some space and try again."


def test_typing_saves_and_makes_a_taken_over_answer_the_teams_own(qtbot, pitch):
    window, store, team_id, page = pitch
    box = page.questions.boxes["idea"]
    assert box.badge.text() == "Overgenomen uit de uiteindelijke selectie" and box.badge.isVisible()
    assert not box.take_over.isVisible() and "idea" not in stored(store, team_id)
    assert box.edit.accessibleDescription() == "Overgenomen uit de uiteindelijke selectie"  # read out with the field
    taken = box.text
    click_in(qtbot, box.edit)
    type_text(qtbot, box.edit, " voor alle gemeenten")
    assert box.badge.text() == "Your own text" and box.take_over.isVisible()  # at once, while typing
    qtbot.waitUntil(lambda: stored(store, team_id).get("idea") == taken + " voor alle gemeenten")  # after a pause
    assert QApplication.focusWidget() is box.edit and box.edit.textCursor().position() == len(box.text)


def test_take_over_again_is_one_undoable_step(qtbot, pitch):
    window, store, team_id, page = pitch
    box = page.questions.boxes["idea"]
    taken = box.text
    click_in(qtbot, box.edit)
    qtbot.keyClick(box.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, box.edit, "Een eigen idee")
    qtbot.keyClick(box.edit, Qt.Key.Key_Tab)  # leaving the field saves it
    settle()
    assert stored(store, team_id)["idea"] == "Een eigen idee"
    press(qtbot, box.take_over)
    assert "idea" not in stored(store, team_id) and box.text == taken
    assert box.badge.text() == "Overgenomen uit de uiteindelijke selectie" and not box.take_over.isVisible()
    assert QApplication.focusWidget() is box.edit  # the pressed button went; the focus did not
    message = find(window, QLabel, "pitchMessage")
    assert message.isVisible() and message.text() == "Taken over again. Undo brings back your own text."
    undo = find(window, QPushButton, "pitchUndoButton")
    assert undo.isVisible() and page.undo_stack.count() == 1
    press(qtbot, undo)
    assert stored(store, team_id)["idea"] == "Een eigen idee" and box.text == "Een eigen idee"
    assert box.badge.text() == "Your own text" and QApplication.focusWidget() is box.edit
    assert not undo.isVisible() and not message.isVisible()
    press(qtbot, box.take_over)  # taken over again, then typed on: the undo would lose that typing, so it goes
    type_text(qtbot, box.edit, " voor iedereen")
    assert not undo.isVisible() and page.undo_stack.count() == 0 and not message.isVisible()
    qtbot.waitUntil(lambda: stored(store, team_id).get("idea") == taken + " voor iedereen")


def test_a_repeated_question_follows_the_first_until_it_is_edited(qtbot, pitch):
    window, store, team_id, page = pitch
    first, linked = page.questions.boxes["who_needed"], page.questions.boxes["needs"]
    assert linked.badge.text() == "Zelfde als: Wie heb je nodig voor jullie idee?" and linked.text == first.text
    click_in(qtbot, first.edit)
    type_text(qtbot, first.edit, ", de wethouder")
    assert linked.text == first.text and linked.text.endswith(", de wethouder")  # live, before any save
    qtbot.keyClick(first.edit, Qt.Key.Key_Tab)
    settle()
    assert "needs" not in stored(store, team_id) and linked.text.endswith(", de wethouder")
    click_in(qtbot, linked.edit)
    type_text(qtbot, linked.edit, " en de CIO")
    qtbot.keyClick(linked.edit, Qt.Key.Key_Tab)
    settle()
    assert stored(store, team_id)["needs"].endswith(", de wethouder en de CIO") and linked.badge.text() == "Your own text"
    click_in(qtbot, first.edit)
    type_text(qtbot, first.edit, " en de raad")
    assert not linked.text.endswith(" en de raad")  # edited: it follows no longer
    assert linked.text.endswith(" en de CIO")


def test_the_meter_counts_and_its_links_jump_to_the_empty_field(qtbot, pitch):
    window, store, team_id, page = pitch
    count = find(window, QLabel, "pitchCount")
    assert count.text() == "7 of 17 questions answered"
    assert page.meter.storyboard.text() == "Storyboard: 2 of at least 3 panels"
    risks = page.questions.boxes["risks"]
    press(qtbot, find(window, QPushButton, "pitchJump_risks"))
    assert QApplication.focusWidget() is risks.edit and not risks.edit.visibleRegion().isEmpty()
    type_text(qtbot, risks.edit, "Weerstand bij leveranciers")
    assert count.text() == "8 of 17 questions answered" and find(window, QProgressBar, "pitchProgress").value() == 8
    assert not window.findChildren(QPushButton, "pitchJump_risks") or not find(window, QPushButton, "pitchJump_risks").isVisible()
    yell = page.questions.boxes["yell"]  # far down the page: the menu of the other empty questions
    more = find(window, QPushButton, "pitchJumpMore")
    next(a for a in more.menu().actions() if a.text() == "Jullie yell").trigger()
    settle()
    assert QApplication.focusWidget() is yell.edit and not yell.edit.visibleRegion().isEmpty()


def test_the_challenges_questions_have_their_own_section_only_when_it_has_them(qtbot, pitch):
    window, store, _team_id, page = pitch
    assert not window.findChildren(QWidget, "pitchSection_consider")  # this team's challenge asks none
    workspace = window.event_view.workspace
    template = workspace.template
    team = next(t for t in window.event_view._teams if t.challenge_key and template.challenge(t.challenge_key).consider)
    asked = template.challenge(team.challenge_key).consider
    page = open_pitch(qtbot, window, team.id)
    assert find(window, QWidget, "pitchSection_consider").isVisible()
    assert [key for key in page.questions.boxes if key.startswith("consider_")] == [f"consider_{n}" for n in range(1, len(asked) + 1)]
    assert page.questions.boxes["consider_1"].question.text() == asked[0].nl
    assert find(window, QLabel, "pitchCount").text().endswith(f" of {17 + len(asked)} questions answered")
    titles = [w.text() for w in window.findChildren(QLabel, "pitchSectionTitle") if w.isVisible()]
    assert titles == ["Tijd voor de pitch!", "Actieplan", "Neem ook het volgende mee", "Klaar voor de jury"]
    set_team_challenge(store, team.id, "markt_overheid")  # on the team page, or another laptop: no such questions
    settle()
    assert not [key for key in page.questions.boxes if key.startswith("consider_")]
    assert not any(w.isVisible() for w in window.findChildren(QWidget, "pitchSection_consider"))


def test_the_presenter_and_the_team_name_are_chosen_here(qtbot, open_window, event_with_team):
    store, event_id, team_id = event_with_team
    noor = add_member(store, team_id, "Noor Bakker")
    add_member(store, team_id, "Sem de Vries")
    window = open_window(store)
    settle()
    page = open_pitch(qtbot, window, team_id)
    assert page.meter.presenter.text() == "Presenter: not chosen yet"
    press(qtbot, page.meter.presenter)  # the meter's link goes to the choice
    assert QApplication.focusWidget() is find(window, QComboBox, "pitchPresenter")
    combo = find(window, QComboBox, "pitchPresenter")
    assert combo.currentText() == "Not chosen yet"
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    settle()
    template = window.event_view.workspace.template
    assert team_view(store, event_id, team_id, template).roles.get("presenter") == noor
    assert page.meter.presenter.text() == "Presenter: Noor Bakker" and QApplication.focusWidget() is combo
    name = find(window, QLineEdit, "pitchTeamName")
    type_text(qtbot, name, "De Bruggenbouwers")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    settle()
    assert team_view(store, event_id, team_id, template).name == "De Bruggenbouwers"
    assert QApplication.focusWidget() is page.questions.boxes["yell"].edit  # Enter moves on in reading order


def test_a_refused_answer_says_why_and_saves_nothing(qtbot, pitch):
    window, store, team_id, page = pitch
    risks = page.questions.boxes["risks"].edit
    click_in(qtbot, risks)
    QApplication.clipboard().setText("x" * 5001)
    qtbot.keyClick(risks, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(risks, Qt.Key.Key_Tab)
    settle()
    message = find(window, QLabel, "pitchMessage")
    assert message.isVisible() and message.text().startswith("An answer can have at most 5000 characters; this one has 5001.")
    assert "risks" not in stored(store, team_id) and len(risks.toPlainText()) == 5001  # kept, to shorten
    cost = page.questions.boxes["cost"].edit  # another field is saved all the same
    click_in(qtbot, cost)
    type_text(qtbot, cost, "Twee ton")
    qtbot.keyClick(cost, Qt.Key.Key_Tab)
    settle()
    assert stored(store, team_id).get("cost") == "Twee ton" and "risks" not in stored(store, team_id)
    click_in(qtbot, risks)  # shortened: saved, and the reason goes
    qtbot.keyClick(risks, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, risks, "Te veel leveranciers")
    qtbot.keyClick(risks, Qt.Key.Key_Tab)
    settle()
    assert stored(store, team_id)["risks"] == "Te veel leveranciers" and not message.isVisible()


def test_an_answer_with_a_control_character_is_refused(qtbot, pitch):
    window, store, team_id, page = pitch
    cost = page.questions.boxes["cost"].edit
    click_in(qtbot, cost)
    QApplication.clipboard().setText("Tien\x07duizend")
    qtbot.keyClick(cost, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(cost, Qt.Key.Key_Tab)
    settle()
    message = find(window, QLabel, "pitchMessage")
    assert message.isVisible() and "invisible control character" in message.text()
    assert "cost" not in stored(store, team_id) and cost.toPlainText() == "Tien\x07duizend"


def test_a_failed_write_says_so_changes_nothing_and_leaves_no_undo_step(qtbot, pitch, monkeypatch):
    window, store, team_id, page = pitch
    save_pitch_answer(store, team_id, "pitch", "idea", "Ons eigen idee")
    settle()
    box = page.questions.boxes["idea"]
    assert box.take_over.isVisible()
    before = stored(store, team_id)

    def broken():
        raise WriteFailed("db_write_full", "disk full", reason="disk full")

    monkeypatch.setattr(store, "write", broken)
    click_in(qtbot, page.questions.boxes["risks"].edit)
    type_text(qtbot, page.questions.boxes["risks"].edit, "Te weinig tijd")
    qtbot.keyClick(page.questions.boxes["risks"].edit, Qt.Key.Key_Tab)
    settle()
    message = find(window, QLabel, "pitchMessage")
    assert message.isVisible() and message.text() == FULL
    press(qtbot, box.take_over)
    assert message.text() == FULL and page.undo_stack.count() == 0
    assert box.text == "Ons eigen idee" and QApplication.focusWidget() is box.edit
    combo = find(window, QComboBox, "pitchPresenter")  # a presenter chosen on a full disk stays as it was
    chosen = combo.currentText()
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(combo, Qt.Key.Key_Up if combo.currentIndex() > 0 else Qt.Key.Key_Down)
    settle()
    assert message.text() == FULL and combo.currentText() == chosen and QApplication.focusWidget() is combo
    monkeypatch.undo()
    assert stored(store, team_id) == before


def test_another_laptops_edit_arrives_without_moving_the_local_cursor(qtbot, pitch):
    window, store, team_id, page = pitch
    laptop = open_store(f"sqlite:///{store.engine.url.database}", feed=store.feed)
    risks = page.questions.boxes["risks"].edit
    click_in(qtbot, risks)
    type_text(qtbot, risks, "Weerstand")
    qtbot.waitUntil(lambda: stored(store, team_id).get("risks") == "Weerstand")
    qtbot.keyClick(risks, Qt.Key.Key_Left)
    qtbot.keyClick(risks, Qt.Key.Key_Left)
    save_pitch_answer(laptop, team_id, "pitch", "cost", "Twee ton in het eerste jaar")
    settle()
    assert page.questions.boxes["cost"].text == "Twee ton in het eerste jaar"
    assert QApplication.focusWidget() is risks and risks.toPlainText() == "Weerstand" and risks.textCursor().position() == 7
    type_text(qtbot, risks, "!")
    assert risks.toPlainText() == "Weersta!nd"
    laptop.engine.dispose()


def test_keyboard_moves_on_in_reading_order_and_keeps_the_focus_on_a_team_switch(qtbot, pitch, open_window):
    window, store, team_id, page = pitch
    problem, for_whom = page.questions.boxes["problem"].edit, page.questions.boxes["for_whom"].edit
    click_in(qtbot, problem)
    qtbot.keyClick(problem, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is for_whom
    assert for_whom.textCursor().position() == len(for_whom.toPlainText())  # a taken-over answer is continued
    unique = page.questions.boxes["unique"].edit
    click_in(qtbot, unique)
    qtbot.keyClick(unique, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is find(window, QLineEdit, "pitchTeamName")
    view = window.event_view
    other = next(t for t in view._teams if t.id != team_id)
    move_team(store, other.id, "pitch", view.workspace.template)  # both teams at the pitch
    settle()
    click_in(qtbot, for_whom)
    type_text(qtbot, for_whom, " en de inwoners")
    view.choose_team(other.id)  # switched while the hand is in a field: the same field of the other team
    settle()
    assert page._team.id == other.id and QApplication.focusWidget() is page.questions.boxes["for_whom"].edit
    assert stored(store, team_id)["for_whom"].endswith(" en de inwoners")  # the typing was kept
    view.team_picker.setFocus(Qt.FocusReason.MouseFocusReason)  # from the header's picker: the focus lands on the pitch
    view.team_picker.setCurrentIndex(view.team_picker.findData(team_id))
    view.team_picker.activated.emit(view.team_picker.currentIndex())
    settle()
    assert page._team.id == team_id and QApplication.focusWidget() is page.questions.boxes["problem"].edit


class Part(QPushButton):
    """A part as the storyboard or the task split is: it follows the team and saves what is typed."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.shown: list[int] = []
        self.flushed = 0

    def show_step(self, step, team) -> None:
        self.shown.append(team.id)

    def flush_edits(self) -> None:
        self.flushed += 1


def test_every_control_is_named_and_the_parts_show_as_tabs_once_added(qtbot, pitch):
    window, store, team_id, page = pitch
    for cls in (QPlainTextEdit, QLineEdit, QComboBox, QProgressBar):
        for widget in page.findChildren(cls):
            if widget.isVisible():
                assert widget.accessibleName(), widget.objectName()
    alone = PitchPage(window.event_view.workspace)  # the questions only: no tabs
    qtbot.addWidget(alone)
    assert alone.tabs.isHidden()
    tabs = find(window, QTabBar, "pitchParts")
    assert tabs.isVisible() and [tabs.tabText(i) for i in range(tabs.count())] == ["Questions", "Storyboard", "Task split", "Share"]
    exports = Part("Exporteren")
    page.add_part("exports", "Exports", exports)
    assert exports.shown == [team_id]  # a part is shown the team at once, and whenever the page is
    page.flush_edits()
    assert exports.flushed == 1
    settle()
    assert tabs.tabText(4) == "Exports"
    page.show_part("exports")
    press(qtbot, find(window, QPushButton, "pitchJump_risks"))
    assert tabs.currentIndex() == 0 and QApplication.focusWidget() is page.questions.boxes["risks"].edit
    view = window.event_view
    other = next(t for t in view._teams if t.id != team_id)
    move_team(store, other.id, "pitch", view.workspace.template)
    view.choose_team(other.id)
    settle()
    assert exports.shown[-1] == other.id and exports.flushed >= 2  # the team before: its typing saved


def test_the_meter_says_when_every_question_is_answered(qtbot, pitch):
    window, store, team_id, page = pitch
    for key, box in page.questions.boxes.items():
        if not box.text.strip():
            save_pitch_answer(store, team_id, "pitch", key, f"Antwoord op {key}")
    settle()
    assert find(window, QLabel, "pitchCount").text() == "17 of 17 questions answered"
    assert find(window, QLabel, "pitchAllAnswered").isVisible()
    assert not [b for b in window.findChildren(QPushButton) if b.objectName().startswith("pitchJump") and b.isVisible()]
