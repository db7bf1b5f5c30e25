"""Fill resources/translations/staatsprint_nl.ts from the tables in nl_texts.py, nl_texts_ideation.py, nl_texts_pitch.py and nl_texts_jury.py (the Dutch UI text).

Workflow: change UI text -> scripts/update_translations.py -> add the new sources
to nl_texts.py -> run this -> scripts/build_translations.py. Qt Linguist works on the same
file; this table is simply quicker to review in a diff.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from nl_texts import (  # run as a script: this folder is on the path
    DUTCH as DUTCH_EARLIER,
)
from nl_texts import (
    ENGLISH_PLURALS,
)
from nl_texts_ideation import DUTCH_IDEATION
from nl_texts_jury import DUTCH_JURY, ENGLISH_PLURALS_JURY
from nl_texts_jury_more import DUTCH_JURY_MORE
from nl_texts_pitch import DUTCH_PITCH

_TABLES = {"nl_texts.py": DUTCH_EARLIER, "nl_texts_ideation.py": DUTCH_IDEATION, "nl_texts_pitch.py": DUTCH_PITCH, "nl_texts_jury.py": DUTCH_JURY, "nl_texts_jury_more.py": DUTCH_JURY_MORE}
_TWICE = [(a, b, sorted(_TABLES[a].keys() & _TABLES[b].keys())) for a in _TABLES for b in _TABLES if a < b]
assert not any(keys for _, _, keys in _TWICE), f"Dutch given twice: {[t for t in _TWICE if t[2]]}"
DUTCH = {**DUTCH_EARLIER, **DUTCH_IDEATION, **DUTCH_PITCH, **DUTCH_JURY, **DUTCH_JURY_MORE}

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
TS = FOLDER / "staatsprint_nl.ts"
TS_EN = FOLDER / "staatsprint_en.ts"


def fill_english() -> None:
    tree = ET.parse(TS_EN)
    for message in tree.iter("message"):
        forms = {**ENGLISH_PLURALS, **ENGLISH_PLURALS_JURY}.get(message.findtext("source"))
        translation = message.find("translation")
        if message.get("numerus") == "yes" and forms:
            translation.attrib.pop("type", None)
            for form, text in zip(translation.findall("numerusform"), forms):
                form.text = text
    tree.write(TS_EN, encoding="utf-8", xml_declaration=True)


def main() -> int:
    fill_english()
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        dutch = DUTCH.get(source)
        if dutch is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            forms = translation.findall("numerusform")
            for form, text in zip(forms, dutch):
                form.text = text
        else:
            translation.text = dutch
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    if missing:
        print("no Dutch yet for:", *missing, sep="\n  ", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
