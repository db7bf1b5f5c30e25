"""The real Crystal Ball page while the event's PostgreSQL server is stopped: a milestone's answer typed
is kept with the text it was based on ("milestone.edit") and replayed with the same check when it is
back — an answer another laptop changed meanwhile asks keep mine / take theirs; its other texts merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.canvases.milestones import edit_milestone
from app.storage.database import open_store
from tests.conftest import _fresh_postgres
from tests.sync.test_conflict_dialog import _press
from tests.sync.test_conflict_milestones_page import MINE_TEXT, THEIRS_TEXT, card_now, open_card
from tests.sync.test_outbox_board import server  # noqa: F401 (the module's own stoppable server)
from tests.ui.conftest import find, open_window, prefs, settle, type_text  # noqa: F401 (the windows' fixtures)
from ui.storage.outbox_write import kept_text, outbox_for

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize(("key", "roles_after"), [(Qt.Key.Key_M, MINE_TEXT), (Qt.Key.Key_T, THEIRS_TEXT)])
def test_a_milestone_answer_typed_offline_waits_and_a_changed_one_asks(qtbot, open_window, server, staatsprint_template,  # noqa: F811
                                                                       tmp_path, key, roles_after):
    if not server.up:
        server.start()
    store = open_store(_fresh_postgres(server.url))
    window, page, kept, card, roles = open_card(qtbot, open_window, store, staatsprint_template, tmp_path)
    bridge = outbox_for(store)

    server.stop()
    roles.setFocus()  # (the panel may be scrolled: a click could miss it)
    qtbot.waitUntil(roles.hasFocus)
    qtbot.keyClick(roles, Qt.Key.Key_End)
    type_text(qtbot, roles, " en wethouder")
    qtbot.keyClick(roles, Qt.Key.Key_Tab)  # leaving the answer saves it: the server is away, so it is kept
    settle()
    line = find(window, QLabel, "crystalError")
    assert line.isVisible() and line.text() == kept_text() and line.property("role") == "info"
    assert [(e.op, e.args, e.based_on) for e in bridge.outbox.entries] == [
        ("milestone.edit", {"milestone_id": card, "texts": {"roles": MINE_TEXT}}, {"roles": "CIO"})]
    assert roles.toPlainText() == MINE_TEXT

    server.start()
    other = open_store(server.url)
    edit_milestone(other, kept.step, card, "Proef (B)", {"roles": THEIRS_TEXT})  # laptop B, while A was away
    seen = []
    _press(qtbot, [(key, Qt.KeyboardModifier.AltModifier)], seen)
    bridge.replay()  # the listener's reconnect does this: the answer meets the other laptop's
    qtbot.waitUntil(lambda: bridge.pending_count == 0)
    assert seen[0].theirs_box.toPlainText() == THEIRS_TEXT and seen[0].mine_box.toPlainText() == MINE_TEXT
    assert card_now(store, kept, card) == ("Proef (B)", {"roles": roles_after})
    other.engine.dispose()
    store.engine.dispose()
