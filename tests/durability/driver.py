"""The real app, driven from inside, for the SIGKILL suite (tests/durability/test_sigkill.py).

Run as ``python tests/durability/driver.py SCENARIO DB_URL WORKDIR`` (offscreen): it builds the app's own
window with ``app.main.build_window`` (the database opened as the app opens it: integrity check, upgrade,
``synchronous=FULL``), then works in it until it is killed. After each commit it prints one line on
stdout, flushed — ``COMMIT <kind> <json>`` — so the test knows what must survive; ``START <kind>`` marks
the moment a long action (an import, a PDF export) begins.

Scenarios: ``notes`` (typing notes on the brain-dump board: key events into the note field), ``timer``
(Ctrl+Space starts the step's timer, then notes are typed), ``vote`` (dots cast through the window's
store, the app's own voting rules), ``import`` (a registration file imported: one transaction),
``pdf`` (a team's dossier exported: written to a temporary name, then renamed).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def say(kind: str, what: str, payload=None) -> None:
    print(f"{kind} {what} {json.dumps(payload)}", flush=True)


def main() -> None:
    scenario, url, work = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    from PySide6.QtWidgets import QApplication

    from app.main import build_window
    from ui.common.preferences import Preferences

    qt = QApplication.instance() or QApplication(sys.argv[:1])
    window = build_window(argparse.Namespace(db=url, lang="en", demo=False, command=None), Preferences(work / "prefs.ini"))
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qt.processEvents()
    say("READY", scenario)
    SCENARIOS[scenario](window, qt, work)
    while True:  # done: the app idles until it is killed
        qt.processEvents()


def _board(window, qt):
    window.event_view.next()  # the team starts: its brain dump opens on the board
    qt.processEvents()
    return window.event_view.step_page.work_area.board


def _type_notes(window, qt, page, count: int | None = None, start: int = 0) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.board import board

    team_id = window.event_view.current_team().id
    number = start
    while count is None or number < start + count:
        text = f"Gedachte {number}"
        page.note_input.setFocus()
        QTest.keyClicks(page.note_input, text)
        QTest.keyClick(page.note_input, Qt.Key.Key_Return)
        qt.processEvents()
        if any(note.text == text for note in board.notes(window.store, team_id, ["braindump"])):
            say("COMMIT", "note", text)
        number += 1


def notes(window, qt, _work) -> None:
    _type_notes(window, qt, _board(window, qt))


def timer(window, qt, _work) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    page = _board(window, qt)
    team = window.event_view.current_team()
    window.event_view.setFocus()
    QTest.keyClick(window.event_view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # Timer → Start
    qt.processEvents()
    now = window.timers.clock.now()
    running = [(key, state) for key, state in window.timers.states(window.event_view.workspace.event.id, team.id).items()
               if state.deadline() is not None and state.status(now).value == "running"]
    for (step, part), state in running:
        say("COMMIT", "timer", {"step": step, "part": part, "deadline": state.deadline().isoformat()})
    _type_notes(window, qt, page)


def vote(window, qt, _work) -> None:
    from app.voting.voting import cast

    ws = window.event_view.workspace
    team = window.event_view.current_team()
    step = ws.template.step("dot_vote")
    targets = json.loads((Path(sys.argv[3]) / "vote.json").read_text())
    for voter in targets["voters"]:
        for turn in range(step.rules.budget_per_member or 10):
            target = targets["knelpunten"][turn % len(targets["knelpunten"])]
            cast(window.store, step.rules, team.id, step.key, voter, target)
            say("COMMIT", "dot", [voter, target])
            qt.processEvents()


def halt_inside(module, name: str, what: str, when=lambda *args: True) -> None:
    """With ``--halt``: ``module.name`` does its work, then says ``INSIDE what`` and never returns — the
    test kills the app there, at a known point inside the action (before its commit or its rename)."""
    original = getattr(module, name)

    def halted(*args, **kwargs):
        result = original(*args, **kwargs)
        if when(*args):
            say("INSIDE", what, None)
            while True:
                time.sleep(1)
        return result

    setattr(module, name, halted)


def import_(window, qt, work) -> None:
    import app.participants.import_plan as plan
    from app.participants.import_command import command_fields
    from app.participants.import_plan import import_participants
    from app.participants.import_read import read_registration

    if HALT:
        halt_inside(plan, "insert_many", "import")  # every row inserted, the transaction not yet committed
    table = read_registration(work / "registrations.csv")
    fields = command_fields(window.store, table, [])
    say("START", "import", len(table.rows))
    report = import_participants(window.store, window.event_view.workspace.event.id, table, fields, "en")
    say("COMMIT", "import", report.imported)


def pdf(window, qt, work) -> None:
    import os

    from app.export.pdf_command import run_pdf

    out = work / "dossier.pdf"
    if HALT:  # the whole PDF written and flushed under its temporary name, not yet renamed
        halt_inside(os, "fsync", "pdf", lambda fd: os.readlink(f"/proc/self/fd/{fd}").endswith(".part"))
    args = argparse.Namespace(pdf_kind="dossier", stray=None, team=1, lang="en", out=str(out))
    say("START", "pdf", str(out))
    run_pdf(window.store, args, window.event_view.workspace.event.id, sys.stderr)
    say("COMMIT", "pdf", str(out))


HALT = "--halt" in sys.argv
SCENARIOS = {"notes": notes, "timer": timer, "vote": vote, "import": import_, "pdf": pdf}

if __name__ == "__main__":
    main()
