"""The juror's desk: a kit opened on a laptop, scores kept as given, the signed juror file."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from app.errors import DomainError
from app.jury.juror_desk import NOT_SEEN, OPEN, PARTIAL, RECUSED, SCORED, open_kit
from app.jury.keys import JUROR_FILE, KIT, juror_key
from app.signed.sealed import SealError, digest, open_sealed, seal
from tests.jury.kits import SECRET, TOKEN, kit_body, write_kit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def kit(tmp_path) -> Path:
    return write_kit(tmp_path, recused=(13,))


@pytest.fixture
def desk(kit, tmp_path):
    desk = open_kit(kit, tmp_path / "data")
    yield desk
    desk.close()


def score_all(desk, team_id: int, value: int = 7) -> None:
    for criterion in desk.criteria:
        desk.set_value(team_id, criterion.key, value)


def test_a_kit_opens_with_its_teams_in_running_order_and_its_recusals(desk):
    assert [t.id for t in desk.teams] == [11, 12, 13, 14, 15]
    assert [t.id for t in desk.scorable] == [11, 12, 14, 15]
    assert desk.state(13) == RECUSED and desk.state(11) == OPEN
    assert [c.key for c in desk.criteria][:2] == ["problem", "idea"]
    assert desk.kit.juror_name == "Anna de Vries" and desk.revision == 0 and not desk.finalised


def test_an_altered_kit_is_refused(tmp_path):
    path = write_kit(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("De Datadokters", "De Winnaars"), encoding="utf-8")
    with pytest.raises(SealError) as refused:
        open_kit(path, tmp_path / "data")
    assert refused.value.code == "sealed_altered"
    assert not (tmp_path / "data" / "jury").exists() or not list((tmp_path / "data" / "jury").glob("*.json"))


def test_a_juror_file_opened_as_a_kit_is_not_a_kit(tmp_path):
    path = tmp_path / "Juryscores Anna r1.json"
    path.write_bytes(seal(JUROR_FILE, {"juror": TOKEN}, juror_key(SECRET, TOKEN)))
    with pytest.raises(DomainError) as refused:
        open_kit(path, tmp_path / "data")
    assert refused.value.code == "not_a_kit" and refused.value.params["juror_file"] is True


def test_a_sealed_kit_of_the_wrong_shape_is_not_a_kit(tmp_path):
    body = kit_body()
    del body["criteria"]
    path = tmp_path / "kit.json"
    path.write_bytes(seal(KIT, body, juror_key(SECRET, TOKEN)))
    with pytest.raises(DomainError) as refused:
        open_kit(path, tmp_path / "data")
    assert refused.value.code == "not_a_kit"


def test_a_text_file_is_refused_as_not_json(tmp_path):
    path = tmp_path / "kit.json"
    path.write_text("{half a kit", encoding="utf-8")
    with pytest.raises(SealError) as refused:
        open_kit(path, tmp_path / "data")
    assert refused.value.code == "sealed_not_json"


def test_the_same_kit_open_twice_on_one_laptop_is_refused_and_freed_on_close(desk, kit, tmp_path):
    desk.set_value(11, "idea", 8)
    with pytest.raises(DomainError) as refused:
        open_kit(kit, tmp_path / "data")
    assert refused.value.code == "kit_in_use"
    assert "already open in another Staatsprint window" in refused.value.message
    assert desk.value(11, "idea") == 8  # the first desk goes on as it was
    desk.close()
    again = open_kit(kit, tmp_path / "data")
    assert again.value(11, "idea") == 8
    again.close()


def _holder(kit: Path, data: Path) -> subprocess.Popen:
    """Another running app on this laptop with the kit open."""
    code = ("import sys, time; from app.jury.juror_desk import open_kit; d = open_kit(sys.argv[1], sys.argv[2]); "
            "d.set_value(11, 'plan', 9); print('open', flush=True); time.sleep(60)")
    process = subprocess.Popen([sys.executable, "-c", code, str(kit), str(data)], stdout=subprocess.PIPE, text=True,
                               cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert process.stdout.readline().strip() == "open"
    return process


def test_a_kit_open_in_another_running_app_is_refused_and_a_killed_apps_lock_is_taken_over(kit, tmp_path):
    data = tmp_path / "data"
    process = _holder(kit, data)
    try:
        with pytest.raises(DomainError) as refused:
            open_kit(kit, data)
        assert refused.value.code == "kit_in_use"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()
    desk = open_kit(kit, data)  # the lock file is still there; its holder is gone
    assert desk.value(11, "plan") == 9  # and what it was given before the kill is kept
    desk.close()


def test_a_lock_file_left_behind_is_taken_over(kit, tmp_path):
    folder = tmp_path / "data" / "jury"
    folder.mkdir(parents=True)
    body = kit_body(recused=(13,))
    (folder / f"{body['event']['ref']}-{TOKEN}.lock").write_text("99999999\n")
    desk = open_kit(kit, tmp_path / "data")
    assert desk.state(11) == OPEN
    desk.close()


def test_after_a_kill_a_new_desk_resumes_every_value_note_and_the_team_in_view(kit, tmp_path):
    data = tmp_path / "data"
    first = open_kit(kit, data)
    score_all(first, 11, 6)
    first.set_value(12, "problem", 4)
    first.set_not_seen(14, True)
    first.set_note(12, "Sterk verhaal,\nmaar dun plan")
    first.set_feedback(12, "Werk het plan uit.")
    first.set_current(12)
    first._lock._handle.close()  # the process dies: no close(), nothing flushed afterwards
    second = open_kit(kit, data)
    assert second.state(11) == SCORED and second.value(12, "problem") == 4 and second.state(12) == PARTIAL
    assert second.state(14) == NOT_SEEN
    assert second.note(12) == "Sterk verhaal,\nmaar dun plan" and second.feedback(12) == "Werk het plan uit."
    assert second.current == 12
    second.close()


@pytest.mark.parametrize("value", [0, 11, -3, True, "7"])
def test_a_value_outside_the_scale_is_refused_and_nothing_changes(desk, value):
    desk.set_value(11, "idea", 5)
    before = desk.state_path.read_bytes()
    with pytest.raises(DomainError) as refused:
        desk.set_value(11, "idea", value)
    assert refused.value.code == "score_out_of_scale" and refused.value.params["max"] == 10
    assert desk.value(11, "idea") == 5 and desk.state_path.read_bytes() == before


def test_a_recused_team_cannot_be_scored_and_a_not_seen_team_not_until_unticked(desk):
    with pytest.raises(DomainError) as refused:
        desk.set_value(13, "idea", 5)
    assert refused.value.code == "team_recused"
    desk.set_value(12, "idea", 5)
    desk.set_not_seen(12, True)
    with pytest.raises(DomainError) as refused:
        desk.set_value(12, "idea", 6)
    assert refused.value.code == "team_not_seen" and desk.value(12, "idea") == 5
    desk.set_not_seen(12, False)
    assert desk.state(12) == PARTIAL  # the values given before came back


def test_a_control_character_in_a_note_is_refused(desk):
    with pytest.raises(DomainError) as refused:
        desk.set_note(11, "goed\x1b")
    assert refused.value.code == "text_control" and desk.note(11) == ""


def test_the_weighted_score_runs_over_the_criteria_given_and_weights_count(tmp_path):
    desk = open_kit(write_kit(tmp_path, weights={"idea": 3}), tmp_path / "data")
    assert desk.weighted(11) is None
    desk.set_value(11, "problem", 6)
    desk.set_value(11, "idea", 9)
    assert desk.weighted(11) == Fraction(6 + 27, 4)
    desk.clear_value(11, "idea")
    assert desk.weighted(11) == 6
    desk.close()


def test_the_ranking_holds_the_fully_scored_teams_and_equal_scores_share_a_rank(desk):
    score_all(desk, 11, 6)
    score_all(desk, 12, 8)
    score_all(desk, 14, 6)
    desk.set_value(15, "idea", 10)
    ranking = desk.ranking()
    assert [(r.rank, r.team.id, r.score) for r in ranking] == [(1, 12, 8), (2, 11, 6), (2, 14, 6)]
    assert [(team.id, len(open_)) for team, open_ in desk.missing()] == [(15, 5)]


def test_finalise_is_refused_while_a_team_is_still_to_score_and_names_it(desk, tmp_path):
    score_all(desk, 11)
    score_all(desk, 12)
    desk.set_value(14, "idea", 5)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(DomainError) as refused:
        desk.finalise(out)
    assert refused.value.code == "finalise_incomplete" and refused.value.params["count"] == 2
    assert "Team 4 Team Transparant (5 of 6 criteria open)" in refused.value.message
    assert "Team 5 Vlotte Vergunning (6 of 6 criteria open)" in refused.value.message
    assert list(out.iterdir()) == [] and not desk.finalised


def test_finalise_writes_a_signed_juror_file_and_closes_editing_until_a_new_revision(desk, tmp_path):
    score_all(desk, 11, 7)
    score_all(desk, 12, 9)
    score_all(desk, 14, 4)
    desk.set_not_seen(15, True)
    desk.set_feedback(12, "Mooi plan.")
    out = tmp_path / "out"
    out.mkdir()
    path = desk.finalise(out)
    assert path.name == "Juryscores Anna de Vries r1.json" and desk.finalised and desk.revision == 1
    body = open_sealed(path.read_bytes(), JUROR_FILE, lambda b: juror_key(SECRET, b["juror"]))
    assert body["revision"] == 1 and body["juror"] == TOKEN and body["event_ref"] == kit_body()["event"]["ref"]
    assert [t["id"] for t in body["teams"]] == [11, 12, 14, 15]  # the recused team never appears
    assert body["teams"][1] == {"id": 12, "not_seen": False, "scores": {c: 9 for c in body["teams"][1]["scores"]},
                                "note": "", "feedback": "Mooi plan."}
    assert body["teams"][3]["not_seen"] is True and body["teams"][3]["scores"] == {}
    with pytest.raises(DomainError) as refused:
        desk.set_value(11, "idea", 3)
    assert refused.value.code == "juror_finalised" and desk.value(11, "idea") == 7
    desk.new_revision()
    desk.set_value(11, "idea", 3)
    second = desk.finalise(out)
    assert second.name == "Juryscores Anna de Vries r2.json" and path.exists()
    body = open_sealed(second.read_bytes(), JUROR_FILE, lambda b: juror_key(SECRET, b["juror"]))
    assert body["revision"] == 2 and body["teams"][0]["scores"]["idea"] == 3


def test_a_revision_already_in_the_folder_is_not_written_over(kit, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    for data in ("laptop-a", "laptop-b"):  # the same kit on two laptops, one after the other
        desk = open_kit(kit, tmp_path / data)
        for team in desk.scorable:
            score_all(desk, team.id, 5)
        desk.finalise(out)
        desk.close()
    assert sorted(p.name for p in out.iterdir()) == ["Juryscores Anna de Vries r1.json", "Juryscores Anna de Vries r2.json"]


def test_the_kept_scores_are_plain_json_beside_the_lock(desk):
    desk.set_value(11, "idea", 8)
    state = json.loads(desk.state_path.read_text(encoding="utf-8"))
    assert state["teams"]["11"]["scores"] == {"idea": 8}
    assert desk.state_path.parent.name == "jury"


def test_a_kit_with_no_team_to_score_is_refused(tmp_path):
    path = write_kit(tmp_path, recused=(11, 12, 13, 14, 15))
    with pytest.raises(DomainError) as refused:
        open_kit(path, tmp_path / "data")
    assert refused.value.code == "kit_no_teams"
    open_kit(write_kit(tmp_path), tmp_path / "data").close()  # and the kit was not left locked


def test_a_new_kit_for_a_changed_rubric_keeps_what_fits_and_opens_the_scores_again(kit, tmp_path):
    data, out = tmp_path / "data", tmp_path / "out"
    out.mkdir()
    desk = open_kit(kit, data)
    for team in desk.scorable:
        score_all(desk, team.id, 4)
    desk.set_value(11, "idea", 9)
    desk.finalise(out)
    desk.close()
    body = kit_body(recused=(13,))
    for criterion in body["criteria"]:
        criterion.update(max=5, levels=[])
    body["rubric"]["fingerprint"] = digest(body["criteria"])
    newer = tmp_path / "newer"
    newer.mkdir()
    again = open_kit(write_kit(newer, body), data)
    assert not again.finalised and again.revision == 1
    assert again.value(11, "problem") == 4 and again.value(11, "idea") is None  # 9 is off the new scale
    again.close()
