"""The beamer's pitch mode: one team's pitch from its dossier, PageDown / PageUp through the teams in a
given order, empty blocks left out, the idea whole, long text shrunk before it is cut."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QComboBox

from app.export.dossier_data import Answer, AnswerSection, CrystalBall, Moment, TeamDossier
from app.event.teams import add_member, add_team, set_role
from app.pitch.answers import save_pitch_answer
from tests.ui.conftest import find, settle
from ui.beamer.beamer_source import PITCH, PROGRAMME
from ui.beamer.pitch_show import show_pitch_on_beamer
from ui.beamer.pitch_path import spread
from ui.beamer.pitch_slide import paint_pitch


@pytest.fixture
def teams(event_with_team):
    store, event_id, first = event_with_team
    second, third = (add_team(store, event_id, "gemeentelijke_it") for _ in range(2))
    for team_id, idea, yell in ((first, "Eén loket voor alle gemeenten", "Samen sterk!"), (second, "Kennistafel met leerclausule", "Eerst praten!")):
        save_pitch_answer(store, team_id, "pitch", "idea", idea)
        save_pitch_answer(store, team_id, "pitch", "yell", yell)
    return store, event_id, (first, second, third)


def painted(view) -> str:
    """The slide's text as a person reads it: painted (as the screen would), its lines joined."""
    view.grab()
    return " ".join(view.pitch_lines)


def test_the_pitch_shows_the_teams_idea_yell_and_presenter(qtbot, open_window, teams, staatsprint_template):
    store, _, (first, _, _) = teams
    set_role(store, first, "presenter", add_member(store, first, "Anna"), staatsprint_template)
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, first)
    settle()
    assert source.view.isVisible() and source.mode == PITCH
    text = painted(source.view)
    assert "Eén loket voor alle gemeenten" in text and "“Samen sterk!”" in text
    assert "Presented by Anna" in text
    source.view.close()


def test_pagedown_goes_to_the_next_team_and_pageup_back(qtbot, open_window, teams):
    store, _, (first, second, third) = teams
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, first)
    settle()
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)
    assert source.team_id == second and "Kennistafel met leerclausule" in painted(source.view)
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)  # the last team: it stays
    assert source.team_id == third
    qtbot.keyClick(source.view, Qt.Key.Key_PageUp)
    assert source.team_id == second
    source.view.close()


def test_the_order_is_a_parameter(qtbot, open_window, teams):
    store, _, (first, second, third) = teams
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, third, order=[third, first])  # e.g. the jury's running order
    settle()
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)
    assert source.team_id == first
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)
    assert source.team_id == first
    source.view.close()


def test_the_facilitators_window_chooses_the_pitch_and_pages_with_pagedown(qtbot, open_window, teams):
    store, _, (first, second, _) = teams
    window = open_window(store)
    window.event_view.go_to(("programme",))
    settle()
    picker = find(window, QComboBox, "beamerSource")
    picker.setCurrentIndex(picker.findData(f"{PITCH}:{first}"))
    picker.activated.emit(picker.currentIndex())
    source = window.event_view.beamer
    assert source.mode == PITCH and source.team_id == first
    page = window.event_view.programme_page
    page.setFocus()
    qtbot.keyClick(page, Qt.Key.Key_PageDown)  # the facilitator's window keeps the keyboard
    assert source.team_id == second
    picker.setCurrentIndex(picker.findData(PROGRAMME))
    picker.activated.emit(picker.currentIndex())
    qtbot.keyClick(page, Qt.Key.Key_PageUp)  # no pitch shown: the keys do nothing to the beamer
    assert source.mode == PROGRAMME and source.team_id is None


def test_an_empty_team_shows_no_empty_blocks_only_one_calm_line(qtbot, open_window, teams):
    store, _, (_, _, third) = teams
    source = open_window(store, translated=True).event_view.beamer
    show_pitch_on_beamer(source, third)
    settle()
    source.view.grab()
    lines = source.view.pitch_lines
    assert "Nog geen idee gekozen" in lines and "De pitch is nog in de maak" in lines
    assert not any("nog niet ingevuld" in line for line in lines) and "Het probleem" not in lines and "" not in lines
    source.view.close()


SIZES = [(1920, 1080), (1366, 768)]
IDEA_TEXT = ("Talentenpool Publiek: een regionale coöperatie van overheden die schaarse specialisten samen in dienst neemt "
             "en naar gebruik inzet, te beginnen met data-engineers. Daarnaast lenen de deelnemers eigen IT'ers een jaar uit "
             "aan de pool. Dat telt als ontwikkelstap, met een terugkeergarantie.")


