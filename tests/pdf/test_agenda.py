"""The printable agenda: the programme with its fixed times on one page, the challenges, every team with
its members and room, who is not in a team yet, and a door sign per room in big type; long names and
many teams wrap and flow on, never drawn outside the text area."""

from __future__ import annotations

import dataclasses

import pytest
from reportlab.lib.pagesizes import A4

from app.pdf import style
from app.pdf.agenda_data import Item, Person
from tests.pdf.agendas import CHALLENGES, PROGRAMME, ROOMS, agenda, person, render, team


@pytest.fixture(scope="module")
def six():
    return render(agenda())


def _inside_the_text_area(rendered) -> list[str]:
    """Every piece of text drawn outside the margins (the header and footer lines included)."""
    width, height = A4
    outside = []
    for page in range(rendered.pages):
        for piece in rendered.pieces(page):
            if piece.x < style.MARGIN_X - 0.5 or piece.x + piece.width > width - style.MARGIN_X + 0.5 or not 0 < piece.y < height:
                outside.append(f"page {page + 1}: {piece.text!r}")
    return outside


def test_the_programme_is_one_page_with_every_time_and_the_fixed_items_marked(six):
    first = six.texts[0]
    assert "Programma" in first and "Staatsprint 2026" in first and "11 maart 2026 · Den Haag" in first
    for item in PROGRAMME:
        span = f"{item.start} – {item.end}" if item.end else item.start
        assert f"{span} {item.title}" in first
        for step in item.steps:
            assert f"{step.start} {step.title} {step.minutes} min" in first
    assert "Lunch! VASTE TIJD" in first and "Start borrel VASTE TIJD" in first
    assert first.count("VASTE TIJD") == 2 and first.count("in de eigen zaal") == 2
    assert six.pages_with("Opening") == [0]


def test_every_page_carries_the_event_day_place_and_its_number(six):
    for number, text in enumerate(six.texts, start=1):
        assert text.startswith("Staatsprint 2026 · 11 maart 2026 · Den Haag") or "Staatsprint 2026 · 11 maart 2026 · Den Haag" in text
        assert f"Pagina {number} van {six.pages}" in text


def test_the_challenges_page_has_each_challenge_with_its_teams_and_rooms(six):
    page = six.texts[six.pages_with("CHALLENGE 1")[0]]
    for number, title in ((1, "Moderniseren van de gemeentelijke IT"), (2, "Slimme IT-samenwerking"), (3, "Tekort aan IT-personeel")):
        assert f"CHALLENGE {number} {title}" in page
    assert "Team 1 · De Bouwers 1 — Zaal Thorbecke" in page and "Team 4 · De Bouwers 4 — Zaal Thorbecke" in page
    assert "Hoe versnellen we de modernisering?" in page


def test_every_team_is_listed_with_its_members_and_room_on_one_page(six):
    for entry in agenda().teams:
        label = f"Team {entry.number} · {entry.name}"
        pages = [page for page in six.pages_with(f"{label} {entry.room}")]
        assert len(pages) == 1, label
        text = six.texts[pages[0]]
        for member in entry.members:
            assert f"{member.name} {member.organisation}" in text, member.name


def test_a_door_sign_per_room_with_its_name_in_big_type_its_teams_members_and_times(six):
    doors = [page for page in range(six.pages) if "IN DEZE ZAAL" in six.texts[page]]
    assert len(doors) == 3
    for page, room in zip(doors, ROOMS):
        text = six.texts[page]
        biggest = max(six.pieces(page), key=lambda piece: piece.size)
        assert biggest.text == room and biggest.size >= 48
        for entry in agenda().teams:
            assert (f"Team {entry.number} · {entry.name}" in text) == (entry.room == room)
            if entry.room == room:
                assert all(member.name in text for member in entry.members)
        times = text[text.index("TIJDEN"):text.index("Staatsprint 2026 ·")]
        assert times == ("TIJDEN 10:30 – 12:15 Werken in deze zaal 12:15 – 12:30 Terugkoppeling (plenair) 12:30 – 13:15 Lunch! "
                         "13:15 – 15:00 Werken in deze zaal 15:00 – 15:45 Pauze 15:45 – 17:05 Flip-over pitches (plenair) "
                         "17:05 Start borrel ")
        sizes = [piece.size for piece in six.pieces(page) if piece.text in ("12:30 – 13:15", "17:05")]
        assert len(sizes) == 2 and min(sizes) >= 18  # readable from a few metres


