"""Team dossiers to render in tests and to look at: a whole day, an empty one and an extreme one."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from PIL import Image, ImageDraw

from app.canvases.vehicle import slot
from app.export.dossier_data import (
    Answer,
    AnswerSection,
    Board,
    BoardCluster,
    BoardNote,
    CrystalBall,
    Idea,
    Knelpunt,
    Moment,
    Panel,
    Person,
    ProblemStatement,
    Race,
    RaceRound,
    Task,
    TeamDossier,
    Theme,
    VehicleZone,
)

DAY = date(2026, 11, 12)
MADE_AT = datetime(2026, 11, 12, 16, 30, tzinfo=UTC)
EVENT = "Staatsprint Digitale Overheid 2026"
LONG_ANSWER_START = "Wij beginnen klein: één gemeente"
WHO_START = "Voor wie: één gemeente"


def picture(width: int, height: int, colour: str, label: str = "") -> Panel:
    """A storyboard panel with a PNG drawn in memory."""
    image = Image.new("RGB", (width, height), colour)
    pen = ImageDraw.Draw(image)
    pen.ellipse((width * 0.3, height * 0.2, width * 0.7, height * 0.8), outline="#154273", width=6)
    pen.rectangle((8, 8, width - 8, height - 8), outline="#1A1A1A", width=4)
    data = io.BytesIO()
    image.save(data, "PNG")
    return Panel(caption=label, image=data.getvalue(), image_type="png", image_width=width, image_height=height)


def _members() -> tuple[Person, ...]:
    return (
        Person("Fatima el Amrani", "Gemeente Utrecht", ("Teamcaptain",)),
        Person("Joost de Vries", "Ministerie van BZK", ("Presentator",)),
        Person("Anouk Bakker", "VNG Realisatie"),
        Person("Sander Mulder", "Logius"),
        Person("Esther Visser", "Gemeente Zwolle", ("Tijdbewaker",)),
    )


def _board() -> Board:
    clusters = (
        BoardCluster(1, "Verouderde systemen", 40, 40, 560, 210),
        BoardCluster(2, "Data in silo's", 660, 40, 560, 210),
        BoardCluster(3, "Alles zelf inkopen", 40, 290, 385, 210),
    )
    texts = {
        1: ("€75 per inwoner per jaar aan IT", "400 applicaties in één gemeente", "Onderhoud vreet het budget op"),
        2: ("Schulden, belasting en jeugdzorg zien elkaars beeld niet", "700 gegevensbestanden", "Burger typt zijn adres steeds opnieuw"),
        3: ("Elke gemeente koopt dezelfde software apart", "Kleine gemeenten hebben geen inkoopkennis"),
    }
    notes = []
    colours = ("yellow", "peach", "green", "blue", "lilac")
    for cluster in clusters:
        for index, text in enumerate(texts[cluster.id]):
            x = cluster.x + 20 + (index % 3) * 175
            y = cluster.y + 58 + (index // 3) * 135
            author = ("Fatima", "Joost", "Anouk")[index % 3]
            notes.append(BoardNote(len(notes) + 1, text, x, y, colours[cluster.id % 5], author, cluster.id))
    notes.append(BoardNote(99, "Niemand is eigenaar van het geheel", 700, 340, "lilac", "Sander"))
    return Board("Braindump: knelpunten", tuple(notes), clusters)


def _vehicle() -> tuple[VehicleZone, ...]:
    zone = {
        "driver": ("Bestuurder", ("De overheid kiest de bestemming",)),
        "passengers": ("Passagiers", ("Inwoners aan het stuur van hun eigen leven", "Ondernemers")),
        "chassis": ("Chassis", ("Wdo, eIDAS, GEMMA en NORA",)),
        "engine": ("Motor", ("Common Ground",)),
        "fuel": ("Brandstof", ("Gedeelde budgetten",)),
        "road": ("Weg", ("De markt regelt de reis",)),
    }
    return tuple(
        VehicleZone(key, title, tuple(BoardNote(i + 1, text, *slot(key, i)) for i, text in enumerate(texts)))
        for key, (title, texts) in zone.items()
    )


def _balls() -> tuple[CrystalBall, ...]:
    return (
        CrystalBall(
            "Coöperatie die gemeentesoftware beheert",
            5,
            "Nu",
            "De ideale situatie over 5 jaar",
            (
                Moment(0.5, "Tien gemeenten tekenen", "Intentieverklaring met VNG"),
                Moment(1.5, "Eerste gedeelde zaaksysteem", "Live in drie gemeenten"),
                Moment(3, "Helft van de gemeenten doet mee"),
                Moment(5, "Alle gemeenten delen hun software", "Voor een paar tientjes per inwoner", "end"),
            ),
            chosen=True,
        ),
        CrystalBall("Eenmalige gegevensuitvraag", 5, "Nu", "De ideale situatie over 5 jaar",
                    (Moment(1, "Pilot met adresgegevens"), Moment(5, "Niemand vult zijn adres nog twee keer in", kind="end"))),
    )


def _sections(long: bool = False) -> tuple[AnswerSection, ...]:
    """The pitch, the action plan and the challenge's questions; ``long``: two answers of 3,000 characters."""
    pitch = AnswerSection("pitch", "Pitch", (
        Answer("idea", "Wat is jullie idee?", "Een coöperatie van gemeenten die samen hun software bezit en onderhoudt.",
               hint="In één zin, zonder jargon."),
        Answer("problem", "Welk probleem lost het op?",
               long_answer() if long else "Gemeenten betalen ieder apart voor dezelfde software en zitten vast aan verouderde systemen.",
               source="taken_over", source_label="overgenomen uit de probleemstelling"),
        Answer("who", "Voor wie?", long_answer(WHO_START) if long else "Kleine en middelgrote gemeenten en hun inwoners."),
    ))
    plan = AnswerSection("action_plan", "Actieplan", (
        Answer("first_step", "Wat is de eerste stap?", "Tien gemeenten tekenen een intentieverklaring."),
        Answer("who_needed", "Wie heb je nodig?", "VNG, Logius en twee leveranciers.", source="linked",
               source_label="zelfde als: Voor wie?"),
        Answer("money", "Wat kost het?", "", source="empty", hint="Een grove schatting is genoeg."),
    ))
    consider = AnswerSection("consider", "Neem ook mee", (
        Answer("consider_1", "Hoe voorkom je leveranciersafhankelijkheid?", "Open standaarden en broncode in eigen beheer."),
        Answer("consider_2", "Hoe neem je kleine gemeenten mee?", "Zij betalen naar inwonertal en krijgen hetzelfde."),
    ))
    return pitch, plan, consider


