"""The outbox: what was typed while the server was away is kept in order, survives a crash, and is
replayed once on reconnect with the same version checks (a real PostgreSQL stopped and started)."""

from __future__ import annotations

import json
import shutil

import pytest
from sqlmodel import select

from app.board import board
from app.errors import DomainError, WriteFailed
from app.outcomes.problem_statement import answers, save_answer
from app.pitch.answers import save_pitch_answer
from app.storage.database import open_store
from app.sync.outbox import Outbox, connection_lost, outbox_path
from db.models_sync import RowOrigin
from tests.conftest import _fresh_postgres
from tests.sync.outbox_server import event_with_team, stoppable_server

pytestmark = pytest.mark.postgres
TYPED = ["Elke gemeente koopt zelf", "400 applicaties", "Data zit in kokers", "NAW steeds opnieuw invullen", "Geen tijd voor innovatie ë"]


@pytest.fixture(scope="module")
def server():
    server = stoppable_server()
    yield server
    server.close()


@pytest.fixture
def shared(server, tmp_path):
    """(server, store, team id, outbox) on an empty event database; the server is up again afterwards."""
    if not server.up:
        server.start()
    store = open_store(_fresh_postgres(server.url))
    _event_id, team_id = event_with_team(store)
    yield server, store, team_id, Outbox(outbox_path(tmp_path, store.engine))
    if not server.up:
        server.start()
    store.engine.dispose()


def typed_offline(store, outbox: Outbox, team_id: int, texts: list[str]) -> None:
    """As the board does: try the write; the server gone, the note is kept in the outbox."""
    for index, text in enumerate(texts):
        args = dict(team_id=team_id, step_key="braindump", author_id=None, text=text, x=10.0 * index, y=0.0, colour="yellow")
        with pytest.raises(WriteFailed) as refused:
            board.add_note(store, **args)
        assert connection_lost(refused.value) and refused.value.code == "db_write_connection"
        outbox.enqueue("note.add", args)


def stored_texts(store, team_id: int) -> list[str]:
    return [n.text for n in board.notes(store, team_id, ["braindump"])]


def test_notes_typed_while_the_server_is_away_are_kept_in_order_and_replayed_once(shared):
    server, store, team_id, outbox = shared
    board.add_note(store, team_id, "braindump", None, "Voor de storing", 0, 0)
    server.stop()
    typed_offline(store, outbox, team_id, TYPED)
    assert outbox.pending_count == 5
    lines = [json.loads(line) for line in outbox.path.read_text(encoding="utf-8").splitlines()]
    assert [line["args"]["text"] for line in lines] == TYPED and len({line["id"] for line in lines}) == 5

    assert outbox.replay(store).away  # still gone: nothing sent, nothing lost
    after_crash = Outbox(outbox.path)  # the app killed and started again
    assert [e.args["text"] for e in after_crash.entries] == TYPED and after_crash.problem is None

    server.start()
    replayed = after_crash.replay(store)
    assert (replayed.done, replayed.stuck, replayed.away) == (5, None, False)
    assert stored_texts(store, team_id) == ["Voor de storing", *TYPED]
    assert after_crash.pending_count == 0 and not after_crash.path.exists()
    assert after_crash.replay(store).done == 0 and stored_texts(store, team_id) == ["Voor de storing", *TYPED]


def test_a_replay_cut_short_before_the_file_was_updated_makes_no_note_twice(shared, tmp_path):
    server, store, team_id, outbox = shared
    server.stop()
    typed_offline(store, outbox, team_id, TYPED[:3])
    server.start()
    kept = tmp_path / "as-before-the-crash.jsonl"
    shutil.copy(outbox.path, kept)
    entry_ids = sorted(e.id for e in outbox.entries)
    assert outbox.replay(store).done == 3
    shutil.copy(kept, outbox.path)  # killed after the commits, before the file learnt of them
    again = Outbox(outbox.path)
    assert again.pending_count == 3
    assert again.replay(store).done == 3
    assert stored_texts(store, team_id) == TYPED[:3]
    with store.read() as session:
        origins = session.exec(select(RowOrigin).where(RowOrigin.table_name == "note")).all()
    assert sorted(o.source for o in origins) == entry_ids  # one note per entry, each told by its entry's id


def test_a_text_edit_whose_note_changed_meanwhile_is_a_conflict_not_an_overwrite(shared):
    server, store, team_id, outbox = shared
    note_id = board.add_note(store, team_id, "braindump", None, "Kokers", 0, 0)
    other_laptop = open_store(server.url)  # a second laptop on the same database
    server.stop()
    with pytest.raises(WriteFailed):
        board.edit_note(store, note_id, "Data zit in kokers")
    outbox.enqueue("note.edit", {"note_id": note_id, "text": "Data zit in kokers"}, {"text": "Kokers"})
    server.start()
    board.edit_note(other_laptop, note_id, "Silo's")
    replayed = outbox.replay(store)
    assert replayed.done == 0 and replayed.error.code == "edit_conflict"
    assert (replayed.error.params["theirs"], replayed.error.params["mine"]) == ("Silo's", "Data zit in kokers")
    assert stored_texts(store, team_id) == ["Silo's"]  # not overwritten
    assert Outbox(outbox.path).pending_count == 1 and outbox.stuck[0] == replayed.stuck  # kept, first in line

    outbox.rebase(replayed.stuck.id, {"text": "Silo's"})  # keep mine
    assert outbox.replay(store).done == 1
    assert stored_texts(store, team_id) == ["Data zit in kokers"]
    other_laptop.engine.dispose()


