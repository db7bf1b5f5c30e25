"""A juror's kit: its body exactly as agreed, sealed with the juror's key, in running order, and the CLI."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from sqlmodel import select

from app.cli import build_parser, run_command
from app.jury import keys
from app.jury.kit import kit_body, kit_name, write_kit, write_kits
from app.jury.kit_state import kit_exports
from app.jury.rubric import criteria
from app.jury.setup import jurors, set_chair, set_recusal
from app.pitch.answers import pitch_step, save_pitch_answer
from app.pitch.brief import IDEA
from app.signed.sealed import SealError, open_sealed, read_sealed_file
from db.models import JurySetting, PitchSlot
from tests.jury.setup_data import jury_event


def secret_of(store, event_id):
    with store.read() as session:
        return session.exec(select(JurySetting).where(JurySetting.event_id == event_id)).one().secret


def test_the_body_is_exactly_the_agreed_one(sqlite_store, staatsprint_template):
    event_id, teams, ids = jury_event(sqlite_store, staatsprint_template, teams=2, jurors=2)
    set_chair(sqlite_store, ids[1])
    set_recusal(sqlite_store, ids[1], teams[0], True)
    body = kit_body(sqlite_store, event_id, ids[1], staatsprint_template, "nl")
    secret = secret_of(sqlite_store, event_id)
    juror = jurors(sqlite_store, event_id)[1]
    rows = criteria(sqlite_store, event_id)
    made_at = body.pop("made_at")
    assert made_at.startswith("20") and "+" in made_at  # ISO, on the event's clock
    challenge = staatsprint_template.challenges[0].title
    assert body == {
        "event": {"ref": keys.event_ref(secret), "name": "Staatsprint digitale overheid voor betere dienstverlening",
                  "day": "2026-03-11", "lang": "nl"},
        "rubric": {"version": 1, "fingerprint": keys.rubric_fingerprint(rows)},
        "juror": {"token": juror.token, "name": "Mohammed El Amrani", "organisation": "", "chair": True},
        "key": keys.juror_key(secret, juror.token).hex(),
        "criteria": keys.rubric_body(rows),
        "teams": [
            {"id": teams[0], "number": 1, "name": "De Doeners 1", "challenge": {"nl": challenge.nl, "en": challenge.en},
             "idea": "", "room": "", "position": 1, "recused": True},
            {"id": teams[1], "number": 2, "name": "De Doeners 2",
             "challenge": {"nl": staatsprint_template.challenges[1].title.nl, "en": staatsprint_template.challenges[1].title.en},
             "idea": "", "room": "", "position": 2, "recused": False},
        ],
    }


def test_the_kit_opens_with_the_key_in_it_and_only_whole(sqlite_store, staatsprint_template, tmp_path):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    path = write_kit(sqlite_store, event_id, ids[0], staatsprint_template, "en", tmp_path)
    assert path.name == "Jurykit Annelies de Vries.json"
    body = read_sealed_file(path, keys.KIT, lambda body: bytes.fromhex(body["key"]))
    assert body["juror"]["name"] == "Annelies de Vries" and body["event"]["lang"] == "en"
    altered = path.read_bytes().replace(b"Annelies", b"Annelien")
    with pytest.raises(SealError) as refused:
        open_sealed(altered, keys.KIT, lambda body: bytes.fromhex(body["key"]))
    assert refused.value.code == "sealed_altered"
    token = jurors(sqlite_store, event_id)[0].token
    assert token in kit_exports(sqlite_store, event_id)


def test_the_teams_follow_the_running_order_with_their_pitched_idea(sqlite_store, staatsprint_template):
    event_id, teams, ids = jury_event(sqlite_store, staatsprint_template, teams=4)
    step = pitch_step(staatsprint_template)
    save_pitch_answer(sqlite_store, teams[1], step.key, IDEA, "Eén loket voor elke inkoper")
    with sqlite_store.write() as session:
        for room, position, team in (("B", 1, teams[0]), ("A", 2, teams[1]), ("A", 1, teams[2])):
            session.add(PitchSlot(event_id=event_id, team_id=team, room=room, position=position))
    body = kit_body(sqlite_store, event_id, ids[0], staatsprint_template, "nl")
    assert [(t["id"], t["room"], t["position"]) for t in body["teams"]] == [
        (teams[2], "A", 1), (teams[1], "A", 2), (teams[0], "B", 1), (teams[3], "", 1)]
    assert body["teams"][1]["idea"] == "Eén loket voor elke inkoper"


def test_file_names_replace_what_a_file_system_refuses():
    assert kit_name("Jan/Piet: \"de\" <baas>?") == "Jurykit Jan_Piet_ _de_ _baas__.json"
    assert kit_name("...") == "Jurykit _.json"


def test_kits_for_every_juror_into_a_new_folder(sqlite_store, staatsprint_template, tmp_path):
    event_id, _teams, ids = jury_event(sqlite_store, staatsprint_template)
    paths = write_kits(sqlite_store, event_id, ids, staatsprint_template, "nl", tmp_path / "kits")
    assert sorted(p.name for p in (tmp_path / "kits").iterdir()) == sorted(p.name for p in paths)
    assert len(paths) == 3 and len(kit_exports(sqlite_store, event_id)) == 3


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    return run_command(build_parser().parse_args(list(argv)), out), out.getvalue()


def test_the_cli_writes_one_kit_or_all(sqlite_store, staatsprint_template, tmp_path):
    event_id, _teams, _ids = jury_event(sqlite_store, staatsprint_template)
    db = str(sqlite_store.engine.url)
    code, out = run("--db", db, "jury", "kit", "--juror", "pieter  JANSEN", "--out", str(tmp_path), "--event", str(event_id))
    assert code == 0 and out.strip() == str(tmp_path / "Jurykit Pieter Jansen.json")
    code, out = run("--db", db, "jury", "kit", "--juror", "all", "--out", str(tmp_path / "alle"))
    assert code == 0 and len(out.splitlines()) == 3
    code, out = run("--db", db, "jury", "kit", "--juror", "Pieter Jansen", "--out", str(tmp_path / "pieter.json"))
    assert code == 0 and Path(out.strip()).name == "pieter.json"


def test_the_cli_names_the_jurors_when_one_is_unknown(sqlite_store, staatsprint_template, tmp_path, capsys):
    jury_event(sqlite_store, staatsprint_template)
    code, out = run("--db", str(sqlite_store.engine.url), "jury", "kit", "--juror", "Karel", "--out", str(tmp_path))
    assert code == 2 and out == ""
    error = capsys.readouterr().err
    assert "no juror called 'Karel'" in error and "Annelies de Vries, Mohammed El Amrani, Pieter Jansen" in error
    assert not list(tmp_path.glob("*.json"))
