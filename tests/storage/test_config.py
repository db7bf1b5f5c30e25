"""Which database: --db beats STAATSPRINT_DB beats the data folder; a bare path is an SQLite file."""

from __future__ import annotations

from app.storage.config import ENV_VAR, database_url


def test_cli_value_wins(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, "postgresql://env@host/db")
    assert database_url("postgresql://cli@host/db") == "postgresql://cli@host/db"


def test_environment_next(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "postgresql://env@host/db")
    assert database_url(None) == "postgresql://env@host/db"


def test_a_bare_path_is_an_sqlite_file_and_makes_no_folder(tmp_path):
    assert database_url(str(tmp_path / "sub" / "event.sqlite")) == f"sqlite:///{tmp_path / 'sub' / 'event.sqlite'}"
    assert not (tmp_path / "sub").exists()


def test_default_is_sqlite_in_the_data_folder(monkeypatch, tmp_path):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert database_url(None) == f"sqlite:///{tmp_path / 'staatsprint' / 'staatsprint.sqlite'}"
    assert (tmp_path / "staatsprint").is_dir()  # our own data folder is made
