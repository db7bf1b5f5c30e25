"""The guide's pictures: every name of app.guide.source.SHOTS, in Dutch and English, from the real window
under Xvfb at 1366x768 (the demo, fresh each time), written quantised to resources/guide/shots/<lang>/.

Run by ``scripts/screenshots --guide`` (or: xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python
scripts/guide_shots.py [OUTDIR]). A screen this version of the app does not have (no File → Backups…) is
said on stderr and left out. Prints each file with its size, then the total.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.guide_shots_day import DAY, PinnedClock, at, empty_data_folder, remove_data_folder, take_backups, use_own_data_folder  # noqa: E402

DATA = use_own_data_folder()  # before the app reads a path: /tmp/staatsprint, HOME elsewhere too
CLOCK = PinnedClock()

from PIL import Image  # noqa: E402
from PySide6.QtCore import QRectF, QTimer  # noqa: E402
from PySide6.QtGui import QAction, QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton  # noqa: E402

import app.storage.store as store_module  # noqa: E402
import db.types as db_types  # noqa: E402
import ui.window.main_window as main_window_module  # noqa: E402
from app.demo.event import create_demo_event  # noqa: E402
from app.guide.source import SHOTS, guide_dir  # noqa: E402
from app.jury.awards import computed_podiums, confirm_winners  # noqa: E402
from app.main import build_window  # noqa: E402
from app.storage.database import open_store  # noqa: E402
from scripts.screenshots import settle, team_with_step  # noqa: E402
from ui.common.preferences import Preferences  # noqa: E402

main_window_module.event_clock = lambda store: CLOCK  # every window runs on the guide's day (see guide_shots_day)
store_module.local_now = db_types.local_now = CLOCK.now  # and so do the times stored with a row (a juror's file received, a kit exported)

COLOURS = 128  # PNG-8: a screenshot's flat colours survive; the text stays sharp (no dithering)


def to_front(app: QApplication, window) -> None:
    """``window`` raised and active (the window manager may map a new window under the focused one)."""
    for _ in range(100):
        window.raise_()
        window.activateWindow()
        settle(app, 5)
        if window.isActiveWindow():
            return
        app.thread().msleep(20)


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
                parent = dialog.parentWidget().window() if dialog.parentWidget() else None
                if parent is not None:  # over the middle of its window, as Qt places it without a window manager
                    frame = dialog.frameGeometry()
                    frame.moveCenter(parent.frameGeometry().center())
                    dialog.move(frame.topLeft())
                    for _ in range(15):  # the window manager moves the frame; the window under it repaints
                        settle(self.app, 5)
                        self.app.thread().msleep(20)
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
    to_front(camera.app, view.beamer.view)
    camera.shoot("beamer")
    view.beamer.view.close()


def zoom_on_clusters(board, count: int = 3) -> None:
    """The board as a facilitator zooms in: the first ``count`` clusters (top left first) fill the view."""
    board.fit()
    settle(QApplication.instance(), 10)
    items = sorted(board._clusters.values(), key=lambda item: (round(item.sceneBoundingRect().top() / 50), item.sceneBoundingRect().left()))
    if not items:
        return
    area = QRectF()
    for item in items[:count]:
        area = area.united(item.sceneBoundingRect())
    board.view.fit(area.adjusted(-12, -12, 12, 12))


def halfway_vote(window, team) -> None:
    """The theme vote under way: two members have placed their dots, the third has placed one and has the turn."""
    from app.board.board import clusters
    from app.voting.vote_step import place_dot
    from app.voting.voting import voters

    ws = window.event_view.workspace
    step = ws.template.step("theme_vote")
    themes = [cluster.id for cluster in clusters(ws.store, team.id, "themes")]
    members = [member.id for member in voters(team.members)]
    if len(themes) < 2 or len(members) < 3:
        return
    for member, targets in ((members[0], [themes[0], themes[1]]), (members[1], [themes[1], themes[1]]), (members[2], [themes[0]])):
        for target in targets:
            place_dot(ws.store, ws.template, ws.event.id, team.id, step, member, target)


def teams_at(window, step: str) -> list:
    view = window.event_view
    found = []
    for index in range(view.team_picker.count()):
        view.choose_team(view.team_picker.itemData(index))
        if view.current_team().current_step == step:
            found.append(view.current_team())
    return found


def team_steps(camera: Camera, window) -> None:
    """Each team surface of a demo team that is AT that step (its own timer, no "another step" notice)."""
    view = window.event_view
    for name, step in (("board", "themes"), ("vote", "theme_vote"), ("vehicle", "vehicle"), ("race", "idea_race"),
                       ("pitch", "pitch"), ("crystal", "crystal_ball")):
        team = team_with_step(window, step)  # the demo's first team with a finished pitch comes first
        if name == "crystal" and team.current_step != step:  # no demo team is at it: the unfinished pitch's team
            team = teams_at(window, "pitch")[-1]  # goes back to its Crystal Ball, as the facilitator moves it
        if name == "vote":
            halfway_vote(window, team)
        view.choose_team(team.id)
        view.go_to(("step", step))
        settle(camera.app, 30)
        if team.current_step != step:
            view.step_page.next_button.click()  # "Move the team here"
            settle(camera.app, 30)
        if name == "vote":
            page = view.step_page.work_area.surface("vote")
            page.next_turn()
            page.next_turn()
        elif name == "board":
            zoom_on_clusters(view.step_page.work_area.board)
        elif name == "crystal":
            page = view.step_page.work_area.surface("crystal")
            cards = page.view.scene().cards
            if cards:
                page.choose_card(next(iter(cards)))
        camera.shoot(name)


def scores_came_in_after_the_pitches(ws) -> None:
    """The demo's jurors' files arrive when the demo is made (the morning's moment); on the day they come in
    after the pitches (15:45-16:45): each juror's a couple of minutes apart, a second revision a bit later."""
    from sqlmodel import select

    from db.models_jury import JurorFile

    with ws.store.write() as session:
        files = session.exec(select(JurorFile).where(JurorFile.event_id == ws.event.id).order_by(JurorFile.juror_id, JurorFile.revision)).all()
        for index, row in enumerate(files):
            row.finalised_at = (at("16:29") + timedelta(minutes=2 * index)).astimezone(timezone.utc)
            row.received_at = row.updated_at = row.finalised_at + timedelta(minutes=1, seconds=12)
            session.add(row)


def jury(camera: Camera, window) -> None:
    view = window.event_view
    CLOCK.set("16:46")  # the pitches done, the scores in: just before the juryberaad
    scores_came_in_after_the_pitches(view.workspace)
    view.choose_team(team_with_step(window, "pitch").id)  # the header on a team in phase 4, as late in the day
    view.go_to(("jury",))
    page = view._page("jury")
    page.show_tab("jurySetupTab")
    camera.shoot("jury-setup")
    page.show_tab("juryScoresTab")
    camera.shoot("jury-scores")
    CLOCK.set("16:53")
    page.show_tab("juryBeraadTab")
    camera.shoot("juryberaad", 40)
    ws = view.workspace
    confirm_winners(ws.store, ws.event.id, computed_podiums(ws.store, ws.event.id), {})  # the chair confirms
    settle(camera.app, 30)
    CLOCK.set("17:02")  # the closing of the day: the winners announced
    reveal = page.show_tab("juryRevealTab")
    settle(camera.app, 30)
    reveal.start_reveal()
    for _ in range(2):  # the first prize: its suspense card, then the winner
        reveal.findChild(QPushButton, "revealNext").click()
        settle(camera.app, 20)
    to_front(camera.app, view.beamer.view)
    camera.shoot("reveal")
    view.beamer.view.close()


def juror(camera: Camera, window, lang: str) -> None:
    from app.event.events import event_template, get_event
    from app.jury.kit import write_kit
    from app.jury.setup import jurors
    from ui.jury.open_kit import juror_window

    CLOCK.set("15:58")  # during the flip-over pitches
    ws = window.event_view.workspace
    template = event_template(get_event(ws.store, ws.event.id))
    with tempfile.TemporaryDirectory() as tmp:
        kit = write_kit(ws.store, ws.event.id, jurors(ws.store, ws.event.id)[2].id, template, lang, Path(tmp))
        scoring = juror_window(kit, Path(tmp) / "data", lang)
        scoring.setGeometry(0, 0, 1366, 768)  # without a window manager; with one, maximised
        scoring.showMaximized()
        to_front(camera.app, scoring)
        camera.shoot("juror")
        scoring.close()


def join(camera: Camera, window) -> None:
    from app.sync.join_file import JoinFile
    from ui.sync.join_dialog import JoinDialog

    event = window.event_view.workspace.event
    ticket = JoinFile(event_uid="guide", event_name=event.name, event_day=DAY, host="192.168.1.20", port=5432,
                      database="staatsprint", certificate="", role="team_3", password="", kind="team", label="Team 3",
                      expires=CLOCK.now() + timedelta(days=2, hours=12))
    with tempfile.TemporaryDirectory() as tmp:
        window.event_view.go_to(("programme",))
        dialog = JoinDialog(ticket, Path(tmp), window)
        camera.in_dialog(dialog.open, "join")


def backups(camera: Camera, window) -> None:
    """File → Backups… in the afternoon break: the backup before this morning's upgrade and one per ended phase."""
    CLOCK.set("15:12")  # the backups were taken with the demo, before the window's phase watcher could (open_window)
    window.event_view.go_to(("programme",))
    action = next((a for a in window.findChildren(QAction) if "backup" in a.objectName().lower()), None)
    if action is None or not camera.in_dialog(action.trigger, "backups"):
        print("guide_shots: no File → Backups… in this app: backups.png not made", file=sys.stderr)


def open_window(app: QApplication, lang: str, demo: bool):
    """The window on the data folder's own database (made with the demo at the pinned moment when ``demo``)."""
    database = DATA / "staatsprint.sqlite"
    if demo:
        store = open_store(f"sqlite:///{database}")
        event_id = create_demo_event(store, CLOCK.now())  # anchored at the pinned moment: the workbook's programme
        take_backups(store, event_id, "15:12")  # what the laptop holds by the backups shot (15:12)
        store.engine.dispose()
    args = argparse.Namespace(db=str(database), lang=lang, demo=False, command=None)
    window = build_window(args, Preferences(DATA / f"prefs-{lang}.ini"))
    window.setGeometry(0, 0, 1366, 768)  # without a window manager; with one (scripts/screenshots runs openbox), maximised
    window.showMaximized()
    settle(app)
    for notice in window.findChildren(QMessageBox, "databaseNotice"):  # "new database created at …": read, closed
        notice.accept()
    to_front(app, window)  # mapped, maximised and painted before the first shot
    for _ in range(10):
        settle(app, 5)
        app.thread().msleep(20)
    return window


def shoot_language(app: QApplication, out: Path, lang: str) -> list[Path]:
    camera = Camera(app, out)
    empty_data_folder()
    CLOCK.set("08:55")
    empty = open_window(app, lang, demo=False)  # the first start: a new, empty database
    camera.shoot("start")
    empty.close()
    CLOCK.set("11:59")  # the demo's moment: phase 1 done, most teams in phase 2
    window = open_window(app, lang, demo=True)
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
    app.setCursorFlashTime(0)  # a text cursor that does not blink: the same picture on every run
    total = 0
    for lang in ("nl", "en"):
        out = base / lang
        out.mkdir(parents=True, exist_ok=True)
        total += sum(path.stat().st_size for path in shoot_language(app, out, lang))
    remove_data_folder()
    print(f"total {total // 1024} KB in {base}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
