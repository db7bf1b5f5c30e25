"""one plenary timer per event, step and part: a partial unique index (team_id IS NULL)

The unique constraint on (event_id, team_id, step_key, part_key) lets NULL team ids
repeat, so two laptops starting the same plenary timer made two rows. A partial unique
index closes that on both engines (and lets INSERT … ON CONFLICT name it). Rows doubled
by that race before this revision are merged first: the oldest row is kept.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

PLENARY = sa.text("team_id IS NULL")


def upgrade() -> None:
    op.execute(
        "DELETE FROM step_state WHERE team_id IS NULL AND id NOT IN ("
        " SELECT MIN(id) FROM step_state WHERE team_id IS NULL GROUP BY event_id, step_key, part_key)"
    )
    op.create_index(
        "uq_step_state_plenary", "step_state", ["event_id", "step_key", "part_key"],
        unique=True, sqlite_where=PLENARY, postgresql_where=PLENARY,
    )


def downgrade() -> None:
    op.drop_index("uq_step_state_plenary", table_name="step_state")
