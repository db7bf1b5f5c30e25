"""The agenda's clipboard pages after the programme: the challenges (each in a tinted box with its teams
and their rooms), then the teams per challenge with their members and rooms, and the participants not
yet in a team.

A team is kept whole on a page; a challenge's heading stays with its first team; a challenge whose
teams run over a page goes on under its heading marked "(vervolg)" (app/pdf/report_pages.py's
``TeamMark``). A team without a room says "zaal nog niet bekend".
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from app.pdf import fonts, style
from app.pdf.agenda_data import Agenda, ChallengeText, Person, TeamEntry
from app.pdf.blocks import KeepStart, box
from app.pdf.report_pages import TeamMark
from app.pdf.report_team import TABLE_FONT
from app.pdf.words import word

ROOM_WIDTH = 62 * mm
NAME_SHARE = 0.4  # of a member table's width: the names; the organisations take the rest


def team_label(team: TeamEntry, lang: str) -> str:
    """"Team 3 · De Datadragers", or "Team 3" while it has no name."""
    number = f"{word('agenda_team', lang)} {team.number}"
    return f"{number}  ·  {team.name}" if team.name else number


def count_of_teams(count: int, lang: str) -> str:
    return word("agenda_one_team", lang) if count == 1 else word("agenda_team_count", lang, count=count)


@cache
def _styles() -> dict:
    s = style.styles()
    return {
        "label": s["label"],
        "title": s["h1"].clone("agenda_challenge_title", spaceBefore=1, spaceAfter=3),
        "body": s["body"],
        "line": s["body"].clone("agenda_line", spaceAfter=1),
        "question": s["body"].clone("agenda_question", fontName=fonts.ITALIC, textColor=style.PRIMARY_DARK),
        "team": s["h2"].clone("agenda_team", fontSize=13, leading=17, spaceBefore=0, spaceAfter=0),
        "room": s["h2"].clone("agenda_room", fontSize=12, leading=17, spaceBefore=0, spaceAfter=0, textColor=style.PRIMARY,
                              alignment=TA_RIGHT),
        "no_room": s["missing"].clone("agenda_no_room", leading=17, spaceAfter=0, alignment=TA_RIGHT),
        "cell": s["body"].clone("agenda_cell", fontSize=10, leading=13, spaceAfter=0),
        "muted_cell": s["body"].clone("agenda_muted_cell", fontSize=10, leading=13, spaceAfter=0, textColor=style.SECONDARY),
        "missing": s["missing"],
        "muted": s["muted"],
        "h1": s["h1"],
    }


def _p(text: str, kind: str) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), _styles()[kind])


# -- the challenges -------------------------------------------------------------

def challenge_pages(agenda: Agenda) -> list[Flowable]:
    lang = agenda.lang
    story: list[Flowable] = [PageBreak(), _p(word("agenda_challenges", lang), "h1")]
    for challenge in agenda.challenges:
        story += [KeepTogether([box(_challenge_box(agenda, challenge), style.PRIMARY)]), Spacer(1, 3.5 * mm)]
    return story


def _challenge_box(agenda: Agenda, challenge: ChallengeText) -> list[Flowable]:
    lang = agenda.lang
    teams = [team for team in agenda.teams if team.challenge_key == challenge.key]
    inside: list[Flowable] = [
        _p(f"{word('challenge', lang).upper()} {challenge.number}", "label"),
        _p(challenge.title, "title"),
        _p(challenge.teaser, "body"),
        _p(word("agenda_question", lang).upper(), "label"),
        _p(challenge.question, "question"),
        _p(word("agenda_teams_on", lang).upper(), "label"),
    ]
    if not teams:
        inside.append(_p(word("agenda_no_teams", lang), "missing"))
    for team in teams:
        where = team.room or word("agenda_no_room", lang)
        inside.append(_p(f"{team_label(team, lang)}  —  {where}", "line"))
    return inside


# -- the teams --------------------------------------------------------------------

def team_pages(agenda: Agenda) -> list[Flowable]:
    """The teams per challenge (in the template's order; teams without a challenge last), then who is
    not in a team yet."""
    lang = agenda.lang
    story: list[Flowable] = [PageBreak()]
    title = _p(word("agenda_teams", lang), "h1")
    groups = _by_challenge(agenda)
    if not groups:
        story += [title, _p(word("agenda_no_teams", lang), "missing")]
    for index, (heading, teams) in enumerate(groups):
        opening = [title] if index == 0 else [Spacer(1, 6 * mm)]
        story += _challenge_teams(heading, teams, lang, opening)
    return story + _unplaced(agenda.unplaced, lang)


def _by_challenge(agenda: Agenda) -> list[tuple[str, list[TeamEntry]]]:
    groups = []
    for challenge in agenda.challenges:
        teams = [team for team in agenda.teams if team.challenge_key == challenge.key]
        if teams:
            groups.append((f"{challenge.number}. {challenge.title}", teams))
    known = {challenge.key for challenge in agenda.challenges}
    rest = [team for team in agenda.teams if team.challenge_key not in known]
    if rest:
        groups.append((word("agenda_no_challenge", agenda.lang), rest))
    return groups


def _challenge_teams(heading: str, teams: list[TeamEntry], lang: str, opening: list[Flowable]) -> list[Flowable]:
    """The challenge's heading with its first team, then each team whole; pages it flows onto start
    with the heading "(vervolg)"."""
    head = [*opening, _p(heading, "title"), _p(count_of_teams(len(teams), lang), "muted")]
    blocks = [_team_block(team, lang) for team in teams]
    return [KeepTogether([*head, *blocks[0]]), TeamMark(heading),
            *[KeepTogether(block) for block in blocks[1:]], TeamMark(None)]


def _team_block(team: TeamEntry, lang: str) -> list[Flowable]:
    """The team's name beside its room, its members under it (name, organisation), and some air after."""
    room = _p(team.room, "room") if team.room else _p(word("agenda_no_room", lang), "no_room")
    top = Table([[_p(team_label(team, lang), "team"), room]], colWidths=[style.FRAME_WIDTH - ROOM_WIDTH, ROOM_WIDTH],
                style=TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                  ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                  ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                  ("LINEBELOW", (0, 0), (-1, 0), 0.9, style.PRIMARY_DARK)]), hAlign="LEFT")
    members = people_table(team.members, lang) if team.members else _p(word("agenda_no_members", lang), "missing")
    return [Spacer(1, 3 * mm), top, Spacer(1, 1.5 * mm), members, Spacer(1, 3 * mm)]


