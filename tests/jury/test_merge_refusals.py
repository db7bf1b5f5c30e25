"""The issue's "Bad input" for the importer: each file refused with its reason named, nothing changed."""

from __future__ import annotations

import json

import pytest
from sqlmodel import select

from app.jury.keys import JUROR_FILE, juror_key
from app.jury.import_words import report_lines
from app.jury.merge import import_juror_files
from app.signed.sealed import seal
from db.models import Criterion, JurySetting


def _refused(event, path, code: str) -> str:
    """Import ``path`` after a first good file; it must be refused with ``code`` and change nothing."""
    import_juror_files(event.store, event.event_id, [event.file("Dirk")])
    before = event.state()
    result = import_juror_files(event.store, event.event_id, [path])
    assert [(e.outcome, e.code) for e in result.files] == [("refused", code)]
    assert event.state() == before
    assert not result.all_taken
    return result.files[0].message


def _sealed_body(event, change, name: str = "Anna", file_name: str = "changed.json"):
    body = event.body(name)
    change(body)
    return event.write(event.sealed(body, name), file_name)


def test_a_score_out_of_scale_is_refused_naming_team_criterion_and_scale(jury_event):
    path = _sealed_body(jury_event, lambda body: body["teams"][0]["scores"].update(pitch=6))
    assert _refused(jury_event, path, "juror_file_out_of_scale") == "Team 1 has 6 for “Pitch”, outside its scale 1–5"
    entry = import_juror_files(jury_event.store, jury_event.event_id, [path]).files[0]
    assert (entry.juror, entry.revision) == ("Anna", 1)  # signed by Anna: the report names her


@pytest.mark.parametrize("value", [0, -3, 11, True, "7", 7.0, None])
def test_a_score_that_is_no_whole_number_within_the_scale_is_refused(jury_event, value):
    def change(body):
        body["teams"][1]["scores"]["idea"] = value
    if isinstance(value, float):  # a float cannot even be signed: the file was not made by Staatsprint
        body = jury_event.body("Anna")
        body["teams"][1]["scores"]["idea"] = value
        document = json.loads(jury_event.sealed(jury_event.body("Anna"), "Anna"))
        document["body"] = body
        path = jury_event.write(json.dumps(document).encode(), "float.json")
        assert "was changed after it was signed" in _refused(jury_event, path, "sealed_altered")
        return
    assert "outside its scale 1–10" in _refused(jury_event, _sealed_body(jury_event, change), "juror_file_out_of_scale")


def test_a_missing_criterion_without_not_seen_is_refused(jury_event):
    path = _sealed_body(jury_event, lambda body: body["teams"][2]["scores"].pop("idea"))
    assert _refused(jury_event, path, "juror_file_missing_score") == "Team 3 has no score for “Concrete idea” and is not marked not seen"


def test_not_seen_with_scores_is_refused(jury_event):
    path = _sealed_body(jury_event, lambda body: body["teams"][0].update(not_seen=True))
    assert _refused(jury_event, path, "juror_file_not_seen_scored") == "it marks Team 1 not seen and scores it too"


@pytest.mark.parametrize("cut", [1, 40, 200, -2])
def test_a_truncated_file_is_refused(jury_event, cut):
    data = jury_event.sealed(jury_event.body("Anna"), "Anna")
    path = jury_event.write(data[:cut] if cut > 0 else data[:cut - 30], "cut.json")
    assert _refused(jury_event, path, "sealed_not_json") == "cut.json is not a Staatsprint file (not JSON, or cut off)"


def test_a_file_that_is_not_json_is_refused(jury_event):
    path = jury_event.write("Dit is een Word-document\n".encode(), "Juryscores.json")
    assert "not a Staatsprint file" in _refused(jury_event, path, "sealed_not_json")


def test_json_that_is_no_sealed_file_is_refused(jury_event):
    path = jury_event.write(json.dumps(jury_event.body("Anna")).encode(), "plain.json")
    assert _refused(jury_event, path, "sealed_not_sealed") == "plain.json is not a signed Staatsprint file"


