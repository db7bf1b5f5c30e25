"""One team in the event report: its problem statement, pitched idea, pitch in brief, Idea Race and vehicle.

Without names (``with_names`` False) nothing here prints a person: no members and no presenter (authors
are never printed here).
"""

from __future__ import annotations

from functools import cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from app.export.dossier_data import Answer, Race, TeamDossier, VehicleZone
from app.canvases import vehicle
from app.pdf import fonts, style
from app.pdf.drawings import VehiclePicture
from app.pitch.brief import IDEA, brief
from app.pdf.words import word

VEHICLE_HEIGHT = 46 * mm
COLUMN_SHARES = (0.22, 0.48, 0.3)  # the Idea Race, the car and its notes, as parts of the frame's width
TABLE_FONT = ("FONTNAME", (0, 0), (-1, -1), fonts.REGULAR)  # a table's own text: never Helvetica
TEAM_SPACE = 12 * mm  # above a team's heading, except at the top of a page
QUESTION_SHARE = 0.36
ZONE_LABEL = 6.5  # points: a zone's title on the car
BADGE = 6.5  # points: the radius of a zone's count  # the pitch table's question column, as a part of the frame's width


class Heading(Paragraph):
    """A heading the report's table of contents lists, at ``level`` (0: challenge, 1: team)."""

    def __init__(self, text: str, style_name: str, level: int, key: str) -> None:
        super().__init__(escape(text), _styles()[style_name])
        self.toc = (level, text, key)


@cache
def _styles() -> dict[str, ParagraphStyle]:
    """The PDF styles, with the pitched idea in primary blue and the pitch's questions in secondary grey."""
    s = style.styles()
    return {
        **s,
        "idea": ParagraphStyle("report_idea", parent=s["h2"], spaceBefore=0, textColor=style.PRIMARY),
        "team": ParagraphStyle("report_team", parent=s["h1"], spaceBefore=TEAM_SPACE),
        "question": ParagraphStyle("report_question", parent=s["small"], textColor=style.SECONDARY),
        "source": ParagraphStyle("report_source", parent=s["small"], fontName=fonts.ITALIC, textColor=style.SECONDARY,
                                 spaceBefore=2),
    }


def team_section(dossier: TeamDossier, with_names: bool, compact: bool = False) -> list[Flowable]:
    """The team's part of the report, starting with its heading (listed in the contents). The parts a team
    has not filled in are named together in one line ("what is still missing") rather than each shown empty. ``compact``: the car
    with its zones' counts only, its notes not listed beside it (for a team with a long pitch)."""
    lang = dossier.lang
    s = style.styles()
    parts: list[Flowable] = [Heading(team_title(dossier), "team", 1, f"team-{dossier.team_id}")]
    if with_names:
        parts += _people(dossier)
    if dossier.missing:
        parts.append(Paragraph(f"<b>{escape(word('still_missing', lang))}:</b> {escape(in_a_list(dossier.missing))}",
                               s["missing"]))
    problem = dossier.problem.sentence if dossier.problem else ""  # the statement itself: the pitch's answer comes with the pitch
    idea = brief(dossier)[IDEA]
    pitched = any(item.text.strip() for section in dossier.sections if section.key == "pitch" for item in section.answers)
    raced = dossier.race is not None and dossier.race.rank is not None
    drove = any(zone.notes for zone in dossier.vehicle)
    empty = [label for label, filled in ((word("problem", lang), problem), (word("report_idea", lang), idea),
                                         (word("report_pitch", lang), pitched), (word("vehicle", lang), raced or drove))
             if not filled]
    if empty and not dossier.missing:  # what is missing already names these parts when it says anything
        parts.append(Paragraph(f"<b>{escape(word('not_filled_in', lang))}:</b> {escape(in_a_list(tuple(empty)))}",
                               s["missing"]))
    parts += _block(word("problem", lang), problem) if problem else []
    parts += _block(word("report_idea", lang), idea, "idea") if idea else []
    parts += _pitch(dossier) if pitched else []
    if raced or drove:
        parts += _race_and_vehicle(dossier, compact)
    else:
        parts.append(Paragraph(escape(word("race_not_yet", lang)), s["missing"]))
    return parts


def in_a_list(items: tuple[str, ...]) -> str:
    """"nog geen gekozen thema, nog geen probleemstelling": the items as one list after a colon, each
    starting in lower case unless it starts with a name ("Build Your Vehicle is nog leeg")."""
    return ", ".join(item if _starts_with_name(item) else item[:1].lower() + item[1:] for item in items)


def _starts_with_name(item: str) -> bool:
    words = item.split()
    return len(words) > 1 and words[1][:1].isupper()


def text_with_lines(text: str) -> str:
    """``text`` for a Paragraph, its own line breaks kept (a list stays a list, a zone a line)."""
    return "<br/>".join(escape(line) for line in text.strip().splitlines())


def team_title(dossier: TeamDossier) -> str:
    """"Kennistafel (team 9)", or "Team 9" for a team without a name."""
    return dossier.shown_name if not dossier.team_name else f"{dossier.team_name} (team {dossier.team_number})"


def _people(dossier: TeamDossier) -> list[Flowable]:
    s = style.styles()
    lang = dossier.lang
    lines = []
    if dossier.presenter:
        lines.append(f"<b>{escape(word('presenter', lang))}:</b> {escape(dossier.presenter)}")
    if dossier.members:
        members = ", ".join(
            escape(f"{person.name} ({person.organisation})" if person.organisation else person.name)
            for person in dossier.members
        )
        lines.append(f"<b>{escape(word('members', lang))}:</b> {members}")
    return [Paragraph(line, s["muted"]) for line in lines]


