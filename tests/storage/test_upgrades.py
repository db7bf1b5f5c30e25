"""Every older schema, full of data, upgrades to head keeping every row — on both engines.

For each revision before head, a database is built at that revision and filled with the
demo event plus rows for the tables the demo leaves empty: the rows are made once at head
and copied into the older schema (columns it lacks left out, columns it had and head dropped
given their old value from ``OLD_VALUES``). Opening it upgrades it; then every row of every
table must still be there with the same values, and ``AFTER_UPGRADE`` checks what a migration
fills in. A new migration is covered by itself (revisions are read from alembic); one that
drops a column adds it to ``OLD_VALUES``, one that fills data adds a check, and a new table
must get rows here (``test_the_source_fills_every_table`` says so).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import pytest
from sqlalchemy import Column, MetaData, Table, inspect, select, text
from sqlmodel import SQLModel

from app.demo.event import create_demo_event
from app.storage.database import open_store
from db.engine import make_engine
from db.migrate import alembic_config
from db.models_sync import DbInfo, Login, RowOrigin
from db.models import (
    AudienceCode,
    AudienceVote,
    Award,
    Criterion,
    ImportMapping,
    Juror,
    JurorFile,
    JuryLog,
    JurySetting,
    Member,
    PitchSlot,
    PitchTask,
    Recusal,
    Score,
    ScoreSheet,
    StoryPanel,
    Team,
)

NOW = datetime(2026, 3, 11, 10, 59, tzinfo=timezone.utc)  # the demo day in full swing
# Columns an older schema had that head dropped: the value such a row held.
OLD_VALUES = {("event", "programme_shift_min"): 0, ("juror", "public_key"): None, ("score", "comment"): "Sterk"}


def _revisions_before_head() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return sorted(rev.revision for rev in script.walk_revisions() if rev.revision != script.get_current_head())


def _fill_the_rest(store) -> None:
    """Rows for the tables the demo leaves empty: a juror with a score, a recusal, a juror file and a
    score sheet, the jury's settings, log, running order, an award and the audience prize (and a
    storyboard and a pitch task)."""
    with store.write() as session:
        team = session.execute(select(Team).order_by(Team.id)).scalars().first()
        other = session.execute(select(Team).order_by(Team.id.desc())).scalars().first()
        member = session.execute(select(Member).where(Member.team_id == team.id)).scalars().first()
        juror = Juror(event_id=team.event_id, name="Sanne de Vries", organisation="BZK", token="0" * 32)
        criterion = Criterion(event_id=team.event_id, key="zz_impact", position=99, title_nl="Impact", title_en="Impact")
        session.add_all([juror, criterion])
        session.flush()
        session.add(Score(juror_id=juror.id, team_id=team.id, criterion_id=criterion.id, value=8))
        _add_if_empty(session, StoryPanel, lambda: StoryPanel(
            team_id=team.id, step_key="pitch", position=0, caption="Eén loket", text="De inwoner meldt zich één keer.",
            image=b"\x89PNG\r\n\x1a\n\x00", image_type="png", image_width=1, image_height=1))
        _add_if_empty(session, PitchTask, lambda: PitchTask(team_id=team.id, step_key="pitch", task_key="rehearsal", member_id=member.id))
        _add_if_empty(session, Recusal, lambda: Recusal(juror_id=juror.id, team_id=other.id, reason="Werkt bij de organisatie"))
        _add_if_empty(session, ScoreSheet, lambda: ScoreSheet(juror_id=juror.id, team_id=team.id, note="Sterk", feedback="Mooi plan"))
        _add_if_empty(session, JurorFile, lambda: JurorFile(event_id=team.event_id, juror_id=juror.id, revision=1, rubric_version=1,
                                                            digest="a" * 64, body={"revision": 1}))
        _add_if_empty(session, JurySetting, lambda: JurySetting(event_id=team.event_id, secret="b" * 64, tie_break=["head_to_head"]))
        _add_if_empty(session, JuryLog, lambda: JuryLog(event_id=team.event_id, kind="deciding", reason="Afgesproken", detail={"to": "raw"}))
        _add_if_empty(session, PitchSlot, lambda: PitchSlot(event_id=team.event_id, team_id=team.id, position=0))
        _add_if_empty(session, Award, lambda: Award(event_id=team.event_id, pool_key="overall", place=1, team_id=team.id))
        _add_if_empty(session, AudienceCode, lambda: AudienceCode(event_id=team.event_id, member_id=member.id, team_id=team.id, code="K7QX2M"))
        _add_if_empty(session, AudienceVote, lambda: AudienceVote(event_id=team.event_id, team_id=other.id))
        _add_if_empty(session, ImportMapping, lambda: ImportMapping(headers_key="c" * 64, mapping={"Werkgever": "organisation"}))
        _add_if_empty(session, Login, lambda: Login(event_id=team.event_id, role_name="sp_test_team", kind="team", team_id=team.id,
                                                    label="Team 1", password="geheim"))
        _add_if_empty(session, RowOrigin, lambda: RowOrigin(event_id=team.event_id, source="d" * 32, table_name="note",
                                                            source_id=7, local_id=1))
        _add_if_empty(session, DbInfo, lambda: DbInfo(key="uid", value="e" * 32))


def _add_if_empty(session, model, make) -> None:
    """A row of ``model`` unless the demo already holds one."""
    if session.execute(select(model)).first() is None:
        session.add(make())


@pytest.fixture(scope="module")
def source_rows(tmp_path_factory) -> dict[str, list[dict]]:
    """The demo event and the rest, made at head: every table's rows, by id."""
    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('source') / 'head.sqlite'}")
    create_demo_event(store, NOW)
    _fill_the_rest(store)
    rows = {}
    with store.engine.connect() as conn:
        for table in SQLModel.metadata.sorted_tables:
            rows[table.name] = [dict(r._mapping) for r in conn.execute(select(table).order_by(table.c.id))]
    store.engine.dispose()
    return rows


