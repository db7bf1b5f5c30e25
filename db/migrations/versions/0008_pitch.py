"""phase 4: the storyboard and the pitch's tasks

- New table ``story_panel``: a storyboard panel (caption, text, an optional scaled picture as bytes).
- New table ``pitch_task``: a member who takes on one of the pitch's tasks.

Pitch answers need no new table: they are ``answer`` rows of the pitch step, like the problem statement's.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import db.types

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _string(length: int):
    return sqlmodel.sql.sqltypes.AutoString(length=length)


def upgrade() -> None:
    op.create_table(
        "story_panel",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("step_key", _string(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("caption", _string(120), nullable=False),
        sa.Column("text", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=True),
        sa.Column("image_type", _string(10), nullable=False),
        sa.Column("image_width", sa.Integer(), nullable=False),
        sa.Column("image_height", sa.Integer(), nullable=False),
        sa.Column("updated_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("story_panel", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_story_panel_team_id"), ["team_id"], unique=False)
    op.create_table(
        "pitch_task",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("step_key", _string(40), nullable=False),
        sa.Column("task_key", _string(40), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("team_id", "step_key", "task_key", "member_id"),
    )
    with op.batch_alter_table("pitch_task", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pitch_task_team_id"), ["team_id"], unique=False)


def downgrade() -> None:
    op.drop_table("pitch_task")
    op.drop_table("story_panel")