def slide(size, **answers) -> list[str]:
    """The lines painted for a made-up team with these pitch answers, on a screen of ``size``."""
    balls = answers.pop("balls", ())
    section = AnswerSection("pitch", "Pitch", tuple(Answer(key, key, text) for key, text in answers.items()))
    dossier = TeamDossier("Dag", date(2026, 12, 2), datetime.now(timezone.utc), "en", 1, 8, "Talentenpool", "Tekort",
                          sections=(section,), crystal_balls=balls, chosen_idea="Talentenpool")
    image = QImage(*size, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    lines = paint_pitch(painter, QRectF(0, 0, *size), dossier)
    painter.end()
    return lines


@pytest.mark.parametrize("size", SIZES)
def test_a_long_idea_is_shown_whole_next_to_every_other_block(qapp, size):
    lines = slide(size, idea=IDEA_TEXT, problem="Overheden bieden tegen elkaar op. " * 6, for_whom="HR- en IT-directeuren",
                  path="Eerst een proef met drie waterschappen", who_needed="- Directeuren\n- Specialisten", cost="€ 250.000 per jaar")
    text = " ".join(lines)
    assert "".join(IDEA_TEXT.split()) in "".join(text.split()) and "…" not in text  # shrunk, nothing cut (lines may break at a hyphen)
    assert "- Directeuren" in lines and "- Specialisten" in lines  # a list keeps one line per item
    assert "€ 250.000 per jaar" in lines


@pytest.mark.parametrize("size", SIZES)
def test_a_cut_list_keeps_its_line_breaks(qapp, size):
    zones = "\n".join(f"Zone {n}: " + "een heel lange toelichting " * 3 for n in range(30))
    lines = slide(size, idea="Kennistafel", who_needed=zones)
    assert "Zone 0: " + ("een heel lange toelichting " * 3).strip() in lines and "Zone 1: " + ("een heel lange toelichting " * 3).strip() in lines
    assert sum("…" in line for line in lines) == 1


@pytest.mark.parametrize("size", SIZES)
def test_a_combination_shows_each_ideas_milestones_on_its_own_row_with_the_years(qapp, size):
    first = CrystalBall("Gedeelde pool", 5, "Nu", "Over 5 jaar", (Moment(1, "Proef met drie waterschappen"), Moment(5, "Geen tekort", kind="end")), True)
    second = CrystalBall("Uitlenen als ontwikkelstap", 5, "Nu", "Over 5 jaar", (Moment(2, "Eerste uitleningen"),), True)
    lines = slide(size, idea="Talentenpool", balls=(first, second))
    text = " ".join(lines)  # each row says whose milestones it holds, then holds them
    assert text.index("Gedeelde pool") < text.index("Proef met drie waterschappen") < text.index("Uitlenen als ontwikkelstap") < text.index("Eerste uitleningen")
    assert {"Nu", "1 year", "5 years", "Geen tekort"} <= set(lines)  # the years under the line, the end at its right


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_only_a_very_long_text_is_cut_after_shrinking(qtbot, open_window, teams, size):
    store, _, (first, _, _) = teams
    save_pitch_answer(store, first, "pitch", "problem", "Inkopers en leveranciers praten pas na de gunning met elkaar. " * 80)
    save_pitch_answer(store, first, "pitch", "for_whom", "Inkopers")
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, first)
    source.view.showNormal()
    source.view.resize(*size)
    text = painted(source.view)
    assert text.count("…") == 1 and "Eén loket voor alle gemeenten" in text  # the idea keeps its place
    assert text.index("The problem") < text.index("…") < text.index("For whom")  # the long answer, elided last
    source.view.close()


def test_an_answer_typed_elsewhere_shows_at_once(qtbot, open_window, teams):
    store, _, (first, _, _) = teams
    source = open_window(store).event_view.beamer
    show_pitch_on_beamer(source, first)
    settle()
    save_pitch_answer(store, first, "pitch", "cost", "Twee inkopers, een halve dag per maand")  # another laptop
    settle()
    source.tick()
    assert "Twee inkopers, een halve dag per maand" in painted(source.view)
    source.view.close()


def test_milestone_titles_never_overlap_and_stay_clear_of_the_end():
    lefts = spread([100, 110, 120, 900, 990], 80, 50, 1000)  # crowded at the start and at the end
    assert all(b - a >= 80 for a, b in zip(lefts, lefts[1:]))
    assert lefts[0] >= 50 and lefts[-1] + 80 <= 1000


@pytest.mark.parametrize("size", SIZES)
def test_who_we_need_taken_over_from_the_vehicle_keeps_one_line_per_zone(qapp, size):
    vehicle = ("Bestuurder: De inkoper met de jurist ernaast, Beter: overheid kiest de bestemming, de markt de route\n"
               "Passagiers: Leveranciers, pas na de gunning ingestapt, Vakafdeling met de echte vraag")
    lines = slide(size, idea="Kennistafel", problem="Uitvragen missen wat de markt kan. " * 8, for_whom="Inkopers",
                  path="Eerst één tafel", who_needed=vehicle, cost="Een dagdeel per tafel")
    assert any(line.startswith("Bestuurder: De inkoper") for line in lines)
    assert any(line.startswith("Passagiers: Leveranciers") for line in lines)  # a zone starts its own line
    assert "…" not in " ".join(lines)


def test_with_one_screen_the_pitch_takes_the_keys_escape_closes_it_and_the_ends_are_told(qtbot, open_window, teams):
    store, _, (first, second, third) = teams
    window = open_window(store)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    source = window.event_view.beamer
    show_pitch_on_beamer(source, third)  # one screen: it covers the facilitator's window
    settle()
    qtbot.waitUntil(source.view.isActiveWindow)
    qtbot.keyClick(source.view, Qt.Key.Key_PageDown)  # the last team: it stays, the facilitator is told
    assert source.team_id == third and window.statusBar().currentMessage() == "This is the last team's pitch."
    show_pitch_on_beamer(source, first)
    qtbot.keyClick(source.view, Qt.Key.Key_PageUp)
    assert source.team_id == first and window.statusBar().currentMessage() == "This is the first team's pitch."
    qtbot.keyClick(source.view, Qt.Key.Key_Escape)  # first out of full screen, as the programme page's hint says
    assert source.view.isVisible() and not source.view.isFullScreen()
    qtbot.keyClick(source.view, Qt.Key.Key_Escape)
    assert not source.view.isVisible()
