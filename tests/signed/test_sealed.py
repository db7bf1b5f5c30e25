"""The signed-file scheme: canonical JSON, floats refused, tampering detected, wrong kind, a newer
format, the size limit, and the key looked up from the body."""

from __future__ import annotations

import json

import pytest

from app.signed.sealed import MAX_BYTES, SealError, canonical, derive_key, digest, open_sealed, read_sealed_file, seal

KEY = derive_key("ab" * 32, "juror:t1")


def _open(data: bytes, kind: str = "juror_scores", key: bytes | None = KEY) -> dict:
    return open_sealed(data, kind, lambda body: key, name="x.json")


def _refusal(data: bytes, **options) -> SealError:
    with pytest.raises(SealError) as refused:
        _open(data, **options)
    return refused.value


def test_canonical_form_sorts_keys_keeps_utf8_and_has_no_spaces():
    assert canonical({"b": 1, "a": ["é", {"d": True, "c": None}]}) == '{"a":["é",{"c":null,"d":true}],"b":1}'.encode()


@pytest.mark.parametrize("value", [1.5, {"x": [2.0]}, {"n": float("nan")}, [float("inf")]])
def test_floats_have_no_canonical_form(value):
    with pytest.raises(ValueError, match="float"):
        canonical(value)


def test_non_text_keys_are_refused():
    with pytest.raises(ValueError, match="keys"):
        canonical({1: "a"})


def test_the_digest_ignores_key_order_and_follows_content():
    assert digest({"a": 1, "b": 2}) == digest({"b": 2, "a": 1})
    assert digest({"a": 1}) != digest({"a": 2})


def test_keys_differ_per_purpose_and_per_secret():
    assert derive_key("ab" * 32, "juror:t1") != derive_key("ab" * 32, "juror:t2")
    assert derive_key("ab" * 32, "juror:t1") != derive_key("cd" * 32, "juror:t1")


def test_a_sealed_body_opens_whatever_the_layout_of_the_file():
    body = {"revision": 2, "teams": [{"id": 1, "scores": {"idea": 7}}], "name": "Zoë"}
    data = seal("juror_scores", body, KEY)
    assert _open(data) == body
    compact = json.dumps(json.loads(data), separators=(",", ":"), sort_keys=False).encode()
    assert _open(compact) == body
    assert _open(b"\xef\xbb\xbf" + data) == body  # a BOM an editor added


@pytest.mark.parametrize("change", [
    lambda d: d["body"]["teams"][0]["scores"].update(idea=8),
    lambda d: d["body"].update(extra=1),
    lambda d: d.update(hmac="0" * 64),
    lambda d: d["body"].update(name="Zoe"),
])
def test_any_change_of_content_is_detected(change):
    document = json.loads(seal("juror_scores", {"teams": [{"id": 1, "scores": {"idea": 7}}], "name": "Zoë"}, KEY))
    change(document)
    assert _refusal(json.dumps(document).encode()).code == "sealed_altered"


def test_a_float_slipped_into_the_body_is_altered_content():
    document = json.loads(seal("juror_scores", {"score": 7}, KEY))
    document["body"]["score"] = 7.0
    assert _refusal(json.dumps(document).encode()).code == "sealed_altered"


def test_another_key_does_not_open_it():
    data = seal("juror_scores", {"a": 1}, KEY)
    assert _refusal(data, key=derive_key("ab" * 32, "juror:t2")).code == "sealed_altered"


def test_an_unknown_key_is_named():
    error = _refusal(seal("juror_scores", {"a": 1}, KEY), key=None)
    assert (error.code, error.message) == ("sealed_unknown_key", "x.json was not made for this event (or by someone it does not know)")


def test_the_wrong_kind_is_refused():
    error = _refusal(seal("jury_kit", {"a": 1}, KEY))
    assert (error.code, error.params["found"], error.params["expected"]) == ("sealed_wrong_kind", "jury_kit", "juror_scores")


def test_a_newer_format_version_asks_for_an_update():
    document = json.loads(seal("juror_scores", {"a": 1}, KEY))
    document["version"] = 2
    error = _refusal(json.dumps(document).encode())
    assert (error.code, error.message) == ("sealed_newer", "x.json was made by a newer Staatsprint: update the app")


@pytest.mark.parametrize("data, code", [
    (b"", "sealed_not_json"), (b"\xff\xfe\x00", "sealed_not_json"), (b"[" * 100_000, "sealed_not_json"),
    (b"[]", "sealed_not_sealed"), (b'{"format": "staatsprint-sealed", "version": 1, "kind": "juror_scores", "body": [], "hmac": ""}', "sealed_not_sealed"),
    (b'{"format": "other", "version": 1, "kind": "juror_scores", "body": {}, "hmac": ""}', "sealed_not_sealed"),
])
def test_what_is_no_sealed_file_is_named(data, code):
    assert _refusal(data).code == code


def test_too_many_bytes_are_refused_before_parsing():
    assert _refusal(b" " * (MAX_BYTES + 1)).code == "sealed_too_large"


def test_a_file_too_large_is_refused_by_its_size_without_reading_it(tmp_path):
    path = tmp_path / "big.json"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(SealError) as refused:
        read_sealed_file(path, "juror_scores", lambda body: KEY)
    assert refused.value.code == "sealed_too_large"


def test_a_sealed_file_on_disk_opens(tmp_path):
    path = tmp_path / "ok.json"
    path.write_bytes(seal("juror_scores", {"a": 1}, KEY))
    assert read_sealed_file(path, "juror_scores", lambda body: KEY) == {"a": 1}
