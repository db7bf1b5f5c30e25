"""The team dossier PDF: every entered answer can be read back, long answers flow on, empty parts say
so, extreme content lays out, and only the embedded Noto Sans draws the text."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from app.pdf.dossier import render_dossier
from tests.pdf.dossiers import LONG_ANSWER_START, empty_dossier, extreme_dossier, full_dossier, long_answer


def rendered(dossier) -> tuple[int, PdfReader]:
    out = io.BytesIO()
    pages = render_dossier(dossier, out)
    out.seek(0)
    return pages, PdfReader(out)


def squeezed(text: str) -> str:
    """Text without any white space: a wrapped line in the PDF reads back as the typed text."""
    return "".join(text.split())


def page_texts(reader: PdfReader) -> list[str]:
    return [page.extract_text() for page in reader.pages]


def test_every_answer_and_entry_of_a_full_dossier_is_in_the_pdf():
    dossier = full_dossier()
    pages, reader = rendered(dossier)
    assert pages == len(reader.pages) >= 4
    whole = squeezed("".join(page_texts(reader)))
    entered = [answer.text for section in dossier.sections for answer in section.answers if answer.text]
    entered += [dossier.problem.sentence, dossier.winning_hkw, dossier.tie_break, dossier.yell, dossier.challenge_question]
    entered += [person.name for person in dossier.members] + [person.organisation for person in dossier.members]
    entered += [k.title for k in dossier.knelpunten] + [i.text for i in dossier.ideas if i.kept]
    entered += [panel.caption for panel in dossier.storyboard] + [answer.question for s in dossier.sections for answer in s.answers]
    for text in entered:
        assert squeezed(text) in whole, text


def test_the_cover_has_no_furniture_and_every_other_page_its_number_and_date():
    pages, reader = rendered(full_dossier())
    texts = page_texts(reader)
    assert "Pagina" not in texts[0] and "De Wielenbouwers" in texts[0]
    for number, text in enumerate(texts[1:], start=2):
        assert f"Pagina {number} van {pages}" in text and "12 november 2026" in text
        assert "Staatsprint Digitale Overheid 2026" in text


def test_an_english_dossier_uses_the_english_words():
    _pages, reader = rendered(full_dossier("en"))
    texts = page_texts(reader)
    assert "Page 2 of" in texts[1] and "Problem statement" in "".join(texts)


def test_a_3000_character_answer_with_accents_flows_over_two_pages_under_its_question_repeated():
    answer = long_answer()
    assert len(answer) == 3000 and {"ë", "é", "€"} <= set(answer)
    _pages, reader = rendered(extreme_dossier())
    texts = page_texts(reader)
    assert squeezed(answer) in squeezed("".join(texts))
    starts = [i for i, text in enumerate(texts) if squeezed(LONG_ANSWER_START) in squeezed(text)]
    assert starts, "the long answer's start is on a page"
    flowed = [i for i in starts if i + 1 < len(texts) and "(vervolg)" in texts[i + 1]]
    assert flowed, "a long answer goes on on the next page"
    page = flowed[0]
    question = next(q for q in ("Welk probleem lost het op?", "Voor wie?") if f"{q} (vervolg)" in texts[page + 1])
    assert question in texts[page]


def test_extreme_content_lays_out_with_every_knelpunt_milestone_and_panel():
    dossier = extreme_dossier()
    pages, reader = rendered(dossier)  # no LayoutError
    whole = squeezed("".join(page_texts(reader)))
    assert pages >= 8
    for knelpunt in dossier.knelpunten:
        assert squeezed(knelpunt.title) in whole
    for number in range(1, 9):
        assert squeezed(f"Paneel {number}: Schets {number}") in whole
    images = sum(len([x for x in page["/Resources"].get("/XObject", {}).values() if x.get_object()["/Subtype"] == "/Image"])
                 for page in reader.pages if "/XObject" in page["/Resources"])
    assert images == 8


def test_an_empty_dossier_says_what_is_missing():
    pages, reader = rendered(empty_dossier())
    text = "".join(page_texts(reader))
    assert pages == 2
    assert "Team 7" in text and "nog geen challenge gekozen" in text
    for part in ("probleemstelling", "knelpunten", "Build Your Vehicle", "Crystal Ball", "Storyboard", "pitch en actieplan"):
        assert f"Nog niet ingevuld: {part}" in text
    assert "Dit team deed niet mee aan de Idea Race." in text


@pytest.mark.parametrize("make", [full_dossier, empty_dossier, extreme_dossier])
def test_only_the_embedded_noto_sans_draws_the_text(make):
    _pages, reader = rendered(make())
    fonts = {}
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    assert fonts
    for name, font in fonts.items():
        assert "NotoSans" in name and "Helvetica" not in name
        descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
        assert "/FontFile2" in descendant["/FontDescriptor"].get_object(), f"{name} is embedded"
