"""The tables, the engines and the schema's migrations (see db/README.md).

Every schema change extends the full-of-data upgrade test (tests/storage/test_upgrades.py): a
database at the previous revision, filled with the demo event and the rest, upgraded to
head on SQLite and PostgreSQL with every row of every table kept.
"""
