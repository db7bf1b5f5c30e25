"""The jury's part of the event report, after the teams and before the day in numbers.

Once the chair confirmed the winners (``EventSummary.jury.confirmed``): per prize pool the confirmed
podium (an override with its reason), the ranking (place, team, raw and adjusted score with one
decimal, the deciding one in bold and marked), and how firm the result is in plain words (the margins,
ties, Kendall's W, coverage); then the other prizes, and the jury's feedback per team — the texts only,
never a juror's name or score. Before the confirmation the report only says that the results follow
after the juryberaad (``pending``), under the day in numbers.
"""

from __future__ import annotations

from fractions import Fraction
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.export.dossier_data import EventSummary, JuryFeedback, JuryPlace, JuryPool, JuryRow
from app.pdf import blocks, style
from app.pdf.report_team import TABLE_FONT, Heading
from app.jury.plain_words import listing
from app.pdf.words import word

COLUMN_SHARES = (0.1, 0.44, 0.17, 0.17, 0.12)  # place, team, raw, adjusted, jurors
FLOW_ROOM = 0.5 * style.FRAME_HEIGHT  # a pool that does not fit starts on this page when this much is left
FEEDBACK_ROOM = 0.45 * style.FRAME_HEIGHT  # the feedback starts on the page of the results when this much is left


def jury_pages(summary: EventSummary) -> list[Flowable]:
    """The results from a new page, then the feedback (on a new page unless much of the last one is left);
    nothing before the winners are confirmed."""
    jury = summary.jury
    if jury is None or not jury.confirmed:
        return []
    lang = summary.lang
    s = style.styles()
    story: list[Flowable] = [PageBreak(), Heading(word("jury_results", lang), "title", 0, "jury"),
                             Paragraph(escape(word("jury_lead", lang)), s["muted"])]
    for pool in jury.pools:  # on one page when it fits one; a long ranking starts where it is and flows on
        story.append(_Pool(_pool(pool, lang)))
    if jury.prizes:
        lines = [Paragraph(f"<b>{escape(title)}:</b> {escape(teams)}", s["body"]) for title, teams in prize_lines(jury.prizes, lang)]
        story.append(KeepTogether([_h1(word("jury_prizes", lang)), *lines]))
    story += [CondPageBreak(FEEDBACK_ROOM), _Chapter(word("jury_feedback", lang), "title", 0, "jury-feedback"),
              Paragraph(escape(word("jury_feedback_lead", lang)), s["muted"]), Spacer(1, 2 * mm)]
    for feedback in jury.feedback:
        story += _feedback(feedback, lang)
    return story


class _Chapter(Heading):
    """A chapter's heading with room above it, except at the top of a page (where a frame drops it)."""

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return 10 * mm


class _Pool(KeepTogether):
    """A prize pool on one page when it fits where it is, or else on the next page when it fits one and
    little of this page is left; otherwise it starts where it is and its ranking flows on (its header
    repeated), so a long ranking leaves no half-empty page behind."""

    def split(self, aW, aH):  # noqa: N803 (reportlab's names)
        self.wrap(aW, aH)  # sets _H, the content's height (wrap itself answers "too high" to be split)
        high = self._H
        if high > aH and (aH >= FLOW_ROOM or high > style.FRAME_HEIGHT):
            return self._content[:]
        return super().split(aW, aH)


def pending(summary: EventSummary) -> list[Flowable]:
    """Under the day in numbers while the jury is still at work: the results follow after the juryberaad."""
    jury = summary.jury
    if jury is None or jury.confirmed:
        return []
    s = style.styles()
    inside = [Paragraph(escape(word("jury_results", summary.lang).upper()), s["label"]), Spacer(1, 1.5 * mm),
              Paragraph(escape(word("jury_pending", summary.lang)), s["body"])]
    return [Spacer(1, 10 * mm), blocks.box(inside, style.PRIMARY)]


