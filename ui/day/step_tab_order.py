"""Tab on a step page in reading order (WCAG 2.4.3): the window's header, the step's header (title, timer,
Instructions), the work surface (or the instructions), then Back / Next.

A work surface is built when its step is first shown, and surfaces and the instructions make rows as
they show a step or as the data changes: every widget made after the window joins the END of the
window's focus chain, after the footer, so Tab reached the content only after Back / Next. The fix
moves the footer's controls to the chain's end again whenever something may have been added. That
touches the footer only: no walk along the whole chain, no order inside a surface changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def footer_last(footer: QWidget) -> None:
    """Put ``footer``'s controls at the end of its window's focus chain (just before the window wraps round)."""
    stops = _footer_stops(footer)
    window = footer.window()
    last = window.previousInFocusChain()
    while last is not None and last is not window and last.focusPolicy() == Qt.FocusPolicy.NoFocus:
        last = last.previousInFocusChain()  # setTabOrder takes only widgets that can have the focus
    if not stops or last is None or last is window or last in stops:
        return  # already last (or nothing else in the window)
    for before, after in zip([last, *stops], stops):
        QWidget.setTabOrder(before, after)


def _footer_stops(footer: QWidget) -> list[QWidget]:
    """The footer's controls in their chain order, found once (while they still follow the footer in the chain)."""
    stops = footer.property("tabStops")
    if stops is None:
        stops, here = [], footer.nextInFocusChain()
        while footer.isAncestorOf(here):
            if here.focusPolicy() != Qt.FocusPolicy.NoFocus:
                stops.append(here)
            here = here.nextInFocusChain()
        footer.setProperty("tabStops", stops)
    return list(stops)
