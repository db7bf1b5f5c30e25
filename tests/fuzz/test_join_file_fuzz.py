"""The join file fuzzed: arbitrary bytes, a valid file's bytes mutated, and its JSON mutated place by
place. Reading either gives a join that makes a database address meaning exactly what the file says
(host, port, database, login, and ``sslmode=verify-ca`` kept: no text in the file can switch TLS off or
point elsewhere), or refuses with a DomainError; a refused file leaves the data folder as it was."""

from __future__ import annotations

import json
from datetime import date, datetime, timezone

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy.engine import make_url

from app.errors import DomainError
from app.sync.join_file import JoinFile, join_url, read_join_file
from app.sync.joined import remember
from tests.fuzz.common import byte_edits, cuts, fuzz, json_values, mutated, paths_in, refused_with_message, set_at

NOW = datetime(2027, 3, 10, 9, 0, tzinfo=timezone.utc)
PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUDemo\n-----END CERTIFICATE-----\n"
VALID = JoinFile(event_uid="a" * 32, event_name="Staatsprint 2027", event_day=date(2027, 3, 10), host="192.168.1.20",
                 port=5433, database="staatsprint", certificate=PEM, role="sp_3f2a_team_4", password="p@ss:w/rd?#&",
                 kind="team", label="Team 4 · Bits & Banen", expires=datetime(2027, 3, 17, tzinfo=timezone.utc), team_id=4)
DOCUMENT = json.loads(VALID.to_json())

texts = st.sampled_from(["", "x", "a" * 300, "\x00", "::1", "fe80::1%eth0", "host/x", "h@st", "h?sslmode=disable",
                         "h:1", "h#x", "h x", "[::1]", "ümlaut", "localhost", "2027-03-10", "2027-03-17T00:00:00",
                         "2027-03-17T00:00:00+00:00", "facilitator", "juror"]) | st.text(max_size=12)


def _taken(tmp_path, data: bytes) -> None:
    path = tmp_path / "fuzzed.staatsprint-join"
    path.write_bytes(data)
    folder = tmp_path / "data"
    try:
        join = read_join_file(path, now=NOW)
    except DomainError as error:
        refused_with_message(error)
        assert not folder.exists()
        return
    url = make_url(join_url(join, folder / "certificates"))
    assert (url.host, url.port, url.database) == (join.host.strip("[]"), join.port, join.database)
    assert (url.username, url.password) == (join.role, join.password)
    assert url.query["sslmode"] == "verify-ca"
    assert remember(join, folder).join == join


@fuzz(80)
@given(data=st.binary(max_size=300))
@example(data=b"\xef\xbb\xbf{}")
@example(data=b"[" * 100_000)
def test_arbitrary_bytes(tmp_path_factory, data):
    _taken(tmp_path_factory.mktemp("j"), data)


@fuzz(80)
@given(edits=byte_edits, cut=cuts)
def test_a_valid_join_file_with_its_bytes_mutated(tmp_path_factory, edits, cut):
    _taken(tmp_path_factory.mktemp("j"), mutated(VALID.to_json().encode(), edits, cut))


@fuzz(200)
@given(choice=st.integers(0, 1 << 20), replacement=json_values | texts, delete=st.booleans())
@example(choice=7, replacement="h?sslmode=disable&x=", delete=False)  # the server's host
def test_a_valid_join_file_with_a_value_mutated(tmp_path_factory, choice, replacement, delete):
    document = json.loads(json.dumps(DOCUMENT))
    places = paths_in(document)[1:]
    set_at(document, places[choice % len(places)], replacement, delete)
    _taken(tmp_path_factory.mktemp("j"), json.dumps(document).encode())


def test_the_valid_join_file_is_read(tmp_path):
    _taken(tmp_path, VALID.to_json().encode())
    assert read_join_file(tmp_path / "fuzzed.staatsprint-join", now=NOW) == VALID


@pytest.mark.parametrize("host", ["evil.example?sslmode=disable&x=", "a/b", "user@evil", "h#frag", "h x", "h:99"])
def test_a_host_that_would_change_the_address_is_refused(tmp_path, host):
    document = json.loads(json.dumps(DOCUMENT))
    document["server"]["host"] = host
    path = tmp_path / "odd.staatsprint-join"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(DomainError) as caught:
        read_join_file(path, now=NOW)
    assert caught.value.code == "join_incomplete" and "odd.staatsprint-join" in str(caught.value)


@pytest.mark.parametrize("host", ["192.168.1.20", "::1", "fe80::1%eth0", "laptop-7.local", "localhost"])
def test_host_names_and_addresses_are_taken_and_mean_what_they_say(tmp_path, host):
    document = json.loads(json.dumps(DOCUMENT))
    document["server"]["host"] = host
    _taken(tmp_path, json.dumps(document).encode())
