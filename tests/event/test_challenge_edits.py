"""The challenges' texts and questions, edited per event; challenges added and removed."""

from __future__ import annotations

import pytest
from sqlmodel import select

from app.day.template_file import TemplateError
from app.errors import DomainError
from app.event.challenge_edits import (
    add_challenge,
    add_challenge_question,
    remove_challenge,
    remove_challenge_question,
    set_challenge_text,
)
from app.event.events import challenges, event_template, get_event
from app.event.teams import add_team
from db.models import Member
from tests.event.editing import held, new_event


def _template(store, event_id):
    return event_template(get_event(store, event_id))


@pytest.mark.parametrize(("place", "read"), [
    (("title",), lambda c: c.title),
    (("teaser",), lambda c: c.teaser),
    (("question",), lambda c: c.question),
    (("consider", 1), lambda c: c.consider[1]),
    (("sections", 0, "title"), lambda c: c.sections[0].title),
    (("sections", 0, "body"), lambda c: c.sections[0].body),
])
def test_each_text_of_a_challenge_is_saved_in_its_language(store, place, read):
    event_id = new_event(store)
    set_challenge_text(store, event_id, "gemeentelijke_it", place, "en", "New words\r\nwith a second line")
    challenge = _template(store, event_id).challenge("gemeentelijke_it")
    kept_breaks = place[-1] in ("teaser", "body")
    assert read(challenge).en == ("New words\nwith a second line" if kept_breaks else "New words with a second line")
    assert read(challenge).nl != read(challenge).en  # the other language stays


def test_a_bullet_of_a_section_is_a_text_too(store):
    event_id = new_event(store, "mini")
    set_challenge_text(store, event_id, "groene_daken", ("sections", 0, "bullets", 1), "nl", "Water op straat")
    assert _template(store, event_id).challenge("groene_daken").sections[0].bullets[1].nl == "Water op straat"


def test_an_emptied_text_is_refused_with_the_template_validations_message(store):
    event_id = new_event(store)
    before = held(store, event_id)
    with pytest.raises(TemplateError) as refused:
        set_challenge_text(store, event_id, "markt_overheid", ("title",), "nl", "   ")
    assert refused.value.params["problems"] == ["challenges[1] (markt_overheid).title.nl: must not be empty or only spaces"]
    assert held(store, event_id) == before


@pytest.mark.parametrize(("key", "place", "lang", "code"), [
    ("nope", ("title",), "nl", "challenge_unknown"),
    ("gemeentelijke_it", ("sections", 9, "body"), "nl", "editor_text_unknown"),
    ("gemeentelijke_it", ("number",), "nl", "editor_text_unknown"),
    ("gemeentelijke_it", ("title",), "fr", "editor_language"),
])
def test_a_text_that_is_not_there_is_refused(store, key, place, lang, code):
    event_id = new_event(store)
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        set_challenge_text(store, event_id, key, place, lang, "Iets")
    assert refused.value.code == code
    assert held(store, event_id) == before


def test_questions_are_added_and_removed(store):
    event_id = new_event(store)
    index = add_challenge_question(store, event_id, "markt_overheid")  # it had none
    assert index == 0
    assert _template(store, event_id).challenge("markt_overheid").consider[0].nl == "Nieuwe vraag"
    set_challenge_text(store, event_id, "markt_overheid", ("consider", 0), "nl", "Wie betaalt?")
    remove_challenge_question(store, event_id, "gemeentelijke_it", 0)
    template = _template(store, event_id)
    assert template.challenge("markt_overheid").consider[0].nl == "Wie betaalt?"
    assert len(template.challenge("gemeentelijke_it").consider) == 6


def test_a_new_challenge_gets_a_key_a_number_and_a_row(store):
    event_id = new_event(store, "mini")
    key = add_challenge(store, event_id)
    template = _template(store, event_id)
    assert (key, template.challenges[-1].number, template.challenges[-1].title.nl) == ("challenge_1", 3, "Nieuwe challenge")
    assert [(row.key, row.position) for row in challenges(store, event_id)][-1] == (key, 2)
    add_team(store, event_id, key)  # a team can work on it at once


def test_removing_a_challenge_renumbers_the_rest(store):
    event_id = new_event(store)
    remove_challenge(store, event_id, "gemeentelijke_it")
    template = _template(store, event_id)
    assert [(c.key, c.number) for c in template.challenges] == [("markt_overheid", 1), ("it_personeel", 2)]
    assert [(row.key, row.position) for row in challenges(store, event_id)] == [("markt_overheid", 0), ("it_personeel", 1)]


def test_a_challenge_a_team_works_on_is_not_removed(store):
    event_id = new_event(store)
    add_team(store, event_id, "markt_overheid")
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        remove_challenge(store, event_id, "markt_overheid")
    assert (refused.value.code, refused.value.params) == ("challenge_has_teams", {"teams": 1})
    assert held(store, event_id) == before


def test_a_challenge_a_participant_prefers_is_not_removed(store):
    event_id = new_event(store)
    with store.write() as session:
        session.add(Member(event_id=event_id, position=0, name="Anna", challenge_pref="it_personeel"))
    before = held(store, event_id)
    with pytest.raises(DomainError) as refused:
        remove_challenge(store, event_id, "it_personeel")
    assert (refused.value.code, refused.value.params) == ("challenge_preferred", {"members": 1})
    assert held(store, event_id) == before
    with store.read() as session:
        assert session.exec(select(Member.challenge_pref)).all() == ["it_personeel"]


def test_the_last_challenge_is_not_removed(store):
    event_id = new_event(store, "mini")
    remove_challenge(store, event_id, "groene_daken")
    before = held(store, event_id)
    with pytest.raises(TemplateError) as refused:
        remove_challenge(store, event_id, "stille_straat")
    assert refused.value.params["problems"] == ["challenges: List should have at least 1 item after validation, not 0"]
    assert held(store, event_id) == before
