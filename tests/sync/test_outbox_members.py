"""The real team page while the event's PostgreSQL server is stopped: a kennismaking answer typed is
kept with the text it was based on and replayed with the same per-answer check when it is back — an
answer another laptop changed meanwhile asks keep mine / take theirs; its other answers merge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.event.teams import set_kennismaking
from app.storage.database import open_store
from tests.conftest import _fresh_postgres
from tests.sync.test_conflict_dialog import _press
from tests.sync.test_conflict_members import MINE_TEXT, THEIRS_TEXT, answers, open_member
from tests.sync.test_outbox_board import server  # noqa: F401 (the module's own stoppable server)
from tests.ui.conftest import find, open_window, prefs, settle, type_text  # noqa: F401 (the windows' fixtures)
from ui.storage.outbox_write import kept_text, outbox_for

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize(("key", "who_after"), [(Qt.Key.Key_M, MINE_TEXT), (Qt.Key.Key_T, THEIRS_TEXT)])
def test_an_answer_typed_offline_waits_and_a_changed_one_asks(qtbot, open_window, server, tmp_path, key, who_after):  # noqa: F811
    if not server.up:
        server.start()
    store = open_store(_fresh_postgres(server.url))
    window, event_id, team_id, member_id, who = open_member(qtbot, open_window, store, tmp_path)
    bridge = outbox_for(store)

    server.stop()
    qtbot.mouseClick(who.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClick(who, Qt.Key.Key_End)
    type_text(qtbot, who, " bij BZK")
    qtbot.keyClick(who, Qt.Key.Key_Tab)  # leaving the answer saves it: the server is away, so it is kept
    settle()
    line = find(window, QLabel, "answerError")
    assert line.isVisible() and line.text() == kept_text() and line.property("role") == "info"
    assert [(e.op, e.args, e.based_on) for e in bridge.outbox.entries] == [
        ("member.answers", {"member_id": member_id, "answers": {"who": MINE_TEXT}}, {"who": "Adviseur"})]
    assert who.toPlainText() == MINE_TEXT

    server.start()
    other = open_store(server.url)
    set_kennismaking(other, member_id, {"who": THEIRS_TEXT, "organisation": "BZK", "motivation": "Samen"})  # while away
    seen = []
    _press(qtbot, [(key, Qt.KeyboardModifier.AltModifier)], seen)
    bridge.replay()  # the listener's reconnect does this: the answer meets the other laptop's
    qtbot.waitUntil(lambda: bridge.pending_count == 0)
    assert seen[0].theirs_box.toPlainText() == THEIRS_TEXT and seen[0].mine_box.toPlainText() == MINE_TEXT
    assert answers(store, event_id, team_id) == {"who": who_after, "organisation": "BZK", "motivation": "Samen"}
    other.engine.dispose()
    store.engine.dispose()
