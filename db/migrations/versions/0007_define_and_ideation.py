"""phases 2 and 3: the best HKW of a theme, tie-breaks recorded, anonymous steps, the race, timelines, the final choice

- ``note.best_of_cluster``: the HKW that states its theme best.
- ``selection.tie_break`` and ``selection.decided_by_name``: an item kept by a decision on a tie, and
  who decided (the name stays when the member is removed).
- ``step_state.anonymous``: a team's switch for a step; NULL follows the template's rule.
- ``milestone`` gets ``step_key``, ``kind`` ("milestone" or "end"), ``answers`` (JSON) and ``created_at``
  (old rows: their ``updated_at``).
- New tables ``race_count`` (a round's count entered by hand) and ``final_choice``.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import db.types

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def _text(length: int | None, default: str) -> dict:
    return {"type_": sqlmodel.sql.sqltypes.AutoString(length=length), "nullable": False, "server_default": default}


def upgrade() -> None:
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.add_column(sa.Column("best_of_cluster", sa.Boolean(), nullable=False, server_default=sa.false()))
    with op.batch_alter_table("selection", schema=None) as batch_op:
        batch_op.add_column(sa.Column("tie_break", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("decided_by_name", **_text(80, "")))
    with op.batch_alter_table("step_state", schema=None) as batch_op:
        batch_op.add_column(sa.Column("anonymous", sa.Boolean(), nullable=True))
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.add_column(sa.Column("step_key", **_text(40, "crystal_ball")))
        batch_op.add_column(sa.Column("kind", **_text(20, "milestone")))
        batch_op.add_column(sa.Column("answers", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=True))
    op.execute("UPDATE milestone SET created_at = updated_at")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        batch_op.alter_column("created_at", existing_type=db.types.UTCDateTime(timezone=True), nullable=False)
    # A decision on a tie was recorded only as decided_by_id: such rows were tie-breaks.
    op.execute("UPDATE selection SET tie_break = TRUE WHERE decided_by_id IS NOT NULL")
    op.execute(
        "UPDATE selection SET decided_by_name = COALESCE((SELECT member.name FROM member WHERE member.id = selection.decided_by_id), '')"
    )
    op.create_table(
        "race_count",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("step_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("part_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("entered_by", sqlmodel.sql.sqltypes.AutoString(length=20), nullable=False),
        sa.Column("entered_by_name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("team_id", "step_key", "part_key"),
    )
    with op.batch_alter_table("race_count", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_race_count_team_id"), ["team_id"], unique=False)
    op.create_table(
        "final_choice",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("step_key", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        sa.Column("idea_ids", sa.JSON(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("decided_by_name", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("team_id", "step_key"),
    )
    with op.batch_alter_table("final_choice", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_final_choice_team_id"), ["team_id"], unique=False)


def downgrade() -> None:
    op.drop_table("final_choice")
    op.drop_table("race_count")
    with op.batch_alter_table("milestone", schema=None) as batch_op:
        for column in ("created_at", "answers", "kind", "step_key"):
            batch_op.drop_column(column)
    with op.batch_alter_table("step_state", schema=None) as batch_op:
        batch_op.drop_column("anonymous")
    with op.batch_alter_table("selection", schema=None) as batch_op:
        batch_op.drop_column("decided_by_name")
        batch_op.drop_column("tie_break")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_column("best_of_cluster")