def test_take_theirs_drops_the_waiting_edit(shared):
    server, store, team_id, outbox = shared
    note_id = board.add_note(store, team_id, "braindump", None, "Kokers", 0, 0)
    outbox.enqueue("note.edit", {"note_id": note_id, "text": "Mijn tekst"}, {"text": "Oud"})
    stuck = outbox.replay(store).stuck
    outbox.discard(stuck.id)
    assert outbox.pending_count == 0 and not outbox.path.exists() and stored_texts(store, team_id) == ["Kokers"]


def test_edits_of_one_note_typed_offline_follow_each_other(shared):
    server, store, team_id, outbox = shared
    note_id = board.add_note(store, team_id, "braindump", None, "Ko", 0, 0)
    server.stop()
    for text in ("Kok", "Koker", "Kokers"):
        outbox.enqueue("note.edit", {"note_id": note_id, "text": text}, {"text": "Ko"})  # the board still shows "Ko"
    server.start()
    assert outbox.replay(store).done == 3
    assert stored_texts(store, team_id) == ["Kokers"]


def test_answers_typed_offline_are_replayed_and_a_changed_answer_is_a_conflict(shared):
    server, store, team_id, outbox = shared
    save_answer(store, team_id, "problem_statement", "owner", "De gemeente")
    server.stop()
    with pytest.raises(WriteFailed):
        save_pitch_answer(store, team_id, "pitch", "problem", "Niemand weet wie wat heeft")
    outbox.enqueue("answer.pitch", {"team_id": team_id, "step_key": "pitch", "field_key": "problem",
                                    "text": "Niemand weet wie wat heeft"}, {"text": None})
    outbox.enqueue("answer.field", {"team_id": team_id, "step_key": "problem_statement", "field_key": "owner",
                                    "text": "Het Rijk"}, {"text": "De gemeente"})
    server.start()
    save_answer(store, team_id, "problem_statement", "owner", "De provincie")  # another laptop, meanwhile
    replayed = outbox.replay(store)
    assert replayed.done == 1 and replayed.error.code == "edit_conflict"
    assert answers(store, team_id, "pitch") == {"problem": "Niemand weet wie wat heeft"}
    assert answers(store, team_id, "problem_statement")["owner"] == "De provincie"


def test_a_broken_outbox_file_is_put_aside_and_nothing_of_it_is_replayed(shared):
    _server, store, team_id, outbox = shared
    outbox.enqueue("note.add", dict(team_id=team_id, step_key="braindump", author_id=None, text="Goed", x=0.0, y=0.0))
    with open(outbox.path, "a", encoding="utf-8") as out:
        out.write('{"id": "x", "op": "race.start", "args": {}}\n')
    broken = Outbox(outbox.path)
    assert broken.problem.code == "outbox_unreadable" and broken.pending_count == 0
    assert not outbox.path.exists()
    aside = list(outbox.path.parent.glob("outbox-*.broken-*.jsonl"))
    assert len(aside) == 1 and "race.start" in aside[0].read_text(encoding="utf-8")
    assert broken.problem.params["path"] == str(aside[0])
    assert broken.replay(store).done == 0 and stored_texts(store, team_id) == []


def test_a_last_line_cut_off_by_a_crash_is_left_out_and_the_rest_kept(shared):
    _server, _store, team_id, outbox = shared
    outbox.enqueue("note.add", dict(team_id=team_id, step_key="braindump", author_id=None, text="Heel", x=0.0, y=0.0))
    with open(outbox.path, "a", encoding="utf-8") as out:
        out.write('{"id": "abc", "op": "note.ad')
    again = Outbox(outbox.path)
    assert again.problem is None and [e.args["text"] for e in again.entries] == ["Heel"]


def test_an_operation_the_outbox_does_not_know_is_refused_when_queued(shared):
    *_rest, outbox = shared
    with pytest.raises(ValueError):
        outbox.enqueue("cluster.move", {"cluster_id": 1})
    with pytest.raises(TypeError):
        outbox.enqueue("note.edit", {"note_id": 1, "text": object()})
    assert outbox.pending_count == 0 and not outbox.path.exists()


def test_a_refusal_other_than_a_conflict_also_stops_and_keeps_the_entry(shared):
    _server, store, team_id, outbox = shared
    outbox.enqueue("note.edit", {"note_id": 999_999, "text": "Weg"}, {"text": "Oud"})
    replayed = outbox.replay(store)
    assert isinstance(replayed.error, DomainError) and replayed.error.code == "note_missing"
    assert outbox.pending_count == 1
