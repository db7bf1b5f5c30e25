"""the shared event: an event's identity, its logins, where imported rows came from, the database's own facts

- ``event.uid``: the event's identity across databases (team files, archives), filled for every event.
- New table ``login``: an event's PostgreSQL logins (facilitator, team, juror, member) for row-level security.
- New table ``row_origin``: rows imported from another database (a team file, an event archive).
- New table ``db_info``: this database's uid and the app version that last migrated it.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02
"""

import uuid

import sqlalchemy as sa
import sqlmodel
from alembic import op

import db.types

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _string(length: int):
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.add_column(sa.Column("uid", _string(32), nullable=False, server_default=""))
    bind = op.get_bind()
    event = sa.table("event", sa.column("id", sa.Integer()), sa.column("uid", sa.String()))
    for (event_id,) in bind.execute(sa.select(event.c.id)).all():
        bind.execute(event.update().where(event.c.id == event_id).values(uid=uuid.uuid4().hex))
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_uid"), ["uid"], unique=True)
    op.create_table(
        "login",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("role_name", _string(63), nullable=False),
        sa.Column("kind", _string(20), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("juror_id", sa.Integer(), nullable=True),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("label", _string(200), nullable=False),
        sa.Column("password", _string(100), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["juror_id"], ["juror.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("role_name"),
    )
    for column in ("event_id", "team_id", "juror_id", "member_id"):
        op.create_index(op.f(f"ix_login_{column}"), "login", [column], unique=False)
    op.create_table(
        "row_origin",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("source", _string(32), nullable=False),
        sa.Column("table_name", _string(40), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "source", "table_name", "source_id"),
    )
    op.create_index(op.f("ix_row_origin_event_id"), "row_origin", ["event_id"], unique=False)
    op.create_table(
        "db_info",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", _string(40), nullable=False),
        sa.Column("value", _string(200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("key"),
    )


def downgrade() -> None:
    op.drop_table("db_info")
    op.drop_index(op.f("ix_row_origin_event_id"), table_name="row_origin")
    op.drop_table("row_origin")
    for column in ("event_id", "team_id", "juror_id", "member_id"):
        op.drop_index(op.f(f"ix_login_{column}"), table_name="login")
    op.drop_table("login")
    with op.batch_alter_table("event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_uid"))
        batch_op.drop_column("uid")
