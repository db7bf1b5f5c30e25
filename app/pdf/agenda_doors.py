"""The agenda's door signs: one page per room for its door, read from a few metres away.

The room's name in very large type (wrapped, and smaller only when it would take more than two lines),
the teams working in it with their challenge and members (those marked absent for the day left out),
and the day's times for the people in the room from their first work in it: every item with its
start and end (``agenda_data.door_times``). The whole sign is set
as large as fits one page; a room holding so many teams that even the smallest scale does not fit flows
on to a second page instead of being cut. A team without a room gets no sign.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.pdf import fit, fonts, style
from app.pdf.agenda_data import Agenda, Item, TeamEntry, door_times
from app.pdf.agenda_teams import team_label
from app.pdf.report_pages import TeamMark, fits_a_page
from app.pdf.report_team import TABLE_FONT
from app.pdf.words import word

ROOM_SIZES = (72, 64, 56, 48, 42, 36, 32)  # points: the room's name's sizes, largest first
ONE_LINE_FROM = 48  # a name that fits one line at this size or larger is set on one line
SCALES = (1.0, 0.88, 0.76, 0.66, 0.58)  # of the rest of the sign, the largest that fits one page
TIME_WIDTH = 58 * mm
LONG_DAY = 6  # more times than this are set a little smaller


def door_signs(agenda: Agenda) -> list[Flowable]:
    times = door_times(agenda)
    story: list[Flowable] = []
    for room in agenda.rooms():
        story += [PageBreak(), *door_sign(agenda, room, times)]
    return story


def door_sign(agenda: Agenda, room: str, times: list[tuple[str, Item | None]]) -> list[Flowable]:
    """One room's sign at the largest scale that fits a page; at the smallest otherwise, flowing on
    with each team kept whole and the room's name "(vervolg)" above the next page."""
    name = _room_name(room)
    for scale in SCALES:
        groups = _groups(agenda, room, times, scale)
        if fits_a_page([name, *(part for group in groups for part in group)]):
            break
    return [name, TeamMark(room), *(KeepTogether(group) for group in groups), TeamMark(None)]


def _room_name(room: str) -> Paragraph:
    """The room's name on one line when that takes no smaller type than ``ONE_LINE_FROM``, else as
    large as it goes on two lines; broken here with the font's own widths, so even one very long
    word wraps instead of running off the page."""
    size, lines = _room_lines(room)
    paragraph_style = style.styles()["title"].clone("door_room", fontSize=size, leading=size * 1.12, spaceAfter=size * 0.25)
    return Paragraph("<br/>".join(escape(line) for line in lines), paragraph_style)


def _room_lines(room: str) -> tuple[float, list[str]]:
    wrapped = {size: fit.wrap(room, size, style.FRAME_WIDTH, fonts.BOLD) for size in ROOM_SIZES}
    one_line = [size for size in ROOM_SIZES if size >= ONE_LINE_FROM and len(wrapped[size]) == 1]
    two_lines = [size for size in ROOM_SIZES if len(wrapped[size]) <= 2]
    size = (one_line or two_lines or [ROOM_SIZES[-1]])[0]
    return size, wrapped[size]


def _styles(scale: float, times: int) -> dict:
    """The sign's type at ``scale``; the times a little smaller when the day lists many of them."""
    long_day = times > LONG_DAY
    body = style.styles()["body"]

    def sized(name: str, size: float, font: str = fonts.REGULAR, colour=style.TEXT, after: float = 0):
        return body.clone(name, fontName=font, fontSize=size * scale, leading=size * scale * 1.22, textColor=colour,
                          spaceAfter=after * scale, spaceBefore=0)

    return {
        "label": sized("door_label", 13, fonts.BOLD, style.SECONDARY, 6),
        "team": sized("door_team", 28, fonts.BOLD, style.PRIMARY_DARK),
        "challenge": sized("door_challenge", 17, fonts.REGULAR, style.PRIMARY, 5),
        "member": sized("door_member", 17),
        "missing": sized("door_missing", 16, fonts.ITALIC, style.SECONDARY),
        "time": sized("door_time", 19 if long_day else 22, fonts.BOLD),
        "what": sized("door_what", 18 if long_day else 21),
    }


def _groups(agenda: Agenda, room: str, times: list[tuple[str, Item | None]], scale: float) -> list[list[Flowable]]:
    """The sign under the room's name in groups each kept on one page: the rule with the first team,
    each further team, the times."""
    st = _styles(scale, len(times))
    lang = agenda.lang
    teams = [[*_team(agenda, team, st), Spacer(1, 7 * mm * scale)] for team in agenda.teams_in(room)]
    groups = [[_rule(), Spacer(1, 6 * mm * scale), _p(word("agenda_door_teams", lang).upper(), st["label"]), *teams[0]], *teams[1:]]
    if times:
        groups.append([_p(word("agenda_door_times", lang).upper(), st["label"]), _times(times, lang, st, scale)])
    return groups


def _team(agenda: Agenda, team: TeamEntry, st: dict) -> list[Flowable]:
    lang = agenda.lang
    challenge = agenda.challenge(team.challenge_key)
    parts: list[Flowable] = [_p(team_label(team, lang), st["team"]),
                             _p(challenge.title if challenge else word("agenda_no_challenge", lang), st["challenge"])]
    present = [person.name for person in team.members if not person.absent]
    parts.append(_two_columns(present, st["member"]) if present else _p(word("agenda_no_members", lang), st["missing"]))
    return parts


def _two_columns(names: list[str], paragraph_style) -> Table:
    """The names in two columns, down the first then the second."""
    half = (len(names) + 1) // 2
    left, right = names[:half], names[half:]
    rows = [[_p(left[index], paragraph_style), _p(right[index], paragraph_style) if index < len(right) else ""]
            for index in range(half)]
    width = style.FRAME_WIDTH / 2
    return Table(rows, colWidths=[width, width], hAlign="LEFT", style=TableStyle([TABLE_FONT, 
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))


def _times(times: list[tuple[str, Item | None]], lang: str, st: dict, scale: float) -> Table:
    """Each time beside what happens then: work in this room, or the day's item (a plenary marked so)."""
    rows = [[_p(when, st["time"]), _p(_what(item, lang), st["what"])] for when, item in times]
    width = TIME_WIDTH * scale
    return Table(rows, colWidths=[width, style.FRAME_WIDTH - width], hAlign="LEFT", style=TableStyle([TABLE_FONT, 
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2 * scale), ("BOTTOMPADDING", (0, 0), (-1, -1), 3 * scale),
        ("LINEBELOW", (0, 0), (-1, -2), 0.5, style.RULE),
    ]))


def _what(item: Item | None, lang: str) -> str:
    if item is None:
        return word("agenda_door_work", lang)
    if item.kind == "plenary":
        return f"{item.title} ({word('agenda_plenary', lang)})"
    return item.title


def _rule() -> Table:
    """A thick line in the primary colour under the room's name."""
    line = Table([[""]], colWidths=[style.FRAME_WIDTH], rowHeights=[1], hAlign="LEFT")
    line.setStyle(TableStyle([TABLE_FONT, ("LINEABOVE", (0, 0), (-1, 0), 3, style.PRIMARY)]))
    return line


def _p(text: str, paragraph_style) -> Paragraph:
    return Paragraph(escape(text), paragraph_style)
