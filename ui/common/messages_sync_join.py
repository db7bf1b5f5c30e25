"""Joining a shared event in words: a join file that cannot be used, a server that refuses or does not answer,
a database of another event; and handing out join files (ui/common/messages.py's ``message_for`` reads this)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def join_messages(p: dict) -> dict:
    name, server, event = p.get("name", ""), p.get("server", ""), p.get("event", "")
    return {
        "join_unreadable": lambda: QCoreApplication.translate("join", "“{name}” cannot be read. Copy it from the stick again; nothing was changed.").format(name=name),
        "join_not_join_file": lambda: QCoreApplication.translate("join", "“{name}” is not a Staatsprint join file. A join file ends in .staatsprint-join and comes from the facilitator; nothing was changed.").format(name=name),
        "join_newer": lambda: QCoreApplication.translate("join", "“{name}” was made by a newer Staatsprint. Install the latest version to join; nothing was changed.").format(name=name),
        "join_incomplete": lambda: QCoreApplication.translate("join", "“{name}” is damaged or incomplete. Ask the facilitator for a new join file; nothing was changed.").format(name=name),
        "join_expired": lambda: QCoreApplication.translate("join", "“{name}” expired on {expires}. Ask the facilitator for a new join file; nothing was changed.").format(name=name, expires=p.get("expires", "")),
        "join_server_unreachable": lambda: QCoreApplication.translate("join", "The server of {event} at {server} does not answer. Is the facilitator's laptop on and on the same network, and is the event server started? The current event stays open.").format(event=event, server=server),
        "join_wrong_password": lambda: QCoreApplication.translate("join", "The server at {server} refused the password of {login}. Ask the facilitator for a new join file; the current event stays open.").format(server=server, login=p.get("login", "")),
        "join_certificate": lambda: QCoreApplication.translate("join", "The server at {server} is not the server of {event}: its certificate does not match the join file. Nothing was sent; the current event stays open.").format(server=server, event=event),
        "join_other_event": lambda: QCoreApplication.translate("join", "The database at {server} does not hold {event}: it belongs to another event. Ask the facilitator for this event's join file; the current event stays open.").format(server=server, event=event),
        "join_no_certificate": lambda: QCoreApplication.translate("join", "This event server speaks no TLS, so no join file can be made. Start the server with “staatsprint serve”."),
        "join_no_password": lambda: QCoreApplication.translate("join", "The password of {login} cannot be read with this login. Save join files on the facilitator's laptop.").format(login=p.get("login", "")),
        "join_not_saved": lambda: QCoreApplication.translate("join", "{path} could not be written: {reason}").format(path=p.get("path", ""), reason=p.get("reason", "")),
    }
