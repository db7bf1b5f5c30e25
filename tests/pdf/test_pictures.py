"""The dossier's pictures and furniture: drawn from the app's geometry and rules, measured with the embedded font."""

from __future__ import annotations

from datetime import date

from app.board import note_text
from app.pdf import fonts
from app.pdf.drawings import BoardPicture, VehiclePicture
from app.pdf.style import FRAME_HEIGHT, FRAME_WIDTH, long_date, one_line
from app.pdf.timeline import TimelinePicture
from tests.pdf.dossiers import extreme_dossier, full_dossier


def paper(text: str, size: float) -> float:
    return fonts.width(text, size, fonts.REGULAR)


def test_the_board_on_paper_cuts_exactly_the_notes_the_one_rule_cuts_with_the_embedded_font():
    board = extreme_dossier().board
    picture = BoardPicture(board, FRAME_HEIGHT)
    cut = [note.text for note in board.notes if note_text.fit_note(note.text, paper).continues]
    assert cut and picture.continued == cut
    width, height = picture.wrap(FRAME_WIDTH, FRAME_HEIGHT)
    assert width <= FRAME_WIDTH + 0.01 and height <= FRAME_HEIGHT + 0.01


def test_pictures_fit_the_width_and_their_most_height():
    dossier = extreme_dossier()
    pictures = [VehiclePicture(dossier.vehicle, FRAME_HEIGHT * 0.6)]
    pictures += [TimelinePicture(ball, "nl", FRAME_HEIGHT * 0.8) for ball in dossier.crystal_balls]
    for picture in pictures:
        width, height = picture.wrap(FRAME_WIDTH, FRAME_HEIGHT)
        assert width <= FRAME_WIDTH + 0.01 and height <= FRAME_HEIGHT * 0.8 + 0.01


def test_a_timeline_card_shows_its_title_and_its_whole_text_is_listed_in_full():
    ball = extreme_dossier().crystal_balls[0]
    picture = TimelinePicture(ball, "nl", FRAME_HEIGHT * 0.8)
    with_more = [m for m in ball.moments if m.body or m.answers]
    assert with_more and len(picture.continued) >= len(with_more)
    assert all(any(m.title in text and m.body in text for text in picture.continued) for m in with_more)
    titles_only = TimelinePicture(full_dossier().crystal_balls[1], "nl", FRAME_HEIGHT)
    assert titles_only.continued == []  # titles that fit their cards: nothing to list


def test_dates_are_written_out_in_the_language_of_the_pdf():
    assert long_date(date(2026, 3, 5), "nl") == "5 maart 2026"
    assert long_date(date(2026, 3, 5), "en") == "5 March 2026"


def test_a_header_too_long_for_its_line_is_cut_with_an_ellipsis():
    assert one_line("Kort", 200, fonts.REGULAR, 9) == "Kort"
    cut = one_line("Heel lang " * 40, 200, fonts.REGULAR, 9)
    assert cut.endswith("…") and fonts.width(cut, 9) <= 200
