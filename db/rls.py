"""Roles enforced by PostgreSQL: grants and row-level security on every table of the schema.

``apply_row_security(engine)`` (run by the owner after every migration, and whenever what is applied
differs from what this code would apply: ``ensure_row_security``) makes four group roles
(db/rls_sql.py ``GROUP_ROLES``), grants each what its kind of login may touch, and puts policies on
every table of ``SQLModel.metadata``; a table this module does not know is refused (a test checks that
every table has row security and a policy, so a new table cannot slip through unguarded).

Who may see what (the connected login is found in ``login`` by ``session_user``):

- facilitator: every row of its event;
- team: its own team's rows (read and write); the event, programme, challenges, the teams, the jury's
  criteria, pitch order and awards (read); every team's timers and hand-entered race counts (read:
  public progress, shown on the beamer too); other teams' notes only as counts (view ``public_note_count``);
  never scores, score sheets, jurors, the jury's settings (its secret), juror files, the jury log,
  audience codes and votes, nor other teams' notes, votes or answers; it may record (and read) which
  replayed edits of its event's laptops already landed (``row_origin``: ids only);
- member: as its team, except that before a step's reveal it sees only its own notes and dots there;
- juror: the event, programme, challenges, teams, criteria, pitch order, plenary timers, its own
  recusals, its own juror row and the jury settings without the secret (read); its own scores, score
  sheets and juror files (read and write); nothing of the teams' work;
- everyone: its own ``login`` row without the password, ``db_info``; nothing of another event.

Row security is ENABLEd but not FORCEd: the owner is the role that migrates, owns the helper functions
and the views, and must see everything (FORCE would put the owner's own definer functions under the
policies they serve). Logins never own tables; superusers bypass row security anyway.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Engine, text
from sqlmodel import SQLModel

import db.models  # noqa: F401  (every table in the metadata)
from db.rls_sql import FUNCTIONS, GROUP_ROLES, VIEWS, group_roles_sql, view_grants_sql

MARKER_KEY = "row_security"  # db_info: the digest of what was last applied

EVENT = "(SELECT public.sp_login_event())"
TEAM = "(SELECT public.sp_login_team())"
JUROR = "(SELECT public.sp_login_juror())"
MEMBER = "(SELECT public.sp_login_member())"

# Tables that belong to the event through a team, through a juror; the rest carry event_id (or are the event).
THROUGH_TEAM = ("team_role", "cluster", "note", "knelpunt", "vote", "answer", "selection", "milestone",
                "race_count", "final_choice", "story_panel", "pitch_task")
THROUGH_JUROR = ("recusal", "score", "score_sheet")
WITHOUT_EVENT = ("import_mapping", "db_info")  # no event: facilitator only / read by everyone
# Readable by a team, a member and a juror throughout their event.
EVENT_WIDE = ("programme_item", "challenge", "team", "criterion", "pitch_slot")
# Hidden from a column grant: what a login may not read even in a row it sees.
SECRET_COLUMNS = {"login": {"password"}, "jury_setting": {"secret"}}
PRIVATE_UNTIL_REVEAL = {"note": "author_id", "vote": "voter_id"}  # a member's own work before the reveal


@dataclass(frozen=True)
class Policy:
    table: str
    kind: str  # a key of GROUP_ROLES
    command: str  # SELECT, INSERT, UPDATE, DELETE or ALL
    using: str | None
    check: str | None = None

    @property
    def name(self) -> str:
        return f"sp_{self.kind}_{self.command.lower()}"

    def sql(self) -> list[str]:
        create = f'CREATE POLICY {self.name} ON public."{self.table}" FOR {self.command} TO {GROUP_ROLES[self.kind]}'
        if self.using is not None:
            create += f" USING ({self.using})"
        if self.check is not None:
            create += f" WITH CHECK ({self.check})"
        return [f'DROP POLICY IF EXISTS {self.name} ON public."{self.table}"', create]


def in_event(table: str) -> str:
    """The row belongs to the login's event."""
    if table == "event":
        return f"id = {EVENT}"
    if table in THROUGH_TEAM:
        return f'EXISTS (SELECT 1 FROM public.team t WHERE t.id = "{table}".team_id AND t.event_id = {EVENT})'
    if table in THROUGH_JUROR:
        return f'EXISTS (SELECT 1 FROM public.juror j WHERE j.id = "{table}".juror_id AND j.event_id = {EVENT})'
    return f"event_id = {EVENT}"