def team(number: int, name: str) -> str:
    """"Kennistafel (team 9)", or "Team 9" for a team without a name."""
    return name if not name or name == f"Team {number}" else f"{name} (team {number})"


def prize_lines(prizes: tuple[tuple[str, JuryPlace], ...], lang: str) -> list[tuple[str, str]]:
    """(title, teams) per other prize: a shared prize once, "(gedeeld)" in its title and its teams together."""
    grouped: dict[str, list[JuryPlace]] = {}
    for title, place in prizes:
        grouped.setdefault(title, []).append(place)
    lines = []
    for title, places in grouped.items():
        names = [team(place.team_number, place.team_name) for place in places]
        if len(names) == 1:
            lines.append((title, names[0]))
        else:
            lines.append((word("jury_prize_shared", lang, prize=title), listing(names, lang)))
    return lines


def score(value: Fraction | None, lang: str) -> str:
    """One decimal, with a decimal comma in Dutch; "–" when there is none."""
    if value is None:
        return "–"
    text = f"{float(value):.1f}"
    return text.replace(".", ",") if lang == "nl" else text


def _h1(text: str) -> Paragraph:
    heading = Paragraph(escape(text), style.styles()["h1"])
    heading.keepWithNext = 1
    return heading


def _pool(pool: JuryPool, lang: str) -> list[Flowable]:
    return [Spacer(1, 6 * mm), _h1(pool.title), *_podium(pool, lang), Spacer(1, 3 * mm), _ranking(pool, lang),
            Spacer(1, 3 * mm), *_notes(pool, lang)]


def _podium(pool: JuryPool, lang: str) -> list[Flowable]:
    s = style.styles()
    if not pool.podium:
        return [Paragraph(escape(word("jury_no_award", lang)), s["missing"])]
    big = ParagraphStyle("jury_podium", parent=s["body"], fontSize=12, leading=17)
    lines: list[Flowable] = [Paragraph(f"<b>{escape(_place(place, pool.places, lang))}</b>&nbsp;&nbsp; "
                                       f"{escape(team(place.team_number, place.team_name))}", big) for place in pool.podium]
    reasons = list(dict.fromkeys(place.reason for place in pool.podium if place.reason))
    lines += [Paragraph(escape(word("jury_override", lang, reason=reason)), s["muted"]) for reason in reasons]
    return [blocks.box(lines, style.PRIMARY)]


def _place(place: JuryPlace, places: int, lang: str) -> str:
    return word("jury_winner", lang) if places == 1 and place.place == 1 else word("jury_place", lang, place=place.place)


def _ranking(pool: JuryPool, lang: str) -> Table:
    s = blocks.cell_styles()
    bold, body = s["bold_cell"], s["body_cell"]
    right = {name: ParagraphStyle(f"{name}_right", parent=s[name], alignment=TA_RIGHT) for name in ("bold_cell", "body_cell")}
    head = ParagraphStyle("jury_head", parent=style.styles()["label"], fontSize=8, leading=10, textColor=style.PRIMARY_DARK)
    head_right = ParagraphStyle("jury_head_right", parent=head, alignment=TA_RIGHT)

    def title(key: str, deciding: bool) -> Paragraph:
        text = escape(word(key, lang).upper()) + (f"<br/>{escape(word('jury_deciding', lang))}" if deciding else "")
        return Paragraph(text, head_right)

    rows: list[list] = [[Paragraph(escape(word("jury_rank", lang).upper()), head),
                         Paragraph(escape(word("jury_team", lang).upper()), head),
                         title("jury_raw", pool.deciding == "raw"), title("jury_adjusted", pool.deciding == "adjusted"),
                         Paragraph(escape(word("jury_count", lang).upper()), head_right)]]
    for row in pool.ranking:
        raw, adjusted = (right["bold_cell"] if pool.deciding == kind else right["body_cell"] for kind in ("raw", "adjusted"))
        rows.append([Paragraph(str(row.rank) if row.rank is not None else "–", bold if row.rank else body),
                     Paragraph(_team_cell(row, lang), body),
                     Paragraph(score(row.raw, lang), raw), Paragraph(score(row.adjusted, lang), adjusted),
                     Paragraph(f'<font color="{_hex(style.WARNING)}"><b>{row.jurors}</b></font>' if row.few_jurors else str(row.jurors),
                               right["body_cell"])])
    widths = [style.FRAME_WIDTH * share for share in COLUMN_SHARES]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="LEFT")
    table.setStyle(TableStyle([
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.9, style.PRIMARY_DARK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.4, style.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("RIGHTPADDING", (-1, 0), (-1, -1), 0),
    ]))
    return table


