"""A Crystal Ball as a vector picture: the line from "Nu" to the ideal situation, its years, the idea's
card, the end card and the milestones as cards above the line, laid out by app/canvases/crystal_ball.py
(the same layout the screen draws). Card texts follow the board's rule (app/board/note_text.py).
"""

from __future__ import annotations

from app.board import note_text
from app.canvases import crystal_ball as cb
from app.export.dossier_data import CrystalBall, Moment
from app.pdf import fonts, style
from app.pdf.drawings import _Picture, measure_bold
from app.pdf.words import word
from app.text import labelled

CARD_TEXT, CARD_TEXT_MIN = 18.0, 14.0  # in timeline units: about 7 and 5.5 pt across a page
PAD = 10.0


def years_text(years: float, lang: str) -> str:
    return word("years", lang, years=f"{years:g}".replace(".", "," if lang == "nl" else "."))


class TimelinePicture(_Picture):
    def __init__(self, ball: CrystalBall, lang: str, max_height: float) -> None:
        self.ball, self.lang = ball, lang
        self.milestones = [m for m in ball.moments if m.kind != "end"]
        self.end = next((m for m in ball.moments if m.kind == "end"), None)
        self.lay = cb.layout(ball.horizon, [(i, m.years) for i, m in enumerate(self.milestones)], min_levels=1)
        super().__init__(0, 0, self.lay.width, self.lay.height, max_height)
        self.continued = [text for text, box in self._cards() if self._fit(text, box).continues]

    def _cards(self) -> list[tuple[str, cb.Box]]:
        """Every card's text and box: the idea, the end, then the milestones."""
        end_text = self.ball.end_label + ("\n" + _moment_text(self.end) if self.end else "")
        cards = [(self.ball.idea, self.lay.idea_box), (end_text, self.lay.end_box)]
        return cards + [(_moment_text(self.milestones[p.milestone_id]), p.box) for p in self.lay.placed]

    def _fit(self, text: str, box: cb.Box) -> note_text.FittedText:
        return note_text.fit(text, box.width - 2 * PAD, box.height - 2 * PAD, measure_bold, CARD_TEXT, CARD_TEXT_MIN)

    def draw(self) -> None:
        self._draw_line()
        fills = [style.note_colour("yellow"), style.note_colour("green")] + [style.note_colour("blue")] * len(self.lay.placed)
        number = 0
        for (text, box), fill in zip(self._cards(), fills, strict=True):
            number = self._draw_card(text, box, fill, number)

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

    def _draw_card(self, text: str, box: cb.Box, fill, number: int) -> int:
        canvas = self.canv
        canvas.setFillColor(fill)
        canvas.setStrokeColor(style.RULE)
        canvas.setLineWidth(0.5)
        self.rect(box.x, box.y, box.width, box.height, 6)
        fitted = self._fit(text, box)
        title_lines = len(note_text.wrap(text.split("\n")[0], box.width - 2 * PAD, fitted.size, measure_bold))
        self.fitted_text(fitted, box.x + PAD, box.y + PAD, bold_lines=title_lines)
        if fitted.continues:
            number += 1
            canvas.setFillColor(style.PRIMARY_DARK)
            canvas.setFont(fonts.BOLD, 13 * self.scale)
            canvas.drawRightString(*self.point(box.x + box.width - 4, box.y + box.height - 4), f"({number})")
        return number


def _moment_text(moment: Moment | None) -> str:
    """A card's text: its title (drawn bold), then its body and answers."""
    if moment is None:
        return ""
    parts = [moment.title] + ([moment.body] if moment.body else []) + [labelled(q, a) for q, a in moment.answers if a]
    return "\n".join(parts)