def people_table(people: tuple[Person, ...], lang: str, preferences: bool = False) -> Table:
    """Name and organisation of each person, one a row, a hairline between; "afwezig" after who is
    not there today; with ``preferences`` also the challenge each asked for (to place them)."""
    absent = f"  ({word('agenda_absent', lang)})"
    rows = [[_p(person.name + (absent if person.absent else ""), "cell"), _p(person.organisation, "muted_cell")]
            for person in people]
    name_width = NAME_SHARE * style.FRAME_WIDTH
    widths = [name_width, style.FRAME_WIDTH - name_width]
    if preferences:
        no_preference = word("agenda_no_preference", lang)
        rows = [[*row, _p(person.preference or no_preference, "cell" if person.preference else "muted_cell")]
                for row, person in zip(rows, people)]
        widths = [0.3 * style.FRAME_WIDTH, 0.3 * style.FRAME_WIDTH, 0.4 * style.FRAME_WIDTH]
    return Table(rows, colWidths=widths, hAlign="LEFT", style=TableStyle([TABLE_FONT, 
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LINEBELOW", (0, 0), (-1, -2), 0.4, style.RULE),
    ]))


def _unplaced(people: tuple[Person, ...], lang: str) -> list[Flowable]:
    if not people:
        return []
    count = word("agenda_one_person", lang) if len(people) == 1 else word("agenda_person_count", lang, count=len(people))
    return [Spacer(1, 6 * mm), KeepStart([_p(word("agenda_unplaced", lang), "title"), _p(count, "muted"), Spacer(1, 2 * mm),
                                          people_table(people, lang, preferences=True)])]
