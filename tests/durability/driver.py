"""The test's hands inside the real app process, for the SIGKILL suite (tests/durability/test_sigkill.py).

The app is started as people start it — ``python -m app --db URL --lang en``, offscreen — with
``STAATSPRINT_TEST_DRIVER=tests.durability.driver:<scenario>`` (ui/startup/driver_hook.py): the app's own
argument parsing, database opening (integrity check, upgrade, ``synchronous=FULL``) and window; once the
window is live, the hook calls the scenario with it. The scenario works in it by key events sent to
whatever has the focus, until it is killed. After each commit it prints one line on stdout, flushed —
``COMMIT <kind> <json>`` — once the database says the thing is there, so the test knows what must
survive; ``START <kind>`` marks the moment a long action begins; ``INSIDE <kind>`` a known point inside
one (``STAATSPRINT_DRIVER_HALT=1``: the action stops there and waits to be killed).

Scenarios: ``notes`` (notes typed on the brain-dump board), ``timer`` (Ctrl+Space starts the step's
timer, then notes are typed), ``vote`` (each member's dots placed with Tab and Space on the vote page,
Next person between them), ``import`` (a registration file imported: one transaction), ``pdf`` (a team's
dossier exported: written to a temporary name, then renamed). The import and the PDF are started by the
app's own functions (their file dialogs are not the subject here); the work folder is the process's
current folder.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

HALT = os.environ.get("STAATSPRINT_DRIVER_HALT") == "1"


def scenario(function):
    """A scenario that fails ends the app at once with its traceback (the test reads stderr), rather
    than leaving it to the window's last-resort dialog while the test waits."""

    def run(window) -> None:
        try:
            function(window)
        except BaseException:
            import traceback

            traceback.print_exc()
            sys.stderr.flush()
            os._exit(3)

    return run


def say(kind: str, what: str, payload=None) -> None:
    print(f"{kind} {what} {json.dumps(payload)}", flush=True)


def _qt():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance()


def _ready(window, scenario: str) -> None:
    window.activateWindow()
    _qt().processEvents()
    say("READY", scenario)


def _focus_name() -> str:
    widget = _qt().focusWidget()
    return widget.objectName() if widget is not None else ""


def _press(key, modifier=None) -> None:
    """A key as the keyboard sends it: to whatever has the focus."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    widget = _qt().focusWidget()
    assert widget is not None, "no widget has the focus"
    QTest.keyClick(widget, key, modifier or Qt.KeyboardModifier.NoModifier)
    _qt().processEvents()


def _tab_to(name: str, limit: int = 80) -> None:
    from PySide6.QtCore import Qt

    seen = []
    for _ in range(limit):
        if _focus_name() == name:
            return
        _press(Qt.Key.Key_Tab)
        seen.append(_focus_name())
    raise AssertionError(f"Tab never reached {name!r}; it went {seen}")


def _idle() -> None:
    """Done: the app idles in its own event loop until it is killed."""


def _board(window):
    from PySide6.QtCore import Qt

    window.event_view.setFocus()
    _press(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # the team starts: its brain dump opens on the board
    return window.event_view.step_page.work_area.board


def _type_notes(window, page) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from app.board import board

    team_id = window.event_view.current_team().id
    number = 0
    while True:
        text = f"Gedachte {number}"
        page.note_input.setFocus()
        QTest.keyClicks(page.note_input, text)
        QTest.keyClick(page.note_input, Qt.Key.Key_Return)
        _qt().processEvents()
        if any(note.text == text for note in board.notes(window.store, team_id, ["braindump"])):
            say("COMMIT", "note", text)
        number += 1


@scenario
def notes(window) -> None:
    _ready(window, "notes")
    _type_notes(window, _board(window))


@scenario
def timer(window) -> None:
    from PySide6.QtCore import Qt

    _ready(window, "timer")
    page = _board(window)
    team = window.event_view.current_team()
    window.event_view.setFocus()
    _press(Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)  # Timer → Start
    now = window.timers.clock.now()
    running = [(key, state) for key, state in window.timers.states(window.event_view.workspace.event.id, team.id).items()
               if state.deadline() is not None and state.status(now).value == "running"]
    for (step, part), state in running:
        say("COMMIT", "timer", {"step": step, "part": part, "deadline": state.deadline().isoformat()})
    _type_notes(window, page)


@scenario
def vote(window) -> None:
    """The team is on its dot vote (the test put it there): each member's dots by Tab and Space."""
    from PySide6.QtCore import Qt

    from app.voting.voting import ballots

    _ready(window, "vote")
    ws = window.event_view.workspace
    team = window.event_view.current_team()
    step = ws.template.step("dot_vote")
    targets = json.loads(Path("vote.json").read_text())
    assert window.event_view.place == ("step", "dot_vote"), window.event_view.place

    def placed(voter: int) -> int:
        return sum(b.dots for b in ballots(window.store, team.id, step.key) if b.voter_id == voter)

    for index, voter in enumerate(targets["voters"]):
        if index:
            _tab_to("nextVoterButton")
            _press(Qt.Key.Key_Space)
        for turn in range(step.rules.budget_per_member):
            target = targets["knelpunten"][turn % len(targets["knelpunten"])]
            before = placed(voter)
            _tab_to(f"dotPlus_{target}")
            _press(Qt.Key.Key_Space)
            if placed(voter) == before + 1:
                say("COMMIT", "dot", [voter, target])
    say("DONE", "vote")
    _idle()


def halt_inside(module, name: str, what: str, when=lambda *args: True) -> None:
    """With ``HALT``: ``module.name`` does its work, then says ``INSIDE what`` and never returns — the
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


@scenario
def import_(window) -> None:
    import app.participants.import_plan as plan
    from app.participants.import_command import command_fields
    from app.participants.import_plan import import_participants
    from app.participants.import_read import read_registration

    _ready(window, "import")
    if HALT:
        halt_inside(plan, "insert_many", "import")  # every row inserted, the transaction not yet committed
    table = read_registration(Path("registrations.csv").resolve())
    fields = command_fields(window.store, table, [])
    say("START", "import", len(table.rows))
    report = import_participants(window.store, window.event_view.workspace.event.id, table, fields, "en")
    say("COMMIT", "import", report.imported)


@scenario
def pdf(window) -> None:
    from app.export.pdf_command import run_pdf

    _ready(window, "pdf")
    out = Path("dossier.pdf").resolve()
    if HALT:  # the whole PDF written and flushed under its temporary name, not yet renamed
        halt_inside(os, "fsync", "pdf", lambda fd: os.readlink(f"/proc/self/fd/{fd}").endswith(".part"))
    args = argparse.Namespace(pdf_kind="dossier", stray=None, team=1, lang="en", out=str(out))
    say("START", "pdf", str(out))
    run_pdf(window.store, args, window.event_view.workspace.event.id, sys.stderr)
    say("COMMIT", "pdf", str(out))
