"""Fill resources/translations/staatsprint_nl.ts from the tables in scripts/nl_texts*.py (the Dutch UI text).

Workflow: change UI text -> scripts/update_translations.py -> add the new sources
to nl_texts.py -> run this -> scripts/build_translations.py. Qt Linguist works on the same
file; this table is simply quicker to review in a diff.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import importlib

# Every scripts/nl_texts*.py: its DUTCH* tables (source -> Dutch) and ENGLISH_PLURALS* (source -> English forms).
# A new area gets a file of its own (parallel work then never edits the same table).
_MODULES = {path.name: importlib.import_module(path.stem) for path in sorted(Path(__file__).resolve().parent.glob("nl_texts*.py"))}
_TABLES = {f"{name}:{attr}": getattr(module, attr) for name, module in _MODULES.items() for attr in dir(module) if attr.startswith("DUTCH")}
_PLURALS = [getattr(module, attr) for module in _MODULES.values() for attr in dir(module) if attr.startswith("ENGLISH_PLURALS")]
_TWICE = [(a, b, sorted(_TABLES[a].keys() & _TABLES[b].keys())) for a in _TABLES for b in _TABLES if a < b]
assert not any(keys for _, _, keys in _TWICE), f"Dutch given twice: {[t for t in _TWICE if t[2]]}"
DUTCH = {source: dutch for table in _TABLES.values() for source, dutch in table.items()}
ENGLISH_FORMS = {source: forms for table in _PLURALS for source, forms in table.items()}

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "translations"
TS = FOLDER / "staatsprint_nl.ts"
TS_EN = FOLDER / "staatsprint_en.ts"


def fill_english() -> None:
    tree = ET.parse(TS_EN)
    for message in tree.iter("message"):
        forms = ENGLISH_FORMS.get(message.findtext("source"))
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
