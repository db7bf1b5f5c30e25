"""A Crystal Ball card's question and answer print without a colon after the question mark, in the
dossier and in the open outcomes' CSV."""

from __future__ import annotations

from dataclasses import replace

from app.export.dossier_data import CrystalBall, Moment
from tests.pdf.dossiers import full_dossier
from tests.pdf.test_dossier import page_texts, rendered

ANSWERS = (("Wie speelt welke rol?", "De gemeente trekt, het Rijk betaalt"),
           ("Welk doel is bereikt?", "Tien gemeenten delen hun specialisten"))


def _dossier():
    ball = CrystalBall("Gedeelde pool", 5, "Nu", "Over 5 jaar",
                       (Moment(1, "Pilot met drie gemeenten", answers=ANSWERS), Moment(5, "Alle gemeenten", kind="end")),
                       chosen=True)
    return replace(full_dossier(), crystal_balls=(ball,))


def test_the_dossier_prints_question_then_answer_without_a_colon_after_the_question_mark():
    _, reader = rendered(_dossier())
    text = " ".join(" ".join(page_texts(reader)).split())
    assert "?:" not in text
    assert "Wie speelt welke rol? De gemeente trekt" in text
