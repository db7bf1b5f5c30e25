"""Team set-up rules: names, kennismaking, roles (one person may hold two)."""

from __future__ import annotations

from datetime import date

import pytest

from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import (
    add_member,
    add_team,
    remove_member,
    rename_member,
    set_role,
    team_view,
)
from app.paths import template_path
from app.text import initials
from tests.conftest import MINI_TEMPLATE

SOURCE = template_path("staatsprint").read_text(encoding="utf-8")


@pytest.fixture
def team(store):
    event_id = create_event(store, SOURCE, date(2026, 3, 11))
    return event_id, add_team(store, event_id, "markt_overheid")


def test_members_keep_their_kennismaking(store, team, staatsprint_template):
    event_id, team_id = team
    add_member(store, team_id, "  Chloë   de Vries ", {"who": "Chloë, inkoopadviseur", "organisation": "Waterschap Aa", "role": " ", "motivation": "Beter aanbesteden"})
    (member,) = team_view(store, event_id, team_id, staatsprint_template).members
    assert member.name == "Chloë de Vries"
    assert member.kennismaking == {"who": "Chloë, inkoopadviseur", "organisation": "Waterschap Aa", "motivation": "Beter aanbesteden"}
    assert member.initials == "CV"


@pytest.mark.parametrize("name", ["", "   "])
def test_an_empty_name_is_refused_and_nothing_is_written(store, team, staatsprint_template, name):
    event_id, team_id = team
    with pytest.raises(DomainError) as caught:
        add_member(store, team_id, name)
    assert caught.value.code == "member_name_empty"
    assert team_view(store, event_id, team_id, staatsprint_template).members == ()


def test_a_duplicate_name_is_refused_case_insensitively(store, team, staatsprint_template):
    event_id, team_id = team
    add_member(store, team_id, "Sem Bakker")
    with pytest.raises(DomainError, match="already in this team") as caught:
        add_member(store, team_id, "sem  bakker")
    assert caught.value.params["name"] == "sem bakker"
    assert len(team_view(store, event_id, team_id, staatsprint_template).members) == 1


def test_renaming_onto_another_member_is_refused_and_keeps_the_old_name(store, team, staatsprint_template):
    event_id, team_id = team
    add_member(store, team_id, "Anna")
    bram = add_member(store, team_id, "Bram")
    with pytest.raises(DomainError):
        rename_member(store, bram, "ANNA")
    names = [m.name for m in team_view(store, event_id, team_id, staatsprint_template).members]
    assert names == ["Anna", "Bram"]


def test_one_person_may_hold_two_roles_and_the_presenter_may_stay_open(store, team, staatsprint_template):
    event_id, team_id = team
    fatima = add_member(store, team_id, "Fatima El Amrani")
    add_member(store, team_id, "Joost de Wit")
    set_role(store, team_id, "captain", fatima, staatsprint_template)
    set_role(store, team_id, "timekeeper", fatima, staatsprint_template)
    view = team_view(store, event_id, team_id, staatsprint_template)
    assert view.members[0].roles == ("captain", "timekeeper")
    assert view.holder("presenter") is None


def test_a_role_has_one_holder_and_can_be_reopened(store, team, staatsprint_template):
    event_id, team_id = team
    anna = add_member(store, team_id, "Anna")
    bram = add_member(store, team_id, "Bram")
    set_role(store, team_id, "presenter", anna, staatsprint_template)
    set_role(store, team_id, "presenter", bram, staatsprint_template)
    assert team_view(store, event_id, team_id, staatsprint_template).holder("presenter").name == "Bram"
    set_role(store, team_id, "presenter", None, staatsprint_template)
    assert team_view(store, event_id, team_id, staatsprint_template).holder("presenter") is None


def test_removing_a_member_frees_their_roles(store, team, staatsprint_template):
    event_id, team_id = team
    anna = add_member(store, team_id, "Anna")
    set_role(store, team_id, "captain", anna, staatsprint_template)
    remove_member(store, anna)
    view = team_view(store, event_id, team_id, staatsprint_template)
    assert view.members == () and view.roles == {}


def test_roles_come_from_the_template(store, mini_template):
    event_id = create_event(store, MINI_TEMPLATE.read_text(encoding="utf-8"), date(2026, 5, 1))
    team_id = add_team(store, event_id, None)
    anna = add_member(store, team_id, "Anna")
    with pytest.raises(DomainError, match="no role 'presenter'"):
        set_role(store, team_id, "presenter", anna, mini_template)


def test_a_member_of_another_team_cannot_take_a_role(store, team, staatsprint_template):
    event_id, team_id = team
    other = add_team(store, event_id, None)
    outsider = add_member(store, other, "Kees")
    with pytest.raises(DomainError, match="another team"):
        set_role(store, team_id, "captain", outsider, staatsprint_template)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Fatima El Amrani", "FA"), ("Jan van der Berg", "JB"), ("Noëlle", "N"), ("Ravi Ramsaran-Tjon", "RT"), ("", "?")],
)
def test_initials(name, expected):
    assert initials(name) == expected
