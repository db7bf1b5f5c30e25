"""Agendas to render, made without a database (app/pdf/agenda_data.py's plain data), and reading
the rendered PDF back: each page's text, and where each piece of text was drawn at what size."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, datetime, timezone

from pypdf import PdfReader

from app.pdf import fonts
from app.pdf.agenda import render_agenda
from app.pdf.agenda_data import Agenda, ChallengeText, Item, Person, Step, TeamEntry

FIRST = ("Fatima", "Joost", "Anouk", "Sander", "Esther", "Mehmet", "Lotte", "Bram", "Yara", "Pieter")
LAST = ("el Amrani", "de Vries", "Bakker", "Mulder", "Visser", "Yılmaz", "Jansen", "de Boer", "Hoekstra", "Smit")
ORGANISATIONS = ("Gemeente Utrecht", "Ministerie van BZK", "VNG Realisatie", "Logius", "UWV", "Belastingdienst")
ROOMS = ("Zaal Thorbecke", "Zaal Drees", "Zaal Schaepman")

PROGRAMME = (
    Item("09:30", "10:30", "Opening", "plenary", False),
    Item("10:30", "12:15", "Wat is het probleem?", "phase", False,
         (Step("10:30", "Braindump", 15), Step("10:45", "Clusteren", 30), Step("11:15", "Knelpunten", 60))),
    Item("12:15", "12:30", "Terugkoppeling", "plenary", False),
    Item("12:30", "13:15", "Lunch!", "break", True),
    Item("13:15", "15:00", "Ideeën bedenken", "phase", False, (Step("13:15", "Idea Race", 20), Step("13:35", "Crystal Ball", 85))),
    Item("15:00", "15:45", "Pauze", "break", False),
    Item("15:45", "17:05", "Flip-over pitches", "plenary", False),
    Item("17:05", "", "Start borrel", "social", True),
)
CHALLENGES = (
    ChallengeText("it", 1, "Moderniseren van de gemeentelijke IT", "Elke gemeente vindt het wiel opnieuw uit.",
                  "Hoe versnellen we de modernisering?"),
    ChallengeText("markt", 2, "Slimme IT-samenwerking markt en overheid", "Een lastige balans.", "Hoe werken we slimmer samen?"),
    ChallengeText("personeel", 3, "Tekort aan IT-personeel", "Er is krapte.", "Welke aanpak helpt?"),
)


def person(team: int, index: int) -> Person:
    """Member ``index`` of team ``team``: a name of their own, so each can be searched for."""
    return Person(f"{FIRST[(team + index) % 10]} {LAST[(team * 3 + index) % 10]} {team}-{index}",
                  f"{ORGANISATIONS[(team + index) % 6]} {team}")


def team(number: int, members: int = 5, room: str | None = None, challenge: str = "it", name: str = "") -> TeamEntry:
    return TeamEntry(number, name or f"De Bouwers {number}", challenge,
                     ROOMS[(number - 1) % 3] if room is None else room,
                     tuple(person(number, index) for index in range(members)))


def agenda(teams: tuple[TeamEntry, ...] | None = None, lang: str = "nl", unplaced: tuple[Person, ...] = (),
           **changes) -> Agenda:
    """Six teams, two per challenge, in three rooms, unless told otherwise."""
    keys = ("it", "markt", "personeel")
    teams = teams if teams is not None else tuple(team(number, challenge=keys[(number - 1) % 3]) for number in range(1, 7))
    values = dict(event_name="Staatsprint 2026", day=date(2026, 3, 11), location="Den Haag", lang=lang,
                  made_at=datetime(2026, 3, 1, 14, 5, tzinfo=timezone.utc), programme=PROGRAMME, challenges=CHALLENGES,
                  teams=teams, unplaced=unplaced)
    return Agenda(**{**values, **changes})


@dataclass
class Piece:
    """A piece of text drawn on a page: where it starts, its size and its width, in points."""

    text: str
    x: float
    y: float
    size: float
    width: float


@dataclass
class Rendered:
    pages: int
    reader: PdfReader
    texts: list[str]  # each page's text, white space as single spaces

    def pieces(self, page: int) -> list[Piece]:
        """Every piece of text on page ``page`` (0-based) with its place and printed size."""
        found: list[Piece] = []

        def visit(text, cm, tm, font, font_size):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            face = str(font["/BaseFont"]).split("+")[-1].lstrip("/") if font is not None else fonts.REGULAR
            face = fonts.REGULAR if face == "NotoSans-Regular" else face  # the file's name for reportlab's "NotoSans"
            size = font_size * abs(tm[3] * cm[3])
            found.append(Piece(text.strip(), x, y, size, fonts.width(text.strip(), size, face)))

        self.reader.pages[page].extract_text(visitor_text=visit)
        return found

    def pages_with(self, text: str) -> list[int]:
        return [index for index, page in enumerate(self.texts) if text in page]


def render(value: Agenda) -> Rendered:
    out = io.BytesIO()
    pages = render_agenda(value, out)
    reader = PdfReader(io.BytesIO(out.getvalue()))
    return Rendered(pages, reader, [" ".join((page.extract_text() or "").split()) for page in reader.pages])
