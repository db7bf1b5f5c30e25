"""The jury's CSV export: the exact bytes of a small case (BOM, ";", decimal comma, CRLF, ISO times, a name
with ";" and quotes quoted), a not-seen team, a recusal left out, English words, both files or neither,
and the refusal before any juror file is in use."""

from __future__ import annotations

import pickle

import pytest

from app.errors import DomainError
from app.export import snapshot_jury
from app.export.jury_csv import decimal, write_jury_csv
from app.export.jury_data import jury_export
from app.storage.database import open_store
from tests.export.jury_event import jury_event, local_results, score

SCORES = (
    "\ufeffjuror;team_number;team_name;criterion;value;not_seen;source;revision;received_at\r\n"
    "Marieke van Dam;1;De Datadragers;Concreet idee;7;nee;bestand;1;2026-11-24T17:50:05+01:00\r\n"
    "Marieke van Dam;1;De Datadragers;Pitch;8;nee;bestand;1;2026-11-24T17:50:05+01:00\r\n"
    'Marieke van Dam;2;"De ""Data""; dragers";Concreet idee;6;nee;bestand;1;2026-11-24T17:50:05+01:00\r\n'
    'Marieke van Dam;2;"De ""Data""; dragers";Pitch;5;nee;bestand;1;2026-11-24T17:50:05+01:00\r\n'
    '"Hans ""HV""; Verbeek";1;De Datadragers;Concreet idee;9;nee;papier;2;2026-11-24T17:50:05+01:00\r\n'
    '"Hans ""HV""; Verbeek";1;De Datadragers;Pitch;9;nee;papier;2;2026-11-24T17:50:05+01:00\r\n'
    '"Hans ""HV""; Verbeek";2;"De ""Data""; dragers";Concreet idee;;ja;papier;2;2026-11-24T17:50:05+01:00\r\n'
    '"Hans ""HV""; Verbeek";2;"De ""Data""; dragers";Pitch;;ja;papier;2;2026-11-24T17:50:05+01:00\r\n'
).encode()
RESULTS = (
    "\ufeffpool;team_number;team_name;raw;adjusted;rank_raw;rank_adjusted;deciding;jurors;coverage_warning\r\n"
    "Eindklassement;1;De Datadragers;8,33;8,33;1;1;ruw;2;te weinig juryleden: 2 van minimaal 3\r\n"
    'Eindklassement;2;"De ""Data""; dragers";5,33;5,33;2;2;ruw;1;te weinig juryleden: 1 van minimaal 3\r\n'
    "Eindklassement;3;Team 3;;;;;ruw;0;door geen jurylid beoordeeld\r\n"
).encode()


@pytest.fixture
def judged(tmp_path, monkeypatch):
    monkeypatch.setattr(snapshot_jury, "pool_results", local_results)
    store = open_store(f"sqlite:///{tmp_path / 'jury.sqlite'}")
    made = jury_event(store, ("De Datadragers", 'De "Data"; dragers', None), ("Marieke van Dam", 'Hans "HV"; Verbeek'))
    yield made
    store.engine.dispose()


def scored(made) -> None:
    score(made, 0, {0: (7, 8), 1: (6, 5)}, {0: "Goed"}, note="privé")
    score(made, 1, {0: (9, 9), 1: None}, source="paper", revision=2)  # did not see team 2; team 3: scored by nobody


def test_the_exact_bytes_of_both_tables(judged, tmp_path):
    scored(judged)
    (tmp_path / "out").mkdir()
    written = write_jury_csv(jury_export(judged.store, judged.event_id, "nl"), tmp_path / "out")
    assert [path.name for path in written] == ["jury_scores.csv", "jury_results.csv"]
    assert (tmp_path / "out" / "jury_scores.csv").read_bytes() == SCORES
    assert (tmp_path / "out" / "jury_results.csv").read_bytes() == RESULTS


def test_english_words_and_the_data_pickles(judged, tmp_path):
    scored(judged)
    data = jury_export(judged.store, judged.event_id, "en")
    assert pickle.loads(pickle.dumps(data)) == data
    write_jury_csv(data, tmp_path)
    scores = (tmp_path / "jury_scores.csv").read_text(encoding="utf-8-sig")
    assert ";Concrete idea;7;no;file;1;" in scores and ";Pitch;;yes;paper;2;" in scores
    results = (tmp_path / "jury_results.csv").read_text(encoding="utf-8-sig")
    assert "Overall podium;1;De Datadragers;8,33;8,33;1;1;raw;2;too few jurors: 2 of at least 3" in results


def test_no_juror_file_in_use_is_refused_and_nothing_is_written(judged, tmp_path):
    with pytest.raises(DomainError) as refused:
        jury_export(judged.store, judged.event_id, "nl")
    assert refused.value.code == "jury_no_scores" and "no jury scores yet" in str(refused.value)
    assert list(tmp_path.glob("*.csv")) == []


def test_a_decimal_comma_with_two_decimals():
    from fractions import Fraction

    assert decimal(Fraction(23, 3)) == "7,67" and decimal(Fraction(8)) == "8,00" and decimal(None) == ""
