"""The rule's warnings on a board: crowded organisations and titles, uneven sizes, empty teams,
participants still waiting; absent people count for nothing."""

from __future__ import annotations

from app.participants.formation import propose, warnings
from app.participants.formation_model import Person, TeamColumn, Warning


def _column(team_id: int, *members: Person, started: bool = False) -> TeamColumn:
    return TeamColumn(team_id=team_id, number=team_id, name=None, room="", challenge_key="markt_overheid",
                      members=tuple(members), started=started)


def _person(pid: int, organisation: str = "", title: str = "", absent: bool = False) -> Person:
    return Person(id=pid, name=f"Deelnemer {pid}", organisation=organisation, job_title=title, absent=absent)


def test_a_team_over_the_bound_of_an_organisation_or_a_title_is_named():
    columns = [
        _column(1, _person(1, "RVO", "Jurist"), _person(2, " rvo ", "jurist"), _person(3, "UWV")),
        _column(2, _person(4, "UWV"), _person(5, "Belastingdienst"), _person(6)),
    ]
    assert warnings(columns, []) == (
        Warning("organisation_crowded", 1, {"organisation": "RVO", "count": 2, "limit": 1}),
        Warning("role_crowded", 1, {"role": "Jurist", "count": 2, "limit": 1}),
    )


def test_uneven_sizes_name_the_smallest_and_largest_teams_and_an_empty_team_is_named():
    columns = [_column(1, *(_person(i) for i in range(1, 6))), _column(2, _person(6), _person(7)),
               _column(3, _person(8), _person(9), _person(10), _person(11)), _column(4)]
    assert warnings(columns, []) == (
        Warning("size_uneven", 1, {"size": 5, "smallest": 2, "largest": 5}),
        Warning("size_uneven", 2, {"size": 2, "smallest": 2, "largest": 5}),
        Warning("team_empty", 4, {}),
    )


def test_absent_people_count_for_nothing():
    columns = [
        _column(1, _person(1, "RVO"), _person(2, "RVO", absent=True), _person(3, "UWV")),
        _column(2, _person(4, "UWV"), _person(5, "Belastingdienst"), _person(6, absent=True), _person(7, absent=True)),
        _column(3, _person(8, absent=True)),
    ]
    waiting = [_person(9, absent=True), _person(10), _person(11)]
    assert warnings(columns, waiting) == (Warning("team_empty", 3, {}), Warning("unplaced", None, {"count": 2}))


def test_a_proposal_draws_no_warnings():
    people = [Person(id=i, name=f"Deelnemer {i}", organisation=["RVO", "UWV", "DUO"][i % 3 and i % 2],
                     job_title=["Jurist", "Beleidsmedewerker", ""][i % 3]) for i in range(1, 24)]
    columns = [_column(i, *team) for i, team in enumerate(propose(people, 5, seed=8), start=1)]
    assert warnings(columns, []) == ()
