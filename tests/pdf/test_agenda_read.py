"""Reading the agenda from the database (on SQLite and PostgreSQL): the programme on the event's clock
with the fixed items and each phase's planned steps, the challenges in order, the teams with their
members' organisations and rooms, and the participants in no team."""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlmodel import select

from app.event.events import create_event
from app.event.teams import add_member, add_team, new_members
from app.paths import template_path
from app.pdf.agenda_data import door_times
from app.pdf.agenda_read import read_agenda
from db.models import Member, Team

NOW = datetime(2026, 3, 11, 8, 0, tzinfo=timezone.utc)


def _event(store) -> int:
    source = template_path("staatsprint").read_text(encoding="utf-8")
    event_id = create_event(store, source, date(2026, 3, 11), "Staatsprint 2026", "Den Haag")
    first = add_team(store, event_id, "markt_overheid", "De Datadragers")
    second = add_team(store, event_id, "gemeentelijke_it")
    add_member(store, first, "Karin Bosma", {"organisation": "Waterschap Vechtstromen, waar ik werk"})
    add_member(store, first, "Youssef Bouzid")
    add_member(store, second, "Anouk Tjoa")
    with store.write() as session:
        session.get(Team, first).room = "Zaal Drees"
        member = session.exec(select(Member).where(Member.name == "Youssef Bouzid")).one()
        member.organisation, member.absent = "Bitbrug BV", True
        session.add_all(new_members(event_id, None, [("Wachtende Willemijn", {})]))
        session.flush()
        waiting = session.exec(select(Member).where(Member.name == "Wachtende Willemijn")).one()
        waiting.challenge_pref = "markt_overheid"
    return event_id


def test_the_agenda_is_read_with_the_programme_on_the_events_clock(store):
    agenda = read_agenda(store, _event(store), "nl", NOW)
    assert (agenda.event_name, agenda.day, agenda.location, agenda.lang) == ("Staatsprint 2026", date(2026, 3, 11), "Den Haag", "nl")
    assert f"{agenda.made_at:%H:%M}" == "09:00"  # Amsterdam in March
    first, last = agenda.programme[0], agenda.programme[-1]
    assert (first.start, first.end, first.title, first.fixed) == ("09:30", "09:40", "Opening door Hackathonopmaat", False)
    assert (last.start, last.end, last.title, last.fixed) == ("17:05", "", "Start borrel", True)
    assert [item.title for item in agenda.programme if item.fixed] == ["Lunch!", "Start borrel"]
    problem = next(item for item in agenda.programme if item.in_rooms)
    assert (problem.start, problem.end) == ("10:30", "11:40")
    assert problem.steps[0].start == "10:30" and sum(step.minutes for step in problem.steps) <= 70
    assert [step.start for step in problem.steps[1:]] == sorted(step.start for step in problem.steps[1:])
    assert [challenge.number for challenge in agenda.challenges] == [1, 2, 3]
    assert agenda.challenges[1].title == "Slimme IT-samenwerking markt en overheid" and agenda.challenges[1].teaser


def test_the_teams_come_with_their_members_organisations_rooms_and_who_is_in_no_team(store):
    agenda = read_agenda(store, _event(store), "en", NOW)
    first, second = agenda.teams
    assert (first.number, first.name, first.challenge_key, first.room) == (1, "De Datadragers", "markt_overheid", "Zaal Drees")
    assert [(p.name, p.organisation, p.absent) for p in first.members] == [
        ("Karin Bosma", "Waterschap Vechtstromen, waar ik werk", False), ("Youssef Bouzid", "Bitbrug BV", True)]
    assert (second.name, second.room, [p.name for p in second.members]) == ("", "", ["Anouk Tjoa"])
    assert [(p.name, p.preference) for p in agenda.unplaced] == [("Wachtende Willemijn", "2. Smart IT collaboration between market and government")]
    assert agenda.rooms() == ["Zaal Drees"] and agenda.teams_in("Zaal Drees") == [first]
    assert agenda.programme[0].title == "Opening by Hackathonopmaat" and agenda.challenge("markt_overheid").number == 2


def test_a_door_shows_every_item_from_the_first_work_in_the_rooms_with_start_and_end(store):
    agenda = read_agenda(store, _event(store), "nl", NOW)
    shown = [(when, item.title if item else None) for when, item in door_times(agenda)]
    assert shown == [("10:30 – 12:15", None), ("12:15 – 12:30", "Terugkoppeling eerste fases"), ("12:30 – 13:15", "Lunch!"),
                     ("13:15 – 15:00", None), ("15:00 – 15:45", "Pauze"), ("15:45 – 16:45", "Flip-over pitches + vragen juryleden"),
                     ("16:45 – 17:00", "Juryberaad"), ("17:00 – 17:05", "Afronding dag + bekendmaking winnaars"),
                     ("17:05", "Start borrel")]


def test_a_phase_shows_its_own_window_with_the_break_inside_it(store):
    agenda = read_agenda(store, _event(store), "nl", NOW)
    pitch = next(item for item in agenda.programme if item.title == "Pitch voorbereiden")
    assert (pitch.start, pitch.end, pitch.window_end, pitch.shown_end) == ("14:50", "15:00", "15:45", "15:45")
    assert sum(step.minutes for step in pitch.steps) == 55
    problem = next(item for item in agenda.programme if item.in_rooms)
    assert (problem.shown_end, problem.window_end) == ("11:40", "")
