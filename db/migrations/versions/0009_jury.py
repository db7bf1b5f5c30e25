"""the jury: rubric, running order, juror files, decisions and the audience prize

- ``juror``: ``position``, ``chair`` and ``token`` (random, names the juror in kits and files); the
  unused ``public_key`` goes (juror files are signed with a key derived from the event's secret).
- ``criterion``: integer ``weight`` (rounded, at least 1), ``min_score``, a description and the
  score levels.
- ``score``: its per-criterion ``comment`` moves to the new ``score_sheet.note`` (one note per juror
  and team, the comments joined as "<criterion>: <comment>").
- New tables ``recusal``, ``juror_file``, ``score_sheet``, ``jury_setting``, ``jury_log``,
  ``pitch_slot``, ``award``, ``audience_code`` and ``audience_vote``.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""

import secrets

import sqlalchemy as sa
import sqlmodel
from alembic import op

import db.types

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def _string(length: int | None = None):
    return sqlmodel.sql.sqltypes.AutoString(length=length) if length else sqlmodel.sql.sqltypes.AutoString()


def _time():
    return db.types.UTCDateTime(timezone=True)


def upgrade() -> None:
    _jurors()
    _criteria()
    _new_tables()
    _comments_to_sheets()


def _jurors() -> None:
    with op.batch_alter_table("juror", schema=None) as batch_op:
        batch_op.add_column(sa.Column("position", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("chair", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("token", _string(32), nullable=False, server_default=""))
        batch_op.drop_column("public_key")
    bind = op.get_bind()
    for (juror_id,) in bind.execute(sa.text("SELECT id FROM juror ORDER BY id")).all():
        bind.execute(sa.text("UPDATE juror SET token = :token, position = :id WHERE id = :id"),
                     {"token": secrets.token_hex(16), "id": juror_id})


def _criteria() -> None:
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description_nl", _string(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("description_en", _string(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("min_score", sa.Integer(), nullable=False, server_default="1"))
        batch_op.add_column(sa.Column("levels", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("weight_int", sa.Integer(), nullable=False, server_default="1"))
    op.execute("UPDATE criterion SET weight_int = CASE WHEN weight < 1 THEN 1 ELSE CAST(ROUND(weight) AS INTEGER) END")
    with op.batch_alter_table("criterion", schema=None) as batch_op:
        batch_op.drop_column("weight")
        batch_op.alter_column("weight_int", new_column_name="weight", existing_type=sa.Integer(), existing_nullable=False)


def _new_tables() -> None:
    op.create_table(
        "recusal",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("reason", _string(200), nullable=False),
        sa.ForeignKeyConstraint(["juror_id"], ["juror.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("juror_id", "team_id"),
    )
    op.create_index(op.f("ix_recusal_juror_id"), "recusal", ["juror_id"], unique=False)
    op.create_table(
        "juror_file",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("rubric_version", sa.Integer(), nullable=False),
        sa.Column("digest", _string(64), nullable=False),
        sa.Column("source", _string(10), nullable=False),
        sa.Column("status", _string(20), nullable=False),
        sa.Column("reason", _string(), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("finalised_at", _time(), nullable=True),
        sa.Column("received_at", _time(), nullable=False),
        sa.Column("updated_at", _time(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["juror_id"], ["juror.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("juror_id", "revision"),
    )
    op.create_index(op.f("ix_juror_file_event_id"), "juror_file", ["event_id"], unique=False)
    op.create_index(op.f("ix_juror_file_juror_id"), "juror_file", ["juror_id"], unique=False)
    op.create_table(
        "score_sheet",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("juror_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("not_seen", sa.Boolean(), nullable=False),
        sa.Column("note", _string(), nullable=False),
        sa.Column("feedback", _string(), nullable=False),
        sa.Column("updated_at", _time(), nullable=False),
        sa.ForeignKeyConstraint(["juror_id"], ["juror.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("juror_id", "team_id"),
    )
    op.create_index(op.f("ix_score_sheet_juror_id"), "score_sheet", ["juror_id"], unique=False)
    op.create_table(
        "jury_setting",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("secret", _string(64), nullable=False),
        sa.Column("rubric_version", sa.Integer(), nullable=False),
        sa.Column("deciding", _string(10), nullable=False),
        sa.Column("tie_break", sa.JSON(), nullable=False),
        sa.Column("tie_criterion", _string(40), nullable=True),
        sa.Column("draws", sa.JSON(), nullable=False),
        sa.Column("closed_at", _time(), nullable=True),
        sa.Column("confirmed_at", _time(), nullable=True),
        sa.Column("audience", _string(10), nullable=False),
        sa.Column("updated_at", _time(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id"),
    )
    op.create_table(
        "jury_log",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("kind", _string(30), nullable=False),
        sa.Column("reason", _string(), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_jury_log_event_id"), "jury_log", ["event_id"], unique=False)
    op.create_table(
        "pitch_slot",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("room", _string(40), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("absent", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "team_id"),
    )
    op.create_index(op.f("ix_pitch_slot_event_id"), "pitch_slot", ["event_id"], unique=False)
    op.create_table(
        "award",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("pool_key", _string(80), nullable=False),
        sa.Column("place", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("reason", _string(), nullable=False),
        sa.Column("updated_at", _time(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "pool_key", "place"),
    )
    op.create_index(op.f("ix_award_event_id"), "award", ["event_id"], unique=False)
    op.create_table(
        "audience_code",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("member_id", sa.Integer(), nullable=True),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("code", _string(12), nullable=False),
        sa.Column("used", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["member_id"], ["member.id"], ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id", "code"),
    )
    op.create_index(op.f("ix_audience_code_event_id"), "audience_code", ["event_id"], unique=False)
    op.create_table(
        "audience_vote",
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("created_at", _time(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["event.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["team_id"], ["team.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index(op.f("ix_audience_vote_event_id"), "audience_vote", ["event_id"], unique=False)


def _comments_to_sheets() -> None:
    """Each juror's comments on a team become one note on the team's score sheet."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT s.juror_id, s.team_id, c.title_nl, s.comment, s.updated_at FROM score s "
        "JOIN criterion c ON c.id = s.criterion_id ORDER BY s.juror_id, s.team_id, c.position, c.id"
    )).all()
    sheets: dict[tuple[int, int], list] = {}
    for juror_id, team_id, title, comment, updated_at in rows:
        lines, _ = sheets.setdefault((juror_id, team_id), ([], updated_at))
        if comment.strip():
            lines.append(f"{title}: {comment.strip()}")
    for (juror_id, team_id), (lines, updated_at) in sheets.items():
        bind.execute(sa.text(
            "INSERT INTO score_sheet (version, juror_id, team_id, not_seen, note, feedback, updated_at) "
            "VALUES (1, :juror, :team, :no, :note, '', :at)"
        ), {"juror": juror_id, "team": team_id, "no": False, "note": "\n".join(lines), "at": updated_at})
    with op.batch_alter_table("score", schema=None) as batch_op:
        batch_op.drop_column("comment")


def downgrade() -> None:
    raise NotImplementedError("0009 moves score comments and drops columns: restore the backup taken before the upgrade")
