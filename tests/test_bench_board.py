"""The board benchmark measures the real board: its data, its shared helpers, and its children
run end to end on a small board (the figures themselves are never asserted, only that they exist)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.board import board
from app.board.cluster_layout import NOTE_H, NOTE_W
from app.storage.database import open_store
from bench import board_data
from bench.board_child import drag_targets, read_notes
from bench.measure import ChildFailed, p95, reply, run_child, with_floor

ROOT = Path(__file__).resolve().parents[1]
NOTES = 300


@pytest.fixture(scope="module")
def small_board(tmp_path_factory) -> board_data.Board:
    return board_data.prepare(tmp_path_factory.mktemp("bench") / "board.sqlite", NOTES)


def inside(rect, x: float, y: float) -> bool:
    left, top, width, height = rect
    return left <= x and x + NOTE_W <= left + width and top <= y and y + NOTE_H <= top + height


def test_the_board_holds_varied_notes_of_six_authors(small_board):
    store = open_store(f"sqlite:///{small_board.path}")
    notes = board.notes(store, small_board.team_id, [board_data.STEP])
    assert len(notes) == NOTES
    assert len({note.author_id for note in notes}) == len(board_data.MEMBERS)
    assert len({note.text for note in notes}) > NOTES * 0.6
    assert min(len(note.text) for note in notes) < 40 < max(len(note.text) for note in notes)
    assert len({(note.x, note.y) for note in notes}) == NOTES  # no note hides another


def test_each_cluster_frame_holds_exactly_its_notes(small_board):
    store = open_store(f"sqlite:///{small_board.path}")
    notes = board.notes(store, small_board.team_id, [board_data.STEP])
    frames = board.clusters(store, small_board.team_id, board_data.CLUSTER_STEP)
    assert frames and sum(note.cluster_id is not None for note in notes) == round(NOTES * board_data.CLUSTERED)
    for frame in frames:
        rect = (frame.x, frame.y, frame.width, frame.height)
        assert {n.id for n in notes if inside(rect, n.x, n.y)} == {n.id for n in notes if n.cluster_id == frame.id}


def test_a_typed_note_lands_in_a_gap_inside_the_board(small_board):
    """So the benchmark's Enter puts a note where the fitted view shows it."""
    store = open_store(f"sqlite:///{small_board.path}")
    notes = board.notes(store, small_board.team_id, [board_data.STEP])
    x, y = board.free_spot(store, small_board.team_id, board_data.STEP)
    assert max(n.y for n in notes) > y and (x, y) not in {(n.x, n.y) for n in notes}


def test_the_drag_targets_are_the_centre_and_the_right_edge():
    notes = [(index, (index % 10) * 184.0, (index // 10) * 144.0, 1, 1) for index in range(100)]
    centre, edge, higher = drag_targets(notes)
    assert notes[centre][1:3] in ((736.0, 576.0), (920.0, 576.0), (736.0, 720.0), (920.0, 720.0))
    assert notes[edge][1] == 1656.0
    assert notes[higher][2] < notes[centre][2]


def test_p95_is_a_measured_value_by_nearest_rank():
    assert p95(list(range(1, 21))) == 19
    assert p95([3.0]) == 3.0


def test_a_figure_with_a_floor_prints_the_floor_and_the_ratio(capsys):
    with_floor("board_open_ms", 300, 100, "ms")
    assert capsys.readouterr().out.splitlines() == ["board_open_ms 300 ms", "board_open_floor_ms 100 ms", "board_open_ratio 3.0 x"]


def test_a_child_replies_through_its_last_line(tmp_path):
    script = tmp_path / "child.py"
    script.write_text("import sys\nfrom bench.measure import reply\nprint('noise')\nreply({'answer': sys.argv[1]})\n")
    assert run_child(script, "42") == {"answer": "42"}


def test_a_child_without_a_reply_fails_with_its_stderr(tmp_path):
    script = tmp_path / "child.py"
    script.write_text("raise SystemExit('the board was not found')\n")
    with pytest.raises(ChildFailed, match="the board was not found"):
        run_child(script)


def test_reply_is_one_prefixed_json_line(capsys):
    reply({"open_ms": 1.5})
    assert capsys.readouterr().out == 'BENCH-REPLY {"open_ms": 1.5}\n'


def test_the_app_child_opens_drags_and_types_on_the_real_window(small_board, tmp_path):
    db = tmp_path / "board.sqlite"
    db.write_bytes(small_board.path.read_bytes())
    prefs = tmp_path / "prefs.ini"
    prefs.write_text(f"[General]\nevent_id={small_board.event_id}\nteam_id={small_board.team_id}\npage=team\nlang=nl\n")
    result = run_child(ROOT / "bench" / "board_child.py", str(db), str(prefs), "--drags", "--typing")
    assert result["open_ms"] > 0 and result["rss_mb"] > 0
    for case in ("drag_inside", "drag_edge", "drag_100"):
        assert len(result[case]["frames"]) == 60
    assert len(result["typed"]) == 15 and len(result["commits"]) == 30
    assert len(read_notes(str(db))) == NOTES + 15 + 30


def test_the_floor_child_drags_the_same_notes(small_board):
    result = run_child(ROOT / "bench" / "board_floor.py", str(small_board.path), "--drags")
    assert result["open_ms"] > 0 and len(result["drag_inside"]["frames"]) == 60


@pytest.mark.skipif(sys.platform != "linux", reason="VmRSS is read from /proc")
def test_the_direct_child_reads_the_memory_of_the_board_alone(small_board, tmp_path):
    db = tmp_path / "board.sqlite"
    db.write_bytes(small_board.path.read_bytes())
    prefs = tmp_path / "prefs.ini"
    prefs.write_text(f"[General]\nevent_id={small_board.event_id}\nteam_id={small_board.team_id}\nlang=nl\n")
    assert run_child(ROOT / "bench" / "board_child.py", str(db), str(prefs), "--direct")["rss_mb"] > 0
