"""`staatsprint info` in the asked language, and safe on a terminal whatever the names hold."""

from __future__ import annotations

import io
import subprocess
import sys

from sqlalchemy import update

from app.cli import build_parser, run_command
from app.storage.database import open_store
from db.models import Event, Member, Team


def run(*argv: str) -> str:
    out = io.StringIO()
    assert run_command(build_parser().parse_args(list(argv)), out) == 0
    return out.getvalue()


def _demo(tmp_path) -> str:
    db = f"sqlite:///{tmp_path / 'x.sqlite'}"
    run("--db", db, "demo")
    return db


def _headings(text: str) -> list[str]:
    return [line.split(" ")[0] for line in text.splitlines() if line and not line.startswith(" ")]


def test_info_speaks_dutch_with_lang_nl_and_by_default(tmp_path):
    db = _demo(tmp_path)
    dutch = run("--db", db, "info", "--lang", "nl")
    assert _headings(dutch) == ["Evenement", "Programma", "Teams", "Fasen"]
    assert "sjabloon staatsprint" in dutch and " · nu bij: " in dutch and "Teamcaptain" in dutch
    assert run("--db", db, "info") == dutch


def test_info_speaks_english_with_lang_en(tmp_path):
    english = run("--db", _demo(tmp_path), "info", "--lang", "en")
    assert _headings(english) == ["Event", "Programme", "Teams", "Phases"]
    assert "template staatsprint" in english and " · at: " in english and "Team captain" in english
    assert "nu bij" not in english and "sjabloon" not in english


def _hostile_names(db: str) -> None:
    """Names as an older version (or another program) may have stored them, past today's checks."""
    store = open_store(db)
    with store.write() as session:
        session.execute(update(Event).values(name="Sprint\x1b]0;pwned\x07", location="Den\u202eHaag"))
        session.execute(update(Team).where(Team.number == 1).values(name="\x1b[2J\x1b[31mRood"))
        session.execute(update(Member).where(Member.position == 0).values(name="Anna\nBakker\r\x00"))
    store.engine.dispose()


def test_info_shows_control_characters_escaped_instead_of_obeying_them(tmp_path):
    db = _demo(tmp_path)
    _hostile_names(db)
    out = run("--db", db, "info")
    assert "Sprint\\x1b]0;pwned\\x07" in out and "Den\\u202eHaag" in out
    assert "\\x1b[2J\\x1b[31mRood" in out and "Anna\\nBakker\\r\\x00" in out
    assert not any(char in out for char in "\x1b\x07\x00\r\u202e")


def test_info_on_a_real_terminal_stream_prints_every_line_escaped(tmp_path):
    db = _demo(tmp_path)
    _hostile_names(db)
    result = subprocess.run([sys.executable, "-m", "app", "--db", db, "info"], capture_output=True, timeout=60)
    assert result.returncode == 0 and b"\x1b" not in result.stdout and b"\\x1b[2J" in result.stdout
