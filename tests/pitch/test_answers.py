"""The pitch's answers: taken over from earlier work, linked to an earlier question, typed — and what is
still empty. Read from the demo event, whose phase-3 teams have a problem statement, a chosen idea, a
Crystal Ball and a vehicle."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlmodel import select

from app.demo.event import create_demo_event
from app.errors import DomainError
from app.event.events import event_template, get_event
from app.event.teams import add_team, team_views
from app.pitch.answers import (
    completeness,
    consider_key,
    missing,
    pitch_sections,
    pitch_view,
    restore_answer,
    save_pitch_answer,
    take_over_again,
)
from app.board.board import add_note
from app.pitch.prefill import path_text, prefills, trimmed
from app.pitch.readiness import panel_count
from db.models import Answer as AnswerRow
from db.models import StoryPanel
from tests.demo_pitch import HALFWAY, demo_team, untyped

NOW = datetime(2026, 3, 11, 10, 59, 23, tzinfo=timezone.utc)


@pytest.fixture
def demo(store):
    event_id = create_demo_event(store, NOW)
    template = event_template(get_event(store, event_id))
    chosen = demo_team(store, event_id, template, HALFWAY)
    untyped(store, chosen.id, storyboard=False)  # a team that has just begun its pitch
    return event_id, template, chosen


def _answers(sections) -> dict:
    return {a.key: a for s in sections for a in s.answers}


def _rows(store, team_id):
    with store.read() as session:
        rows = session.exec(select(AnswerRow).where(AnswerRow.team_id == team_id, AnswerRow.step_key == "pitch")).all()
        return sorted((r.field_key, r.text) for r in rows)


def test_untouched_answers_start_from_earlier_work_marked_as_taken_over(store, demo):
    event_id, template, team = demo
    shown = _answers(pitch_sections(store, template, event_id, team.id, "nl"))
    problem = shown["problem"]
    assert problem.source == "taken_over" and "probleemstelling" in problem.source_label
    assert "Hoe kunnen we" in problem.text  # the winning theme's best HKW follows the sentence
    assert shown["idea"].source == "taken_over" and shown["idea"].text
    assert shown["path"].source == "taken_over" and "jaar: " in shown["path"].text
    assert shown["who_needed"].source == "taken_over" and shown["who_needed"].text.startswith("Bestuurder:\n- ")
    assert shown["risks"].source == "empty" and shown["risks"].text == ""


def test_a_question_asked_twice_starts_from_the_first_shown_as_linked(store, demo):
    event_id, template, team = demo
    save_pitch_answer(store, team.id, "pitch", "cost", "Vooral tijd: twee mensen drie maanden.")
    shown = _answers(pitch_sections(store, template, event_id, team.id, "en"))
    assert shown["cost_plan"].text == "Vooral tijd: twee mensen drie maanden."
    assert shown["cost_plan"].source == "linked" and shown["cost_plan"].source_label == "same as: What will it cost?"
    assert shown["needs"].source == "linked" and shown["needs"].text == shown["who_needed"].text  # a taken-over first one too


def test_typing_makes_it_the_teams_own_and_clearing_keeps_it_cleared(store, demo):
    event_id, template, team = demo
    assert save_pitch_answer(store, team.id, "pitch", "idea", "Eén loket voor alle gemeentelijke vragen")
    assert not save_pitch_answer(store, team.id, "pitch", "idea", "Eén loket voor alle gemeentelijke vragen  ")  # unchanged
    assert _answers(pitch_sections(store, template, event_id, team.id, "nl"))["idea"].source == "typed"
    save_pitch_answer(store, team.id, "pitch", "idea", "")
    idea = _answers(pitch_sections(store, template, event_id, team.id, "nl"))["idea"]
    assert (idea.source, idea.text) == ("empty", "")
    assert take_over_again(store, team.id, "pitch", "idea") == ""
    assert _answers(pitch_sections(store, template, event_id, team.id, "nl"))["idea"].source == "taken_over"
    restore_answer(store, team.id, "pitch", "idea", "terug")
    assert ("idea", "terug") in _rows(store, team.id)


def test_the_challenges_questions_follow_as_their_own_section(store, demo):
    event_id, template, _chosen = demo
    team = next(t for t in team_views(store, event_id, template) if t.challenge_key and template.challenge(t.challenge_key).consider)
    save_pitch_answer(store, team.id, "pitch", consider_key(2), "Ja, federatief: de gegevens blijven bij de bron.")
    sections = pitch_sections(store, template, event_id, team.id, "nl")
    consider = sections[-1]
    assert consider.key == "consider" and consider.title == "Neem ook het volgende mee"
    asked = template.challenge(team.challenge_key).consider
    assert [a.question for a in consider.answers] == [q.nl for q in asked]
    assert consider.answers[1].text.startswith("Ja, federatief")


def test_a_challenge_without_such_questions_shows_no_such_section(store, demo):
    event_id, template, _chosen = demo
    team = next(t for t in team_views(store, event_id, template) if t.challenge_key and not template.challenge(t.challenge_key).consider)
    assert [s.key for s in pitch_sections(store, template, event_id, team.id, "nl")] == ["pitch", "action_plan", "finish"]


def test_a_team_without_a_challenge_has_no_such_section_and_everything_counts_as_missing(store, demo):
    event_id, template, _team = demo
    team_id = add_team(store, event_id, None)
    sections = pitch_sections(store, template, event_id, team_id, "nl")
    assert [s.key for s in sections] == ["pitch", "action_plan", "finish"]
    answered, asked = completeness(sections)
    assert answered == 0 and asked == len(template.step("pitch").fields)
    assert missing(sections)[0] == "Wat is het probleem dat je oplost?"


def test_a_refused_answer_says_why_and_changes_nothing(store, demo):
    _event_id, _template, team = demo
    before = _rows(store, team.id)
    with pytest.raises(DomainError):
        save_pitch_answer(store, team.id, "pitch", "idea", "x" * 6000)
    with pytest.raises(DomainError):
        save_pitch_answer(store, team.id, "pitch", "idea", "nul\x00teken")
    assert _rows(store, team.id) == before


def test_the_path_reads_as_moments_in_time():
    class Moment:
        def __init__(self, years, title):
            self.years, self.title = years, title

    moments = [Moment(0, "Pilot in Zwolle"), Moment(0.5, "Tien gemeenten"), Moment(1.5, "Veertig"), Moment(5, "Landelijk")]
    assert path_text(moments, "nl") == (
        "Nu: Pilot in Zwolle\nOver 6 maanden: Tien gemeenten\nOver 1,5 jaar: Veertig\nOver 5 jaar: Landelijk")
    assert path_text([Moment(2, "Ten towns")], "en") == "In 2 years: Ten towns"


def test_the_view_says_which_answers_are_the_teams_own_and_what_each_would_take_over(store, demo):
    event_id, template, team = demo
    untouched = _answers(pitch_sections(store, template, event_id, team.id, "nl"))
    save_pitch_answer(store, team.id, "pitch", "idea", "Ons eigen idee")
    save_pitch_answer(store, team.id, "pitch", "who_needed", "")
    view = pitch_view(store, template, event_id, team.id, "nl")
    assert view.sections == pitch_sections(store, template, event_id, team.id, "nl")
    assert view.own == {"idea", "who_needed"}
    shown = _answers(view.sections)
    assert shown["idea"].text == "Ons eigen idee" and view.offers["idea"].source == "taken_over"
    assert view.offers["idea"] == untouched["idea"]  # what "take over again" brings back
    assert shown["who_needed"].source == "empty" and view.offers["who_needed"].text.startswith("Bestuurder:\n- ")
    assert shown["needs"].source != "linked"  # the first is cleared: nothing to follow
    assert view.offers["needs"].source == "empty" and view.offers["risks"].source == "empty"


def test_the_storyboard_panels_are_counted_per_team(store, demo):
    _event_id, _template, team = demo
    assert panel_count(store, team.id, "pitch") == 0
    with store.write() as session:
        for position in range(2):
            session.add(StoryPanel(team_id=team.id, step_key="pitch", position=position, caption=f"Paneel {position + 1}"))
    assert panel_count(store, team.id, "pitch") == 2
    assert panel_count(store, team.id + 1, "pitch") == 0


def test_the_vehicles_people_one_note_a_line_under_each_zone_and_no_dangling_punctuation(store):
    event_id = create_demo_event(store, NOW)
    template = event_template(get_event(store, event_id))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    vehicle = next(s for s in template.steps() if s.kind.value == "vehicle")
    add_note(store, team_id, vehicle.key, None, "De inkoper met de jurist ernaast,", 0.1, 0.1, zone_key="driver")
    add_note(store, team_id, vehicle.key, None, "Beter: overheid kiest de bestemming", 0.2, 0.1, zone_key="driver")
    add_note(store, team_id, vehicle.key, None, "Leveranciers;", 0.3, 0.1, zone_key="passengers")
    people = prefills(store, template, event_id, team_id, "nl")["vehicle_people"]
    assert people == ("Bestuurder:\n- De inkoper met de jurist ernaast\n- Beter: overheid kiest de bestemming\n"
                      "Passagiers:\n- Leveranciers")
    assert trimmed("De beheerders van de landelijke basisregistraties, ") == "De beheerders van de landelijke basisregistraties"