def test_the_source_fills_every_table(source_rows):
    assert [name for name, rows in source_rows.items() if not rows] == []


def _build_at(db_url: str, revision: str, rows: dict[str, list[dict]]) -> None:
    from alembic import command

    engine = make_engine(db_url)
    with engine.begin() as conn:
        config = alembic_config()
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
        present = set(inspect(conn).get_table_names())
        for table in SQLModel.metadata.sorted_tables:  # parents before children
            if table.name in present:
                _copy_into(conn, table.name, rows[table.name])
    engine.dispose()


def _copy_into(conn, name: str, rows: list[dict]) -> None:
    """Insert head's rows into the older table: its columns only, typed as head types them."""
    if not rows:
        return
    head = SQLModel.metadata.tables[name]
    old_columns = [c["name"] for c in inspect(conn).get_columns(name)]
    table = Table(name, MetaData(), *[
        Column(c, head.c[c].type if c in head.c else None) for c in old_columns
    ])
    values = [{c: row[c] if c in head.c else OLD_VALUES[(name, c)] for c in old_columns} for row in rows
              if _held_before(name, row, old_columns)]
    conn.execute(table.insert(), values)
    if conn.dialect.name == "postgresql":  # explicit ids: the sequence continues after them
        conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT MAX(id) FROM {name}))"))


def _held_before(name: str, row: dict, old_columns) -> bool:
    """Whether a schema with ``old_columns`` could hold the row: before 0010 every member was in a team."""
    return not (name == "member" and "event_id" not in old_columns and row["team_id"] is None)


def _rows_now(db_url: str) -> dict[str, list[dict]]:
    engine = make_engine(db_url)
    with engine.connect() as conn:
        rows = {t.name: [dict(r._mapping) for r in conn.execute(select(t).order_by(t.c.id))]
                for t in SQLModel.metadata.sorted_tables}
    engine.dispose()
    return rows


def _columns_at(db_url: str) -> dict[str, set[str]]:
    """The tables and columns the database has now."""
    engine = make_engine(db_url)
    with engine.connect() as conn:
        found = {name: {c["name"] for c in inspect(conn).get_columns(name)} for name in inspect(conn).get_table_names()}
    engine.dispose()
    return found


def _comparable(value):
    return value.astimezone(timezone.utc) if isinstance(value, datetime) else value


def _names_kept_for_authors_and_voters(after: dict[str, list[dict]]) -> None:
    """0006: every note and vote carries its member's name."""
    names = {m["id"]: m["name"] for m in after["member"]}
    assert all(n["author_name"] == names[n["author_id"]] for n in after["note"] if n["author_id"] is not None)
    assert all(v["voter_name"] == names[v["voter_id"]] for v in after["vote"])


def _tie_breaks_and_timelines_filled_in(after: dict[str, list[dict]]) -> None:
    """0007: a selection decided by a member is a tie-break with the member's name; old milestones get defaults."""
    names = {m["id"]: m["name"] for m in after["member"]}
    decided = [s for s in after["selection"] if s["decided_by_id"] is not None]
    assert decided and all(s["tie_break"] and s["decided_by_name"] == names[s["decided_by_id"]] for s in decided)
    assert after["milestone"] and all(m["created_at"] is not None and m["step_key"] == "crystal_ball" for m in after["milestone"])


