"""The results read from the database (both engines) and ``staatsprint jury results [--json]``."""

from __future__ import annotations

import io
import json
from datetime import date
from fractions import Fraction

from app.cli import build_parser, run_command
from app.event.events import create_event_from_file, event_template, get_event
from app.event.teams import add_team, set_team_name
from app.jury.results import jury_results
from app.jury.results_data import pool_inputs
from app.paths import template_path
from app.storage.database import open_store
from db.models import Criterion, Juror, JuryLog, JurySetting, PitchSlot, Recusal, Score, ScoreSheet

# Challenges of the Staatsprint template, in its order: gemeentelijke_it, markt_overheid, it_personeel.
IDEA_WEIGHT, PITCH_WEIGHT = 2, 1


def _event(store) -> tuple[int, dict[str, int], dict[str, int]]:
    """Four teams (1, 2 in gemeentelijke_it; 3 in it_personeel; 4 in gemeentelijke_it and absent), three
    jurors, two criteria; juror C recused from team 1 and did not see team 3."""
    event_id = create_event_from_file(store, template_path("staatsprint"), date(2027, 3, 10))
    teams = {name: add_team(store, event_id, challenge, name)
             for name, challenge in (("Een", "gemeentelijke_it"), ("Twee", "gemeentelijke_it"),
                                     ("Drie", "it_personeel"), ("Vier", "gemeentelijke_it"))}
    with store.write() as session:
        criteria = [Criterion(event_id=event_id, key="idea", position=1, title_nl="Idee", title_en="Idea", weight=IDEA_WEIGHT),
                    Criterion(event_id=event_id, key="pitch", position=2, title_nl="Pitch", title_en="Pitch", weight=PITCH_WEIGHT)]
        jurors = [Juror(event_id=event_id, name=name, position=i, token=f"{i:032d}") for i, name in enumerate("ABC")]
        session.add_all(criteria + jurors)
        session.flush()
        ids = {j.name: j.id for j in jurors}
        given = {  # (juror, team): (idea, pitch)
            ("A", "Een"): (8, 5), ("A", "Twee"): (6, 9), ("A", "Drie"): (4, 4), ("A", "Vier"): (9, 9),
            ("B", "Een"): (9, 6), ("B", "Twee"): (7, 7), ("B", "Drie"): (5, 5),
            ("C", "Twee"): (5, 8),
        }
        for (juror, team), values in given.items():
            for criterion, value in zip(criteria, values):
                session.add(Score(juror_id=ids[juror], team_id=teams[team], criterion_id=criterion.id, value=value))
        session.add(ScoreSheet(juror_id=ids["C"], team_id=teams["Drie"], not_seen=True))
        session.add(Recusal(juror_id=ids["C"], team_id=teams["Een"], reason="oud-collega"))
        session.add_all([PitchSlot(event_id=event_id, team_id=teams[name], position=i, absent=name == "Vier")
                         for i, name in enumerate(("Twee", "Een", "Drie", "Vier"), start=1)])
        session.add(JurySetting(event_id=event_id, secret="0" * 64, deciding="raw",
                                tie_break=["head_to_head", "chair"], tie_criterion="idea"))
        session.add(JuryLog(event_id=event_id, kind="tie_chair", reason="beter uitgewerkt",
                            detail={"pool": "overall", "teams": [teams["Twee"], teams["Een"]], "first": teams["Twee"]}))
    return event_id, teams, ids


def test_pool_inputs_read_the_pools_scores_and_decisions(store):
    event_id, teams, jurors = _event(store)
    template = event_template(get_event(store, event_id))
    pools = pool_inputs(store, event_id, template)
    # One pool per challenge with teams, in the template's order, then the overall podium.
    assert [(p.pool_key, p.places) for p in pools] == [("challenge:gemeentelijke_it", 1), ("challenge:it_personeel", 1),
                                                       ("overall", 3)]
    first, overall = pools[0], pools[2]
    assert first.teams == (teams["Een"], teams["Twee"], teams["Vier"])
    assert overall.jurors == (jurors["A"], jurors["B"], jurors["C"])
    assert [(c.key, c.weight) for c in overall.criteria] == [("idea", 2), ("pitch", 1)]
    assert overall.recusals == frozenset({(jurors["C"], teams["Een"])})
    assert overall.absent == frozenset({teams["Vier"]})
    assert overall.positions[teams["Twee"]] == 1
    assert overall.tie_break == ("head_to_head", "chair") and overall.tie_criterion == "idea"
    assert overall.chair_decisions == {tuple(sorted((teams["Een"], teams["Twee"]))): teams["Twee"]}
    assert first.chair_decisions == {}  # a decision belongs to its pool
    sheets = {(s.juror_id, s.team_id): s for s in overall.sheets}
    assert sheets[(jurors["A"], teams["Een"])].values == {"idea": 8, "pitch": 5}
    assert sheets[(jurors["C"], teams["Drie"])].not_seen
    assert {s.team_id for s in pools[1].sheets} == {teams["Drie"]}


