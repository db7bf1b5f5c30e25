"""The join files' names in one folder, and which of them a save into that folder would replace."""

from __future__ import annotations

from app.sync.handout import file_names, replaced_by_save_all
from db.models_sync import Login


def logins() -> list[Login]:
    return [Login(event_id=1, role_name="sp_f", kind="facilitator", label="Facilitator"),
            Login(event_id=1, role_name="sp_t1", kind="team", label="Team 1"),
            Login(event_id=1, role_name="sp_t1b", kind="team", label="Team 1")]


def test_two_logins_with_one_name_get_a_number():
    assert file_names(logins()) == ["facilitator.staatsprint-join", "team-1.staatsprint-join", "team-1-2.staatsprint-join"]


def test_only_the_files_of_this_save_count_as_replaced(tmp_path):
    assert replaced_by_save_all(tmp_path, logins()) == []
    (tmp_path / "team-1-2.staatsprint-join").write_text("old")
    (tmp_path / "team-9.staatsprint-join").write_text("another event's")
    assert replaced_by_save_all(tmp_path, logins()) == [tmp_path / "team-1-2.staatsprint-join"]
