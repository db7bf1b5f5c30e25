"""The team dossier PDF: every entered answer can be read back, long answers flow on, empty parts say
so, extreme content lays out, and only the embedded Noto Sans draws the text."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest
from pypdf import PdfReader

from app.export.dossier_data import Answer, AnswerSection
from app.pdf.dossier import render_dossier
from tests.pdf.dossiers import empty_dossier, extreme_dossier, full_dossier


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
    entered += [note.text for zone in dossier.vehicle for note in zone.notes] + [zone.title for zone in dossier.vehicle]
    for text in entered:
        assert squeezed(text) in whole, text


def test_taken_over_and_linked_answers_are_marked_and_hints_shown_under_their_question():
    dossier = full_dossier()
    plan = dossier.sections[1]
    unlabelled = replace(plan.answers[1], source_label="")
    sections = (dossier.sections[0], replace(plan, answers=(plan.answers[0], unlabelled, plan.answers[2])), dossier.sections[2])
    _pages, reader = rendered(replace(dossier, sections=sections))
    text = "".join(page_texts(reader))
    assert "Welk probleem lost het op?\nOvergenomen uit de probleemstelling\nGemeenten betalen" in text
    assert "Wie heb je nodig?\nZelfde als een eerdere vraag\nVNG" in text
    assert "Wat is jullie idee?\nIn één zin, zonder jargon.\nEen coöperatie" in text
    assert "Wat kost het?\nEen grove schatting is genoeg.\nNog niet ingevuld\n" in text
    assert "Nog niet ingevuld: Wat kost het?" not in text  # the question is right above: not said twice


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
    dossier = extreme_dossier()
    long = [a for a in dossier.sections[0].answers if len(a.text) == 3000]
    assert len(long) == 2 and all({"ë", "é", "€"} <= set(a.text) for a in long)
    _pages, reader = rendered(dossier)
    texts = [squeezed(text) for text in page_texts(reader)]
    flowed = 0
    for answer in long:
        whole = squeezed(answer.text)
        page = next(i for i, text in enumerate(texts) if whole[:60] in text)
        on_first = _common_start(texts[page][texts[page].index(whole[:60]):], whole)
        if on_first == len(whole):
            continue  # whole on one page
        flowed += 1
        assert whole[on_first:] in texts[page + 1], "the rest goes on, whole, on the next page"
        assert squeezed(f"{answer.question} (vervolg)") in texts[page + 1]
    assert flowed, "a long answer breaks at a page's end"


def _common_start(a: str, b: str) -> int:
    return next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))


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
    for part in ("Probleemstelling", "Knelpunten", "Build Your Vehicle", "Crystal Ball", "Storyboard", "Pitch en actieplan"):
        assert f"{part}\nNog niet ingevuld\n" in text  # under its heading, without repeating it
        assert f"Nog niet ingevuld: {part.lower()}" not in text
    assert "Dit team is nog niet aan de Idea Race begonnen." in text and "deed niet mee" not in text


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


def test_markup_characters_print_as_typed_and_an_answer_of_many_pages_flows_on():
    typed = "woord & <tag> " * 1200  # about five pages
    section = AnswerSection("pitch", "Pitch", (Answer("a", 'Vraag <b> & "x"?', "x" * 3000, hint="<i>hint</i>"), Answer("b", "Lang?", typed)))
    pages, reader = rendered(replace(full_dossier(), sections=(section,)))
    texts = page_texts(reader)
    whole = "".join(texts)
    assert 'Vraag <b> & "x"?' in whole and "<i>hint</i>" in whole
    assert sum("Lang? (vervolg)" in text for text in texts) >= 3
    assert squeezed(typed).count("woord&<tag>") == whole.replace(" ", "").replace("\n", "").count("woord&<tag>")
    assert pages == len(texts)