def test_a_team_without_a_room_says_so_and_gets_no_door_sign():
    teams = (team(1), team(2, room=""), team(3, room="Zaal Thorbecke"))
    rendered = render(agenda(teams))
    roomless = "Team 2 · De Bouwers 2"
    assert f"{roomless} zaal nog niet bekend" in " ".join(rendered.texts)
    assert f"{roomless} — zaal nog niet bekend" in " ".join(rendered.texts)
    doors = [text for text in rendered.texts if "IN DEZE ZAAL" in text]
    assert len(doors) == 1 and "Zaal Thorbecke" in doors[0] and roomless not in doors[0]
    assert "Team 1 · De Bouwers 1" in doors[0] and "Team 3 · De Bouwers 3" in doors[0]


def test_without_any_room_there_are_no_door_signs_and_without_teams_it_says_so():
    rendered = render(agenda(teams=()))
    text = " ".join(rendered.texts)
    assert "IN DEZE ZAAL" not in text and "Nog geen teams" in text
    assert not any("IN DEZE ZAAL" in page for page in render(agenda((team(1, room=""),))).texts)


def test_who_is_not_in_a_team_yet_is_listed_and_absent_members_are_marked():
    waiting = (Person("Wachtende Willemijn", "Gemeente Zwolle"), Person("Later Lars", ""))
    absent = dataclasses.replace(team(1), members=(person(1, 0), dataclasses.replace(person(1, 1), absent=True)))
    rendered = render(agenda((absent,), unplaced=waiting))
    text = " ".join(rendered.texts)
    assert "Nog niet ingedeeld 2 deelnemers Wachtende Willemijn Gemeente Zwolle geen voorkeur Later Lars" in text
    assert f"{person(1, 1).name} (afwezig)" in text
    door = next(page for page in rendered.texts if "IN DEZE ZAAL" in page)
    assert person(1, 0).name in door and person(1, 1).name not in door  # the door lists who is there today
    assert "Nog niet ingedeeld" not in " ".join(render(agenda()).texts)


def test_twenty_teams_of_six_flow_over_pages_whole_and_nothing_leaves_the_text_area():
    keys = ("it",) * 8 + ("markt",) * 7 + ("personeel",) * 5  # a challenge with 8 teams
    teams = tuple(team(number, 6, challenge=key) for number, key in enumerate(keys, start=1))
    rendered = render(agenda(teams))
    for entry in teams:
        label = f"Team {entry.number} · {entry.name} {entry.room}"
        pages = rendered.pages_with(label)
        assert len(pages) == 1, label  # listed once, whole on its page
        assert all(f"{member.name} {member.organisation}" in rendered.texts[pages[0]] for member in entry.members)
    continued = [text for text in rendered.texts if "1. Moderniseren van de gemeentelijke IT (vervolg)" in text]
    assert continued and all(text.index("(vervolg)") < text.index("Team ") for text in continued)
    assert len([text for text in rendered.texts if "IN DEZE ZAAL" in text]) == 3
    assert _inside_the_text_area(rendered) == []


def test_long_names_and_a_crowded_room_wrap_and_flow_never_cut():
    long_room = "Zaal van de Raad van State en de Commissie voor Digitale Zaken, tweede verdieping achterin"
    word_room = "Vergaderzaalnummerzeventienachterdegrotetrapbijdekoffieautomaat"
    member = Person("Maximiliaan Alexander Ferdinand van Oldenbarnevelt tot Westerhout-Boekhorst",
                    "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties, directoraat-generaal Digitalisering en Overheidsorganisatie")
    crowded = tuple(team(number, 7, room=long_room) for number in range(1, 9))
    long_team = dataclasses.replace(team(9, room=word_room, name="Het team met de allerlangste naam van de hele dag"),
                                    members=(member, *team(9).members))
    rendered = render(agenda((*crowded, long_team)))
    text = " ".join(rendered.texts)
    assert _inside_the_text_area(rendered) == []
    assert "Oldenbarnevelt tot Westerhout-Boekhorst" in text and "directoraat-generaal Digitalisering en Overheidsorganisatie" in text
    doors = [index for index, text in enumerate(rendered.texts) if "IN DEZE ZAAL" in text]
    crowded_pages = rendered.texts[doors[0]:doors[1]]
    assert len(crowded_pages) == 2 and crowded_pages[1].startswith(f"{long_room} (vervolg)")  # the room's name again
    on_doors = " ".join(crowded_pages)
    assert all(person_.name in on_doors for entry in crowded for person_ in entry.members)  # flowed on, not cut
    for entry in crowded:  # each team whole on one page of the sign
        assert len([page for page in crowded_pages if f"Team {entry.number} · " in page]) == 1
    assert "Vergaderzaalnummer" in " ".join(page for page in rendered.texts if "IN DEZE ZAAL" in page)


