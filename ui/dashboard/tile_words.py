"""A dashboard tile in words: where the team is, its timer, its counts and why it needs a facilitator —
the same words on the facilitator's screen and on the beamer (which leaves out every name)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.clock.timers import Status, clock_text
from app.dashboard.tiles import Attention, Reason, Tile
from ui.day.slip_words import slip_warns, slip_words


def team_word() -> str:
    return QCoreApplication.translate("Dashboard", "Team")


def place_line(tile: Tile) -> str:
    """"Phase 2 · How might we questions" (with the part in progress: "… — Round 1")."""
    if tile.step_key is None:
        return QCoreApplication.translate("BeamerSource", "Introductions and roles")
    line = QCoreApplication.translate("Dashboard", "Phase {number} · {step}").format(number=tile.phase_number, step=tile.step_title)
    return f"{line} — {tile.part_title}" if tile.part_title else line


def timer_text(tile: Tile) -> str:
    """"4:12" left, "+3:20 over" past zero, "–" before the first step."""
    if tile.remaining_s is None:
        return "–"
    if tile.timer_status is Status.OVERRUN:
        return QCoreApplication.translate("Dashboard", "{time} over").format(time=clock_text(tile.remaining_s))
    return clock_text(tile.remaining_s)


def timer_state(tile: Tile) -> str:
    """What the timer is doing when it is not simply running."""
    if tile.done:
        return slip_words(None, done=True)
    return {Status.IDLE: QCoreApplication.translate("Dashboard", "not started"), Status.PAUSED: QCoreApplication.translate("Dashboard", "paused")}.get(tile.timer_status, "")


def schedule(tile: Tile) -> str:
    return slip_words(tile.slip_s, tile.done)


def schedule_warns(tile: Tile) -> bool:
    return slip_warns(tile.slip_s)


def counts_line(tile: Tile) -> str:
    """"Notes: 14 here · 34 in all · Dots: 12 of 30 · Ideas: 16 · Pitch: 11/17 questions, 2/3 panels"."""
    parts = [QCoreApplication.translate("Dashboard", "Notes: {here} here · {total} in all").format(here=tile.notes_here, total=tile.notes_total)]
    if tile.vote is not None:
        parts.append(vote_words(tile))
    if tile.ideas is not None:
        parts.append(QCoreApplication.translate("Dashboard", "Ideas: {count}").format(count=tile.ideas))
    if tile.pitch is not None:
        parts.append(pitch_words(tile))
    return " · ".join(parts)


def vote_words(tile: Tile) -> str:
    vote = tile.vote
    if vote.revealed:
        return QCoreApplication.translate("Dashboard", "Dots: {cast} of {budget}, revealed").format(cast=vote.cast, budget=vote.budget)
    return QCoreApplication.translate("Dashboard", "Dots: {cast} of {budget} · {done} of {voters} done").format(
        cast=vote.cast, budget=vote.budget, done=vote.voters_done, voters=vote.voters)


def waiting_line(tile: Tile) -> str:
    """Who still has dots to place — only for a vote that is open (never on the beamer)."""
    if tile.vote is None or not tile.vote.waiting:
        return ""
    return QCoreApplication.translate("Dashboard", "Still to vote: {names}").format(names=", ".join(tile.vote.waiting))


def pitch_words(tile: Tile) -> str:
    pitch = tile.pitch
    text = QCoreApplication.translate("Dashboard", "Pitch: {answered}/{asked} questions").format(answered=pitch.answered, asked=pitch.asked)
    if pitch.min_panels:
        text += ", " + QCoreApplication.translate("Dashboard", "{panels}/{minimum} panels").format(panels=pitch.panels, minimum=pitch.min_panels)
    return text


def reason_words(reason: Reason) -> str:
    if reason.attention is Attention.FAR_BEHIND:
        return QCoreApplication.translate("Dashboard", "Far behind: go here first")
    if reason.attention is Attention.BEHIND:
        return QCoreApplication.translate("Dashboard", "Behind the programme")
    if reason.attention is Attention.TIMER_OVER:
        return QCoreApplication.translate("Dashboard", "Time is up: on to the next step, or add time")
    if reason.attention is Attention.VOTE_STALLED:
        return QCoreApplication.translate("Dashboard", "Vote stalling: {count} dots still open").format(count=reason.count)
    return QCoreApplication.translate("Dashboard", "No timer running")


def reasons_line(tile: Tile) -> str:
    """The two most urgent reasons (a third would push the counts off a tile)."""
    return " · ".join(reason_words(reason) for reason in tile.reasons[:2])


def accessible(tile: Tile) -> str:
    """The whole tile as one sentence for a screen reader (the tile's accessible name)."""
    parts = [tile.label(team_word()), tile.challenge_title, place_line(tile), timer_text(tile), timer_state(tile),
             schedule(tile), reasons_line(tile), counts_line(tile), waiting_line(tile)]
    return ". ".join(part for part in parts if part and part != "–")