def _team_cell(row: JuryRow, lang: str) -> str:
    text = escape(team(row.team_number, row.team_name))
    if row.rank is None:
        why = word("jury_absent", lang) if row.absent else word("jury_unscored", lang)
        text += f' <font color="{_hex(style.SECONDARY)}"><i>({escape(why)})</i></font>'
    return text


def _notes(pool: JuryPool, lang: str) -> list[Flowable]:
    """How firm the result is, in plain words: the margins, the ties, W, the adjusted score, the coverage."""
    lines = [_margin(margin, lang) for margin in pool.margins]
    for tie in pool.ties:
        key = f"jury_tie_{tie.broken_by}" if tie.broken_by else "jury_tie_open"
        lines.append(word(key, lang, place=tie.place, teams=", ".join(tie.teams), criterion=tie.criterion))
    if pool.kendall_w is not None:
        lines.append(word("jury_w", lang, w=_decimal(pool.kendall_w, 2, lang)))
    elif pool.w_note in ("few_teams", "few_complete_jurors"):
        lines.append(word("jury_w_few_teams" if pool.w_note == "few_teams" else "jury_w_few_jurors", lang))
    lines.append(word("jury_disconnected" if pool.adjusted_note else "jury_adjusted_explained", lang))
    lines += [word("jury_few", lang, team=team(row.team_number, row.team_name), count=row.jurors, minimum=pool.minimum_jurors)
              for row in pool.ranking if row.few_jurors and row.rank is not None]
    s = style.styles()
    bullet = ParagraphStyle("jury_note", parent=s["small"], fontSize=9, leading=12, leftIndent=4 * mm, bulletIndent=0,
                            spaceBefore=2)
    label = Paragraph(escape(word("jury_how_firm", lang).upper()), s["label"])
    label.keepWithNext = 1
    return [label, *(Paragraph(escape(line), bullet, bulletText="•") for line in lines)]


def _margin(margin, lang: str) -> str:
    values = dict(place=margin.place, lower_place=margin.place + 1, higher=margin.higher, lower=margin.lower)
    if margin.points is None:
        return word("jury_margin_none", lang, **values)
    if margin.points == 0:
        return word("jury_margin_level", lang, **values)
    key = "jury_margin_points" if margin.points == 1 else "jury_margin_points_many"
    text = word(key, lang, points=margin.points, criterion=margin.criterion, **values)
    return f"{text} {word('jury_margin_typo', lang)}" if margin.points == 1 else text


def _decimal(value: float, places: int, lang: str) -> str:
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang == "nl" else text


def _feedback(feedback: JuryFeedback, lang: str) -> list[Flowable]:
    s = style.styles()
    heading = Paragraph(escape(team(feedback.team_number, feedback.team_name)), s["h2"])
    if not feedback.texts:
        return [KeepTogether([heading, Paragraph(escape(word("jury_no_feedback", lang)), s["missing"])])]
    quote = ParagraphStyle("jury_quote", parent=s["body"], leftIndent=4 * mm, bulletIndent=0, spaceAfter=5)
    texts = [Paragraph("<br/>".join(escape(line) for line in text.splitlines()), quote, bulletText="–")
             for text in feedback.texts]
    return [KeepTogether([heading, texts[0]]), *texts[1:]]


def _hex(colour) -> str:
    return "#" + colour.hexval()[2:]