def test_a_kit_is_not_a_juror_file(jury_event):
    path = jury_event.write(seal("jury_kit", {"juror": {}}, b"k" * 32), "Jurykit Anna.json")
    assert _refused(jury_event, path, "sealed_wrong_kind") == "Jurykit Anna.json is a jury kit, not a juror file"
    result = import_juror_files(jury_event.store, jury_event.event_id, [path])
    assert (result.files[0].params["found"], result.files[0].params["expected"]) == ("jury_kit", "juror_scores")


def test_a_file_of_another_event_is_refused(jury_event):
    body = jury_event.body("Anna")
    body.update(event_ref="0123456789abcdef", juror="ff" * 16)
    path = jury_event.write(seal(JUROR_FILE, body, juror_key("ab" * 32, "ff" * 16)), "other.json")
    assert _refused(jury_event, path, "juror_file_other_event") == "other.json was made for another event"


def test_a_file_of_an_unknown_juror_of_this_event_is_refused(jury_event):
    body = jury_event.body("Anna")
    body["juror"] = "ee" * 16
    path = jury_event.write(seal(JUROR_FILE, body, juror_key(jury_event.secret, "ee" * 16)), "stranger.json")
    assert "by someone it does not know" in _refused(jury_event, path, "sealed_unknown_key")


def test_a_signature_that_does_not_match_is_refused(jury_event):
    document = json.loads(jury_event.sealed(jury_event.body("Anna"), "Anna"))
    document["body"]["teams"][0]["scores"]["problem"] = 10 if document["body"]["teams"][0]["scores"]["problem"] != 10 else 9
    path = jury_event.write(json.dumps(document).encode(), "altered.json")
    assert _refused(jury_event, path, "sealed_altered") == "altered.json was changed after it was signed, or signed with another key"


def test_a_file_signed_with_another_jurors_key_is_refused(jury_event):
    path = jury_event.write(jury_event.sealed(jury_event.body("Anna"), "Bram"), "swapped.json")
    assert "signed with another key" in _refused(jury_event, path, "sealed_altered")


def test_a_file_from_before_a_rubric_change_is_refused(jury_event):
    path = jury_event.file("Anna")
    with jury_event.store.write() as session:
        setting = session.exec(select(JurySetting)).one()
        setting.rubric_version = 2
        criterion = session.exec(select(Criterion).where(Criterion.key == "pitch")).one()
        criterion.weight = 3
        session.add_all([setting, criterion])
    assert _refused(jury_event, path, "juror_file_old_rubric") == (
        "it was made for an earlier rubric (version 1; now 2): the juror needs a new kit")


def test_a_file_for_a_changed_rubric_of_the_same_version_is_refused(jury_event):
    path = _sealed_body(jury_event, lambda body: body.update(rubric_fingerprint="0" * 64))
    assert "rubric that has changed" in _refused(jury_event, path, "juror_file_other_rubric")


def test_a_file_of_50_mb_is_refused_before_it_is_read(jury_event):
    path = jury_event.folder / "huge.json"
    with path.open("wb") as handle:  # sparse: 50 MB long, nothing written
        handle.truncate(50_000_000)
    assert _refused(jury_event, path, "sealed_too_large") == "huge.json is 50 MB: no Staatsprint file is that large"


def test_a_file_that_cannot_be_read_is_refused(jury_event):
    assert "could not be read" in _refused(jury_event, jury_event.folder / "gone.json", "sealed_unreadable")
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.folder / "gone.json"])
    assert result.files[0].params["missing"] is True
    assert import_juror_files(jury_event.store, jury_event.event_id, [jury_event.folder]).files[0].params["missing"] is False


def test_a_score_for_a_recused_team_is_refused(jury_event):
    def change(body):
        body["teams"].insert(1, {"id": jury_event.team_ids[1], "not_seen": False, "scores": {"problem": 5, "idea": 5, "pitch": 3},
                                 "note": "", "feedback": ""})
    path = _sealed_body(jury_event, change, "Cas")
    assert _refused(jury_event, path, "juror_file_recused") == "it scores Team 2, from which Cas is recused"


def test_a_missing_team_is_refused(jury_event):
    path = _sealed_body(jury_event, lambda body: body["teams"].pop(3))
    assert "it has nothing for Team 4" in _refused(jury_event, path, "juror_file_missing_team")


