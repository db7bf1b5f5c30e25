"""The team's challenge: its main question, background and what the pitch must answer."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.day.template import Challenge
from ui.common.widgets import bullets, card, fresh_page, label, paragraphs, scrolling
from ui.window.workspace import Workspace


class ChallengePage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("challengePage")
        self._ws = workspace
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._scroll = scrolling(QWidget(), "challengeScroll")
        self._body = fresh_page(self._scroll)
        outer.addWidget(self._scroll)

    def show_challenge(self, challenge: Challenge | None) -> None:
        t = self._ws.t
        self._body = fresh_page(self._scroll)
        if challenge is None:
            self._body.addWidget(label(self.tr("This team has no challenge yet."), "h2", "challengeTitle"))
            self._body.addWidget(label(self.tr("Choose one on the team page."), "muted"))
            self._body.addStretch(1)
            return
        self._body.addWidget(label(self.tr("CHALLENGE {number}").format(number=challenge.number), "eyebrow"))
        self._body.addWidget(label(t(challenge.title), "h1", "challengeTitle"))
        frame, layout = card("challengeQuestion")
        layout.addWidget(label(self.tr("Main question"), "eyebrow"))
        layout.addWidget(label(t(challenge.question), "lead", "challengeQuestionText"))
        self._body.addWidget(frame)
        self._body.addWidget(label(t(challenge.teaser)))
        if challenge.consider:
            frame, layout = card("challengeConsider")
            layout.addWidget(label(self.tr("Also answer these in your solution and pitch"), "h3"))
            layout.addWidget(bullets([t(q) for q in challenge.consider]))
            self._body.addWidget(frame)
        result = self._ws.template.result
        if result is not None:
            frame, layout = card("resultCard")
            layout.addWidget(label(t(result.title), "h3"))
            layout.addWidget(paragraphs(t(result.intro)))
            layout.addWidget(bullets([t(goal) for goal in result.goals]))
            if result.action_plan:
                layout.addWidget(label(self.tr("The action plan answers"), "eyebrow"))
                layout.addWidget(bullets([t(question) for question in result.action_plan]))
            self._body.addWidget(frame)
        for section in challenge.sections:
            frame, layout = card()
            layout.addWidget(label(t(section.title), "h3"))
            if section.body:
                layout.addWidget(paragraphs(t(section.body)))
            if section.bullets:
                layout.addWidget(bullets([t(b) for b in section.bullets]))
            self._body.addWidget(frame)
        self._body.addStretch(1)
