"""The real pitch page while the event's PostgreSQL server is stopped: answers typed are kept with the
text they were based on, and replayed with the same check when it is back — one another laptop changed
meanwhile asks keep mine / take theirs; a cleared taken-over answer stays cleared."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.pitch.answers import save_pitch_answer
from app.storage.database import open_store
from tests.conftest import _fresh_postgres
from tests.sync.test_conflict_dialog import _press
from tests.sync.test_conflict_pitch import pitching_team, type_over
from tests.sync.test_outbox_board import server  # noqa: F401 (the module's own stoppable server)
from tests.ui.conftest import find, open_window, prefs, settle  # noqa: F401 (the windows' fixtures)
from tests.ui.pitch.conftest import open_pitch, stored
from ui.storage.outbox_write import install, kept_text

pytestmark = pytest.mark.postgres


@pytest.mark.parametrize(("key", "risks"), [(Qt.Key.Key_M, "Weerstand bij inkopers"), (Qt.Key.Key_T, "Geen budget")])
def test_pitch_answers_typed_offline_wait_and_a_changed_one_asks(qtbot, open_window, server, tmp_path, key, risks):  # noqa: F811
    if not server.up:
        server.start()
    store = open_store(_fresh_postgres(server.url))
    bridge = install(store, tmp_path)
    team_id = pitching_team(store)
    window = open_window(store)
    settle()
    page = open_pitch(qtbot, window, team_id)
    boxes = page.questions.boxes
    assert boxes["idea"].text  # taken over from the final selection: no own text yet

    server.stop()
    for field, text in (("idea", ""), ("risks", "Weerstand bij inkopers")):  # the idea cleared, a risk typed
        type_over(qtbot, boxes[field].edit, text)
        qtbot.keyClick(boxes[field].edit, Qt.Key.Key_Tab)  # leaving the field saves it
        settle()
    message = find(window, QLabel, "pitchMessage")
    assert message.isVisible() and message.text() == kept_text() and message.property("role") == "info"
    assert [(e.op, e.args["field_key"], e.args["text"], e.based_on) for e in bridge.outbox.entries] == [
        ("answer.pitch", "idea", "", {"text": None}), ("answer.pitch", "risks", "Weerstand bij inkopers", {"text": None})]
    assert boxes["risks"].text == "Weerstand bij inkopers" and boxes["idea"].text == ""  # nothing dropped

    server.start()
    other = open_store(server.url)
    save_pitch_answer(other, team_id, "pitch", "risks", "Geen budget")  # another laptop, while this one was away
    seen = []
    _press(qtbot, [(key, Qt.KeyboardModifier.AltModifier)], seen)
    bridge.replay()  # the listener's reconnect does this; the idea lands, the risk meets the other laptop's
    qtbot.waitUntil(lambda: bridge.pending_count == 0)
    assert seen[0].theirs_box.toPlainText() == "Geen budget" and seen[0].mine_box.toPlainText() == "Weerstand bij inkopers"
    assert stored(store, team_id) == {"idea": "", "risks": risks}
    other.engine.dispose()
    store.engine.dispose()
