"""The first-frame snapshot: written atomically, read only when it is ours and for this database."""

from __future__ import annotations

import json
import os

from app.startup.first_frame import (
    FORMAT,
    KEPT,
    NavigatorRow,
    Snapshot,
    database_key,
    read_snapshot,
    snapshot_path,
    write_snapshot,
)

URL = "sqlite:////data/staatsprint.sqlite"


def snapshot(**changes) -> Snapshot:
    values = dict(
        database=database_key(URL), lang="nl", theme="light", window_title="Staatsprint — Dag", event="Dag · 11-03-2026",
        event_choice="", team="Team 1", identity="het team", phases=(("1  Probleem", "current"),),
        navigator=(NavigatorRow("1  Probleem", "", True, True, False), NavigatorRow("▶ Braindump", "5 min", False, True, True)),
        navigator_shown=True, page_title="Braindump", page_title_role="h2", page_title_at=(0, 12),
        restored=("1", "2", "step", "braindump", "", "light", ""),
    )
    return Snapshot(**{**values, **changes})


def test_a_written_snapshot_reads_back_the_same(tmp_path):
    path = tmp_path / "first-frame.json"
    write_snapshot(path, snapshot())
    assert read_snapshot(path, database_key(URL), "nl") == snapshot()
    assert read_snapshot(path, database_key(URL), None) == snapshot()  # no --lang: the last language
    assert [p.name for p in tmp_path.iterdir()] == ["first-frame.json"]  # no temporary file left


def test_a_rewrite_replaces_the_whole_file(tmp_path):
    path = tmp_path / "first-frame.json"
    write_snapshot(path, snapshot(team="Team 1 with a much longer name than the next one"))
    write_snapshot(path, snapshot(team="T2"))
    assert read_snapshot(path, database_key(URL), "nl").team == "T2"


def test_no_password_is_written(tmp_path):
    path = tmp_path / "first-frame.json"
    secret = "postgresql://jury:geheim@server/sprint"
    write_snapshot(path, snapshot(database=database_key(secret)))
    assert "geheim" not in path.read_text()
    assert read_snapshot(path, database_key(secret), "nl") is not None


def test_a_missing_snapshot_means_no_early_frame(tmp_path):
    assert read_snapshot(tmp_path / "first-frame.json", database_key(URL), "nl") is None


def test_a_corrupt_snapshot_means_no_early_frame(tmp_path):
    path = tmp_path / "first-frame.json"
    write_snapshot(path, snapshot())
    whole = path.read_text()
    for broken in (whole[: len(whole) // 2], "", "[]", "\x00\xff", json.dumps({**json.loads(whole), "team": 7}),
                   json.dumps({**json.loads(whole), "page_title_at": [1]}), json.dumps({**json.loads(whole), "navigator": [{}]})):
        path.write_text(broken, encoding="utf-8", errors="surrogateescape")
        assert read_snapshot(path, database_key(URL), "nl") is None, broken[:40]


def test_a_foreign_snapshot_means_no_early_frame(tmp_path):
    path = tmp_path / "first-frame.json"
    write_snapshot(path, snapshot())
    data = json.loads(path.read_text())
    path.write_text(json.dumps({**data, "format": "someone-else/1"}))
    assert read_snapshot(path, database_key(URL), "nl") is None
    path.write_text(json.dumps({**data, "format": FORMAT}))
    assert read_snapshot(path, database_key("sqlite:////elsewhere.sqlite"), "nl") is None  # another database
    assert read_snapshot(path, database_key(URL), "en") is None  # --lang en: the Dutch texts would be wrong


def test_each_database_keeps_its_own_snapshot_and_only_the_most_recent_are_kept(tmp_path):
    urls = [f"sqlite:////data/sprint-{number}.sqlite" for number in range(KEPT + 2)]
    for age, url in enumerate(urls):
        path = snapshot_path(tmp_path, database_key(url))
        write_snapshot(path, snapshot(database=database_key(url), team=url))
        os.utime(path, (age, age))  # written one after the other
    other, default = urls[-2:]  # --db other.sqlite, then the default again: both have their frame
    assert read_snapshot(snapshot_path(tmp_path, database_key(other)), database_key(other), "nl").team == other
    assert read_snapshot(snapshot_path(tmp_path, database_key(default)), database_key(default), "nl").team == default
    kept = sorted(path.name for path in tmp_path.iterdir())
    assert kept == sorted(snapshot_path(tmp_path, database_key(url)).name for url in urls[-KEPT:])  # the oldest are gone


def test_the_snapshot_of_an_earlier_version_is_tidied_away(tmp_path):
    (tmp_path / "first-frame.json").write_text("{}")
    os.utime(tmp_path / "first-frame.json", (0, 0))
    for number in range(KEPT):
        url = f"sqlite:////data/sprint-{number}.sqlite"
        write_snapshot(snapshot_path(tmp_path, database_key(url)), snapshot(database=database_key(url)))
    assert not (tmp_path / "first-frame.json").exists()


def test_a_snapshot_taken_with_other_preferences_means_no_early_frame(tmp_path):
    """The preferences are one set for all databases: another database's run may have moved them on."""
    path = tmp_path / "first-frame.json"
    write_snapshot(path, snapshot())
    assert read_snapshot(path, database_key(URL), "nl", snapshot().restored) == snapshot()
    browsed = ("1", "2", "step", "clusteren", "", "light", "")
    assert read_snapshot(path, database_key(URL), "nl", browsed) is None
