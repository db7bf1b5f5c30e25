"""``staatsprint teams form`` and ``staatsprint forget-emails``: the teams printed, refusals exit 2 and change nothing."""

from __future__ import annotations

import io

import pytest

from app.cli import build_parser, run_command
from app.event.teams import set_role
from app.storage.database import open_store
from tests.participants.formation_fixtures import registered


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run_command(build_parser().parse_args(list(argv)), out)
    return code, out.getvalue()


@pytest.fixture
def event(db_url):
    store = open_store(db_url)
    event = registered(store)
    event.add("Anna de Wit", organisation="RVO", job_title="Jurist", email="anna@example.nl")
    event.add("Bram", organisation="RVO", email="bram@example.nl")
    event.add("Cas", organisation="UWV", absent=True)
    event.add_many(5)
    yield db_url, event
    store.engine.dispose()


def test_teams_are_formed_and_printed_with_members_and_organisations(event):
    db_url, registered_event = event
    code, out = run("--db", db_url, "teams", "form", "--challenge", "markt_overheid", "--count", "2", "--seed", "5")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "2 teams gevormd voor Slimme IT-samenwerking markt en overheid (seed 5: dezelfde seed geeft dezelfde teams)"
    assert lines.count("  Team 1") == lines.count("  Team 2") == 1
    assert "    - Anna de Wit · RVO · Jurist" in lines
    assert sum(line.startswith("    - ") for line in lines) == 7  # Cas is absent: not placed
    assert "Waarschuwingen" not in out
    again = run("--db", db_url, "teams", "form", "--challenge", "markt_overheid", "--count", "2", "--seed", "5")
    assert again == (0, out)  # the same seed, the same teams


def test_a_started_team_is_shown_as_such_and_the_warnings_in_english(event, staatsprint_template):
    db_url, registered_event = event
    run("--db", db_url, "teams", "form", "--challenge", "markt_overheid", "--count", "1", "--seed", "1")
    (team,) = registered_event.teams()
    captain = next(m.id for m in registered_event.members() if m.team_id == team.id)
    set_role(registered_event.store, team.id, "captain", captain, staatsprint_template)
    registered_event.add("Laat", organisation="RVO")
    registered_event.add("Later", organisation="UWV")
    code, out = run("--db", db_url, "--lang", "en", "teams", "form", "--challenge", "markt_overheid", "--count", "1", "--seed", "1")
    assert code == 0
    assert out.splitlines()[0] == "1 teams formed for Smart IT collaboration between market and government (seed 1: the same seed gives the same teams)"
    assert "  Team 1 · started already, not re-formed" in out
    assert out.split("Warnings\n")[1] == (  # the started team, seen among two teams, holds too many of RVO...
        "  Team 1: 3 from RVO (at most 2)\n"
        "  Team 1: 2 from Belastingdienst (at most 1)\n"
        "  Team 1: 3 with the job title Jurist (at most 2)\n"
        "  Team 1: 7 members, while the teams have 2 to 7 members\n"
        "  Team 2: 2 members, while the teams have 2 to 7 members\n")


def test_without_a_seed_one_is_chosen_and_printed(event):
    db_url, _registered = event
    code, out = run("--db", db_url, "teams", "form", "--challenge", "markt_overheid", "--size", "4")
    assert code == 0
    seed = out.split("(seed ")[1].split(":")[0]
    assert run("--db", db_url, "teams", "form", "--challenge", "markt_overheid", "--size", "4", "--seed", seed) == (0, out)


@pytest.mark.parametrize(("argv", "message"), [
    (("--size", "50"), "a team of 50 is larger than the 7 participants to place"),
    (("--count", "0"), "there is at least one team, not 0"),
])
def test_a_refusal_exits_2_with_the_reason_and_changes_nothing(event, capsys, argv, message):
    db_url, registered_event = event
    before = registered_event.state()
    code, out = run("--db", db_url, "teams", "form", "--challenge", "markt_overheid", *argv)
    assert (code, out) == (2, "")
    assert capsys.readouterr().err == f"staatsprint: error: {message}\n"
    assert registered_event.state() == before


def test_an_unknown_challenge_is_refused(event, capsys):
    db_url, registered_event = event
    before = registered_event.state()
    assert run("--db", db_url, "teams", "form", "--challenge", "geen", "--size", "3") == (2, "")
    assert "there is no challenge 'geen'" in capsys.readouterr().err
    assert registered_event.state() == before


def test_size_and_count_are_one_or_the_other(capsys):
    with pytest.raises(SystemExit) as stopped:
        build_parser().parse_args(["teams", "form", "--challenge", "x", "--size", "3", "--count", "2"])
    assert stopped.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_forget_emails_says_how_many(event):
    db_url, registered_event = event
    assert run("--db", db_url, "forget-emails") == (0, "7 e-mailadressen vergeten\n")
    assert all(m.email == "" for m in registered_event.members())
    assert run("--db", db_url, "--lang", "en", "forget-emails") == (0, "0 e-mail addresses forgotten\n")
