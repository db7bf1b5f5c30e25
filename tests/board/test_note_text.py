"""The one rule for a note's text: shrink to a minimum size, then wrap and continue (with a fake font)."""

from __future__ import annotations

from app.board.note_text import ELLIPSIS, LEADING, fit, fit_note, wrap


def monospace(text: str, size: float) -> float:
    """Every character half as wide as the size is high."""
    return len(text) * size / 2


def test_a_short_text_keeps_the_base_size_on_one_line():
    fitted = fit("kort", 100, 40, monospace, 10, 6)
    assert (fitted.size, fitted.lines, fitted.continues) == (10, ("kort",), False)


def test_lines_break_at_spaces_and_own_line_breaks():
    assert wrap("aaaa bbbb cccc\ndd", 50, 10, monospace) == ["aaaa bbbb", "cccc", "dd"]


def test_a_word_wider_than_the_box_is_broken_inside_from_where_the_line_is():
    assert wrap("abcdefghijkl", 40, 10, monospace) == ["abcdefgh", "ijkl"]
    assert wrap("• abcdefghijkl", 40, 10, monospace) == ["• abcdef", "ghijkl"]  # the bullet stays with its word


def test_a_longer_text_shrinks_until_it_fits():
    text = "een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien"  # four lines at size 10
    fitted = fit(text, 100, 40, monospace, 10, 6)
    assert 6 <= fitted.size < 10 and not fitted.continues
    assert len(fitted.lines) * fitted.size * LEADING <= 40
    assert " ".join(fitted.lines) == text
    assert all(monospace(line, fitted.size) <= 100 for line in fitted.lines)
    bigger = fitted.size + 0.5
    assert len(wrap(text, 100, bigger, monospace)) * bigger * LEADING > 40  # the largest size that fits


def test_a_text_too_long_at_the_minimum_is_cut_with_an_ellipsis_and_continues():
    text = "woord " * 100
    fitted = fit(text, 100, 40, monospace, 10, 6)
    assert fitted.size == 6 and fitted.continues
    assert len(fitted.lines) == int(40 // (6 * LEADING))
    assert fitted.lines[-1].endswith(ELLIPSIS)
    assert all(monospace(line, 6) <= 100 for line in fitted.lines)


def test_an_empty_note_has_one_empty_line():
    assert fit("", 100, 40, monospace, 10, 6).lines == ("",)


def test_a_board_note_uses_the_board_box_and_sizes():
    assert fit_note("kort", monospace).size == 14
    assert fit_note("x" * 200, monospace).continues
