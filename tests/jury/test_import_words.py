"""``staatsprint jury import``'s report in the chosen language (default Dutch), its counts as its lines say
them, and every refusal code of an import in words."""

from __future__ import annotations

import argparse
import io
import re

import pytest

from app.jury.import_words import REASONS, reason, reason_key, report_lines
from app.jury.merge import import_juror_files, run_import_command
from app.jury.merge_report import FileOutcome
from app.signed.sealed import seal


def _run(event, paths, lang=None) -> tuple[int, list[str]]:
    out = io.StringIO()
    code = run_import_command(event.store, event.event_id, argparse.Namespace(files=[str(p) for p in paths], lang=lang), out)
    return code, out.getvalue().splitlines()


def test_the_report_is_dutch_by_default_and_names_a_kit_and_a_missing_file_plainly(jury_event):
    kit = jury_event.write(seal("jury_kit", {"juror": {}}, b"k" * 32), "Jurykit Anna.json")
    code, lines = _run(jury_event, [jury_event.file("Anna"), kit, jury_event.folder / "weg.json"])
    assert code == 2
    assert lines == [
        "Jurybestanden geïmporteerd: 1 geaccepteerd, 0 dubbel, 0 vervangen, 0 na sluiting, 2 geweigerd.",
        "  Geaccepteerd  Juryscores Anna r1.json — Anna, versie 1: In gebruik.",
        "  Geweigerd     Jurykit Anna.json: Jurykit Anna.json is een jurykit, geen jurybestand: "
        "importeer de bestanden „Juryscores …” die de juryleden inleveren.",
        "  Geweigerd     weg.json: weg.json bestaat niet: klopt de naam of de map?",
    ]


def test_the_report_in_english_with_lang_en(jury_event):
    code, lines = _run(jury_event, [jury_event.file("Anna"), jury_event.file("Anna")], "en")
    assert code == 0
    assert lines == ["Juror files imported: 1 accepted, 1 duplicate, 0 superseded, 0 after close, 0 refused.",
                     "  Accepted     Juryscores Anna r1.json — Anna, revision 1: In use.",
                     "  Duplicate    Juryscores Anna r1.json — Anna, revision 1: Received before: nothing changed."]


def test_a_revision_replacing_one_of_an_earlier_import_counts_it_as_superseded(jury_event):
    _run(jury_event, [jury_event.file("Anna", 1)])
    code, lines = _run(jury_event, [jury_event.file("Anna", 2, bump=1)])
    assert code == 0
    assert lines == ["Jurybestanden geïmporteerd: 1 geaccepteerd, 0 dubbel, 1 vervangen, 0 na sluiting, 0 geweigerd.",
                     "  Geaccepteerd  Juryscores Anna r2.json — Anna, versie 2: In gebruik; vervangt versie 1."]


def test_two_revisions_in_one_import_count_the_replaced_one_once(jury_event):
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 2, bump=1), jury_event.file("Anna", 1)])
    assert (result.superseded_count, result.replaced_before) == (1, 0)
    assert report_lines(result, "en")[0] == "Juror files imported: 1 accepted, 0 duplicate, 1 superseded, 0 after close, 0 refused."


def test_revisions_3_over_2_over_an_earlier_1_count_both_superseded(jury_event):
    import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 1)])
    result = import_juror_files(jury_event.store, jury_event.event_id, [jury_event.file("Anna", 2, bump=1), jury_event.file("Anna", 3, bump=2)])
    assert [e.outcome for e in result.files] == ["superseded", "accepted"]
    assert (result.superseded_count, result.replaced_before) == (2, 1)


def test_another_older_revision_says_it_changes_nothing_in_dutch(jury_event):
    _run(jury_event, [jury_event.file("Anna", 1), jury_event.file("Anna", 2, bump=1)])
    path = jury_event.write(jury_event.sealed(jury_event.body("Anna", 1, bump=2)), "Juryscores Anna r1 (2).json")
    code, lines = _run(jury_event, [path])
    assert code == 2
    assert lines[1] == ("  Geweigerd     Juryscores Anna r1 (2).json — Anna, versie 1: Deze versie 1 wijkt af van de versie 1 "
                        "die al binnen was, maar verandert niets: de nieuwere versie 2 telt.")


PARAMS = {"name": "x.json", "juror": "Anna", "revision": 1, "newer": 2, "replaces": 1, "version": 1, "now": 2,
          "field": "teams", "team": "team 3", "value": "11", "criterion": "Concrete idea", "criterion_nl": "Concreet idee",
          "min": 1, "max": 10, "key": "zzz", "reason": "too long", "missing": True, "found": "jury_kit",
          "expected": "juror_scores"}


@pytest.mark.parametrize("code", sorted(REASONS))
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_every_reason_has_both_languages_with_its_values_filled_in(code, lang):
    entry = FileOutcome("x.json", "refused", code=code, message="english", params=dict(PARAMS))
    text = reason(entry, lang)
    assert text and "{" not in text and text != "english"


def test_an_unknown_code_falls_back_to_the_english_message():
    entry = FileOutcome("x.json", "refused", code="something_new", message="something new happened")
    assert reason(entry, "nl") == "something new happened"


def test_a_criterion_is_named_in_the_language():
    entry = FileOutcome("x.json", "refused", code="juror_file_missing_score",
                        params={"team": "team 3", "criterion": "Concrete idea", "criterion_nl": "Concreet idee"})
    assert "Concreet idee" in reason(entry, "nl")
    assert "Concrete idea" in reason(entry, "en")
    assert reason_key(FileOutcome("x", "refused", code="sealed_wrong_kind", params={"found": "x", "expected": "y"})) == "sealed_wrong_kind"
    assert not re.search(r"'\w+'", reason(FileOutcome("x", "refused", code="sealed_wrong_kind", params={"name": "x"}), "nl"))
