"""A Crystal Ball as a vector picture: the line from "Nu" to the ideal situation, its years, the idea's
card, the end card and the milestones as cards above the line, laid out by app/canvases/crystal_ball.py
(the same layout the screen draws). Card texts follow the board's rule (app/board/note_text.py) and never
print under its ``PAPER_MIN_PT``: a moment's card shows its title, and its whole text (body and answers) is
listed under the picture, numbered as on the card.
"""

from __future__ import annotations

from app.board import note_text
from app.canvases import crystal_ball as cb
from app.export.dossier_data import CrystalBall, Moment
from app.pdf import fonts, style
from app.pdf.drawings import _Picture, measure_bold
from app.pdf.words import word
from app.text import labelled

CARD_TEXT = 20.0  # in timeline units (about 8 pt across a page); never under note_text.PAPER_MIN_PT on paper
PAD = 10.0


def years_text(years: float, lang: str) -> str:
    return word("years", lang, years=f"{years:g}".replace(".", "," if lang == "nl" else "."))


class TimelinePicture(_Picture):
    def __init__(self, ball: CrystalBall, lang: str, max_height: float, width: float = style.FRAME_WIDTH) -> None:
        """``width``: the width the picture is drawn in; its scale there sets the cards' text sizes."""
        self.ball, self.lang = ball, lang
        self.milestones = [m for m in ball.moments if m.kind != "end"]
        self.end = next((m for m in ball.moments if m.kind == "end"), None)
        self.lay = cb.layout(ball.horizon, [(i, m.years) for i, m in enumerate(self.milestones)], min_levels=1)
        super().__init__(0, 0, self.lay.width, self.lay.height, max_height)
        self.sizes = note_text.paper_sizes(CARD_TEXT, self.scale_in(width, max_height))
        self.continued = [full for shown, full, box in self._cards() if self._listed(shown, full, box)]

    def _cards(self) -> list[tuple[str, str, cb.Box]]:
        """Every card's text on the card, its full text and its box: the idea, the end, then the milestones.
        A moment's card shows its title only; its body and answers are listed in full under the picture."""
        end_label = self.ball.end_label
        end = (end_label + (f"\n{self.end.title}" if self.end else ""), end_label + (f"\n{_moment_text(self.end)}" if self.end else ""))
        cards = [(self.ball.idea, self.ball.idea, self.lay.idea_box), (*end, self.lay.end_box)]
        moments = [self.milestones[p.milestone_id] for p in self.lay.placed]
        return cards + [(m.title, _moment_text(m), p.box) for m, p in zip(moments, self.lay.placed, strict=True)]

    def _listed(self, shown: str, full: str, box: cb.Box) -> bool:
        """Whether a card's full text goes under the picture: it has more than its title, or its title is cut."""
        return full != shown or self._fit(shown, box).continues

    def _fit(self, text: str, box: cb.Box) -> note_text.FittedText:
        return note_text.fit(text, box.width - 2 * PAD, box.height - 2 * PAD, measure_bold, *self.sizes)

    def draw(self) -> None:
        self._draw_line()
        fills = [style.note_colour("yellow"), style.note_colour("green")] + [style.note_colour("blue")] * len(self.lay.placed)
        number = 0
        for (shown, full, box), fill in zip(self._cards(), fills, strict=True):
            number = self._draw_card(shown, box, fill, number, self._listed(shown, full, box))

    def _draw_line(self) -> None:
        canvas, lay = self.canv, self.lay
        canvas.setStrokeColor(style.PRIMARY_DARK)
        canvas.setLineWidth(1.6)
        canvas.line(*self.point(cb.LINE_X0, lay.line_y), *self.point(cb.LINE_X1, lay.line_y))
        canvas.setLineWidth(0.8)
        for placed in lay.placed:
            canvas.line(*self.point(placed.pin_x, lay.line_y), *self.point(placed.pin_x, placed.box.y + placed.box.height))
            canvas.setFillColor(style.PRIMARY)
            canvas.circle(*self.point(placed.pin_x, lay.line_y), 6 * self.scale, stroke=0, fill=1)
        canvas.setFillColor(style.SECONDARY)
        for tick in lay.ticks:
            length = cb.TICK_MAJOR if tick.major else cb.TICK_MINOR
            canvas.line(*self.point(tick.x, lay.line_y), *self.point(tick.x, lay.line_y + length))
            if tick.major and tick.years < lay.horizon:  # the end card names the horizon
                label = self.ball.start_label if tick.years == 0 else years_text(tick.years, self.lang)
                canvas.setFont(fonts.REGULAR, 18 * self.scale)
                canvas.drawCentredString(*self.point(tick.x, lay.line_y + length + 24), label)

    def _draw_card(self, text: str, box: cb.Box, fill, number: int, listed: bool) -> int:
        canvas = self.canv
        canvas.setFillColor(fill)
        canvas.setStrokeColor(style.RULE)
        canvas.setLineWidth(0.5)
        self.rect(box.x, box.y, box.width, box.height, 6)
        fitted = self._fit(text, box)
        title_lines = len(note_text.wrap(text.split("\n")[0], box.width - 2 * PAD, fitted.size, measure_bold))
        self.fitted_text(fitted, box.x + PAD, box.y + PAD, bold_lines=title_lines)
        if listed:
            number += 1
            canvas.setFillColor(style.PRIMARY_DARK)
            canvas.setFont(fonts.BOLD, 18 * self.scale)
            canvas.drawRightString(*self.point(box.x + box.width - 4, box.y + box.height - 4), f"({number})")
        return number


def _moment_text(moment: Moment | None) -> str:
    """A card's text: its title (drawn bold), then its body and answers."""
    if moment is None:
        return ""
    parts = [moment.title] + ([moment.body] if moment.body else []) + [labelled(q, a) for q, a in moment.answers if a]
    return "\n".join(parts)
