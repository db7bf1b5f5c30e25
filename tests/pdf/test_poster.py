"""The flip-over poster: the pitch in big type, on the size asked, two sheets for the Idea Race's winner."""

from __future__ import annotations

import dataclasses
import io

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A0, A1, A3, A4

from app.errors import DomainError
from app.pdf.poster import render_poster
from app.pdf.poster_content import path_line, poster_blocks
from tests.pdf.dossiers import empty_dossier, extreme_dossier, long_answer
from tests.pdf.events import PITCH, pitch_sections, pitched_dossier, winner_dossier


def render(dossier, size="A1") -> tuple[int, PdfReader]:
    out = io.BytesIO()
    pages = render_poster(dossier, out, size)
    return pages, PdfReader(io.BytesIO(out.getvalue()))


def text_of(reader: PdfReader) -> str:
    return " ".join(" ".join((page.extract_text() or "").split()) for page in reader.pages)


def test_the_poster_shows_the_pitch_in_one_page():
    pages, reader = render(pitched_dossier())
    text = text_of(reader)
    assert pages == len(reader.pages) == 1
    for expected in ("De Wielenbouwers", "Moderniseren gemeentelijke IT", PITCH["problem"], PITCH["for_whom"],
                     PITCH["idea"], PITCH["who_needed"], PITCH["cost"], "Samen rijden we verder!",
                     "HET PROBLEEM", "ONS IDEE", "ONZE YELL"):
        assert expected in text


def test_the_path_is_the_chosen_crystal_balls_timeline():
    _, reader = render(pitched_dossier())
    line = ("Nu › Tien gemeenten tekenen › Eerste gedeelde zaaksysteem › Helft van de gemeenten doet mee"
            " › Alle gemeenten delen hun software")
    assert path_line(pitched_dossier()) == line
    assert line in text_of(reader)


def test_without_a_chosen_crystal_ball_the_path_is_the_answer():
    dossier = pitched_dossier(crystal_balls=())
    assert poster_blocks(dossier)["path"].text == PITCH["path"]
    assert PITCH["path"] in text_of(render(dossier)[1])


def test_the_problem_falls_back_to_the_problem_statement_and_the_idea_to_the_chosen_idea():
    dossier = pitched_dossier(sections=pitch_sections({**PITCH, "problem": "", "idea": ""}))
    blocks = poster_blocks(dossier)
    assert blocks["problem"].text == dossier.problem.sentence
    assert blocks["idea"].text == dossier.chosen_idea


@pytest.mark.parametrize(("size", "page"), [("A0", A0), ("A1", A1), ("A3", A3), ("A4", A4), ("a4", A4)])
def test_the_sheet_has_the_size_asked_in_points(size, page):
    _, reader = render(pitched_dossier(), size)
    box = reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(page, abs=0.01)


def test_the_default_size_is_a1_portrait():
    out = io.BytesIO()
    render_poster(pitched_dossier(), out)
    box = PdfReader(io.BytesIO(out.getvalue())).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx(A1, abs=0.01)
    assert float(box.height) > float(box.width)


def test_an_unknown_size_is_refused_with_the_sizes_listed_and_nothing_written():
    out = io.BytesIO()
    with pytest.raises(DomainError) as caught:
        render_poster(pitched_dossier(), out, "B2")
    assert caught.value.code == "poster_size_unknown"
    assert "A0, A1, A3, A4" in caught.value.message
    assert caught.value.params == {"size": "B2", "sizes": "A0, A1, A3, A4"}
    assert out.getvalue() == b""


def test_the_idea_race_winner_gets_two_sheets_split_between_problem_and_plan():
    pages, reader = render(winner_dossier(), "A1")
    assert pages == len(reader.pages) == 2
    first, second = (" ".join((page.extract_text() or "").split()) for page in reader.pages)
    assert "Vel 1 van 2" in first and "Vel 2 van 2" in second
    for expected in (PITCH["problem"], PITCH["for_whom"], PITCH["idea"]):
        assert expected in first and expected not in second
    for expected in ("Tien gemeenten tekenen", PITCH["who_needed"], PITCH["cost"], "Samen rijden we verder!"):
        assert expected in second and expected not in first


def test_every_block_of_the_winners_sheets_is_set_bigger_than_on_a_single_sheet(monkeypatch):
    import app.pdf.poster as poster

    sizes: dict[str, dict[str, float]] = {"single": {}, "winner": {}}
    for name, dossier in (("single", pitched_dossier()), ("winner", winner_dossier())):
        monkeypatch.setattr(poster, "_draw_block",
                            lambda canvas, placed, name=name: sizes[name].update({placed.label: placed.size}))
        render_poster(dossier, io.BytesIO(), "A4")
    assert sizes["winner"].keys() == sizes["single"].keys()
    assert all(sizes["winner"][label] > sizes["single"][label] for label in sizes["single"])


