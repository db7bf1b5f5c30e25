"""Drive the real window through every main screen and save what the X screen shows.

Run by scripts/screenshots under Xvfb; a fresh demo database each time, so the
pictures show what a newcomer sees. Prints the files it wrote.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QAction, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from app.board.board import clusters  # noqa: E402
from app.clock.clock import SteadyClock  # noqa: E402
from app.demo.event import create_demo_event  # noqa: E402
from app.event.teams import team_views  # noqa: E402
from app.main import build_window  # noqa: E402
from app.outcomes.final_choice import final_choice  # noqa: E402
from app.storage.database import open_store  # noqa: E402
from scripts.screenshots_jury import juror_shot, jury_shots  # noqa: E402
from ui.beamer.pitch_show import show_pitch_on_beamer  # noqa: E402
from ui.common.preferences import Preferences  # noqa: E402
from ui.window.main_window import MainWindow  # noqa: E402


def settle(app: QApplication, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()


def shoot(app: QApplication, out: Path, name: str) -> None:
    settle(app)
    path = out / f"{name}.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    print(path)


def main_window(app: QApplication, folder: Path, lang: str, demo: bool = True):
    prefs = Preferences(folder / f"prefs-{lang}.ini")
    args = argparse.Namespace(db=str(folder / "demo.sqlite"), lang=lang, demo=demo, command=None)
    window = build_window(args, prefs)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    settle(app)
    for notice in window.findChildren(QMessageBox, "databaseNotice"):  # "new database created at …": read, closed
        notice.accept()
    settle(app)
    return window


def team_number(window, index: int):
    """Choose the demo's team at ``index`` (0-based, in the demo file's order)."""
    view = window.event_view
    view.choose_team(view.team_picker.itemData(index))
    return view.current_team()


def team_with_step(window, step: str):
    """Choose the first demo team that is at ``step`` (they are spread over phases 1 and 2)."""
    view = window.event_view
    for index in range(view.team_picker.count()):
        view.choose_team(view.team_picker.itemData(index))
        team = view.current_team()
        if team.current_step == step:
            return team
    return view.current_team()


def phase_one_shots(app: QApplication, out: Path, window) -> None:
    """Phase 1 of a team that has done it (the demo's second team): board, knelpunten, vote, car."""
    view = window.event_view
    team = team_with_step(window, "theme_vote")
    view.choose_team(team.id)
    for name, step in (("09a-board-clusters", "clustering"), ("09b-knelpunten", "knelpunten"),
                       ("09c-vote-reveal", "dot_vote"), ("09d-vehicle", "vehicle")):
        view.go_to(("step", step))
        settle(app, 30)
        if step == "clustering":
            view.step_page.work_area.board.fit()
        shoot(app, out, name)
    view.step_page.work_area.surface("vehicle").zoom_to_zone("passengers")  # a zone clicked on the car
    shoot(app, out, "09f-vehicle-zone")
    view.go_to(("step", "clustering"))
    view.navigator_toggle.setChecked(False)  # the list of steps folded away: the board gets the width
    settle(app, 30)
    view.step_page.work_area.board.fit()
    shoot(app, out, "09g-board-steps-folded")
    view.navigator_toggle.setChecked(True)


def crystal_shots(app: QApplication, out: Path, window) -> None:
    """A Crystal Ball with three milestones, all timelines side by side, and the final choice (the
    crystal page's choice box, then the phase-3 gate), from the demo team at the Crystal Ball."""

    view = window.event_view
    team = team_with_step(window, "crystal_ball")
    view.choose_team(team.id)
    view.go_to(("step", "crystal_ball"))
    settle(app, 30)
    page = view.step_page.work_area.surface("crystal")
    cards = page.view.scene().cards
    if cards:
        page.choose_card(next(iter(cards)))
    shoot(app, out, "27a-crystal-ball-three-milestones")
    page.choose_idea(len(page.ideas))
    shoot(app, out, "27b-crystal-ball-side-by-side")
    page.choose_idea(0)
    page.choose([page.ideas[0].id], "")
    shoot(app, out, "27c-final-choice")
    view.go_to(("gate", "ideeen"))
    shoot(app, out, "27d-final-choice-gate")
def pitch_shots(app: QApplication, out: Path, window) -> None:
    """The pitch builder of the team whose idea was just chosen: its answers taken over from the day."""
    view = window.event_view
    view.go_to(("step", "pitch"))
    settle(app, 30)
    shoot(app, out, "28-pitch-builder")
    finished = team_with_step(window, "pitch")  # the demo's team with a finished pitch comes first
    view.choose_team(finished.id)
    view.go_to(("step", "pitch"))
    page = view.step_page.work_area.surface("pitch")
    for key, name in (("storyboard", "28b-storyboard"), ("tasks", "28c-task-split"), ("share", "28d-pitch-share")):
        page.show_part(key)
        settle(app, 30)
        shoot(app, out, name)
    page.show_part("questions")


def team_with_themes(window):
    """The first demo team whose HKW questions are bundled into themes (None: no team's are yet)."""
    view = window.event_view
    for index in range(view.team_picker.count()):
        team_id = view.team_picker.itemData(index)
        if clusters(window.store, team_id, "themes"):
            view.choose_team(team_id)
            return view.current_team()
    return None


def define_shots(app: QApplication, out: Path, window) -> None:
    """Phase 2: the themes with the HKW that states each best (starred), the problem statement,
    and the terugkoppeling of every team's problem statement on the beamer."""
    view = window.event_view
    team = team_with_themes(window) or team_with_step(window, "themes")
    view.choose_team(team.id)
    view.go_to(("step", "themes"))
    settle(app, 30)
    view.step_page.work_area.board.fit()
    shoot(app, out, "20-hkw-themes-best")
    team_with_step(window, "problem_statement")
    view.go_to(("step", "problem_statement"))
    shoot(app, out, "22-problem-statement")
    view.go_to(("programme",))
    view.programme_page.open_feedback()
    feedback = view.programme_page.feedback
    feedback.index = next((i for i, slide in enumerate(feedback.slides) if slide.theme is not None), 0)
    feedback.refresh()
    shoot(app, out, "23-beamer-feedback")
    feedback.close()


def beamer_shots(app: QApplication, out: Path, view) -> None:
    """The beamer full screen (here on the one Xvfb screen): the programme, a team's step, a team's pitch."""
    page = view.programme_page
    page.toggle_beamer()
    shoot(app, out, "13-beamer-programme")
    team = team_with_step(view.window(), "theme_vote")
    page.refresh()
    page.source_picker.setCurrentIndex(page.source_picker.findData(f"team:{team.id}"))
    page._choose_source()
    shoot(app, out, "14-beamer-team-last-minute")
    ws = view.workspace
    pitched = next(t for t in team_views(ws.store, ws.event.id, ws.template) if final_choice(ws.store, t.id, "crystal_ball"))
    show_pitch_on_beamer(view.beamer, pitched.id)  # the beamer's pitch mode: the team that chose its idea
    shoot(app, out, "26-beamer-pitch")
    view.beamer.view.close()


def race_shots(app: QApplication, out: Path, window) -> None:
    """The Idea Race in round 2 with the leaderboard, then the beamer during the race. Every team not
    past the race is brought to it and gets the facilitator's start signal; the ideas are written by the
    app's own rules, so the clock decides which round they count for. The last team races on paper."""
    from app.clock.timers import next_part, timer_plan
    from app.day.navigation import move_team, step_keys
    from app.event.teams import team_views
    from app.race.start import start_all
    from app.race.writing import add_idea, set_count

    view = window.event_view
    ws = view.workspace
    keys = step_keys(ws.template)
    for team in team_views(ws.store, ws.event.id, ws.template):
        if team.current_step not in keys or keys.index(team.current_step) < keys.index("idea_race"):
            move_team(ws.store, team.id, "idea_race", ws.template)
    started = start_all(ws.timers, ws.template, ws.event.id, "idea_race").started
    ideas = ["Eén digitaal loket voor alle subsidies", "Chatbot die formulieren vooraf invult", "Spreekuur in de bibliotheek",
             "Vaste contactpersoon per ondernemer", "Formulieren in B1-taal", "Samen met inwoners testen",
             "Gegevens maar één keer opgeven", "Terugbelbelofte binnen één dag", "Uitleg met korte video's"]
    plan = timer_plan(ws.template, "idea_race")
    teams = {team.id: team for team in team_views(ws.store, ws.event.id, ws.template)}
    for order, team_id in enumerate(started):
        members = [m.id for m in teams[team_id].members] or [None]
        on_paper = len(started) > 2 and team_id == started[-1]
        for index in range(0 if on_paper else 3 + 2 * order % 5):
            add_idea(ws.timers, ws.template, ws.event.id, team_id, "idea_race", members[index % len(members)], ideas[index % len(ideas)])
        next_part(ws.timers, ws.event.id, team_id, "idea_race", plan)
        next_part(ws.timers, ws.event.id, team_id, "idea_race", plan)
        for index in range(order % 3 + 1):
            add_idea(ws.timers, ws.template, ws.event.id, team_id, "idea_race", members[index % len(members)], ideas[-1 - index])
    if len(started) > 2:
        set_count(ws.store, ws.template, started[-1], "idea_race", "round1", 6, "facilitator")
    view.choose_team(started[0] if started else view.current_team().id)
    view.go_to(("step", "idea_race"))
    settle(app, 30)
    shoot(app, out, "24-race-round2-leaderboard")
    view.go_to(("programme",))
    page = view.programme_page
    page._show_race()
    page.toggle_beamer()
    shoot(app, out, "25-beamer-race")
    view.beamer.view.close()


def demo_at_nine_in_the_evening(app: QApplication, out: Path, folder: Path) -> None:
    """The demo made and opened at 21:00 (a clock set to run from then): still mid-day in its programme."""
    folder.mkdir()
    zone = ZoneInfo("Europe/Amsterdam")
    offset = datetime.now(zone).replace(hour=21, minute=0, second=0) - datetime.now(zone)
    clock = SteadyClock(wall=lambda: datetime.now(timezone.utc) + offset)
    store = open_store(f"sqlite:///{folder / 'demo.sqlite'}")
    create_demo_event(store, clock.now())
    window = MainWindow(store, Preferences(folder / "prefs.ini"), "nl", clock=clock)
    window.setGeometry(0, 0, 1366, 768)
    window.show()
    window.event_view.go_to(("programme",))
    shoot(app, out, "15-demo-opened-at-21h-programme")
    window.event_view.programme_page.toggle_beamer()
    shoot(app, out, "16-demo-opened-at-21h-beamer")
    window.event_view.beamer.view.close()
    window.close()


def vote_shots(app: QApplication, out: Path, folder: Path) -> None:
    """The theme vote after the captain broke a tie, and the idea vote: its proposal, and a tie at its cut."""
    from datetime import date

    from app.board.board import add_cluster, add_note
    from app.day.navigation import move_team
    from app.event.events import create_event, event_template
    from app.event.teams import add_member, add_team, set_role
    from app.paths import template_path
    from app.voting.vote_step import decide, place_dot, reveal

    folder.mkdir()
    store = open_store(f"sqlite:///{folder / 'demo.sqlite'}")  # the name main_window opens
    event_id = create_event(store, template_path("staatsprint").read_text(encoding="utf-8"), date.today())
    with store.read() as session:
        from db.models import Event

        template = event_template(session.get(Event, event_id))
    now = datetime.now(timezone.utc)
    names = ("Fatima El Amrani", "Jan de Vries", "Sanne Bakker", "Pieter Jansen")

    def team_at(name, step_key):
        team_id = add_team(store, event_id, "gemeentelijke_it", name)
        members = [add_member(store, team_id, member) for member in names]
        set_role(store, team_id, "captain", members[1], template)
        move_team(store, team_id, step_key, template)
        return team_id, members

    def vote(team_id, step, plan):
        for member, targets in plan:
            for target in targets:
                place_dot(store, template, event_id, team_id, step, member, target)
        reveal(store, event_id, team_id, step, now)

    themes_team, members = team_at("Thema's", "theme_vote")
    themes = [add_cluster(store, themes_team, "themes", name, (0, 0, 1, 1)) for name in (
        "Eén keer vragen, overal gebruiken", "Samen inkopen als één overheid", "Data delen zonder kokers")]
    step = template.step("theme_vote")
    vote(themes_team, step, [(members[0], [themes[0]] * 2), (members[1], [themes[1]] * 2), (members[2], [themes[0], themes[1]]),
                             (members[3], [themes[2]] * 2)])
    decide(store, template, themes_team, step, [themes[1]], members[1])

    ideas_text = ("Eén loket voor ondernemers", "Open data-portaal per regio", "Pilot in de wijk met de gemeente",
                  "Chatbot voor vergunningen", "Vaste contactpersoon aan huis", "Gezamenlijke inkoopkalender")
    step = template.step("idea_vote")
    proposal_team, members = team_at("Ideeën", "idea_vote")
    ideas = [add_note(store, proposal_team, "idea_race", members[0], text, 0, 0, part_key="round1") for text in ideas_text]
    vote(proposal_team, step, [(members[0], ideas[:3]), (members[1], ideas[:3]), (members[2], [ideas[0], ideas[3], ideas[4]]),
                               (members[3], [ideas[1], ideas[2], ideas[5]])])
    tie_team, members = team_at("Gelijk op de grens", "idea_vote")
    ideas = [add_note(store, tie_team, "idea_race", members[0], text, 0, 0, part_key="round2") for text in ideas_text]
    vote(tie_team, step, [(members[0], ideas[:3]), (members[1], [ideas[0], ideas[1], ideas[3]]), (members[2], [ideas[0], ideas[1], ideas[4]]),
                          (members[3], [ideas[2], ideas[3], ideas[4]])])

    store.engine.dispose()
    window = main_window(app, folder, "nl", demo=False)
    view = window.event_view
    for name, team_id, place in (("21-theme-vote-after-tie-break", themes_team, ("step", "theme_vote")),
                                 ("21b-gate-with-tie-break", themes_team, ("gate", "definieren")),
                                 ("26-idea-vote-proposal", proposal_team, ("step", "idea_vote")),
                                 ("26b-idea-vote-tie-at-the-cut", tie_team, ("step", "idea_vote")),
                                 ("26c-gate-with-kept-ideas", proposal_team, ("gate", "ideeen"))):
        view.choose_team(team_id)
        view.go_to(place)
        settle(app, 30)
        shoot(app, out, name)
    window.close()


def main() -> int:
    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "empty").mkdir()
        empty = main_window(app, folder / "empty", "nl", demo=False)
        shoot(app, out, "01-welcome")
        empty.close()

        window = main_window(app, folder, "nl")
        view = window.event_view
        team_number(window, 0)
        view.go_to(("team",))
        shoot(app, out, "02-team-setup")
        view.go_to(("challenge",))
        shoot(app, out, "03-challenge")
        # The demo's timers run as if the day were under way: running, last minute, overrun, a long one;
        # a later step read while the team is elsewhere, its timer naming the team's step.
        shots = [(0, "themes", "board-timer-running"), (1, "theme_vote", "timer-last-minute"), (2, "hkw", "timer-overrun"),
                 (3, "vehicle", "timer-running-long"), (4, "problem_statement", "form"), (0, "idea_race", "timer-of-another-step")]
        for number, (team, step, name) in enumerate(shots, start=4):
            team_number(window, team)
            view.go_to(("step", step))
            shoot(app, out, f"{number:02d}-step-{step}-{name}")
        phase_one_shots(app, out, window)
        crystal_shots(app, out, window)
        pitch_shots(app, out, window)
        define_shots(app, out, window)
        window.findChild(QAction, "theme_high_contrast").trigger()
        shoot(app, out, "10-high-contrast")
        window.findChild(QAction, "theme_light").trigger()
        view.go_to(("programme",))
        shoot(app, out, "12-programme")
        beamer_shots(app, out, view)
        race_shots(app, out, window)
        juror_shot(app, out, window, settle, shoot)
        jury_shots(app, out, window, settle, shoot)
        window.close()

        demo_at_nine_in_the_evening(app, out, folder / "evening")
        vote_shots(app, out, folder / "votes")

        english = main_window(app, folder, "en")
        english.event_view.go_to(("step", "vehicle"))
        shoot(app, out, "11-english-vehicle")
        english.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
