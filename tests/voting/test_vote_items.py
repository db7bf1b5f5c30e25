"""Votes never vanish silently: dots on a merged, deleted or edited item (app.voting.vote_items)."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from app.board.board import (
    add_note,
    clusters,
    delete_cluster,
    delete_notes,
    edit_note,
    rename_cluster,
    restore_cluster,
    restore_notes,
)
from app.board.clustering import make_cluster, merge_clusters, unmerge_clusters
from app.day.template import VoteTarget
from app.errors import DomainError
from app.event.events import create_event
from app.event.teams import add_member, add_team
from app.outcomes.knelpunten import (
    add_knelpunt,
    delete_knelpunt,
    knelpunten,
    update_knelpunt,
)
from app.paths import template_path
from app.voting.vote_items import dots_on, merge_preview
from app.voting.vote_step import place_dot, reveal
from app.voting.voting import ballots

NOW = datetime(2026, 3, 11, 12, 0, tzinfo=UTC)


@pytest.fixture
def team(store, staatsprint_template):
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    team_id = add_team(store, event_id, "gemeentelijke_it")
    return event_id, team_id, add_member(store, team_id, "Anna"), add_member(store, team_id, "Bram")


def dot(store, template, team, step_key, voter, target, times=1):
    event_id, team_id, _anna, _bram = team
    for _ in range(times):
        place_dot(store, template, event_id, team_id, template.step(step_key), voter, target)


def themes(store, team_id, anna):
    """Two theme clusters (of HKW notes), as the theme vote counts them."""
    a = [add_note(store, team_id, "hkw", anna, f"hkw {i}", i * 200.0, 0) for i in range(2)]
    b = [add_note(store, team_id, "hkw", anna, f"hkw {i}", i * 200.0, 400) for i in range(2, 4)]
    return (make_cluster(store, team_id, "themes", "hkw", "Data delen", a).cluster_id,
            make_cluster(store, team_id, "themes", "hkw", "Samen inkopen", b).cluster_id)


def tally(store, team_id, step_key):
    return sorted((b.voter_id, b.target_id, b.dots) for b in ballots(store, team_id, step_key))


def test_a_merge_before_the_reveal_carries_the_dots_and_undo_splits_them_again(store, staatsprint_template, team):
    _event_id, team_id, anna, bram = team
    keep, other = themes(store, team_id, anna)
    dot(store, staatsprint_template, team, "theme_vote", anna, keep)
    dot(store, staatsprint_template, team, "theme_vote", anna, other)
    dot(store, staatsprint_template, team, "theme_vote", bram, other, times=2)
    before = tally(store, team_id, "theme_vote")
    assert merge_preview(store, VoteTarget.THEMES, other, keep).moved == 3  # what the person is told first
    merged = merge_clusters(store, keep, other, "Data delen", "hkw")
    assert (merged.carried.moved, merged.carried.returned) == (3, 0)
    assert tally(store, team_id, "theme_vote") == [(anna, keep, 2), (bram, keep, 2)]  # 4 dots, none lost
    unmerge_clusters(store, merged)
    assert tally(store, team_id, "theme_vote") == before


def test_one_dot_per_item_a_merge_gives_the_second_dot_back(store, staatsprint_template, team):
    _event_id, team_id, anna, _bram = team
    ideas = [add_note(store, team_id, "idea_race", anna, f"idee {i}", 0, 0) for i in range(2)]
    dot(store, staatsprint_template, team, "idea_vote", anna, ideas[0])
    dot(store, staatsprint_template, team, "idea_vote", anna, ideas[1])
    from app.voting.vote_items import carry_dots

    with store.write() as session:
        carried = carry_dots(session, VoteTarget.IDEAS, ideas[1], ideas[0])
    assert (carried.moved, carried.returned) == (0, 1)
    assert tally(store, team_id, "idea_vote") == [(anna, ideas[0], 1)]


def test_after_the_reveal_a_voted_theme_is_frozen(store, staatsprint_template, team):
    event_id, team_id, anna, bram = team
    keep, other = themes(store, team_id, anna)
    dot(store, staatsprint_template, team, "theme_vote", anna, keep)
    dot(store, staatsprint_template, team, "theme_vote", bram, other, times=2)
    reveal(store, event_id, team_id, staatsprint_template.step("theme_vote"), NOW)
    before = (clusters(store, team_id, "themes"), tally(store, team_id, "theme_vote"))
    for action in (lambda: merge_clusters(store, keep, other, "x", "hkw"), lambda: delete_cluster(store, other, dots_accepted=99)):
        with pytest.raises(DomainError) as refused:
            action()
        assert refused.value.code == "vote_item_frozen" and refused.value.params["dots"] in (2, 3)
        assert (clusters(store, team_id, "themes"), tally(store, team_id, "theme_vote")) == before
    assert dots_on(store, VoteTarget.THEMES, [other]).revealed == 2


def test_an_edit_keeps_the_dots(store, staatsprint_template, team):
    event_id, team_id, anna, _bram = team
    keep, _other = themes(store, team_id, anna)
    dot(store, staatsprint_template, team, "theme_vote", anna, keep)
    reveal(store, event_id, team_id, staatsprint_template.step("theme_vote"), NOW)
    rename_cluster(store, keep, "Data delen, veilig")
    assert tally(store, team_id, "theme_vote") == [(anna, keep, 1)]


def test_a_delete_drops_dots_only_when_agreed_and_undo_brings_them_back(store, staatsprint_template, team):
    _event_id, team_id, anna, bram = team
    _keep, other = themes(store, team_id, anna)
    dot(store, staatsprint_template, team, "theme_vote", anna, other)
    dot(store, staatsprint_template, team, "theme_vote", bram, other, times=2)
    before = (clusters(store, team_id, "themes"), tally(store, team_id, "theme_vote"))
    with pytest.raises(DomainError) as refused:
        delete_cluster(store, other)
    assert (refused.value.code, refused.value.params["dots"]) == ("vote_dots_dropped", 3)
    assert (clusters(store, team_id, "themes"), tally(store, team_id, "theme_vote")) == before
    snapshot, members, dots = delete_cluster(store, other, dots_accepted=3)
    assert tally(store, team_id, "theme_vote") == []
    restore_cluster(store, snapshot, members, dots)
    assert (clusters(store, team_id, "themes"), tally(store, team_id, "theme_vote")) == before


def test_an_idea_note_with_dots(store, staatsprint_template, team):
    event_id, team_id, anna, bram = team
    idea = add_note(store, team_id, "idea_race", anna, "Eén loket", 0, 0)
    dot(store, staatsprint_template, team, "idea_vote", bram, idea)
    with pytest.raises(DomainError, match="1 dots"):
        delete_notes(store, [idea])
    gone, dots = delete_notes(store, [idea], dots_accepted=1)
    restore_notes(store, gone, dots)
    assert tally(store, team_id, "idea_vote") == [(bram, idea, 1)]
    edit_note(store, idea, "Eén digitaal loket")
    reveal(store, event_id, team_id, staatsprint_template.step("idea_vote"), NOW)
    with pytest.raises(DomainError) as refused:
        delete_notes(store, [idea], dots_accepted=1)
    assert refused.value.code == "vote_item_frozen"
    assert tally(store, team_id, "idea_vote") == [(bram, idea, 1)]


def test_a_knelpunt_with_dots(store, staatsprint_template, team):
    event_id, team_id, anna, bram = team
    voted = add_knelpunt(store, team_id, "Silo's")
    plain = add_knelpunt(store, team_id, "Zonder stippen")
    dot(store, staatsprint_template, team, "dot_vote", anna, voted, times=3)
    delete_knelpunt(store, plain)  # no dots: nothing to say
    with pytest.raises(DomainError) as refused:
        delete_knelpunt(store, voted)
    assert (refused.value.code, refused.value.params["dots"]) == ("vote_dots_dropped", 3)
    update_knelpunt(store, voted, "Silo's tussen afdelingen", {})  # an edit keeps the dots
    reveal(store, event_id, team_id, staatsprint_template.step("dot_vote"), NOW)
    with pytest.raises(DomainError) as refused:
        delete_knelpunt(store, voted, dots_accepted=3)
    assert (refused.value.code, refused.value.params["dots"]) == ("vote_item_frozen", 3)
    assert [k.id for k in knelpunten(store, team_id)] == [voted]
    assert tally(store, team_id, "dot_vote") == [(anna, voted, 3)]
    assert bram  # (a second member: the vote has a team)


def test_dots_of_a_vote_not_yet_revealed_are_said_to_be_hidden(store, staatsprint_template, team):
    """A view may say that an item holds dots, but not how many, before the reveal: the count
    would leak the hidden tally."""
    event_id, team_id, anna, bram = team
    keep, other = themes(store, team_id, anna)
    dot(store, staatsprint_template, team, "theme_vote", bram, other, times=2)
    assert dots_on(store, VoteTarget.THEMES, [other]).hidden and merge_preview(store, VoteTarget.THEMES, other, keep).hidden
    assert not dots_on(store, VoteTarget.THEMES, [keep]).hidden  # no dots: nothing hidden
    reveal(store, event_id, team_id, staatsprint_template.step("theme_vote"), NOW)
    assert not dots_on(store, VoteTarget.THEMES, [other]).hidden
