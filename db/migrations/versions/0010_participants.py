"""the facilitator's preparation: participants without a team, registration data, rooms, fixed times

- ``member`` becomes a participant of the event: ``event_id`` (filled from its team), ``team_id``
  nullable (not yet placed), and from the registration ``email``, ``organisation``, ``job_title``,
  ``challenge_pref``; ``absent`` marks someone not there today. ``organisation`` and ``job_title`` are
  filled from the kennismaking answers a member already gave (keys ``organisation`` and ``role``).
- ``team.room``: the break-out room a team works in.
- ``programme_item.fixed``: an item with a fixed clock time (lunch, the borrel).
- New table ``import_mapping``: a registration file's column mapping, remembered per header set.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02
"""

import json

import sqlalchemy as sa
import sqlmodel
from alembic import op

import db.types

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

SQLITE_NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}


def _string(length: int):
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def _text(length: int, name: str) -> sa.Column:
    return sa.Column(name, _string(length), nullable=False, server_default="")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("member", schema=None, naming_convention=SQLITE_NAMES if sqlite else None) as batch_op:
        batch_op.add_column(sa.Column("event_id", sa.Integer(), nullable=True))
        batch_op.add_column(_text(254, "email"))
        batch_op.add_column(_text(200, "organisation"))
        batch_op.add_column(_text(200, "job_title"))
        batch_op.add_column(sa.Column("challenge_pref", _string(40), nullable=True))
        batch_op.add_column(sa.Column("absent", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.alter_column("team_id", existing_type=sa.Integer(), nullable=True)
    op.execute("UPDATE member SET event_id = (SELECT team.event_id FROM team WHERE team.id = member.team_id)")
    _organisation_and_job_from_kennismaking()
    with op.batch_alter_table("member", schema=None, naming_convention=SQLITE_NAMES if sqlite else None) as batch_op:
        batch_op.alter_column("event_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key("member_event_id_fkey", "event", ["event_id"], ["id"], ondelete="CASCADE")
        batch_op.create_index(batch_op.f("ix_member_event_id"), ["event_id"], unique=False)
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.add_column(_text(80, "room"))
    with op.batch_alter_table("programme_item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("fixed", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "import_mapping",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("headers_key", _string(64), nullable=False),
        sa.Column("mapping", sa.JSON(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("headers_key"),
    )


def _organisation_and_job_from_kennismaking() -> None:
    """What members told about themselves becomes what team formation mixes."""
    bind = op.get_bind()
    member = sa.table("member", sa.column("id", sa.Integer()), sa.column("kennismaking", sa.JSON()),
                      sa.column("organisation", sa.String()), sa.column("job_title", sa.String()))
    for row in bind.execute(sa.select(member.c.id, member.c.kennismaking)).all():
        answers = row.kennismaking if isinstance(row.kennismaking, dict) else json.loads(row.kennismaking or "{}")
        organisation = " ".join(str(answers.get("organisation", "")).split())[:200]
        job = " ".join(str(answers.get("role", "")).split())[:200]
        if organisation or job:
            bind.execute(member.update().where(member.c.id == row.id).values(organisation=organisation, job_title=job))


def downgrade() -> None:
    op.drop_table("import_mapping")
    with op.batch_alter_table("programme_item", schema=None) as batch_op:
        batch_op.drop_column("fixed")
    with op.batch_alter_table("team", schema=None) as batch_op:
        batch_op.drop_column("room")
    op.execute("DELETE FROM member WHERE team_id IS NULL")
    with op.batch_alter_table("member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_member_event_id"))
        batch_op.drop_constraint("member_event_id_fkey", type_="foreignkey")
        batch_op.alter_column("team_id", existing_type=sa.Integer(), nullable=False)
        for column in ("absent", "challenge_pref", "job_title", "organisation", "email", "event_id"):
            batch_op.drop_column(column)
