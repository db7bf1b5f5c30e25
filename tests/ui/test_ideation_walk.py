"""Phase 3 walked by one team, by keyboard and mouse, on a fake clock: the Idea Race (start, ideas by
two writers, the half-time review, round 2, the winner), the idea vote (votes by turns, the reveal,
a tie at the cut resolved, two of three kept), the Crystal Ball (milestones by click and by key,
answered by typing, undo and redo, the end card, the final choice) and the phase-3 gate."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QFrame, QGraphicsView, QLabel, QLineEdit, QPlainTextEdit, QPushButton

from app.board.board import notes
from app.canvases import crystal_ball as cb
from app.canvases.milestones import end_card, milestones
from app.clock.clock import FakeClock
from app.day.navigation import move_team
from app.event.teams import add_member
from app.outcomes.final_choice import final_choice
from app.race.standings import leaderboard
from app.voting.vote_step import kept
from db.models import Answer
from tests.ui.conftest import find, settle, type_text
from ui.canvases.crystal_canvas import MilestoneCard

T0 = datetime(2026, 3, 11, 13, 30, tzinfo=UTC)
STATEMENT = {"what": "versnipperde gemeentelijke IT", "owner": "de VNG", "activity": "bouwstenen delen", "result": "gemeenten sneller leveren"}


def click(qtbot, window, name):
    qtbot.mouseClick(find(window, QPushButton, name), Qt.MouseButton.LeftButton)
    settle()


def press(qtbot, widget, key=Qt.Key.Key_Space, modifier=Qt.KeyboardModifier.NoModifier):
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(widget, key, modifier)
    settle()


def text(window, name) -> str:
    return find(window, QLabel, name).text()


def write(qtbot, field, idea):
    type_text(qtbot, field, idea)
    press(qtbot, field, Qt.Key.Key_Return)


def frame_text(window, name) -> str:
    return " ".join(label.text() for label in window.findChild(QFrame, name).findChildren(QLabel) if label.isVisible())


def _race(qtbot, window, store, template, event_id, team_id, anna, bram, clock):
    """Part 1, the half-time review, part 2 and the winner: ideas by Enter, the writer from the member bar."""
    page = window.event_view.step_page.work_area.surface("race")
    assert "start line" in text(window, "raceStage")
    click(qtbot, window, "raceStartButton")
    assert text(window, "raceStage").startswith("Part 1: write!")
    field = find(window, QLineEdit, "raceIdeaInput")
    assert field.hasFocus() and page.author_id == anna  # the first member writes until another is chosen
    for idea in ("Eén loket", "Open data"):
        write(qtbot, field, idea)
    click(qtbot, window, f"raceAuthor_{bram}")  # Bram takes the marker: a click in the member bar
    assert field.hasFocus() and page.author_id == bram
    write(qtbot, field, "Pilot in de wijk")
    assert [card.text for card in page.track.cards] == ["Eén loket", "Open data", "Pilot in de wijk"]
    assert text(window, "raceCount") == "3 ideas"
    assert text(window, "raceMembers") == "Per member: Anna de Vries 2 · Bram Smit 1"
    clock.advance(5 * 60 + 1)  # part 1 runs out
    page._ws.ticker.timeout.emit()  # the window's next tick
    assert "Part 1: time is up" in text(window, "raceStage")
    click(qtbot, window, "timerNextPart")  # on to the half-time review
    assert text(window, "raceStage").startswith("Half-time.") and "kept but not counted" in text(window, "raceStage")
    write(qtbot, field, "Huisbezoek")  # written in the review: kept, not counted
    assert text(window, "raceCount") == "3 ideas" and text(window, "raceUncounted").startswith("1 written outside")
    assert page.track.cards[-1].tag == "not counted"
    clock.advance(10 * 60)
    click(qtbot, window, "timerNextPart")  # part 2
    assert text(window, "raceStage").startswith("Part 2: write!")
    press(qtbot, field, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # Anna again, by keyboard
    assert page.author_id == anna and field.hasFocus()
    write(qtbot, field, "Chatbot")
    assert text(window, "raceCount") == "4 ideas"
    assert text(window, "raceRounds").startswith("Part 1: 3 · Part 2: 1")
    assert text(window, "raceMembers") == "Per member: Anna de Vries 3 · Bram Smit 1"
    clock.advance(5 * 60 + 1)  # part 2 runs out: the race is over
    page._ws.ticker.timeout.emit()
    assert text(window, "raceHeadline") == "Team 1 wins 2 flip-over sheets!"
    assert text(window, "raceLeaderboardTitle") == "Final ranking"
    assert page.leaderboard.chart.bars[0].count == 4
    board = leaderboard(store, template, event_id, "idea_race", clock.now())
    counts = board.standings[0].counts
    assert board.final and [s.counts.team_id for s in board.winners] == [team_id]
    assert (counts.rounds["round1"].live, counts.rounds["round2"].live, counts.uncounted) == (3, 1, 1)
    assert counts.per_member == {anna: 3, bram: 1}
    assert [(n.text, n.author_id, n.part_key) for n in notes(store, team_id, ["idea_race"])] == [
        ("Eén loket", anna, "round1"), ("Open data", anna, "round1"), ("Pilot in de wijk", bram, "round1"),
        ("Huisbezoek", bram, ""), ("Chatbot", anna, "round2")]


def _vote(qtbot, window, store, team_id, ideas):
    """Votes by turns (Anna by mouse, Bram by keyboard), the reveal, a tie at the cut, two of three kept."""
    loket, data, pilot, huis, chatbot = ideas
    assert text(window, "dotsLeft") == "Anna de Vries: 3 of 3 dots left"
    assert find(window, QPushButton, f"dotPlus_{huis}").isVisible()  # kept, so voted on too
    for idea in (loket, data, pilot):
        click(qtbot, window, f"dotPlus_{idea}")
    assert text(window, "dotsLeft") == "Anna de Vries: 0 of 3 dots left"
    click(qtbot, window, "nextVoterButton")
    assert text(window, "dotsLeft") == "Bram Smit: 3 of 3 dots left"
    assert text(window, f"dots_{loket}") == ""  # hidden until the reveal
    for idea in (loket, data, chatbot):
        press(qtbot, find(window, QPushButton, f"dotPlus_{idea}"))
    press(qtbot, find(window, QPushButton, "revealButton"))
    assert text(window, "tieText") == "A tie at the cut: choose at most 1 together (fewer is fine), or re-vote among the tied."
    assert kept(store, team_id, "idea_vote") == []
    assert [text(window, f"dots_{i}") for i in ideas] == ["●●", "●●", "●", "", "●"]  # revealed: Pilot and Chatbot tie for 3rd
    press(qtbot, find(window, QPushButton, f"tie_{chatbot}"))
    press(qtbot, find(window, QPushButton, "confirmTieButton"))
    assert kept(store, team_id, "idea_vote") == [loket, data, chatbot]  # the top 3 proposed
    assert text(window, f"kept_{chatbot}") == "3. Chatbot — tie broken by the team"
    click(qtbot, window, f"unkeep_{data}")  # the team keeps two of them
    assert kept(store, team_id, "idea_vote") == [loket, chatbot]
    assert [text(window, name) for name in (f"kept_{loket}", f"kept_{chatbot}", f"notKept_{data}")] == [
        "1. Eén loket", "2. Chatbot — tie broken by the team", "Not kept: Open data"]


def _at(page, years: float, dy: float):
    return page.view.mapFromScene(QPointF(cb.x_for(years, 5), page.view.scene().drawing.layout.line_y + dy))


def _crystal(qtbot, window, store, team_id, loket, chatbot):
    """Two milestones (a click on the line, Insert), answered by typing; undo and redo; the end card; the choice."""
    page = window.event_view.step_page.work_area.surface("crystal")
    assert len(page.idea_buttons.buttons()) == 3 and page.idea_id == loket  # two kept ideas and the overview

    def stored():
        return [(m.kind, m.years, m.title, m.answers) for m in milestones(store, team_id, "crystal_ball", loket)]

    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, 2.1, -30))
    settle()
    assert stored() == [("milestone", 2.0, "", {})]  # snapped to the nearest quarter
    title = find(window, QLineEdit, "milestoneTitle")
    assert title.hasFocus()
    type_text(qtbot, title, "Pilot in drie gemeenten")
    qtbot.keyClick(title, Qt.Key.Key_Tab)
    for key, answer in (("roles", "Utrecht trekt"), ("changes", "Geen papier meer"), ("added", "Een app")):
        type_text(qtbot, find(window, QPlainTextEdit, f"milestoneField_{key}"), answer)
    page.view.setFocus()
    settle()
    answers = {"roles": "Utrecht trekt", "changes": "Geen papier meer", "added": "Een app"}
    assert stored() == [("milestone", 2.0, "Pilot in drie gemeenten", answers)]
    card = next(iter(page.view.scene().cards.values()))
    assert card.text.title == "Pilot in drie gemeenten" and "Utrecht trekt" in card.text.lines
    press(qtbot, page.view, Qt.Key.Key_Insert)  # a second milestone by keyboard: the first free whole year
    type_text(qtbot, find(window, QLineEdit, "milestoneTitle"), "Wet aangepast")
    page.view.setFocus()
    settle()
    assert [(m[1], m[2]) for m in stored()] == [(1.0, "Wet aangepast"), (2.0, "Pilot in drie gemeenten")]
    press(qtbot, page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [(m[1], m[2]) for m in stored()] == [(1.0, ""), (2.0, "Pilot in drie gemeenten")]  # the title undone
    press(qtbot, page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [(m[1], m[2]) for m in stored()] == [(1.0, "Wet aangepast"), (2.0, "Pilot in drie gemeenten")]  # and redone
    assert sorted(c.text.title for c in page.view.scene().cards.values()) == ["Pilot in drie gemeenten", "Wet aangepast"]
    end = page.view.scene().drawing.layout.end_box
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=page.view.mapFromScene(QPointF(end.x + end.width / 2, end.y + end.height / 2)))
    settle()
    type_text(qtbot, find(window, QPlainTextEdit, "endField_goal"), "Iedere inwoner regelt het in een keer")
    page.view.setFocus()
    settle()
    assert end_card(store, team_id, "crystal_ball", loket).answers == {"goal": "Iedere inwoner regelt het in een keer"}
    assert page.view.scene().drawing.end.lines == ("Iedere inwoner regelt het in een keer",)
    box = find(window, QCheckBox, f"finalChoiceIdea_{loket}")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on its tick box
    assert box.isChecked()
    click(qtbot, window, "finalChoiceButton")
    assert final_choice(store, team_id, "crystal_ball").idea_ids == (loket,)
    assert "Eén loket" in page.choice.status.text()


def test_one_team_through_the_race_the_vote_and_the_crystal_ball_to_the_gate(qtbot, clocked_window, event_with_team, staatsprint_template):
    store, event_id, team_id = event_with_team
    anna, bram = (add_member(store, team_id, name) for name in ("Anna de Vries", "Bram Smit"))
    with store.write() as session:  # phase 2's outcome: the problem statement
        session.add_all(Answer(team_id=team_id, step_key="problem_statement", field_key=key, text=value) for key, value in STATEMENT.items())
    move_team(store, team_id, "idea_race", staatsprint_template)
    clock = FakeClock(T0)
    window, _player = clocked_window(store, clock, lang="en")
    settle()
    _race(qtbot, window, store, staatsprint_template, event_id, team_id, anna, bram, clock)
    race_notes = {note.text: note.id for note in notes(store, team_id, ["idea_race"])}
    ideas = [race_notes[t] for t in ("Eén loket", "Open data", "Pilot in de wijk", "Huisbezoek", "Chatbot")]
    click(qtbot, window, "nextButton")
    assert window.event_view.place == ("step", "idea_vote")
    _vote(qtbot, window, store, team_id, ideas)
    click(qtbot, window, "nextButton")
    assert window.event_view.place == ("step", "crystal_ball")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    _crystal(qtbot, window, store, team_id, ideas[0], ideas[4])
    click(qtbot, window, "nextButton")  # the end of phase 3: its gate
    assert window.event_view.place == ("gate", "ideeen")
    plan = frame_text(window, "gatePlan")
    assert "Eén loket" in plan and "Chatbot" not in plan
    statement = frame_text(window, "gateStatement")
    assert "De VNG owns versnipperde gemeentelijke IT; they must bouwstenen delen; so that gemeenten sneller leveren." in statement
    timeline = window.findChild(QGraphicsView, "gatePlanTimeline")
    assert timeline.isVisible()
    assert sorted(i.text.title for i in timeline.scene().items() if isinstance(i, MilestoneCard)) == ["Pilot in drie gemeenten", "Wet aangepast"]
