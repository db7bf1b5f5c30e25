"""The reveal as it runs: where it is (the opening card, then per step a suspense card and the winner)
and the card that puts on the beamer. One key press is one card: PageDown on, PageUp back, from the
facilitator's window or the beamer itself (``BeamerView.stepRequested``: a presenter clicker)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Signal

from app.jury.plain_words import listing
from app.jury.reveal import AUDIENCE, RevealStep
from ui.beamer.beamer_source import REVEAL, BeamerSource
from ui.beamer.pitch_show import open_beamer
from ui.jury.reveal_slide import OPENING, SUSPENSE, WINNER, RevealCard

ORDINALS = {
    1: lambda: QCoreApplication.translate("Reveal", "First place"),
    2: lambda: QCoreApplication.translate("Reveal", "Second place"),
    3: lambda: QCoreApplication.translate("Reveal", "Third place"),
}


def place_line(step: RevealStep) -> str:
    """"Derde plaats"; for a pool with one winner "Winnaar", or the pool's own title where it names the
    prize per challenge ("Winnaar van de challenge"); a shared prize: "Gedeelde publieksprijs" (the
    Idea Race's: "Winnaars (gedeelde prijs)")."""
    if step.shared and step.pool_key == AUDIENCE:
        return QCoreApplication.translate("Reveal", "Shared {prize}").format(prize=step.title[:1].lower() + step.title[1:])
    if step.places == 1 and step.subtitle and not step.shared:
        return step.title
    if step.places == 1:
        if step.shared:
            return QCoreApplication.translate("Reveal", "Winners (shared prize)")
        return QCoreApplication.translate("Reveal", "Winner")
    ordinal = ORDINALS.get(step.place)
    return ordinal() if ordinal else QCoreApplication.translate("Reveal", "Place {place}").format(place=step.place)


def prize_line(step: RevealStep) -> str:
    """What the place is of: "Eindklassement"; a per-challenge pool's challenge ("Moderniseren van …");
    nothing for a shared audience prize (its place line names it)."""
    if step.shared and step.pool_key == AUDIENCE:
        return ""
    if step.places == 1 and step.subtitle and not step.shared:
        return step.subtitle
    return f"{step.title} · {step.subtitle}" if step.subtitle else step.title


def winners(step: RevealStep) -> str:
    """The team's name; a shared prize: every sharing team's ("Kennistafel, Het Wiel en Leentjebuur")."""
    if not step.sharing:
        return step.team_name
    lang = "nl" if QLocale().language() == QLocale.Language.Dutch else "en"  # the UI's language (install_language sets it)
    return listing([name for _number, name in step.sharing], lang)


def card_at(steps: list[RevealStep], beat: int, event_name: str) -> RevealCard:
    """Beat 0: the opening; then per step two beats: its suspense card, then its winner."""
    if beat == 0 or not steps:
        return RevealCard(OPENING, QCoreApplication.translate("Reveal", "The winners"), event_name)
    step = steps[(beat - 1) // 2]
    counter = f"{(beat - 1) // 2 + 1} / {len(steps)}"
    medal = str(step.place)
    if beat % 2:
        return RevealCard(SUSPENSE, place_line(step), prize_line(step), medal, counter=counter)
    if step.sharing:  # one card for every team sharing the prize: their names and numbers, no ideas or members
        words = {number: QCoreApplication.translate("Reveal", "Team {number}").format(number=number) for number, _name in step.sharing}
        teams = tuple((name, "" if name == f"Team {number}" else words[number]) for number, name in step.sharing)  # "Team 3" once
        return RevealCard(WINNER, place_line(step), prize_line(step), medal, winners(step), counter=counter, teams=teams)
    team_word = QCoreApplication.translate("Reveal", "Team {number}").format(number=step.team_number)
    challenge = step.challenge if step.challenge and step.challenge != step.subtitle else ""
    number = "" if step.team_name == f"Team {step.team_number}" else team_word  # a team without a name is "Team 3" once
    team_line = " · ".join(part for part in (number, challenge) if part)
    return RevealCard(WINNER, place_line(step), prize_line(step), medal, step.team_name, team_line, step.idea,
                      " · ".join(step.members), counter)


class RevealRun(QObject):
    moved = Signal(int)  # the beat now on the beamer
    said = Signal(str)  # e.g. "That was the last winner."

    def __init__(self, source: BeamerSource, event_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source, self._event_name = source, event_name
        self.steps: list[RevealStep] = []
        self.beat = 0
        self.running = False
        source.view.stepRequested.connect(self._from_beamer)
        source.modeChanged.connect(self._mode_changed)

    @property
    def beats(self) -> int:
        return 1 + 2 * len(self.steps)

    def set_steps(self, steps: list[RevealStep]) -> None:
        """A new sequence (the options changed, or a place was confirmed again); a running reveal stays
        where it is, as far as the new sequence reaches."""
        self.steps = steps
        self.beat = min(self.beat, self.beats - 1)
        if self.running:
            self._put()
        self.moved.emit(self.beat)

    def start(self) -> None:
        """The opening card on the beamer (opened if it is not)."""
        self.beat, self.running = 0, True
        open_beamer(self._source)
        self._put()
        self.moved.emit(self.beat)

    def step(self, delta: int) -> None:
        if not self.running:
            return
        beat = min(max(self.beat + delta, 0), self.beats - 1)
        if beat == self.beat:
            self.said.emit(QCoreApplication.translate("Reveal", "That was the last winner.") if delta > 0
                           else QCoreApplication.translate("Reveal", "This is the opening card."))
            return
        self.beat = beat
        self._put()
        self.moved.emit(beat)

    def card(self) -> RevealCard:
        return card_at(self.steps, self.beat, self._event_name)

    def _put(self) -> None:
        self._source.show(REVEAL, reveal=self.card())

    def _from_beamer(self, delta: int) -> None:
        if self.running and self._source.mode == REVEAL:
            self.step(delta)

    def _mode_changed(self, mode: str) -> None:
        if mode != REVEAL and self.running:  # the beamer went back to the programme or a pitch
            self.running = False
            self.moved.emit(self.beat)
