"""A Crystal Ball milestone's title and answers (one JSON value) saved as a compare-and-set per text
(two stores on one database = two laptops, both engines): different texts merge, the same text changed
meanwhile is a conflict and nothing is written."""

from __future__ import annotations

import pytest

from app.canvases.milestones import add_milestone, edit_milestone, edit_milestone_based, milestones
from app.errors import DomainError
from app.paths import template_path
from app.storage.database import open_store
from app.sync.versions import EditConflict
from tests.canvases.crystal_setup import keep_ideas


@pytest.fixture
def laptops(store, db_url, staatsprint_template):
    kept = keep_ideas(store, staatsprint_template, template_path("staatsprint"))
    card = add_milestone(store, staatsprint_template, kept.team_id, kept.step, kept.ideas[0], 1.0, "Pilot", {"roles": "CIO"})
    other = open_store(db_url)
    yield store, other, kept, card
    other.engine.dispose()


def card_now(store, kept, card):
    found = next(m for m in milestones(store, kept.team_id, kept.step.key) if m.id == card)
    return found.title, found.answers


def test_different_texts_of_one_milestone_merge(laptops):
    store, other, kept, card = laptops
    edit_milestone_based(other, kept.step, card, None, {"changes": ("", "Nieuwe wet")})
    edit_milestone_based(store, kept.step, card, ("Pilot", "Pilot in 3 gemeenten"), {"roles": ("CIO", "CIO en wethouder")})
    assert card_now(store, kept, card) == ("Pilot in 3 gemeenten", {"roles": "CIO en wethouder", "changes": "Nieuwe wet"})


@pytest.mark.parametrize("field", ["title", "roles"])
def test_the_same_text_changed_meanwhile_is_a_conflict_and_nothing_is_written(laptops, field):
    store, other, kept, card = laptops
    edit_milestone(other, kept.step, card, "Proef (B)", {"roles": "Wethouder (B)"})
    title = ("Pilot", "Pilot van A") if field == "title" else None
    with pytest.raises(EditConflict) as raised:
        edit_milestone_based(store, kept.step, card, title, {"roles": ("CIO", "CIO van A"), "added": ("", "Budget")})
    assert raised.value.field == field and raised.value.theirs == {"title": "Proef (B)", "roles": "Wethouder (B)"}[field]
    assert card_now(store, kept, card) == ("Proef (B)", {"roles": "Wethouder (B)"})
    # keep mine: based on theirs now
    edit_milestone_based(store, kept.step, card, ("Proef (B)", "Pilot van A"), {"roles": ("Wethouder (B)", "CIO van A")})
    assert card_now(store, kept, card) == ("Pilot van A", {"roles": "CIO van A"})


def test_an_unknown_question_and_a_removed_card_are_refused(laptops):
    store, _other, kept, card = laptops
    with pytest.raises(DomainError) as unknown:
        edit_milestone_based(store, kept.step, card, None, {"nope": ("", "x")})
    assert unknown.value.code == "milestone_field"
    with pytest.raises(DomainError) as gone:
        edit_milestone_based(store, kept.step, 999_999, None, {"roles": ("", "x")})
    assert gone.value.code == "milestone_missing"
    assert card_now(store, kept, card) == ("Pilot", {"roles": "CIO"})