def _block(label: str, text: str, text_style: str = "body") -> list[Flowable]:
    """A label and its text, the label kept with its text."""
    return [_label(label), Spacer(1, 1.5 * mm), Paragraph(text_with_lines(text), _styles()[text_style])]


def _label(text: str) -> Paragraph:
    label = Paragraph(escape(text.upper()), style.styles()["label"])
    label.keepWithNext = 1
    return label


def _pitch(dossier: TeamDossier) -> list[Flowable]:
    """The pitch section's questions and answers as a compact two-column table (the team answered some)."""
    lang = dossier.lang
    section = next(section for section in dossier.sections if section.key == "pitch")
    label = _label(word("report_pitch", lang))
    rows = [[Paragraph(escape(item.question), _styles()["question"]), _answer_cell(item, lang)]
            for item in section.answers]
    table = Table(rows, colWidths=[style.FRAME_WIDTH * QUESTION_SHARE, style.FRAME_WIDTH * (1 - QUESTION_SHARE)],
                  splitInRow=1, hAlign="LEFT")  # an answer longer than a page flows on rather than breaking the layout
    table.setStyle(TableStyle([
        TABLE_FONT,
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, style.RULE),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]))
    return [Spacer(1, 2 * mm), label, Spacer(1, 1 * mm), table, Spacer(1, 3 * mm)]


def _answer_cell(item: Answer, lang: str) -> list[Flowable]:
    """An answer of the pitch table; one taken over from earlier work or linked to an earlier question says
    where it came from, muted, so it does not read as typed by the team."""
    s = style.styles()
    if not item.text.strip():
        return [Paragraph(escape(word("not_filled_in", lang)), s["muted"])]
    cell: list[Flowable] = [Paragraph(text_with_lines(item.text), s["small"])]
    if item.source in ("taken_over", "linked"):
        cell.append(Paragraph(escape(item.source_label or word(item.source, lang)), _styles()["source"]))
    return cell


def _race_lines(race: Race | None, lang: str) -> list[str]:
    """"Ronde 1: 14", "Ronde 2: 9", "Totaal: 23", "Plaats 2 van 6 teams in de race", and the winner said; while
    the race still runs, the standing is said to be provisional (and nobody has won yet)."""
    if race is None or race.rank is None:
        return [word("race_not_yet", lang)]
    lines = [f"{escape(item.title)}: {item.count}" for item in race.rounds]
    lines.append(f"<b>{escape(word('total', lang))}: {race.total}</b>")
    lines.append(escape(word("rank_in_race", lang, rank=race.rank, teams=race.teams)))
    if race.provisional:
        lines.append(f"<i>{escape(word('race_provisional', lang))}</i>")
    elif race.winner:
        lines.append(f"<b>{escape(word('race_winner', lang))}</b>")
    return lines


def _race_and_vehicle(dossier: TeamDossier, compact: bool) -> list[Flowable]:
    """One row: the Idea Race's counts, the small car with each zone's count, and (unless ``compact``) the
    zones' notes listed."""
    s = style.styles()
    lang = dossier.lang
    race = [Paragraph(escape(word("race", lang).upper()), s["label"]), Spacer(1, 1.5 * mm)]
    race += [Paragraph(line, s["body"]) for line in _race_lines(dossier.race, lang)]
    label = Paragraph(escape(word("vehicle", lang).upper()), s["label"])
    if any(zone.notes for zone in dossier.vehicle):
        car = [label, Spacer(1, 1.5 * mm), CountedVehicle(dossier.vehicle, VEHICLE_HEIGHT)]
        notes = [Spacer(1, s["label"].leading + 1.5 * mm), *_zone_notes(dossier.vehicle)]
    else:
        car = [label, Spacer(1, 1.5 * mm), Paragraph(escape(word("report_vehicle_empty", lang)), s["missing"])]
        notes = []
    widths = [style.FRAME_WIDTH * share for share in COLUMN_SHARES]
    row = Table([[race, car, [] if compact else notes]], colWidths=widths, hAlign="LEFT")
    row.setStyle(TableStyle([TABLE_FONT, ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
                             ("RIGHTPADDING", (-1, 0), (-1, -1), 0)]))
    return [Spacer(1, 2 * mm), row]


class CountedVehicle(VehiclePicture):
    """C2's car without the notes written in: each zone shows its title and, in a blue dot, its count."""

    def __init__(self, zones: tuple[VehicleZone, ...], max_height: float) -> None:
        super().__init__(tuple(VehicleZone(zone.key, "") for zone in zones), max_height)
        self.counted = zones

    def draw(self) -> None:
        super().draw()
        canvas = self.canv
        for zone in self.counted:
            box = vehicle.ZONES[zone.key]
            x, y = self.point(box.x + box.width / 2, box.y + box.height / 2)
            canvas.setFillColor(style.PRIMARY_DARK)
            canvas.setFont(fonts.BOLD, ZONE_LABEL)
            canvas.drawCentredString(x, y + BADGE + 2, zone.title)
            canvas.setFillColor(style.PRIMARY if zone.notes else style.SECONDARY)
            canvas.circle(x, y, BADGE, stroke=0, fill=1)
            canvas.setFillColor(style.WHITE)
            canvas.drawCentredString(x, y - ZONE_LABEL * 0.35, str(len(zone.notes)))


def _zone_notes(zones: tuple[VehicleZone, ...]) -> list[Flowable]:
    """Each zone with notes: its title in bold, then the notes separated by " · "."""
    s = style.styles()
    return [Paragraph(f"<b>{escape(zone.title)}:</b> {escape(' · '.join(note.text for note in zone.notes))}", s["small"])
            for zone in zones if zone.notes]
