"""The guide's pictures: every name of app.guide.source.SHOTS, in Dutch and English, from the real window
under Xvfb at 1366x768 (the demo, fresh each time), written quantised to resources/guide/shots/<lang>/.

Run by ``scripts/screenshots --guide`` (or: xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python
scripts/guide_shots.py [OUTDIR]). A screen this version of the app does not have (no File → Backups…) is
said on stderr and left out. Prints each file with its size, then the total.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PIL import Image  # noqa: E402
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QAction, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QPushButton  # noqa: E402

from app.guide.source import SHOTS, guide_dir  # noqa: E402
from app.jury.awards import computed_podiums, confirm_winners  # noqa: E402
from scripts.screenshots import main_window, settle, team_with_step  # noqa: E402

COLOURS = 128  # PNG-8: a screenshot's flat colours survive; the text stays sharp (no dithering)


class Camera:
    def __init__(self, app: QApplication, out: Path) -> None:
        self.app, self.out, self.made = app, out, []

    def shoot(self, name: str, rounds: int = 30) -> None:
        assert name in SHOTS, name
        for window in QApplication.topLevelWidgets():  # "new database created at /tmp/…": not in the guide
            if window.objectName() == "mainWindow":
                window.statusBar().clearMessage()
        settle(self.app, rounds)
        image = QGuiApplication.primaryScreen().grabWindow(0).toImage()
        raw = self.out / f".{name}.raw.png"
        image.save(str(raw))
        quantised = Image.open(raw).convert("RGB").quantize(colors=COLOURS, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
        path = self.out / f"{name}.png"
        quantised.save(path, optimize=True)
        raw.unlink()
        self.made.append(path)
        print(f"{path} {path.stat().st_size // 1024} KB")

    def in_dialog(self, trigger, name: str) -> bool:
        """Shoot the dialog ``trigger()`` opens (modal or not), then close it; False when none opened."""
        seen = []

        def shoot_it():
            dialog = QApplication.activeModalWidget() or QApplication.activeWindow()
            if dialog is not None and dialog.objectName() != "mainWindow":
                seen.append(dialog)
                self.shoot(name)
                dialog.close()

        QTimer.singleShot(400, shoot_it)  # inside the dialog's own event loop when it is exec()'d
        trigger()
        for _ in range(60):
            if seen:
                break
            settle(self.app, 5)
            QGuiApplication.instance().thread().msleep(20)
        settle(self.app)
        return bool(seen)


def facilitator_pages(camera: Camera, window) -> None:
    view = window.event_view
    for name in ("programme", "dashboard", "participants", "editor", "server"):
        view.go_to((name,))
        camera.shoot(name)
    view.go_to(("programme",))
    view.programme_page.toggle_beamer()
    camera.shoot("beamer")
    view.beamer.view.close()


def team_steps(camera: Camera, window) -> None:
    view = window.event_view
    team = team_with_step(window, "theme_vote")  # a team that has done phase 1
    view.choose_team(team.id)
    for name, step in (("board", "clustering"), ("vote", "dot_vote"), ("vehicle", "vehicle")):
        view.go_to(("step", step))
        settle(camera.app, 30)
        if step == "clustering":
            view.step_page.work_area.board.fit()
        camera.shoot(name)
    team = team_with_step(window, "crystal_ball")
    view.choose_team(team.id)
    view.go_to(("step", "crystal_ball"))
    settle(camera.app, 30)
    page = view.step_page.work_area.surface("crystal")
    cards = page.view.scene().cards
    if cards:
        page.choose_card(next(iter(cards)))
    camera.shoot("crystal")
    view.go_to(("step", "idea_race"))
    camera.shoot("race")
    team = team_with_step(window, "pitch")  # the demo's team with a finished pitch
    view.choose_team(team.id)
    view.go_to(("step", "pitch"))
    camera.shoot("pitch")


def jury(camera: Camera, window) -> None:
    view = window.event_view
    view.go_to(("jury",))
    page = view._page("jury")
    page.show_tab("jurySetupTab")
    camera.shoot("jury-setup")
    page.show_tab("juryScoresTab")
    camera.shoot("jury-scores")
    page.show_tab("juryBeraadTab")
    camera.shoot("juryberaad", 40)
    ws = view.workspace
    confirm_winners(ws.store, ws.event.id, computed_podiums(ws.store, ws.event.id), {})  # the chair confirms
    settle(camera.app, 30)
    reveal = page.show_tab("juryRevealTab")
    settle(camera.app, 30)
    reveal.start_reveal()
    for _ in range(2):  # the first prize: its suspense card, then the winner
        reveal.findChild(QPushButton, "revealNext").click()
        settle(camera.app, 20)
    camera.shoot("reveal")
    view.beamer.view.close()


def juror(camera: Camera, window, lang: str) -> None:
    from app.event.events import event_template, get_event
    from app.jury.kit import write_kit
    from app.jury.setup import jurors
    from ui.jury.open_kit import juror_window

    ws = window.event_view.workspace
    template = event_template(get_event(ws.store, ws.event.id))
    with tempfile.TemporaryDirectory() as tmp:
        kit = write_kit(ws.store, ws.event.id, jurors(ws.store, ws.event.id)[2].id, template, lang, Path(tmp))
        scoring = juror_window(kit, Path(tmp) / "data", lang)
        scoring.setGeometry(0, 0, 1366, 768)
        scoring.show()
        camera.shoot("juror")
        scoring.close()


def join(camera: Camera, window) -> None:
    from app.sync.join_file import JoinFile
    from ui.sync.join_dialog import JoinDialog

    event = window.event_view.workspace.event
    ticket = JoinFile(event_uid="guide", event_name=event.name, event_day=date.today(), host="192.168.1.20", port=5432,
                      database="staatsprint", certificate="", role="team_3", password="", kind="team", label="Team 3",
                      expires=datetime.now(timezone.utc) + timedelta(days=2))
    with tempfile.TemporaryDirectory() as tmp:
        window.event_view.go_to(("programme",))
        dialog = JoinDialog(ticket, Path(tmp), window)
        camera.in_dialog(dialog.open, "join")


def backups(camera: Camera, window) -> None:
    """File → Backups… (the durability work's dialog), when this version of the app has it."""
    action = next((a for a in window.findChildren(QAction) if "backup" in a.objectName().lower()), None)
    if action is None or not camera.in_dialog(action.trigger, "backups"):
        print("guide_shots: no File → Backups… in this app: backups.png not made", file=sys.stderr)


def shoot_language(app: QApplication, out: Path, folder: Path, lang: str) -> list[Path]:
    camera = Camera(app, out)
    (folder / "empty").mkdir(parents=True)
    empty = main_window(app, folder / "empty", lang, demo=False)
    camera.shoot("start")
    empty.close()
    window = main_window(app, folder, lang)
    facilitator_pages(camera, window)
    team_steps(camera, window)
    join(camera, window)
    backups(camera, window)
    juror(camera, window, lang)
    jury(camera, window)
    window.close()
    settle(app)
    return camera.made


def main() -> int:
    base = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else guide_dir() / "shots"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    total = 0
    for lang in ("nl", "en"):
        out = base / lang
        out.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory() as tmp:
            total += sum(path.stat().st_size for path in shoot_language(app, out, Path(tmp), lang))
    print(f"total {total // 1024} KB in {base}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