def _read(table: str, kind: str, using: str) -> Policy:
    return Policy(table, kind, "SELECT", using)


def _write(table: str, kind: str, scope: str) -> Policy:
    return Policy(table, kind, "ALL", scope, scope)


def _own_login() -> str:
    return "role_name = session_user"


def facilitator_policies(table: str) -> list[Policy]:
    if table == "import_mapping":
        return [_write(table, "facilitator", "true")]
    if table == "db_info":
        return [_read(table, "facilitator", "true")]
    return [_write(table, "facilitator", in_event(table))]


def team_policies(table: str, kind: str) -> list[Policy]:
    """A team's login (``kind`` "team"), or a member's ("member": private work kept until the reveal)."""
    own = f"team_id = {TEAM}"
    if table in PRIVATE_UNTIL_REVEAL and kind == "member":
        mine = f"({PRIVATE_UNTIL_REVEAL[table]} = {MEMBER} OR NOT public.sp_hidden(team_id, step_key))"
        return [_read(table, kind, f"{own} AND {mine}"), Policy(table, kind, "INSERT", None, own),
                Policy(table, kind, "UPDATE", own, own), Policy(table, kind, "DELETE", own)]
    if table in THROUGH_TEAM and table != "race_count":
        return [_write(table, kind, own)]
    if table in ("race_count", "step_state"):  # timers and hand counts: public progress
        return [_read(table, kind, in_event(table)), _write(table, kind, own)]
    if table == "team":
        return [_read(table, kind, in_event(table)), Policy(table, kind, "UPDATE", f"id = {TEAM}", f"id = {TEAM}")]
    if table == "member":
        return [_write(table, kind, own)]
    if table == "row_origin":  # a note typed while the server was away, replayed once (app/sync/outbox.py)
        return [_read(table, kind, in_event(table)), Policy(table, kind, "INSERT", None, in_event(table))]
    if table in EVENT_WIDE or table in ("event", "award"):
        return [_read(table, kind, in_event(table))]
    return _everyone(table, kind)


def juror_policies(table: str) -> list[Policy]:
    own = f"juror_id = {JUROR}"
    if table in ("score", "score_sheet"):
        scope = f'{own} AND EXISTS (SELECT 1 FROM public.team t WHERE t.id = "{table}".team_id AND t.event_id = {EVENT})'
        return [_write(table, "juror", scope)]
    if table == "juror_file":
        return [_write(table, "juror", f"{own} AND event_id = {EVENT}")]
    if table == "recusal":
        return [_read(table, "juror", own)]
    if table == "juror":
        return [_read(table, "juror", f"id = {JUROR}")]
    if table == "step_state":
        return [_read(table, "juror", f"team_id IS NULL AND event_id = {EVENT}")]
    if table in EVENT_WIDE or table in ("event", "jury_setting"):
        return [_read(table, "juror", in_event(table))]
    return _everyone(table, "juror")


def _everyone(table: str, kind: str) -> list[Policy]:
    if table == "login":
        return [_read(table, kind, _own_login())]
    if table == "db_info":
        return [_read(table, kind, "true")]
    return []


def policies(tables: list[str]) -> list[Policy]:
    every = []
    for table in tables:
        every += facilitator_policies(table)
        every += team_policies(table, "team") + team_policies(table, "member")
        every += juror_policies(table)
    return every


def grants_sql(table: str, table_policies: list[Policy], columns: list[str]) -> list[str]:
    """What each group may do to ``table``: what its policies allow, and no secret column."""
    statements = []
    for kind, role in GROUP_ROLES.items():
        mine = [p for p in table_policies if p.kind == kind]
        if not mine:
            continue
        hidden = SECRET_COLUMNS.get(table, set()) if kind != "facilitator" else set()
        if hidden:
            shown = ", ".join(f'"{c}"' for c in columns if c not in hidden)
            statements.append(f'GRANT SELECT ({shown}) ON public."{table}" TO {role}')
        else:
            statements.append(f'GRANT SELECT ON public."{table}" TO {role}')
        writes = sorted({"INSERT", "UPDATE", "DELETE"} if any(p.command == "ALL" for p in mine)
                        else {p.command for p in mine} - {"SELECT"})
        if writes:
            statements.append(f'GRANT {", ".join(writes)} ON public."{table}" TO {role}')
    return statements


