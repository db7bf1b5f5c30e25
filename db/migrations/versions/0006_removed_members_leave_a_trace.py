"""a removed member leaves a readable trace: notes keep the author's name, revealed dots stay

Notes get ``author_name`` and votes ``voter_name`` (filled here from the members), and a
vote no longer cascades away with its voter: ``voter_id`` becomes nullable, ON DELETE SET NULL.
Which dots go when a member is removed before the reveal is decided in ``app.event.teams``.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# SQLite's foreign keys are unnamed: batch mode names them by this convention so one can be dropped.
SQLITE_NAMES = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}
VOTER_FK = "vote_voter_id_fkey"  # PostgreSQL's own name for it; the new one gets the same on both engines


def _name_column(table: str) -> sa.Column:
    return sa.Column(table, sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False, server_default="")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.add_column(_name_column("author_name"))
    with op.batch_alter_table("vote", schema=None, naming_convention=SQLITE_NAMES if sqlite else None) as batch_op:
        batch_op.add_column(_name_column("voter_name"))
        batch_op.drop_constraint("fk_vote_voter_id_member" if sqlite else VOTER_FK, type_="foreignkey")
        batch_op.alter_column("voter_id", existing_type=sa.Integer(), nullable=True)
        batch_op.create_foreign_key(VOTER_FK, "member", ["voter_id"], ["id"], ondelete="SET NULL")
    op.execute(
        "UPDATE note SET author_name = COALESCE((SELECT member.name FROM member WHERE member.id = note.author_id), '')"
    )
    op.execute(
        "UPDATE vote SET voter_name = COALESCE((SELECT member.name FROM member WHERE member.id = vote.voter_id), '')"
    )


def downgrade() -> None:
    op.execute("DELETE FROM vote WHERE voter_id IS NULL")
    with op.batch_alter_table("vote", schema=None) as batch_op:
        batch_op.drop_constraint(VOTER_FK, type_="foreignkey")
        batch_op.alter_column("voter_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_foreign_key(VOTER_FK, "member", ["voter_id"], ["id"], ondelete="CASCADE")
        batch_op.drop_column("voter_name")
    with op.batch_alter_table("note", schema=None) as batch_op:
        batch_op.drop_column("author_name")
