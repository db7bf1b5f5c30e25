"""The all-teams dashboard under Xvfb at 1366x768, in Dutch: the demo's nine teams, a six-team event, and the
beamer mode. Run: xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python scripts/screenshots_dashboard.py OUTDIR"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlmodel import delete, select  # noqa: E402

from app.storage.database import open_store  # noqa: E402
from db.models import Event, Team  # noqa: E402
from scripts.screenshots import main_window, settle, shoot  # noqa: E402

SIX = 6


def keep_six_teams(db: Path) -> None:
    """The demo with its first six teams only (a smaller event, as many a Staatsprint has)."""
    store = open_store(f"sqlite:///{db}")
    with store.write() as session:
        event_id = session.exec(select(Event.id)).first()
        numbers = sorted(session.exec(select(Team.number).where(Team.event_id == event_id)).all())
        session.exec(delete(Team).where(Team.event_id == event_id, Team.number.in_(numbers[SIX:])))
    store.engine.dispose()


def main() -> int:
    out = Path(sys.argv[1]).resolve()
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        window = main_window(app, folder, "nl")
        window.event_view.go_to(("dashboard",))
        shoot(app, out, "dashboard_nine_teams")
        window.close()
        settle(app)
        keep_six_teams(folder / "demo.sqlite")
        six = main_window(app, folder, "nl", demo=False)
        view = six.event_view
        view.go_to(("dashboard",))
        shoot(app, out, "dashboard_six_teams")
        view.navigator_toggle.click()
        shoot(app, out, "dashboard_six_teams_wide")
        page = view._page("dashboard")
        six.activateWindow()
        settle(app)
        page.tiles[page._order[1]].setFocus()
        shoot(app, out, "dashboard_focus")
        page.toggle_beamer()
        shoot(app, out, "dashboard_beamer")
        page.toggle_beamer()
        shoot(app, out, "dashboard_beamer_back")
        view.beamer.view.close()
        six.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
