"""`staatsprint info` shows each phase at its shifted time, as the window does."""

from __future__ import annotations

import io
from datetime import datetime, timezone

from app.cli import build_parser, run_command
from app.day.programme import shift_rest_of_day
from app.storage.database import open_store


def test_info_shows_the_phases_at_their_shifted_times(tmp_path):
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    assert run_command(build_parser().parse_args(["--db", db, "new-event", "--date", "2026-03-11"]), io.StringIO()) == 0
    store = open_store(db)
    # 11:37: phase 2 and the feedback after it; lunch is fixed at 12:30, so the feedback (12:15) moves 10 at most
    shift_rest_of_day(store, 1, 10, datetime(2026, 3, 11, 10, 37, tzinfo=timezone.utc))
    store.engine.dispose()
    out = io.StringIO()
    assert run_command(build_parser().parse_args(["--db", db, "info"]), out) == 0
    assert "1 Wat is het probleem?  10:30-11:50" in out.getvalue()
    assert "2 Het probleem definiëren  11:50-12:25" in out.getvalue()
