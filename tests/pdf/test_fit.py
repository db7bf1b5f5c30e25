"""Text fitted to a box: wrapped with the embedded font's widths, cut with "…" only when asked."""

from __future__ import annotations

from app.pdf import fit, fonts
from app.pdf.poster_content import Block
from app.pdf.poster_layout import LOOKS, fit_sheet, make_sheet


def test_lines_never_exceed_the_width_and_keep_every_word():
    text = "Een coöperatie van gemeenten die samen hun software bezit, beheert en onderhoudt voor €0,40."
    lines = fit.wrap(text, 12, 120)
    assert all(fonts.width(line, 12) <= 120 for line in lines)
    assert " ".join(lines) == text


def test_the_texts_own_line_breaks_are_kept():
    assert fit.wrap("Eerst dit\nDan dat", 12, 500) == ["Eerst dit", "Dan dat"]


def test_a_word_wider_than_the_line_is_broken_inside():
    word = "Gegevensuitwisselingsbeveiligingsvoorschriften"
    lines = fit.wrap(word, 12, 80)
    assert len(lines) > 1 and "".join(lines) == word
    assert all(fonts.width(line, 12) <= 80 for line in lines)


def test_cut_keeps_the_first_lines_and_ends_in_an_ellipsis_within_the_width():
    lines = fit.wrap("één twee drie vier vijf zes zeven acht negen tien elf twaalf", 12, 60)
    cut = fit.cut(lines, 2, 12, 60)
    assert len(cut) == 2 and cut[0] == lines[0] and cut[1].endswith("…")
    assert fonts.width(cut[1], 12) <= 60
    assert fit.cut(lines, len(lines), 12, 60) == lines


def test_a_long_answer_shrinks_before_anything_is_cut():
    blocks = [[Block("problem", "Het probleem", "Gemeenten betalen dubbel voor dezelfde software. " * 12)]]
    sheet = make_sheet(blocks, (1.0,), 10_000, "")
    design = sheet.total()
    fit_sheet(sheet, design * 0.6)
    cell = sheet.rows[0][0]
    assert sheet.total() <= design * 0.6
    assert cell.size < LOOKS["problem"].size and cell.max_lines is None


def test_blocks_shrink_together_and_only_at_the_minimum_size_is_one_cut():
    blocks = [[Block("problem", "Het probleem", "Gemeenten betalen dubbel voor dezelfde software. " * 60)],
              [Block("idea", "Ons idee", "Een coöperatie.")]]
    sheet = make_sheet(blocks, (1.0,), 10_000, "")
    fit_sheet(sheet, 400)
    problem, idea = sheet.rows[0][0], sheet.rows[1][0]
    assert sheet.total() <= 400
    assert problem.size == LOOKS["problem"].min_size and problem.lines()[-1].endswith("…")
    assert idea.size == LOOKS["idea"].min_size and not idea.lines()[-1].endswith("…")  # one scale, one cut


def test_the_text_blocks_share_one_size_however_long_each_is():
    blocks = [[Block("problem", "Het probleem", "Gemeenten betalen dubbel voor dezelfde software. " * 6)],
              [Block("for_whom", "Voor wie", "Gemeenten.")], [Block("idea", "Ons idee", "Een coöperatie.")],
              [Block("who_needed", "Wie hebben we nodig", "VNG"), Block("cost", "Wat kost het", "€ 2 miljoen")]]
    sheet = make_sheet(blocks, (1.0,), 10_000, "")
    fit_sheet(sheet, 330)
    cells = {cell.block.key: cell for row in sheet.rows for cell in row}
    assert sheet.total() <= 330 and cells["problem"].size < LOOKS["problem"].size
    assert cells["problem"].size == cells["for_whom"].size == cells["who_needed"].size == cells["cost"].size
    assert cells["idea"].size > 1.5 * cells["problem"].size
