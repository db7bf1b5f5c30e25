"""The juror-file importer fuzzed beyond tests/jury/test_merge_fuzz.py (mutated files, re-signed bodies):
arbitrary bytes, and a check of the whole database, not only the jury's tables, after each refusal."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from app.jury.merge import import_juror_files
from tests.fuzz.common import dump, fuzz
from tests.jury.conftest import make_jury_event


@pytest.fixture
def event(sqlite_store, staatsprint_template, tmp_path):
    return make_jury_event(sqlite_store, staatsprint_template, tmp_path)


@fuzz(80)
@given(data=st.binary(max_size=400))
@example(data=b'{"format": "staatsprint-sealed", "version": 1, "kind": "juror-file", "body": [], "hmac": ""}')
@example(data=b"\xef\xbb\xbf" + b"[" * 50_000)
def test_arbitrary_bytes_as_a_juror_file(event, data):
    before = dump(event.store)
    result = import_juror_files(event.store, event.event_id, [event.write(data, "fuzzed.json")])
    entry = result.files[0]
    assert entry.outcome == "refused" and entry.message
    assert dump(event.store) == before