def row_security_sql() -> list[str]:
    """Every statement ``apply_row_security`` runs, in order (after the group roles exist)."""
    tables = sorted(SQLModel.metadata.tables)
    every_policy = policies(tables)
    roles = ", ".join(GROUP_ROLES.values())
    statements = list(FUNCTIONS)
    statements += [f"GRANT USAGE ON SCHEMA public TO {roles}",
                   f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {roles}",
                   f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {roles}",
                   f"GRANT SELECT ON public.alembic_version TO {roles}"]
    for table in tables:
        mine = [p for p in every_policy if p.table == table]
        if not mine:
            raise ValueError(f"no policy for table {table!r}: say in db/rls.py who may see it")
        statements += [f'ALTER TABLE public."{table}" ENABLE ROW LEVEL SECURITY',
                       f'ALTER TABLE public."{table}" NO FORCE ROW LEVEL SECURITY']
        statements += _drop_unknown_policies(table, {p.name for p in mine})
        for policy in mine:
            statements += policy.sql()
        statements += grants_sql(table, mine, list(SQLModel.metadata.tables[table].columns.keys()))
    statements += VIEWS + view_grants_sql()
    return statements


def _drop_unknown_policies(table: str, names: set[str]) -> list[str]:
    """Policies an older version made that this one no longer does: dropped."""
    keep = ", ".join(f"'{name}'" for name in sorted(names))
    return [f"""DO $$ DECLARE p record; BEGIN
  FOR p IN SELECT policyname FROM pg_catalog.pg_policies WHERE schemaname = 'public' AND tablename = '{table}'
           AND policyname LIKE 'sp\\_%' AND policyname NOT IN ({keep}) LOOP
    EXECUTE format('DROP POLICY %I ON public.%I', p.policyname, '{table}');
  END LOOP;
END $$"""]


def digest() -> str:
    return hashlib.sha256("\n;\n".join(group_roles_sql() + row_security_sql()).encode()).hexdigest()[:32]


def apply_row_security(engine: Engine) -> None:
    """Grants and policies on every table (PostgreSQL; nothing on SQLite). Run by the owner; again: the same."""
    if engine.dialect.name != "postgresql":
        return
    with engine.begin() as conn:
        _run_script(conn, group_roles_sql())
    with engine.begin() as conn:
        conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('staatsprint_row_security'))")
        _run_script(conn, row_security_sql())
        conn.execute(text("DELETE FROM db_info WHERE key = :key"), {"key": MARKER_KEY})
        conn.execute(text("INSERT INTO db_info (key, value, version) VALUES (:key, :value, 1)"),
                     {"key": MARKER_KEY, "value": digest()})


def _run_script(conn, statements: list[str]) -> None:
    """Many statements in one round trip: the driver's own execute, without parameters (so a ``%`` is a ``%``)."""
    conn.connection.driver_connection.execute(";\n".join(statements))


def ensure_row_security(engine: Engine) -> bool:
    """Apply row security when what is applied is not what this code applies and the connected role
    owns the schema (a login cannot, and need not); True when it applied it."""
    if engine.dialect.name != "postgresql":
        return False
    with engine.connect() as conn:
        owner = conn.execute(text(
            "SELECT r.rolsuper OR pg_has_role(current_user, c.relowner, 'MEMBER') FROM pg_roles r, pg_class c "
            "WHERE r.rolname = current_user AND c.oid = 'public.event'::regclass")).scalar()
        if not owner:
            return False
        applied = conn.execute(text("SELECT value FROM db_info WHERE key = :key"), {"key": MARKER_KEY}).scalar()
    if applied == digest():
        return False
    apply_row_security(engine)
    return True
