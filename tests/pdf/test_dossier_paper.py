"""The dossier on paper: card texts readable, no empty column, no "not filled in" that repeats its own
heading, the Idea Race worded by whether it is over, and a storyboard that goes on under "(vervolg)"."""

from __future__ import annotations

from dataclasses import replace

from app.board.note_text import PAPER_MIN_PT
from app.export.dossier_data import Knelpunt, ProblemStatement, Race, RaceRound
from tests.pdf.dossiers import empty_dossier, extreme_dossier, full_dossier, picture
from tests.pdf.test_dossier import page_texts, rendered
from tests.pdf.test_dossier_board import _text_sizes


def _text(dossier) -> str:
    return "".join(page_texts(rendered(dossier)[1]))


def test_crystal_ball_cards_and_vehicle_zones_print_at_least_the_paper_minimum():
    crowded = extreme_dossier()
    dossier = replace(empty_dossier(), vehicle=crowded.vehicle, crystal_balls=crowded.crystal_balls)
    _, reader = rendered(dossier)
    sizes = [size for page in reader.pages for size in _text_sizes(page)]
    assert sizes and min(sizes) >= PAPER_MIN_PT - 0.01
    text = "".join(page_texts(reader))
    assert "Ingekorte teksten in hun geheel" in text  # what the cards could not hold is listed under them


def test_the_cluster_column_is_left_out_when_no_knelpunt_has_a_cluster():
    clustered = full_dossier()
    assert "Knelpunt\nCluster\nStippen" in _text(clustered)
    plain = replace(clustered, knelpunten=tuple(replace(k, cluster="") for k in clustered.knelpunten))
    text = _text(plain)
    assert "Knelpunt\nStippen" in text and "Cluster\n" not in text.split("Knelpunten", 1)[1].split("Build Your Vehicle")[0]
    assert Knelpunt("x").cluster == ""


def test_an_empty_question_says_not_filled_in_without_repeating_itself():
    statement = ProblemStatement("", (("Wie heeft het probleem?", "Gemeenten"), ("Wat is het probleem?", "")),
                                 ("Wat is het probleem?",))
    text = _text(replace(full_dossier(), problem=statement))
    assert "Wat is het probleem?\nNog niet ingevuld\n" in text
    assert "Nog niet ingevuld: Wat is het probleem?" not in text and text.count("Wat is het probleem?") == 1


def test_a_team_without_a_rank_did_not_race_only_once_the_race_is_over():
    rounds = (RaceRound("Deel 1", 0),)
    running = _text(replace(empty_dossier(), race=Race(rounds, 0, None, 6, final=False)))
    assert "Dit team is nog niet aan de Idea Race begonnen." in running and "deed niet mee" not in running
    over = _text(replace(empty_dossier(), race=Race(rounds, 0, None, 6, final=True)))
    assert "Dit team deed niet mee aan de Idea Race." in over
    english = _text(replace(empty_dossier("en"), race=Race(rounds, 0, None, 6, final=False)))
    assert "This team has not started the Idea Race yet." in english


def test_a_storyboard_broken_over_pages_goes_on_under_a_continued_heading():
    panels = tuple(replace(picture(400, 300, "#FFE97A"), caption=f"Plaatje {n}", text="Zo gaat het verder. " * 6) for n in range(1, 8))
    _, reader = rendered(replace(empty_dossier(), storyboard=panels))
    texts = page_texts(reader)
    first = next(n for n, text in enumerate(texts) if "Paneel 1" in text)
    later = [text for text in texts[first + 1:] if "Paneel" in text]
    assert later and all(text.startswith("Storyboard (vervolg)\nPaneel") for text in later)
    assert "Storyboard (vervolg)" not in texts[first]