def test_the_english_agenda_speaks_english():
    rendered = render(agenda(lang="en", unplaced=(Person("Wachtende Willemijn", ""),)))
    text = " ".join(rendered.texts)
    for expected in ("Programme", "FIXED TIME", "in the team rooms", "Teams and rooms", "QUESTION", "IN THIS ROOM",
                     "Working in this room", "(plenary)", "Not yet in a team", "1 participant", "Page 1 of", "11 March 2026"):
        assert expected in text, expected
    for dutch in ("Programma", "VASTE TIJD", "Pagina", "deelnemer", "zaal nog"):
        assert dutch not in text, dutch


def test_only_the_embedded_noto_sans_draws_the_agenda(six):
    names = {str(font.get_object()["/BaseFont"]) for page in six.reader.pages for font in page["/Resources"]["/Font"].values()}
    assert names and all("NotoSans" in name for name in names)
    assert six.reader.metadata.title == "Staatsprint 2026 — Agenda"


def _added(count: int) -> tuple:
    """The programme with ``count`` plenary items added before the borrel."""
    extra = tuple(Item(f"17:{index:02d}", f"17:{index + 1:02d}", f"Extra onderdeel {index}", "plenary", False) for index in range(count))
    return (*PROGRAMME[:-1], *extra, PROGRAMME[-1])


def test_a_longer_programme_is_set_tighter_and_stays_on_the_first_page():
    staatsprint = (*PROGRAMME[:1], *(Item("09:3{0}".format(n), "", f"Welkom {n}", "plenary", False) for n in range(3)),
                   *PROGRAMME[1:])
    phases = tuple(dataclasses.replace(item, steps=item.steps * 3) if item.in_rooms else item for item in staatsprint)
    rendered = render(agenda(programme=(*phases[:-1], *_added(7)[len(PROGRAMME) - 1:])))
    first = rendered.texts[0]
    assert "Extra onderdeel 6" in first and "17:05 Start borrel VASTE TIJD" in first
    assert rendered.pages_with("Start borrel VASTE TIJD") == [0]
    assert "Programma" not in rendered.texts[1]


def _blank_pages(rendered) -> list[int]:
    furniture = ("Staatsprint 2026 · 11 maart 2026 · Den Haag", "1 maart 2026")
    blank = []
    for number, text in enumerate(rendered.texts, start=1):
        for part in (*furniture, f"Pagina {number} van {rendered.pages}"):
            text = text.replace(part, "")
        if not text.strip():
            blank.append(number)
    return blank


def test_a_section_that_ends_at_the_foot_of_a_page_leaves_no_blank_page():
    """The challenges' last box filling its page exactly once carried its spacer to a page of its own
    before the teams' page break: a blank page."""
    for repeat in (11, 24):
        longer = tuple(dataclasses.replace(challenge, teaser=challenge.teaser + " Meer uitleg." * (repeat * 3 if number == 2 else 8))
                       for number, challenge in enumerate(CHALLENGES))
        rendered = render(agenda(challenges=longer))
        assert _blank_pages(rendered) == [], repeat
        assert rendered.pages_with("Teams en zalen") and rendered.pages_with("CHALLENGE 3")


def test_the_export_says_how_many_teams_have_no_room_and_so_no_door_sign(tmp_path):
    from app.export.jobs import ExportJob, export_note

    job = ExportJob("agenda", tmp_path / "agenda.pdf", "nl", 1, None, "A1", True)
    roomless = tuple(team(number, room="" if number > 3 else None) for number in range(1, 10))
    assert export_note(job, agenda(roomless), "nl") == "6 van 9 teams hebben nog geen zaal: zij krijgen geen deurbord"
    assert export_note(job, agenda((team(1), team(2, room=""))), "en") == "1 of 2 teams has no room yet: it gets no door sign"
    assert export_note(job, agenda(), "nl") == ""


def test_who_is_not_in_a_team_yet_is_listed_with_the_challenge_they_asked_for():
    waiting = (Person("Wachtende Willemijn", "Gemeente Zwolle", preference="2. Slimme IT-samenwerking markt en overheid"),
               Person("Later Lars", "UWV"))
    text = " ".join(render(agenda(unplaced=waiting)).texts)
    assert "Wachtende Willemijn Gemeente Zwolle 2. Slimme IT-samenwerking markt en overheid Later Lars UWV geen voorkeur" in text