def _jury_rubric_and_notes(after: dict[str, list[dict]]) -> None:
    """0009: every juror gets a token of its own; the comments on scores become score-sheet notes."""
    tokens = [j["token"] for j in after["juror"]]
    assert tokens and len(set(tokens)) == len(tokens) and all(len(t) == 32 for t in tokens)
    assert all(isinstance(c["weight"], int) and c["weight"] >= 1 for c in after["criterion"])
    sheets = {(s["juror_id"], s["team_id"]): s["note"] for s in after["score_sheet"]}
    assert all("Sterk" in sheets[(s["juror_id"], s["team_id"])] for s in after["score"])


def _participants_of_their_event(after: dict[str, list[dict]]) -> None:
    """0010: every member belongs to its team's event; what it told of its organisation and role is kept."""
    events = {t["id"]: t["event_id"] for t in after["team"]}
    assert after["member"] and all(m["event_id"] == events[m["team_id"]] for m in after["member"])
    told = [m for m in after["member"] if m["kennismaking"].get("organisation")]
    assert told and all(m["organisation"] == " ".join(m["kennismaking"]["organisation"].split())[:200] for m in told)
    assert all(m["email"] == "" and m["absent"] is False for m in after["member"])
    assert all(t["room"] == "" for t in after["team"])


def _events_with_an_identity(after: dict[str, list[dict]]) -> None:
    """0011: every event gets a uid of its own."""
    uids = [e["uid"] for e in after["event"]]
    assert uids and len(set(uids)) == len(uids) and all(len(u) == 32 for u in uids)


# Checks of what a migration fills in, by the revision that does it (run for every older start).
AFTER_UPGRADE: dict[str, Callable[[dict[str, list[dict]]], None]] = {
    "0006": _names_kept_for_authors_and_voters,
    "0007": _tie_breaks_and_timelines_filled_in,
    "0009": _jury_rubric_and_notes,
    "0010": _participants_of_their_event,
    "0011": _events_with_an_identity,
}


def test_the_source_has_a_member_with_notes_and_revealed_dots(source_rows):
    """What 0006 keeps must be in the data upgraded through it."""
    revealed = {(s["team_id"], s["step_key"]) for s in source_rows["step_state"] if s["revealed_at"] is not None}
    voters = {v["voter_id"] for v in source_rows["vote"] if (v["team_id"], v["step_key"]) in revealed}
    authors = {n["author_id"] for n in source_rows["note"]}
    assert voters & authors


@pytest.mark.parametrize("revision", _revisions_before_head())
def test_a_full_database_at_every_revision_upgrades_keeping_every_row(db_url, revision, source_rows):
    _build_at(db_url, revision, source_rows)
    columns = _columns_at(db_url)
    store = open_store(db_url)
    store.engine.dispose()
    after = _rows_now(db_url)
    for name, old_columns in columns.items():
        if name == "alembic_version":
            continue
        kept = old_columns & set(SQLModel.metadata.tables[name].c.keys())
        before = [{c: _comparable(row[c]) for c in kept} for row in source_rows[name] if _held_before(name, row, old_columns)]
        now = [{c: _comparable(row[c]) for c in kept} for row in after[name]]
        assert len(now) == len(before), f"{name}: {len(before)} rows before the upgrade from {revision}, {len(now)} after"
        assert now == before, f"{name}: rows changed by the upgrade from {revision}"
    for check_revision, check in AFTER_UPGRADE.items():
        if check_revision > revision:
            check(after)
    if db_url.startswith("sqlite"):
        engine = make_engine(db_url)
        with engine.connect() as conn:
            assert conn.execute(text("PRAGMA foreign_key_check")).all() == []
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        engine.dispose()


def test_an_upgrade_that_would_leave_rows_pointing_at_nothing_is_refused_unchanged(tmp_path, monkeypatch, source_rows):
    from alembic import command

    from app.errors import DomainError

    url = f"sqlite:///{tmp_path / 'event.sqlite'}"
    _build_at(url, "0004", source_rows)
    real_upgrade = command.upgrade

    def upgrade_losing_a_team(config, revision):
        real_upgrade(config, revision)
        config.attributes["connection"].execute(text("DELETE FROM team WHERE id = 1"))  # its members now point at nothing

    monkeypatch.setattr(command, "upgrade", upgrade_losing_a_team)
    with pytest.raises(DomainError) as caught:
        open_store(url)
    assert caught.value.code == "db_migration_broken"
    assert "pointing at nothing" in str(caught.value)
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0004"
        assert conn.execute(text("SELECT COUNT(*) FROM team")).scalar() == len(source_rows["team"])
    engine.dispose()
