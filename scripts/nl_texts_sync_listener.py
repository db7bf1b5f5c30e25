"""Dutch for the listener's connection banner (ui/storage/connection_banner.py) and the announcement bar."""

from __future__ import annotations

DUTCH_SYNC_LISTENER: dict[str, str | tuple[str, str]] = {
    "No connection to the server for %1 — what you type is kept; reconnecting…":
        "Geen verbinding met de server sinds %1 — wat je typt blijft bewaard; opnieuw verbinden…",
    "Connected again": "Weer verbonden",
    # ui/window/announcement_bar.py: the facilitator's line on every laptop
    "Announcement: %1": "Mededeling: %1",
}
