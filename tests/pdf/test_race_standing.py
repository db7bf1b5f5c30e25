"""The dossier's Idea Race: the rank among the teams in the race, said to be provisional while the race runs."""

from __future__ import annotations

import io
from dataclasses import replace

from pypdf import PdfReader

from app.pdf.dossier import render_dossier
from tests.pdf.dossiers import full_dossier


def _text(dossier) -> str:
    out = io.BytesIO()
    render_dossier(dossier, out)
    return " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(out.getvalue())).pages)


def test_while_the_race_runs_the_dossier_says_the_standing_is_provisional():
    base = full_dossier()
    text = _text(replace(base, race=replace(base.race, final=False)))
    assert "Plaats 2 van 6 teams in de race" in text and "Voorlopige stand: de race loopt nog" in text
    assert "Winnaar" not in text


def test_once_the_race_is_over_the_winner_is_named_and_nothing_is_provisional():
    base = full_dossier()
    text = _text(replace(base, race=replace(base.race, rank=1, winner=True)))
    assert "Plaats 1 van 6 teams in de race" in text and "Winnaar van de Idea Race" in text
    assert "Voorlopige stand" not in text

