"""Drive the real window through every main screen and save what the X screen shows.

Run by scripts/screenshots under Xvfb; a fresh demo database each time, so the
pictures show what a newcomer sees. Prints the files it wrote.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QAction, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.main import build_window  # noqa: E402
from ui.preferences import Preferences  # noqa: E402


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
    return window


def team_with_step(window, step: str):
    """Choose the first demo team that is at ``step`` (they are spread over the day)."""
    view = window.event_view
    for index in range(view.team_picker.count()):
        view.choose_team(view.team_picker.itemData(index))
        team = view.current_team()
        if team.current_step == step:
            return team
    return view.current_team()


def phase_one_shots(app: QApplication, out: Path, window) -> None:
    """Phase 1 of the team that has done it (the demo's second team): board, knelpunten, vote, car."""
    view = window.event_view
    team = team_with_step(window, "theme_vote")
    view.choose_team(team.id)
    for name, step in (("09a-board-clusters", "clustering"), ("09b-knelpunten", "knelpunten"),
                       ("09c-vote-reveal", "dot_vote"), ("09d-vehicle", "vehicle")):
        view.go_to(("step", step))
        settle(app, 30)
        if step == "clustering":
            view.step_page.work_area.board.view.fit()
        shoot(app, out, name)
    first = team_with_step(window, "braindump")
    view.choose_team(first.id)
    shoot(app, out, "09e-board-brain-dump")
    view.navigator_toggle.setChecked(False)  # the list of steps folded away: the board gets the width
    shoot(app, out, "09f-board-steps-folded")
    view.navigator_toggle.setChecked(True)


def beamer_shots(app: QApplication, out: Path, view) -> None:
    """The beamer full screen (here on the one Xvfb screen): the programme, then a team's step."""
    page = view.programme_page
    page.toggle_beamer()
    shoot(app, out, "13-beamer-programme")
    team = team_with_step(view.window(), "theme_vote")
    page.refresh()
    page.source_picker.setCurrentIndex(page.source_picker.findData(f"team:{team.id}"))
    page._choose_source()
    shoot(app, out, "14-beamer-team-last-minute")
    view.beamer.view.close()


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
        team_with_step(window, "braindump")
        view.go_to(("team",))
        shoot(app, out, "02-team-setup")
        view.go_to(("challenge",))
        shoot(app, out, "03-challenge")
        # The demo's timers run as if the day were under way: running, last minute, parts, overrun.
        names = {"braindump": "timer-running", "theme_vote": "timer-last-minute", "idea_race": "timer-parts", "crystal_ball": "timer-running-long", "pitch": "timer-overrun"}
        for number, step in enumerate(names, start=4):
            team_with_step(window, step)
            view.go_to(("step", step))
            shoot(app, out, f"{number:02d}-step-{step}-{names[step]}")
        phase_one_shots(app, out, window)
        window.findChild(QAction, "theme_high_contrast").trigger()
        shoot(app, out, "10-high-contrast")
        window.findChild(QAction, "theme_light").trigger()
        view.go_to(("programme",))
        shoot(app, out, "12-programme")
        beamer_shots(app, out, view)
        window.close()

        english = main_window(app, folder, "en")
        english.event_view.go_to(("step", "vehicle"))
        shoot(app, out, "11-english-vehicle")
        english.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
