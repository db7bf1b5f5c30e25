"""Save as template: the event's day with its edits as a TOML file that loads again, to an equal
template that drives the navigator the same way; written whole or not at all."""

from __future__ import annotations

import errno
import os
from datetime import timedelta

import pytest
from sqlmodel import select

from app.day.navigation import on_next, through_gate
from app.day.template_file import TemplateError, load_template
from app.errors import DomainError
from app.event.challenge_edits import add_challenge_question, set_challenge_text
from app.event.events import event_template, get_event
from app.event.step_edits import set_part_minutes, set_step_minutes, set_step_rule
from app.event.template_save import save_as_template
from db.models import ProgrammeItem
from tests.event.editing import new_event


@pytest.fixture
def out(tmp_path):
    """A folder of its own for the saved files (the SQLite database lives in tmp_path)."""
    folder = tmp_path / "templates"
    folder.mkdir()
    return folder


def walk(template) -> list:
    """Next, Next, … from the team page to the day's last gate: every move the navigator makes."""
    moves, viewing, team_step = [], None, None
    while True:
        move = on_next(template, viewing, team_step)
        moves.append(move)
        if move.gate == template.phases[-1].key:
            return moves
        if move.gate is not None:
            move = through_gate(template, move.gate)
            moves.append(move)
        viewing = move.show
        team_step = move.show if move.moves_team else team_step


def _edit_staatsprint(store, event_id):
    set_step_minutes(store, event_id, "braindump", 4)
    set_step_rule(store, event_id, "dot_vote", "budget_per_member", 8)
    set_step_rule(store, event_id, "idea_vote", "keep_at_most", None)
    set_part_minutes(store, event_id, "idea_race", "review", 8)
    set_challenge_text(store, event_id, "markt_overheid", ("sections", 0, "body"), "nl", "Eerste alinea.\n\nTweede \"alinea\" met ‘aanhalingstekens’ en \\ backslash.")
    add_challenge_question(store, event_id, "markt_overheid")


def _edit_mini(store, event_id):
    set_step_minutes(store, event_id, "groups", 6)
    set_step_rule(store, event_id, "topic_vote", "tie_breaker", None)
    set_challenge_text(store, event_id, "stille_straat", ("teaser",), "en", "Quieter streets.")


@pytest.mark.parametrize(("which", "edit"), [("staatsprint", _edit_staatsprint), ("mini", _edit_mini)])
def test_an_edited_event_saved_loads_again_equal_and_walks_the_same(store, out, which, edit):
    event_id = new_event(store, which)
    walked_before = walk(event_template(get_event(store, event_id)))
    edit(store, event_id)
    edited = event_template(get_event(store, event_id))
    path = save_as_template(store, event_id, out / "next-year.toml")
    loaded = load_template(path)
    assert loaded == edited
    assert walk(loaded) == walk(edited) == walked_before
    assert "null" not in path.read_text(encoding="utf-8")
    assert [p.name for p in out.iterdir()] == ["next-year.toml"]  # no temporary file left


def test_the_file_is_readable_toml_in_the_shipped_order(store, out):
    event_id = new_event(store)
    text = save_as_template(store, event_id, out / "t.toml").read_text(encoding="utf-8")
    headers = [line for line in text.splitlines() if line in ("[meta]", "[[programme]]", "[[challenges]]", "[kennismaking]", "[[roles]]", "[[phases]]", "[jury]")]
    assert list(dict.fromkeys(headers)) == ["[meta]", "[[programme]]", "[[challenges]]", "[kennismaking]", "[[roles]]", "[[phases]]", "[jury]"]
    assert '"""' in text  # long texts as multi-line strings, not one line of \n escapes
    assert text.startswith("# A Staatsprint template, saved from the event")


def test_the_programme_is_saved_as_the_event_plans_it(store, out):
    event_id = new_event(store)
    with store.write() as session:  # the afternoon shifted by a quarter of an hour
        for item in session.exec(select(ProgrammeItem).where(ProgrammeItem.event_id == event_id, ProgrammeItem.position >= 8)).all():
            item.starts_at += timedelta(minutes=15)
            session.add(item)
    loaded = load_template(save_as_template(store, event_id, out / "t.toml"))
    assert [item.start for item in loaded.programme][7:10] == ["12:30", "13:30", "15:05"]
    assert (loaded.phase("ideeen").start, loaded.phase("ideeen").end) == ("13:30", "15:05")
    assert (loaded.phase("pitch").start, loaded.phase("pitch").end) == ("15:05", "16:00")
    assert loaded.jury.pitches_at == "16:00"


def test_another_key_is_written(store, out):
    event_id = new_event(store, "mini")
    loaded = load_template(save_as_template(store, event_id, out / "t.toml", key="mini_2027"))
    assert loaded.meta.key == "mini_2027"


def test_a_key_a_template_cannot_have_is_refused_and_nothing_written(store, out):
    event_id = new_event(store, "mini")
    with pytest.raises(TemplateError) as refused:
        save_as_template(store, event_id, out / "t.toml", key="Mini Sprint")
    assert refused.value.params["problems"] == ["meta.key: String should match pattern '^[a-z][a-z0-9_]*$'"]
    assert list(out.iterdir()) == []


def test_a_path_that_cannot_be_written_is_refused_with_the_reason(store, out):
    event_id = new_event(store, "mini")
    with pytest.raises(DomainError) as refused:
        save_as_template(store, event_id, out / "no such folder" / "t.toml")
    assert refused.value.code == "save_template_failed"
    assert "No such file or directory" in refused.value.params["reason"]
    assert list(out.iterdir()) == []


def test_a_disk_that_fills_up_keeps_the_old_file_whole(store, out, monkeypatch):
    event_id = new_event(store, "mini")
    old = out / "t.toml"
    old.write_text("# last year's\n", encoding="utf-8")

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(DomainError) as refused:
        save_as_template(store, event_id, old)
    assert (refused.value.code, refused.value.params["reason"]) == ("save_template_failed", "No space left on device")
    assert old.read_text(encoding="utf-8") == "# last year's\n"
    assert [p.name for p in out.iterdir()] == ["t.toml"]


def test_a_directory_as_the_path_is_refused_and_left_alone(store, out):
    event_id = new_event(store, "mini")
    folder = out / "folder.toml"
    folder.mkdir()
    with pytest.raises(DomainError) as refused:
        save_as_template(store, event_id, folder)
    assert refused.value.code == "save_template_failed"
    assert folder.is_dir() and list(folder.iterdir()) == []
    assert [p.name for p in out.iterdir()] == ["folder.toml"]