def full_dossier(lang: str = "nl") -> TeamDossier:
    """A team at the end of the day, everything filled in."""
    return TeamDossier(
        event_name=EVENT, event_day=DAY, made_at=MADE_AT, lang=lang, team_id=3, team_number=3,
        team_name="De Wielenbouwers", challenge="Moderniseren gemeentelijke IT",
        challenge_question="Hoe moderniseren we de IT van gemeenten zodat ze samen sneller en goedkoper werken?",
        members=_members(), presenter="Joost de Vries", yell="Samen rijden we verder!",
        problem=ProblemStatement(
            "Gemeenten willen hun inwoners snel helpen, maar elke gemeente koopt en onderhoudt dezelfde software apart.",
            (("Wie heeft het probleem?", "Gemeenten en hun inwoners"), ("Wat is het probleem?", "Dubbele kosten en verouderde systemen")),
        ),
        board=_board(),
        knelpunten=(
            Knelpunt("Elke gemeente koopt dezelfde software apart", 7, True, "Alles zelf inkopen"),
            Knelpunt("Data zit vast in silo's", 5, True, "Data in silo's"),
            Knelpunt("Onderhoud van oude systemen vreet het budget op", 4, True, "Verouderde systemen"),
            Knelpunt("Burger typt zijn adres steeds opnieuw", 2, False, "Data in silo's"),
            Knelpunt("Niemand is eigenaar van het geheel", 0, False),
        ),
        vehicle=_vehicle(),
        themes=(
            Theme("Samen inkopen", 6, True, True, "Fatima el Amrani", ("Hoe kunnen we gemeenten samen laten inkopen?",),
                  "Hoe kunnen we kleine gemeenten één oplossing laten delen?"),
            Theme("Gegevens bij de bron", 6, False, hkws=("Hoe vragen we burgers niets wat we al weten?",)),
        ),
        winning_theme="Samen inkopen",
        winning_hkw="Hoe kunnen we kleine gemeenten één oplossing laten delen?",
        tie_break="Gelijke stand (6–6); de teamcaptain koos 'Samen inkopen'.",
        race=Race((RaceRound("Ronde 1", 14), RaceRound("Ronde 2", 9), RaceRound("Ronde 3", 11)), 34, 2, 6),
        ideas=(
            Idea(1, "Coöperatie die gemeentesoftware beheert", 8, True, True),
            Idea(2, "App store voor overheidssoftware", 5, True),
            Idea(3, "Eenmalige gegevensuitvraag", 4, True),
        ),
        crystal_balls=_balls(),
        chosen_idea="Coöperatie die gemeentesoftware beheert",
        storyboard=(
            picture(400, 300, "#FFE97A", "Het probleem"), picture(300, 400, "#BFD9F2", "De coöperatie"),
            Panel("Het resultaat", "Alle gemeenten rijden mee."),
        ),
        sections=_sections(),
        tasks=(Task("Storyboard", ("Anouk Bakker",)), Task("Presenteren", ("Joost de Vries",))),
        missing=("Actieplan: Wat kost het?",),
    )