def test_a_team_twice_is_refused(jury_event):
    path = _sealed_body(jury_event, lambda body: body["teams"].append(dict(body["teams"][0])))
    assert _refused(jury_event, path, "juror_file_team_twice") == "it lists Team 1 twice"


def test_an_unknown_team_or_criterion_is_refused(jury_event):
    path = _sealed_body(jury_event, lambda body: body["teams"][0].update(id=999_999))
    assert "a team this event does not have" in _refused(jury_event, path, "juror_file_unknown_team")
    path = _sealed_body(jury_event, lambda body: body["teams"][0]["scores"].update(charm=5), file_name="charm.json")
    result = import_juror_files(jury_event.store, jury_event.event_id, [path])
    assert result.files[0].message == "it scores Team 1 on a criterion the rubric does not have (charm)"


def test_a_note_too_long_or_with_a_control_character_is_refused(jury_event):
    path = _sealed_body(jury_event, lambda body: body["teams"][0].update(note="x" * 4001))
    assert _refused(jury_event, path, "juror_file_text").startswith("the note for Team 1 cannot be stored")
    path = _sealed_body(jury_event, lambda body: body["teams"][1].update(feedback="bell\x07"), file_name="bell.json")
    result = import_juror_files(jury_event.store, jury_event.event_id, [path])
    assert result.files[0].code == "juror_file_text" and "U+0007" in result.files[0].message


@pytest.mark.parametrize("field, value", [("revision", 0), ("revision", "2"), ("teams", {}), ("rubric_version", None),
                                          ("finalised_at", "yesterday")])
def test_a_malformed_field_is_refused_naming_it(jury_event, field, value):
    path = _sealed_body(jury_event, lambda body: body.update({field: value}))
    assert f"its “{field}” is not as a Staatsprint juror file has it" in _refused(jury_event, path, "juror_file_malformed")


def test_the_same_revision_with_other_scores_is_refused(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna")])
    path = jury_event.write(jury_event.sealed(jury_event.body("Anna", 1, bump=2)), "again.json")
    message = _refused(jury_event, path, "juror_file_revision_clash")
    assert message == "revision 1 of Anna was received before with other scores: ask the juror which is right and to finalise a new revision"


def test_another_older_revision_while_a_newer_is_in_use_is_refused_saying_it_changes_nothing(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1), jury_event.file("Anna", 2, bump=1)])
    path = jury_event.write(jury_event.sealed(jury_event.body("Anna", 1, bump=2)), "other r1.json")
    before = jury_event.state()
    result = import_juror_files(jury_event.store, jury_event.event_id, [path])
    assert [(e.outcome, e.code, e.params) for e in result.files] == [
        ("refused", "juror_file_older_differs", {"juror": "Anna", "revision": 1, "newer": 2})]
    assert result.files[0].message == ("this revision 1 differs from the revision 1 received before, but changes nothing: "
                                       "the newer revision 2 counts")
    assert jury_event.state() == before


def test_files_for_an_event_without_a_jury_are_refused(store, tmp_path):
    from datetime import date

    from app.event.events import create_event
    from app.paths import template_path

    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date(2026, 3, 11))
    path = tmp_path / "x.json"
    path.write_bytes(b"{}")
    result = import_juror_files(store, event_id, [path])
    assert [(e.outcome, e.code) for e in result.files] == [("refused", "jury_not_set_up")]


def test_an_altered_file_names_whom_it_claims_to_be_from_marked_unverified(jury_event):
    document = json.loads(jury_event.sealed(jury_event.body("Bram"), "Bram"))
    document["body"]["teams"][0]["note"] = "changed"
    path = jury_event.write(json.dumps(document).encode(), "altered.json")
    result = import_juror_files(jury_event.store, jury_event.event_id, [path])
    entry = result.files[0]
    assert (entry.outcome, entry.code, entry.juror, entry.claimed) == ("refused", "sealed_altered", "", "Bram")
    assert "altered.json (according to the file, unverified: Bram):" in report_lines(result, "en")[1]
    assert "altered.json (volgens het bestand, niet geverifieerd: Bram):" in report_lines(result, "nl")[1]
