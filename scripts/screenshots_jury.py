"""The jury's screens for scripts/screenshots.py: the set-up, the running order and the beamer during a
pitch (with its countdown), the scores, the juryberaad, the reveal on the beamer, and a juror's scoring
screen opened from a kit (the demo's jury)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from app.event.events import event_template, get_event
from app.jury.awards import computed_podiums, confirm_winners
from app.jury.kit import write_kit
from app.jury.setup import jurors


def jury_shots(app, out: Path, window, settle, shoot) -> None:
    view = window.event_view
    view.go_to(("jury",))
    page = view._page("jury")
    page.show_tab("jurySetupTab")
    shoot(app, out, "30-jury-setup")
    order = page.show_tab("juryOrderTab")
    settle(app, 30)
    shoot(app, out, "31-jury-running-order")
    order.findChild(QPushButton, "startPitches").click()
    settle(app, 30)
    order.run.advance()  # the first team's pitch timer runs
    settle(app, 30)
    shoot(app, out, "32-beamer-pitch-countdown")
    view.beamer.view.close()
    page.show_tab("juryScoresTab")
    shoot(app, out, "33-jury-scores")
    page.show_tab("juryBeraadTab")
    settle(app, 40)
    shoot(app, out, "34-juryberaad")
    ws = view.workspace
    confirm_winners(ws.store, ws.event.id, computed_podiums(ws.store, ws.event.id), {})  # the chair confirms the computed podium
    settle(app, 30)
    reveal = page.show_tab("juryRevealTab")
    settle(app, 30)
    shoot(app, out, "35-jury-reveal-tab")
    reveal.start_reveal()
    for _ in range(2):  # the first prize: its suspense card, then the winner
        reveal.findChild(QPushButton, "revealNext").click()
        settle(app, 20)
    shoot(app, out, "36-beamer-reveal")
    view.beamer.view.close()


def juror_shot(app, out: Path, window, settle, shoot) -> None:
    """A juror's scoring screen, opened from a kit the demo's facilitator exported."""
    from ui.jury.open_kit import juror_window

    ws = window.event_view.workspace
    template = event_template(get_event(ws.store, ws.event.id))
    with tempfile.TemporaryDirectory() as tmp:
        juror = jurors(ws.store, ws.event.id)[2]
        kit = write_kit(ws.store, ws.event.id, juror.id, template, "nl", Path(tmp))
        scoring = juror_window(kit, Path(tmp) / "data", "nl")
        scoring.setGeometry(0, 0, 1366, 768)
        scoring.show()
        settle(app, 30)
        shoot(app, out, "37-juror-scoring")
        scoring.close()
