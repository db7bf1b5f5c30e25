"""Every screen of the demo at a text size (View → Text size) and in a language, from the real window.

Run under Xvfb at 1366x768: ``python scripts/screenshots_text.py OUTDIR [nl|en] [100|150|200]``.
A fresh demo database each time; prints the files it wrote (OUTDIR/<lang>-<size>-NN-<place>.png).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.event.events import event_template, get_event  # noqa: E402
from scripts.screenshots import main_window, settle, team_number  # noqa: E402
from ui.common.preferences import Preferences  # noqa: E402
from ui.window.places import PAGE_PLACES  # noqa: E402


def places(window) -> list[tuple]:
    """Every page a facilitator or a team opens: the event's pages, each step and each gate."""
    template = event_template(get_event(window.store, window.event_view.workspace.event.id))
    found = [("team",), ("challenge",)] + [(place.key,) for place in PAGE_PLACES]
    found += [("step", step.key) for step in template.steps()]
    return found + [("gate", phase.key) for phase in template.phases[:-1]]


def main() -> int:
    out = Path(sys.argv[1]).resolve()
    lang = sys.argv[2] if len(sys.argv) > 2 else "en"
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "empty").mkdir()
        for where in (folder, folder / "empty"):
            Preferences(where / f"prefs-{lang}.ini").set("text_size", size)
        empty = main_window(app, folder / "empty", lang, demo=False)
        shoot(app, out, f"{lang}-{size}-00-welcome")
        empty.close()
        window = main_window(app, folder, lang)
        team_number(window, 1)
        for number, place in enumerate(places(window), start=1):
            window.event_view.go_to(place)
            shoot(app, out, f"{lang}-{size}-{number:02d}-{'-'.join(place)}")
        window.close()
    return 0


def shoot(app: QApplication, out: Path, name: str) -> None:
    settle(app, 30)
    path = out / f"{name}.png"
    QGuiApplication.primaryScreen().grabWindow(0).save(str(path))
    print(path)


if __name__ == "__main__":
    raise SystemExit(main())