def test_jury_results_rank_every_pool(store):
    event_id, teams, _ = _event(store)
    results = jury_results(store, event_id, event_template(get_event(store, event_id)))
    overall = results[2]
    # S = (2·idea + pitch)/3.  Een: A 21/3 = 7, B 24/3 = 8 → 15/2.  Twee: A 7, B 7, C 6 → 20/3.
    # Drie: A 4, B 5 → 9/2.  Vier is absent.
    raw = {t.team_id: t.raw for t in overall.teams}
    assert raw == {teams["Een"]: Fraction(15, 2), teams["Twee"]: Fraction(20, 3), teams["Drie"]: Fraction(9, 2),
                   teams["Vier"]: None}
    assert overall.podium == (teams["Een"], teams["Twee"], teams["Drie"]) and overall.unranked == (teams["Vier"],)
    assert results[0].podium == (teams["Een"],)


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


def test_the_results_command_prints_json_and_a_table(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    store = open_store(url)
    event_id, teams, jurors = _event(store)
    store.engine.dispose()
    code, out = run("--db", url, "jury", "results", "--json", "--event", str(event_id))
    assert code == 0
    document = json.loads(out)
    assert (document["format"], document["version"]) == ("staatsprint-jury-results", 1)
    assert [p["key"] for p in document["pools"]] == ["challenge:gemeentelijke_it", "challenge:it_personeel", "overall"]
    overall = document["pools"][2]
    een = overall["teams"][0]
    assert een["team"] == {"id": teams["Een"], "number": 1, "name": "Een", "label": "Team 1 Een"}
    assert een["raw"] == {"value": "7.50", "exact": "15/2"} and een["rank"] == 1
    assert overall["teams"][1]["raw"] == {"value": "6.67", "exact": "20/3"}
    assert een["per_criterion"]["idea"] == {"value": "8.50", "exact": "17/2"}
    assert een["recused"] == [{"id": jurors["C"], "number": 3, "name": "C"}]
    assert overall["podium"][0]["name"] == "Een" and overall["unranked"][0]["name"] == "Vier"
    assert overall["w_note"] == "few_teams" and overall["kendall_w"] is None
    assert set(overall["stability"]) == {"changes_set", "changes_order"}
    assert [m["place"] for m in overall["margins"]] == [1, 2]
    assert {"few_jurors"} == set(overall["coverage"])
    assert {"juror", "teams", "mean", "offset", "spread", "spearman", "complete"} == set(overall["jurors"][0])
    code, out = run("--db", url, "jury", "results", "--lang", "en")
    assert code == 0 and "Overall podium (the raw score decides)" in out and "Podium: Team 1 Een, Team 2 Twee, Team 3 Drie" in out
    code, out = run("--db", url, "jury", "results")
    assert code == 0 and "Eindklassement (de ruwe score beslist)" in out and "Team 4 Vier: door niemand beoordeeld" in out


def test_the_table_names_teams_pools_and_criteria_as_people_know_them(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.sqlite'}"
    store = open_store(url)
    event_id, teams, _ = _event(store)
    set_team_name(store, teams["Een"], "")
    store.engine.dispose()
    code, out = run("--db", url, "jury", "results", "--event", str(event_id))
    challenge, overall = out.split("\n\n")[0].splitlines(), out.split("\n\n")[2].splitlines()
    assert code == 0
    assert challenge[0] == "Winnaar van de challenge: Moderniseren van de gemeentelijke IT (de ruwe score beslist)"
    assert challenge[2].split() == ["1", "Team", "1", "7,50", "7,17", "2"]
    assert challenge[4] == "  Winnaar: Team 1"
    assert "  3 punten van één jurylid op één criterium scheiden plaats 1 en 2 (A, Idee)." in challenge
    assert "  De winnaar blijft gelijk, welk jurylid je ook weglaat." in challenge
    assert overall[0] == "Eindklassement (de ruwe score beslist)"
    assert "  Podium: Team 1, Team 2 Twee, Team 3 Drie" in overall
    assert not any(part in out for part in ("challenge:gemeentelijke", "overall", "idea", "punt(en)", "(1)", "7.50"))
    code, out = run("--db", url, "jury", "results", "--lang", "en")
    assert "Winner of the challenge: Modernising municipal IT (the raw score decides)" in out
    assert "  3 points from one juror on one criterion separate places 1 and 2 (A, Idea)." in out and "7.50" in out
    document = json.loads(run("--db", url, "jury", "results", "--json")[1])
    assert document["pools"][2]["podium"][0] == {"id": teams["Een"], "number": 1, "name": None, "label": "Team 1"}
    assert document["pools"][2]["teams"][0]["raw"]["value"] == "7.50"


def test_scores_print_with_two_decimals_rounded_half_away_from_zero():
    from app.jury.results_text import decimal2

    assert [decimal2(Fraction(n, d)) for n, d in ((15, 2), (20, 3), (1, 8), (-1, 8), (-1, 1000), (7, 1))] == [
        "7.50", "6.67", "0.13", "-0.13", "0.00", "7.00"]
    assert decimal2(None) is None