def empty_dossier(lang: str = "nl") -> TeamDossier:
    """A team that has only its number and its event."""
    return TeamDossier(event_name=EVENT, event_day=DAY, made_at=MADE_AT, lang=lang, team_id=7, team_number=7,
                       team_name="", challenge="")


def long_answer(start: str = LONG_ANSWER_START) -> str:
    """3,000 characters with ë, é and €."""
    sentence = ("Wij beginnen klein: één gemeente, één coöperatie en een idee dat €0,40 per inwoner kost. "
                "Daarna volgt de financiële analyse, de overeenkomst en de eerste oplevering. ")
    text = start + ". " + sentence * 19
    return text[:3000]


def extreme_dossier(lang: str = "nl") -> TeamDossier:
    """Everything at its limits: 60 knelpunten, 3 ideas with 12 milestones each, 8 pictures, a 3,000-character answer."""
    base = full_dossier(lang)
    word = "Gegevensuitwisselingsbeveiligingsvoorschriftenonderhoudsverantwoordelijkheid"
    long_note = ("Dit is een heel lange notitie over " + word + " die niet op één briefje past, "
                 "en toch helemaal op papier moet komen staan zonder dat er iets wegvalt. ") * 3
    notes = base.board.notes + (BoardNote(200, long_note, 880, 340, "peach", "Esther Visser"), BoardNote(201, word, 1060, 340, "blue"))
    balls = tuple(
        CrystalBall(f"Idee {n}: {word}", 5, "Nu", "De ideale situatie over 5 jaar",
                    tuple(Moment(i * 5 / 12, f"Mijlpaal {i} met een lange titel", "Uitleg " * (i + 2),
                                 "end" if i == 12 else "milestone") for i in range(1, 13)), chosen=n == 1)
        for n in (1, 2, 3)
    )
    pictures = tuple(picture(300 + 60 * i, 220 + 40 * (i % 3), ("#FFE97A", "#BFD9F2", "#E3CCF2")[i % 3], f"Schets {i + 1}: {word}")
                     for i in range(8))
    return TeamDossier(
        **{**base.__dict__,
           "team_name": "Team met een bijzonder lange naam: " + word,
           "board": Board(base.board.title, notes, base.board.clusters),
           "knelpunten": tuple(Knelpunt(f"Knelpunt {i}: {'heel ' * (i % 7)}lastig probleem", 60 - i, i < 5) for i in range(60)),
           "crystal_balls": balls,
           "vehicle": tuple(VehicleZone(z.key, z.title, tuple(BoardNote(i, f"{word} {i}", *slot(z.key, i)) for i in range(9)))
                            for z in base.vehicle),
           "storyboard": pictures,
           "sections": _sections(long=True),
           "missing": tuple(f"Onderdeel {i}" for i in range(12))},
    )
