"""The dossier marks the idea the team pitches; ideas combined into one are marked as chosen together."""

from __future__ import annotations

from dataclasses import replace

from app.export.dossier_data import Idea
from tests.pdf.dossiers import full_dossier
from tests.pdf.test_race_standing import _text


def test_ideas_chosen_together_are_marked_as_one_combination():
    base = full_dossier()
    combined = replace(base, chosen_idea="Eén loket met kennistafel",
                       ideas=(Idea(1, "Eén loket", 5, kept=True, chosen=True), Idea(2, "Kennistafel", 4, kept=True, chosen=True),
                              Idea(3, "Datakluis", 3, kept=True)))
    text = " ".join(_text(combined).split())
    assert text.count("samen gekozen als „Eén loket met kennistafel”") >= 2 and "gekozen voor de pitch" not in text
    single = " ".join(_text(base).split())
    assert "gekozen voor de pitch" in single and "samen gekozen" not in single