def test_an_empty_team_gets_a_valid_poster_that_says_what_is_missing():
    pages, reader = render(empty_dossier(), "A4")
    text = text_of(reader)
    assert pages == 1
    assert "Team 7" in text and "Nog geen challenge gekozen" in text
    assert text.count("Nog niet ingevuld") == 7


def test_english_words_for_an_english_dossier():
    text = text_of(render(empty_dossier("en"), "A4")[1])
    assert "THE PROBLEM" in text and "Not filled in yet" in text and "No challenge chosen yet" in text


def test_a_very_long_answer_is_cut_with_an_ellipsis_but_the_rest_stays_whole():
    dossier = dataclasses.replace(extreme_dossier(), sections=pitch_sections({**PITCH, "problem": long_answer()}))
    pages, reader = render(dossier, "A4")
    text = text_of(reader)
    assert pages == 1
    assert "Wij beginnen klein" in text and "…" in text
    others = (PITCH["for_whom"], PITCH["idea"], PITCH["who_needed"], PITCH["cost"], "Mijlpaal 12 met een lange titel")
    for expected in others:
        assert expected in text


@pytest.mark.parametrize("dossier", [pitched_dossier(), winner_dossier(), empty_dossier()])
def test_only_the_embedded_noto_sans_draws_the_poster(dossier):
    _, reader = render(dossier, "A3")
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages for font in page["/Resources"]["/Font"].values()}
    assert fonts and all("NotoSans" in name for name in fonts)


def _idea_size(size: str) -> float:
    """The idea's type size on the printed sheet, in points (font size × the page's scale)."""
    _, reader = render(pitched_dossier(), size)
    found = []

    def visit(text, cm, tm, font, font_size):
        if "coöperatie" in text:
            found.append(font_size * tm[0] * cm[0])

    reader.pages[0].extract_text(visitor_text=visit)
    return found[0]


def test_the_type_scales_with_the_sheets_width():
    a4 = _idea_size("A4")
    assert a4 >= 24  # the idea reads across a room on an A4 hand-out
    for size, page in (("A3", A3), ("A1", A1), ("A0", A0)):
        assert _idea_size(size) == pytest.approx(a4 * page[0] / A4[0], rel=0.01)


def test_a_partly_filled_poster_leaves_its_empty_blocks_out():
    dossier = pitched_dossier(sections=pitch_sections({**PITCH, "cost": "", "who_needed": ""}))
    text = text_of(render(dossier, "A4")[1])
    assert "Nog niet ingevuld" not in text and "WAT KOST HET" not in text and "WIE HEBBEN WE NODIG" not in text
    assert PITCH["idea"] in " ".join(text.split())


def _sizes(dossier, size: str = "A1") -> dict[str, float]:
    """Each block's body size on the printed sheet, in points, by its label."""
    import app.pdf.poster as poster

    found: dict[str, float] = {}
    original = poster._draw_block

    def spy(canvas, placed):
        found[placed.label] = placed.size * poster.SIZES[size][0] / poster.layout.PAGE_W
        original(canvas, placed)

    poster._draw_block = spy
    try:
        render_poster(dossier, io.BytesIO(), size)
    finally:
        poster._draw_block = original
    return found


@pytest.mark.parametrize("dossier", [pitched_dossier(), dataclasses.replace(
    extreme_dossier(), sections=pitch_sections({**PITCH, "who_needed": long_answer()[:600]}))])
def test_the_text_blocks_share_one_size_and_read_across_a_room_on_a1(dossier):
    sizes = _sizes(dossier)
    text = [sizes[label] for label in ("Het probleem", "Voor wie", "Zo komen we er", "Wie hebben we nodig", "Wat kost het")]
    assert max(text) == pytest.approx(min(text))  # one scale: the problem as large as for whom, cost as the rest
    assert min(text) >= 26  # clearly more than 20 pt on A1
    assert sizes["Ons idee"] > 1.4 * min(text)


def test_a_team_with_almost_nothing_gets_its_problem_and_idea_said_to_be_not_filled_in():
    lines = "Bestuurder: Inkoop, jurist\nPassagiers: Leveranciers"
    dossier = dataclasses.replace(empty_dossier(), sections=pitch_sections(
        {key: (lines if key == "who_needed" else "") for key in PITCH}))
    pages, reader = render(dossier, "A1")
    text = text_of(reader)
    assert pages == 1 and text.count("Nog niet ingevuld") == 2
    assert "HET PROBLEEM Nog niet ingevuld" in text and "ONS IDEE Nog niet ingevuld" in text
    assert "WIE HEBBEN WE NODIG" in text and "WAT KOST HET" not in text
    printed = reader.pages[0].extract_text().splitlines()
    assert "Bestuurder: Inkoop, jurist" in printed and "Passagiers: Leveranciers" in printed  # one zone a line
